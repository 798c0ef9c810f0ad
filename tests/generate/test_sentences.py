"""Sentence splitting: initials, abbreviations, numbers and quotations do not end sentences."""

from __future__ import annotations

import pytest

from newsquiz.generate.languages import language_for
from newsquiz.generate.sentences import split_paragraph, split_sentences

UK = language_for("uk").abbreviations
EN = language_for("en").abbreviations

SPLIT_CASES = [
    ("two sentences", "Мер відкрив міст. Гості аплодували.", UK, 2),
    ("an initial", "Фільм зняв Майкл Б. Джордан. Він вийшов у травні.", UK, 2),
    ("a decimal number", "Ціни зросли на 50,2% за рік. Уряд мовчить.", UK, 2),
    ("a date range", "Саміт триватиме 7-8 липня. Гості вже прибули.", UK, 2),
    ("an abbreviation", "Пам'ятку звели у XV ст. Відтоді її не ремонтували.", UK, 1),
    ("a quotation", "Він сказав: «Ми готові. Ми чекаємо». Потім пішов.", UK, 2),
    ("U.S. in English", "The U.S. Senate voted. It passed.", EN, 2),
    ("a middle initial", "Omar M. Yaghi won the prize. He thanked them.", EN, 2),
    ("a title", "Dr. Smith arrived. She spoke.", EN, 2),
]


@pytest.mark.parametrize(
    ("name", "text", "abbreviations", "count"), SPLIT_CASES, ids=[c[0] for c in SPLIT_CASES]
)
def test_split_paragraph(name: str, text: str, abbreviations: frozenset[str], count: int) -> None:
    assert len(split_paragraph(text, abbreviations)) == count


def test_headings_and_list_items_are_marked() -> None:
    """A short line without a full stop is a heading; a `- ` line is a list item."""
    sentences = split_sentences(["Переможці", "- Олена Коваль, «Сад» — найкраща акторка"], UK)
    assert sentences[0].is_heading
    assert sentences[1].is_list_item
    assert sentences[1].text.startswith("Олена Коваль")


def test_runaway_sentences_are_cut() -> None:
    """A paragraph with no full stops is cut into bounded pieces."""
    pieces = split_paragraph("слово " * 2000, UK)
    assert len(pieces) > 1
    assert all(len(piece) <= 2000 for piece in pieces)
