"""Studying through the store with a fixed clock: steps, limits, rollover, backlog, leeches,
bury/suspend, cram, undo, and the review log."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from newsquiz.core.progress import Profile, StudyCard
from newsquiz.core.scheduling import Phase, Rating, Settings
from newsquiz.store import Store, StudySession
from newsquiz.store.tables import REVIEW, STATE
from tests.store.conftest import FakeClock, basic_cards, make_deck, reopen


def drain(session: StudySession, rating: Rating = Rating.Good) -> list[StudyCard]:
    """Answer every card the session offers now."""
    shown = []
    while (card := session.next_card()) is not None:
        shown.append(card)
        session.answer(card, rating)
    return shown


def state_rows(store: Store, profile: Profile) -> list[tuple[Any, ...]]:
    with store.engine.connect() as connection:
        query = select(STATE).where(STATE.c.profile_id == profile.id).order_by(STATE.c.id)
        return [tuple(r) for r in connection.execute(query)]


def review_rows(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as connection:
        return [
            dict(r) for r in connection.execute(select(REVIEW).order_by(REVIEW.c.id)).mappings()
        ]


def to_review(store: Store, profile: Profile, card_id: int, clock: FakeClock) -> None:
    """Walk a new card through both learning steps into review."""
    store.record_review(profile, card_id, Rating.Good)
    clock.advance(minutes=10)
    store.record_review(profile, card_id, Rating.Good)


def test_learning_steps_then_graduation_within_a_session(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(2)))
    session = store.start_session(profile)
    first = session.next_card()
    assert first is not None
    after = session.answer(first, Rating.Again)
    assert (after.state.phase, after.state.due) == (
        Phase.LEARNING,
        clock.now + timedelta(minutes=1),
    )
    second = session.next_card()
    assert second is not None
    assert second.id != first.id  # the step is not due yet and another card is waiting
    session.answer(second, Rating.Good)
    clock.advance(minutes=1)
    again = session.next_card()
    assert again is not None
    assert again.id == first.id
    session.answer(again, Rating.Good)  # step 1: 10 minutes
    clock.advance(minutes=10)
    for _ in range(2):
        card = session.next_card()
        assert card is not None
        graduated = session.answer(card, Rating.Good)
        assert graduated.state.phase == Phase.REVIEW
    assert session.next_card() is None
    assert store.due_counts(profile).total == 0


def test_learning_card_due_soon_is_shown_early_at_the_end(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(1)))
    session = store.start_session(profile)
    card = session.next_card()
    assert card is not None
    session.answer(card, Rating.Good)  # due in 10 minutes, within the 20-minute learn-ahead
    again = session.next_card()
    assert again is not None
    assert again.id == card.id


def test_session_waits_for_a_learning_step_beyond_learn_ahead(
    store: Store, clock: FakeClock
) -> None:
    slow = Settings(learning_steps=(timedelta(hours=1),))
    learner = store.create_profile("slow", slow)
    store.import_deck(make_deck(cards=basic_cards(1)))
    session = store.start_session(replace(learner, settings=slow))
    card = session.next_card()
    assert card is not None
    session.answer(card, Rating.Again)
    assert session.next_card() is None
    assert session.next_due() == clock.now + timedelta(hours=1)


def test_new_cards_are_introduced_in_deck_order_up_to_the_daily_limit(
    store: Store, profile: Profile
) -> None:
    store.import_deck(make_deck(cards=basic_cards(12)))
    shown = drain(store.start_session(profile), Rating.Easy)
    assert [c.card.id for c in shown] == ["c0", "c1", "c2", "c3", "c4"]
    assert store.due_counts(profile).new == 0


def test_daily_limits_renew_at_four_local_time(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(12)))
    clock.set_local("2026-03-02 23:00")
    assert len(drain(store.start_session(profile), Rating.Easy)) == 5
    clock.set_local("2026-03-03 03:59")
    assert store.due_counts(profile).new == 0
    assert store.start_session(profile).next_card() is None
    clock.set_local("2026-03-03 04:00")
    assert store.due_counts(profile).new == 5
    shown = drain(store.start_session(profile), Rating.Easy)
    assert [c.card.id for c in shown] == ["c5", "c6", "c7", "c8", "c9"]


def test_a_running_session_rolls_over_with_the_day(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(12)))
    clock.set_local("2026-03-03 03:00")
    session = store.start_session(profile)
    assert len(drain(session, Rating.Easy)) == 5
    clock.set_local("2026-03-03 04:01")
    assert session.next_card() is not None


def test_backlog_is_served_most_overdue_first_and_capped(store: Store, clock: FakeClock) -> None:
    learner = store.create_profile("back", Settings(new_per_day=30, reviews_per_day=10))
    store.import_deck(make_deck(cards=basic_cards(30)))
    for card in drain(store.start_session(learner), Rating.Easy):
        clock.advance(hours=1)  # spread the due times
        assert card.state.phase == Phase.NEW
    clock.advance(days=120)  # a long break: all 30 are overdue
    dues = sorted(
        s.state.due for s in (store.study_card(learner, i) for i in range(1, 31)) if s.state.due
    )
    assert store.due_counts(learner).review == 10
    shown = drain(store.start_session(learner))
    assert [c.state.due for c in shown] == dues[:10]
    assert store.due_counts(learner).review == 0


def test_reviews_and_new_cards_are_interleaved(store: Store, clock: FakeClock) -> None:
    learner = store.create_profile("mix", Settings(new_per_day=20, reviews_per_day=100))
    store.import_deck(make_deck(cards=basic_cards(40)))
    drain(store.start_session(learner), Rating.Easy)  # 20 cards into review
    clock.advance(days=60)
    phases = [c.state.phase for c in drain(store.start_session(learner), Rating.Easy)]
    assert phases.count(Phase.NEW) == 20
    assert phases.count(Phase.REVIEW) == 20
    assert Phase.NEW in phases[:4]
    assert Phase.REVIEW in phases[-4:]


def test_eight_lapses_suspend_and_mark_a_leech(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(1)))
    card_id = store.find_card("sample", "c0")
    to_review(store, profile, card_id, clock)
    for lapse in range(1, 9):
        due = store.study_card(profile, card_id).state.due
        assert due is not None
        clock.now = due
        state = store.record_review(profile, card_id, Rating.Again)
        assert state.lapses == lapse
        if lapse < 8:
            clock.advance(minutes=10)
            store.record_review(profile, card_id, Rating.Good)
    assert (state.suspended, state.leech) == (True, True)
    assert store.start_session(profile).next_card() is None
    assert store.decks(profile)[0].suspended == 1
    clock.advance(days=400)
    assert store.due_counts(profile).total == 0


def test_buried_card_comes_back_the_next_day(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(2)))
    session = store.start_session(profile)
    card = session.next_card()
    assert card is not None
    session.bury(card)
    assert [c.card.id for c in drain(session, Rating.Easy)] == ["c1"]
    assert store.due_counts(profile).new == 0
    clock.set_local("2026-03-03 04:00")
    assert [c.card.id for c in drain(store.start_session(profile), Rating.Easy)] == ["c0"]


def test_suspended_card_waits_until_unsuspended(store: Store, profile: Profile) -> None:
    store.import_deck(make_deck(cards=basic_cards(2)))
    c0 = store.find_card("sample", "c0")
    store.suspend(profile, c0)
    assert [c.card.id for c in drain(store.start_session(profile), Rating.Easy)] == ["c1"]
    store.unsuspend(profile, c0)
    assert [c.card.id for c in drain(store.start_session(profile), Rating.Easy)] == ["c0"]


def test_cram_logs_answers_without_changing_the_schedule(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(3)))
    to_review(store, profile, store.find_card("sample", "c0"), clock)
    before = state_rows(store, profile)
    due_before = store.due_counts(profile)
    session = store.start_cram(profile, decks=["sample"])
    first = session.next_card()
    assert first is not None
    session.answer(first, Rating.Again, answer="wrong guess", verdict="wrong")
    shown = [first, *drain(session)]
    assert [c.card.id for c in shown] == ["c0", "c1", "c2", "c0"]  # the missed card came back
    assert state_rows(store, profile) == before
    assert store.due_counts(profile) == due_before
    cram = [r for r in review_rows(store) if r["is_cram"]]
    assert len(cram) == 4
    assert cram[0]["answer"] == "wrong guess"


def test_cram_hardest_first_and_chosen_cards(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(4)))
    ids = [store.find_card("sample", f"c{i}") for i in range(4)]
    store.record_review(profile, ids[2], Rating.Again)
    store.record_review(profile, ids[1], Rating.Easy)
    hardest = store.start_cram(profile, hardest_first=True, limit=2).next_card()
    assert hardest is not None
    assert hardest.id == ids[2]
    chosen = store.start_cram(profile, card_ids=[ids[3], ids[0]])
    assert [c.id for c in drain(chosen)] == [ids[3], ids[0]]


def test_undo_restores_each_card_exactly_and_removes_the_log_rows(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(3)))
    session = store.start_session(profile)
    snapshots = []
    for rating in (Rating.Good, Rating.Again, Rating.Hard, Rating.Good, Rating.Easy, Rating.Again):
        card = session.next_card()
        assert card is not None
        snapshots.append((state_rows(store, profile), len(review_rows(store)), card.id))
        session.answer(card, rating)
        clock.advance(minutes=3)
    for rows, reviews, card_id in reversed(snapshots):
        restored = session.undo()
        assert restored is not None
        assert restored.id == card_id
        assert state_rows(store, profile) == rows
        assert len(review_rows(store)) == reviews
        assert session.next_card() == restored  # the undone card is asked again
    assert session.undo() is None


def test_undo_of_a_leech_lapse_unsuspends(store: Store, profile: Profile, clock: FakeClock) -> None:
    store.import_deck(make_deck(cards=basic_cards(1)))
    card_id = store.find_card("sample", "c0")
    to_review(store, profile, card_id, clock)
    for _ in range(8):
        due = store.study_card(profile, card_id).state.due
        assert due is not None
        clock.now = due
        before = state_rows(store, profile)
        store.record_review(profile, card_id, Rating.Again)
        clock.advance(minutes=10)
        if not store.study_card(profile, card_id).state.suspended:
            store.record_review(profile, card_id, Rating.Good)
    restored = store.undo_last(profile)
    assert restored is not None
    assert (restored.state.suspended, restored.state.leech, restored.state.lapses) == (
        False,
        False,
        7,
    )
    assert state_rows(store, profile) == before


def test_undo_works_after_reopening(db_location: str, clock: FakeClock) -> None:
    with reopen(db_location, clock) as store:
        learner = store.create_profile("ann")
        store.import_deck(make_deck(cards=basic_cards(1)))
        before = state_rows(store, learner)
        store.record_review(learner, store.find_card("sample", "c0"), Rating.Good)
    with reopen(db_location, clock) as store:
        assert store.undo_last(learner) is not None
        assert state_rows(store, learner) == before
        assert review_rows(store) == []


def test_review_log_keeps_what_statistics_need(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(1)))
    card_id = store.find_card("sample", "c0")
    to_review(store, profile, card_id, clock)
    clock.advance(days=5)
    session = store.start_session(profile)
    card = session.next_card()
    assert card is not None
    preview = session.preview(card)
    session.answer(card, Rating.Hard, answer="answr 0", verdict="close", duration_ms=4200)
    last = review_rows(store)[-1]
    after = store.study_card(profile, card_id).state
    assert last["reviewed_at"] == int(clock.now.timestamp() * 1000)
    assert (last["rating"], last["answer"], last["verdict"], last["duration_ms"]) == (
        2,
        "answr 0",
        "close",
        4200,
    )
    assert (last["phase_before"], last["step_before"], last["is_cram"]) == (2, None, False)
    assert last["elapsed_days"] == 5
    assert last["interval_before"] is not None
    assert last["session_id"] == session.id
    assert (last["stability_after"], last["difficulty_after"]) == (
        after.stability,
        after.difficulty,
    )
    assert after.due == clock.now + preview[Rating.Hard]
    assert last["due_after"] == int(after.due.timestamp() * 1000)
    assert after.reps == 3


def test_reviews_survive_reopening(db_location: str, clock: FakeClock) -> None:
    with reopen(db_location, clock) as store:
        learner = store.create_profile("ann")
        store.import_deck(make_deck(cards=basic_cards(3)))
        answered = drain(store.start_session(learner))
    with reopen(db_location, clock) as store:
        assert len(review_rows(store)) == len(answered)
        assert store.study_card(learner, answered[0].id).state.reps >= 1


def test_profiles_study_independently(store: Store, profile: Profile) -> None:
    store.import_deck(make_deck(cards=basic_cards(3)))
    other = store.create_profile("bo")
    drain(store.start_session(profile), Rating.Easy)
    assert store.due_counts(profile).new == 0
    assert store.due_counts(other).new == 3


def test_due_counts_for_one_deck(store: Store, profile: Profile) -> None:
    store.import_deck(make_deck("one", cards=basic_cards(2)))
    store.import_deck(make_deck("two", cards=basic_cards(3)))
    assert store.due_counts(profile, ["two"]).new == 3
    session = store.start_session(profile, ["one"])
    assert {c.deck for c in drain(session, Rating.Easy)} == {"one"}


def test_flags_are_kept_for_the_author(store: Store, profile: Profile) -> None:
    store.import_deck(make_deck(cards=basic_cards(1)))
    card_id = store.find_card("sample", "c0")
    flag = store.flag_card(profile, card_id, "outdated", "the summit moved to 2027")
    assert [(f.id, f.reason, f.note) for f in store.flags(profile)] == [
        (flag.id, "outdated", "the summit moved to 2027")
    ]


def test_reviews_per_day_groups_by_learner_day(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(5)))
    ids = [store.find_card("sample", f"c{i}") for i in range(3)]
    clock.set_local("2026-03-02 22:00")
    store.record_review(profile, ids[0], Rating.Good)
    clock.set_local("2026-03-03 03:30")  # still Monday's learner day
    store.record_review(profile, ids[1], Rating.Again)
    clock.set_local("2026-03-03 09:00")
    store.record_review(profile, ids[2], Rating.Good)
    days = store.reviews_per_day(profile, days=7)
    assert [(d.day, d.reviews, d.passed) for d in days] == [
        (date(2026, 3, 2), 2, 1),
        (date(2026, 3, 3), 1, 1),
    ]


def test_forecast_counts_overdue_cards_today(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(3)))
    for card in drain(store.start_session(profile), Rating.Easy):
        assert card.state.phase == Phase.NEW
    clock.advance(days=30)
    forecast = store.forecast(profile, days=7)
    assert len(forecast) == 7
    assert forecast[0] == (store.today(profile), 3)
    assert sum(n for _, n in forecast[1:]) == 0


def test_sqlite_connections_use_wal_foreign_keys_and_a_busy_timeout(
    db_path: Path, clock: FakeClock
) -> None:
    with reopen(db_path, clock) as store, store.engine.connect() as connection:
        pragmas = {
            name: connection.execute(text(f"PRAGMA {name}")).scalar_one()
            for name in ("journal_mode", "foreign_keys", "busy_timeout", "synchronous")
        }
    assert pragmas == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": 10000,
        "synchronous": 1,
    }


def test_answers_are_fsynced_in_the_background(db_path: Path, clock: FakeClock) -> None:
    """With synchronous=NORMAL the WAL is fsynced right after each answer, off the caller."""
    store = reopen(db_path, clock)
    profile = store.create_profile("ann")
    store.import_deck(make_deck(cards=basic_cards(2)))
    flusher = store.wal_flusher
    assert flusher is not None
    before = flusher.flushes
    store.record_review(profile, store.find_card("sample", "c0"), Rating.Good)
    assert flusher.wait()
    assert flusher.flushes > before
    store.close()


def test_full_synchronous_fsyncs_in_every_commit(db_path: Path, clock: FakeClock) -> None:
    with Store.open(db_path, clock=clock, synchronous="full") as store:
        assert store.wal_flusher is None
        with store.engine.connect() as connection:
            assert connection.execute(text("PRAGMA synchronous")).scalar_one() == 2


def test_closing_stops_the_flusher(db_path: Path, clock: FakeClock) -> None:
    store = Store.open(db_path, clock=clock)
    flusher = store.wal_flusher
    assert flusher is not None
    store.close()
    assert not flusher.running


def test_long_sessions_load_cards_in_batches_up_to_the_limits(
    store: Store, clock: FakeClock
) -> None:
    """More cards than one batch (50): all of today's allowance is served, in order, once."""
    learner = store.create_profile("long", Settings(new_per_day=130, reviews_per_day=120))
    store.import_deck(make_deck(cards=basic_cards(300)))
    first = drain(store.start_session(learner), Rating.Easy)
    assert [c.card.id for c in first] == [f"c{i}" for i in range(130)]
    clock.advance(days=200)
    second = drain(store.start_session(learner), Rating.Easy)
    reviews = [c for c in second if c.state.phase == Phase.REVIEW]
    assert len(reviews) == 120
    assert len({c.id for c in second}) == len(second)
    dues = [c.state.due for c in reviews if c.state.due is not None]
    assert dues == sorted(dues)
    assert [c.card.id for c in second if c.state.phase == Phase.NEW] == [
        f"c{i}" for i in range(130, 260)
    ]
