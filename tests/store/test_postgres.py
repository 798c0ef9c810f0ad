"""What only a shared PostgreSQL server has: conflicts between connections. A transaction the
server undoes to break a deadlock is run again; many learners reviewing at once lose nothing;
several programs creating the schema at once create it once."""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from newsquiz.core.scheduling import Rating, Settings
from newsquiz.store import Store
from newsquiz.store.tables import SCHEMA_VERSION
from tests.pg_server import PostgresServer
from tests.store.conftest import basic_cards, make_deck
from tests.store.test_durability import read_all


def wait_for_lock_wait(server: PostgresServer, database: str) -> None:
    """Until some connection to the database is waiting for a lock."""
    with server.connect() as watcher:
        for _ in range(1000):
            row = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = %s AND wait_event_type = 'Lock'",
                [database],
            ).fetchone()
            if row and row[0]:
                return
            time.sleep(0.005)
    raise AssertionError("the store never waited for the lock")


def test_a_review_undone_to_break_a_deadlock_is_run_again(
    pg_server: PostgresServer, pg_database: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Another connection holds the learner's profile row and then asks for the card state row
    the review holds: a deadlock, which the server breaks by undoing the review (the other side
    waits 30 s before looking for deadlocks, so the review's side finds it, after 1 s)."""
    with Store.open(pg_server.url(pg_database)) as store:
        store.import_deck(make_deck())
        ann = store.create_profile("ann")
        card_id = store.find_card("sample", "c0")
        failures: list[BaseException] = []

        def review() -> None:
            try:
                store.record_review(ann, card_id, Rating.Good)
            except BaseException as err:
                failures.append(err)

        caplog.set_level(logging.INFO, logger="newsquiz.store.engine")
        with pg_server.connect(pg_database) as other, other.transaction():
            other.execute("SET LOCAL deadlock_timeout = '30s'")
            other.execute("SELECT 1 FROM profile WHERE id = %s FOR UPDATE", [ann.id])
            reviewer = threading.Thread(target=review)
            reviewer.start()
            wait_for_lock_wait(pg_server, pg_database)  # the review holds its row, wants ours
            other.execute(
                "SELECT 1 FROM card_state WHERE profile_id = %s AND card_id = %s FOR UPDATE",
                [ann.id, card_id],
            )
        reviewer.join(timeout=30)
        assert failures == []
        assert "deadlock detected" in caplog.text
        assert len(store.card_history(ann, card_id)) == 1
        assert store.study_card(ann, card_id).state.reps == 1


def test_programs_creating_the_schema_at_once_create_it_once(
    pg_server: PostgresServer, pg_database: str
) -> None:
    url = pg_server.url(pg_database)

    def open_and_close(_: int) -> int:
        with Store.open(url) as store:
            return store.upgraded_from

    with ThreadPoolExecutor(6) as pool:
        found = sorted(pool.map(open_and_close, range(6)))
    assert found == [0] + [SCHEMA_VERSION] * 5


LEARNERS = 10
ANSWERS = 30


def learner_loop(url: str, role: str, ack_fd: int) -> None:
    store = Store.open(url)
    (profile,) = store.profiles()
    card_ids = [store.find_card("sample", f"c{i}") for i in range(8)]
    for n in range(ANSWERS):
        state = store.record_review(profile, card_ids[n % 8], Rating.Good)
        os.write(ack_fd, f"{card_ids[n % 8]} {state.reps}\n".encode())
    store.close()


def test_many_learners_reviewing_at_once_on_their_own_roles_lose_nothing(
    pg_server: PostgresServer, pg_database: str
) -> None:
    roles = [f"{pg_database}_l{i}" for i in range(LEARNERS)]
    with Store.open(pg_server.url(pg_database)) as admin:
        admin.import_deck(make_deck(cards=basic_cards(8)))
        admin.set_up_school(learners=roles)
        for role in roles:
            profile = admin.profile(role)
            assert profile is not None
            admin.update_settings(profile, Settings(new_per_day=1000))
    context = multiprocessing.get_context("fork")
    children = []
    for role in roles:
        read_fd, write_fd = os.pipe()
        child = context.Process(
            target=learner_loop, args=(pg_server.url(pg_database, user=role), role, write_fd)
        )
        child.start()
        os.close(write_fd)
        children.append((child, read_fd))
    acked = 0
    for child, fd in children:
        acked += len(read_all(fd))
        child.join(timeout=60)
        assert child.exitcode == 0
    assert acked == LEARNERS * ANSWERS
    with Store.open(pg_server.url(pg_database)) as admin:
        for role in roles:
            profile = admin.profile(role)
            assert profile is not None
            days = admin.reviews_per_day(profile, days=3)
            assert sum(day.reviews for day in days) == ANSWERS
            assert sum(admin.counts_by_phase(profile).values()) == 8
