"""Class reports: many learners' answers and card states folded into the figures a teacher reads.

Pure, so the numbers can be checked by hand on a small class: the store and the progress-file
reader turn their sources into `StudentRecord`s and a card catalogue, and `build_report` does the
rest. Students are kept apart by their `key` (see `docs/progress-files.md`), never by name; two
records with the same key are one student, and their answers are merged without duplicates.

Definitions (also in `docs/teachers.md`):
- an answer is *correct* when the checker said `correct` or `close` (a small typo), or, when
  there is no verdict (self-graded), when it was not rated Again;
- *first-attempt correct* is whether the student's first answer to the card (since `since`) was;
- *recall* is FSRS's current probability of recall; *mastered* is a review card whose interval
  is 21 days or more (`MATURE_DAYS`), the same "mature" as Anki's;
- a student is *behind* when they attempted fewer than three quarters of the cards the median
  student attempted, or their mean recall over attempted cards is below `LOW_RECALL`.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Final, NamedTuple

from newsquiz.core.scheduling import CardState, Rating, recall_probability, to_millis
from newsquiz.core.text import normalise

CardKey = tuple[str, str]
"""(deck slug, card id in the deck file): how a card is named outside one database."""

LOW_RECALL: Final = 0.70
"""Mean recall below this marks a student as behind (the default target is 0.90)."""
BEHIND_SHARE: Final = 0.75
"""Attempting fewer than this share of the median student's cards marks a student as behind."""
MISSED_ACCURACY: Final = 0.60
"""Cards with first-attempt accuracy below this are "facts the class keeps missing"."""
TOP_WRONG: Final = 3
"""Wrong answers listed per card in the CSV and the summary."""


@dataclass(frozen=True, slots=True)
class ReportCard:
    """What the report says about a card: enough for a teacher to recognise and fix it."""

    deck: str
    card: str
    prompt: str
    answer: str
    origin: str = ""
    line: int = 0

    @property
    def key(self) -> CardKey:
        return (self.deck, self.card)


class AnswerRecord(NamedTuple):
    """One answer. A tuple, not a dataclass: a class of 30 students holds 300,000 of them.

    A student's answers are kept in time order; `merge_students` and the readers ensure it.
    """

    key: CardKey
    """(deck slug, card id); readers share one tuple per card rather than building 300,000."""
    at_ms: int
    """When it was given, epoch milliseconds UTC."""
    rating: int
    verdict: str | None
    answer: str | None
    is_cram: bool = False
    duration_ms: int | None = None

    @property
    def deck(self) -> str:
        return self.key[0]

    @property
    def card(self) -> str:
        return self.key[1]

    @property
    def identity(self) -> tuple[CardKey, int, int]:
        """The same answer read from two files of one student is this same tuple."""
        return (self.key, self.at_ms, self.rating)


def is_correct(verdict: str | None, rating: int) -> bool:
    if verdict is not None:
        return verdict in ("correct", "close")
    return rating != int(Rating.Again)


@dataclass(slots=True)
class StudentRecord:
    key: str
    """Identifies the student across databases and files; names can repeat, keys do not."""
    name: str
    source: str
    """Where the record was read from (a database file, a progress file), for the teacher."""
    answers: list[AnswerRecord] = field(default_factory=list)
    states: dict[CardKey, CardState] = field(default_factory=dict)


def _later(a: CardState, b: CardState) -> CardState:
    """Of two snapshots of one card's state, the one with the later review."""
    if a.last_review is None:
        return b
    if b.last_review is None:
        return a
    return b if b.last_review > a.last_review else a


def merge_students(records: Iterable[StudentRecord]) -> list[StudentRecord]:
    """One record per student key: answers deduplicated by identity, the latest state per card."""
    merged: dict[str, StudentRecord] = {}
    for record in records:
        existing = merged.get(record.key)
        if existing is None:
            merged[record.key] = StudentRecord(
                record.key, record.name, record.source, list(record.answers), dict(record.states)
            )
            continue
        seen = {answer.identity for answer in existing.answers}
        existing.answers.extend(a for a in record.answers if a.identity not in seen)
        existing.answers.sort(key=lambda a: (a.at_ms, a.key))
        for card, state in record.states.items():
            old = existing.states.get(card)
            existing.states[card] = state if old is None else _later(old, state)
        if record.source not in existing.source.split(", "):
            existing.source = f"{existing.source}, {record.source}"
    return list(merged.values())


def display_names(students: list[StudentRecord]) -> dict[str, str]:
    """Key → the name to print: a name two different students share gets `#2`, `#3`..."""
    by_name: dict[str, list[str]] = {}
    for student in sorted(students, key=lambda s: (s.name.casefold(), s.source, s.key)):
        by_name.setdefault(student.name, []).append(student.key)
    names: dict[str, str] = {}
    for name, keys in by_name.items():
        for number, key in enumerate(keys, 1):
            names[key] = name if len(keys) == 1 else f"{name} #{number}"
    return names


@dataclass(frozen=True, slots=True)
class StudentCardRow:
    student: str
    deck: str
    card: str
    attempts: int
    first_correct: bool | None
    """None when the student has not answered the card (in the period)."""
    last_verdict: str | None
    last_answered_ms: int | None
    recall: float | None
    mastered: bool


@dataclass(frozen=True, slots=True)
class WrongAnswer:
    text: str
    """The most frequent spelling among the answers that normalise alike."""
    count: int
    students: int


@dataclass(frozen=True, slots=True)
class ItemRow:
    card: ReportCard
    students_attempted: int
    attempts: int
    first_correct: int
    """Students whose first answer was correct."""
    wrong_answers: tuple[WrongAnswer, ...]
    """Most common first; every distinct wrong answer."""
    mastered: int
    mean_recall: float | None

    @property
    def first_attempt_accuracy(self) -> float | None:
        return self.first_correct / self.students_attempted if self.students_attempted else None


@dataclass(frozen=True, slots=True)
class StudentSummary:
    name: str
    key: str
    source: str
    cards: int
    attempted: int
    mastered: int
    answers: int
    first_attempt_accuracy: float | None
    mean_recall: float | None
    behind: tuple[str, ...]
    """Why the student counts as behind; empty when they do not."""


@dataclass(frozen=True, slots=True)
class ClassReport:
    generated_at: datetime
    since: datetime | None
    decks: tuple[str, ...]
    students: tuple[StudentSummary, ...]
    rows: tuple[StudentCardRow, ...]
    items: tuple[ItemRow, ...]

    def missed_items(self) -> list[ItemRow]:
        """Cards most students got wrong at first, worst first."""
        missed = [
            item
            for item in self.items
            if item.first_attempt_accuracy is not None
            and item.first_attempt_accuracy < MISSED_ACCURACY
        ]
        return sorted(
            missed,
            key=lambda i: (i.first_attempt_accuracy, -i.students_attempted, i.card.key),
        )


@dataclass(slots=True)
class _Cell:
    attempts: int = 0
    first_correct: bool | None = None
    last_verdict: str | None = None
    last_ms: int | None = None


def build_report(
    cards: Iterable[ReportCard],
    students: Iterable[StudentRecord],
    *,
    now: datetime,
    since: datetime | None = None,
) -> ClassReport:
    """The report over `cards` (answers to other cards are ignored) for each distinct student."""
    catalogue = {card.key: card for card in cards}
    merged = merge_students(students)
    names = display_names(merged)
    since_ms = None if since is None else to_millis(since)
    rows: list[StudentCardRow] = []
    summaries: list[StudentSummary] = []
    wrong: dict[CardKey, dict[str, Counter[str]]] = {}
    wrong_students: dict[CardKey, dict[str, set[str]]] = {}
    ordered = sorted(merged, key=lambda s: names[s.key].casefold())
    for student in ordered:
        by_card: dict[CardKey, list[AnswerRecord]] = {}
        for a in student.answers:
            found = by_card.get(a.key)
            if found is None:
                by_card[a.key] = [a]
            else:
                found.append(a)
        cells: dict[CardKey, _Cell] = {}
        answers = 0
        for key, given in by_card.items():
            if key not in catalogue:
                continue
            if since_ms is not None:
                given = [a for a in given if a.at_ms >= since_ms]
                if not given:
                    continue
            answers += len(given)
            first, last = given[0], given[-1]
            last_right = is_correct(last.verdict, last.rating)
            cells[key] = _Cell(
                attempts=len(given),
                first_correct=is_correct(first.verdict, first.rating),
                last_verdict=last.verdict or ("correct" if last_right else "wrong"),
                last_ms=last.at_ms,
            )
            for a in given:
                if a.verdict == "correct" or not a.answer or is_correct(a.verdict, a.rating):
                    continue
                typed = a.answer.strip()
                if typed:
                    folded = normalise(typed)
                    wrong.setdefault(key, {}).setdefault(folded, Counter())[typed] += 1
                    wrong_students.setdefault(key, {}).setdefault(folded, set()).add(student.key)
        name = names[student.key]
        attempted = mastered = first_right = 0
        recalls: list[float] = []
        for key in catalogue:
            cell = cells.get(key) or _Cell()
            state = student.states.get(key)
            recall = None if state is None else recall_probability(state, now)
            is_mastered = state is not None and state.is_mature
            rows.append(
                StudentCardRow(
                    name,
                    key[0],
                    key[1],
                    cell.attempts,
                    cell.first_correct,
                    cell.last_verdict,
                    cell.last_ms,
                    recall,
                    is_mastered,
                )
            )
            mastered += is_mastered
            if cell.attempts:
                attempted += 1
                first_right += bool(cell.first_correct)
                if recall is not None:
                    recalls.append(recall)
        summaries.append(
            StudentSummary(
                name=name,
                key=student.key,
                source=student.source,
                cards=len(catalogue),
                attempted=attempted,
                mastered=mastered,
                answers=answers,
                first_attempt_accuracy=first_right / attempted if attempted else None,
                mean_recall=statistics.fmean(recalls) if recalls else None,
                behind=(),
            )
        )
    summaries = _mark_behind(summaries)
    items = _items(list(catalogue.values()), rows, wrong, wrong_students)
    return ClassReport(
        generated_at=now,
        since=since,
        decks=tuple(sorted({card.deck for card in catalogue.values()})),
        students=tuple(summaries),
        rows=tuple(rows),
        items=tuple(items),
    )


def _mark_behind(summaries: list[StudentSummary]) -> list[StudentSummary]:
    if not summaries:
        return summaries
    median = statistics.median(s.attempted for s in summaries)
    marked = []
    for s in summaries:
        reasons = []
        if s.attempted < BEHIND_SHARE * median:
            reasons.append(f"attempted {s.attempted} cards; the median student {median:g}")
        if s.mean_recall is not None and s.mean_recall < LOW_RECALL:
            reasons.append(f"mean recall {s.mean_recall:.0%}")
        marked.append(replace(s, behind=tuple(reasons)))
    return marked


def _items(
    cards: list[ReportCard],
    rows: list[StudentCardRow],
    wrong: dict[CardKey, dict[str, Counter[str]]],
    wrong_students: dict[CardKey, dict[str, set[str]]],
) -> list[ItemRow]:
    per_card: dict[CardKey, list[StudentCardRow]] = {}
    for row in rows:
        per_card.setdefault((row.deck, row.card), []).append(row)
    items = []
    for card in cards:
        card_rows = per_card.get(card.key, [])
        tried = [r for r in card_rows if r.attempts]
        recalls = [r.recall for r in tried if r.recall is not None]
        spellings = wrong.get(card.key, {})
        answers = sorted(
            (
                WrongAnswer(
                    text=counter.most_common(1)[0][0],
                    count=sum(counter.values()),
                    students=len(wrong_students[card.key][folded]),
                )
                for folded, counter in spellings.items()
            ),
            key=lambda w: (-w.count, -w.students, w.text),
        )
        items.append(
            ItemRow(
                card=card,
                students_attempted=len(tried),
                attempts=sum(r.attempts for r in tried),
                first_correct=sum(1 for r in tried if r.first_correct),
                wrong_answers=tuple(answers),
                mastered=sum(1 for r in card_rows if r.mastered),
                mean_recall=statistics.fmean(recalls) if recalls else None,
            )
        )
    return items
