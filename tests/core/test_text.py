"""Normalisation: the same word typed in different ways compares equal."""

from __future__ import annotations

import pytest

from newsquiz.core.text import fix_mixed_script, normalise

NORMALISE_CASES = [
    ("curly apostrophe", "Мар’яна", "мар'яна"),
    ("modifier apostrophe", "Марʼяна", "мар'яна"),
    ("backtick apostrophe", "Мар`яна", "мар'яна"),
    ("guillemets become quotes", "«Група двадцяти»", "група двадцяти"),
    ("inner guillemets kept as quotes", "саміт «G20» у Маямі", 'саміт "g20" у маямі'),
    ("en dash", "Центральна Азія – США", "центральна азія - сша"),
    ("em dash", "7—8 липня", "7-8 липня"),
    ("minus sign", "−5", "-5"),
    ("latin I in a Cyrillic word", "Iзраїль", "ізраїль"),
    ("latin o and a in a Cyrillic word", "Kиїв", "київ"),
    ("Latin word untouched", "Truth Social", "truth social"),
    ("soft hyphen dropped", "Маямі\u00ad", "маямі"),
    ("non-breaking space", "Дональд\u00a0Трамп", "дональд трамп"),
    ("surrounding punctuation", "  Маямі. ", "маямі"),
    ("decomposed letter composed", "ї", "ї"),
    ("collapse whitespace", "Казахстан   і\tУзбекистан", "казахстан і узбекистан"),
]


@pytest.mark.parametrize(
    ("name", "raw", "expected"), NORMALISE_CASES, ids=[c[0] for c in NORMALISE_CASES]
)
def test_normalise(name: str, raw: str, expected: str) -> None:
    assert normalise(raw) == expected


def test_mixed_script_word_mostly_latin_stays_latin() -> None:
    """`Mаrk` with one Cyrillic а is a Latin word with a slip; only mostly-Cyrillic words convert."""
    assert fix_mixed_script("Mаrkus") == "Mаrkus"
