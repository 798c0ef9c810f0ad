"""Fixtures shared by every test folder: an English interface, and the throwaway PostgreSQL
server.

Every test starts in English with no locale from the developer's shell leaking in. The server
starts on first use, once per test session, and stops at the end; each test that wants one gets
a fresh empty database on it. Where no server can be started the PostgreSQL tests are skipped
with the reason, except in CI (`CI=true`), where that is a failure: CI must prove the store on
both backends.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from newsquiz.i18n import set_language
from tests.pg_server import PostgresServer, PostgresUnavailable


@pytest.fixture(autouse=True)
def english_interface(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    set_language("en")
    yield
    set_language("en")


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in {"true", "1", "yes"}


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PostgresServer]:
    try:
        server = PostgresServer.start()
    except PostgresUnavailable as err:
        if in_ci():
            pytest.fail(f"CI must run the PostgreSQL tests, but: {err}", pytrace=False)
        pytest.skip(f"no PostgreSQL server: {err}")
    with server:
        yield server


@pytest.fixture
def pg_database(pg_server: PostgresServer) -> Iterator[str]:
    """The name of a new empty database, dropped after the test."""
    name = pg_server.create_database()
    yield name
    pg_server.drop_database(name)


@pytest.fixture
def pg_url(pg_server: PostgresServer, pg_database: str) -> str:
    """A SQLAlchemy URL for a new empty database, connecting as the superuser."""
    return pg_server.url(pg_database)
