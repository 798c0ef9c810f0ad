"""How fast the app feels: process start to first frame, and a rating to the next card shown.

Targets (issue 6): first frame < 1.0 s on this 2-core machine; rating → next card < 50 ms with
100,000 cards in the database. The reference for the start-up figure is a bare Textual app with
the same widgets: the difference is what newsquiz itself adds.

    .venv/bin/python benchmarks/tui.py [--cards 100000] [--answers 30]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

CHILD_APP = """
import sys, time
start = float(sys.argv[1])
marks = {}
t = time.perf_counter()
import textual.app, textual.widgets
marks["import textual"] = time.perf_counter() - t
t = time.perf_counter()
import newsquiz.tui.app
from newsquiz.tui.app import NewsquizApp
from newsquiz.tui.screens.home import HomeScreen
marks["import newsquiz.tui (core, screens)"] = time.perf_counter() - t
from pathlib import Path


def opener():
    t = time.perf_counter()
    from newsquiz.store import Store
    marks["import store (sqlmodel, sqlalchemy; in a thread)"] = time.perf_counter() - t
    return Store.open(sys.argv[2])


class Timed(NewsquizApp):
    CSS_PATH = str(Path(newsquiz.tui.app.__file__).with_name("newsquiz.tcss"))

    def on_mount(self) -> None:
        super().on_mount()
        self.call_after_refresh(lambda: marks.setdefault("first frame", time.time() - start))

    def start(self) -> None:
        super().start()
        self.call_after_refresh(self.home_ready)

    def home_ready(self) -> None:
        marks["home screen with decks"] = time.time() - start
        self.exit()


Timed(opener=opener).run(headless=True, size=(100, 32))
for name, value in marks.items():
    print(f"{name}\t{value}")
"""

CHILD_BARE = """
import sys, time
start = float(sys.argv[1])
from textual.app import App
from textual.widgets import DataTable, Footer, Header, Label

class Bare(App[None]):
    def compose(self):
        yield Header()
        yield Label("learner")
        yield DataTable()
        yield Footer()

    def on_mount(self) -> None:
        self.call_after_refresh(lambda: self.call_after_refresh(self.done))

    def done(self) -> None:
        print(f"first frame\\t{time.time() - start}")
        self.exit()

Bare().run(headless=True, size=(100, 32))
"""


def build_database(path: Path, cards: int) -> None:
    from newsquiz.core.cards import BasicCard, Deck
    from newsquiz.store import Store

    deck = Deck(
        slug="bench",
        title="Benchmark deck",
        language="en",
        cards=tuple(
            BasicCard(id=f"c{i}", question=f"Question number {i}?", answer=f"answer {i}")
            for i in range(cards)
        ),
    )
    with Store.open(path) as store:
        store.import_deck(deck)
        store.create_profile("bench")


def run_child(code: str, db: Path) -> dict[str, float]:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, repr(start), str(db)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {name: float(value) for name, value in (line.split("\t") for line in out.splitlines())}


async def time_answers(db: Path, answers: int) -> tuple[list[float], list[float]]:
    """Seconds from a rating to the next card: store + screen update, then with every message the
    new card caused (mounts, layout, focus) handled. The headless driver writes no terminal, so
    the final write to the screen is not in these figures."""
    from newsquiz.store import Store
    from newsquiz.tui.app import NewsquizApp
    from newsquiz.tui.screens.review import ReviewScreen

    synchronous: list[float] = []
    painted: list[float] = []
    with Store.open(db, clock=lambda: datetime.now(UTC)) as store:
        profile = store.profile("bench")
        app = NewsquizApp(store, profile=profile)
        async with app.run_test(size=(100, 32)) as pilot:
            await pilot.pause()
            app.study(["bench"], title="bench")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ReviewScreen)
            for _ in range(answers):
                screen.judge("answer")
                await pilot.pause()
                shown = screen.card
                start = time.perf_counter()
                await screen.rate(3)
                synchronous.append(time.perf_counter() - start)
                await pilot.pause(0)  # every message the new card caused is handled
                painted.append(time.perf_counter() - start)
                await pilot.pause()
                assert screen.card is not shown
    return synchronous, painted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=100_000)
    parser.add_argument("--answers", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        started = time.perf_counter()
        build_database(db, args.cards)
        print(f"database: {args.cards} cards built in {time.perf_counter() - started:.1f} s")

        runs = [run_child(CHILD_APP, db) for _ in range(5)]
        bare = [run_child(CHILD_BARE, db)["first frame"] for _ in range(5)]
        print("\nprocess start → screen (headless; best / median of 5 runs)")
        rows = [
            ("newsquiz: first frame", [run["first frame"] for run in runs]),
            ("newsquiz: home screen with decks", [run["home screen with decks"] for run in runs]),
            ("bare Textual app: first frame", bare),
        ]
        for label, values in rows:
            best, median = min(values) * 1000, statistics.median(values) * 1000
            print(f"  {label:<34} {best:6.0f} / {median:6.0f} ms")
        ratio = min(rows[0][1]) / min(bare)
        print(f"  first frame vs bare Textual: {ratio:.2f}x   (target: first frame < 1000 ms)")
        print("  where the time goes (median):")
        for name in runs[0]:
            if name.startswith("import"):
                value = statistics.median(run[name] for run in runs)
                print(f"    {name:<50} {value * 1000:6.0f} ms")

        synchronous, painted = asyncio.run(time_answers(db, args.answers))
        print(f"\nrating → next card, {args.cards} cards in the database, {args.answers} answers")
        figures = (
            ("store commit + screen update", synchronous),
            ("+ its messages handled", painted),
        )
        for label, values in figures:
            ordered = sorted(values)
            median = statistics.median(ordered) * 1000
            p95 = ordered[int(len(ordered) * 0.95) - 1] * 1000
            print(f"  {label:<30} median {median:6.1f} ms, p95 {p95:6.1f} ms")
        print("  target: < 50 ms")


if __name__ == "__main__":
    main()
