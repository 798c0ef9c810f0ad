"""Language-neutral text surgery for question writing: tokens with offsets, clause segments,
removing a span and tidying what is left.

Both language modules write a question the same way: find the clause that holds the answer,
cut the answer (with its preposition and role words) out of it, put a question phrase in front
and tidy punctuation. Only the choice of question phrase and the clause markers differ.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_TOKEN = re.compile(r"[^\W_]+(?:['’ʼ\-‑.][^\W_]+)*|\S")
MAX_TOKENS = 150
"""Per-sentence work is capped: a runaway "sentence" (a table, a list without stops) is cut."""


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_capitalised(self) -> bool:
        return self.text[0].isupper() or (self.text[0].isdigit() is False and self.text.isupper())


@lru_cache(maxsize=256)
def _tokenize(text: str) -> tuple[Token, ...]:
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        tokens.append(Token(match.group(0), match.start(), match.end()))
        if len(tokens) >= MAX_TOKENS:
            break
    return tuple(tokens)


def tokenize(text: str) -> list[Token]:
    """Words, numbers and punctuation with offsets; the same sentence is tokenised once."""
    return list(_tokenize(text))


def segment_bounds(text: str, separators: re.Pattern[str]) -> list[tuple[int, int]]:
    """The text cut at clause separators: (start, end) of each piece, separators excluded."""
    return list(_segment_bounds(text, separators))


@lru_cache(maxsize=64)
def _segment_bounds(text: str, separators: re.Pattern[str]) -> tuple[tuple[int, int], ...]:
    """Cached: every mention of a sentence asks for the same segments."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in separators.finditer(text):
        if text.count("«", 0, match.start()) > text.count("»", 0, match.start()):
            continue  # never inside a «quotation»
        bounds.append((start, match.start()))
        start = match.end()
    bounds.append((start, len(text)))
    return tuple((s, e) for s, e in bounds if text[s:e].strip())


def cut(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """`text` without the given spans (which may overlap)."""
    keep: list[str] = []
    position = 0
    for start, end in sorted(spans):
        if start > position:
            keep.append(text[position:start])
        position = max(position, end)
    keep.append(text[position:])
    return "".join(keep)


_SPACE_BEFORE = re.compile(r"\s+([,.;:!?»)\]])")
_SPACE_AFTER = re.compile(r"([«(\[])\s+")
_REPEATED_COMMA = re.compile(r"(?:\s*,){2,}")
_SPACES = re.compile(r"\s{2,}")
_EMPTY_PARENS = re.compile(r"\(\s*\)|«\s*»")


def tidy(text: str) -> str:
    """Spaces and commas put right after cutting; no leading or trailing punctuation."""
    text = _EMPTY_PARENS.sub("", text)
    text = _REPEATED_COMMA.sub(",", text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE_AFTER.sub(r"\1", text)
    text = _SPACES.sub(" ", text)
    text = text.strip(" ,;:—–-")
    return text.rstrip(".!?…;:, ").strip()


def drop_parentheses(text: str) -> list[tuple[int, int]]:
    if "(" not in text:
        return []  # the common case, without trying the pattern at every space
    return [m.span() for m in re.finditer(r"\s*\([^()]{0,80}\)", text)]


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def word_count(text: str) -> int:
    return len(re.findall(r"[^\W_]+", text))
