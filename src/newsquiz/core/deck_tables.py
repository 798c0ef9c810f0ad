"""Decks as tables: export to CSV, and import the CSV/TSV files other flashcard tools write.

Import reads two shapes:
- a table with a header row naming its columns, as Quizlet exports and spreadsheets save it:
  `term,definition`, `question,answer`, `front,back` (any case; tab, comma or semicolon);
- Anki's "notes in plain text" export: `#separator:tab`, `#html:true`, optional `#columns:` and
  `#tags column:` header lines, then one note per line, front and back first. Anki cloze text
  (`{{c1::Kyiv::a city}}`) becomes a newsquiz cloze card (`{{Kyiv}}`).
Each card gets a stable id made from its question (transliterated, lower-case, a few words),
with `-2`, `-3` added when two questions make the same id, so re-importing the same file keeps
the same ids and so the learners' progress.
"""

from __future__ import annotations

import csv
import html
import io
import re
import unicodedata
from collections.abc import Iterable
from typing import Final

from newsquiz.core.cards import BasicCard, Card, ChoiceCard, ClozeCard, Deck

CSV_COLUMNS: Final = ("id", "type", "question", "answer", "choices", "accept", "tags")
LIST_SEPARATOR: Final = " | "
"""Joins choices and accepted answers inside one CSV cell."""

_QUESTION_NAMES: Final = ("question", "term", "front", "text", "prompt", "питання")
_ANSWER_NAMES: Final = ("answer", "definition", "back", "відповідь")
_SEPARATORS: Final = {
    "tab": "\t",
    "comma": ",",
    "semicolon": ";",
    "pipe": "|",
    "space": " ",
    "colon": ":",
}
_ANKI_CLOZE: Final = re.compile(r"\{\{c\d+::(.*?)(?:::[^}]*)?\}\}", re.DOTALL)
_TAG: Final = re.compile(r"<[^>]+>")
_BREAK: Final = re.compile(r"<br\s*/?>|</(?:div|p|li)>", re.IGNORECASE)
_MULTI_LETTERS: Final[dict[str, str]] = {
    "є": "ie", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "iu",
    "я": "ia", "ь": "", "ъ": "", "'": "", "’": "", "ʼ": "",
}  # fmt: skip
_CYRILLIC, _LATIN = "абвгґдезиіїйклмнопрстуфыэё", "abvhgdezyiiiklmnoprstufyee"
_UK_LATIN: Final[dict[int, str]] = {
    **{ord(k): v for k, v in zip(_CYRILLIC, _LATIN, strict=True)},
    **{ord(k): v for k, v in _MULTI_LETTERS.items()},
}
"""Ukrainian (and a few Russian) letters in Latin, after the national transliteration table."""
MAX_ID_WORDS: Final = 6


class TableError(ValueError):
    """A table newsquiz cannot turn into a deck; the message names the line."""


def card_id_for(question: str) -> str:
    """A readable, stable id from a question: `Хто запросив Токаєва?` → `khto-zaprosyv-tokaieva`."""
    text = question.casefold()
    latin = text.translate(_UK_LATIN)
    folded = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", folded)
    return "-".join(words[:MAX_ID_WORDS]) or "card"


def unique_ids(questions: Iterable[str]) -> list[str]:
    seen: dict[str, int] = {}
    ids = []
    for question in questions:
        base = card_id_for(question)
        count = seen.get(base, 0) + 1
        seen[base] = count
        ids.append(base if count == 1 else f"{base}-{count}")
    return ids


def _plain(text: str, is_html: bool) -> str:
    if is_html:
        text = _BREAK.sub(" ", text)
        text = html.unescape(_TAG.sub("", text))
    return " ".join(text.split())


def _anki_headers(lines: list[str]) -> tuple[dict[str, str], list[str]]:
    headers: dict[str, str] = {}
    body_start = 0
    for index, line in enumerate(lines):
        if not line.startswith("#") or ":" not in line:
            body_start = index
            break
        name, _, value = line[1:].partition(":")
        headers[name.strip().lower()] = value.strip()
        body_start = index + 1
    return headers, lines[body_start:]


def _sniff(header: str) -> str:
    for separator in ("\t", ";", ","):
        if separator in header:
            return separator
    return ","


def _column(names: list[str], wanted: tuple[str, ...]) -> int | None:
    for index, name in enumerate(names):
        if name.strip().strip("\ufeff").casefold() in wanted:
            return index
    return None


def parse_table(text: str, *, slug: str, title: str, language: str, origin: str = "") -> Deck:
    """A deck v1 from a Quizlet-style table with a header row, or an Anki plain-text export."""
    lines = text.lstrip("\ufeff").splitlines()
    headers, body = _anki_headers(lines)
    is_html = headers.get("html", "false").lower() == "true"
    first_line = len(lines) - len(body) + 1
    if headers:
        separator = _SEPARATORS.get(headers.get("separator", "tab").lower(), "\t")
        rows = list(csv.reader(io.StringIO("\n".join(body)), delimiter=separator))
        columns = [c.strip() for c in headers.get("columns", "").split(separator) if c.strip()]
        q_index = _column(columns, _QUESTION_NAMES) if columns else 0
        a_index = _column(columns, _ANSWER_NAMES) if columns else 1
        data_line = first_line
    else:
        if not lines:
            raise TableError("line 1: the file is empty")
        separator = _sniff(lines[0])
        rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=separator))
        names = rows.pop(0)
        q_index = _column(names, _QUESTION_NAMES)
        a_index = _column(names, _ANSWER_NAMES)
        if q_index is None or a_index is None:
            raise TableError(
                f"line 1: the header needs a question column ({', '.join(_QUESTION_NAMES)}) and "
                f"an answer column ({', '.join(_ANSWER_NAMES)}); found: {', '.join(names)}"
            )
        data_line = 2
    if not headers and _column(names, ("type",)) is not None:
        return _own_table(names, rows, slug=slug, title=title, language=language, origin=origin)
    q_index = 0 if q_index is None else q_index
    a_index = 1 if a_index is None else a_index
    pairs: list[tuple[int, str, str]] = []
    for offset, row in enumerate(rows):
        if not any(cell.strip() for cell in row):
            continue
        number = data_line + offset
        question = _plain(row[q_index], is_html) if q_index < len(row) else ""
        answer = _plain(row[a_index], is_html) if a_index < len(row) else ""
        if not question:
            raise TableError(f"line {number}: no question")
        if not answer and not _ANKI_CLOZE.search(question):
            raise TableError(f"line {number}: no answer for {question!r}")
        pairs.append((number, question, answer))
    if not pairs:
        raise TableError("the file has no cards")
    cards: list[Card] = []
    for (number, question, answer), card_id in zip(
        pairs, unique_ids(_ANKI_CLOZE.sub(r"\1", q) for _, q, _ in pairs), strict=True
    ):
        if _ANKI_CLOZE.search(question):
            explanation = answer or None
            cloze = _ANKI_CLOZE.sub(lambda m: "{{" + m.group(1).strip() + "}}", question)
            cards.append(ClozeCard(id=card_id, text=cloze, explanation=explanation, line=number))
        else:
            cards.append(BasicCard(id=card_id, question=question, answer=answer, line=number))
    return Deck(slug=slug, title=title, language=language, cards=tuple(cards), origin=origin)


def _split(cell: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in cell.split(LIST_SEPARATOR.strip()) if part.strip())


def _own_table(
    names: list[str], rows: list[list[str]], *, slug: str, title: str, language: str, origin: str
) -> Deck:
    """newsquiz's own CSV (`deck_to_csv`): ids, types, choices and accepted answers survive."""
    index = {name.strip().casefold(): i for i, name in enumerate(names)}
    cells = [dict.fromkeys(CSV_COLUMNS, "") for _ in rows]
    for row, found in zip(rows, cells, strict=True):
        for name, i in index.items():
            if name in found and i < len(row):
                found[name] = row[i].strip()
    ids = unique_ids(c["question"] for c in cells)
    cards: list[Card] = []
    for number, (found, made_id) in enumerate(zip(cells, ids, strict=True), 2):
        if not found["question"]:
            continue
        common = {"id": found["id"] or made_id, "tags": _split(found["tags"]), "line": number}
        kind = found["type"].casefold() or "basic"
        if kind == "cloze":
            cards.append(ClozeCard(text=found["question"], **common))  # type: ignore[arg-type]
        elif kind == "choice":
            cards.append(
                ChoiceCard(
                    question=found["question"],
                    answer=found["answer"],
                    choices=_split(found["choices"]),
                    **common,  # type: ignore[arg-type]
                )
            )
        elif kind == "basic":
            cards.append(
                BasicCard(
                    question=found["question"],
                    answer=found["answer"],
                    accept=_split(found["accept"]),
                    **common,  # type: ignore[arg-type]
                )
            )
        else:
            raise TableError(f"line {number}: unknown card type {found['type']!r}")
    return Deck(slug=slug, title=title, language=language, cards=tuple(cards), origin=origin)


def _row(card: Card) -> list[str]:
    tags = LIST_SEPARATOR.join(card.tags)
    if isinstance(card, ClozeCard):
        return [card.id, "cloze", card.text, card.answer, "", "", tags]
    if isinstance(card, ChoiceCard):
        choices = LIST_SEPARATOR.join(card.choices)
        return [card.id, "choice", card.question, card.answer, choices, "", tags]
    accept = LIST_SEPARATOR.join(card.accept)
    return [card.id, "basic", card.question, card.answer, "", accept, tags]


def deck_to_csv(deck: Deck) -> str:
    """One row per card (`CSV_COLUMNS`); cloze text keeps its `{{gaps}}`. Opens in any
    spreadsheet, and `parse_table` reads it back (question and answer columns)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(_row(card) for card in deck.cards)
    return buffer.getvalue()
