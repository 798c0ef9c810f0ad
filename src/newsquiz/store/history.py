"""Aggregates for statistics: reviews per learner day, the forecast of due cards, state counts.

Days are grouped in SQL on the integer timestamps, shifted by the learner's UTC offset and
rollover hour. The shift is the one in force now, so on the two days a year when daylight saving
changes, up to an hour of reviews around the rollover may land on the neighbouring day.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Connection, case, func, select

from newsquiz.core.progress import DayCount, ReviewEntry
from newsquiz.core.scheduling import Phase, Rating, from_millis
from newsquiz.store.tables import REVIEW, STATE

DAY_MS = 86_400_000
_EPOCH_DAY = date(1970, 1, 1)


def _day(number: int) -> date:
    return _EPOCH_DAY + timedelta(days=number)


def reviews_per_day(
    connection: Connection, profile_id: int, start_ms: int, end_ms: int, shift_ms: int
) -> list[DayCount]:
    """One entry per learner day with any answers in [start, end), oldest first."""
    day = ((REVIEW.c.reviewed_at + shift_ms) // DAY_MS).label("day")
    passed = func.sum(case((REVIEW.c.rating > int(Rating.Again), 1), else_=0))
    cram = func.sum(case((REVIEW.c.is_cram, 1), else_=0))
    rows = connection.execute(
        select(day, func.count(), passed, cram, func.coalesce(func.sum(REVIEW.c.duration_ms), 0))
        .where(
            REVIEW.c.profile_id == profile_id,
            REVIEW.c.reviewed_at >= start_ms,
            REVIEW.c.reviewed_at < end_ms,
        )
        .group_by(day)
        .order_by(day)
    )
    return [
        DayCount(_day(int(number)), int(count), int(ok), int(crammed), int(spent))
        for number, count, ok, crammed, spent in rows
    ]


def forecast(
    connection: Connection, profile_id: int, day_start_ms: int, days: int, shift_ms: int
) -> list[tuple[date, int]]:
    """Cards falling due on each of the next `days` learner days; overdue ones count for today."""
    end_ms = day_start_ms + days * DAY_MS
    moment = case((STATE.c.due < day_start_ms, day_start_ms), else_=STATE.c.due)
    day = ((moment + shift_ms) // DAY_MS).label("day")
    rows = connection.execute(
        select(day, func.count())
        .where(
            STATE.c.profile_id == profile_id,
            STATE.c.phase != int(Phase.NEW),
            ~STATE.c.retired,
            ~STATE.c.suspended,
            STATE.c.due < end_ms,
        )
        .group_by(day)
        .order_by(day)
    )
    counts = {int(number): int(count) for number, count in rows}
    first = (day_start_ms + shift_ms) // DAY_MS
    return [(_day(first + offset), counts.get(first + offset, 0)) for offset in range(days)]


def counts_by_phase(connection: Connection, profile_id: int) -> dict[Phase, int]:
    """Current cards per phase (suspended ones included), for the card-counts chart."""
    rows = connection.execute(
        select(STATE.c.phase, func.count())
        .where(STATE.c.profile_id == profile_id, ~STATE.c.retired)
        .group_by(STATE.c.phase)
    )
    found: dict[int, int] = dict(rows.all())
    return {phase: int(found.get(int(phase), 0)) for phase in Phase}


def card_history(connection: Connection, profile_id: int, card_id: int) -> list[ReviewEntry]:
    rows = connection.execute(
        select(REVIEW)
        .where(REVIEW.c.profile_id == profile_id, REVIEW.c.card_id == card_id)
        .order_by(REVIEW.c.id)
    ).mappings()
    return [
        ReviewEntry(
            id=r["id"],
            card_id=r["card_id"],
            reviewed_at=from_millis(r["reviewed_at"]),
            rating=Rating(r["rating"]),
            answer=r["answer"],
            verdict=r["verdict"],
            duration_ms=r["duration_ms"],
            phase_before=Phase(r["phase_before"]),
            due_after=None if r["due_after"] is None else from_millis(r["due_after"]),
            is_cram=bool(r["is_cram"]),
        )
        for r in rows
    ]
