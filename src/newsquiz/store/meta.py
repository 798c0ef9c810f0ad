"""Key-value facts about the database itself (schema version, last profile, bundled decks)."""

from __future__ import annotations

from sqlalchemy import Connection, select

from newsquiz.store.tables import META


def get_meta(connection: Connection, key: str) -> str | None:
    value = connection.execute(select(META.c.value).where(META.c.key == key)).scalar_one_or_none()
    return None if value is None else str(value)


def set_meta(connection: Connection, key: str, value: str) -> None:
    updated = connection.execute(META.update().where(META.c.key == key).values(value=value))
    if updated.rowcount == 0:
        connection.execute(META.insert().values(key=key, value=value))


def delete_meta(connection: Connection, key: str) -> None:
    connection.execute(META.delete().where(META.c.key == key))
