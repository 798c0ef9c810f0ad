"""Engines and transactions, the same for every database; what differs lives in `dialect.py`.

A location is a file path (SQLite, the default: one file per learner or per computer) or a
SQLAlchemy URL (`postgresql+psycopg://...` for a school server). `reading` and `writing` are the
store's transactions; `retrying` runs a whole transaction again when the server undid it to
resolve a conflict (a deadlock or a serialization failure), which a caller never needs to see.
"""

from __future__ import annotations

import functools
import logging
import random
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final, ParamSpec, TypeVar

from sqlalchemy import Connection, Engine

from newsquiz.i18n import _
from newsquiz.store.dialect import (
    BUSY_TIMEOUT_MS,
    SQLITE,
    Synchronous,
    is_permission_denied,
    is_retryable,
    make_engine_for_url,
)

__all__ = [
    "BUSY_TIMEOUT_MS",
    "NotPermitted",
    "Synchronous",
    "is_sqlite",
    "make_engine",
    "reading",
    "retrying",
    "sqlite_file",
    "url_for",
    "writing",
]

ATTEMPTS: Final = 8
"""Tries of one transaction before the conflict is reported after all."""

log = logging.getLogger(__name__)

P = ParamSpec("P")
R = TypeVar("R")


def url_for(location: str | Path) -> str:
    """A database URL from a URL or a file path."""
    text = str(location)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def make_engine(location: str | Path, *, synchronous: Synchronous = "normal") -> Engine:
    return make_engine_for_url(url_for(location), synchronous)


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


class NotPermitted(PermissionError):
    """The database refused this role the change: on a school server, a learner tried to change
    a deck or another learner's progress."""

    def __init__(self, error: Exception) -> None:
        original = getattr(error, "orig", None) or error
        reason = str(original).splitlines()[0] if str(original) else type(original).__name__
        super().__init__(
            _(
                "the database does not allow your role this: {reason} "
                "(on a school server only teachers change decks)"
            ).format(reason=reason)
        )


def retrying(function: Callable[P, R]) -> Callable[P, R]:
    """Run `function` (one whole transaction) again, after a short random pause, when the
    database undid it to break a deadlock or a serialization conflict. A change the database
    does not permit this role becomes `NotPermitted`."""

    @functools.wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        for attempt in range(ATTEMPTS):
            try:
                return function(*args, **kwargs)
            except Exception as err:  # SQLAlchemy's DBAPIError, or the driver's own on raw paths
                if is_permission_denied(err):
                    raise NotPermitted(err) from err
                if attempt == ATTEMPTS - 1 or not is_retryable(err):
                    raise
                log.info("%s: running the transaction again after: %s", function.__name__, err)
            time.sleep(random.uniform(0, 0.005 * 2**attempt))
        raise AssertionError("unreachable: the last attempt returns or raises")

    return run


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == SQLITE


def sqlite_file(engine: Engine) -> Path | None:
    """The database file of a file-backed SQLite engine, else None."""
    if engine.dialect.name != SQLITE:
        return None
    database = engine.url.database
    if not database or database == ":memory:":
        return None
    return Path(database)
