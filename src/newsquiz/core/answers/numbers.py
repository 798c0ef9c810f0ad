"""Numbers, months and percent as words, and digit strings with their separators.

Kept apart from the matching rules because these tables are facts about two languages, not
decisions: `сім`, `семи` and `seven` are all 7, `1,5 млн` is 1 500 000, `липня` and `July` are 7.
Ukrainian number words arrive here as lemmas (the morphology turns `семи` into `сім`), so one entry
per word covers every case form.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Final

UK_CARDINALS: Final[dict[str, Fraction]] = {
    word: Fraction(value)
    for word, value in {
        "нуль": 0, "один": 1, "два": 2, "двоє": 2, "обидва": 2, "три": 3, "троє": 3,
        "чотири": 4, "четверо": 4, "п'ять": 5, "п'ятеро": 5, "шість": 6, "шестеро": 6,
        "сім": 7, "семеро": 7, "вісім": 8, "восьмеро": 8, "дев'ять": 9, "дев'ятеро": 9,
        "десять": 10, "десятеро": 10, "одинадцять": 11, "дванадцять": 12, "тринадцять": 13,
        "чотирнадцять": 14, "п'ятнадцять": 15, "шістнадцять": 16, "сімнадцять": 17,
        "вісімнадцять": 18, "дев'ятнадцять": 19, "двадцять": 20, "тридцять": 30, "сорок": 40,
        "п'ятдесят": 50, "п'ятдесять": 50, "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80,
        "дев'яносто": 90, "сто": 100, "двісті": 200, "триста": 300, "чотириста": 400,
        "п'ятсот": 500, "шістсот": 600, "сімсот": 700, "вісімсот": 800, "дев'ятсот": 900,
    }.items()
} | {"півтора": Fraction(3, 2), "півтори": Fraction(3, 2)}  # fmt: skip
"""Lemmas of Ukrainian cardinals (also their nominative forms: no morphology needed there)."""

UK_ORDINALS: Final[dict[str, Fraction]] = {
    word: Fraction(value)
    for word, value in {
        "перший": 1, "другий": 2, "третій": 3, "четвертий": 4, "п'ятий": 5, "шостий": 6,
        "сьомий": 7, "восьмий": 8, "дев'ятий": 9, "десятий": 10, "одинадцятий": 11,
        "дванадцятий": 12, "тринадцятий": 13, "чотирнадцятий": 14, "п'ятнадцятий": 15,
        "шістнадцятий": 16, "сімнадцятий": 17, "вісімнадцятий": 18, "дев'ятнадцятий": 19,
        "двадцятий": 20, "тридцятий": 30, "сороковий": 40, "п'ятдесятий": 50,
        "шістдесятий": 60, "сімдесятий": 70, "вісімдесятий": 80, "дев'яностий": 90, "сотий": 100,
    }.items()
}  # fmt: skip
"""Lemmas of Ukrainian ordinals: `сьомого липня` is the 7th of July, and `7 липня` too."""

EN_NUMBERS: Final[dict[str, Fraction]] = {
    word: Fraction(value)
    for word, value in {
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    }.items()
}  # fmt: skip
"""English cardinals and ordinals; English has few enough forms to list them all."""

HUNDRED: Final = Fraction(100)
MULTIPLIERS: Final[dict[str, Fraction]] = {
    word: Fraction(value)
    for word, value in {
        "hundred": 100,
        "тисяча": 1_000, "тис": 1_000, "thousand": 1_000, "k": 1_000,
        "мільйон": 1_000_000, "млн": 1_000_000, "million": 1_000_000, "mln": 1_000_000,
        "mn": 1_000_000, "m": 1_000_000,
        "мільярд": 10**9, "млрд": 10**9, "billion": 10**9, "bn": 10**9, "b": 10**9,
        "трильйон": 10**12, "трлн": 10**12, "trillion": 10**12, "tn": 10**12,
    }.items()
}  # fmt: skip
"""Words that multiply the number before them: `1,5 млн`, `two thousand`, `$3bn`."""

ATTACHED_ONLY: Final = frozenset({"k", "m", "mn", "b"})
"""Multipliers accepted only glued to digits (`5k`, `1.5m`): alone they are letters or metres."""

ORDINAL_SUFFIXES: Final = frozenset(
    {
        "го", "й", "а", "ий", "ій", "ого", "ої", "ому", "му", "ті", "х", "і", "ї", "у", "ю", "я",
        "е", "є", "st", "nd", "rd", "th",
    }
)  # fmt: skip
"""What follows the digits of an ordinal: `7-го`, `2026-й`, `1st`, `8th`."""

UK_MONTHS: Final[dict[str, int]] = {
    form: number
    for number, forms in enumerate(
        (
            "січень січня січні", "лютий лютого лютому", "березень березня березні",
            "квітень квітня квітні", "травень травня травні", "червень червня червні",
            "липень липня липні", "серпень серпня серпні", "вересень вересня вересні",
            "жовтень жовтня жовтні", "листопад листопада листопаді", "грудень грудня грудні",
        ),
        start=1,
    )
    for form in forms.split()
}  # fmt: skip
EN_MONTHS: Final[dict[str, int]] = {
    form: number
    for number, forms in enumerate(
        (
            "january jan", "february feb", "march mar", "april apr", "may", "june jun",
            "july jul", "august aug", "september sep sept", "october oct", "november nov",
            "december dec",
        ),
        start=1,
    )
    for form in forms.split()
}  # fmt: skip
AMBIGUOUS_MONTHS: Final = frozenset({"may", "march", "mar", "jan", "dec", "sep", "jun", "jul"})
"""Month words that are also ordinary words: a month only next to a number (`May 7`, `7 Mar`)."""

UNITS: Final[dict[str, str]] = {
    word: unit
    for unit, words in {
        "%": "% percent pct відс відсоток процент",
        "usd": "$ usd dollar dollars долар дол",
        "eur": "€ eur euro euros євро",
        "gbp": "£ gbp pound pounds фунт",
        "uah": "₴ uah hryvnia hryvnias гривня грн",
    }.items()
    for word in words.split()
}
"""Signs, words and Ukrainian lemmas of the units a news number carries: `відсотків` arrives as
`відсоток`, `доларів` as `долар`. Each maps to one code, so `$5 млрд` is `5 млрд доларів`."""
UNIT_QUALIFIERS: Final = frozenset({"сша", "us", "american"})
"""`доларів США`, `US dollars`: the country adds nothing to the unit."""

YEAR_WORDS: Final = frozenset({"рік", "року", "році", "роки", "років", "р", "рр", "year", "years"})
"""Dropped right after a number: `у 2026 році` is `2026`."""

_SPACE = re.compile(r"\s+")


def _plain(digits: str) -> Fraction:
    return Fraction(digits.replace(",", "."))


def _all_groups_of_three(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(group) == 3 for group in groups[1:])


def parse_digits(text: str, language: str) -> list[Fraction]:
    """The numbers in a run of digits and separators, e.g. `1 500 000`, `1,5`, `1,500.25`.

    A comma is a decimal comma, as in Ukrainian, except in English where `1,500` is a thousand
    and a half. Groups split by spaces are thousands only when every later group has three
    digits; otherwise (`7 8`) they are separate numbers.
    """
    groups = _SPACE.split(text)
    if len(groups) > 1:
        if all(group.isdigit() for group in groups) and _all_groups_of_three(groups):
            return [Fraction("".join(groups))]
        return [value for group in groups for value in parse_digits(group, language)]
    if "," in text and "." in text:
        decimal = "," if text.rfind(",") > text.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return [_plain(text.replace(thousands, "").replace(decimal, "."))]
    for mark in ",.":
        if mark in text:
            parts = text.split(mark)
            if len(parts) > 2:
                if _all_groups_of_three(parts):
                    return [Fraction("".join(parts))]
                return [Fraction(part) for part in parts if part]
            if mark == "," and language == "en" and _all_groups_of_three(parts):
                return [Fraction("".join(parts))]
            return [_plain(text)]
    return [Fraction(text)]


def format_number(value: Fraction) -> str:
    """A canonical spelling for display and comparison: `1500000`, `1.5`, `2/3`."""
    if value.denominator == 1:
        return str(value.numerator)
    decimal = value.numerator / value.denominator
    if Fraction(repr(decimal)) == value:
        return repr(decimal)
    return str(value)


def place_of(value: Fraction) -> Fraction:
    """How much a next word may add: `двадцять` + `сім`, `сто` + `двадцять`; `сім` + `вісім` no."""
    if value.denominator != 1:
        return Fraction(0)
    whole = value.numerator
    if whole >= 100 and whole % 100 == 0:
        return Fraction(100)
    if whole >= 20 and whole % 10 == 0:
        return Fraction(10)
    return Fraction(0)
