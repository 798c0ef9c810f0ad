"""Ukrainian agreement tables: question words by case, gender and number.

Kept apart from `uk.py` so that the rules of the question writer read as rules, not tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

CASES: Final = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")

WHO: Final = {
    "nomn": "хто",
    "gent": "кого",
    "datv": "кому",
    "accs": "кого",
    "ablt": "ким",
    "loct": "кому",
    "voct": "хто",
}
WHAT: Final = {
    "nomn": "що",
    "gent": "чого",
    "datv": "чому",
    "accs": "що",
    "ablt": "чим",
    "loct": "чому",
    "voct": "що",
}

_WHICH: Final = {
    "masc": ("який", "якого", "якому", "який", "яким", "якому"),
    "femn": ("яка", "якої", "якій", "яку", "якою", "якій"),
    "neut": ("яке", "якого", "якому", "яке", "яким", "якому"),
    "plur": ("які", "яких", "яким", "які", "якими", "яких"),
}
_ORDINAL: Final = {
    "masc": ("котрий", "котрого", "котрому", "котрий", "котрим", "котрому"),
    "femn": ("котра", "котрої", "котрій", "котру", "котрою", "котрій"),
    "neut": ("котре", "котрого", "котрому", "котре", "котрим", "котрому"),
    "plur": ("котрі", "котрих", "котрим", "котрі", "котрими", "котрих"),
}


def _pick(table: Mapping[str, tuple[str, ...]], gender: str, case: str, animate: bool) -> str:
    forms = table.get(gender or "masc", table["masc"])
    index = {"nomn": 0, "gent": 1, "datv": 2, "accs": 3, "ablt": 4, "loct": 5}.get(case, 0)
    if case == "accs" and animate and gender in ("masc", "plur", ""):
        index = 1
    return forms[index]


def which(gender: str, case: str, animate: bool = False) -> str:
    return _pick(_WHICH, gender, case, animate)


def ordinal_which(gender: str, case: str, animate: bool = False) -> str:
    return _pick(_ORDINAL, gender, case, animate)


CLASS_NOUNS: Final = {
    # lemma of a class word before a name or number -> it can carry the question ("у якому місті")
    "місто",
    "містечко",
    "село",
    "селище",
    "столиця",
    "країна",
    "держава",
    "провінція",
    "область",
    "регіон",
    "штат",
    "округ",
    "район",
    "острів",
    "півострів",
    "організація",
    "партія",
    "компанія",
    "видання",
    "агентство",
    "соцмережа",
    "портал",
    "сайт",
    "газета",
    "журнал",
    "телеканал",
    "радіостанція",
    "мережа",
    "платформа",
    "фільм",
    "стрічка",
    "роман",
    "книга",
    "книжка",
    "пісня",
    "альбом",
    "серіал",
    "вистава",
    "категорія",
    "номінація",
    "премія",
    "нагорода",
    "глибина",
    "висота",
    "відстань",
    "швидкість",
    "температура",
    "магнітуда",
    "сума",
    "обсяг",
    "розмір",
    "рівень",
    "результат",
    "гурт",
    "позначка",
    "планка",
    "банк",
    "фонд",
    "клуб",
    "команда",
    "стадіон",
    "університет",
    "операція",
    "угода",
    "конвенція",
    "договір",
    "закон",
    "посада",
}

ORG_HEADS: Final = {
    "рада",
    "комісія",
    "комітет",
    "міністерство",
    "служба",
    "інститут",
    "фонд",
    "банк",
    "партія",
    "агентство",
    "організація",
    "суд",
    "уряд",
    "парламент",
    "асамблея",
    "управління",
    "департамент",
    "академія",
    "університет",
    "союз",
    "федерація",
    "конгрес",
    "сенат",
    "палата",
    "бюро",
    "офіс",
    "адміністрація",
    "прокуратура",
    "поліція",
    "армія",
    "сили",
    "реєстр",
    "трибунал",
    "корпорація",
    "компанія",
    "асоціація",
    "альянс",
}

PLACE_CLASS: Final = {
    "місто",
    "містечко",
    "село",
    "селище",
    "столиця",
    "провінція",
    "область",
    "регіон",
    "штат",
    "округ",
    "район",
    "острів",
    "півострів",
    "країна",
    "держава",
}

PREPOSITIONS: Final = {
    "у": "loct",
    "в": "loct",
    "на": "loct",
    "з": "gent",
    "із": "gent",
    "зі": "gent",
    "до": "gent",
    "від": "gent",
    "біля": "gent",
    "поблизу": "gent",
    "неподалік": "gent",
    "поряд": "gent",
    "для": "gent",
    "після": "gent",
    "серед": "gent",
    "між": "ablt",
    "за": "ablt",
    "перед": "ablt",
    "під": "ablt",
    "над": "ablt",
    "по": "loct",
    "при": "loct",
    "про": "accs",
    "через": "accs",
    "щодо": "gent",
    "проти": "gent",
    "без": "gent",
    "крізь": "accs",
}

RELATIVE: Final = {
    "який",
    "яка",
    "яке",
    "які",
    "якого",
    "якої",
    "якому",
    "якій",
    "яку",
    "яким",
    "якою",
    "яких",
    "якими",
}

PRONOUNS: Final = {
    "він",
    "вона",
    "воно",
    "вони",
    "його",
    "її",
    "їх",
    "йому",
    "їй",
    "їм",
    "нього",
    "неї",
    "них",
    "ним",
    "нею",
    "ними",
    "це",
    "цей",
    "ця",
    "ці",
    "цього",
    "цієї",
    "цих",
    "цьому",
    "цим",
    "цією",
    "цими",
    "такий",
    "така",
    "таке",
    "такі",
    "там",
    "тут",
    "той",
    "ті",
    "того",
    "тієї",
    "тих",
}

APPROXIMATORS: Final = {
    "щонайменше",
    "понад",
    "близько",
    "приблизно",
    "майже",
    "лише",
    "тільки",
    "більш",
    "більше",
    "менше",
    "щонайбільше",
    "до",
    "аж",
    "ще",
    "уже",
    "вже",
    "всього",
    "усього",
    "загалом",
    "орієнтовно",
}

LEAD_INS: Final = (
    "як і завжди",
    "як і раніше",
    "як правило",
    "як пише",
    "як передає",
    "як повідомляє",
    "як повідомляють",
    "як повідомили",
    "як зазначив",
    "як зазначила",
    "як повідомлялося раніше",
    "за даними",
    "за інформацією",
    "за словами",
    "за його словами",
    "за її словами",
    "за оцінкою",
    "водночас",
    "утім",
    "втім",
    "зокрема",
    "крім того",
    "також",
    "тож",
    "отже",
    "однак",
    "проте",
    "натомість",
    "при цьому",
    "раніше",
    "нагадаємо",
)

OUTCOME_VERBS: Final = {
    "перемогти",
    "виграти",
    "здобути",
    "обрати",
    "призначити",
    "запросити",
    "загинути",
    "отримати",
    "присудити",
    "ухвалити",
    "підписати",
    "очолити",
    "стати",
    "відбутися",
    "провести",
    "зрости",
    "знизити",
    "підвищити",
    "оголосити",
    "назвати",
    "вручити",
    "зайняти",
    "посісти",
    "забрати",
    "підтримати",
    "схвалити",
    "приймати",
    "прийняти",
    "вести",
    "звільнити",
    "заарештувати",
    "вбити",
    "постраждати",
    "пошкодити",
    "зруйнувати",
}

SPEECH_VERBS: Final = {
    "повідомляти",
    "заявляти",
    "писати",
    "передавати",
    "інформувати",
    "заявити",
    "сказати",
    "повідомити",
    "наголосити",
    "зазначити",
    "додати",
    "написати",
    "оголосити",
    "підкреслити",
}

PAST_TIME: Final = ("минулого року", "торік", "раніше", "колись", "тоді", "минулоріч")

FUNCTION_WORDS: Final = (
    set(PREPOSITIONS)
    | PRONOUNS
    | {"і", "й", "та", "а", "але", "проте", "однак", "тож", "що", "щоб", "як", "коли", "де"}
    | {"бо", "адже", "якщо", "хоча", "чи", "не", "ні", "же", "ж", "би", "б", "лише", "тільки"}
    | {"також", "теж", "ще", "вже", "уже", "саме", "навіть", "ось", "от", "після", "через"}
    | {"серед", "усі", "всі", "кожен", "кожна", "жоден", "жодна", "інші", "інший", "свій"}
)

CONJUNCTIONS_AT_START: Final = (
    "що", "і", "й", "та", "а", "але", "проте", "тож", "адже", "бо", "оскільки", "щоб", "коли",
    "де", "тоді як", "хоча", "якщо",
)  # fmt: skip

POSSESSIVES: Final = {"свій", "його", "її", "їхній", "їх", "цей", "той", "наш", "ваш", "мій"}


NAMED_HEADS: Final = frozenset(
    # a common noun that capitalised adjectives before it turn into a name: `Блакитна мечеть`,
    # `Софійський собор`; the noun then carries the question (`Яку мечеть …?`)
    {"мечеть", "собор", "церква", "храм", "палац", "монастир", "лавра", "замок", "фортеця"}
    | {"вежа", "брама", "площа", "театр", "музей", "стадіон", "арена", "парк", "міст"}
    | {"бульвар", "проспект", "пам'ятник", "меморіал", "галерея", "бібліотека", "опера"}
)


_VOWELS: Final = "аеєиіїоуюяАЕЄИІЇОУЮЯ"
_VOWEL_SOUNDS: Final = "аеиіоуАЕИІОУ"
"""Word-initial `я`, `ю`, `є`, `ї` begin with the consonant й: `у якому`, `у Європі`."""


def euphony(text: str) -> str:
    """`в` → `у` where Ukrainian euphony wants `у`: at the start before a consonant (`У якому
    місті`), between consonants (`Саміт у Гаазі`, `нокаутував у п’ятому`) and before `в`, `ф`
    (`у Вашингтоні`). Only this direction: `у` between vowels is a lapse of style, `в` between
    consonants reads as a mistake. Text in «quotes» keeps its own spelling."""
    out: list[str] = []
    depth = 0
    for i, char in enumerate(text):
        if char == "«":
            depth += 1
        elif char == "»":
            depth = max(0, depth - 1)
        if char not in "вВ" or depth or not _standalone(text, i):
            out.append(char)
            continue
        after = text[i + 2 : i + 3]
        before = text[:i].rstrip()
        previous = before[-1:] if before else ""
        at_start = not before or previous in ":?!."
        consonant_after = bool(after) and after.isalpha() and after not in _VOWEL_SOUNDS
        consonant_before = bool(previous) and (
            previous.isdigit() or (previous.isalpha() and previous not in _VOWELS)
        )
        wants_u = consonant_after and (
            at_start or consonant_before or after.casefold() in "вф" or previous in ",;—–"
        )
        out.append(("У" if char == "В" else "у") if wants_u else char)
    return "".join(out)


def _standalone(text: str, i: int) -> bool:
    """`в` as a word of its own, followed by a space."""
    before_ok = i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "’'ʼ-")
    return before_ok and text[i + 1 : i + 2] == " "
