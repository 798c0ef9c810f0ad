"""Statistics maths: streaks, gaps filled with zeros, weekly retention, the calendar grid."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from newsquiz.core.progress import DayCount
from newsquiz.core.stats import daily_series, heatmap, streaks, weekly_retention

D = date(2026, 3, 10)  # a Tuesday

STREAK_CASES = [
    ("nothing studied", [], (0, 0)),
    ("today only", [D], (1, 1)),
    ("yesterday counts while today is open", [D - timedelta(1)], (1, 1)),
    ("a gap breaks the current run", [D - timedelta(3), D - timedelta(2)], (0, 2)),
    ("three days to today", [D - timedelta(2), D - timedelta(1), D], (3, 3)),
    ("longest in the past", [D - timedelta(9), D - timedelta(8), D - timedelta(7), D], (1, 3)),
]


@pytest.mark.parametrize(
    ("name", "days", "expected"), STREAK_CASES, ids=[c[0] for c in STREAK_CASES]
)
def test_streaks(name: str, days: list[date], expected: tuple[int, int]) -> None:
    assert streaks(days, D) == expected


def test_daily_series_fills_missing_days_with_zero() -> None:
    counts = [DayCount(D, 4, 3, 0, 0)]
    assert daily_series(counts, D - timedelta(2), D) == [
        (D - timedelta(2), 0),
        (D - timedelta(1), 0),
        (D, 4),
    ]


def test_weekly_retention_ignores_practice_answers() -> None:
    counts = [DayCount(D, 10, 8, 2, 0), DayCount(D + timedelta(1), 4, 2, 0, 0)]
    weeks = weekly_retention(counts, D, D + timedelta(1))
    assert weeks == [(date(2026, 3, 9), (8 + 2) / (8 + 4))]


def test_heatmap_puts_each_day_under_its_weekday() -> None:
    series = daily_series([DayCount(D, 2, 2, 0, 0)], D, D + timedelta(6))
    grid = heatmap(series)
    assert len(grid) == 7
    assert grid[0] == [None, 0]  # Monday: before the series, then the next Monday
    assert grid[1] == [2, None]  # Tuesday 10 March had 2 answers
