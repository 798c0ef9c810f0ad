"""Deck import (idempotent, all-or-nothing, keyed by deck slug + card id) and deck listings.

A card is identified by its deck's slug and its own `id`, never by its content, so fixing a typo
keeps the learner's progress. A card that left the file is retired: it leaves every queue, and
its history stays. Bulk statements (Core `insert` with a list of rows, `executemany` updates and
one `INSERT ... SELECT` for the learners' state rows) keep a 10,000-card import well under a second.
"""

from __future__ import annotations

import json
from dataclasses import replace
from typing import Any

from sqlalchemy import (
    Connection,
    and_,
    bindparam,
    case,
    exists,
    false,
    func,
    literal,
    or_,
    select,
    true,
)

from newsquiz.core.card_data import card_to_json
from newsquiz.core.cards import Deck
from newsquiz.core.deck_writer import deck_to_data
from newsquiz.core.progress import DeckSummary, DueCounts, ImportReport, Profile
from newsquiz.core.scheduling import MATURE_DAYS, Phase
from newsquiz.store.reviews import Day, today_counts
from newsquiz.store.tables import CARD, DECK, PROFILE, STATE

_DAY_MS = 86_400_000


def _deck_data(deck: Deck) -> str:
    data = deck_to_data(deck)
    data.pop("cards", None)
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


def import_deck(connection: Connection, deck: Deck, now_ms: int) -> ImportReport:
    """Bring the store in line with `deck`; run inside one transaction, so it all lands or none."""
    fields = {
        "title": deck.title,
        "language": deck.language,
        "origin": deck.origin,
        "data": _deck_data(deck),
    }
    row = connection.execute(select(DECK).where(DECK.c.slug == deck.slug)).mappings().first()
    if row is None:
        deck_id = connection.execute(
            DECK.insert().values(slug=deck.slug, imported_at=now_ms, **fields).returning(DECK.c.id)
        ).scalar_one()
        deck_changed = True
    else:
        deck_id = row["id"]
        deck_changed = any(row[name] != value for name, value in fields.items())

    existing = {
        r["key"]: r
        for r in connection.execute(
            select(
                CARD.c.id, CARD.c.key, CARD.c.position, CARD.c.line, CARD.c.data, CARD.c.retired_at
            ).where(CARD.c.deck_id == deck_id)
        ).mappings()
    }
    added: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    updated = restored = unchanged = 0
    for position, card in enumerate(deck.cards):
        # The deck's source and date travel with each card, so a review can show them.
        resolved = replace(card, line=0, source=deck.source_of(card), as_of=deck.as_of_for(card))
        data = card_to_json(resolved)
        old = existing.get(card.id)
        if old is None:
            added.append(
                {"deck_id": deck_id, "key": card.id, "position": position, "line": card.line,
                 "data": data, "retired_at": None}
            )  # fmt: skip
            continue
        was_retired = old["retired_at"] is not None
        if was_retired:
            restored += 1
        elif old["data"] != data:
            updated += 1
        elif old["position"] == position and old["line"] == card.line:
            unchanged += 1
            continue
        else:
            unchanged += 1  # only moved within the file: not a change the learner would notice
        changed.append(
            {"_id": old["id"], "position": position, "line": card.line, "data": data,
             "was_retired": was_retired}
        )  # fmt: skip

    in_file = {card.id for card in deck.cards}
    retired_ids = [
        r["id"] for key, r in existing.items() if key not in in_file and r["retired_at"] is None
    ]

    if added:
        connection.execute(CARD.insert(), added)
    if changed:
        connection.execute(
            CARD.update()
            .where(CARD.c.id == bindparam("_id"))
            .values(
                position=bindparam("position"),
                line=bindparam("line"),
                data=bindparam("data"),
                retired_at=None,
            ),
            [{k: v for k, v in c.items() if k != "was_retired"} for c in changed],
        )
        connection.execute(
            STATE.update()
            .where(STATE.c.card_id == bindparam("_id"))
            .values(position=bindparam("position"), retired=False),
            [{"_id": c["_id"], "position": c["position"]} for c in changed],
        )
    if retired_ids:
        connection.execute(
            CARD.update().where(CARD.c.id == bindparam("_id")).values(retired_at=now_ms),
            [{"_id": card_id} for card_id in retired_ids],
        )
        connection.execute(
            STATE.update().where(STATE.c.card_id == bindparam("_id")).values(retired=True),
            [{"_id": card_id} for card_id in retired_ids],
        )
    if added:
        _add_states_for_deck(connection, deck_id)

    report = ImportReport(
        slug=deck.slug,
        added=len(added),
        updated=updated,
        retired=len(retired_ids),
        unchanged=unchanged,
        restored=restored,
    )
    if report.changed or deck_changed:
        connection.execute(
            DECK.update().where(DECK.c.id == deck_id).values(imported_at=now_ms, **fields)
        )
    return report


def _add_states_for_deck(connection: Connection, deck_id: int) -> None:
    """Every learner starts the deck's new cards as new."""
    already = exists().where(and_(STATE.c.card_id == CARD.c.id, STATE.c.profile_id == PROFILE.c.id))
    source = (
        select(
            PROFILE.c.id,
            CARD.c.id,
            CARD.c.deck_id,
            CARD.c.position,
            false(),
            literal(0),
            literal(0),
            literal(0),
            false(),
            false(),
        )
        .select_from(CARD.join(PROFILE, true()))
        .where(CARD.c.deck_id == deck_id, ~already)
    )
    columns = ["profile_id", "card_id", "deck_id", "position", "retired", "phase", "reps"]
    columns += ["lapses", "suspended", "leech"]
    connection.execute(STATE.insert().from_select(columns, source))


def deck_ids(connection: Connection, slugs: list[str] | None) -> list[int] | None:
    """The ids of the named decks (None means every deck); unknown slugs raise `KeyError`."""
    if slugs is None:
        return None
    found = dict(
        connection.execute(select(DECK.c.slug, DECK.c.id).where(DECK.c.slug.in_(slugs))).all()
    )
    missing = [slug for slug in slugs if slug not in found]
    if missing:
        raise KeyError(", ".join(missing))
    return [found[slug] for slug in slugs]


def deck_summaries(
    connection: Connection, profile: Profile | None, day: Day | None
) -> list[DeckSummary]:
    """Every deck with its card counts and, for a learner, what is due today (each deck capped
    by the daily limits on its own, as Anki's deck list shows). One pass over the states."""
    decks = connection.execute(select(DECK).order_by(DECK.c.slug)).mappings().all()
    if profile is None or day is None:
        counts = {
            r["deck_id"]: r
            for r in connection.execute(
                select(
                    CARD.c.deck_id,
                    func.sum(case((CARD.c.retired_at.is_(None), 1), else_=0)).label("cards"),
                    func.sum(case((CARD.c.retired_at.is_not(None), 1), else_=0)).label("retired"),
                ).group_by(CARD.c.deck_id)
            ).mappings()
        }
        new_left = reviews_left = 0
    else:
        counts = _state_counts(connection, profile, day)
        done = today_counts(connection, profile.id, day.start_ms)
        new_left = max(0, profile.settings.new_per_day - done.new)
        reviews_left = max(0, profile.settings.reviews_per_day - done.review)
    summaries = []
    for deck in decks:
        c: Any = counts.get(deck["id"], {})
        cards = int(c.get("cards") or 0)
        summaries.append(
            DeckSummary(
                slug=deck["slug"],
                title=deck["title"],
                language=deck["language"],
                origin=deck["origin"],
                cards=cards,
                retired=int(c.get("retired") or 0),
                unseen=cards if profile is None else int(c.get("unseen") or 0),
                learning=int(c.get("learning") or 0),
                young=int(c.get("young") or 0),
                mature=int(c.get("mature") or 0),
                suspended=int(c.get("suspended") or 0),
                due=DueCounts(
                    new=min(new_left, int(c.get("due_new") or 0)),
                    learning=int(c.get("due_learning") or 0),
                    review=min(reviews_left, int(c.get("due_review") or 0)),
                ),
            )
        )
    return summaries


def _state_counts(connection: Connection, profile: Profile, day: Day) -> dict[int, Any]:
    active = ~STATE.c.retired
    available = (
        active,
        ~STATE.c.suspended,
        or_(STATE.c.buried_until.is_(None), STATE.c.buried_until <= day.now_ms),
    )
    ahead_ms = day.now_ms + int(profile.settings.learn_ahead.total_seconds() * 1000)
    interval = STATE.c.due - STATE.c.last_review
    mature = interval >= MATURE_DAYS * _DAY_MS
    phase = STATE.c.phase
    learning = phase.in_([int(Phase.LEARNING), int(Phase.RELEARNING)])

    def count(*conditions: Any) -> Any:
        return func.sum(case((and_(*conditions), 1), else_=0))

    query = (
        select(
            STATE.c.deck_id,
            count(active).label("cards"),
            count(STATE.c.retired).label("retired"),
            count(active, phase == int(Phase.NEW)).label("unseen"),
            count(active, learning).label("learning"),
            count(active, phase == int(Phase.REVIEW), ~mature).label("young"),
            count(active, phase == int(Phase.REVIEW), mature).label("mature"),
            count(active, STATE.c.suspended).label("suspended"),
            count(*available, phase == int(Phase.NEW)).label("due_new"),
            count(*available, learning, STATE.c.due <= ahead_ms).label("due_learning"),
            count(*available, phase == int(Phase.REVIEW), STATE.c.due < day.end_ms).label(
                "due_review"
            ),
        )
        .where(STATE.c.profile_id == profile.id)
        .group_by(STATE.c.deck_id)
    )
    return {r["deck_id"]: r for r in connection.execute(query).mappings()}
