"""Key-value facts about the database itself (schema version, bundled decks, the stale sweep).

A key is a string, or an SQL expression for a key that depends on the connection (a role's own
key on a school server: `dialect.own_key`).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from newsquiz.store.tables import META


def get_meta(connection: Connection, key: str | Any) -> str | None:
    value = connection.execute(select(META.c.value).where(META.c.key == key)).scalar_one_or_none()
    return None if value is None else str(value)


def set_meta(connection: Connection, key: str | Any, value: str) -> None:
    updated = connection.execute(META.update().where(META.c.key == key).values(value=value))
    if updated.rowcount == 0:
        connection.execute(META.insert().values(key=key, value=value))


def delete_meta(connection: Connection, key: str) -> None:
    connection.execute(META.delete().where(META.c.key == key))
