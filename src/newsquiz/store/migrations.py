"""Bringing a database to the current schema: create it fresh, or upgrade it step by step.

Everything happens in one transaction (SQLite and PostgreSQL both have transactional DDL), so an
upgrade interrupted half-way leaves the old schema intact. A database from a newer newsquiz is
refused rather than guessed at.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, inspect, select, text
from sqlmodel import SQLModel

from newsquiz.store.engine import writing
from newsquiz.store.tables import FLAG, META, REVIEW, SCHEMA_VERSION, STATE


class SchemaError(Exception):
    """The file is not a newsquiz database this version can use."""


def _v1_to_v2(connection: Connection) -> None:
    """Answer checking arrived: keep the typed answer and its verdict; learners can flag cards."""
    connection.execute(text("ALTER TABLE review ADD COLUMN answer VARCHAR"))
    connection.execute(text("ALTER TABLE review ADD COLUMN verdict VARCHAR"))
    FLAG.create(connection)


def _v2_to_v3(connection: Connection) -> None:
    """The new-card index holds only new cards, so answering any other card never writes to it;
    the review-time index covers the per-day statistics."""
    for table, name in ((STATE, "ix_state_new"), (REVIEW, "ix_review_profile_time")):
        connection.execute(text(f"DROP INDEX {name}"))
        next(index for index in table.indexes if index.name == name).create(connection)


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}
"""`MIGRATIONS[n]` upgrades a version-n database to version n + 1."""


def stored_version(connection: Connection) -> int | None:
    """The schema version, or None for an empty database."""
    names = set(inspect(connection).get_table_names())
    if "meta" not in names:
        if names:
            raise SchemaError(
                "this database has tables but no newsquiz schema version: "
                f"not a newsquiz database ({', '.join(sorted(names)[:5])})"
            )
        return None
    value = connection.execute(
        select(META.c.value).where(META.c.key == "schema_version")
    ).scalar_one_or_none()
    if value is None:
        raise SchemaError("the database has no schema version")
    return int(value)


def prepare_schema(engine: Engine) -> int:
    """Create or upgrade the schema; returns the version found (0 for a new database)."""
    with writing(engine) as connection:
        version = stored_version(connection)
        if version is None:
            SQLModel.metadata.create_all(connection)
            connection.execute(
                META.insert().values(key="schema_version", value=str(SCHEMA_VERSION))
            )
            return 0
        if version > SCHEMA_VERSION:
            raise SchemaError(
                f"the database has schema version {version}, newer than this newsquiz "
                f"understands ({SCHEMA_VERSION}); upgrade newsquiz"
            )
        for step in range(version, SCHEMA_VERSION):
            MIGRATIONS[step](connection)
        if version < SCHEMA_VERSION:
            connection.execute(
                META.update()
                .where(META.c.key == "schema_version")
                .values(value=str(SCHEMA_VERSION))
            )
        return version
