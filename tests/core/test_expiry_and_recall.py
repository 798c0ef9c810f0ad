"""Facts that expire (intervals never reach past `valid_until`) and FSRS recall probability."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from newsquiz.core.scheduling import (
    CardState,
    Phase,
    Rating,
    Settings,
    clamp_due,
    expiry_moment,
    fuzz_rng,
    preview,
    rate,
    recall_probability,
)

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
MATURE_REVIEW = CardState(
    phase=Phase.REVIEW,
    stability=40.0,
    difficulty=5.0,
    due=NOW,
    last_review=NOW - timedelta(days=40),
    reps=6,
)


def test_expiry_is_the_start_of_the_day_after_valid_until() -> None:
    """`valid_until` is the last day the fact holds: it expires at the next midnight UTC."""
    assert expiry_moment(date(2026, 3, 10)) == datetime(2026, 3, 11, tzinfo=UTC)


def test_review_interval_is_clamped_to_the_expiry() -> None:
    expires = expiry_moment(date(2026, 3, 10))
    free = rate(MATURE_REVIEW, Rating.Good, NOW, Settings(), fuzz_rng(1, 6)).after
    assert free.due is not None
    assert free.due > expires  # a 40-day card would otherwise be due in weeks
    clamped = rate(
        MATURE_REVIEW, Rating.Good, NOW, Settings(), fuzz_rng(1, 6), expires=expires
    ).after
    assert clamped.due == expires
    assert clamped.stability == free.stability  # the memory model is untouched


def test_preview_shows_the_clamped_interval() -> None:
    expires = expiry_moment(date(2026, 3, 10))
    shown = preview(MATURE_REVIEW, NOW, Settings(), 1, expires=expires)
    assert shown[Rating.Easy] == expires - NOW
    assert shown[Rating.Again] < timedelta(hours=1)  # relearning steps are not clamped


@pytest.mark.parametrize(
    ("due", "now", "expires", "expected"),
    [
        ("2026-03-20", "2026-03-02", None, "2026-03-20"),
        ("2026-03-05", "2026-03-02", "2026-03-11", "2026-03-05"),
        ("2026-03-20", "2026-03-02", "2026-03-11", "2026-03-11"),
        ("2026-03-20", "2026-03-12", "2026-03-11", "2026-03-20"),
    ],
    ids=["no expiry", "before expiry", "past expiry: clamped", "answered after expiry: unchanged"],
)
def test_clamp_due_cases(due: str, now: str, expires: str | None, expected: str) -> None:
    def at(text: str) -> datetime:
        return datetime.fromisoformat(text).replace(tzinfo=UTC)

    limit = None if expires is None else at(expires)
    assert clamp_due(at(due), at(now), limit) == at(expected)


def test_recall_is_ninety_percent_after_stability_days() -> None:
    """FSRS defines stability as the days until recall falls to 90%."""
    state = CardState(
        phase=Phase.REVIEW,
        stability=10.0,
        difficulty=5.0,
        due=NOW,
        last_review=NOW - timedelta(days=10),
    )
    assert recall_probability(state, NOW) == pytest.approx(0.9)
    assert recall_probability(state, NOW - timedelta(days=10)) == pytest.approx(1.0)
    later = recall_probability(state, NOW + timedelta(days=30))
    assert later is not None
    assert later < 0.9


def test_recall_of_an_unseen_card_is_unknown() -> None:
    assert recall_probability(CardState(), NOW) is None
