"""The scheduling policy around `fsrs`: card state, one rating, previews, learner days, leeches.

py-fsrs computes memory state and intervals; everything a learner experiences beyond that lives
here: the "new" phase, reps and lapses (fsrs keeps neither), leech suspension, day rollover, and
interval fuzz. Time and chance are parameters. fsrs fuzzes with the module-level `random`, which
would make reviews unrepeatable and tests flaky, so its fuzzing is always off and `fuzz_interval`
spreads intervals with the `Random` the caller passes. The store passes `fuzz_rng(card, reps)`,
seeded by the card and its repetition count, so that the interval a preview shows is exactly the
one the rating then gives, and replaying a history gives the same schedule.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import IntEnum
from functools import lru_cache
from typing import Final

import fsrs

from newsquiz.i18n import _, format_number

Rating = fsrs.Rating
"""Again=1, Hard=2, Good=3, Easy=4: fsrs's own enum, re-exported so callers need not import fsrs."""

RATINGS: Final = (Rating.Again, Rating.Hard, Rating.Good, Rating.Easy)


class Phase(IntEnum):
    """Where a card is in its life; fsrs has no "new", so it is ours (values match Anki's types)."""

    NEW = 0
    LEARNING = 1
    REVIEW = 2
    RELEARNING = 3


_TO_FSRS: Final = {
    Phase.NEW: fsrs.State.Learning,
    Phase.LEARNING: fsrs.State.Learning,
    Phase.REVIEW: fsrs.State.Review,
    Phase.RELEARNING: fsrs.State.Relearning,
}
_FROM_FSRS: Final = {
    fsrs.State.Learning: Phase.LEARNING,
    fsrs.State.Review: Phase.REVIEW,
    fsrs.State.Relearning: Phase.RELEARNING,
}

MATURE_DAYS: Final = 21
"""A review card scheduled this many days or more is "mature", as in Anki's statistics."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """One learner's scheduling preferences; the defaults are Anki's and fsrs's."""

    desired_retention: float = 0.90
    new_per_day: int = 20
    reviews_per_day: int = 200
    rollover_hour: int = 4
    """The learner's day starts at this local hour, so a late-night session counts as "today"."""
    learning_steps: tuple[timedelta, ...] = (timedelta(minutes=1), timedelta(minutes=10))
    relearning_steps: tuple[timedelta, ...] = (timedelta(minutes=10),)
    maximum_interval: int = 36500
    """Days."""
    leech_threshold: int = 8
    """Lapses at which a card is suspended as a leech; again at every half of it after that."""
    learn_ahead: timedelta = timedelta(minutes=20)
    """When nothing else is left, learning cards due this soon are shown rather than waited for."""
    fuzz: bool = True

    def __post_init__(self) -> None:
        if not 0.7 <= self.desired_retention <= 0.99:
            raise ValueError(_("desired retention must be between 0.70 and 0.99"))
        if self.new_per_day < 0 or self.reviews_per_day < 0:
            raise ValueError(_("daily limits cannot be negative"))
        if not 0 <= self.rollover_hour <= 23:
            raise ValueError(_("the rollover hour must be between 0 and 23"))
        if self.leech_threshold < 1:
            raise ValueError(_("the leech threshold must be at least 1"))


@dataclass(frozen=True, slots=True, kw_only=True)
class CardState:
    """One learner's progress on one card: fsrs's memory state plus what the app keeps itself."""

    phase: Phase = Phase.NEW
    step: int | None = None
    """The learning or relearning step; None in review and before the first answer."""
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    """Always UTC; None for a new card."""
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0
    """Times the card was forgotten in review (Review → Again), the leech measure."""
    suspended: bool = False
    buried_until: datetime | None = None
    leech: bool = False

    @property
    def interval_days(self) -> int | None:
        """The interval a review card was given, in whole days; None outside review."""
        if self.phase != Phase.REVIEW or self.due is None or self.last_review is None:
            return None
        return (self.due - self.last_review).days

    @property
    def is_mature(self) -> bool:
        days = self.interval_days
        return days is not None and days >= MATURE_DAYS

    def is_buried(self, now: datetime) -> bool:
        return self.buried_until is not None and now < self.buried_until

    def is_available(self, now: datetime) -> bool:
        """Not suspended and not buried: the queue may offer it if it is due."""
        return not self.suspended and not self.is_buried(now)


@dataclass(frozen=True, slots=True)
class Rated:
    """What one rating did to a card, with the facts the review log keeps."""

    before: CardState
    after: CardState
    elapsed_days: int | None
    """Whole days since the previous review (fsrs counts 24-hour periods); None for a new card."""
    lapsed: bool
    became_leech: bool


def ensure_utc(moment: datetime) -> datetime:
    """fsrs accepts only `datetime.UTC`; any aware time is converted, a naive one refused."""
    if moment.tzinfo is None:
        raise ValueError("times must be timezone-aware")
    if moment.tzinfo is UTC:
        return moment
    return moment.astimezone(UTC)


def to_millis(moment: datetime) -> int:
    """Milliseconds since the epoch: the store's time unit, exact and index-friendly."""
    moment = ensure_utc(moment)
    return (moment - _EPOCH) // timedelta(milliseconds=1)


def from_millis(millis: int) -> datetime:
    return _EPOCH + timedelta(milliseconds=millis)


def truncate_to_millis(moment: datetime) -> datetime:
    """A clock reading rounded down to what the store keeps, so stored and computed states agree."""
    moment = ensure_utc(moment)
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


_EPOCH: Final = datetime(1970, 1, 1, tzinfo=UTC)


@lru_cache(maxsize=32)
def _scheduler(
    desired_retention: float,
    learning_steps: tuple[timedelta, ...],
    relearning_steps: tuple[timedelta, ...],
    maximum_interval: int,
) -> fsrs.Scheduler:
    return fsrs.Scheduler(
        desired_retention=desired_retention,
        learning_steps=learning_steps,
        relearning_steps=relearning_steps,
        maximum_interval=maximum_interval,
        enable_fuzzing=False,
    )


def scheduler_for(settings: Settings) -> fsrs.Scheduler:
    """The FSRS-6 scheduler (default parameters) for these settings; built once, then reused."""
    return _scheduler(
        settings.desired_retention,
        settings.learning_steps,
        settings.relearning_steps,
        settings.maximum_interval,
    )


def fuzz_rng(card_id: int, reps: int) -> random.Random:
    """The fuzz source for a card's next answer: the same card at the same rep fuzzes the same."""
    return random.Random(f"newsquiz-fuzz:{card_id}:{reps}")


_FUZZ_BANDS: Final = ((2.5, 7.0, 0.15), (7.0, 20.0, 0.10), (20.0, float("inf"), 0.05))
"""(from, to, share) in days: the spread fsrs and Anki use, wider for short intervals."""


def fuzz_interval(days: int, rng: random.Random, maximum: int) -> int:
    """Spread a review interval so cards learnt together don't stay due together forever.

    Intervals under 3 days are left alone; longer ones move by up to about 15% (short) to 5%
    (long), plus a day, never below 2 days or above `maximum`.
    """
    if days < 2.5:
        return days
    spread = 1.0 + sum(
        share * max(min(float(days), end) - start, 0.0) for start, end, share in _FUZZ_BANDS
    )
    low = max(2, round(days - spread))
    high = min(round(days + spread), maximum)
    low = min(low, high)
    return min(low + rng.randrange(high - low + 1), maximum)


def _to_fsrs(state: CardState, now: datetime) -> fsrs.Card:
    if state.phase == Phase.NEW:
        return fsrs.Card(card_id=0, state=fsrs.State.Learning, step=0, due=now)
    return fsrs.Card(
        card_id=0,
        state=_TO_FSRS[state.phase],
        step=state.step,
        stability=state.stability,
        difficulty=state.difficulty,
        due=state.due or now,
        last_review=state.last_review,
    )


def _is_leech_lapse(lapses: int, threshold: int) -> bool:
    if lapses < threshold:
        return False
    every = max(1, threshold // 2)
    return (lapses - threshold) % every == 0


def rate(
    state: CardState,
    rating: Rating,
    now: datetime,
    settings: Settings,
    rng: random.Random,
    *,
    expires: datetime | None = None,
) -> Rated:
    """Answer a card: the new state and what the log should say about it.

    `expires` is when the card's fact stops being true (`expiry_moment`): a review interval
    never reaches past it, so the card is not promised to a learner after it is retired.
    """
    now = ensure_utc(now)
    card, _ = scheduler_for(settings).review_card(_to_fsrs(state, now), rating, now)
    phase = _FROM_FSRS[card.state]
    due = ensure_utc(card.due)
    if phase == Phase.REVIEW and settings.fuzz:
        days = (due - now).days
        due = now + timedelta(days=fuzz_interval(days, rng, settings.maximum_interval))
    if phase == Phase.REVIEW:
        due = clamp_due(due, now, expires)
    lapsed = state.phase == Phase.REVIEW and rating == Rating.Again
    lapses = state.lapses + (1 if lapsed else 0)
    became_leech = lapsed and _is_leech_lapse(lapses, settings.leech_threshold)
    after = CardState(
        phase=phase,
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=due,
        last_review=now,
        reps=state.reps + 1,
        lapses=lapses,
        suspended=state.suspended or became_leech,
        buried_until=None,
        leech=state.leech or became_leech,
    )
    elapsed = (now - state.last_review).days if state.last_review else None
    return Rated(state, after, elapsed, lapsed, became_leech)


def preview(
    state: CardState,
    now: datetime,
    settings: Settings,
    card_id: int,
    *,
    expires: datetime | None = None,
) -> dict[Rating, timedelta]:
    """The interval each rating would give, for the rating buttons; equal to what `rate` does."""
    return {
        rating: _due(
            rate(state, rating, now, settings, fuzz_rng(card_id, state.reps), expires=expires)
        )
        - now
        for rating in RATINGS
    }


def _due(rated: Rated) -> datetime:
    assert rated.after.due is not None  # every answered card has a due time
    return rated.after.due


def describe_interval(interval: timedelta) -> str:
    """Short, Anki-like: `<1m`, `10m`, `3h`, `4d`, `2.5mo`, `1.2y`."""
    seconds = interval.total_seconds()
    if seconds < 60:
        return _("<1m")
    if seconds < 3600:
        return _("{n}m").format(n=round(seconds / 60))
    if seconds < 86400:
        return _("{n}h").format(n=round(seconds / 3600))
    days = seconds / 86400
    if days < 30:
        return _("{n}d").format(n=round(days))
    if days < 365:
        return _("{n}mo").format(n=format_number(days / 30, 1))
    return _("{n}y").format(n=format_number(days / 365, 1))


# Learner days -------------------------------------------------------------------------------


def learner_day(now: datetime, tz: tzinfo, rollover_hour: int) -> date:
    """The calendar date a moment counts towards: 02:00 on Tuesday is still Monday at rollover 4."""
    local = now.astimezone(tz)
    return (local - timedelta(hours=rollover_hour)).date()


def day_start(day: date, tz: tzinfo, rollover_hour: int) -> datetime:
    """The UTC moment a learner day begins (its local rollover hour)."""
    return datetime.combine(day, time(rollover_hour), tzinfo=tz).astimezone(UTC)


def day_bounds(now: datetime, tz: tzinfo, rollover_hour: int) -> tuple[datetime, datetime]:
    """[start, end) of the learner day containing `now`, in UTC."""
    day = learner_day(now, tz, rollover_hour)
    return day_start(day, tz, rollover_hour), day_start(day + timedelta(days=1), tz, rollover_hour)


def is_due(state: CardState, now: datetime, day_end: datetime) -> bool:
    """Review cards are due for the whole learner day they fall in; learning cards to the minute."""
    if state.due is None or not state.is_available(now):
        return False
    if state.phase == Phase.REVIEW:
        return state.due < day_end
    if state.phase in (Phase.LEARNING, Phase.RELEARNING):
        return state.due <= now
    return False


def bury(state: CardState, day_end: datetime) -> CardState:
    """Hidden until the learner's next day."""
    return replace(state, buried_until=day_end)


def unbury(state: CardState) -> CardState:
    return replace(state, buried_until=None)


def suspend(state: CardState) -> CardState:
    return replace(state, suspended=True)


def unsuspend(state: CardState) -> CardState:
    """Back in the queue; a leech keeps its mark (the learner may want to rewrite it)."""
    return replace(state, suspended=False)


# Facts that expire and memories that fade --------------------------------------------------


def expiry_moment(valid_until: date) -> datetime:
    """When a fact valid until a date stops being true: the start of the next day, in UTC.

    `valid_until` is the last day the fact holds, so a card is still studied on that day.
    """
    return datetime.combine(valid_until + timedelta(days=1), time(0), tzinfo=UTC)


def clamp_due(due: datetime, now: datetime, expires: datetime | None) -> datetime:
    """A review due date pulled back to the fact's expiry, so no interval reaches past it.

    A card answered after it expired (a quiz or cram of an outdated card) is left alone: it is
    retired from scheduling anyway.
    """
    if expires is None or now >= expires or due <= expires:
        return due
    return expires


def recall_probability(state: CardState, now: datetime) -> float | None:
    """FSRS-6's retrievability: the chance the learner recalls the card now; None if never seen.

    It depends only on the stability and the whole days since the last review (fsrs's own
    formula, default parameters), so it is the same for every learner's settings.
    """
    if state.phase == Phase.NEW or state.stability is None or state.last_review is None:
        return None
    card = _to_fsrs(state, now)
    return float(scheduler_for(Settings()).get_card_retrievability(card, ensure_utc(now)))
