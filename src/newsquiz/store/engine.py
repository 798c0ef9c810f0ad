"""Engines and transactions: SQLite tuned for a review loop that never loses an answer.

SQLite connections get WAL (readers never block the writer), a busy timeout (a second process
waits instead of failing), foreign keys, a larger page cache, and a `synchronous` level:

- `normal` (the default): a commit has written the WAL when it returns, so it survives the
  process being killed at any moment; a power cut could lose what was not yet fsynced, which
  `wal_flush.WalFlusher` does right after each answer in the background (the store starts it).
- `full`: every commit also fsyncs before returning, as Anki does; about twice the cost per answer.

Write transactions start with `BEGIN IMMEDIATE`: with a plain deferred `BEGIN`, two processes that
both read and then write can deadlock, and SQLite reports that at once as "database is locked"
without waiting.

Any other SQLAlchemy URL (such as `postgresql://...`) gets a plain engine; the store's SQL is
portable and row locks come from `SELECT ... FOR UPDATE`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final, Literal

from sqlalchemy import Connection, Engine, create_engine, event

BUSY_TIMEOUT_MS: Final = 10_000
CACHE_KIB: Final = 32 * 1024
"""Page cache per connection (SQLite's default is 2 MiB): a 100,000-card collection's hot pages
stay in memory instead of being re-read on every answer."""
Synchronous = Literal["full", "normal"]


def url_for(location: str | Path) -> str:
    """A database URL from a URL or a file path."""
    text = str(location)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def make_engine(location: str | Path, *, synchronous: Synchronous = "normal") -> Engine:
    url = url_for(location)
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    database = url.split(":///", 1)[1] if ":///" in url else ""
    if database and database != ":memory:":
        Path(database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    _tune_sqlite(engine, synchronous)
    return engine


def _tune_sqlite(engine: Engine, synchronous: Synchronous) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # We issue BEGIN ourselves (below); the driver's own implicit transactions would not let us
        # choose IMMEDIATE for writers.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute(f"PRAGMA synchronous = {synchronous.upper()}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        writing = connection.get_execution_options().get("newsquiz_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    """A consistent snapshot for queries."""
    with engine.connect() as connection, connection.begin():
        yield connection


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """One write transaction: committed when the block ends, rolled back if it raises."""
    with engine.connect() as connection:
        connection.execution_options(newsquiz_write=True)
        with connection.begin():
            yield connection


def sqlite_file(engine: Engine) -> Path | None:
    """The database file of a file-backed SQLite engine, else None."""
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)
