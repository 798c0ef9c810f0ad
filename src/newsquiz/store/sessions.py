"""A study session: today's queue held in memory, every answer committed as it is given.

The queue is read once (and again after the day rolls over); picking the next card is then the
pure `core.queues` policy, and each answer costs one short write transaction. Another process
studying the same learner at the same time is safe: each answer is computed from the card's
state as stored at that moment, so nothing is lost, though both may show the same card.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from newsquiz.core.progress import DueCounts, Profile, StudyCard
from newsquiz.core.queues import StudyQueue
from newsquiz.core.scheduling import Rating, preview, to_millis
from newsquiz.store import decks as deck_store
from newsquiz.store import reviews
from newsquiz.store.engine import reading
from newsquiz.store.tables import SESSION

if TYPE_CHECKING:
    from newsquiz.store import Store


class StudySession:
    def __init__(
        self,
        store: Store,
        profile: Profile,
        session_id: int,
        deck_ids: list[int] | None,
        cram: deque[StudyCard] | None,
    ) -> None:
        self.store = store
        self.profile = profile
        self.id = session_id
        self._deck_ids = deck_ids
        self._cram = cram
        self._queue: StudyQueue | None = None
        self._answered: list[tuple[StudyCard, StudyCard]] = []
        """(before, after) of each answer in this session, for undo."""

    @property
    def is_cram(self) -> bool:
        return self._cram is not None

    @classmethod
    def start(cls, store: Store, profile: Profile, decks: list[str] | None) -> StudySession:
        with store.writing() as connection:
            deck_ids = deck_store.deck_ids(connection, decks)
            session_id = _insert_session(connection, profile, decks, store.now(), cram=False)
        return cls(store, profile, session_id, deck_ids, None)

    @classmethod
    def start_cram(
        cls,
        store: Store,
        profile: Profile,
        decks: list[str] | None,
        *,
        card_ids: Iterable[int] | None,
        hardest_first: bool,
        limit: int | None,
    ) -> StudySession:
        with store.writing() as connection:
            deck_ids = deck_store.deck_ids(connection, decks)
            cards = reviews.cram_cards(
                connection,
                profile.id,
                deck_ids=deck_ids,
                card_ids=card_ids,
                hardest_first=hardest_first,
                limit=limit,
            )
            session_id = _insert_session(connection, profile, decks, store.now(), cram=True)
        return cls(store, profile, session_id, deck_ids, deque(cards))

    # the queue ----------------------------------------------------------------------------

    def _current_queue(self, now: datetime) -> StudyQueue:
        if self._queue is None or now >= self._queue.day_end:
            with reading(self.store.engine) as connection:
                self._queue = reviews.load_queue(
                    connection,
                    self.profile.id,
                    self.profile.settings,
                    self.store.day(self.profile, now),
                    self._deck_ids,
                )
        elif self._queue.needs_new() or self._queue.needs_reviews():
            with reading(self.store.engine) as connection:
                reviews.refill(
                    connection,
                    self._queue,
                    self.profile.id,
                    self.store.day(self.profile, now),
                    self._deck_ids,
                )
        return self._queue

    def next_card(self) -> StudyCard | None:
        """The card to show now, or None when nothing is left (for now: see `next_due`)."""
        if self._cram is not None:
            return self._cram[0] if self._cram else None
        now = self.store.now()
        return self._current_queue(now).peek(now)

    def next_due(self) -> datetime | None:
        """When a learning card of this session comes due, if the session is only waiting."""
        if self._cram is not None or self._queue is None:
            return None
        return self._queue.next_learning_due()

    def remaining(self) -> DueCounts:
        """New, learning and review cards left in this session's queue."""
        if self._cram is not None:
            return DueCounts(0, 0, len(self._cram))
        queue = self._current_queue(self.store.now())
        return DueCounts(queue.new_left, len(queue.learning), queue.reviews_left)

    def preview(self, card: StudyCard) -> dict[Rating, timedelta]:
        if self._cram is not None:
            return dict.fromkeys(Rating, timedelta(0))
        expires = self.store.card_expiry(card.id)
        return preview(
            card.state, self.store.now(), self.profile.settings, card.id, expires=expires
        )

    # answering ----------------------------------------------------------------------------

    def answer(
        self,
        card: StudyCard,
        rating: Rating,
        *,
        answer: str | None = None,
        verdict: str | None = None,
        duration_ms: int | None = None,
    ) -> StudyCard:
        """Record the answer (committed before returning) and move the queue on."""
        state = self.store.record_review(
            self.profile,
            card.id,
            rating,
            answer=answer,
            verdict=verdict,
            duration_ms=duration_ms,
            session_id=self.id,
            is_cram=self.is_cram,
        )
        after = StudyCard(card.id, card.deck, card.card, state, card.origin)
        self._answered.append((card, after))
        if self._cram is not None:
            self._remove_from_cram(card.id)
            if rating == Rating.Again:
                self._cram.append(after)  # missed cards come round again before the end
        else:
            self._current_queue(self.store.now()).answered(card, after)
        return after

    def undo(self) -> StudyCard | None:
        """Take back this session's latest answer; the card is shown again next."""
        with self.store.writing() as connection:
            undone = reviews.undo_last(connection, self.profile.id, self.id)
            if undone is None:
                return None
            restored = reviews.get_study_card(connection, self.profile.id, undone.card_id)
        current = None
        if self._answered and self._answered[-1][0].id == undone.card_id:
            current = self._answered.pop()[1]
        if self._cram is not None:
            self._remove_from_cram(restored.id)
            self._cram.appendleft(restored)
        elif self._queue is not None:
            self._queue.restore(current, restored)
        return restored

    def _remove_from_cram(self, card_id: int) -> None:
        assert self._cram is not None
        for queued in self._cram:
            if queued.id == card_id:
                self._cram.remove(queued)
                return

    def bury(self, card: StudyCard) -> StudyCard:
        state = self.store.bury(self.profile, card.id)
        self._drop(card.id)
        return replace(card, state=state)

    def suspend(self, card: StudyCard) -> StudyCard:
        state = self.store.suspend(self.profile, card.id)
        self._drop(card.id)
        return replace(card, state=state)

    def _drop(self, card_id: int) -> None:
        if self._cram is not None:
            self._remove_from_cram(card_id)
        elif self._queue is not None:
            self._queue.remove(card_id)

    def end(self) -> None:
        with self.store.writing() as connection:
            connection.execute(
                SESSION.update()
                .where(SESSION.c.id == self.id)
                .values(ended_at=to_millis(self.store.now()))
            )

    @property
    def answered_count(self) -> int:
        return len(self._answered)


def _insert_session(
    connection: Connection,
    profile: Profile,
    decks: list[str] | None,
    now: datetime,
    *,
    cram: bool,
) -> int:
    return int(
        connection.execute(
            SESSION.insert()
            .values(
                profile_id=profile.id,
                started_at=to_millis(now),
                decks=",".join(decks) if decks else None,
                is_cram=cram,
            )
            .returning(SESSION.c.id)
        ).scalar_one()
    )
