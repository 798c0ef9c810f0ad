"""The review path: today's queue, recording an answer, undo, bury and suspend, cram picks.

Recording an answer is one short write transaction: read the card's state (locked), let
`core.scheduling.rate` compute the next one, insert the log row, update the state, commit. The
log row keeps the whole prior state, so undo is "write it back and delete the row".
These are SQLAlchemy Core statements on SQLModel's tables: the review loop runs them hundreds of
times a session, and building ORM objects would cost more than the database work itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import (
    Connection,
    RowMapping,
    Select,
    bindparam,
    func,
    literal_column,
    or_,
    select,
)
from sqlalchemy.engine import Dialect

from newsquiz.core.progress import DueCounts, StudyCard
from newsquiz.core.queues import DayCounts, StudyQueue
from newsquiz.core.scheduling import (
    CardState,
    Phase,
    Rating,
    Settings,
    from_millis,
    fuzz_rng,
    rate,
    to_millis,
)
from newsquiz.store.prepared import Prepared, raw_transaction
from newsquiz.store.states import (
    STATE_FIELDS,
    restore_columns,
    snapshot,
    state_columns,
    state_from_row,
    study_card,
)
from newsquiz.store.tables import CARD, DECK, REVIEW, STATE

STUDY_COLUMNS = (
    STATE.c.card_id,
    *(STATE.c[name] for name in STATE_FIELDS),
    CARD.c.data,
    CARD.c.line,
    DECK.c.slug,
    DECK.c.origin,
)
_STUDY_FROM = STATE.join(CARD, CARD.c.id == STATE.c.card_id).join(
    DECK, DECK.c.id == STATE.c.deck_id
)
_LEARNING = (int(Phase.LEARNING), int(Phase.RELEARNING))


class UnknownCard(LookupError):
    """No such card for this learner."""


def _study_select(profile_id: int, deck_ids: list[int] | None) -> Select[Any]:
    query = select(*STUDY_COLUMNS).select_from(_STUDY_FROM).where(STATE.c.profile_id == profile_id)
    if deck_ids is not None:
        query = query.where(STATE.c.deck_id.in_(deck_ids))
    return query


def _available(now_ms: int) -> Any:
    return (
        ~STATE.c.retired,
        ~STATE.c.suspended,
        or_(STATE.c.buried_until.is_(None), STATE.c.buried_until <= now_ms),
    )


def _scoped(query: Select[Any], deck_ids: list[int] | None) -> Select[Any]:
    return query if deck_ids is None else query.where(STATE.c.deck_id.in_(deck_ids))


def today_counts(connection: Connection, profile_id: int, day_start_ms: int) -> DayCounts:
    """New cards introduced and reviews done since the day began; cram answers don't count."""
    rows = connection.execute(
        select(REVIEW.c.phase_before, func.count())
        .where(
            REVIEW.c.profile_id == profile_id,
            REVIEW.c.reviewed_at >= day_start_ms,
            ~REVIEW.c.is_cram,
        )
        .group_by(REVIEW.c.phase_before)
    )
    by_phase: dict[int, int] = dict(rows.all())
    return DayCounts(new=by_phase.get(int(Phase.NEW), 0), review=by_phase.get(int(Phase.REVIEW), 0))


@dataclass(frozen=True, slots=True)
class Day:
    """The learner day a query is about, in epoch milliseconds."""

    now: datetime
    start_ms: int
    end_ms: int

    @property
    def now_ms(self) -> int:
        return to_millis(self.now)


BATCH = 50
"""New and review cards are loaded this many at a time: a session starts in a millisecond
however large the collection and the daily limits are."""


def load_queue(
    connection: Connection,
    profile_id: int,
    settings: Settings,
    day: Day,
    deck_ids: list[int] | None,
) -> StudyQueue:
    """Today's queue: learning cards, how many reviews and new cards the limits allow, and a
    first batch of each (reviews most overdue first, new cards in deck order)."""
    done = today_counts(connection, profile_id, day.start_ms)
    queue = StudyQueue(day_end=from_millis(day.end_ms), learn_ahead=settings.learn_ahead, done=done)
    base = _study_select(profile_id, deck_ids).where(*_available(day.now_ms))
    learning = base.where(STATE.c.phase.in_(_LEARNING), STATE.c.due < day.end_ms)
    for row in connection.execute(learning.order_by(STATE.c.due)).mappings():
        queue.add_learning(study_card(row))
    queue.new_more = _count_available(
        connection, profile_id, day, deck_ids, _NEW, max(0, settings.new_per_day - done.new)
    )
    queue.reviews_more = _count_available(
        connection,
        profile_id,
        day,
        deck_ids,
        _due_reviews(day),
        max(0, settings.reviews_per_day - done.review),
    )
    refill(connection, queue, profile_id, day, deck_ids)
    return queue


_NEW = (STATE.c.phase == literal_column(str(int(Phase.NEW))),)
"""A literal, not a bound parameter: only then can SQLite use the partial index of new cards."""


def _due_reviews(day: Day) -> tuple[Any, ...]:
    return (STATE.c.phase == int(Phase.REVIEW), STATE.c.due < day.end_ms)


def refill(
    connection: Connection,
    queue: StudyQueue,
    profile_id: int,
    day: Day,
    deck_ids: list[int] | None,
) -> None:
    """Load the next batch of reviews and of new cards where the queue has run out of them."""
    base = _study_select(profile_id, deck_ids).where(*_available(day.now_ms))
    waiting = {card.id for card in queue.undone}  # already queued, though new in the database
    if queue.needs_reviews():
        limit = min(BATCH, queue.reviews_more) + len(waiting)
        query = base.where(*_due_reviews(day)).order_by(STATE.c.due, STATE.c.card_id)
        rows = connection.execute(query.limit(limit)).mappings().all()
        cards = [study_card(r) for r in rows if r["card_id"] not in waiting]
        queue.add_reviews(cards[: queue.reviews_more], exhausted=len(rows) < limit)
    if queue.needs_new():
        limit = min(BATCH, queue.new_more) + len(waiting)
        query = base.where(*_NEW).order_by(STATE.c.deck_id, STATE.c.position)
        rows = connection.execute(query.limit(limit)).mappings().all()
        cards = [study_card(r) for r in rows if r["card_id"] not in waiting]
        queue.add_new(cards[: queue.new_more], exhausted=len(rows) < limit)


def _count_available(
    connection: Connection,
    profile_id: int,
    day: Day,
    deck_ids: list[int] | None,
    condition: tuple[Any, ...],
    limit: int,
) -> int:
    """How many available cards match, counting no further than `limit` (an index range scan)."""
    if limit <= 0:
        return 0
    inner = _scoped(
        select(STATE.c.id).where(
            STATE.c.profile_id == profile_id, *_available(day.now_ms), *condition
        ),
        deck_ids,
    ).limit(limit)
    return int(connection.execute(select(func.count()).select_from(inner.subquery())).scalar_one())


def due_counts(
    connection: Connection,
    profile_id: int,
    settings: Settings,
    day: Day,
    deck_ids: list[int] | None,
) -> DueCounts:
    """What is left to study now, after the daily limits, counted with the queue indexes only."""
    done = today_counts(connection, profile_id, day.start_ms)
    ahead_ms = day.now_ms + int(settings.learn_ahead.total_seconds() * 1000)
    learning = _scoped(
        select(func.count()).where(
            STATE.c.profile_id == profile_id,
            STATE.c.phase.in_(_LEARNING),
            STATE.c.due <= ahead_ms,
            *_available(day.now_ms),
        ),
        deck_ids,
    )
    return DueCounts(
        new=_count_available(
            connection, profile_id, day, deck_ids, _NEW, settings.new_per_day - done.new
        ),
        learning=int(connection.execute(learning).scalar_one()),
        review=_count_available(
            connection,
            profile_id,
            day,
            deck_ids,
            _due_reviews(day),
            settings.reviews_per_day - done.review,
        ),
    )


_SELECT_STATE = (
    select(STATE.c.id, *(STATE.c[name] for name in STATE_FIELDS))
    .where(STATE.c.profile_id == bindparam("profile_id"), STATE.c.card_id == bindparam("card_id"))
    .with_for_update()
)
_REVIEW_COLUMNS = (
    "profile_id", "card_id", "session_id", "reviewed_at", "rating", "answer", "verdict",
    "duration_ms", "phase_before", "step_before", "interval_before", "elapsed_days",
    "stability_after", "difficulty_after", "due_after", "is_cram", "prior",
)  # fmt: skip
_INSERT_REVIEW = (
    REVIEW.insert()
    .values({name: bindparam(name) for name in _REVIEW_COLUMNS})
    .returning(REVIEW.c.id)
)
_UPDATE_STATE = (
    STATE.update()
    .where(STATE.c.id == bindparam("state_id"))
    .values({name: bindparam(name) for name in STATE_FIELDS})
)


@dataclass(frozen=True, slots=True)
class _Statements:
    select_state: Prepared
    insert_review: Prepared
    update_state: Prepared


@lru_cache(maxsize=8)
def _statements(dialect: Dialect) -> _Statements:
    return _Statements(
        Prepared(_SELECT_STATE, dialect),
        Prepared(_INSERT_REVIEW, dialect),
        Prepared(_UPDATE_STATE, dialect),
    )


def _state_row(connection: Connection, profile_id: int, card_id: int) -> RowMapping:
    row = (
        connection.execute(_SELECT_STATE, {"profile_id": profile_id, "card_id": card_id})
        .mappings()
        .first()
    )
    if row is None:
        raise UnknownCard(f"card {card_id} is not in this learner's collection")
    return row


@dataclass(frozen=True, slots=True)
class Recorded:
    review_id: int
    before: CardState
    after: CardState
    became_leech: bool


def record_review(
    connection: Any,
    dialect: Dialect,
    *,
    profile_id: int,
    card_id: int,
    rating: Rating,
    now: datetime,
    settings: Settings,
    answer: str | None = None,
    verdict: str | None = None,
    duration_ms: int | None = None,
    session_id: int | None = None,
    is_cram: bool = False,
    expires: datetime | None = None,
) -> Recorded:
    """Log one answer and, unless cramming, reschedule the card; committed when this returns.

    `connection` is a DBAPI connection from the engine's pool (see `prepared`)."""
    statements = _statements(dialect)
    now_ms = to_millis(now)
    with raw_transaction(connection, dialect) as cursor:
        row = statements.select_state.first(cursor, {"profile_id": profile_id, "card_id": card_id})
        if row is None:
            raise UnknownCard(f"card {card_id} is not in this learner's collection")
        before = state_from_row(row)
        became_leech = False
        if is_cram:
            after = before
            elapsed = (now - before.last_review).days if before.last_review else None
        else:
            rng = fuzz_rng(card_id, before.reps)
            rated = rate(before, rating, now, settings, rng, expires=expires)
            after, elapsed, became_leech = rated.after, rated.elapsed_days, rated.became_leech
        values = {
            "profile_id": profile_id,
            "card_id": card_id,
            "session_id": session_id,
            "reviewed_at": now_ms,
            "rating": int(rating),
            "answer": answer,
            "verdict": verdict,
            "duration_ms": duration_ms,
            "phase_before": int(before.phase),
            "step_before": before.step,
            "interval_before": before.interval_days,
            "elapsed_days": elapsed,
            "stability_after": after.stability,
            "difficulty_after": after.difficulty,
            "due_after": None if after.due is None else to_millis(after.due),
            "is_cram": is_cram,
            "prior": snapshot(row),
        }
        review_id = int(statements.insert_review.run(cursor, values).fetchone()[0])
        if not is_cram:
            statements.update_state.run(cursor, {"state_id": row["id"], **state_columns(after)})
    return Recorded(review_id, before, after, became_leech)


@dataclass(frozen=True, slots=True)
class Undone:
    card_id: int
    review_id: int
    is_cram: bool
    restored: CardState


def undo_last(
    connection: Connection, profile_id: int, session_id: int | None = None
) -> Undone | None:
    """Delete the learner's latest answer (in the session, if given) and restore the card."""
    query = select(REVIEW.c.id, REVIEW.c.card_id, REVIEW.c.is_cram, REVIEW.c.prior).where(
        REVIEW.c.profile_id == profile_id
    )
    if session_id is not None:
        query = query.where(REVIEW.c.session_id == session_id)
    last = connection.execute(query.order_by(REVIEW.c.id.desc()).limit(1)).mappings().first()
    if last is None:
        return None
    if not last["is_cram"]:
        connection.execute(
            STATE.update()
            .where(STATE.c.profile_id == profile_id, STATE.c.card_id == last["card_id"])
            .values(**restore_columns(last["prior"]))
        )
    connection.execute(REVIEW.delete().where(REVIEW.c.id == last["id"]))
    restored = state_from_row(_state_row(connection, profile_id, last["card_id"]))
    return Undone(last["card_id"], last["id"], bool(last["is_cram"]), restored)


def set_state(connection: Connection, profile_id: int, card_id: int, **values: Any) -> CardState:
    """Change bury/suspend columns of one card and return its new state."""
    row = _state_row(connection, profile_id, card_id)
    connection.execute(STATE.update().where(STATE.c.id == row["id"]).values(**values))
    return state_from_row({**row, **values})


def get_study_card(connection: Connection, profile_id: int, card_id: int) -> StudyCard:
    row = (
        connection.execute(_study_select(profile_id, None).where(STATE.c.card_id == card_id))
        .mappings()
        .first()
    )
    if row is None:
        raise UnknownCard(f"card {card_id} is not in this learner's collection")
    return study_card(row)


def find_card_id(connection: Connection, deck_slug: str, key: str) -> int:
    card_id = connection.execute(
        select(CARD.c.id)
        .select_from(CARD.join(DECK, DECK.c.id == CARD.c.deck_id))
        .where(DECK.c.slug == deck_slug, CARD.c.key == key)
    ).scalar_one_or_none()
    if card_id is None:
        raise UnknownCard(f"no card {key!r} in deck {deck_slug!r}")
    return int(card_id)


def cram_cards(
    connection: Connection,
    profile_id: int,
    *,
    deck_ids: list[int] | None = None,
    card_ids: Iterable[int] | None = None,
    hardest_first: bool = False,
    limit: int | None = None,
) -> list[StudyCard]:
    """Cards chosen for cramming: current, not suspended; in deck order or hardest first."""
    query = _study_select(profile_id, deck_ids).where(~STATE.c.retired, ~STATE.c.suspended)
    wanted = None if card_ids is None else list(card_ids)
    if wanted is not None:
        query = query.where(STATE.c.card_id.in_(wanted))
    if hardest_first:
        query = query.order_by(
            STATE.c.difficulty.is_(None), STATE.c.difficulty.desc(), STATE.c.lapses.desc()
        )
    query = query.order_by(STATE.c.deck_id, STATE.c.position)
    if limit is not None:
        query = query.limit(limit)
    cards = [study_card(row) for row in connection.execute(query).mappings()]
    if wanted is not None and not hardest_first:
        order = {card_id: index for index, card_id in enumerate(wanted)}
        cards.sort(key=lambda card: order[card.id])
    return cards
