"""The scheduling policy around fsrs, with a fixed clock and seeded randomness."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from newsquiz.core.scheduling import (
    CardState,
    Phase,
    Rating,
    Settings,
    day_bounds,
    describe_interval,
    ensure_utc,
    from_millis,
    fuzz_interval,
    fuzz_rng,
    is_due,
    learner_day,
    preview,
    rate,
    to_millis,
)

NOW = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)
KYIV = ZoneInfo("Europe/Kyiv")
SETTINGS = Settings()


def answer(
    state: CardState, rating: Rating, at: datetime, settings: Settings = SETTINGS
) -> CardState:
    return rate(state, rating, at, settings, fuzz_rng(1, state.reps)).after


def review_card(days: int = 10, lapses: int = 0) -> CardState:
    """A card in review, last seen `days` days before NOW and due now."""
    return CardState(
        phase=Phase.REVIEW,
        stability=float(days),
        difficulty=5.0,
        due=NOW,
        last_review=NOW - timedelta(days=days),
        reps=5,
        lapses=lapses,
    )


def test_new_card_good_walks_the_learning_steps_then_graduates() -> None:
    """Good on a new card: 10-minute step, then a day interval in review."""
    first = answer(CardState(), Rating.Good, NOW)
    assert (first.phase, first.step, first.due) == (Phase.LEARNING, 1, NOW + timedelta(minutes=10))
    later = NOW + timedelta(minutes=10)
    second = answer(first, Rating.Good, later)
    assert second.phase == Phase.REVIEW
    assert second.step is None
    assert second.due is not None
    assert second.due - later >= timedelta(days=1)
    assert (second.reps, second.lapses) == (2, 0)


@pytest.mark.parametrize(
    ("rating", "step", "wait"),
    [
        (Rating.Again, 0, timedelta(minutes=1)),
        (Rating.Hard, 0, timedelta(minutes=5, seconds=30)),
        (Rating.Good, 1, timedelta(minutes=10)),
    ],
    ids=["again", "hard", "good"],
)
def test_first_answer_sets_the_learning_step(rating: Rating, step: int, wait: timedelta) -> None:
    """Learning steps are fsrs's defaults, 1 and 10 minutes; Hard on step 0 is their mean."""
    state = answer(CardState(), rating, NOW)
    assert (state.phase, state.step, state.due) == (Phase.LEARNING, step, NOW + wait)


def test_easy_on_a_new_card_graduates_at_once() -> None:
    state = answer(CardState(), Rating.Easy, NOW)
    assert state.phase == Phase.REVIEW
    assert state.due is not None
    assert state.due - NOW >= timedelta(days=2)


def test_again_in_review_is_a_lapse_into_relearning() -> None:
    """A forgotten review card relearns with a 10-minute step and counts one lapse."""
    lapsed = rate(review_card(), Rating.Again, NOW, SETTINGS, random.Random(1))
    assert lapsed.lapsed
    assert (lapsed.after.phase, lapsed.after.step, lapsed.after.lapses) == (Phase.RELEARNING, 0, 1)
    assert lapsed.after.due == NOW + timedelta(minutes=10)
    relearnt = answer(lapsed.after, Rating.Good, NOW + timedelta(minutes=10))
    assert relearnt.phase == Phase.REVIEW
    assert relearnt.lapses == 1


def test_again_while_relearning_is_not_another_lapse() -> None:
    relearning = answer(review_card(), Rating.Again, NOW)
    again = answer(relearning, Rating.Again, NOW + timedelta(minutes=10))
    assert (again.phase, again.lapses) == (Phase.RELEARNING, 1)


def test_elapsed_days_counts_whole_days_since_the_last_review() -> None:
    rated = rate(review_card(days=12), Rating.Good, NOW, SETTINGS, random.Random(1))
    assert rated.elapsed_days == 12
    assert rate(CardState(), Rating.Good, NOW, SETTINGS, random.Random(1)).elapsed_days is None


def test_eighth_lapse_suspends_the_card_as_a_leech() -> None:
    before = rate(review_card(lapses=6), Rating.Again, NOW, SETTINGS, random.Random(1))
    assert not before.became_leech
    assert not before.after.suspended
    eighth = rate(review_card(lapses=7), Rating.Again, NOW, SETTINGS, random.Random(1))
    assert eighth.became_leech
    assert (eighth.after.lapses, eighth.after.suspended, eighth.after.leech) == (8, True, True)


@pytest.mark.parametrize(
    ("lapses_before", "leech"),
    [(8, False), (10, False), (11, True), (15, True)],
    ids=["9th", "11th", "12th", "16th"],
)
def test_leech_returns_every_half_threshold(lapses_before: int, leech: bool) -> None:
    """Unsuspended leeches are caught again every 4 lapses (threshold 8), as in Anki."""
    rated = rate(review_card(lapses=lapses_before), Rating.Again, NOW, SETTINGS, random.Random(1))
    assert rated.became_leech is leech


def test_rating_clears_a_burial() -> None:
    buried = replace(review_card(), buried_until=NOW + timedelta(hours=5))
    assert answer(buried, Rating.Good, NOW).buried_until is None


def test_fuzz_depends_only_on_the_rng_seed() -> None:
    state = review_card(days=30)
    first = rate(state, Rating.Good, NOW, SETTINGS, fuzz_rng(7, 5)).after.due
    again = rate(state, Rating.Good, NOW, SETTINGS, fuzz_rng(7, 5)).after.due
    assert first == again


def test_fuzz_off_gives_fsrs_own_interval() -> None:
    state = review_card(days=30)
    plain = replace(SETTINGS, fuzz=False)
    due = rate(state, Rating.Good, NOW, plain, random.Random(0)).after.due
    assert due == rate(state, Rating.Good, NOW, plain, random.Random(99)).after.due


@pytest.mark.parametrize("days", [3, 5, 10, 30, 100, 400])
def test_fuzzed_interval_stays_near_the_interval(days: int) -> None:
    rng = random.Random(days)
    spread = {fuzz_interval(days, rng, 36500) for _ in range(300)}
    assert min(spread) >= max(2, round(days * 0.84) - 1)
    assert max(spread) <= round(days * 1.16) + 1
    assert len(spread) > 1


def test_short_intervals_are_not_fuzzed() -> None:
    rng = random.Random(0)
    assert {fuzz_interval(2, rng, 36500) for _ in range(50)} == {2}
    assert {fuzz_interval(1, rng, 36500) for _ in range(50)} == {1}


def test_fuzz_never_exceeds_the_maximum_interval() -> None:
    rng = random.Random(0)
    assert max(fuzz_interval(100, rng, 101) for _ in range(100)) <= 101


@pytest.mark.parametrize(
    "state",
    [CardState(), review_card(days=3), review_card(days=40), answer(CardState(), Rating.Good, NOW)],
    ids=["new", "short-review", "long-review", "learning"],
)
def test_preview_shows_exactly_what_each_rating_gives(state: CardState) -> None:
    at = NOW + timedelta(minutes=15)
    shown = preview(state, at, SETTINGS, card_id=42)
    for rating, interval in shown.items():
        given = rate(state, rating, at, SETTINGS, fuzz_rng(42, state.reps)).after.due
        assert given == at + interval


def test_preview_intervals_grow_with_the_rating() -> None:
    shown = preview(review_card(days=20), NOW, SETTINGS, card_id=3)
    ordered = [shown[r] for r in (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)]
    assert ordered == sorted(ordered)


def test_higher_desired_retention_gives_shorter_intervals() -> None:
    state = review_card(days=20)
    strict = preview(state, NOW, replace(SETTINGS, desired_retention=0.97, fuzz=False), 1)
    relaxed = preview(state, NOW, replace(SETTINGS, desired_retention=0.80, fuzz=False), 1)
    assert strict[Rating.Good] < relaxed[Rating.Good]


@pytest.mark.parametrize(
    ("local", "day"),
    [
        (datetime(2026, 3, 3, 3, 59, tzinfo=KYIV), date(2026, 3, 2)),
        (datetime(2026, 3, 3, 4, 0, tzinfo=KYIV), date(2026, 3, 3)),
        (datetime(2026, 3, 3, 23, 59, tzinfo=KYIV), date(2026, 3, 3)),
        (datetime(2026, 3, 4, 0, 30, tzinfo=KYIV), date(2026, 3, 3)),
    ],
    ids=["03:59-is-yesterday", "04:00-starts-today", "late-evening", "after-midnight"],
)
def test_learner_day_rolls_over_at_four_local(local: datetime, day: date) -> None:
    assert learner_day(local.astimezone(UTC), KYIV, 4) == day


def test_day_bounds_are_rollover_to_rollover_in_utc() -> None:
    start, end = day_bounds(datetime(2026, 3, 3, 10, 0, tzinfo=UTC), KYIV, 4)
    assert start == datetime(2026, 3, 3, 2, 0, tzinfo=UTC)  # 04:00 in Kyiv (UTC+2)
    assert end == datetime(2026, 3, 4, 2, 0, tzinfo=UTC)


def test_day_bounds_follow_daylight_saving() -> None:
    """Kyiv moves to UTC+3 on 29 March 2026: that learner day is 23 hours long."""
    start, end = day_bounds(datetime(2026, 3, 29, 0, 0, tzinfo=UTC), KYIV, 4)
    assert end - start == timedelta(hours=23)


def test_review_card_is_due_all_its_day_learning_card_to_the_minute() -> None:
    _, day_end = day_bounds(NOW, UTC, 4)
    review = replace(review_card(), due=day_end - timedelta(hours=1))
    assert is_due(review, NOW, day_end)
    assert not is_due(replace(review, due=day_end), NOW, day_end)
    learning = answer(CardState(), Rating.Good, NOW)
    assert not is_due(learning, NOW, day_end)
    assert is_due(learning, NOW + timedelta(minutes=10), day_end)


def test_suspended_and_buried_cards_are_not_due() -> None:
    _, day_end = day_bounds(NOW, UTC, 4)
    assert not is_due(replace(review_card(), suspended=True), NOW, day_end)
    assert not is_due(replace(review_card(), buried_until=day_end), NOW, day_end)
    assert is_due(replace(review_card(), buried_until=NOW), NOW, day_end)


def test_times_must_be_aware_and_become_utc() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        ensure_utc(datetime(2026, 1, 1))
    kyiv_time = datetime(2026, 1, 1, 12, 0, tzinfo=KYIV)
    assert ensure_utc(kyiv_time).tzinfo is UTC
    state = answer(CardState(), Rating.Good, kyiv_time)
    assert state.last_review == datetime(2026, 1, 1, 10, 0, tzinfo=UTC)


def test_millis_round_trip() -> None:
    moment = datetime(2026, 5, 1, 12, 0, 0, 123000, tzinfo=UTC)
    assert from_millis(to_millis(moment)) == moment


@pytest.mark.parametrize(
    ("field", "value"),
    [("desired_retention", 0.5), ("new_per_day", -1), ("rollover_hour", 24)],
)
def test_settings_refuse_nonsense(field: str, value: float) -> None:
    changes: dict[str, Any] = {field: value}
    with pytest.raises(ValueError, match=r"must|cannot"):
        Settings(**changes)


@pytest.mark.parametrize(
    ("interval", "text"),
    [
        (timedelta(seconds=30), "<1m"),
        (timedelta(minutes=10), "10m"),
        (timedelta(hours=5), "5h"),
        (timedelta(days=4), "4d"),
        (timedelta(days=75), "2.5mo"),
        (timedelta(days=800), "2.2y"),
    ],
)
def test_describe_interval(interval: timedelta, text: str) -> None:
    assert describe_interval(interval) == text
