"""Progress files: one learner's work as JSON lines, to hand in to a teacher (`export-progress`).

The format is documented in `docs/progress-files.md`. Cards are named by deck slug and card id,
never by a database's internal numbers, so a file means the same thing in any database. The
header carries the student's key (stable across exports) and a random export id (new each time);
reports merge files by student key and drop answers they already have, so handing in the same
progress twice, or a file and the database it came from, counts every answer once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from newsquiz.core.reports import AnswerRecord, CardKey, ReportCard, StudentRecord
from newsquiz.core.scheduling import CardState, Phase, from_millis, to_millis

FORMAT: Final = "newsquiz-progress"
VERSION: Final = 1
_PHASES: Final = {phase.name.lower(): phase for phase in Phase}


class ProgressFileError(ValueError):
    """A file that is not a progress file this version can read; says which line and why."""


def _time(millis: int | None) -> str | None:
    if millis is None:
        return None
    return from_millis(millis).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _dt(moment: datetime | None) -> str | None:
    return None if moment is None else _time(to_millis(moment))


def header_line(
    *, name: str, key: str, exported_at: datetime, export_id: str, app_version: str
) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "student": {"name": name, "key": key},
        "exported_at": _dt(exported_at),
        "export_id": export_id,
        "newsquiz": app_version,
    }


def _card_line(card: ReportCard) -> dict[str, Any]:
    return {
        "type": "card",
        "deck": card.deck,
        "card": card.card,
        "question": card.prompt,
        "answer": card.answer,
        "file": card.origin,
        "line": card.line,
    }


def _state_line(key: CardKey, state: CardState) -> dict[str, Any]:
    return {
        "type": "state",
        "deck": key[0],
        "card": key[1],
        "phase": state.phase.name.lower(),
        "step": state.step,
        "stability": state.stability,
        "difficulty": state.difficulty,
        "due": _dt(state.due),
        "last_review": _dt(state.last_review),
        "reps": state.reps,
        "lapses": state.lapses,
        "suspended": state.suspended,
        "leech": state.leech,
    }


def _review_line(answer: AnswerRecord) -> dict[str, Any]:
    return {
        "type": "review",
        "deck": answer.deck,
        "card": answer.card,
        "at": _time(answer.at_ms),
        "rating": answer.rating,
        "answer": answer.answer,
        "verdict": answer.verdict,
        "duration_ms": answer.duration_ms,
        "cram": answer.is_cram,
    }


def progress_lines(
    header: dict[str, Any], cards: Iterable[ReportCard], student: StudentRecord
) -> Iterator[str]:
    """The file's lines: the header, then cards, states and reviews (oldest first)."""
    records: Iterable[dict[str, Any]] = (
        header,
        *(_card_line(card) for card in cards),
        *(_state_line(key, state) for key, state in sorted(student.states.items())),
        *(_review_line(a) for a in student.answers),
    )
    for record in records:
        yield json.dumps(record, ensure_ascii=False, separators=(",", ":"))


@dataclass(slots=True)
class ProgressFile:
    name: str
    key: str
    exported_at: datetime
    export_id: str
    source: str
    cards: list[ReportCard] = field(default_factory=list)
    states: dict[CardKey, CardState] = field(default_factory=dict)
    answers: list[AnswerRecord] = field(default_factory=list)

    def for_report(
        self, *, decks: list[str] | None = None, since: datetime | None = None
    ) -> tuple[list[ReportCard], list[StudentRecord]]:
        def wanted(deck: str) -> bool:
            return decks is None or deck in decks

        since_ms = None if since is None else to_millis(since)
        student = StudentRecord(
            self.key,
            self.name,
            self.source,
            [
                a
                for a in self.answers
                if wanted(a.deck) and (since_ms is None or a.at_ms >= since_ms)
            ],
            {key: state for key, state in self.states.items() if wanted(key[0])},
        )
        return [c for c in self.cards if wanted(c.deck)], [student]


def _when(value: Any, where: str) -> datetime:
    if not isinstance(value, str):
        raise ProgressFileError(f"{where}: expected a time like 2026-03-02T08:00:00Z")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise ProgressFileError(f"{where}: not a time: {value!r}") from None
    if moment.tzinfo is None:
        raise ProgressFileError(f"{where}: the time {value!r} has no time zone")
    return moment


def _optional_when(value: Any, where: str) -> datetime | None:
    return None if value is None else _when(value, where)


def _text(record: dict[str, Any], name: str, where: str) -> str:
    value = record.get(name)
    if not isinstance(value, str) or not value:
        raise ProgressFileError(f"{where}: `{name}` must be a non-empty string")
    return value


def parse_progress_file(text: str, source: str) -> ProgressFile:
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise ProgressFileError("line 1: empty file; expected a newsquiz progress header")
    header = _json(lines[0], 1)
    if header.get("format") != FORMAT:
        raise ProgressFileError("line 1: not a newsquiz progress file (no `format` header)")
    version = header.get("version")
    if not isinstance(version, int) or version > VERSION:
        raise ProgressFileError(
            f"line 1: progress file version {version!r}; this newsquiz reads up to {VERSION}"
        )
    student = header.get("student")
    if not isinstance(student, dict):
        raise ProgressFileError("line 1: `student` must be an object with `name` and `key`")
    progress = ProgressFile(
        name=_text(student, "name", "line 1: student"),
        key=_text(student, "key", "line 1: student"),
        exported_at=_when(header.get("exported_at"), "line 1: exported_at"),
        export_id=str(header.get("export_id", "")),
        source=source,
    )
    for number, line in enumerate(lines[1:], 2):
        if not line.strip():
            continue
        record = _json(line, number)
        where = f"line {number}"
        kind = record.get("type")
        try:
            if kind == "card":
                progress.cards.append(_card(record, where))
            elif kind == "state":
                key = (_text(record, "deck", where), _text(record, "card", where))
                progress.states[key] = _state(record, where)
            elif kind == "review":
                progress.answers.append(_review(record, where))
            # other types are from a later minor version: skipped, as documented
        except (KeyError, TypeError, ValueError) as err:
            if isinstance(err, ProgressFileError):
                raise
            raise ProgressFileError(f"{where}: bad {kind} record: {err}") from None
    progress.answers.sort(key=lambda a: (a.at_ms, a.key))
    return progress


def _json(line: str, number: int) -> dict[str, Any]:
    try:
        value = json.loads(line)
    except json.JSONDecodeError as err:
        raise ProgressFileError(f"line {number}: not JSON: {err.msg}") from None
    if not isinstance(value, dict):
        raise ProgressFileError(f"line {number}: expected a JSON object")
    return value


def _card(record: dict[str, Any], where: str) -> ReportCard:
    return ReportCard(
        deck=_text(record, "deck", where),
        card=_text(record, "card", where),
        prompt=str(record.get("question", "")),
        answer=str(record.get("answer", "")),
        origin=str(record.get("file") or ""),
        line=int(record.get("line") or 0),
    )


def _state(record: dict[str, Any], where: str) -> CardState:
    phase = _PHASES.get(str(record.get("phase")))
    if phase is None:
        raise ProgressFileError(f"{where}: unknown phase {record.get('phase')!r}")
    return CardState(
        phase=phase,
        step=record.get("step"),
        stability=record.get("stability"),
        difficulty=record.get("difficulty"),
        due=_optional_when(record.get("due"), f"{where}: due"),
        last_review=_optional_when(record.get("last_review"), f"{where}: last_review"),
        reps=int(record.get("reps", 0)),
        lapses=int(record.get("lapses", 0)),
        suspended=bool(record.get("suspended", False)),
        leech=bool(record.get("leech", False)),
    )


def _review(record: dict[str, Any], where: str) -> AnswerRecord:
    rating = record["rating"]
    if not isinstance(rating, int) or not 1 <= rating <= 4:
        raise ProgressFileError(f"{where}: rating must be 1-4, not {rating!r}")
    verdict = record.get("verdict")
    answer = record.get("answer")
    duration = record.get("duration_ms")
    return AnswerRecord(
        key=(_text(record, "deck", where), _text(record, "card", where)),
        at_ms=to_millis(_when(record.get("at"), f"{where}: at")),
        rating=rating,
        verdict=None if verdict is None else str(verdict),
        answer=None if answer is None else str(answer),
        is_cram=bool(record.get("cram", False)),
        duration_ms=None if duration is None else int(duration),
    )
