"""Reviews are never lost: killed processes and concurrent writers on one database (a SQLite
file, and a PostgreSQL database, where the server outlives the killed client).

Children are forked from the test process (so they start in milliseconds with newsquiz already
imported); each opens its own `Store` on the file, reviews in a loop and writes an ack line to a
pipe after every `record_review` returns, that is, after the commit.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import select as io_select
import time
from multiprocessing.context import ForkProcess

from sqlalchemy import text

from newsquiz.core.scheduling import Rating, Settings
from newsquiz.store import Store
from tests.store.conftest import basic_cards, make_deck

CARDS = 40
KILLS = 50
KILLS_POSTGRESQL = 20
"""Fewer on PostgreSQL: a killed client only drops its connection, the server keeps the file."""


def prepare(location: str, profiles: tuple[str, ...] = ("ann",)) -> None:
    with Store.open(location) as store:
        store.import_deck(make_deck(cards=basic_cards(CARDS)))
        for name in profiles:
            store.create_profile(name, Settings(new_per_day=10_000, reviews_per_day=10_000))


def review_loop(location: str, profile_name: str, ack_fd: int, seed: int, limit: int) -> None:
    """Review cards round-robin with random ratings; ack `card reps` after each commit."""
    rng = random.Random(seed)
    store = Store.open(location)
    profile = store.profile(profile_name)
    assert profile is not None
    card_ids = [store.find_card("sample", f"c{i}") for i in range(CARDS)]
    os.write(ack_fd, b"ready\n")
    for n in range(limit):
        card_id = card_ids[(n + seed) % CARDS]
        state = store.record_review(profile, card_id, rng.choice(list(Rating)))
        os.write(ack_fd, f"{card_id} {state.reps}\n".encode())
    store.close()


def start(location: str, profile: str, seed: int, limit: int) -> tuple[ForkProcess, int]:
    read_fd, write_fd = os.pipe()
    context = multiprocessing.get_context("fork")
    child = context.Process(target=review_loop, args=(location, profile, write_fd, seed, limit))
    child.start()
    os.close(write_fd)
    return child, read_fd


def read_until_reviewing(fd: int) -> bytes:
    """Wait until the child has committed its first review, so every kill lands mid-loop."""
    buffer = b""
    while b"ready\n" not in buffer or not buffer.split(b"ready\n", 1)[1].count(b"\n"):
        ready, _, _ = io_select.select([fd], [], [], 10)
        assert ready, "the child never started reviewing"
        chunk = os.read(fd, 4096)
        assert chunk, "the child died before reviewing"
        buffer += chunk
    return buffer.split(b"ready\n", 1)[1]


def read_all(fd: int, buffer: bytes = b"") -> list[tuple[int, int]]:
    while chunk := os.read(fd, 65536):
        buffer += chunk
    os.close(fd)
    acks = []
    for line in buffer.decode().splitlines():
        if line == "ready":
            continue
        card_id, reps = line.split()
        acks.append((int(card_id), int(reps)))
    return acks


def reviews_by_card(location: str) -> dict[int, int]:
    with Store.open(location) as store, store.engine.connect() as connection:
        if "://" not in location:
            assert connection.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
        rows = connection.execute(text("SELECT card_id, count(*) FROM review GROUP BY card_id"))
        return {int(card_id): int(count) for card_id, count in rows}


def test_killing_a_reviewing_process_loses_at_most_the_review_in_flight(
    db_location: str,
) -> None:
    path = db_location
    kills = KILLS_POSTGRESQL if "://" in db_location else KILLS
    prepare(path)
    rng = random.Random(20260302)
    acked: dict[int, int] = {}
    total_acks = 0
    for round_number in range(kills):
        child, fd = start(path, "ann", seed=round_number, limit=100_000)
        early = read_until_reviewing(fd)
        time.sleep(rng.uniform(0, 0.03))
        child.kill()  # SIGKILL: no cleanup, no atexit, wherever it is
        child.join()
        acks = read_all(fd, early)
        total_acks += len(acks)
        for card_id, reps in acks:
            acked[card_id] = max(acked.get(card_id, 0), reps)
        logged = reviews_by_card(path)
        assert all(logged.get(card_id, 0) >= reps for card_id, reps in acked.items())
    assert total_acks >= kills  # the children really were reviewing when killed
    logged = reviews_by_card(path)
    assert sum(logged.values()) <= total_acks + kills  # at most one in flight per kill
    with Store.open(path) as store:
        ann = store.profile("ann")
        assert ann is not None
        for card_id, count in logged.items():
            assert store.study_card(ann, card_id).state.reps == count


def test_two_processes_reviewing_the_same_cards_lose_nothing(db_location: str) -> None:
    path = db_location
    prepare(path)
    limit = 150
    children = [start(path, "ann", seed=seed, limit=limit) for seed in (1, 2)]
    acks = []
    for child, fd in children:
        acks.extend(read_all(fd))
        child.join(timeout=60)
        assert child.exitcode == 0
    assert len(acks) == 2 * limit
    logged = reviews_by_card(path)
    assert sum(logged.values()) == 2 * limit
    with Store.open(path) as store:
        ann = store.profile("ann")
        assert ann is not None
        for card_id, count in logged.items():
            # no lost update: every answer built on the one before, whichever process gave it
            assert store.study_card(ann, card_id).state.reps == count
