"""The review path: today's queue, recording an answer, undo, bury, suspend, flags, cram picks.

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

from sqlalchemy import Connection, Engine, RowMapping, Select, bindparam, func, or_, select
from sqlalchemy.engine import Dialect

from newsquiz.core.progress import DueCounts, Flag, ReviewEntry, StudyCard
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
from newsquiz.store.tables import CARD, DECK, FLAG, REVIEW, STATE

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


def load_queue(
    connection: Connection,
    profile_id: int,
    settings: Settings,
    day: Day,
    deck_ids: list[int] | None,
) -> StudyQueue:
    """Today's candidates: learning cards, reviews most overdue first, new cards in deck order."""
    done = today_counts(connection, profile_id, day.start_ms)
    new_left = max(0, settings.new_per_day - done.new)
    reviews_left = max(0, settings.reviews_per_day - done.review)
    available = _available(day.now_ms)
    base = _study_select(profile_id, deck_ids).where(*available)
    queue = StudyQueue(day_end=from_millis(day.end_ms), learn_ahead=settings.learn_ahead, done=done)
    learning = base.where(STATE.c.phase.in_(_LEARNING), STATE.c.due < day.end_ms)
    for row in connection.execute(learning.order_by(STATE.c.due)).mappings():
        queue.add_learning(study_card(row))
    if reviews_left:
        reviews = (
            base.where(STATE.c.phase == int(Phase.REVIEW), STATE.c.due < day.end_ms)
            .order_by(STATE.c.due, STATE.c.card_id)
            .limit(reviews_left)
        )
        queue.reviews.extend(study_card(r) for r in connection.execute(reviews).mappings())
    if new_left:
        new = (
            base.where(STATE.c.phase == int(Phase.NEW))
            .order_by(STATE.c.deck_id, STATE.c.position)
            .limit(new_left)
        )
        queue.new.extend(study_card(r) for r in connection.execute(new).mappings())
    return queue


def due_counts(
    connection: Connection,
    profile_id: int,
    settings: Settings,
    day: Day,
    deck_ids: list[int] | None,
) -> DueCounts:
    """What is left to study now, after the daily limits, counted with the queue indexes only."""
    done = today_counts(connection, profile_id, day.start_ms)
    new_left = max(0, settings.new_per_day - done.new)
    reviews_left = max(0, settings.reviews_per_day - done.review)
    available = _available(day.now_ms)
    ahead_ms = day.now_ms + int(settings.learn_ahead.total_seconds() * 1000)

    def limited(condition: Any, limit: int) -> int:
        if limit == 0:
            return 0
        inner = _scoped(
            select(STATE.c.id).where(STATE.c.profile_id == profile_id, *available, *condition),
            deck_ids,
        ).limit(limit)
        return int(
            connection.execute(select(func.count()).select_from(inner.subquery())).scalar_one()
        )

    learning = _scoped(
        select(func.count()).where(
            STATE.c.profile_id == profile_id,
            STATE.c.phase.in_(_LEARNING),
            STATE.c.due <= ahead_ms,
            *available,
        ),
        deck_ids,
    )
    return DueCounts(
        new=limited((STATE.c.phase == int(Phase.NEW),), new_left),
        learning=int(connection.execute(learning).scalar_one()),
        review=limited(
            (STATE.c.phase == int(Phase.REVIEW), STATE.c.due < day.end_ms), reviews_left
        ),
    )


def due_counts_by_deck(
    connection: Connection, profile_id: int, settings: Settings, day: Day
) -> dict[int, DueCounts]:
    """Per deck, each capped by the daily limits on its own, as Anki's deck list shows them."""
    done = today_counts(connection, profile_id, day.start_ms)
    new_left = max(0, settings.new_per_day - done.new)
    reviews_left = max(0, settings.reviews_per_day - done.review)
    ahead_ms = day.now_ms + int(settings.learn_ahead.total_seconds() * 1000)
    phase = STATE.c.phase
    rows = connection.execute(
        select(STATE.c.deck_id, phase, func.count())
        .where(
            STATE.c.profile_id == profile_id,
            *_available(day.now_ms),
            or_(
                phase == int(Phase.NEW),
                (phase == int(Phase.REVIEW)) & (STATE.c.due < day.end_ms),
                phase.in_(_LEARNING) & (STATE.c.due <= ahead_ms),
            ),
        )
        .group_by(STATE.c.deck_id, phase)
    )
    counts: dict[int, dict[int, int]] = {}
    for deck_id, card_phase, count in rows:
        counts.setdefault(deck_id, {})[card_phase] = count
    return {
        deck_id: DueCounts(
            new=min(new_left, c.get(int(Phase.NEW), 0)),
            learning=c.get(int(Phase.LEARNING), 0) + c.get(int(Phase.RELEARNING), 0),
            review=min(reviews_left, c.get(int(Phase.REVIEW), 0)),
        )
        for deck_id, c in counts.items()
    }


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
    engine: Engine,
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
    """Log one answer and, unless cramming, reschedule the card; committed when this returns."""
    statements = _statements(engine.dialect)
    now_ms = to_millis(now)
    with raw_transaction(engine) as cursor:
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


def card_history(connection: Connection, profile_id: int, card_id: int) -> list[ReviewEntry]:
    rows = connection.execute(
        select(REVIEW)
        .where(REVIEW.c.profile_id == profile_id, REVIEW.c.card_id == card_id)
        .order_by(REVIEW.c.id)
    ).mappings()
    return [
        ReviewEntry(
            id=r["id"],
            card_id=r["card_id"],
            reviewed_at=from_millis(r["reviewed_at"]),
            rating=Rating(r["rating"]),
            answer=r["answer"],
            verdict=r["verdict"],
            duration_ms=r["duration_ms"],
            phase_before=Phase(r["phase_before"]),
            due_after=None if r["due_after"] is None else from_millis(r["due_after"]),
            is_cram=bool(r["is_cram"]),
        )
        for r in rows
    ]


def flag_card(
    connection: Connection, profile_id: int, card_id: int, reason: str, note: str, now_ms: int
) -> Flag:
    _state_row(connection, profile_id, card_id)
    flag_id = connection.execute(
        FLAG.insert()
        .values(profile_id=profile_id, card_id=card_id, created_at=now_ms, reason=reason, note=note)
        .returning(FLAG.c.id)
    ).scalar_one()
    return Flag(flag_id, card_id, reason, note, from_millis(now_ms))


def open_flags(connection: Connection, profile_id: int | None = None) -> list[Flag]:
    query = select(FLAG).where(FLAG.c.resolved_at.is_(None)).order_by(FLAG.c.id)
    if profile_id is not None:
        query = query.where(FLAG.c.profile_id == profile_id)
    return [
        Flag(r["id"], r["card_id"], r["reason"], r["note"], from_millis(r["created_at"]))
        for r in connection.execute(query).mappings()
    ]
