"""Text normalisation shared by deck validation, answer checking and the generator.

Learners and authors type the same word in many ways: curly or straight apostrophes, guillemets or
quotes, a Latin `I` inside a Cyrillic word. Normalising once, here, keeps every comparison honest.
"""

from __future__ import annotations

import re
import unicodedata

APOSTROPHES = "'’ʼ`′‘ʹꞌ"
"""Every apostrophe form a Ukrainian or English keyboard produces; all become U+0027."""
QUOTES = '«»“”„‟"‹›'
DASHES = "-‐‑‒–—―−"
INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
"""Soft hyphen, zero-width spaces and joiners, word joiner, BOM: pasted in, never meant."""

_TRANSLATE = str.maketrans(
    {
        **dict.fromkeys(APOSTROPHES, "'"),
        **dict.fromkeys(QUOTES, '"'),
        **dict.fromkeys(DASHES, "-"),
        **dict.fromkeys(INVISIBLE),
    }
)

LATIN_TO_CYRILLIC = str.maketrans(
    {
        "a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у",
        "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "I": "І", "K": "К", "M": "М",
        "O": "О", "P": "Р", "T": "Т", "X": "Х", "Y": "У",
    }
)  # fmt: skip
"""Latin letters that look like Cyrillic ones; mapped only inside words that are mostly Cyrillic."""

_MIXED_WORD = re.compile(
    r"[\w'-]*(?:[A-Za-z][\w'-]*[\u0400-\u04ff]|[\u0400-\u04ff][\w'-]*[A-Za-z])[\w'-]*"
)
"""A word with both Latin and Cyrillic letters: the only kind `fix_mixed_script` changes."""
_SPACE = re.compile(r"\s+")
_EDGE_PUNCT = ' \t\n.,;:!?…"()[]{}'


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def fix_mixed_script(word: str) -> str:
    """`Iзраїль` with a Latin I becomes all-Cyrillic; a Latin word stays Latin."""
    cyrillic = sum(_is_cyrillic(ch) for ch in word)
    if cyrillic == 0 or cyrillic == len(word):
        return word
    latin = sum(ch.isascii() and ch.isalpha() for ch in word)
    if cyrillic >= latin:
        return word.translate(LATIN_TO_CYRILLIC)
    return word


STRESS_MARKS = "\u0300\u0301"
"""Grave and acute accents: stress marks (`Ма́ямі`), which dictionaries and teachers add."""


_ACCENTABLE = re.compile("[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]")
"""An accented Latin letter or a combining mark: the only things `strip_accents` can change."""


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and (ch.isascii() or "\u00c0" <= ch <= "\u024f")


def strip_accents(text: str) -> str:
    """Stress marks go everywhere; Latin letters lose diacritics (`Zürich` is `Zurich`).

    Cyrillic letters keep theirs: `й` and `ї` are letters of their own, not `и` and `і` with marks.
    """
    if text.isascii() or not _ACCENTABLE.search(text):
        return text
    decomposed = unicodedata.normalize("NFD", text)
    kept: list[str] = []
    base = ""
    for ch in decomposed:
        if unicodedata.combining(ch):
            if ch in STRESS_MARKS or _is_latin_letter(base):
                continue
        else:
            base = ch
        kept.append(ch)
    return unicodedata.normalize("NFC", "".join(kept))


def unify_marks(text: str) -> str:
    """NFC; one apostrophe, quote and dash; no invisible characters; Cyrillic words fixed."""
    text = unicodedata.normalize("NFC", text).translate(_TRANSLATE)
    return _MIXED_WORD.sub(lambda m: fix_mixed_script(m.group(0)), text)


def normalise(text: str) -> str:
    """The comparison form of a short text: marks unified, accents stripped (`strip_accents`),
    casefolded, spaces collapsed, trimmed.

    Case is folded after the script fix, so `IЗРАЇЛЬ` and `Ізраїль` meet.
    """
    text = _SPACE.sub(" ", strip_accents(unify_marks(text)).replace("\u00a0", " "))
    return text.strip(_EDGE_PUNCT).casefold()
