"""The answer checker's case table: what a learner types, what the card expects, what we say.

Each row is one behaviour a teacher can rely on; the name is the pytest id. Expected alternatives
are written `answer | accept | ...`. Uses the real Ukrainian dictionary (pymorphy3) and English
one (simplemma), because the rules are about real words.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newsquiz.core.answers import Outcome, check_text

CORRECT, CLOSE, WRONG = Outcome.CORRECT, Outcome.CLOSE, Outcome.WRONG


class Case(NamedTuple):
    name: str
    expected: str
    typed: str
    outcome: Outcome
    language: str = "uk"


# fmt: off
CASES: list[Case] = [
    # --- the issue's own examples
    Case("issue: preposition and locative", "Маямі | Miami", "в Маямі", CORRECT),
    Case("issue: lower case", "Маямі | Miami", "маямі", CORRECT),
    Case("issue: accepted Latin spelling", "Маямі | Miami", "Miami", CORRECT),
    Case("issue: trailing full stop", "Маямі | Miami", "Маямі.", CORRECT),
    Case("issue: surname in genitive", "Токаєв", "Токаєва", CORRECT),
    Case("issue: typo is close", "Маямі | Miami", "Маямы", CLOSE),
    Case("issue: another city is wrong", "Маямі | Miami", "Нью-Йорк", WRONG),
    # --- normalisation
    Case("upper case", "Маямі", "МАЯМІ", CORRECT),
    Case("exclamation mark", "Маямі", "Маямі!", CORRECT),
    Case("spaces and question mark around", "Маямі", "  Маямі ? ", CORRECT),
    Case("guillemets around", "Truth Social", "«Truth Social»", CORRECT),
    Case("straight quotes for guillemets", "«Дія»", '"Дія"', CORRECT),
    Case("low-high quotes", "«Дія»", "„Дія“", CORRECT),
    Case("apostrophe right quote vs modifier", "Об’єднані Арабські Емірати", "Обʼєднані Арабські Емірати", CORRECT),
    Case("apostrophe straight", "Об’єднані Арабські Емірати", "Об'єднані Арабські Емірати", CORRECT),
    Case("apostrophe backtick", "Об’єднані Арабські Емірати", "Об`єднані арабські емірати", CORRECT),
    Case("apostrophe prime", "Об’єднані Арабські Емірати", "Об′єднані Арабські Емірати", CORRECT),
    Case("apostrophe left quote", "Об’єднані Арабські Емірати", "Об‘єднані Арабські Емірати", CORRECT),
    Case("en dash inside a name", "Нью-Йорк", "Нью–Йорк", CORRECT),
    Case("em dash inside a name", "Нью-Йорк", "Нью—Йорк", CORRECT),
    Case("minus sign inside a name", "Нью-Йорк", "Нью−Йорк", CORRECT),
    Case("unicode hyphen inside a name", "Нью-Йорк", "Нью‐Йорк", CORRECT),
    Case("space for hyphen", "Нью-Йорк", "нью йорк", CORRECT),
    Case("words run together", "Truth Social", "truthsocial", CORRECT),
    Case("collapsed whitespace", "Truth Social", "  Truth   Social ", CORRECT),
    Case("non-breaking space", "Truth Social", "Truth\u00a0Social", CORRECT),
    Case("Latin I in Cyrillic word", "Ізраїль", "Iзраїль", CORRECT),
    Case("Latin I in the expected answer", "Iзраїль", "Ізраїль", CORRECT),
    Case("Latin a inside Cyrillic word", "Франція", "Фрaнція", CORRECT),
    Case("Latin c in a number word", "7", "cім", CORRECT),
    Case("decomposed ї", "Київ", "Киі\u0308в", CORRECT),
    Case("decomposed й", "Нью-Йорк", "Нью-И\u0306орк", CORRECT),
    Case("stress mark", "Маямі", "Ма\u0301ямі", CORRECT),
    Case("decimal comma is a decimal point", "1,5", "1.5", CORRECT),
    Case("en capitals", "Miami", "MIAMI", CORRECT, "en"),
    Case("en accent left out", "Zürich", "Zurich", CORRECT, "en"),
    Case("en tilde left out", "São Paulo", "Sao Paulo", CORRECT, "en"),
    Case("en circumflex and apostrophe", "Côte d’Ivoire", "cote d'ivoire", CORRECT, "en"),
    Case("empty answer", "Маямі", "", WRONG),
    Case("only punctuation", "Маямі", " ?! ", WRONG),
    # --- Ukrainian forms and prepositions
    Case("surname instrumental", "Токаєв", "Токаєвим", CORRECT),
    Case("у with locative", "Київ", "у Києві", CORRECT),
    Case("на with locative", "Кіпр", "на Кіпрі", CORRECT),
    Case("до with genitive", "Брюссель", "до Брюсселя", CORRECT),
    Case("з with genitive", "Польща", "з Польщі", CORRECT),
    Case("із with genitive", "Ізраїль", "із Ізраїлю", CORRECT),
    Case("зі with genitive", "Швеція", "зі Швеції", CORRECT),
    Case("preposition in the expected answer", "у Маямі", "Маямі", CORRECT),
    Case("plural genitive", "санкції", "санкцій", CORRECT),
    Case("adjective and noun in genitive", "Європейський Союз", "Європейського Союзу", CORRECT),
    Case("adjective and noun in locative", "Європейський Союз", "у Європейському Союзі", CORRECT),
    Case("feminine phrase in genitive", "Верховна Рада", "Верховної Ради", CORRECT),
    Case("verb in another form", "підписав", "підписали", CORRECT),
    Case("month in locative", "липень", "у липні", CORRECT),
    Case("a preposition alone", "Маямі", "в", WRONG),
    Case("another city", "Маямі", "Вашингтон", WRONG),
    Case("another city in locative", "Маямі", "у Вашингтоні", WRONG),
    Case("capital for country", "Україна", "Київ", WRONG),
    Case("similar country", "Австрія", "Австралія", WRONG),
    Case("another institution", "Верховна Рада", "Кабінет Міністрів", WRONG),
    Case("three-letter neighbour", "Крим", "Рим", WRONG),
    Case("only half of a two-word name", "Європейський Союз", "Союз", WRONG),
    # --- lists
    Case("list in genitive with та", "Казахстан і Узбекистан", "Казахстану та Узбекистану", CORRECT),
    Case("list reversed", "Казахстан і Узбекистан", "Узбекистан і Казахстан", CORRECT),
    Case("list with a comma", "Казахстан і Узбекистан", "Казахстан, Узбекистан", CORRECT),
    Case("list with й", "Казахстан і Узбекистан", "Казахстан й Узбекистан", CORRECT),
    Case("list with semicolon", "Казахстан і Узбекистан", "Узбекистан; Казахстан", CORRECT),
    Case("list of three shuffled", "Польща, Литва і Латвія", "Латвія, Польща та Литва", CORRECT),
    Case("list with prepositions", "Казахстан і Узбекистан", "у Казахстані та в Узбекистані", CORRECT),
    Case("list with a typo", "Казахстан і Узбекистан", "Казахстан і Узбекистн", CLOSE),
    Case("list missing an item", "Казахстан і Узбекистан", "Казахстан", WRONG),
    Case("list with a wrong item", "Казахстан і Узбекистан", "Казахстан і Киргизстан", WRONG),
    Case("list with an extra item", "Казахстан і Узбекистан", "Казахстан, Узбекистан і Таджикистан", WRONG),
    Case("list item repeated", "Казахстан і Узбекистан", "Казахстан і Казахстан", WRONG),
    Case("en list reversed", "Kazakhstan and Uzbekistan", "Uzbekistan and Kazakhstan", CORRECT, "en"),
    Case("en list with ampersand", "Kazakhstan and Uzbekistan", "Kazakhstan & Uzbekistan", CORRECT, "en"),
    Case("en list with Oxford comma", "Poland, Lithuania and Latvia", "Latvia, Poland, and Lithuania", CORRECT, "en"),
    Case("en list with a wrong item", "Kazakhstan and Uzbekistan", "Kazakhstan and Kyrgyzstan", WRONG, "en"),
    Case("Latin list in a Ukrainian deck", "Казахстан і Узбекистан | Kazakhstan and Uzbekistan", "uzbekistan and kazakhstan", CORRECT),
    # --- English
    Case("en article dropped", "the United States", "United States", CORRECT, "en"),
    Case("en article added", "Netherlands", "the Netherlands", CORRECT, "en"),
    Case("en indefinite article", "tariff", "a tariff", CORRECT, "en"),
    Case("en plural for singular", "tariff", "tariffs", CORRECT, "en"),
    Case("en singular for plural", "sanctions", "sanction", CORRECT, "en"),
    Case("en irregular plural", "women", "woman", CORRECT, "en"),
    Case("en -ies plural", "country", "countries", CORRECT, "en"),
    Case("en past tense", "elect", "elected", CORRECT, "en"),
    Case("en preposition in", "Miami", "in Miami", CORRECT, "en"),
    Case("en possessive", "Trump", "Trump's", CORRECT, "en"),
    Case("en another city", "Miami", "Washington", WRONG, "en"),
    Case("en another word entirely", "tariff", "tax", WRONG, "en"),
    Case("en two-word name half missing", "Truth Social", "Truth", WRONG, "en"),
    # --- numbers
    Case("digit for Ukrainian word", "сім", "7", CORRECT),
    Case("Ukrainian word for digit", "7", "сім", CORRECT),
    Case("Ukrainian word in genitive", "7", "семи", CORRECT),
    Case("English word for digit", "7", "seven", CORRECT),
    Case("Ukrainian compound number", "27", "двадцять сім", CORRECT),
    Case("Ukrainian hundreds", "125", "сто двадцять п'ять", CORRECT),
    Case("English hyphenated number", "27", "twenty-seven", CORRECT, "en"),
    Case("English hundred and", "105", "one hundred and five", CORRECT, "en"),
    Case("Ukrainian ordinal place", "1 місце", "перше місце", CORRECT),
    Case("number word typo is wrong", "7", "sevn", WRONG, "en"),
    Case("two numbers are not one", "15", "сім вісім", WRONG),
    Case("another decimal", "1,5", "1,6", WRONG),
    Case("percent with a space", "5%", "5 %", CORRECT),
    Case("percent as відсотків", "5%", "5 відсотків", CORRECT),
    Case("percent all in words", "5%", "п’ять відсотків", CORRECT),
    Case("percent in English", "5%", "five percent", CORRECT, "en"),
    Case("per cent in two words", "5%", "5 per cent", CORRECT, "en"),
    Case("percent with decimal comma", "2,5%", "2.5 %", CORRECT),
    Case("percent sign left out", "5%", "5", CORRECT),
    Case("another percentage", "5%", "6%", WRONG),
    Case("another percentage in words", "5%", "шість відсотків", WRONG),
    Case("million abbreviation in English", "1,5 млн", "1.5 million", CORRECT),
    Case("million in digits", "1,5 млн", "1500000", CORRECT),
    Case("million with space separators", "1,5 млн", "1 500 000", CORRECT),
    Case("million with narrow spaces", "1 000 000", "1\u202f000\u202f000", CORRECT),
    Case("million with commas in English", "1.5 million", "1,500,000", CORRECT, "en"),
    Case("million as півтора мільйона", "1,5 млн", "півтора мільйона", CORRECT),
    Case("million glued in English", "1.5 million", "1.5m", CORRECT, "en"),
    Case("thousand abbreviation", "5 тис.", "5000", CORRECT),
    Case("thousand in words", "3000", "три тисячі", CORRECT),
    Case("billion in English", "3 млрд", "3 billion", CORRECT),
    Case("billion in digits", "2 млрд", "2000000000", CORRECT),
    Case("billion for million", "1,5 млн", "1,5 млрд", WRONG),
    Case("multiplier left out", "1,5 млн", "1,5", WRONG),
    Case("comma thousands in English only", "1500", "1,500", WRONG),
    Case("comma thousands in English", "1500", "1,500", CORRECT, "en"),
    Case("dollar sign for доларів", "3 млрд доларів", "$3 млрд", CORRECT),
    Case("dollars in English with US", "3 млрд доларів США", "3 billion US dollars", CORRECT),
    Case("glued bn with dollar sign", "$3bn", "3 млрд доларів", CORRECT),
    Case("currency left out", "3 млрд доларів", "3 млрд", CORRECT),
    Case("another currency", "3 млрд доларів", "3 млрд євро", WRONG),
    Case("euro sign for євро", "€5 млн", "5 млн євро", CORRECT),
    Case("гривень for грн", "5 млн грн", "5 мільйонів гривень", CORRECT),
    Case("currency for percent", "5%", "5 доларів", WRONG),
    # --- years and dates
    Case("year off by one", "1995", "1996", WRONG),
    Case("year with swapped digits", "1995", "1959", WRONG),
    Case("next year", "2026", "2025", WRONG),
    Case("year with року", "2026", "2026 року", CORRECT),
    Case("year with у and році", "2026", "у 2026 році", CORRECT),
    Case("year with р.", "2026", "2026 р.", CORRECT),
    Case("year with ordinal ending", "2026", "2026-й", CORRECT),
    Case("year in English words", "2026", "two thousand twenty-six", CORRECT, "en"),
    Case("year with in", "2026", "in 2026", CORRECT, "en"),
    Case("year in a word is still strict", "G20", "G21", WRONG),
    Case("date range in English", "7-8 липня", "7–8 July", CORRECT),
    Case("date range month first", "7-8 липня", "July 7-8", CORRECT),
    Case("date range with spaced dash", "7-8 липня", "7 – 8 липня", CORRECT),
    Case("date range wrong end", "7-8 липня", "7-9 липня", WRONG),
    Case("range for single day", "7-8 липня", "7 липня", WRONG),
    Case("date another month", "7 липня", "7 червня", WRONG),
    Case("date as Ukrainian ordinal", "7 липня", "сьомого липня", CORRECT),
    Case("date as compound ordinal", "31 грудня", "тридцять першого грудня", CORRECT),
    Case("date with -го", "7 липня", "7-го липня", CORRECT),
    Case("date with English ordinal", "7 липня", "July 7th", CORRECT),
    Case("date with of", "7 липня", "7th of July", CORRECT),
    Case("date with year and comma", "7 липня 2026", "July 7, 2026", CORRECT),
    Case("date with року", "7 липня 2026 року", "7 липня 2026", CORRECT),
    Case("month may next to a number", "7 May", "May 7", CORRECT, "en"),
    Case("month typo is wrong", "7 липня", "7 липян", WRONG),
    # --- people
    Case("surname alone", "Дональд Трамп", "Трамп", CORRECT),
    Case("surname alone in genitive", "Дональд Трамп", "Трампа", CORRECT),
    Case("surname alone in instrumental", "Дональд Трамп", "Трампом", CORRECT),
    Case("full name in genitive", "Дональд Трамп", "Дональда Трампа", CORRECT),
    Case("surname first", "Дональд Трамп", "Трамп Дональд", CORRECT),
    Case("initial and surname", "Дональд Трамп", "Д. Трамп", CORRECT),
    Case("initial without a space", "Дональд Трамп", "Д.Трамп", CORRECT),
    Case("two initials", "Володимир Олександрович Зеленський", "В. О. Зеленський", CORRECT),
    Case("initial like a preposition", "Володимир Олександрович Зеленський", "В. Зеленський", CORRECT),
    Case("wrong initial", "Дональд Трамп", "Т. Трамп", WRONG),
    Case("en initial", "Donald Trump", "D. Trump", CORRECT, "en"),
    Case("surname alone with a typo", "Дональд Трамп", "Трамр", CLOSE),
    Case("first name alone", "Дональд Трамп", "Дональд", WRONG),
    Case("first name alone in genitive", "Дональд Трамп", "Дональда", WRONG),
    Case("same first name other person", "Дональд Трамп", "Дональд Туск", WRONG),
    Case("another president", "Дональд Трамп", "Байден", WRONG),
    Case("surname after hyphenated name", "Касим-Жомарт Токаєв", "Токаєв", CORRECT),
    Case("hyphenated first name alone", "Касим-Жомарт Токаєв", "Касим-Жомарт", WRONG),
    Case("surname the dictionary guesses", "Шавкат Мірзійоєв", "Мірзійоєва", CORRECT),
    Case("guessed surname in instrumental", "Шавкат Мірзійоєв", "Мірзійоєвим", CORRECT),
    Case("foreign surname in genitive", "Емманюель Макрон", "Макрона", CORRECT),
    Case("woman's surname", "Олена Зеленська", "Зеленська", CORRECT),
    Case("woman's surname in genitive", "Олена Зеленська", "Зеленської", CORRECT),
    Case("husband's surname for wife", "Олена Зеленська", "Зеленський", WRONG),
    Case("surname after patronymic", "Володимир Олександрович Зеленський", "Зеленський", CORRECT),
    Case("patronymic and surname", "Володимир Олександрович Зеленський", "Олександрович Зеленський", CORRECT),
    Case("surname with particles", "Урсула фон дер Ляєн", "фон дер Ляєн", CORRECT),
    Case("surname without its particles", "Урсула фон дер Ляєн", "Ляєн", CORRECT),
    Case("given name the dictionary calls a surname", "Марко Рубіо", "Рубіо", CORRECT),
    Case("Volodymyr in genitive", "Володимир Зеленський", "Зеленського", CORRECT),
    Case("city is not a person", "Біла Церква", "Церква", WRONG),
    Case("city whose second word is a name", "Сан Франциско", "Франциско", WRONG),
    Case("second word of a city", "Кривий Ріг", "Ріг", WRONG),
    Case("en surname alone", "Donald Trump", "Trump", CORRECT, "en"),
    Case("en surname possessive", "Donald Trump", "Trump's", CORRECT, "en"),
    Case("en first name alone", "Donald Trump", "Donald", WRONG, "en"),
    Case("en first name that is a word", "Mark Carney", "Carney", CORRECT, "en"),
    Case("en New York is no person", "New York", "York", WRONG, "en"),
    Case("en Hong Kong is no person", "Hong Kong", "Kong", WRONG, "en"),
    Case("Latin surname in a Ukrainian deck", "Дональд Трамп | Donald Trump", "Trump", CORRECT),
    # --- typos
    Case("transposed letters", "Маямі", "Мамяі", CLOSE),
    Case("missing letter in long word", "Узбекистан", "Узбекстан", CLOSE),
    Case("two edits in a long word", "Узбекистан", "Узбикістан", CLOSE),
    Case("three edits in a long word", "Узбекистан", "Узбикістон", WRONG),
    Case("one edit in seven letters", "Австрія", "Австрея", CLOSE),
    Case("two edits in seven letters", "Австрія", "Аврстея", WRONG),
    Case("no typo in three letters", "США", "СШО", WRONG),
    Case("і for ї", "Київ", "Киів", CLOSE),
    Case("Russian spelling", "Польща", "Польша", CLOSE),
    Case("doubled letter", "Токаєв", "Токаєвв", CLOSE),
    Case("typo in one word of two", "Верховна Рада", "Верхована Рада", CLOSE),
    Case("typo in upper case", "Маямі", "МАЯМИ", CLOSE),
    Case("real word one letter away", "Ірак", "Іран", WRONG),
    Case("real word: рада and рана", "Рада", "Рана", WRONG),
    Case("en typo in long word", "Kazakhstan", "Kazakstan", CLOSE, "en"),
    Case("en transposition", "Miami", "Maimi", CLOSE, "en"),
    Case("en real word one letter away", "Iraq", "Iran", WRONG, "en"),
    Case("en similar country", "Austria", "Australia", WRONG, "en"),
    Case("en real word two letters away", "Slovakia", "Slovenia", WRONG, "en"),
    Case("en real common word", "whale", "wale", WRONG, "en"),
    # --- alternatives
    Case("abbreviation accepted", "Сполучені Штати Америки | США", "США", CORRECT),
    Case("abbreviation in genitive", "Сполучені Штати Америки | США", "Сполучених Штатів Америки", CORRECT),
    Case("typo of an accepted spelling", "Маямі | Miami", "Miamy", CLOSE),
    Case("transliteration accepted", "Truth Social | Трус Соушл", "трус соушл", CORRECT),
    Case("none of the alternatives", "Маямі | Miami", "Orlando", WRONG),
]
# fmt: on


def _alternatives(expected: str) -> list[str]:
    return [alt.strip() for alt in expected.split("|")]


def test_case_table_is_large_and_named_uniquely() -> None:
    """The table keeps its promise: 150+ cases, both languages, every outcome, no repeated name."""
    names = [case.name for case in CASES]
    assert len(CASES) >= 150
    assert len(set(names)) == len(names)
    assert {case.language for case in CASES} == {"uk", "en"}
    assert {case.outcome for case in CASES} == set(Outcome)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_answer_case(case: Case) -> None:
    verdict = check_text(_alternatives(case.expected), case.typed, case.language)
    assert verdict.outcome is case.outcome
    if case.outcome is WRONG:
        assert verdict.matched is None
        assert not verdict.rules
    else:
        assert verdict.matched in _alternatives(case.expected)
        assert verdict.rules
