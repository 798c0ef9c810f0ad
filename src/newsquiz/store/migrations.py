"""Bringing a database to the current schema: create it fresh, or upgrade it step by step.

Everything happens in one transaction (SQLite and PostgreSQL both have transactional DDL), so an
upgrade interrupted half-way leaves the old schema intact. A database from a newer newsquiz is
refused rather than guessed at. On a shared server only the owner of the tables can upgrade them;
a learner who opens a database that needs upgrading is told to ask for `newsquiz server-setup`.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine, inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from newsquiz.store.dialect import is_permission_denied, lock_schema
from newsquiz.store.engine import writing
from newsquiz.store.tables import FLAG, META, PROFILE, REVIEW, SCHEMA_VERSION, STATE


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


def _v3_to_v4(connection: Connection) -> None:
    """The school server: a profile belongs to a database role; the last profile used is found
    from `last_used_at` (which `remember_profile` always set with the meta key)."""
    connection.execute(text("ALTER TABLE profile ADD COLUMN db_role VARCHAR"))
    for index in PROFILE.indexes:
        if index.name == "ix_profile_db_role":
            index.create(connection)
    connection.execute(META.delete().where(META.c.key == "last_profile_id"))


MIGRATIONS: dict[int, Callable[[Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4}
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
    try:
        with writing(engine) as connection:
            return _prepare(connection)
    except DBAPIError as err:
        if is_permission_denied(err):
            raise SchemaError(
                "this database's schema must be created or upgraded (to version "
                f"{SCHEMA_VERSION}) by the owner of its tables: ask them to run "
                "`newsquiz server-setup --db URL`"
            ) from err
        raise


def _prepare(connection: Connection) -> int:
    version = stored_version(connection)
    if version != SCHEMA_VERSION:
        lock_schema(connection)  # then look again: another program may have just done it
        version = stored_version(connection)
    if version is None:
        SQLModel.metadata.create_all(connection, checkfirst=False)  # the database is empty
        connection.execute(META.insert().values(key="schema_version", value=str(SCHEMA_VERSION)))
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
            META.update().where(META.c.key == "schema_version").values(value=str(SCHEMA_VERSION))
        )
    return version
