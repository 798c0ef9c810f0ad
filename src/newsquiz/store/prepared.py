"""Core statements compiled once and run on the pooled DBAPI connection: the review loop's path.

Recording an answer is three small statements. Through SQLAlchemy's `Connection.execute` each one
costs ~40 µs of Python around ~5 µs of SQLite work, which alone would make newsquiz slower per
card than Anki. So the hot path compiles its statements from the same SQLModel tables, once per
dialect, and runs them on the engine's own pooled connection (with the same pragmas). The SQL is
whatever the dialect compiles, so PostgreSQL works too; only the transaction start differs
(`dialect.begin_raw_write`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Select
from sqlalchemy.engine import Dialect
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler

from newsquiz.store.dialect import begin_raw_write


class Prepared:
    """One statement, compiled for one dialect."""

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        assert isinstance(compiled, SQLCompiler)  # every DML and SELECT compiles to one
        self.sql = compiled.string
        self._order: Sequence[str] | None = compiled.positiontup
        self.columns: tuple[str, ...] = (
            tuple(str(column.key) for column in statement.selected_columns)
            if isinstance(statement, Select)
            else ()
        )

    def parameters(self, values: Mapping[str, Any]) -> Sequence[Any] | Mapping[str, Any]:
        if self._order is None:  # named or pyformat drivers (psycopg) take the mapping as is
            return values
        return tuple(values[name] for name in self._order)

    def run(self, cursor: Any, values: Mapping[str, Any]) -> Any:
        cursor.execute(self.sql, self.parameters(values))
        return cursor

    def first(self, cursor: Any, values: Mapping[str, Any]) -> dict[str, Any] | None:
        """The first result row as a dict keyed by column name, or None."""
        row = self.run(cursor, values).fetchone()
        return None if row is None else dict(zip(self.columns, row, strict=True))


@contextmanager
def raw_transaction(connection: Any, dialect: Dialect) -> Iterator[Any]:
    """A DBAPI cursor inside one write transaction, committed (durably) when the block ends.

    `connection` is a pooled DBAPI connection from `Engine.raw_connection()`, so it carries the
    engine's connect-time settings (WAL, busy timeout, foreign keys, synchronous).
    """
    cursor = connection.cursor()
    try:
        begin_raw_write(dialect, cursor)
        try:
            yield cursor
        except BaseException:
            connection.rollback()
            raise
        connection.commit()
    finally:
        cursor.close()
