"""Opening a database made by an earlier schema upgrades it in one transaction, keeping data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from newsquiz.core.scheduling import Rating
from newsquiz.store import SchemaError, Store
from newsquiz.store.tables import SCHEMA_VERSION
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
INSERT INTO meta VALUES ('schema_version', '1');
INSERT INTO profile VALUES (1, 'ann', 1772438400000, NULL, 0.9, 20, 200, 4);
INSERT INTO deck VALUES (1, 'old', 'Old deck', 'en', '/decks/old.yaml', '{}', 1772438400000);
INSERT INTO card VALUES
    (1, 1, 'q1', 0, 5, '{"id":"q1","type":"basic","question":"Q1?","answer":"A1"}', NULL);
INSERT INTO card_state VALUES
    (1, 1, 1, 1, 0, 0, 2, NULL, 3.1, 5.2, 1772611200000, 1772438400000, 2, 0, 0, NULL, 0);
INSERT INTO review VALUES
    (1, 1, 1, NULL, 1772438400000, 3, 5000, 1, 1, NULL, 0, 3.1, 5.2, 1772611200000, 0, '{}');
"""


def write_v1(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.executescript(SCHEMA_V1)
    connection.close()


def test_version_one_database_is_upgraded_keeping_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    write_v1(path)
    with Store.open(path, clock=FakeClock(), tz=KYIV) as store:
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
    with Store.open(path) as store:
        assert store.upgraded_from == SCHEMA_VERSION
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"


def test_new_database_records_the_current_version(tmp_path: Path) -> None:
    with Store.open(tmp_path / "new.db") as store:
        assert store.upgraded_from == 0
    with Store.open(tmp_path / "new.db") as store:
        assert store.upgraded_from == SCHEMA_VERSION


def test_failed_upgrade_leaves_the_old_schema_intact(tmp_path: Path) -> None:
    """A v1 file that already has a `flag` table makes the upgrade fail half-way; the columns
    added before the failure are rolled back with it."""
    path = tmp_path / "odd.db"
    write_v1(path)
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE flag (id INTEGER PRIMARY KEY)")
    connection.close()
    with pytest.raises(Exception, match="flag"):
        Store.open(path)
    with sqlite3.connect(path) as connection:
        columns = [row[1] for row in connection.execute("PRAGMA table_info(review)")]
        version = connection.execute("SELECT value FROM meta").fetchone()[0]
    connection.close()
    assert "answer" not in columns
    assert version == "1"


def test_database_from_a_newer_newsquiz_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    with Store.open(path):
        pass
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    connection.close()
    with pytest.raises(SchemaError, match="newer"):
        Store.open(path)


def test_other_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (body TEXT)")
    connection.close()
    with pytest.raises(SchemaError, match="not a newsquiz database"):
        Store.open(path)


def schema(path: Path) -> dict[str, object]:
    """Columns of every table and the definition of every index."""
    with sqlite3.connect(path) as connection:
        tables = [
            r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        ]
        found: dict[str, object] = {
            table: sorted(r[1] for r in connection.execute(f"PRAGMA table_info({table})"))
            for table in tables
        }
        for name, sql in connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ):
            found[name] = " ".join(sql.split())
    connection.close()
    return found


def test_upgraded_schema_matches_a_new_one(tmp_path: Path) -> None:
    old, new = tmp_path / "old.db", tmp_path / "new.db"
    write_v1(old)
    Store.open(old).close()
    Store.open(new).close()
    assert schema(old) == schema(new)
