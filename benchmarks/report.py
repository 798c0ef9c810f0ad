"""How long `newsquiz report` takes for a class of 30 students × 500 cards × 20 answers each
(300,000 answers; target < 2 s), split into reading the database and building the report.

The class is written with bulk inserts straight into the tables (recording 300,000 answers one by
one would take minutes and measure something else). Every card ends in review with a stability and
a due date, so each of the 15,000 student × card cells has a recall and a mastered flag to compute.

    .venv/bin/python benchmarks/report.py
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from newsquiz.cli import main
from newsquiz.core.cards import BasicCard, Deck
from newsquiz.core.report_formats import items_csv, students_csv, summary_markdown
from newsquiz.core.reports import build_report
from newsquiz.core.scheduling import Phase, to_millis
from newsquiz.store import Store
from newsquiz.store.engine import writing
from newsquiz.store.meta import set_meta
from newsquiz.store.tables import REVIEW, STATE

STUDENTS = 30
CARDS = 500
ANSWERS = 20
DAY_MS = 86_400_000
NOW = datetime(2026, 6, 1, tzinfo=UTC)
WRONG = ("Paris", "London", "Berlin", "Kyiv", "Rome")


def build(path: Path) -> None:
    rng = random.Random(8)
    deck = Deck(
        slug="bench",
        title="Benchmark",
        language="en",
        origin="bench.yaml",
        cards=tuple(
            BasicCard(id=f"c{i}", question=f"Question {i}?", answer=f"answer {i}", line=3 * i + 5)
            for i in range(CARDS)
        ),
    )
    with Store.open(path, synchronous="normal") as store:
        store.import_deck(deck)
        profiles = [store.create_profile(f"student {n:02d}") for n in range(STUDENTS)]
        card_ids = [store.find_card("bench", f"c{i}") for i in range(CARDS)]
        start = to_millis(NOW) - 120 * DAY_MS
        with writing(store.engine) as connection:
            set_meta(connection, "bundled_decks_imported", "0")
            for profile in profiles:
                rows = []
                for card_id in card_ids:
                    at = start + rng.randrange(DAY_MS)
                    for _ in range(ANSWERS):
                        at += rng.randrange(DAY_MS * 5)
                        right = rng.random() < 0.8
                        rows.append(
                            {
                                "profile_id": profile.id,
                                "card_id": card_id,
                                "reviewed_at": at,
                                "rating": 3 if right else 1,
                                "answer": "x" if right else rng.choice(WRONG),
                                "verdict": "correct" if right else "wrong",
                                "duration_ms": 3000,
                                "phase_before": 2,
                                "is_cram": False,
                                "prior": "{}",
                            }
                        )
                connection.execute(REVIEW.insert(), rows)
                stability = rng.uniform(1, 60)
                connection.execute(
                    STATE.update()
                    .where(STATE.c.profile_id == profile.id)
                    .values(
                        phase=int(Phase.REVIEW),
                        stability=stability,
                        difficulty=5.0,
                        last_review=start + 100 * DAY_MS,
                        due=start + 100 * DAY_MS + int(stability * DAY_MS),
                        reps=ANSWERS,
                    )
                )


def best_of(runs: int, action: object) -> float:
    assert callable(action)
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - began)
    return best


def main_bench() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "class.db"
        began = time.perf_counter()
        build(path)
        print(
            f"built {STUDENTS} students × {CARDS} cards × {ANSWERS} answers "
            f"({STUDENTS * CARDS * ANSWERS:,} answers) in {time.perf_counter() - began:.1f} s"
        )
        with Store.open(path) as store:
            read = best_of(3, lambda: store.class_progress())
            cards, students = store.class_progress()
        build_time = best_of(3, lambda: build_report(cards, students, now=NOW))
        report = build_report(cards, students, now=NOW)
        render = best_of(
            3, lambda: (students_csv(report), items_csv(report), summary_markdown(report))
        )
        out = Path(folder) / "report"
        whole = best_of(
            3, lambda: main(["report", "--db", str(path), "-o", str(out), "--at", "2026-06-01"])
        )
        print(f"read the database:     {read:.2f} s")
        print(f"build the report:      {build_time:.2f} s")
        print(f"render CSV + Markdown: {render:.2f} s")
        print(f"newsquiz report (whole command, best of 3): {whole:.2f} s (target < 2 s)")


if __name__ == "__main__":
    main_bench()
