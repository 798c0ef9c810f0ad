"""Values describing a learner's progress, as the store hands them to the TUI and the CLI.

They are plain frozen dataclasses so screens and commands never touch table rows, and tests can
build them by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from newsquiz.core.cards import Card
from newsquiz.core.scheduling import CardState, Phase, Rating, Settings


@dataclass(frozen=True, slots=True)
class Profile:
    id: int
    name: str
    settings: Settings


@dataclass(frozen=True, slots=True)
class StudyCard:
    """A card as one learner meets it: content, where it comes from, and their progress on it."""

    id: int
    """The store's number for the card, stable for its life."""
    deck: str
    """The deck slug."""
    card: Card
    state: CardState
    origin: str
    """The deck file it was last imported from; `card.line` is its line there."""


@dataclass(frozen=True, slots=True)
class DueCounts:
    """What a learner can study now, after the daily limits (Anki's blue, red and green numbers)."""

    new: int
    learning: int
    review: int

    @property
    def total(self) -> int:
        return self.new + self.learning + self.review


@dataclass(frozen=True, slots=True)
class DeckSummary:
    slug: str
    title: str
    language: str
    origin: str
    cards: int
    """Cards in the deck's current file (retired ones excluded)."""
    retired: int
    unseen: int
    learning: int
    young: int
    mature: int
    suspended: int
    due: DueCounts
    outdated: int = 0
    """Cards past their `valid_until` (or the deck's): retired from study, shown as outdated."""

    @property
    def mastery(self) -> float:
        """Share of the deck's cards that are mature (interval of 21 days or more)."""
        return self.mature / self.cards if self.cards else 0.0


@dataclass(frozen=True, slots=True)
class ImportReport:
    slug: str
    added: int
    updated: int
    retired: int
    unchanged: int
    restored: int = 0
    """Cards that had been retired and are back in the file (their progress is kept)."""

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.retired or self.restored)


@dataclass(frozen=True, slots=True)
class ReviewEntry:
    """One line of a card's history."""

    id: int
    card_id: int
    reviewed_at: datetime
    rating: Rating
    answer: str | None
    verdict: str | None
    """`correct`, `close` or `wrong`, as the answer checker judged the typed answer."""
    duration_ms: int | None
    phase_before: Phase
    due_after: datetime | None
    is_cram: bool


@dataclass(frozen=True, slots=True)
class DayCount:
    """Reviews on one learner day, for the reviews-per-day chart and streaks."""

    day: date
    reviews: int
    passed: int
    """Rated Hard, Good or Easy."""
    cram: int
    duration_ms: int


@dataclass(frozen=True, slots=True)
class Flag:
    id: int
    card_id: int
    reason: str
    note: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class FlagReport:
    """A learner's flag as the deck's author needs it: who, when, why, and where to fix it."""

    id: int
    learner: str
    deck: str
    card: str
    """The card's id in its deck file."""
    prompt: str
    reason: str
    note: str
    created_at: datetime
    origin: str
    """The deck file the card was last imported from."""
    line: int
    """The card's line in that file."""


@dataclass(frozen=True, slots=True)
class OutdatedCard:
    """A card whose fact is past its `valid_until`: retired from every queue, kept in history."""

    deck: str
    card: str
    prompt: str
    answer: str
    valid_until: date
    """The last day the fact was true (the card's own date, or its deck's)."""
    from_deck: bool
    """The date is the deck's `valid_until`; the card has none of its own."""
    origin: str
    line: int
