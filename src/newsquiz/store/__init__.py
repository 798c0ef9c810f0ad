"""The progress store: the one object the CLI and the TUI use to remember a learner's work.

`Store.open(path_or_url)` creates or upgrades the database and hands out core values (`Profile`,
`StudyCard`, `DeckSummary`...), never table rows. Every method that changes something commits
before it returns, and is run again if the database undid it to resolve a conflict between
learners (`engine.retrying`). The clock and the learner's time zone are injected so tests can fix
them. The same methods work on SQLite and on PostgreSQL, where row-level security may limit what
a learner's connection sees to their own profiles (`school.py`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from types import TracebackType
from typing import Self

from sqlalchemy import Engine, select

from newsquiz.core.cards import Deck
from newsquiz.core.progress import (
    DayCount,
    DeckSummary,
    DueCounts,
    Flag,
    ImportReport,
    Profile,
    ReviewEntry,
    StudyCard,
)
from newsquiz.core.scheduling import (
    CardState,
    Phase,
    Rating,
    Settings,
    day_bounds,
    preview,
    to_millis,
    truncate_to_millis,
)
from newsquiz.core.stats import Statistics, build_statistics
from newsquiz.store import browse, history, profiles, reviews, school
from newsquiz.store import decks as deck_store
from newsquiz.store.dialect import own_role
from newsquiz.store.engine import (
    NotPermitted,
    Synchronous,
    make_engine,
    reading,
    retrying,
    writing,
)
from newsquiz.store.meta import get_meta, set_meta
from newsquiz.store.migrations import SchemaError, prepare_schema
from newsquiz.store.profiles import ProfileError
from newsquiz.store.reviews import Day, UnknownCard
from newsquiz.store.school import SchoolError, SchoolSetup
from newsquiz.store.sessions import StudySession

BUNDLED_KEY = "bundled_decks_imported"

Clock = Callable[[], datetime]

__all__ = [
    "NotPermitted",
    "ProfileError",
    "SchemaError",
    "SchoolError",
    "SchoolSetup",
    "Store",
    "StudySession",
    "UnknownCard",
]


def system_clock() -> datetime:
    return datetime.now(UTC)


class Store:
    def __init__(self, engine: Engine, *, clock: Clock, tz: tzinfo | None, upgraded_from: int):
        self.engine = engine
        self.clock = clock
        self._tz = tz
        self.upgraded_from = upgraded_from
        """The schema version found on opening (0: a new database was created)."""

    @classmethod
    def open(
        cls,
        location: str | Path,
        *,
        clock: Clock = system_clock,
        tz: tzinfo | None = None,
        synchronous: Synchronous = "full",
    ) -> Self:
        """Open (creating or upgrading) the database at a file path or SQLAlchemy URL.

        `tz` is the learner's time zone for day rollover; None follows the system's local time.
        """
        engine = make_engine(location, synchronous=synchronous)
        try:
            version = retrying(prepare_schema)(engine)
        except BaseException:
            engine.dispose()
            raise
        return cls(engine, clock=clock, tz=tz, upgraded_from=version)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # time ---------------------------------------------------------------------------------

    def now(self) -> datetime:
        """The injected clock, in UTC, to the millisecond the store keeps."""
        return truncate_to_millis(self.clock())

    def timezone_at(self, moment: datetime) -> tzinfo:
        if self._tz is not None:
            return self._tz
        local = moment.astimezone().tzinfo
        assert local is not None  # astimezone() always returns an aware time
        return local

    def day(self, profile: Profile, now: datetime | None = None) -> Day:
        now = now or self.now()
        start, end = day_bounds(now, self.timezone_at(now), profile.settings.rollover_hour)
        return Day(now, to_millis(start), to_millis(end))

    def today(self, profile: Profile) -> date:
        day = self.day(profile)
        tz = self.timezone_at(day.now)
        return (day.now.astimezone(tz) - timedelta(hours=profile.settings.rollover_hour)).date()

    def _shift_ms(self, profile: Profile, now: datetime) -> int:
        offset = now.astimezone(self.timezone_at(now)).utcoffset() or timedelta(0)
        shift = offset - timedelta(hours=profile.settings.rollover_hour)
        return int(shift.total_seconds() * 1000)

    # profiles -----------------------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        with reading(self.engine) as connection:
            return profiles.list_profiles(connection)

    def profile(self, name: str) -> Profile | None:
        with reading(self.engine) as connection:
            return profiles.find_profile(connection, name)

    def get_profile(self, profile_id: int) -> Profile:
        with reading(self.engine) as connection:
            return profiles.get_profile(connection, profile_id)

    @retrying
    def create_profile(self, name: str, settings: Settings | None = None) -> Profile:
        with writing(self.engine) as connection:
            return profiles.create_profile(
                connection, name, settings or Settings(), to_millis(self.now())
            )

    @retrying
    def rename_profile(self, profile: Profile, new_name: str) -> Profile:
        with writing(self.engine) as connection:
            return profiles.rename_profile(connection, profile.id, new_name)

    @retrying
    def update_settings(self, profile: Profile, settings: Settings) -> Profile:
        with writing(self.engine) as connection:
            return profiles.update_settings(connection, profile.id, settings)

    @retrying
    def delete_profile(self, profile: Profile) -> None:
        """Delete the learner and their whole history; decks and cards stay."""
        with writing(self.engine) as connection:
            profiles.delete_profile(connection, profile.id)

    @retrying
    def remember_profile(self, profile: Profile) -> None:
        with writing(self.engine) as connection:
            profiles.remember_profile(connection, profile.id, to_millis(self.now()))

    def last_profile(self) -> Profile | None:
        with reading(self.engine) as connection:
            return profiles.last_profile(connection)

    def own_role(self) -> str | None:
        """The database role this store connects as (PostgreSQL), or None (SQLite)."""
        with reading(self.engine) as connection:
            role = connection.execute(select(own_role(connection.dialect))).scalar_one()
            return None if role is None else str(role)

    def set_up_school(
        self, *, teachers: Iterable[str] = (), learners: Iterable[str] = ()
    ) -> SchoolSetup:
        """Roles, privileges and row-level security on a shared PostgreSQL database, and a
        profile for each new learner role; run by the owner of the tables (`school.py`)."""
        with writing(self.engine) as connection:
            return school.set_up_school(
                connection,
                teachers=list(teachers),
                learners=list(learners),
                now_ms=to_millis(self.now()),
            )

    # decks --------------------------------------------------------------------------------

    @retrying
    def import_deck(self, deck: Deck) -> ImportReport:
        """Import or update all or nothing; the same deck again changes nothing."""
        with writing(self.engine) as connection:
            return deck_store.import_deck(connection, deck, to_millis(self.now()))

    def bundled_decks_imported(self) -> bool:
        with reading(self.engine) as connection:
            return get_meta(connection, BUNDLED_KEY) is not None

    @retrying
    def import_bundled_decks(self, decks: Iterable[Deck]) -> list[ImportReport]:
        """The first-start import of the shipped decks, recorded so it happens once."""
        with writing(self.engine) as connection:
            if get_meta(connection, BUNDLED_KEY) is not None:
                return []
            now_ms = to_millis(self.now())
            reports = [deck_store.import_deck(connection, deck, now_ms) for deck in decks]
            set_meta(connection, BUNDLED_KEY, str(now_ms))
            return reports

    def decks(self, profile: Profile | None = None) -> list[DeckSummary]:
        """Every deck with card counts, mastery and (for a learner) what is due today."""
        with reading(self.engine) as connection:
            due = (
                reviews.due_counts_by_deck(
                    connection, profile.id, profile.settings, self.day(profile)
                )
                if profile
                else {}
            )
            return deck_store.deck_summaries(connection, profile.id if profile else None, due)

    def find_card(self, deck_slug: str, card_key: str) -> int:
        """The store's id of a card, from its deck slug and its id in the deck file."""
        with reading(self.engine) as connection:
            return reviews.find_card_id(connection, deck_slug, card_key)

    # studying -----------------------------------------------------------------------------

    def due_counts(self, profile: Profile, decks: list[str] | None = None) -> DueCounts:
        with reading(self.engine) as connection:
            deck_ids = deck_store.deck_ids(connection, decks)
            return reviews.due_counts(
                connection, profile.id, profile.settings, self.day(profile), deck_ids
            )

    def start_session(self, profile: Profile, decks: list[str] | None = None) -> StudySession:
        """A study session over today's queue (all decks, or the named ones)."""
        return StudySession.start(self, profile, decks)

    def start_cram(
        self,
        profile: Profile,
        *,
        decks: list[str] | None = None,
        card_ids: Iterable[int] | None = None,
        hardest_first: bool = False,
        limit: int | None = None,
    ) -> StudySession:
        """Review chosen cards without touching their schedule (answers are logged as cram)."""
        return StudySession.start_cram(
            self, profile, decks, card_ids=card_ids, hardest_first=hardest_first, limit=limit
        )

    def study_card(self, profile: Profile, card_id: int) -> StudyCard:
        with reading(self.engine) as connection:
            return reviews.get_study_card(connection, profile.id, card_id)

    def preview(self, profile: Profile, card: StudyCard) -> dict[Rating, timedelta]:
        """The interval each rating would give this card now; exactly what answering gives."""
        return preview(card.state, self.now(), profile.settings, card.id)

    @retrying
    def record_review(
        self,
        profile: Profile,
        card_id: int,
        rating: Rating,
        *,
        answer: str | None = None,
        verdict: str | None = None,
        duration_ms: int | None = None,
        session_id: int | None = None,
        is_cram: bool = False,
    ) -> CardState:
        """Log an answer and reschedule the card; committed (durably) before this returns."""
        recorded = reviews.record_review(
            self.engine,
            profile_id=profile.id,
            card_id=card_id,
            rating=rating,
            now=self.now(),
            settings=profile.settings,
            answer=answer,
            verdict=verdict,
            duration_ms=duration_ms,
            session_id=session_id,
            is_cram=is_cram,
        )
        return recorded.after

    @retrying
    def undo_last(self, profile: Profile) -> StudyCard | None:
        """Take back the learner's latest answer; call again to take back the one before."""
        with writing(self.engine) as connection:
            undone = reviews.undo_last(connection, profile.id)
            if undone is None:
                return None
            return reviews.get_study_card(connection, profile.id, undone.card_id)

    @retrying
    def bury(self, profile: Profile, card_id: int) -> CardState:
        """Hide the card until the learner's next day."""
        day = self.day(profile)
        with writing(self.engine) as connection:
            return reviews.set_state(connection, profile.id, card_id, buried_until=day.end_ms)

    @retrying
    def unbury(self, profile: Profile, card_id: int) -> CardState:
        with writing(self.engine) as connection:
            return reviews.set_state(connection, profile.id, card_id, buried_until=None)

    @retrying
    def suspend(self, profile: Profile, card_id: int) -> CardState:
        with writing(self.engine) as connection:
            return reviews.set_state(connection, profile.id, card_id, suspended=True)

    @retrying
    def unsuspend(self, profile: Profile, card_id: int) -> CardState:
        with writing(self.engine) as connection:
            return reviews.set_state(connection, profile.id, card_id, suspended=False)

    @retrying
    def flag_card(self, profile: Profile, card_id: int, reason: str, note: str = "") -> Flag:
        """The learner reports a card as wrong or outdated, for the deck's author."""
        with writing(self.engine) as connection:
            return reviews.flag_card(
                connection, profile.id, card_id, reason, note, to_millis(self.now())
            )

    def flags(self, profile: Profile | None = None) -> list[Flag]:
        with reading(self.engine) as connection:
            return reviews.open_flags(connection, profile.id if profile else None)

    # history ------------------------------------------------------------------------------

    def card_history(self, profile: Profile, card_id: int) -> list[ReviewEntry]:
        with reading(self.engine) as connection:
            return reviews.card_history(connection, profile.id, card_id)

    def reviews_per_day(self, profile: Profile, days: int = 365) -> list[DayCount]:
        """Answers per learner day over the last `days` days, today included."""
        day = self.day(profile)
        start = day.end_ms - days * history.DAY_MS
        with reading(self.engine) as connection:
            return history.reviews_per_day(
                connection, profile.id, start, day.end_ms, self._shift_ms(profile, day.now)
            )

    def forecast(self, profile: Profile, days: int = 30) -> list[tuple[date, int]]:
        """Cards due on each of the next `days` learner days (overdue ones today)."""
        day = self.day(profile)
        with reading(self.engine) as connection:
            return history.forecast(
                connection, profile.id, day.start_ms, days, self._shift_ms(profile, day.now)
            )

    def counts_by_phase(self, profile: Profile) -> dict[Phase, int]:
        with reading(self.engine) as connection:
            return history.counts_by_phase(connection, profile.id)

    # browsing and statistics ------------------------------------------------------------

    def deck_cards(self, profile: Profile, deck_slug: str) -> list[StudyCard]:
        """The deck's current cards with this learner's progress, in deck order."""
        with reading(self.engine) as connection:
            deck_ids = deck_store.deck_ids(connection, [deck_slug])
            assert deck_ids is not None
            return browse.deck_cards(connection, profile.id, deck_ids)

    def statistics(self, profile: Profile) -> Statistics:
        """Everything the stats screen and `newsquiz stats` show, from a handful of queries."""
        decks = self.decks(profile)
        return build_statistics(
            today=self.today(profile),
            day_counts=self.reviews_per_day(profile, 365),
            forecast=self.forecast(profile, 30),
            phases=self.counts_by_phase(profile),
            suspended=sum(deck.suspended for deck in decks),
            decks=decks,
            desired_retention=profile.settings.desired_retention,
        )
