"""Reading a deck's cards as one learner sees them, for the deck browser."""

from __future__ import annotations

from sqlalchemy import Connection

from newsquiz.core.progress import StudyCard
from newsquiz.store.reviews import _study_select
from newsquiz.store.states import study_card
from newsquiz.store.tables import CARD, STATE


def deck_cards(connection: Connection, profile_id: int, deck_ids: list[int]) -> list[StudyCard]:
    """Every card still in the decks' files (suspended, buried and outdated ones too), in order."""
    query = (
        _study_select(profile_id, deck_ids)
        .where(CARD.c.retired_at.is_(None))
        .order_by(STATE.c.deck_id, STATE.c.position)
    )
    return [study_card(row) for row in connection.execute(query).mappings()]
