"""Reading numbers, dates and list items out of an answer, before any comparison happens."""

from __future__ import annotations

from fractions import Fraction

import pymorphy3
import pytest

from newsquiz.core.answers.numbers import UK_CARDINALS, UK_ORDINALS, parse_digits
from newsquiz.core.answers.tokens import NUMBER_WORD_PREFIXES, Kind, Parsed, parse_answer
from newsquiz.core.morphology import morphology_for

UK = morphology_for("uk")


def _parse(text: str, language: str = "uk") -> Parsed:
    return parse_answer(text, language=language, lemmas=UK.lemmas)


def _numbers(text: str, language: str = "uk") -> list[Fraction]:
    return [
        token.value
        for item in _parse(text, language).items
        for token in item.tokens
        if token.kind is Kind.NUMBER and token.value is not None
    ]


DIGIT_CASES = [
    ("plain", "2026", "uk", [Fraction(2026)]),
    ("decimal comma", "1,5", "uk", [Fraction(3, 2)]),
    ("decimal point", "1.5", "uk", [Fraction(3, 2)]),
    ("spaces between thousands", "1 500 000", "uk", [Fraction(1_500_000)]),
    ("commas between thousands", "1,500,000", "uk", [Fraction(1_500_000)]),
    ("dots between thousands", "1.500.000", "uk", [Fraction(1_500_000)]),
    ("one comma group in Ukrainian is decimal", "1,500", "uk", [Fraction(3, 2)]),
    ("one comma group in English is thousands", "1,500", "en", [Fraction(1500)]),
    ("English thousands and decimals", "1,500.25", "en", [Fraction(150025, 100)]),
    ("European thousands and decimals", "1.500,25", "uk", [Fraction(150025, 100)]),
    ("two numbers with a space", "7 8", "uk", [Fraction(7), Fraction(8)]),
    ("year after a small number", "7 2026", "uk", [Fraction(7), Fraction(2026)]),
]


@pytest.mark.parametrize(
    ("text", "language", "values"),
    [case[1:] for case in DIGIT_CASES],
    ids=[case[0] for case in DIGIT_CASES],
)
def test_parse_digits(text: str, language: str, values: list[Fraction]) -> None:
    assert parse_digits(text, language) == values


WORD_CASES = [
    ("units", "сім", 7),
    ("genitive", "семи", 7),
    ("instrumental", "сімома", 7),
    ("tens and units", "двадцять сім", 27),
    ("hundreds tens units", "сто двадцять п'ять", 125),
    ("hundreds in genitive", "двохсот", 200),
    ("thousands", "три тисячі двісті", 3200),
    ("one and a half million", "півтора мільйона", 1_500_000),
    ("digits and abbreviation", "1,5 млн", 1_500_000),
    ("digits and billion", "2 млрд", 2_000_000_000),
    ("ordinal", "сьомого", 7),
    ("compound ordinal", "тридцять першого", 31),
    ("English units", "seven", 7),
    ("English hyphenated", "twenty-seven", 27),
    ("English hundred and", "one hundred and five", 105),
    ("English year", "two thousand twenty-six", 2026),
    ("English glued k", "5k", 5000),
    ("English glued bn", "3bn", 3_000_000_000),
    ("English ordinal digits", "7th", 7),
    ("Ukrainian ordinal digits", "7-го", 7),
]


@pytest.mark.parametrize(
    ("text", "value"), [case[1:] for case in WORD_CASES], ids=[case[0] for case in WORD_CASES]
)
def test_number_words(text: str, value: int) -> None:
    language = "en" if text.isascii() else "uk"
    assert _numbers(text, language) == [Fraction(value)]


def test_two_units_stay_two_numbers() -> None:
    assert _numbers("сім вісім") == [Fraction(7), Fraction(8)]


def test_date_range_reads_the_same_in_both_languages() -> None:
    kinds = [[t.kind for t in item.tokens] for item in _parse("7-8 липня").items]
    assert kinds == [[Kind.NUMBER, Kind.RANGE, Kind.NUMBER, Kind.MONTH]]
    values = [[t.value for t in item.tokens] for item in _parse("July 7–8", "en").items]
    assert values == [[Fraction(7), None, Fraction(8), Fraction(7)]]


def test_may_is_a_month_only_next_to_a_number() -> None:
    assert _parse("May 7", "en").items[0].tokens[1].kind is Kind.MONTH
    assert _parse("may", "en").items[0].tokens[0].kind is Kind.WORD


def test_list_words_split_items_and_prepositions_are_dropped() -> None:
    parsed = _parse("у Казахстані та в Узбекистані")
    assert [[t.text for t in item.tokens] for item in parsed.items] == [
        ["казахстані"],
        ["узбекистані"],
    ]
    assert [item.dropped for item in parsed.items] == [("у",), ("в",)]


def test_a_lone_preposition_is_kept() -> None:
    assert [t.text for t in _parse("в").items[0].tokens] == ["в"]


def test_articles_are_dropped_anywhere_in_english() -> None:
    item = _parse("the Bank of the Netherlands", "en").items[0]
    assert [t.text for t in item.tokens] == ["bank", "of", "netherlands"]


def test_every_case_form_of_a_number_word_passes_the_prefix_filter() -> None:
    """The cheap prefix test in front of the dictionary never hides a form of a number word."""
    analyzer = pymorphy3.MorphAnalyzer(lang="uk")
    missed = set()
    for lemma in (*UK_CARDINALS, *UK_ORDINALS, "тисяча", "мільйон", "мільярд", "відсоток"):
        for parse in analyzer.parse(lemma):
            if parse.normal_form != lemma:
                continue
            missed |= {f.word for f in parse.lexeme if f.word[:2] not in NUMBER_WORD_PREFIXES}
    assert missed == set()
