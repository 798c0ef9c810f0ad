"""Every table of the progress store, in one module (as SQLModel's docs lay it out).

Times are integers, milliseconds since the Unix epoch in UTC: exact, half the size of datetime
text, fast to index and group by day, and the same in SQLite and PostgreSQL. Row classes end in
`Row` so that `Card` always means the core value; nothing outside `store/` sees them.

Schema history (see `migrations.py`): version 1 had no `flag` table and no `answer`/`verdict`
columns in `review`; version 2 added them; version 3 made `ix_state_new` a partial index
and `ix_review_profile_time` a covering one. Version 4 added `profile.db_role` (whose profile it
is on a shared PostgreSQL server) and dropped the `last_profile_id` meta key: the last profile
used is the one with the latest `last_used_at`, which also works per learner on a shared server.
"""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import BigInteger, Index, Table, UniqueConstraint, text
from sqlmodel import Field, SQLModel

SCHEMA_VERSION = 4


def _millis(*, nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_type=BigInteger, nullable=nullable, index=index)


class MetaRow(SQLModel, table=True):
    """Key-value facts about the database itself: `schema_version`, `bundled_decks_imported`."""

    __tablename__ = "meta"
    key: str = Field(primary_key=True)
    value: str


class ProfileRow(SQLModel, table=True):
    __tablename__ = "profile"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    created_at: int = Field(sa_type=BigInteger)
    last_used_at: int | None = _millis()
    desired_retention: float = 0.90
    new_per_day: int = 20
    reviews_per_day: int = 200
    rollover_hour: int = 4
    db_role: str | None = Field(default=None, index=True)
    """On PostgreSQL, the login role this profile belongs to (row-level security checks it); on
    SQLite, empty."""


class DeckRow(SQLModel, table=True):
    __tablename__ = "deck"
    id: int | None = Field(default=None, primary_key=True)
    slug: str = Field(unique=True)
    title: str
    language: str
    origin: str
    """The file the deck was last imported from."""
    data: str
    """Deck-level fields (description, source, dates...) as JSON."""
    imported_at: int = Field(sa_type=BigInteger)


class CardRow(SQLModel, table=True):
    __tablename__ = "card"
    __table_args__ = (
        UniqueConstraint("deck_id", "key"),
        Index("ix_card_deck_position", "deck_id", "position"),
    )
    id: int | None = Field(default=None, primary_key=True)
    deck_id: int = Field(foreign_key="deck.id")
    key: str
    """The card's `id` in its deck file."""
    position: int
    """Index in the deck file: new cards are introduced in this order."""
    line: int
    data: str
    """The card's content as JSON (`core.card_data`)."""
    retired_at: int | None = _millis()
    """When the card left its deck file; retired cards keep their history but are not scheduled."""


class CardStateRow(SQLModel, table=True):
    """One learner's progress on one card. Created for every (profile, card) pair, so that new
    cards are found and counted with an index instead of an anti-join over all cards."""

    __tablename__ = "card_state"
    __table_args__ = (
        UniqueConstraint("profile_id", "card_id"),
        Index("ix_state_queue", "profile_id", "phase", "due"),
        # Only new cards, so answering a card that is already past "new" never writes to it.
        Index(
            "ix_state_new",
            "profile_id",
            "deck_id",
            "position",
            sqlite_where=text("phase = 0"),
            postgresql_where=text("phase = 0"),
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id")
    card_id: int = Field(foreign_key="card.id", index=True)
    deck_id: int = Field(foreign_key="deck.id")
    """Copied from the card (which never changes deck) so per-deck queues need no join."""
    position: int
    """Copied from the card, refreshed on import."""
    retired: bool = False
    """Copied from the card: retired cards leave every queue."""
    phase: int = 0
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: int | None = _millis()
    last_review: int | None = _millis()
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    buried_until: int | None = _millis()
    leech: bool = False


class StudySessionRow(SQLModel, table=True):
    __tablename__ = "study_session"
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id", index=True)
    started_at: int = Field(sa_type=BigInteger)
    ended_at: int | None = _millis()
    decks: str | None = None
    """The deck slugs studied, comma-separated; empty for all decks."""
    is_cram: bool = False


class ReviewRow(SQLModel, table=True):
    """One answer. Rich enough for Anki-class statistics, and for undo: `prior` keeps the card's
    whole state before the answer, so undo restores it exactly."""

    __tablename__ = "review"
    __table_args__ = (
        # Covers the per-day statistics and today's counts, so they never read the table itself.
        Index(
            "ix_review_profile_time",
            "profile_id",
            "reviewed_at",
            "rating",
            "is_cram",
            "phase_before",
            "duration_ms",
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id")
    card_id: int = Field(foreign_key="card.id", index=True)
    session_id: int | None = Field(default=None, foreign_key="study_session.id")
    reviewed_at: int = Field(sa_type=BigInteger)
    rating: int
    answer: str | None = None
    """What the learner typed or picked."""
    verdict: str | None = None
    """`correct`, `close` or `wrong`."""
    duration_ms: int | None = None
    phase_before: int
    step_before: int | None = None
    interval_before: int | None = None
    """The interval in days the card had been given, for young/mature statistics."""
    elapsed_days: int | None = None
    stability_after: float | None = None
    difficulty_after: float | None = None
    due_after: int | None = _millis()
    is_cram: bool = False
    prior: str
    """The card state before this answer, as JSON; undo writes it back."""


class FlagRow(SQLModel, table=True):
    """A learner's report that a card is wrong or outdated, with a note for the deck's author."""

    __tablename__ = "flag"
    id: int | None = Field(default=None, primary_key=True)
    profile_id: int = Field(foreign_key="profile.id", index=True)
    card_id: int = Field(foreign_key="card.id", index=True)
    created_at: int = Field(sa_type=BigInteger)
    reason: str
    note: str = ""
    resolved_at: int | None = _millis()


def table(model: type[SQLModel]) -> Table:
    """The Core table behind a row class, for bulk statements on the fast paths."""
    return cast(Table, model.__table__)  # type: ignore[attr-defined]  # set by SQLModel's metaclass


META = table(MetaRow)
PROFILE = table(ProfileRow)
DECK = table(DeckRow)
CARD = table(CardRow)
STATE = table(CardStateRow)
SESSION = table(StudySessionRow)
REVIEW = table(ReviewRow)
FLAG = table(FlagRow)
