"""An answer as the checker sees it: list items of tokens, each a word, number, month or sign.

Numbers are read here, once, so that matching never compares `7`, `сім` and `seven` as strings;
the words the checker ignores (a leading `у`/`в`/`на`, `the`, `року` after a year) are dropped here
and remembered, so a verdict can say what it overlooked.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from enum import StrEnum
from fractions import Fraction
from typing import Final

from newsquiz.core.answers.numbers import (
    AMBIGUOUS_MONTHS,
    ATTACHED_ONLY,
    EN_MONTHS,
    EN_NUMBERS,
    HUNDRED,
    MULTIPLIERS,
    ORDINAL_SUFFIXES,
    UK_CARDINALS,
    UK_MONTHS,
    UK_ORDINALS,
    UNIT_QUALIFIERS,
    UNITS,
    YEAR_WORDS,
    format_number,
    parse_digits,
    place_of,
)
from newsquiz.core.text import strip_accents, unify_marks


class Kind(StrEnum):
    WORD = "word"
    NUMBER = "number"
    MONTH = "month"
    UNIT = "unit"
    """Per cent or a currency; `text` is its code: `%`, `usd`, `eur`, `gbp`, `uah`."""
    RANGE = "range"
    SEPARATOR = "separator"
    # Only while reading; never in a finished `Parsed`:
    NUMBER_WORD = "number-word"
    MULTIPLIER = "multiplier"
    DASH = "dash"


@dataclass(frozen=True, slots=True)
class Token:
    kind: Kind
    text: str
    """Casefolded as typed; for numbers a canonical spelling (`1500000`, `1.5`)."""
    value: Fraction | None = None
    capital: bool = False
    """The word began with a capital where it was written: names do."""
    latin: bool = False
    surface: str = ""
    """How a number, month or sign was written (`семи`, `%`), when `text` is canonical."""
    dotted: bool = False
    """Written with a full stop right after it: an initial (`В. Зеленський`), not a preposition."""

    @property
    def written(self) -> str:
        return self.surface or self.text


@dataclass(frozen=True, slots=True)
class Item:
    """One element of a list answer (`Казахстан` in `Казахстан і Узбекистан`), or the whole."""

    tokens: tuple[Token, ...]
    dropped: tuple[str, ...] = ()
    """Leading prepositions and articles left out, e.g. `("в",)` for `в Маямі`."""

    @property
    def compact(self) -> str:
        """The item's letters and digits with no spaces or hyphens: `нью йорк` meets `нью-йорк`."""
        return "".join(token.text.replace("-", "") for token in self.tokens)


@dataclass(frozen=True, slots=True)
class Parsed:
    items: tuple[Item, ...]


LIST_WORDS: Final = frozenset({"і", "й", "та", "and"})
LEADING_PREPOSITIONS: Final = frozenset({"у", "в", "на", "до", "з", "із", "зі"})
LEADING_PREPOSITIONS_EN: Final = frozenset({"in", "at", "on", "to", "from", "by"})
ARTICLES: Final = frozenset({"a", "an", "the"})

_TOKEN = re.compile(
    r"(?P<num>\d+(?:(?:[.,]|[ \u00a0\u2009\u202f])\d+)*)(?P<suffix>-?[^\W\d_]+)?(?!\w)"
    r"|(?P<word>\w+(?:['-]\w+)*)"
    r"|(?P<unit>[%$€£₴])"
    r"|(?P<sep>[,;&/+])"
    r"|(?P<dash>-)"
)
NUMBER_WORD_PREFIXES: Final = frozenset(
    {word[:2] for word in (*UK_CARDINALS, *UK_ORDINALS, *MULTIPLIERS, *UNITS)}
    | {"се", "сь", "во", "ше"}
)
"""First two letters of every case form of a Ukrainian number word (`семи`, `сьома`, `восьми`,
`шести` have stems of their own): other words never pay for a dictionary look-up here."""

Lemmatiser = Callable[[str], frozenset[str]]


def _is_latin(word: str) -> bool:
    return word.isascii()


def _number_word(word: str, latin: bool, lemmas: Lemmatiser) -> Token | None:
    if latin:
        value = EN_NUMBERS.get(word)
        if value is not None:
            return Token(Kind.NUMBER_WORD, word, value, latin=True)
        if word in MULTIPLIERS and word not in ATTACHED_ONLY:
            return Token(Kind.MULTIPLIER, word, MULTIPLIERS[word], latin=True)
        return None
    if word[:2] not in NUMBER_WORD_PREFIXES:
        return None
    for form in (word, *sorted(lemmas(word))):
        value = UK_CARDINALS.get(form, UK_ORDINALS.get(form))
        if value is not None:
            return Token(Kind.NUMBER_WORD, word, value)
        if form in MULTIPLIERS:
            return Token(Kind.MULTIPLIER, word, MULTIPLIERS[form])
        if form in UNITS:
            return Token(Kind.UNIT, UNITS[form], surface=word)
    return None


def _word_token(raw: str, lemmas: Lemmatiser) -> list[Token]:
    word = raw.casefold()
    latin = _is_latin(word)
    capital = raw[:1].isupper()
    if latin and word.endswith("'s"):
        word = word[:-2]
    if word in LIST_WORDS:
        return [Token(Kind.SEPARATOR, word, latin=latin)]
    if word in UNITS:
        return [Token(Kind.UNIT, UNITS[word], surface=word)]
    if latin and "-" in word and all(part in EN_NUMBERS for part in word.split("-")):
        return [
            Token(Kind.NUMBER_WORD, part, EN_NUMBERS[part], latin=True) for part in word.split("-")
        ]
    month = EN_MONTHS.get(word) if latin else UK_MONTHS.get(word)
    if month is not None:
        return [Token(Kind.MONTH, word, Fraction(month), capital=capital, latin=latin)]
    number = _number_word(word, latin, lemmas)
    if number is not None:
        return [number]
    return [Token(Kind.WORD, word, capital=capital, latin=latin)]


def _scan(text: str, language: str, lemmas: Lemmatiser) -> Iterator[Token]:
    for match in _TOKEN.finditer(strip_accents(unify_marks(text))):
        if match.group("num") is not None:
            values = parse_digits(match.group("num"), language)
            suffix = (match.group("suffix") or "").casefold().lstrip("-")
            if suffix and suffix not in ORDINAL_SUFFIXES:
                if suffix not in MULTIPLIERS:
                    yield from _word_token(match.group(0), lemmas)
                    continue
                values[-1] *= MULTIPLIERS[suffix]
            written = match.group(0).casefold()
            for value in values:
                yield Token(Kind.NUMBER, format_number(value), value, surface=written)
        elif match.group("word") is not None:
            tokens = _word_token(match.group("word"), lemmas)
            if match.string.startswith(".", match.end()):
                tokens[-1] = replace(tokens[-1], dotted=True)
            yield from tokens
        elif match.group("unit") is not None:
            sign = match.group("unit")
            yield Token(Kind.UNIT, UNITS[sign], surface=sign)
        elif match.group("sep") is not None:
            yield Token(Kind.SEPARATOR, match.group("sep"))
        else:
            yield Token(Kind.DASH, "-")


def _read_number(tokens: list[Token], start: int) -> tuple[Token, int]:
    """The number spelled from `tokens[start]` on (`сто двадцять сім`, `1,5 млн`); where it ends."""
    total = Fraction(0)
    current: Fraction | None = None
    place = Fraction(0)
    i = start
    while i < len(tokens):
        token = tokens[i]
        if token.kind is Kind.NUMBER and token.value is not None:
            if i > start:
                break
            current, place = token.value, Fraction(0)
        elif token.kind is Kind.NUMBER_WORD and token.value is not None:
            if current is None and (i == start or place > token.value):
                current = token.value
            elif current is not None and place > token.value:
                current += token.value
            else:
                break
            place = place_of(token.value)
        elif token.kind is Kind.MULTIPLIER and token.value is not None:
            if token.value == HUNDRED:
                current = (current or 1) * HUNDRED
                place = HUNDRED
            else:
                total += (current or 1) * token.value
                current, place = None, token.value
        elif (
            token.text == "and"
            and i > start
            and place >= HUNDRED
            and i + 1 < len(tokens)
            and tokens[i + 1].kind is Kind.NUMBER_WORD
        ):
            pass  # `one hundred and five`
        else:
            break
        i += 1
    value = total + (current or 0)
    written = " ".join(token.written for token in tokens[start:i])
    return Token(Kind.NUMBER, format_number(value), value, surface=written), i


_NUMERIC = (Kind.NUMBER, Kind.NUMBER_WORD, Kind.MULTIPLIER)


def _assemble_numbers(tokens: list[Token]) -> list[Token]:
    out: list[Token] = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind in _NUMERIC:
            number, i = _read_number(tokens, i)
            out.append(number)
        else:
            out.append(tokens[i])
            i += 1
    return out


def _is_day(token: Token) -> bool:
    return token.kind is Kind.NUMBER and token.value is not None and 1 <= token.value <= 31


def _is_glue(token: Token, before: Token | None, after: Token | None) -> bool:
    """Words that only hold a date, year or unit together: `2026 року`, `7th of July`,
    `July 7, 2026`, `доларів США`."""
    text = token.text
    if text in UNIT_QUALIFIERS:
        return any(
            t is not None and t.kind is Kind.UNIT and t.text == "usd" for t in (before, after)
        )
    if before is None:
        return False
    if before.kind is Kind.NUMBER and text in YEAR_WORDS:
        return True
    if text == "cent":
        return before.text == "per"
    if after is None:
        return False
    if text == "of":
        return _is_day(before) and after.kind is Kind.MONTH
    return text == "," and before.kind is Kind.MONTH and after.kind is Kind.NUMBER


def _tidy_dates(tokens: list[Token]) -> list[Token]:
    """`July 7-8` becomes `7-8 July`; a dash between numbers is a range, other dashes go."""
    out: list[Token] = []
    for i, token in enumerate(tokens):
        before = tokens[i - 1] if i else None
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        if _is_glue(token, before, after):
            continue
        if token.kind is Kind.MONTH and token.text in AMBIGUOUS_MONTHS:
            near = [t for t in (before, after) if t is not None and t.kind is Kind.NUMBER]
            if not near:
                token = replace(token, kind=Kind.WORD, value=None)
        elif token.kind is Kind.DASH:
            if not (before and after and before.kind is Kind.NUMBER is after.kind):
                continue
            token = Token(Kind.RANGE, "-")
        elif token.text == "per" and after is not None and after.text == "cent":
            token = Token(Kind.UNIT, "%", surface="per cent")
        out.append(token)
    i = 0
    while i < len(out):
        if out[i].kind is Kind.UNIT and i + 1 < len(out) and out[i + 1].kind is Kind.NUMBER:
            out[i], out[i + 1] = out[i + 1], out[i]  # `$5` reads as `5 $`, like `5 доларів`
            i += 2
            continue
        if out[i].kind is Kind.MONTH and i + 1 < len(out) and _is_day(out[i + 1]):
            end = i + 2
            if end + 1 < len(out) and out[end].kind is Kind.RANGE and _is_day(out[end + 1]):
                end += 2
            out[i:end] = [*out[i + 1 : end], out[i]]
            if end + 1 < len(out) and out[end].text == "," and out[end + 1].kind is Kind.NUMBER:
                del out[end]
            i = end
        i += 1
    return out


def _item(tokens: list[Token]) -> Item | None:
    if not tokens:
        return None
    kept = [t for t in tokens if not (t.latin and t.kind is Kind.WORD and t.text in ARTICLES)]
    dropped = [t.text for t in tokens if t not in kept]
    if len(kept) > 1 and kept[0].kind is Kind.WORD and not kept[0].dotted:
        lead = LEADING_PREPOSITIONS_EN if kept[0].latin else LEADING_PREPOSITIONS
        if kept[0].text in lead:
            dropped.append(kept[0].text)
            kept = kept[1:]
    if not kept:
        return Item(tuple(tokens))
    return Item(tuple(kept), tuple(dropped))


def parse_answer(text: str, *, language: str, lemmas: Lemmatiser) -> Parsed:
    """Read an answer as written by a learner or an author; `lemmas` is asked only for words
    that might be Ukrainian numerals."""
    tokens = _tidy_dates(_assemble_numbers(list(_scan(text, language, lemmas))))
    items: list[Item] = []
    current: list[Token] = []
    for token in tokens:
        if token.kind is Kind.SEPARATOR:
            item = _item(current)
            if item is not None:
                items.append(item)
            current = []
        else:
            current.append(token)
    item = _item(current)
    if item is not None:
        items.append(item)
    return Parsed(tuple(items))
