"""Store fixtures: a real database, a clock the test moves, decks written here.

`store` and `db_location` are parametrized over both backends, so every test that uses them runs
on a SQLite file in tmp_path and on a fresh database of the throwaway PostgreSQL server. Tests of
SQLite itself (pragmas, file integrity) ask for `db_path` instead, a SQLite file only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from newsquiz.core.cards import BasicCard, Card, ChoiceCard, ClozeCard, Deck
from newsquiz.core.progress import Profile
from newsquiz.core.scheduling import Settings
from newsquiz.store import Store

KYIV = ZoneInfo("Europe/Kyiv")
START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
"""10:00 in Kyiv on a Monday."""


@dataclass
class FakeClock:
    now: datetime = START
    calls: list[datetime] = field(default_factory=list)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)

    def set_local(self, text: str) -> None:
        """Jump to a local Kyiv time, e.g. `2026-03-03 03:59`."""
        self.now = datetime.fromisoformat(text).replace(tzinfo=KYIV).astimezone(UTC)


def basic_cards(count: int, prefix: str = "c") -> tuple[Card, ...]:
    return tuple(
        BasicCard(
            id=f"{prefix}{i}", question=f"Question {i}?", answer=f"answer {i}", line=4 + 3 * i
        )
        for i in range(count)
    )


def make_deck(slug: str = "sample", cards: tuple[Card, ...] | None = None, **fields: str) -> Deck:
    return Deck(
        slug=slug,
        title=fields.get("title", "Sample deck"),
        language=fields.get("language", "en"),
        cards=basic_cards(5) if cards is None else cards,
        origin=fields.get("origin", f"/decks/{slug}.yaml"),
    )


MIXED = (
    BasicCard(
        id="host", question="Which city hosts the summit?", answer="Miami", accept=("Маямі",)
    ),
    ChoiceCard(id="who", question="Who invited them?", answer="B", choices=("A", "B", "C"), line=9),
    ClozeCard(id="gap", text="The summit is in {{Miami}} in {{2026}}.", line=14),
)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A SQLite file, for tests of SQLite itself."""
    return tmp_path / "progress.db"


@pytest.fixture(params=BACKENDS)
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new database on each backend in turn: a SQLite file path or a PostgreSQL URL."""
    if request.param == "sqlite":
        return str(tmp_path / "progress.db")
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def store(db_location: str, clock: FakeClock) -> Iterator[Store]:
    with Store.open(db_location, clock=clock, tz=KYIV) as opened:
        yield opened


@pytest.fixture
def profile(store: Store) -> Profile:
    return store.create_profile("ann", Settings(new_per_day=5, reviews_per_day=10))


def reopen(location: str | Path, clock: FakeClock) -> Store:
    """A fresh engine on the same database: what survives this was really committed."""
    return Store.open(location, clock=clock, tz=KYIV)
