"""Statistics maths over a learner's history: series for plots, streaks, retention, mastery.

The store supplies per-day counts and the forecast; everything derived from them lives here, pure,
so the stats screen and `newsquiz stats --json` show the same figures.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Any

from newsquiz.core.progress import DayCount, DeckSummary
from newsquiz.core.scheduling import Phase


def daily_series(counts: Iterable[DayCount], first: date, last: date) -> list[tuple[date, int]]:
    """Reviews on every day from `first` to `last`, zeros included, oldest first."""
    by_day = {count.day: count.reviews for count in counts}
    span = (last - first).days
    return [(first + timedelta(d), by_day.get(first + timedelta(d), 0)) for d in range(span + 1)]


def streaks(days_studied: Iterable[date], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive days with at least one answer.

    Not having studied yet today does not break the current streak: it counts up to yesterday.
    """
    days = sorted(set(days_studied))
    longest = run = 0
    previous: date | None = None
    for day in days:
        run = run + 1 if previous is not None and day - previous == timedelta(1) else 1
        longest = max(longest, run)
        previous = day
    studied = set(days)
    anchor = today if today in studied else today - timedelta(1)
    current = 0
    while anchor - timedelta(current) in studied:
        current += 1
    return current, longest


def weekly_retention(
    counts: Iterable[DayCount], first: date, last: date
) -> list[tuple[date, float | None]]:
    """Share of scheduled (non-cram) answers that were not Again, per week starting on Monday."""
    start = first - timedelta(first.weekday())
    weeks: dict[date, list[int]] = {}
    monday = start
    while monday <= last:
        weeks[monday] = [0, 0]
        monday += timedelta(7)
    for count in counts:
        if first <= count.day <= last:
            week = weeks[count.day - timedelta(count.day.weekday())]
            scheduled = count.reviews - count.cram
            week[0] += scheduled
            week[1] += min(count.passed, scheduled)
    return [(week, (passed / total) if total else None) for week, (total, passed) in weeks.items()]


def heatmap(series: Sequence[tuple[date, int]]) -> list[list[int | None]]:
    """Seven rows (Monday first) of weekly columns; None pads the days outside the series."""
    if not series:
        return [[] for _ in range(7)]
    first = series[0][0]
    lead = first.weekday()
    cells: list[int | None] = [None] * lead + [count for _, count in series]
    cells += [None] * (-len(cells) % 7)
    columns = [cells[i : i + 7] for i in range(0, len(cells), 7)]
    return [[column[row] for column in columns] for row in range(7)]


@dataclass(frozen=True, slots=True)
class DeckMastery:
    slug: str
    title: str
    cards: int
    mature: int
    mastery: float


@dataclass(frozen=True, slots=True)
class Statistics:
    today: date
    reviews_today: int
    minutes_today: float
    reviews_per_day: list[tuple[date, int]]
    """The last 365 days, oldest first."""
    forecast: list[tuple[date, int]]
    """The next 30 days, today first (overdue cards count for today)."""
    weekly_retention: list[tuple[date, float | None]]
    desired_retention: float
    counts: dict[str, int]
    current_streak: int
    longest_streak: int
    decks: list[DeckMastery]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["today"] = self.today.isoformat()
        data["reviews_per_day"] = [
            {"day": d.isoformat(), "reviews": n} for d, n in self.reviews_per_day
        ]
        data["forecast"] = [{"day": d.isoformat(), "due": n} for d, n in self.forecast]
        data["weekly_retention"] = [
            {"week": d.isoformat(), "retention": None if r is None else round(r, 4)}
            for d, r in self.weekly_retention
        ]
        return data


def build_statistics(
    *,
    today: date,
    day_counts: Sequence[DayCount],
    forecast: list[tuple[date, int]],
    phases: dict[Phase, int],
    suspended: int,
    decks: Sequence[DeckSummary],
    desired_retention: float,
) -> Statistics:
    first = today - timedelta(364)
    series = daily_series(day_counts, first, today)
    todays = next((c for c in day_counts if c.day == today), None)
    current, longest = streaks((c.day for c in day_counts if c.reviews), today)
    mature = sum(deck.mature for deck in decks)
    young = sum(deck.young for deck in decks)
    return Statistics(
        today=today,
        reviews_today=todays.reviews if todays else 0,
        minutes_today=round((todays.duration_ms if todays else 0) / 60000, 1),
        reviews_per_day=series,
        forecast=forecast,
        weekly_retention=weekly_retention(day_counts, today - timedelta(7 * 25), today),
        desired_retention=desired_retention,
        counts={
            "new": phases.get(Phase.NEW, 0),
            "learning": phases.get(Phase.LEARNING, 0) + phases.get(Phase.RELEARNING, 0),
            "young": young,
            "mature": mature,
            "suspended": suspended,
        },
        current_streak=current,
        longest_streak=longest,
        decks=[
            DeckMastery(deck.slug, deck.title, deck.cards, deck.mature, round(deck.mastery, 4))
            for deck in decks
        ],
    )
