"""Deck import: keyed by deck slug + card id, idempotent, all or nothing."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from newsquiz.core.cards import BasicCard
from newsquiz.core.progress import Profile
from newsquiz.core.scheduling import Phase, Rating
from newsquiz.store import Store
from newsquiz.store.tables import CARD, DECK
from tests.store.conftest import MIXED, FakeClock, basic_cards, make_deck, reopen


def rows(store: Store) -> list[tuple[object, ...]]:
    with store.engine.connect() as connection:
        decks = connection.execute(select(DECK).order_by(DECK.c.id)).all()
        cards = connection.execute(select(CARD).order_by(CARD.c.id)).all()
    return [tuple(r) for r in [*decks, *cards]]


def study_one(store: Store, profile: Profile, key: str, rating: Rating = Rating.Good) -> int:
    card_id = store.find_card("sample", key)
    store.record_review(profile, card_id, rating)
    return card_id


def test_first_import_adds_every_card(store: Store) -> None:
    report = store.import_deck(make_deck())
    assert (report.slug, report.added, report.updated, report.retired) == ("sample", 5, 0, 0)


def test_importing_the_same_deck_again_changes_nothing(store: Store, clock: FakeClock) -> None:
    store.import_deck(make_deck())
    before = rows(store)
    clock.advance(days=1)
    report = store.import_deck(make_deck())
    assert (report.added, report.updated, report.retired, report.unchanged) == (0, 0, 0, 5)
    assert not report.changed
    assert rows(store) == before


def test_edited_card_keeps_its_progress(store: Store, profile: Profile) -> None:
    store.import_deck(make_deck())
    card_id = study_one(store, profile, "c1")
    studied = store.study_card(profile, card_id).state
    edited = list(basic_cards(5))
    edited[1] = BasicCard(id="c1", question="Question one, reworded?", answer="answer one", line=7)
    report = store.import_deck(make_deck(cards=tuple(edited)))
    assert (report.updated, report.unchanged) == (1, 4)
    after = store.study_card(profile, card_id)
    assert after.state == studied
    assert isinstance(after.card, BasicCard)
    assert after.card.question == "Question one, reworded?"
    assert len(store.card_history(profile, card_id)) == 1


def test_removed_card_is_retired_but_keeps_history(store: Store, profile: Profile) -> None:
    store.import_deck(make_deck())
    card_id = study_one(store, profile, "c0")
    report = store.import_deck(make_deck(cards=basic_cards(5)[1:]))
    assert (report.retired, report.unchanged) == (1, 4)
    assert len(store.card_history(profile, card_id)) == 1
    deck = store.decks(profile)[0]
    assert (deck.cards, deck.retired) == (4, 1)
    session = store.start_session(profile)
    shown = []
    while (card := session.next_card()) is not None:
        shown.append(card.id)
        session.answer(card, Rating.Easy)
    assert card_id not in shown
    assert len(shown) == 4


def test_card_back_in_the_file_is_restored_with_its_progress(
    store: Store, profile: Profile
) -> None:
    store.import_deck(make_deck())
    card_id = study_one(store, profile, "c0")
    studied = store.study_card(profile, card_id).state
    store.import_deck(make_deck(cards=basic_cards(5)[1:]))
    report = store.import_deck(make_deck())
    assert (report.restored, report.added) == (1, 0)
    assert store.study_card(profile, card_id).state == studied


def test_new_id_is_a_new_card(store: Store, profile: Profile) -> None:
    store.import_deck(make_deck())
    grown = (*basic_cards(5), BasicCard(id="extra", question="New?", answer="yes"))
    report = store.import_deck(make_deck(cards=grown))
    assert (report.added, report.unchanged) == (1, 5)
    card = store.study_card(profile, store.find_card("sample", "extra"))
    assert card.state.phase == Phase.NEW


def test_same_card_id_in_two_decks_is_two_cards(store: Store) -> None:
    store.import_deck(make_deck("one"))
    store.import_deck(make_deck("two"))
    assert store.find_card("one", "c0") != store.find_card("two", "c0")


def test_failed_import_changes_nothing(store: Store) -> None:
    """A deck that breaks half-way (here a duplicate id the validator would have refused)
    leaves no deck and no cards behind."""
    cards = (*basic_cards(3), BasicCard(id="c0", question="Duplicate?", answer="x"))
    with pytest.raises(IntegrityError):
        store.import_deck(make_deck(cards=cards))
    assert rows(store) == []


def test_failed_reimport_keeps_the_previous_version(store: Store) -> None:
    store.import_deck(make_deck())
    before = rows(store)
    broken = (*basic_cards(2), BasicCard(id="new", question="?", answer="x"))
    broken += (BasicCard(id="new", question="again?", answer="y"),)
    with pytest.raises(IntegrityError):
        store.import_deck(make_deck(cards=broken))
    assert rows(store) == before


def test_store_hands_back_the_same_cards_with_origin_and_line(
    store: Store, profile: Profile
) -> None:
    store.import_deck(make_deck(cards=MIXED, origin="/teacher/g20.yaml"))
    for original in MIXED:
        card = store.study_card(profile, store.find_card("sample", original.id))
        assert card.card == original
        assert (card.deck, card.origin, card.card.line) == (
            "sample",
            "/teacher/g20.yaml",
            original.line,
        )


def test_moving_cards_in_the_file_is_not_a_change_but_updates_order_and_lines(
    store: Store, profile: Profile
) -> None:
    store.import_deck(make_deck())
    shuffled = tuple(replace(c, line=100 + i) for i, c in enumerate(reversed(basic_cards(5))))
    report = store.import_deck(make_deck(cards=shuffled))
    assert (report.updated, report.unchanged) == (0, 5)
    first = store.start_session(profile).next_card()
    assert first is not None
    assert (first.card.id, first.card.line) == ("c4", 100)


def test_import_survives_reopening(db_location: str, clock: FakeClock) -> None:
    with reopen(db_location, clock) as store:
        store.import_deck(make_deck(title="Before"))
        store.import_deck(make_deck(title="After"))
    with reopen(db_location, clock) as store:
        assert [(d.slug, d.title, d.cards) for d in store.decks()] == [("sample", "After", 5)]


def test_every_profile_gets_the_new_cards(store: Store) -> None:
    ann = store.create_profile("ann")
    bo = store.create_profile("bo")
    store.import_deck(make_deck())
    assert store.due_counts(ann).new == 5
    assert store.due_counts(bo).new == 5


def test_bundled_decks_are_imported_once(store: Store) -> None:
    assert not store.bundled_decks_imported()
    assert len(store.import_bundled_decks([make_deck("one"), make_deck("two")])) == 2
    assert store.bundled_decks_imported()
    assert store.import_bundled_decks([make_deck("three")]) == []
    assert [d.slug for d in store.decks()] == ["one", "two"]


def test_ten_thousand_cards_import_in_one_go(store: Store) -> None:
    ann = store.create_profile("ann")
    report = store.import_deck(make_deck(cards=basic_cards(10_000)))
    assert report.added == 10_000
    assert store.decks(ann)[0].unseen == 10_000
