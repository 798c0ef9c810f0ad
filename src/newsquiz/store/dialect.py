"""Everything that differs between SQLite and PostgreSQL, in one module.

The store's queries are portable SQLAlchemy Core; what is left differs in how a connection is set
up and how a transaction starts, not in the SQL of the queries:

- SQLite connections get WAL (readers never block the writer), a busy timeout (a second process
  waits instead of failing), foreign keys, a larger page cache, and a `synchronous` level:
  `normal` (the default): a commit has written the WAL when it returns, so it survives the
  process being killed at any moment; a power cut could lose what was not yet fsynced, which
  `wal_flush.WalFlusher` does right after each answer in the background (the store starts it).
  `full`: every commit also fsyncs before returning, as Anki does; about twice the cost per
  answer. Write transactions start with `BEGIN IMMEDIATE`: with a plain deferred `BEGIN`, two
  processes that both read and then write can deadlock, and SQLite reports that at once as
  "database is locked" without waiting.
- PostgreSQL connections run at READ COMMITTED whatever the server's default: the review path
  locks the card's state row with `SELECT ... FOR UPDATE`, and at READ COMMITTED a second
  writer waits for that lock and then reads the committed row, so concurrent answers queue
  rather than fail. The errors a retry cures (a deadlock the server broke, or a serialization
  failure) are recognised here; `engine.retrying` does the retrying.
- On PostgreSQL a profile belongs to the database role that created it (`profile.db_role`), which
  row-level security (`store/school.py`) checks against `session_user`; SQLite has no roles and
  leaves the column empty.
- A few `meta` facts depend on what the connected role may see (the stale-card sweep's
  fingerprint): on PostgreSQL their key carries the role (`own_key`), so each learner keeps
  their own and may write only that one; SQLite has one.
- Creating or upgrading the schema takes a PostgreSQL advisory lock, so that two programs opening
  an empty database at once do not both create it; SQLite's `BEGIN IMMEDIATE` already serialises.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Final, Literal

from sqlalchemy import Connection, Engine, String, create_engine, event, func, literal, null, text
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql.elements import ColumnElement

SQLITE: Final = "sqlite"
POSTGRESQL: Final = "postgresql"

BUSY_TIMEOUT_MS: Final = 10_000
CACHE_KIB: Final = 32 * 1024
"""Page cache per connection (SQLite's default is 2 MiB): a 100,000-card collection's hot pages
stay in memory instead of being re-read on every answer."""
Synchronous = Literal["full", "normal"]

RETRYABLE_SQLSTATES: Final = frozenset({"40001", "40P01"})
"""serialization_failure and deadlock_detected: the transaction did nothing and may run again."""
PERMISSION_SQLSTATE: Final = "42501"
SCHEMA_LOCK_KEY: Final = 0x6E657773  # "news": any constant shared by every newsquiz program


def make_engine_for_url(url: str, synchronous: Synchronous) -> Engine:
    if not url.startswith(SQLITE):
        if url.startswith(POSTGRESQL):
            return create_engine(url, pool_pre_ping=True, isolation_level="READ COMMITTED")
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


def begin_raw_write(dialect: Dialect, cursor: Any) -> None:
    """Start a write transaction on a raw DBAPI cursor of a pooled connection.

    SQLite's connect hook put the driver in autocommit mode, so take the write lock up front:
    two writers then queue on the busy timeout instead of failing on lock upgrade. psycopg
    begins a transaction by itself at the first statement.
    """
    if dialect.name == SQLITE:
        cursor.execute("BEGIN IMMEDIATE")


def own_role(dialect: Dialect) -> ColumnElement[Any]:
    """The database role a new profile belongs to: the login role on PostgreSQL (`session_user`,
    which `SET ROLE` cannot change), nothing on SQLite."""
    return func.session_user() if dialect.name == POSTGRESQL else null()


def own_key(dialect: Dialect, key: str) -> ColumnElement[str]:
    """A `meta` key of the connected role's own: `key:role` on PostgreSQL, `key` on SQLite."""
    if dialect.name == POSTGRESQL:
        return literal(f"{key}:", String) + func.session_user()
    return literal(key, String)


def lock_schema(connection: Connection) -> None:
    """Serialise schema creation and upgrades between programs, until the transaction ends."""
    if connection.dialect.name == POSTGRESQL:
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK_KEY})


def _sqlstate(error: BaseException) -> str | None:
    """The SQLSTATE of a driver error, bare or wrapped by SQLAlchemy (psycopg has them; sqlite3
    has none, and its one conflict, a busy database, is waited out by the busy timeout)."""
    original = error.orig if isinstance(error, DBAPIError) else error
    state = getattr(original, "sqlstate", None)
    return state if isinstance(state, str) else None


def is_retryable(error: BaseException) -> bool:
    """The server undid the transaction to resolve a conflict; running it again is safe."""
    return _sqlstate(error) in RETRYABLE_SQLSTATES


def is_permission_denied(error: BaseException) -> bool:
    return _sqlstate(error) == PERMISSION_SQLSTATE
