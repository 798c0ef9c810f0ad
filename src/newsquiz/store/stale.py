"""Stale facts: cards past their `valid_until` (or their deck's) leave every learner's queue.

A stale card is retired the way a card removed from its file is: its `card_state.retired` flag is
set, so every queue query already skips it, and its history stays. Staleness depends on the date,
so the flags are reconciled by a sweep (`refresh`) that the store runs before it builds a queue or
counts. The sweep is cheap when nothing can have changed: it remembers in `meta` the moment the
next card expires and a fingerprint of the decks and profiles, and only recomputes when the clock
passes that moment, a deck is (re)imported or a profile is added. Reconciling both ways means a
teacher who extends `valid_until` and re-imports gets the card back into the queues.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, func, or_, select

from newsquiz.core.card_data import card_from_json
from newsquiz.core.cards import card_prompt
from newsquiz.core.progress import OutdatedCard
from newsquiz.core.scheduling import expiry_moment, to_millis
from newsquiz.store.dialect import own_key
from newsquiz.store.engine import reading, writing
from newsquiz.store.meta import get_meta, set_meta
from newsquiz.store.tables import CARD, DECK, META, PROFILE, STATE

SWEEP_KEY = "stale_sweep"
"""Kept per database role on PostgreSQL (`dialect.own_key`): under row-level security each
learner sees, and so sweeps and fingerprints, only their own profiles."""
_CHUNK = 5000
"""Ids per `IN (...)`: well under every database's limit on bound parameters."""


@dataclass(frozen=True, slots=True)
class Expiry:
    card_id: int
    deck: str
    valid_until: date
    from_deck: bool
    """True when the date is the deck's `valid_until` (the card has none of its own)."""

    @property
    def moment(self) -> datetime:
        return expiry_moment(self.valid_until)


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if isinstance(value, str) and value else None


def card_expiries(connection: Connection) -> dict[int, Expiry]:
    """Every current card that has a `valid_until`, its own or its deck's."""
    decks = {
        deck_id: (slug, _date(json.loads(data).get("valid_until")))
        for deck_id, slug, data in connection.execute(select(DECK.c.id, DECK.c.slug, DECK.c.data))
    }
    found: dict[int, Expiry] = {}
    dated_decks = [deck_id for deck_id, (_, until) in decks.items() if until is not None]
    # Only cards that can expire: their own date, or their deck's. The LIKE runs inside the
    # database, so a large collection without dates costs a scan in C, not 100,000 JSON rows.
    rows = connection.execute(
        select(CARD.c.id, CARD.c.deck_id, CARD.c.data).where(
            CARD.c.retired_at.is_(None),
            or_(
                CARD.c.data.contains('"valid_until"', autoescape=True),
                CARD.c.deck_id.in_(dated_decks),
            ),
        )
    )
    for card_id, deck_id, data in rows:
        own = _date(json.loads(data).get("valid_until")) if '"valid_until"' in data else None
        slug, deck_date = decks[deck_id]
        if own is not None:
            found[card_id] = Expiry(card_id, slug, own, False)
        elif deck_date is not None:
            found[card_id] = Expiry(card_id, slug, deck_date, True)
    return found


def _fingerprint(connection: Connection) -> list[Any]:
    """Changes when a deck is imported or changed, or a card or a profile is added. Only maxima
    of keys and a count of the few decks: O(log n) each, since this runs before every count."""
    decks = connection.execute(select(func.count(), func.max(DECK.c.imported_at))).one()
    cards = connection.execute(select(func.max(CARD.c.id))).scalar_one()
    people = connection.execute(select(func.max(PROFILE.c.id))).scalar_one()
    return [*decks, cards, people]


def _chunks(ids: list[int]) -> Iterator[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def sweep(connection: Connection, now_ms: int, expiries: dict[int, Expiry]) -> int | None:
    """Set `retired` on stale cards' states and clear it on current, fresh ones; returns when the
    next card expires (epoch ms), or None if none will."""
    stale = sorted(cid for cid, e in expiries.items() if to_millis(e.moment) <= now_ms)
    for ids in _chunks(stale):
        connection.execute(
            STATE.update()
            .where(~STATE.c.retired, STATE.c.card_id.in_(bindparam("ids", expanding=True)))
            .values(retired=True),
            {"ids": ids},
        )
    stale_set = set(stale)
    retired_current = connection.execute(
        select(STATE.c.card_id)
        .distinct()
        .select_from(STATE.join(CARD, CARD.c.id == STATE.c.card_id))
        .where(STATE.c.retired, CARD.c.retired_at.is_(None))
    ).scalars()
    revive = sorted(set(retired_current) - stale_set)
    for ids in _chunks(revive):
        connection.execute(
            STATE.update()
            .where(STATE.c.card_id.in_(bindparam("ids", expanding=True)))
            .values(retired=False),
            {"ids": ids},
        )
    later = [to_millis(e.moment) for e in expiries.values() if to_millis(e.moment) > now_ms]
    return min(later) if later else None


def refresh(engine: Engine, now_ms: int) -> bool:
    """Bring the stale flags up to date if the clock, the decks or the profiles have moved on;
    True if a sweep ran."""
    with reading(engine) as connection:
        if _is_fresh(connection, now_ms):
            return False
    with writing(engine) as connection:
        if _is_fresh(connection, now_ms):
            return False
        next_ms = sweep(connection, now_ms, card_expiries(connection))
        record = {"fingerprint": _fingerprint(connection), "from": now_ms, "until": next_ms}
        set_meta(connection, own_key(connection.dialect, SWEEP_KEY), json.dumps(record))
    return True


def forget_sweep(connection: Connection) -> None:
    """Make the next `refresh` sweep whatever the fingerprint says (a profile id can be reused
    after a deletion, which the fingerprint cannot see)."""
    connection.execute(META.delete().where(META.c.key == own_key(connection.dialect, SWEEP_KEY)))


def _is_fresh(connection: Connection, now_ms: int) -> bool:
    value = get_meta(connection, own_key(connection.dialect, SWEEP_KEY))
    if value is None:
        return False
    record = json.loads(value)
    if record.get("fingerprint") != _fingerprint(connection):
        return False
    until = record.get("until")
    return bool(record["from"] <= now_ms and (until is None or now_ms < until))


def stale_cards(
    connection: Connection, now_ms: int, decks: list[str] | None, horizon_ms: int | None = None
) -> list[OutdatedCard]:
    """Current cards expired by now (or by `horizon_ms`, to see what expires soon)."""
    limit = now_ms if horizon_ms is None else max(now_ms, horizon_ms)
    expiries = {
        cid: e for cid, e in card_expiries(connection).items() if to_millis(e.moment) <= limit
    }
    if not expiries:
        return []
    query = (
        select(CARD.c.id, CARD.c.key, CARD.c.data, CARD.c.line, DECK.c.slug, DECK.c.origin)
        .select_from(CARD.join(DECK, DECK.c.id == CARD.c.deck_id))
        .where(CARD.c.id.in_(list(expiries)))
        .order_by(DECK.c.slug, CARD.c.position)
    )
    if decks is not None:
        query = query.where(DECK.c.slug.in_(decks))
    found = []
    for card_id, key, data, line, slug, origin in connection.execute(query):
        card = card_from_json(data)
        expiry = expiries[card_id]
        found.append(
            OutdatedCard(
                deck=slug,
                card=key,
                prompt=card_prompt(card),
                answer=card.answer,
                valid_until=expiry.valid_until,
                from_deck=expiry.from_deck,
                origin=origin,
                line=line,
            )
        )
    return found
