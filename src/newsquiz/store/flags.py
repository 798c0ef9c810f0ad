"""Flags: a learner reports a card as wrong or outdated; the deck's author reads them all.

Raising a flag is the learner's side (one card, one profile); `open_flag_reports` is the
teacher's side: one joined query over every learner, with the card's place in its deck file.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, select

from newsquiz.core.card_data import card_from_json
from newsquiz.core.cards import card_prompt
from newsquiz.core.progress import Flag, FlagReport
from newsquiz.core.scheduling import from_millis
from newsquiz.store.reviews import get_study_card
from newsquiz.store.tables import CARD, DECK, FLAG, PROFILE


def flag_card(
    connection: Connection, profile_id: int, card_id: int, reason: str, note: str, now_ms: int
) -> Flag:
    get_study_card(connection, profile_id, card_id)  # refuses a card the learner doesn't have
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


def open_flag_reports(connection: Connection, decks: list[str] | None = None) -> list[FlagReport]:
    """Unresolved flags, by deck file and line, oldest first on the same card."""
    query = (
        select(
            FLAG.c.id,
            PROFILE.c.name,
            DECK.c.slug,
            DECK.c.origin,
            CARD.c.key,
            CARD.c.data,
            CARD.c.line,
            FLAG.c.reason,
            FLAG.c.note,
            FLAG.c.created_at,
        )
        .select_from(
            FLAG.join(PROFILE, PROFILE.c.id == FLAG.c.profile_id)
            .join(CARD, CARD.c.id == FLAG.c.card_id)
            .join(DECK, DECK.c.id == CARD.c.deck_id)
        )
        .where(FLAG.c.resolved_at.is_(None))
        .order_by(DECK.c.slug, CARD.c.line, FLAG.c.created_at, FLAG.c.id)
    )
    if decks is not None:
        query = query.where(DECK.c.slug.in_(decks))
    return [
        FlagReport(
            id=flag_id,
            learner=learner,
            deck=slug,
            card=key,
            prompt=card_prompt(replace(card_from_json(data), line=line)),
            reason=reason,
            note=note,
            created_at=from_millis(created_at),
            origin=origin,
            line=line,
        )
        for flag_id, learner, slug, origin, key, data, line, reason, note, created_at in (
            connection.execute(query)
        )
    ]
