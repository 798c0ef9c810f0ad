"""Sentence splitting that survives initials, abbreviations, decimal numbers and quotations.

A full stop ends a sentence only when a capital letter, digit or opening quote follows and the
word before it is not an abbreviation or an initial. Quoted text in «» is never split. The scan is
one pass over the paragraph, so a paragraph of any length costs linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

MAX_SENTENCE_CHARS = 2000
"""Longer runs (lists without stops, tables) are cut so that per-sentence work stays bounded."""

_BOUNDARY = re.compile(r"[.!?…]+[»\"”’)]*\s+(?=[«\"“(\[]?[A-ZА-ЯІЇЄҐ0-9])")
_LAST_WORD = re.compile(r"([^\s(«\"“]+)$")


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    index: int
    """Position in the article, from 0."""
    paragraph: int
    is_heading: bool = False
    """A line without final punctuation, such as a subheading: context, not a fact."""
    is_list_item: bool = False


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    bare = word.rstrip(".!?…")
    if not bare:
        return False
    if len(bare) == 1 and bare.isalpha():
        return True  # an initial: "Майкл Б. Джордан", "Omar M. Yaghi"
    if "." in bare and all(len(part) <= 2 for part in bare.split(".")):
        return True  # "U.S.", "т.д."
    return bare.casefold() in abbreviations


def split_paragraph(text: str, abbreviations: frozenset[str]) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        stop = match.start()
        before = text[max(start, stop - 60) : stop + 1]
        word = _LAST_WORD.search(before)
        if word and _is_abbreviation(word.group(1), abbreviations) and match.group(0)[0] == ".":
            continue
        if text.count("«", start, stop) > text.count("»", start, stop):
            continue  # inside a «quotation»
        pieces.append(text[start:end].strip())
        start = end
    pieces.append(text[start:].strip())
    out: list[str] = []
    for piece in pieces:
        while len(piece) > MAX_SENTENCE_CHARS:
            cut = piece.rfind(" ", 0, MAX_SENTENCE_CHARS)
            cut = cut if cut > 0 else MAX_SENTENCE_CHARS
            out.append(piece[:cut].strip())
            piece = piece[cut:].strip()
        if piece:
            out.append(piece)
    return out


def split_sentences(paragraphs: Iterable[str], abbreviations: frozenset[str]) -> list[Sentence]:
    sentences: list[Sentence] = []
    for number, paragraph in enumerate(paragraphs):
        if paragraph.startswith(("- ", "– ", "— ", "• ")):
            item = paragraph[2:].strip()
            sentences.append(Sentence(item, len(sentences), number, is_list_item=True))
            continue
        if (
            not paragraph.rstrip('»"”’)').endswith((".", "!", "?", "…", ":"))
            and len(paragraph.split()) <= 12
        ):
            sentences.append(Sentence(paragraph, len(sentences), number, is_heading=True))
            continue
        for piece in split_paragraph(paragraph, abbreviations):
            sentences.append(Sentence(piece, len(sentences), number))
    return sentences
