"""A class report as the files a teacher opens: two CSV tables, a Markdown summary, and JSON.

The CSV columns are documented in `docs/teachers.md`; numbers are plain (shares as 0-1 with three
decimals, times as ISO 8601 UTC) so a spreadsheet can sort and chart them.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from newsquiz.core.reports import (
    TOP_WRONG,
    ClassReport,
    ItemRow,
    StudentCardRow,
    StudentSummary,
    WrongAnswer,
)
from newsquiz.core.scheduling import from_millis

STUDENT_COLUMNS = (
    "student", "deck", "card", "attempts", "first_attempt_correct", "last_verdict",
    "last_answered", "recall", "mastered",
)  # fmt: skip
ITEM_COLUMNS = (
    "deck", "card", "question", "answer", "students_attempted", "attempts",
    "first_attempt_correct", "first_attempt_accuracy", "wrong_answers", "mastered",
    "mean_recall", "file", "line",
)  # fmt: skip


def _share(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _yes_no(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "no")


def _time(millis: int | None) -> str:
    return "" if millis is None else from_millis(millis).isoformat().replace("+00:00", "Z")


def describe_wrong(answers: tuple[WrongAnswer, ...], limit: int = TOP_WRONG) -> str:
    """`Paris (3); London (1)`: the most common wrong answers with how often they were given."""
    return "; ".join(f"{w.text} ({w.count})" for w in answers[:limit])


def _csv(header: tuple[str, ...], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _student_row(row: StudentCardRow) -> list[Any]:
    return [
        row.student,
        row.deck,
        row.card,
        row.attempts,
        _yes_no(row.first_correct),
        row.last_verdict or "",
        _time(row.last_answered_ms),
        _share(row.recall),
        _yes_no(row.mastered),
    ]


def students_csv(report: ClassReport) -> str:
    return _csv(STUDENT_COLUMNS, [_student_row(row) for row in report.rows])


def _item_row(item: ItemRow) -> list[Any]:
    card = item.card
    return [
        card.deck,
        card.card,
        card.prompt,
        card.answer,
        item.students_attempted,
        item.attempts,
        item.first_correct,
        _share(item.first_attempt_accuracy),
        describe_wrong(item.wrong_answers),
        item.mastered,
        _share(item.mean_recall),
        card.origin,
        card.line or "",
    ]


def items_csv(report: ClassReport) -> str:
    return _csv(ITEM_COLUMNS, [_item_row(item) for item in report.items])


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{value:.0%}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def summary_markdown(report: ClassReport) -> str:
    lines = [
        "# Class report",
        "",
        f"Generated {_time_text(report)}; decks: {', '.join(report.decks) or 'none'}; "
        f"{len(report.students)} students, {len(report.items)} cards.",
        "",
        "## Who is behind",
        "",
    ]
    behind = [s for s in report.students if s.behind]
    if behind:
        lines += [f"- **{s.name}**: {'; '.join(s.behind)}" for s in behind]
    else:
        lines.append("Nobody: every student is keeping up.")
    lines += [
        "",
        "## Students",
        "",
        "| student | attempted | mastered | first-attempt accuracy | mean recall | answers |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    lines += [_student_line(s) for s in report.students]
    lines += ["", "## Facts the class keeps missing", ""]
    missed = report.missed_items()
    if missed:
        lines += [
            "| deck | card | question | first-attempt accuracy | common wrong answers |",
            "| --- | --- | --- | ---: | --- |",
        ]
        lines += [
            f"| {i.card.deck} | {i.card.card} | {_cell(i.card.prompt)} | "
            f"{_percent(i.first_attempt_accuracy)} of {i.students_attempted} | "
            f"{_cell(describe_wrong(i.wrong_answers)) or '–'} |"
            for i in missed
        ]
    else:
        lines.append("None: every card attempted was answered right first time by most students.")
    return "\n".join(lines) + "\n"


def _time_text(report: ClassReport) -> str:
    text = report.generated_at.strftime("%Y-%m-%d %H:%M UTC")
    if report.since is not None:
        text += f", answers since {report.since.date().isoformat()}"
    return text


def _student_line(s: StudentSummary) -> str:
    return (
        f"| {_cell(s.name)} | {s.attempted}/{s.cards} | {s.mastered} | "
        f"{_percent(s.first_attempt_accuracy)} | {_percent(s.mean_recall)} | {s.answers} |"
    )


def report_json(report: ClassReport) -> dict[str, Any]:
    return {
        "generated_at": report.generated_at.isoformat().replace("+00:00", "Z"),
        "since": None if report.since is None else report.since.isoformat(),
        "decks": list(report.decks),
        "students": [
            {
                "name": s.name,
                "key": s.key,
                "source": s.source,
                "cards": s.cards,
                "attempted": s.attempted,
                "mastered": s.mastered,
                "answers": s.answers,
                "first_attempt_accuracy": s.first_attempt_accuracy,
                "mean_recall": s.mean_recall,
                "behind": list(s.behind),
            }
            for s in report.students
        ],
        "items": [
            {
                "deck": i.card.deck,
                "card": i.card.card,
                "question": i.card.prompt,
                "answer": i.card.answer,
                "file": i.card.origin,
                "line": i.card.line,
                "students_attempted": i.students_attempted,
                "attempts": i.attempts,
                "first_attempt_correct": i.first_correct,
                "first_attempt_accuracy": i.first_attempt_accuracy,
                "wrong_answers": [
                    {"answer": w.text, "count": w.count, "students": w.students}
                    for w in i.wrong_answers
                ],
                "mastered": i.mastered,
                "mean_recall": i.mean_recall,
            }
            for i in report.items
        ],
        "rows": [
            {
                "student": r.student,
                "deck": r.deck,
                "card": r.card,
                "attempts": r.attempts,
                "first_attempt_correct": r.first_correct,
                "last_verdict": r.last_verdict,
                "last_answered": _time(r.last_answered_ms) or None,
                "recall": r.recall,
                "mastered": r.mastered,
            }
            for r in report.rows
        ],
    }
