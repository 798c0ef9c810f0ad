"""Opening a database made by an earlier schema upgrades it in one transaction, keeping data.

Each test runs on a SQLite file and on PostgreSQL. The SQLite version-1 schema is the one
newsquiz really wrote (raw SQL); PostgreSQL support came later, so its version-1 database is the
current schema taken back to version 1, which is what the upgrade steps must handle there.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import Connection, inspect, text

from newsquiz.core.scheduling import Rating
from newsquiz.store import SchemaError, Store
from newsquiz.store.engine import make_engine
from newsquiz.store.tables import SCHEMA_VERSION
from tests.pg_server import PostgresServer
from tests.store.conftest import KYIV, FakeClock

SCHEMA_V1 = """
CREATE TABLE meta (key VARCHAR NOT NULL PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE profile (
    id INTEGER NOT NULL PRIMARY KEY, name VARCHAR NOT NULL UNIQUE, created_at BIGINT NOT NULL,
    last_used_at BIGINT, desired_retention FLOAT NOT NULL, new_per_day INTEGER NOT NULL,
    reviews_per_day INTEGER NOT NULL, rollover_hour INTEGER NOT NULL);
CREATE TABLE deck (
    id INTEGER NOT NULL PRIMARY KEY, slug VARCHAR NOT NULL UNIQUE, title VARCHAR NOT NULL,
    language VARCHAR NOT NULL, origin VARCHAR NOT NULL, data VARCHAR NOT NULL,
    imported_at BIGINT NOT NULL);
CREATE TABLE card (
    id INTEGER NOT NULL PRIMARY KEY, deck_id INTEGER NOT NULL REFERENCES deck (id),
    "key" VARCHAR NOT NULL, position INTEGER NOT NULL, line INTEGER NOT NULL,
    data VARCHAR NOT NULL, retired_at BIGINT, UNIQUE (deck_id, "key"));
CREATE INDEX ix_card_deck_position ON card (deck_id, position);
CREATE TABLE study_session (
    id INTEGER NOT NULL PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES profile (id),
    started_at BIGINT NOT NULL, ended_at BIGINT, decks VARCHAR, is_cram BOOLEAN NOT NULL);
CREATE INDEX ix_study_session_profile_id ON study_session (profile_id);
CREATE TABLE card_state (
    id INTEGER NOT NULL PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES profile (id),
    card_id INTEGER NOT NULL REFERENCES card (id), deck_id INTEGER NOT NULL REFERENCES deck (id),
    position INTEGER NOT NULL, retired BOOLEAN NOT NULL, phase INTEGER NOT NULL, step INTEGER,
    stability FLOAT, difficulty FLOAT, due BIGINT, last_review BIGINT, reps INTEGER NOT NULL,
    lapses INTEGER NOT NULL, suspended BOOLEAN NOT NULL, buried_until BIGINT,
    leech BOOLEAN NOT NULL, UNIQUE (profile_id, card_id));
CREATE INDEX ix_state_queue ON card_state (profile_id, phase, due);
CREATE INDEX ix_state_new ON card_state (profile_id, phase, deck_id, position);
CREATE INDEX ix_card_state_card_id ON card_state (card_id);
CREATE TABLE review (
    id INTEGER NOT NULL PRIMARY KEY, profile_id INTEGER NOT NULL REFERENCES profile (id),
    card_id INTEGER NOT NULL REFERENCES card (id),
    session_id INTEGER REFERENCES study_session (id), reviewed_at BIGINT NOT NULL,
    rating INTEGER NOT NULL, duration_ms INTEGER, phase_before INTEGER NOT NULL,
    step_before INTEGER, interval_before INTEGER, elapsed_days INTEGER, stability_after FLOAT,
    difficulty_after FLOAT, due_after BIGINT, is_cram BOOLEAN NOT NULL, prior VARCHAR NOT NULL);
CREATE INDEX ix_review_profile_time ON review (profile_id, reviewed_at);
CREATE INDEX ix_review_card_id ON review (card_id);
"""

V1_DATA = """
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO profile VALUES (1, 'ann', 1772438400000, NULL, 0.9, 20, 200, 4);
INSERT INTO deck VALUES (1, 'old', 'Old deck', 'en', '/decks/old.yaml', '{}', 1772438400000);
INSERT INTO card VALUES
    (1, 1, 'q1', 0, 5, '{"id":"q1","type":"basic","question":"Q1?","answer":"A1"}', NULL);
INSERT INTO card_state VALUES
    (1, 1, 1, 1, 0, FALSE, 2, NULL, 3.1, 5.2, 1772611200000, 1772438400000, 2, 0, FALSE, NULL,
     FALSE);
INSERT INTO review VALUES
    (1, 1, 1, NULL, 1772438400000, 3, 5000, 1, 1, NULL, 0, 3.1, 5.2, 1772611200000, FALSE, '{}');
"""
"""Portable SQL (SQLite reads FALSE as 0)."""

BACK_TO_V1 = """
DROP TABLE flag;
ALTER TABLE review DROP COLUMN answer;
ALTER TABLE review DROP COLUMN verdict;
DROP INDEX ix_profile_db_role;
ALTER TABLE profile DROP COLUMN db_role;
"""
"""From today's schema to version 1, for PostgreSQL."""


def is_sqlite(location: str) -> bool:
    return "://" not in location


@contextmanager
def raw(location: str) -> Iterator[Connection]:
    """One transaction on the database, outside the store."""
    engine = make_engine(location)
    try:
        with engine.begin() as connection:
            yield connection
    finally:
        engine.dispose()


def statements(script: str) -> list[str]:
    return [part.strip() for part in script.split(";") if part.strip()]


def write_v1(location: str) -> None:
    if is_sqlite(location):
        with sqlite3.connect(location) as file:
            file.executescript(SCHEMA_V1 + V1_DATA)
        file.close()
        return
    Store.open(location).close()
    with raw(location) as connection:
        connection.execute(text("DELETE FROM meta"))
        for statement in statements(BACK_TO_V1 + V1_DATA):
            connection.execute(text(statement))
        for table in ("profile", "deck", "card", "card_state", "review"):
            connection.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 1)"))


def execute(location: str, sql: str) -> None:
    with raw(location) as connection:
        connection.execute(text(sql))


def columns(location: str) -> dict[str, list[str]]:
    engine = make_engine(location)
    try:
        found = inspect(engine)
        return {
            table: sorted(c["name"] for c in found.get_columns(table))
            for table in found.get_table_names()
        }
    finally:
        engine.dispose()


def schema_version(location: str) -> str:
    with raw(location) as connection:
        value = connection.execute(
            text("SELECT value FROM meta WHERE key = 'schema_version'")
        ).scalar_one()
        return str(value)


def test_version_one_database_is_upgraded_keeping_its_data(db_location: str) -> None:
    write_v1(db_location)
    with Store.open(db_location, clock=FakeClock(), tz=KYIV) as store:
        assert store.upgraded_from == 1
        ann = store.profile("ann")
        assert ann is not None
        history = store.card_history(ann, 1)
        assert [(h.rating, h.duration_ms, h.answer, h.verdict) for h in history] == [
            (Rating.Good, 5000, None, None)
        ]
        card = store.study_card(ann, 1)
        assert (card.state.stability, card.state.reps, card.card.id) == (3.1, 2, "q1")
        store.record_review(ann, 1, Rating.Good, answer="A1", verdict="correct")
        store.flag_card(ann, 1, "wrong", "typo")
        assert store.card_history(ann, 1)[-1].verdict == "correct"
        assert store.create_profile("bo").id == 2  # the id sequences carried on
    with Store.open(db_location) as store:
        assert store.upgraded_from == SCHEMA_VERSION
        if is_sqlite(db_location):
            with store.engine.connect() as connection:
                assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"


def test_version_three_database_keeps_its_last_profile(db_location: str) -> None:
    """Version 3 kept the last profile in `meta`; version 4 finds it from `last_used_at`."""
    write_v1(db_location)
    with Store.open(db_location, clock=FakeClock(), tz=KYIV) as store:
        ann = store.profile("ann")
        assert ann is not None
        store.remember_profile(ann)
        store.create_profile("bo")
    for statement in statements(
        "UPDATE meta SET value = '3' WHERE key = 'schema_version';"
        "INSERT INTO meta VALUES ('last_profile_id', '1');"
        "DROP INDEX ix_profile_db_role;"
        "ALTER TABLE profile DROP COLUMN db_role"
    ):
        execute(db_location, statement)
    with Store.open(db_location) as store:
        assert store.upgraded_from == 3
        last = store.last_profile()
        assert last is not None
        assert last.name == "ann"
        with store.engine.connect() as connection:
            keys = connection.execute(text("SELECT key FROM meta")).scalars().all()
        assert keys == ["schema_version"]


def test_new_database_records_the_current_version(db_location: str) -> None:
    with Store.open(db_location) as store:
        assert store.upgraded_from == 0
    with Store.open(db_location) as store:
        assert store.upgraded_from == SCHEMA_VERSION


def test_failed_upgrade_leaves_the_old_schema_intact(db_location: str) -> None:
    """A v1 database that already has a `flag` table makes the upgrade fail half-way; the
    columns added before the failure are rolled back with it."""
    write_v1(db_location)
    execute(db_location, "CREATE TABLE flag (id INTEGER PRIMARY KEY)")
    with pytest.raises(Exception, match="flag"):
        Store.open(db_location)
    assert "answer" not in columns(db_location)["review"]
    assert schema_version(db_location) == "1"


def test_database_from_a_newer_newsquiz_is_refused(db_location: str) -> None:
    with Store.open(db_location):
        pass
    execute(db_location, "UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    with pytest.raises(SchemaError, match="newer"):
        Store.open(db_location)


def test_other_database_is_refused(db_location: str) -> None:
    execute(db_location, "CREATE TABLE notes (body TEXT)")
    with pytest.raises(SchemaError, match="not a newsquiz database"):
        Store.open(db_location)


def schema(location: str) -> dict[str, object]:
    """Columns of every table and the definition of every index."""
    found: dict[str, object] = dict(columns(location))
    if is_sqlite(location):
        query = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
    else:
        query = "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()"
    with raw(location) as connection:
        for name, sql in connection.execute(text(query)):
            found[name] = " ".join(sql.split())
    return found


def test_upgraded_schema_matches_a_new_one(
    db_location: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    write_v1(db_location)
    Store.open(db_location).close()
    if is_sqlite(db_location):
        new = str(tmp_path / "new.db")
    else:
        server: PostgresServer = request.getfixturevalue("pg_server")
        new = server.url(server.create_database())
    Store.open(new).close()
    assert schema(db_location) == schema(new)
