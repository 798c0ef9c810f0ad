"""Learners' reports that a card is wrong or outdated, kept for the deck's author."""

from __future__ import annotations

from sqlalchemy import Connection, select

from newsquiz.core.progress import Flag
from newsquiz.core.scheduling import from_millis
from newsquiz.store.reviews import get_study_card
from newsquiz.store.tables import FLAG


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
