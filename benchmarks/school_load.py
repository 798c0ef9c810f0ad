"""A school lab at full tilt: 30 learner processes reviewing at once for 60 s, on a local
PostgreSQL server (each learner on their own database role, row-level security on, fsync on) and
on one shared SQLite file (synchronous=FULL), with the same deck and the same answers.

Each learner studies through a `StudySession` as the app does, answering at random, and counts
the answers acknowledged, that is, whose `answer()` returned, so were committed. Two paces by
default (`--think-ms 0,100`): flat out, with no pause between answers, which measures capacity;
and a pause of 100 ms on average, still ten times faster than a quick human. Flat out, 30
clients and their 30 server processes share the machine's CPUs, so latency is about learners /
throughput (Little's law) whatever the database does; the paced run shows the latency a learner
would see. Afterwards the review log is counted per learner: lost =
acknowledged but not in the log (target 0). Also checked: every card's `reps` equals the number
of its logged answers (no lost update). Latency is the time of one `answer()` call: commit plus
the queue's bookkeeping. Targets on PostgreSQL: 0 lost, p99 < 50 ms.

The PostgreSQL server is a throwaway one started here (tests/pg_server.py), on a unix socket,
with its default durability (fsync and synchronous_commit on).

    .venv/bin/python benchmarks/school_load.py [--learners 30] [--seconds 60] [--think-ms 0,100]
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from multiprocessing.synchronize import Event
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text
from tests.pg_server import PostgresServer
from tests.store.conftest import basic_cards, make_deck

from newsquiz.core.scheduling import Rating, Settings
from newsquiz.store import Store

CARDS = 2000
SETTINGS = Settings(new_per_day=100_000, reviews_per_day=100_000)


@dataclass
class LearnerResult:
    name: str
    acked: int = 0
    latencies_ms: list[float] = field(default_factory=list)
    errors: Counter[str] = field(default_factory=Counter)


def learner(
    url: str, name: str, start: Event, deadline_at: float, think_s: float, results: Any
) -> None:
    result = LearnerResult(name)
    rng = random.Random(name)
    try:
        store = Store.open(url)
        profile = store.profile(name)
        assert profile is not None, name
        session = store.start_session(profile)
        start.wait()
        while time.time() < deadline_at:
            card = session.next_card()
            if card is None:  # the queue is empty for now: look again, else cram
                session = store.start_session(profile)
                card = session.next_card()
                if card is None:
                    session = store.start_cram(profile, limit=50)
                    continue
            rating = rng.choices(list(Rating), weights=(1, 2, 6, 2))[0]
            began = time.perf_counter()
            try:
                session.answer(card, rating, answer="typed", verdict="correct", duration_ms=3000)
            except Exception as err:
                result.errors[f"{type(err).__name__}: {str(err).splitlines()[0][:80]}"] += 1
                session = store.start_session(profile)
                continue
            result.latencies_ms.append((time.perf_counter() - began) * 1000)
            result.acked += 1
            if think_s:
                time.sleep(rng.uniform(0.5, 1.5) * think_s)
        store.close()
    except Exception:
        result.errors[traceback.format_exc(limit=3)] += 1
    results.put(result)


def run_learners(
    urls: dict[str, str], seconds: float, think_s: float
) -> tuple[list[LearnerResult], float]:
    context = multiprocessing.get_context("fork")
    start = context.Event()
    results = context.Queue()
    warmup = 3.0 + 0.1 * len(urls)
    deadline_at = time.time() + warmup + seconds
    children = [
        context.Process(target=learner, args=(url, name, start, deadline_at, think_s, results))
        for name, url in urls.items()
    ]
    for child in children:
        child.start()
    time.sleep(max(0.0, deadline_at - seconds - time.time()))
    started = time.time()
    start.set()
    collected = [results.get(timeout=seconds + 120) for _ in children]
    for child in children:
        child.join()
    return collected, time.time() - started


def check_log(admin: Store, names: list[str]) -> tuple[dict[str, int], int]:
    """Answers logged per learner, and cards whose `reps` differs from their logged answers."""
    with admin.engine.connect() as connection:
        logged: dict[str, int] = dict(
            connection.execute(
                text(
                    "SELECT p.name, count(r.id) FROM profile p LEFT JOIN review r "
                    "ON r.profile_id = p.id GROUP BY p.name"
                )
            ).all()
        )
        mismatched = connection.execute(
            text(
                "SELECT count(*) FROM card_state s WHERE s.reps <> (SELECT count(*) FROM review r "
                "WHERE r.profile_id = s.profile_id AND r.card_id = s.card_id AND NOT r.is_cram)"
            )
        ).scalar_one()
    return {name: int(logged.get(name, 0)) for name in names}, int(mismatched)


def report(
    backend: str, think_s: float, results: list[LearnerResult], elapsed: float, admin: Store
) -> None:
    names = [r.name for r in results]
    logged, mismatched = check_log(admin, names)
    acked = sum(r.acked for r in results)
    lost = sum(max(0, r.acked - logged[r.name]) for r in results)
    latencies = sorted(ms for r in results for ms in r.latencies_ms)
    errors: Counter[str] = Counter()
    for r in results:
        errors.update(r.errors)
    cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0.0] * 99
    print(
        f"{backend:<10} think {think_s * 1000:4.0f} ms, {len(results)} learners {elapsed:4.1f} s: "
        f"{acked / elapsed:7.1f} reviews/s ({acked} acked, {sum(logged.values())} logged), "
        f"answer p50 {cuts[49]:6.2f} ms, p99 {cuts[98]:7.2f} ms, max {latencies[-1]:7.1f} ms; "
        f"lost {lost}, reps mismatches {mismatched}, errors {sum(errors.values())}"
    )
    for message, count in errors.most_common(5):
        print(f"    {count} x {message}")


def prepare(admin: Store) -> None:
    admin.import_deck(make_deck(cards=basic_cards(CARDS)))


def run_postgres(learners: list[str], seconds: float, think_s: float) -> None:
    with PostgresServer.start(durable=True) as server:
        server.admin.execute('CREATE DATABASE "school"')
        with Store.open(server.url("school")) as admin:
            prepare(admin)
            admin.set_up_school(teachers=["teacher"], learners=learners)
            for name in learners:
                profile = admin.profile(name)
                assert profile is not None
                admin.update_settings(profile, SETTINGS)
            urls = {name: server.url("school", user=name) for name in learners}
            results, elapsed = run_learners(urls, seconds, think_s)
            report("postgresql", think_s, results, elapsed, admin)


def run_sqlite(learners: list[str], seconds: float, think_s: float) -> None:
    with tempfile.TemporaryDirectory(prefix="newsquiz-school-") as folder:
        path = str(Path(folder) / "school.db")
        with Store.open(path) as admin:
            prepare(admin)
            for name in learners:
                admin.create_profile(name, SETTINGS)
            results, elapsed = run_learners(dict.fromkeys(learners, path), seconds, think_s)
            report("sqlite", think_s, results, elapsed, admin)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument(
        "--think-ms", default="0,100", help="mean pause between answers; comma-separated paces"
    )
    parser.add_argument("--only", choices=["postgresql", "sqlite"])
    args = parser.parse_args()
    learners = [f"learner{i:02d}" for i in range(1, args.learners + 1)]
    paces = [float(ms) / 1000 for ms in args.think_ms.split(",")]
    print(
        f"{args.learners} learner processes, {args.seconds:g} s each run, "
        f"{os.cpu_count()} CPUs, load average before {os.getloadavg()[0]:.1f}"
    )
    for think_s in paces:
        if args.only in (None, "postgresql"):
            run_postgres(learners, args.seconds, think_s)
        if args.only in (None, "sqlite"):
            run_sqlite(learners, args.seconds, think_s)


if __name__ == "__main__":
    main()
