"""Reading a whole database for a class report: the card catalogue and every learner's work.

Bulk reads only: one query for the cards, one for the states that have been studied, one for
the answers (300,000 of them for a class of 30 take a fraction of a second). Learners are named
by a student key built from the database's own random id, so two databases that both have an
`ann` never mix, and the same `ann` read twice (her database and her exported file) is one student.
"""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import replace

from sqlalchemy import Connection, bindparam, select

from newsquiz.core.card_data import card_from_json
from newsquiz.core.cards import card_prompt
from newsquiz.core.progress import Profile
from newsquiz.core.reports import AnswerRecord, CardKey, ReportCard, StudentRecord
from newsquiz.core.scheduling import Phase
from newsquiz.store.meta import get_meta, set_meta
from newsquiz.store.prepared import Prepared
from newsquiz.store.states import STATE_FIELDS, state_from_row
from newsquiz.store.tables import CARD, DECK, PROFILE, REVIEW, STATE

DATABASE_UID_KEY = "database_uid"


def database_uid(connection: Connection) -> str:
    """This database's random id, made the first time it is asked for (needs a write transaction
    then); it survives renames and copies of the file, which is what a student key needs."""
    value = get_meta(connection, DATABASE_UID_KEY)
    if value is None:
        value = uuid.uuid4().hex
        set_meta(connection, DATABASE_UID_KEY, value)
    return value


def student_key(uid: str, profile_id: int, created_at_ms: int) -> str:
    """Opaque and stable: the database id, the profile's row and its creation time (a deleted
    profile's row id can be reused; its creation time then differs)."""
    digest = hashlib.sha256(f"{uid}:{profile_id}:{created_at_ms}".encode()).hexdigest()
    return digest[:20]


def profile_keys(connection: Connection, uid: str) -> dict[int, tuple[str, str]]:
    """Profile id → (student key, name)."""
    rows = connection.execute(select(PROFILE.c.id, PROFILE.c.name, PROFILE.c.created_at))
    return {pid: (student_key(uid, pid, created), name) for pid, name, created in rows}


def key_of(connection: Connection, uid: str, profile: Profile) -> str:
    return profile_keys(connection, uid)[profile.id][0]


def catalogue(
    connection: Connection, decks: list[str] | None = None
) -> tuple[list[ReportCard], dict[int, CardKey]]:
    """The current cards (of the named decks) in deck order, and every card's id → key."""
    query = (
        select(
            CARD.c.id,
            CARD.c.key,
            CARD.c.data,
            CARD.c.line,
            CARD.c.retired_at,
            DECK.c.slug,
            DECK.c.origin,
        )
        .select_from(CARD.join(DECK, DECK.c.id == CARD.c.deck_id))
        .order_by(DECK.c.slug, CARD.c.position)
    )
    if decks is not None:
        query = query.where(DECK.c.slug.in_(decks))
    cards: list[ReportCard] = []
    keys: dict[int, CardKey] = {}
    for card_id, key, data, line, retired_at, slug, origin in connection.execute(query):
        keys[card_id] = (slug, key)
        if retired_at is not None:
            continue
        card = replace(card_from_json(data), line=line)
        answer = card.answer
        cards.append(ReportCard(slug, key, card_prompt(card), answer, origin, line))
    return cards, keys


def students(
    connection: Connection,
    uid: str,
    source: str,
    card_keys: dict[int, CardKey],
    *,
    since_ms: int | None = None,
    profile_id: int | None = None,
) -> list[StudentRecord]:
    """Every learner of the database (or one), with answers on the cards in `card_keys`."""
    records = {
        pid: StudentRecord(key, name, source)
        for pid, (key, name) in profile_keys(connection, uid).items()
        if profile_id is None or pid == profile_id
    }
    states = select(STATE.c.profile_id, STATE.c.card_id, *(STATE.c[n] for n in STATE_FIELDS)).where(
        STATE.c.phase != int(Phase.NEW)
    )
    answers = select(
        REVIEW.c.profile_id,
        REVIEW.c.card_id,
        REVIEW.c.reviewed_at,
        REVIEW.c.rating,
        REVIEW.c.verdict,
        REVIEW.c.answer,
        REVIEW.c.is_cram,
        REVIEW.c.duration_ms,
    ).order_by(REVIEW.c.profile_id, REVIEW.c.reviewed_at, REVIEW.c.id)
    if profile_id is not None:
        states = states.where(STATE.c.profile_id == profile_id)
        answers = answers.where(REVIEW.c.profile_id == bindparam("profile"))
    if since_ms is not None:
        answers = answers.where(REVIEW.c.reviewed_at >= bindparam("since"))
    for row in connection.execute(states).mappings():
        key = card_keys.get(row["card_id"])
        record = records.get(row["profile_id"])
        if key is not None and record is not None:
            record.states[key] = state_from_row(row)
    # The answers are the bulk (300,000 for a class of 30): read them on the raw DBAPI cursor,
    # which is several times faster than SQLAlchemy's row objects, and share one key per card.
    prepared = Prepared(answers, connection.dialect)
    cursor = connection.connection.cursor()
    try:
        prepared.run(cursor, {"since": since_ms, "profile": profile_id})
        rows = cursor.fetchall()
    finally:
        cursor.close()
    make = AnswerRecord._make
    bucket: list[AnswerRecord] = []
    current = -1
    for pid, card_id, at_ms, rating, verdict, answer, cram, ms in rows:
        if pid != current:
            record = records.get(pid)
            bucket = record.answers if record is not None else []
            current = pid
        key = card_keys.get(card_id)
        if key is not None:
            bucket.append(make((key, at_ms, rating, verdict, answer, bool(cram), ms)))
    return list(records.values())
