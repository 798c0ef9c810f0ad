"""Flags for the deck's author: every open flag with its learner, card and place in the deck file.

Kept apart from `reviews.py` (where learners raise flags) because this is the teacher's side:
one joined query over all learners.
"""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import Connection, select

from newsquiz.core.card_data import card_from_json
from newsquiz.core.cards import card_prompt
from newsquiz.core.progress import FlagReport
from newsquiz.core.scheduling import from_millis
from newsquiz.store.tables import CARD, DECK, FLAG, PROFILE


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
