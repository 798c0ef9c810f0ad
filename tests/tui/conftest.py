"""One factory for the app under test: a real SQLite file, a fixed clock, a fixed seed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.deck_files import read_deck_file
from newsquiz.paths import bundled_decks_dir
from newsquiz.store import Store
from newsquiz.tui.app import NewsquizApp

G20 = "g20-2026-central-asia"


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 1, 10, 9, 0, tzinfo=UTC))


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    with Store.open(tmp_path / "progress.db", clock=clock, tz=UTC) as opened:
        opened.import_deck(read_deck_file(bundled_decks_dir() / "g20-2026.uk.yaml"))
        opened.import_deck(read_deck_file(bundled_decks_dir() / "world-2026.en.yaml"))
        yield opened


@pytest.fixture
def make_app(store: Store, clock: Clock) -> Callable[..., NewsquizApp]:
    def make(*, with_profile: bool = True) -> NewsquizApp:
        profile = None
        if with_profile:
            profile = store.profile("Олена") or store.create_profile("Олена")
        return NewsquizApp(store, clock, seed=7, profile=profile)

    return make
