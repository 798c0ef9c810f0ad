"""Mentions: the spans of a sentence that could be an answer, with their kind and base form.

Names are found by each language module (capitalisation, morphology, gazetteers); numbers,
dates, money, percentages and measures follow one shape in every language we support, so they are
found here from the word lists a language supplies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum


class Kind(StrEnum):
    PERSON = "person"
    COUNTRY = "country"
    CITY = "city"
    REGION = "region"
    PLACE = "place"
    """A place the gazetteer does not know: a town, a venue, a province."""
    ORG = "org"
    WORK = "work"
    """A quoted or titled name: a film, a book, a party, a programme."""
    NAME = "name"
    """A capitalised name of unknown kind."""
    COUNT = "count"
    PERCENT = "percent"
    MONEY = "money"
    MEASURE = "measure"
    MAGNITUDE = "magnitude"
    SCORE = "score"
    DATE = "date"
    YEAR = "year"
    ORDINAL = "ordinal"
    CENTURY = "century"


PLACES = frozenset({Kind.COUNTRY, Kind.CITY, Kind.REGION, Kind.PLACE})
NAMES = frozenset({Kind.PERSON, Kind.ORG, Kind.WORK, Kind.NAME}) | PLACES
NUMBERS = frozenset(
    {Kind.COUNT, Kind.PERCENT, Kind.MONEY, Kind.MEASURE, Kind.MAGNITUDE, Kind.SCORE}
)
TIMES = frozenset({Kind.DATE, Kind.YEAR, Kind.CENTURY})


@dataclass(frozen=True, slots=True)
class Mention:
    kind: Kind
    start: int
    end: int
    """Character offsets of the surface form in its sentence."""
    surface: str
    base: str
    """The answer form: nominative for Ukrainian names, the number with its unit."""
    key: str
    """Identity across the article: the same person or number gets the same key."""
    accept: tuple[str, ...] = ()
    case: str = ""
    """Ukrainian grammatical case of the phrase (`nomn`, `gent`, ...), empty when unknown."""
    plural: bool = False
    gender: str = ""
    noun: str = ""
    """For numbers, the counted noun phrase as written ("votes", "народних депутатів")."""
    cue: str = ""
    """A role or class word written before a name ("президент США", "місті")."""
    cue_start: int = -1
    """Where the cue (and any preposition before it) starts, so it leaves the question with it."""
    prep: str = ""
    """The preposition governing the mention, lower case."""
    parts: tuple[str, ...] = field(default=())
    group: tuple[int, int] | None = None
    """The span of a list the mention belongs to ("японцю X, британцю Y та американцю Z"),
    removed as a whole when a question asks about one member."""
    extent: int = -1
    """Where the phrase a question removes ends, when longer than the mention ("257 депутатів")."""

    @property
    def phrase_start(self) -> int:
        """Where the mention's phrase starts: at its cue (`президент США …`) when it has one."""
        return self.cue_start if 0 <= self.cue_start < self.start else self.start

    """Coordinated members ("Казахстан", "Узбекистан"), for distractors of the same shape."""


@dataclass(frozen=True, slots=True)
class NumberWords:
    """The words a language uses around numbers; every list is matched case-insensitively."""

    months: tuple[str, ...]
    month_forms: tuple[str, ...]
    """Other forms of month names (locative "травні", abbreviations "Oct.")."""
    numbers: dict[str, int]
    ordinals: tuple[str, ...]
    scales: tuple[str, ...]
    currencies: tuple[str, ...]
    units: tuple[str, ...]
    percent_words: tuple[str, ...]
    magnitude_words: tuple[str, ...]
    year_words: tuple[str, ...]
    """Words after a year that make it a time ("року", "році")."""
    ordinal_suffix: str
    """A regex for the suffix of a written ordinal ("-й", "th")."""
    century_words: tuple[str, ...]


def _alternatives(words: tuple[str, ...] | list[str]) -> str:
    ordered = sorted({w for w in words if w}, key=len, reverse=True)
    return "|".join(re.escape(w) for w in ordered) or "(?!x)x"


_NUM = r"(?:\d{1,3}(?:[  ]\d{3})+(?!\d)|\d+(?:[.,]\d+)?)"


class NumberFinder:
    """Compiled once per language: each kind of number is one regex pass over a sentence."""

    def __init__(self, words: NumberWords) -> None:
        self.words = words
        num_words = _alternatives(list(words.numbers))
        num = rf"(?:{_NUM}|(?i:{num_words}))"
        scale = _alternatives(words.scales)
        currency = _alternatives(words.currencies)
        unit = _alternatives(words.units)
        months = _alternatives(words.months + words.month_forms)
        symbols = r"(?:US\$|[$€£¥₴])"
        b = r"(?<![\w.,])"
        e = r"(?![\w])"
        self.patterns: list[tuple[Kind, re.Pattern[str]]] = [
            (
                Kind.MONEY,
                re.compile(
                    rf"{b}{symbols}\s?{num}(?:\s?(?i:{scale}){e})?"
                    rf"|{b}{num}(?:\s(?i:{scale})(?:\s{_NUM}\s(?i:{scale}))*)?\.?\s"
                    rf"(?:[A-Z][a-z]+(?:ish|an|ese|ch|i)\s)?(?i:{currency}){e}"
                    rf"|{b}{_NUM}\s(?i:{scale})(?:\s{_NUM}\s(?i:{scale}))*{e}"
                ),
            ),
            (
                Kind.PERCENT,
                re.compile(
                    rf"{b}{_NUM}(?:\s?[-–]\s?{_NUM})?\s?(?:%|(?i:{_alternatives(words.percent_words)}){e})"
                ),
            ),
            (
                Kind.MAGNITUDE,
                re.compile(
                    rf"(?i:{_alternatives(words.magnitude_words)})\s(?:of\s)?{_NUM}{e}"
                    rf"|{b}{_NUM}[-‑](?i:{_alternatives(words.magnitude_words)}){e}"
                ),
            ),
            (
                Kind.DATE,
                re.compile(
                    rf"{b}\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?\s(?i:{months}){e}(?:,?\s\d{{4}}{e})?"
                    rf"|(?<!\w)(?:{months})\s\d{{1,2}}(?:\s?[-–]\s?\d{{1,2}})?{e}(?:,\s\d{{4}}{e})?"
                    rf"|(?<!\w)(?i:{months})\s\d{{4}}{e}"
                ),
            ),
            (
                Kind.CENTURY,
                re.compile(rf"(?<!\w)[IVXL]+\s(?i:{_alternatives(words.century_words)}){e}"),
            ),
            (
                Kind.MEASURE,
                re.compile(
                    rf"{b}{num}(?:[-‑\s])(?:{unit}){e}(?:\s(?:and\s|і\s|й\s)?{_NUM}\s(?:{unit}){e})?"
                ),
            ),
            (
                Kind.SCORE,  # "4-6, 6-4, 6-4, 6-4": the sets of one match are one score
                re.compile(
                    rf"{b}\d{{1,3}}[-–:]\d{{1,3}}(?:,\s\d{{1,2}}[-–]\d{{1,2}}(?![.,]?\d))*{e}(?![.,]\d)"
                ),
            ),
            (
                Kind.ORDINAL,
                re.compile(
                    rf"{b}\d+{words.ordinal_suffix}{e}|(?<!\w)(?i:{_alternatives(words.ordinals)}){e}"
                ),
            ),
            (
                Kind.YEAR,
                re.compile(rf"{b}(?:1[5-9]\d\d|20\d\d){e}(?![-‑.,]\d)"),
            ),
            # `69-річний`, `30-поверхова`, `12-кілометровий`, `a 12-year-old`: a number joined
            # by a hyphen to a word is part of a compound adjective, not a count of the noun.
            (Kind.COUNT, re.compile(rf"{b}{num}{e}(?![-‑.,]\d)(?![-‑][^\W\d_])")),
        ]

    def find(self, text: str) -> list[tuple[Kind, int, int]]:
        """(kind, start, end) spans, earlier patterns winning overlaps."""
        taken: list[tuple[int, int]] = []
        found: list[tuple[Kind, int, int]] = []
        for kind, pattern in self.patterns:
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(start < t_end and t_start < end for t_start, t_end in taken):
                    continue
                taken.append((start, end))
                found.append((kind, start, end))
        found.sort(key=lambda item: item[1])
        return found


def number_value(text: str, words: dict[str, int]) -> float | None:
    """The first number written in `text` (digits or a number word); None when there is none."""
    match = re.search(_NUM, text)
    if match:
        digits = re.sub(r"[  ]", "", match.group(0)).replace(",", ".")
        try:
            return float(digits)
        except ValueError:
            return None
    for word in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", text.casefold()):
        if word in words:
            return float(words[word])
    return None


def overlaps(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end
