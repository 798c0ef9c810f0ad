"""A small fixed class for the teacher commands: two database files, five learners, explicit
answers at fixed times, so every figure in a report can be worked out by hand.

Deck `civics`: `capital` (Paris), `host` (Miami), `year` (cloze 2026). All answers are given on
Monday 2 March 2026 from 08:00 UTC (T0) unless noted.

first.db
  ann:  capital  T0 "Paris" correct Good, T0+10m "Paris" correct Good
        host     T0+1m "London" wrong Again, T0+11m "Miami" correct Good
  bob:  capital  T0 "Lyon" wrong Again, T0+10m "Paris" correct Good
        host     T0 "London" wrong Again
        year     T0 "2026" correct Good, T0+2d "2026" correct Good
  cy:   nothing
second.db
  ann (another student, same name): host T0 "london" wrong Again; capital T0+1m "Pariss" close Hard
  dan:  year T0 "2025" wrong Again; capital T0+1m self-graded Good (no answer, no verdict)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from newsquiz.core.cards import BasicCard, ClozeCard, Deck
from newsquiz.core.scheduling import Rating
from newsquiz.store import Store

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)

CIVICS = Deck(
    slug="civics",
    title="Civics",
    language="en",
    origin="decks/civics.yaml",
    cards=(
        BasicCard(id="capital", question="Capital of France?", answer="Paris", line=5),
        BasicCard(id="host", question="Which city hosts the 2026 G20?", answer="Miami", line=8),
        ClozeCard(id="year", text="The summit is in {{2026}}.", line=11),
    ),
)


@dataclass
class Clock:
    now: datetime = T0

    def __call__(self) -> datetime:
        return self.now


Answer = tuple[str, str, timedelta, str | None, str | None, Rating]
"""(learner, card, time after T0, typed answer, verdict, rating)."""

G = Rating.Good
FIRST: list[Answer] = [
    ("ann", "capital", timedelta(0), "Paris", "correct", G),
    ("bob", "capital", timedelta(0), "Lyon", "wrong", Rating.Again),
    ("bob", "host", timedelta(0), "London", "wrong", Rating.Again),
    ("bob", "year", timedelta(0), "2026", "correct", G),
    ("ann", "host", timedelta(minutes=1), "London", "wrong", Rating.Again),
    ("ann", "capital", timedelta(minutes=10), "Paris", "correct", G),
    ("bob", "capital", timedelta(minutes=10), "Paris", "correct", G),
    ("ann", "host", timedelta(minutes=11), "Miami", "correct", G),
    ("bob", "year", timedelta(days=2), "2026", "correct", G),
]
SECOND: list[Answer] = [
    ("ann", "host", timedelta(0), "london", "wrong", Rating.Again),
    ("dan", "year", timedelta(0), "2025", "wrong", Rating.Again),
    ("ann", "capital", timedelta(minutes=1), "Pariss", "close", Rating.Hard),
    ("dan", "capital", timedelta(minutes=1), None, None, G),
]


def build_database(path: Path, learners: list[str], answers: list[Answer]) -> None:
    clock = Clock()
    with Store.open(path, clock=clock, tz=UTC) as store:
        store.import_deck(CIVICS)
        profiles = {name: store.create_profile(name) for name in learners}
        for name, card, after, typed, verdict, rating in answers:
            clock.now = T0 + after
            store.record_review(
                profiles[name],
                store.find_card("civics", card),
                rating,
                answer=typed,
                verdict=verdict,
                duration_ms=4000,
            )


def build_class(folder: Path) -> tuple[Path, Path]:
    """The two databases of the class, written into `folder`."""
    first, second = folder / "first.db", folder / "second.db"
    build_database(first, ["ann", "bob", "cy"], FIRST)
    build_database(second, ["ann", "dan"], SECOND)
    return first, second
