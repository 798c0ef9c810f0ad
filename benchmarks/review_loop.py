"""The review loop against Anki's own engine, on the same 20,000-card collection.

For each engine: build the collection (newsquiz: import a 20,000-card deck; Anki: add 20,000
Basic notes), then 500 times fetch the next card and answer it, each answer committed to disk
before the next card is fetched. Anki runs with FSRS switched on, and both give the same seeded
sequence of ratings. newsquiz runs in its default mode (`synchronous=NORMAL`: each answer is in
the WAL when `answer` returns, and a background thread fsyncs the WAL right after; the timing
ends only when the last fsync is done) and with `synchronous=FULL` (an fsync inside every commit,
as Anki does). Last, the due-count query on a large collection: 100,000 cards and 1,000,000
reviews (target < 5 ms).

Install Anki's engine (PyPI `anki`, the optional `bench` extra) and run:

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/review_loop.py
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from newsquiz.core.cards import BasicCard, Deck
from newsquiz.core.scheduling import Phase, Rating, Settings, to_millis
from newsquiz.store import Store
from newsquiz.store.engine import Synchronous

CARDS = 20_000
ANSWERS = 500
ROUNDS = 3
DAILY_LIMIT = 1000
"""New cards and reviews per day, for both engines: enough for the 500 answers (Anki's deck
options accept at most 9999)."""
BIG_CARDS = 100_000
BIG_REVIEWS = 1_000_000
SEED = 2026


def ratings() -> list[Rating]:
    """Mostly Good, some Again, Hard and Easy: the same sequence for both engines."""
    rng = random.Random(SEED)
    return rng.choices(list(Rating), weights=[15, 10, 65, 10], k=ANSWERS)


def deck(cards: int, slug: str = "bench") -> Deck:
    return Deck(
        slug=slug,
        title="Benchmark",
        language="en",
        cards=tuple(
            BasicCard(id=f"card-{i}", question=f"Where is summit {i} held?", answer=f"City {i}")
            for i in range(cards)
        ),
    )


def newsquiz_run(folder: Path, synchronous: Synchronous) -> tuple[float, float]:
    """(import seconds, ms per answered card)."""
    store = Store.open(folder / f"newsquiz-{synchronous}.db", synchronous=synchronous)
    limits = Settings(new_per_day=DAILY_LIMIT, reviews_per_day=DAILY_LIMIT)
    profile = store.create_profile("bench", limits)
    started = time.perf_counter()
    store.import_deck(deck(CARDS))
    imported = time.perf_counter() - started
    plan = ratings()
    started = time.perf_counter()
    session = store.start_session(profile)
    for rating in plan:
        card = session.next_card()
        assert card is not None
        session.answer(card, rating)
    if store.wal_flusher is not None:
        store.wal_flusher.wait()  # the clock stops only when every answer is on disk
    per_card = (time.perf_counter() - started) / ANSWERS * 1000
    store.close()
    return imported, per_card


def anki_run(folder: Path) -> tuple[float, float, str]:
    """(add-note seconds, ms per answered card, how notes were added)."""
    import anki.collection  # noqa: F401  # before anki.cards, which cannot be imported first (circular)
    from anki.cards import Card
    from anki.collection import AddNoteRequest, Collection
    from anki.scheduler.v3 import CardAnswer
    from anki.scheduler.v3 import Scheduler as V3Scheduler

    col = Collection(str(folder / "anki" / "collection.anki2"))
    try:
        col.set_config("fsrs", True)
        deck_id = col.decks.id("bench")
        assert deck_id is not None
        config = col.decks.config_dict_for_deck_id(deck_id)
        config["new"]["perDay"] = DAILY_LIMIT
        config["rev"]["perDay"] = DAILY_LIMIT
        col.decks.update_config(config)
        col.decks.select(deck_id)
        model = col.models.by_name("Basic")
        assert model is not None
        requests = []
        for i in range(CARDS):
            note = col.new_note(model)
            note["Front"] = f"Where is summit {i} held?"
            note["Back"] = f"City {i}"
            requests.append(AddNoteRequest(note=note, deck_id=deck_id))
        started = time.perf_counter()
        col.add_notes(requests)
        added = time.perf_counter() - started
        assert col.card_count() == CARDS
        answer_for = {
            Rating.Again: CardAnswer.AGAIN,
            Rating.Hard: CardAnswer.HARD,
            Rating.Good: CardAnswer.GOOD,
            Rating.Easy: CardAnswer.EASY,
        }
        sched, db = col.sched, col.db
        assert isinstance(sched, V3Scheduler)
        assert db is not None
        plan = ratings()
        started = time.perf_counter()
        for rating in plan:
            queued = sched.get_queued_cards(fetch_limit=1).cards[0]
            card = Card(col, backend_card=queued.card)
            card.start_timer()
            answer = sched.build_answer(card=card, states=queued.states, rating=answer_for[rating])
            sched.answer_card(answer)
        per_card = (time.perf_counter() - started) / ANSWERS * 1000
        assert db.scalar("select count() from revlog") == ANSWERS
        journal = db.scalar("pragma journal_mode")
        sync = db.scalar("pragma synchronous")
    finally:
        col.close()
    return added, per_card, f"col.add_notes, journal={journal}, synchronous={sync}"


def build_big_collection(path: Path) -> tuple[Store, Any]:
    """100,000 cards in 5 decks, one learner with 80,000 studied cards and 1,000,000 reviews
    over two years. Rows are bulk-inserted with the raw driver: this is a fixture, not the
    code under test."""
    store = Store.open(path, synchronous="normal")
    profile = store.create_profile("big", Settings())
    per_deck = BIG_CARDS // 5
    for d in range(5):
        store.import_deck(deck(per_deck, slug=f"deck-{d}"))
    now = to_millis(store.now())
    day = 86_400_000
    rng = random.Random(SEED)
    connection = store.engine.raw_connection()
    cursor = connection.cursor()
    cursor.execute("PRAGMA cache_size = -65536")
    studied = rng.sample(range(1, BIG_CARDS + 1), 80_000)
    states = []
    for card_id in studied:
        interval = rng.randint(1, 200)
        due = now + rng.randint(-30, 200) * day
        states.append((Phase.REVIEW, float(interval), 5.0, due, due - interval * day, card_id))
    cursor.execute("BEGIN")
    cursor.executemany(
        "UPDATE card_state SET phase = ?, stability = ?, difficulty = ?, due = ?, "
        "last_review = ?, reps = 12 WHERE profile_id = 1 AND card_id = ?",
        states,
    )
    span = 730 * day
    until = now - day  # up to yesterday, so today's review limit is untouched
    reviews = [
        (1, rng.choice(studied), until - span + (span * n) // BIG_REVIEWS, rng.choice((1, 3, 3, 3)))
        for n in range(BIG_REVIEWS)
    ]
    cursor.executemany(
        "INSERT INTO review (profile_id, card_id, reviewed_at, rating, phase_before, is_cram, "
        "prior) VALUES (?, ?, ?, ?, 2, 0, '{}')",
        reviews,
    )
    connection.commit()
    connection.close()
    return store, profile


def timed_ms(run: Callable[[], object], repeat: int = 200) -> float:
    """Median milliseconds per call."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    print(f"review loop: {CARDS} cards, {ANSWERS} x (next card + answer, committed)")
    print(f"best of {ROUNDS} alternating rounds per engine (the machine is shared and noisy)")
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        full: list[float] = []
        normal: list[float] = []
        anki: list[float] = []
        imports: list[float] = []
        adds: list[float] = []
        anki_problem = ""
        how = ""
        for round_number in range(ROUNDS):
            here = base / f"round-{round_number}"
            here.mkdir()
            imported, per_card = newsquiz_run(here, "full")
            imports.append(imported)
            full.append(per_card)
            normal.append(newsquiz_run(here, "normal")[1])
            if anki_problem:
                continue
            try:
                (here / "anki").mkdir()
                added, per_card, how = anki_run(here)
            except ImportError as err:
                anki_problem = (
                    f"Anki: not run: the `anki` package is not installed ({err}).\n"
                    "      Install it with: .venv/bin/pip install -e '.[bench]'"
                )
            except Exception as err:  # report precisely what failed, and keep the other figures
                anki_problem = f"Anki: FAILED to run: {type(err).__name__}: {err}"
            else:
                adds.append(added)
                anki.append(per_card)
        print(
            f"newsquiz default (NORMAL, WAL fsynced in the background): {min(normal):6.3f} ms/card"
        )
        print(f"newsquiz synchronous=FULL (fsync inside each commit):     {min(full):6.3f} ms/card")
        if anki_problem:
            print(anki_problem)
        else:
            print(f"Anki (FSRS on; {how}): {min(anki):6.3f} ms/card")
            ratio = min(normal) / min(anki)
            print(f"ratio newsquiz default / Anki: {ratio:5.2f} (target <= 1.00)")
            print(f"ratio newsquiz FULL / Anki:    {min(full) / min(anki):5.2f}")
        print(f"newsquiz import of {CARDS} cards: {min(imports):6.2f} s")
        if adds:
            print(f"Anki add_notes of {CARDS} notes: {min(adds):6.2f} s")

        print(f"\nlarge collection: {BIG_CARDS} cards, {BIG_REVIEWS} reviews (building...)")
        started = time.perf_counter()
        store, profile = build_big_collection(base / "big.db")
        print(f"built in {time.perf_counter() - started:.1f} s")
        due_ms = timed_ms(lambda: store.due_counts(profile))
        print(f"{'due counts (new/learning/review)':34} {due_ms:7.3f} ms (target < 5 ms)")
        print(f"  {store.due_counts(profile)}")
        others: list[tuple[str, Callable[[], object], int]] = [
            ("start a session + first card", lambda: store.start_session(profile).next_card(), 20),
            ("deck list with counts", lambda: store.decks(profile), 10),
            ("30-day forecast", lambda: store.forecast(profile), 10),
            ("reviews per day, last 365 days", lambda: store.reviews_per_day(profile), 5),
            ("all stats-screen figures", lambda: store.statistics(profile), 5),
        ]
        for label, run, repeat in others:
            print(f"{label:34} {timed_ms(run, repeat):7.3f} ms")
        print("(target for the stats screen: < 200 ms with 1,000,000 reviews)")
        store.close()


if __name__ == "__main__":
    main()
