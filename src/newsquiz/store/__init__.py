"""The progress store: the one object the CLI and the TUI use to remember a learner's work.

`Store.open(path_or_url)` creates or upgrades the database and hands out core values (`Profile`,
`StudyCard`, `DeckSummary`...), never table rows. Every method that changes something commits
before it returns, and is run again if the database undid it to resolve a conflict between
learners (`engine.retrying`). The clock and the learner's time zone are injected so tests can fix
them. The same methods work on SQLite and on PostgreSQL, where row-level security may limit what
a learner's connection sees to their own profiles (`school.py`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from sqlalchemy import Connection, Engine, select

from newsquiz.core.card_data import card_from_json
from newsquiz.core.cards import Card, Deck
from newsquiz.core.progress import (
    DayCount,
    DeckSummary,
    DueCounts,
    Flag,
    FlagReport,
    ImportReport,
    OutdatedCard,
    Profile,
    ReviewEntry,
    StudyCard,
)
from newsquiz.core.reports import ReportCard, StudentRecord
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
from newsquiz.store import browse, flags, history, profiles, reports, reviews, school, stale
from newsquiz.store import decks as deck_store
from newsquiz.store.dialect import own_role
from newsquiz.store.engine import (
    NotPermitted,
    Synchronous,
    make_engine,
    reading,
    retrying,
    sqlite_file,
    writing,
)
from newsquiz.store.meta import delete_meta, get_meta, set_meta
from newsquiz.store.migrations import SchemaError, prepare_schema
from newsquiz.store.profiles import ProfileError
from newsquiz.store.reviews import Day, UnknownCard
from newsquiz.store.school import SchoolError, SchoolSetup
from newsquiz.store.sessions import StudySession
from newsquiz.store.tables import CARD, DECK
from newsquiz.store.wal_flush import WalFlusher

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
        self._reviewing: Any = None
        self._reviewing_lock = threading.Lock()
        self.wal_flusher: WalFlusher | None = None
        self._expiries: dict[int, stale.Expiry] | None = None
        """Cards with a `valid_until`, cached for the review path (see `card_expiry`)."""

    @classmethod
    def open(
        cls,
        location: str | Path,
        *,
        clock: Clock = system_clock,
        tz: tzinfo | None = None,
        synchronous: Synchronous = "normal",
    ) -> Self:
        """Open (creating or upgrading) the database at a file path or SQLAlchemy URL.

        `tz` is the learner's time zone for day rollover; None follows the system's local time.
        `synchronous` is SQLite's: "normal" commits survive a killed process at once and reach
        the disk a moment later (see `wal_flush`); "full" fsyncs inside every commit.
        """
        engine = make_engine(location, synchronous=synchronous)
        try:
            version = retrying(prepare_schema)(engine)
        except BaseException:
            engine.dispose()
            raise
        store = cls(engine, clock=clock, tz=tz, upgraded_from=version)
        database = sqlite_file(engine)
        if synchronous == "normal" and database is not None:
            store.wal_flusher = WalFlusher(database)
        return store

    def close(self) -> None:
        if self.wal_flusher is not None:
            self.wal_flusher.close()
            self.wal_flusher = None
        with self._reviewing_lock:
            if self._reviewing is not None:
                self._reviewing.close()
                self._reviewing = None
        self.engine.dispose()

    @contextmanager
    def writing(self) -> Iterator[Connection]:
        """One write transaction, committed when the block ends, then flushed to disk."""
        with writing(self.engine) as connection:
            yield connection
        if self.wal_flusher is not None:
            self.wal_flusher.request()

    @contextmanager
    def _review_connection(self) -> Iterator[Any]:
        """The connection answers are recorded on, kept checked out between answers: taking one
        from the pool for every answer costs as much as SQLite's own work. A lock makes it safe
        to record from several threads (the TUI records from a worker)."""
        with self._reviewing_lock:
            if self._reviewing is None:
                self._reviewing = self.engine.raw_connection()
            try:
                yield self._reviewing
            except BaseException:
                # After a failure (a busy timeout, a full disk) start again from a fresh connection.
                self._reviewing.close()
                self._reviewing = None
                raise

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
        with self.writing() as connection:
            profile = profiles.create_profile(
                connection, name, settings or Settings(), to_millis(self.now())
            )
            stale.forget_sweep(connection)  # the new learner's outdated cards must be retired too
            return profile

    @retrying
    def rename_profile(self, profile: Profile, new_name: str) -> Profile:
        with self.writing() as connection:
            return profiles.rename_profile(connection, profile.id, new_name)

    @retrying
    def update_settings(self, profile: Profile, settings: Settings) -> Profile:
        with self.writing() as connection:
            return profiles.update_settings(connection, profile.id, settings)

    @retrying
    def delete_profile(self, profile: Profile) -> None:
        """Delete the learner and their whole history; decks and cards stay."""
        with self.writing() as connection:
            # the key first: on a school server a learner may delete it while the profile is theirs
            delete_meta(connection, ui_language_key(profile))
            profiles.delete_profile(connection, profile.id)

    @retrying
    def remember_profile(self, profile: Profile) -> None:
        with self.writing() as connection:
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
        with self.writing() as connection:
            setup = school.set_up_school(
                connection,
                teachers=list(teachers),
                learners=list(learners),
                now_ms=to_millis(self.now()),
            )
            reports.database_uid(connection)  # learners may read it, not create it
            return setup

    def ui_language(self, profile: Profile) -> str | None:
        """The learner's interface language (`uk`, `en`), or None to follow the locale."""
        with reading(self.engine) as connection:
            return get_meta(connection, ui_language_key(profile)) or None

    def set_ui_language(self, profile: Profile, code: str | None) -> None:
        with writing(self.engine) as connection:
            if code:
                set_meta(connection, ui_language_key(profile), code)
            else:
                delete_meta(connection, ui_language_key(profile))

    # decks --------------------------------------------------------------------------------

    @retrying
    def import_deck(self, deck: Deck) -> ImportReport:
        """Import or update all or nothing; the same deck again changes nothing."""
        self._expiries = None
        with self.writing() as connection:
            return deck_store.import_deck(connection, deck, to_millis(self.now()))

    def bundled_decks_imported(self) -> bool:
        with reading(self.engine) as connection:
            return get_meta(connection, BUNDLED_KEY) is not None

    @retrying
    def import_bundled_decks(self, decks: Iterable[Deck]) -> list[ImportReport]:
        """The first-start import of the shipped decks, recorded so it happens once."""
        self._expiries = None
        with self.writing() as connection:
            if get_meta(connection, BUNDLED_KEY) is not None:
                return []
            now_ms = to_millis(self.now())
            reports = [deck_store.import_deck(connection, deck, now_ms) for deck in decks]
            set_meta(connection, BUNDLED_KEY, str(now_ms))
            return reports

    def decks(self, profile: Profile | None = None) -> list[DeckSummary]:
        """Every deck with card counts, mastery and (for a learner) what is due today."""
        self.retire_stale()
        day = self.day(profile) if profile else None
        with reading(self.engine) as connection:
            summaries = deck_store.deck_summaries(connection, profile, day)
        outdated = self.outdated_counts()
        return [replace(s, outdated=outdated.get(s.slug, 0)) for s in summaries]

    def find_card(self, deck_slug: str, card_key: str) -> int:
        """The store's id of a card, from its deck slug and its id in the deck file."""
        with reading(self.engine) as connection:
            return reviews.find_card_id(connection, deck_slug, card_key)

    # studying -----------------------------------------------------------------------------

    def due_counts(self, profile: Profile, decks: list[str] | None = None) -> DueCounts:
        self.retire_stale()
        with reading(self.engine) as connection:
            deck_ids = deck_store.deck_ids(connection, decks)
            return reviews.due_counts(
                connection, profile.id, profile.settings, self.day(profile), deck_ids
            )

    def start_session(self, profile: Profile, decks: list[str] | None = None) -> StudySession:
        """A study session over today's queue (all decks, or the named ones)."""
        self.retire_stale()
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
        self.retire_stale()
        return StudySession.start_cram(
            self, profile, decks, card_ids=card_ids, hardest_first=hardest_first, limit=limit
        )

    def study_card(self, profile: Profile, card_id: int) -> StudyCard:
        with reading(self.engine) as connection:
            return reviews.get_study_card(connection, profile.id, card_id)

    def preview(self, profile: Profile, card: StudyCard) -> dict[Rating, timedelta]:
        """The interval each rating would give this card now; exactly what answering gives."""
        return preview(
            card.state, self.now(), profile.settings, card.id, expires=self.card_expiry(card.id)
        )

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
        with self._review_connection() as connection:
            recorded = reviews.record_review(
                connection,
                self.engine.dialect,
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
                expires=self.card_expiry(card_id),
            )
        if self.wal_flusher is not None:
            self.wal_flusher.request()
        return recorded.after

    @retrying
    def undo_last(self, profile: Profile) -> StudyCard | None:
        """Take back the learner's latest answer; call again to take back the one before."""
        with self.writing() as connection:
            undone = reviews.undo_last(connection, profile.id)
            if undone is None:
                return None
            return reviews.get_study_card(connection, profile.id, undone.card_id)

    @retrying
    def bury(self, profile: Profile, card_id: int) -> CardState:
        """Hide the card until the learner's next day."""
        day = self.day(profile)
        with self.writing() as connection:
            return reviews.set_state(connection, profile.id, card_id, buried_until=day.end_ms)

    @retrying
    def unbury(self, profile: Profile, card_id: int) -> CardState:
        with self.writing() as connection:
            return reviews.set_state(connection, profile.id, card_id, buried_until=None)

    @retrying
    def suspend(self, profile: Profile, card_id: int) -> CardState:
        with self.writing() as connection:
            return reviews.set_state(connection, profile.id, card_id, suspended=True)

    @retrying
    def unsuspend(self, profile: Profile, card_id: int) -> CardState:
        with self.writing() as connection:
            return reviews.set_state(connection, profile.id, card_id, suspended=False)

    @retrying
    def flag_card(self, profile: Profile, card_id: int, reason: str, note: str = "") -> Flag:
        """The learner reports a card as wrong or outdated, for the deck's author."""
        with self.writing() as connection:
            return flags.flag_card(
                connection, profile.id, card_id, reason, note, to_millis(self.now())
            )

    def flags(self, profile: Profile | None = None) -> list[Flag]:
        with reading(self.engine) as connection:
            return flags.open_flags(connection, profile.id if profile else None)

    # history ------------------------------------------------------------------------------

    def card_history(self, profile: Profile, card_id: int) -> list[ReviewEntry]:
        with reading(self.engine) as connection:
            return history.card_history(connection, profile.id, card_id)

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
        """Everything the stats screen and `newsquiz stats` show, from three queries: the deck
        list's one pass over the card states already holds the counts per phase."""
        with ThreadPoolExecutor(max_workers=1) as pool:
            # the year of answers per day is the slowest query (~160 ms over a million reviews):
            # it runs on a second connection while the deck list is read here, since SQLite
            # releases the GIL while it works
            per_day = pool.submit(self.reviews_per_day, profile, 365)
            decks = self.decks(profile)
            forecast = self.forecast(profile, 30)
            day_counts = per_day.result()
        phases = {
            Phase.NEW: sum(deck.unseen for deck in decks),
            Phase.LEARNING: sum(deck.learning for deck in decks),
            Phase.REVIEW: sum(deck.young + deck.mature for deck in decks),
        }
        return build_statistics(
            today=self.today(profile),
            day_counts=day_counts,
            forecast=forecast,
            phases=phases,
            suspended=sum(deck.suspended for deck in decks),
            decks=decks,
            desired_retention=profile.settings.desired_retention,
        )

    # teachers: reports, progress files, stale facts ----------------------------------------

    @retrying
    def student_key(self, profile: Profile) -> str:
        """The learner's identity outside this database (in reports and progress files)."""
        with self.writing() as connection:
            return reports.key_of(connection, reports.database_uid(connection), profile)

    @retrying
    def class_progress(
        self,
        *,
        decks: list[str] | None = None,
        since: datetime | None = None,
        source: str = "",
        profile: Profile | None = None,
    ) -> tuple[list[ReportCard], list[StudentRecord]]:
        """The current cards (of the named decks) and every learner's work on them, for reports."""
        with self.writing() as connection:
            uid = reports.database_uid(connection)
        with reading(self.engine) as connection:
            cards, keys = reports.catalogue(connection, decks)
            wanted = {card.key for card in cards}
            keys = {card_id: key for card_id, key in keys.items() if key in wanted}
            students = reports.students(
                connection,
                uid,
                source,
                keys,
                since_ms=None if since is None else to_millis(since),
                profile_id=None if profile is None else profile.id,
            )
        return cards, students

    def flag_reports(self, decks: list[str] | None = None) -> list[FlagReport]:
        """Every learner's open flags (on the named decks), with the deck file and line to fix."""
        with reading(self.engine) as connection:
            deck_store.deck_ids(connection, decks)  # unknown slugs raise KeyError
            return flags.open_flag_reports(connection, decks)

    @retrying
    def retire_stale(self) -> None:
        """Take cards past their `valid_until` out of every queue (and put back ones a re-import
        made current again). Cheap when nothing changed; the queue and count methods call it."""
        if stale.refresh(self.engine, to_millis(self.now())):
            self._expiries = None

    def _card_expiries(self) -> dict[int, stale.Expiry]:
        if self._expiries is None:
            with reading(self.engine) as connection:
                self._expiries = stale.card_expiries(connection)
        return self._expiries

    def card_expiry(self, card_id: int) -> datetime | None:
        """When the card's fact stops being true (its or its deck's `valid_until`), if ever."""
        expiry = self._card_expiries().get(card_id)
        return None if expiry is None else expiry.moment

    def is_outdated(self, card_id: int) -> bool:
        expiry = self.card_expiry(card_id)
        return expiry is not None and self.now() >= expiry

    def outdated_counts(self) -> dict[str, int]:
        """Outdated cards per deck slug (decks without any are left out)."""
        now = self.now()
        counts: dict[str, int] = {}
        for expiry in self._card_expiries().values():
            if now >= expiry.moment:
                counts[expiry.deck] = counts.get(expiry.deck, 0) + 1
        return counts

    def outdated_cards(
        self, decks: list[str] | None = None, *, within: timedelta | None = None
    ) -> list[OutdatedCard]:
        """Cards past their `valid_until` now (or within `within` from now), in deck order."""
        now_ms = to_millis(self.now())
        horizon = None if within is None else now_ms + int(within.total_seconds() * 1000)
        with reading(self.engine) as connection:
            deck_store.deck_ids(connection, decks)  # unknown slugs raise KeyError
            return stale.stale_cards(connection, now_ms, decks, horizon)

    def quiz_cards(self, deck: str) -> list[tuple[int, Card]]:
        """The deck's current cards that are not outdated, in file order: the same for every
        learner (suspended or buried cards included), which a class quiz needs."""
        with reading(self.engine) as connection:
            (deck_id,) = deck_store.deck_ids(connection, [deck]) or []
            rows = connection.execute(
                select(CARD.c.id, CARD.c.data, CARD.c.line)
                .where(CARD.c.deck_id == deck_id, CARD.c.retired_at.is_(None))
                .order_by(CARD.c.position)
            ).all()
        return [
            (card_id, replace(card_from_json(data), line=line))
            for card_id, data, line in rows
            if not self.is_outdated(card_id)
        ]

    def deck(self, slug: str) -> Deck:
        """An imported deck as a core value again: its current cards in file order."""
        with reading(self.engine) as connection:
            row = connection.execute(select(DECK).where(DECK.c.slug == slug)).mappings().first()
            if row is None:
                raise KeyError(slug)
            rows = connection.execute(
                select(CARD.c.data, CARD.c.line)
                .where(CARD.c.deck_id == row["id"], CARD.c.retired_at.is_(None))
                .order_by(CARD.c.position)
            ).all()
        data = json.loads(row["data"])
        return Deck(
            slug=slug,
            title=row["title"],
            language=row["language"],
            cards=tuple(replace(card_from_json(d), line=line) for d, line in rows),
            description=data.get("description"),
            author=data.get("author"),
            tags=tuple(data.get("tags") or ()),
            as_of=date.fromisoformat(data["as_of"]) if data.get("as_of") else None,
            valid_until=(
                date.fromisoformat(data["valid_until"]) if data.get("valid_until") else None
            ),
            origin=row["origin"],
        )

    def card_states(self, profile: Profile, deck: str) -> dict[str, CardState]:
        """A learner's state of each card of a deck they have started, by card id."""
        _, students = self.class_progress(decks=[deck], profile=profile)
        return {key[1]: state for key, state in students[0].states.items()}


def ui_language_key(profile: Profile) -> str:
    """Kept in `meta` rather than a column, so no schema migration is needed for one setting."""
    return f"ui_language:{profile.id}"
