"""Profiles: settings per learner; deleting one removes their history and nothing else."""

from __future__ import annotations

import pytest
from sqlalchemy import Table, func, select

from newsquiz.core.scheduling import Rating, Settings
from newsquiz.store import ProfileError, Store
from newsquiz.store.tables import CARD, DECK, FLAG, REVIEW, SESSION, STATE
from tests.store.conftest import FakeClock, make_deck, reopen


def count(store: Store, table: Table, **where: int) -> int:
    query = select(func.count()).select_from(table)
    for column, value in where.items():
        query = query.where(table.c[column] == value)
    with store.engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def test_new_profile_has_anki_defaults(store: Store) -> None:
    settings = store.create_profile("ann").settings
    assert settings.desired_retention == 0.90
    assert (settings.new_per_day, settings.reviews_per_day, settings.rollover_hour) == (20, 200, 4)


def test_profiles_and_settings_survive_reopening(db_location: str, clock: FakeClock) -> None:
    with reopen(db_location, clock) as store:
        store.create_profile("ann", Settings(desired_retention=0.85, new_per_day=7))
        store.create_profile("bo")
    with reopen(db_location, clock) as store:
        assert [p.name for p in store.profiles()] == ["ann", "bo"]
        ann = store.profile("ann")
        assert ann is not None
        assert (ann.settings.desired_retention, ann.settings.new_per_day) == (0.85, 7)


def test_names_are_unique_and_not_empty(store: Store) -> None:
    store.create_profile("ann")
    with pytest.raises(ProfileError, match="already exists"):
        store.create_profile(" ann ")
    with pytest.raises(ProfileError, match="empty"):
        store.create_profile("   ")


def test_rename_keeps_progress(store: Store) -> None:
    store.import_deck(make_deck())
    ann = store.create_profile("ann")
    card = store.start_session(ann).next_card()
    assert card is not None
    store.record_review(ann, card.id, Rating.Good)
    renamed = store.rename_profile(ann, "Ann K.")
    assert store.profile("ann") is None
    assert renamed.id == ann.id
    assert len(store.card_history(renamed, card.id)) == 1
    other = store.create_profile("bo")
    with pytest.raises(ProfileError, match="already exists"):
        store.rename_profile(other, "Ann K.")


def test_update_settings(store: Store) -> None:
    ann = store.create_profile("ann")
    store.update_settings(ann, Settings(reviews_per_day=50, rollover_hour=6))
    updated = store.profile("ann")
    assert updated is not None
    assert (updated.settings.reviews_per_day, updated.settings.rollover_hour) == (50, 6)


def test_delete_removes_the_learners_history_and_nothing_else(store: Store) -> None:
    store.import_deck(make_deck())
    ann = store.create_profile("ann")
    bo = store.create_profile("bo")
    for learner in (ann, bo):
        session = store.start_session(learner)
        card = session.next_card()
        assert card is not None
        session.answer(card, Rating.Good)
        store.flag_card(learner, card.id, "outdated", "the summit moved")
    store.delete_profile(ann)
    assert [p.name for p in store.profiles()] == ["bo"]
    for table in (REVIEW, STATE, SESSION, FLAG):
        assert count(store, table, profile_id=ann.id) == 0
        assert count(store, table, profile_id=bo.id) > 0
    assert count(store, DECK) == 1
    assert count(store, CARD) == 5


def test_last_profile_is_remembered_across_reopening(db_location: str, clock: FakeClock) -> None:
    with reopen(db_location, clock) as store:
        assert store.last_profile() is None
        store.create_profile("ann")
        bo = store.create_profile("bo")
        store.remember_profile(bo)
    with reopen(db_location, clock) as store:
        last = store.last_profile()
        assert last is not None
        assert last.name == "bo"
        store.delete_profile(last)
        assert store.last_profile() is None


def test_profile_created_after_import_starts_every_card_as_new(store: Store) -> None:
    store.import_deck(make_deck())
    ann = store.create_profile("ann")
    assert store.due_counts(ann).new == 5
    assert count(store, STATE, profile_id=ann.id) == 5
