"""Stale facts in the store: cards past `valid_until` leave every learner's queue, come back when
a re-import extends the date, and are never scheduled past it."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from newsquiz.core.cards import BasicCard, Deck
from newsquiz.core.progress import Profile
from newsquiz.core.scheduling import Rating
from newsquiz.store import Store
from tests.store.conftest import KYIV, FakeClock

DECK = Deck(
    slug="news",
    title="News",
    language="en",
    origin="decks/news.yaml",
    valid_until=date(2026, 6, 30),
    cards=(
        BasicCard(
            id="old", question="Old fact?", answer="old", valid_until=date(2026, 3, 5), line=5
        ),
        BasicCard(id="deck-dated", question="Deck-dated fact?", answer="dd", line=8),
        BasicCard(
            id="long", question="Long fact?", answer="long", valid_until=date(2027, 1, 1), line=11
        ),
    ),
)


def keys(store: Store, profile: Profile) -> set[str]:
    session = store.start_session(profile)
    found = set()
    while (card := session.next_card()) is not None:
        found.add(card.card.id)
        session.bury(card)
    return found


def test_a_card_past_valid_until_leaves_every_queue(store: Store, clock: FakeClock) -> None:
    store.import_deck(DECK)
    ann, bob = store.create_profile("ann"), store.create_profile("bob")
    assert keys(store, ann) == {"old", "deck-dated", "long"}
    clock.now = datetime(2026, 3, 6, 8, tzinfo=UTC)  # 5 March was the old fact's last day
    for learner in (ann, bob):
        counts = store.due_counts(learner)
        assert counts.new == 2
    assert keys(store, bob) == {"deck-dated", "long"}
    assert store.is_outdated(store.find_card("news", "old"))
    assert not store.is_outdated(store.find_card("news", "long"))
    summary = next(d for d in store.decks(ann) if d.slug == "news")
    assert summary.outdated == 1
    late = store.create_profile("cy")  # a learner who joins later gets the card retired too
    assert keys(store, late) == {"deck-dated", "long"}


def test_the_deck_valid_until_applies_to_cards_without_their_own(
    store: Store, clock: FakeClock
) -> None:
    store.import_deck(DECK)
    ann = store.create_profile("ann")
    clock.now = datetime(2026, 7, 1, 0, 1, tzinfo=UTC)
    assert keys(store, ann) == {"long"}
    outdated = store.outdated_cards()
    assert [(c.card, c.valid_until, c.from_deck) for c in outdated] == [
        ("old", date(2026, 3, 5), False),
        ("deck-dated", date(2026, 6, 30), True),
    ]
    assert [(c.origin, c.line) for c in outdated] == [
        ("decks/news.yaml", 5),
        ("decks/news.yaml", 8),
    ]


def test_extending_valid_until_and_reimporting_brings_the_card_back(
    store: Store, clock: FakeClock
) -> None:
    store.import_deck(DECK)
    ann = store.create_profile("ann")
    clock.now = datetime(2026, 3, 6, 8, tzinfo=UTC)
    assert "old" not in keys(store, ann)
    clock.advance(days=1)
    fixed = replace(DECK.cards[0], valid_until=date(2026, 12, 31))
    store.import_deck(replace(DECK, cards=(fixed, *DECK.cards[1:])))
    assert "old" in keys(store, ann)
    assert store.outdated_cards() == []


def test_an_interval_is_never_scheduled_past_valid_until(store: Store, clock: FakeClock) -> None:
    store.import_deck(DECK)
    ann = store.create_profile("ann")
    card_id = store.find_card("news", "old")
    state = store.record_review(ann, card_id, Rating.Easy)  # graduates with days of interval
    assert state.due == datetime(2026, 3, 6, tzinfo=UTC)
    long_id = store.find_card("news", "long")
    assert store.record_review(ann, long_id, Rating.Easy).due != datetime(2027, 1, 2, tzinfo=UTC)
    card = store.study_card(ann, card_id)
    assert max(store.preview(ann, card).values()) <= datetime(2026, 3, 6, tzinfo=UTC) - clock.now


def test_outdated_cards_within_a_horizon(store: Store, clock: FakeClock) -> None:
    store.import_deck(DECK)
    assert store.outdated_cards() == []
    soon = store.outdated_cards(within=timedelta(days=7))
    assert [c.card for c in soon] == ["old"]


def test_a_profile_reusing_a_deleted_ones_id_still_skips_stale_cards(
    db_path: Path, clock: FakeClock
) -> None:
    """SQLite may give a new profile the id of one just deleted; its stale cards still retire.
    (PostgreSQL's sequences never give an id twice.)"""
    store = Store.open(db_path, clock=clock, tz=KYIV)
    store.import_deck(DECK)
    first = store.create_profile("first")
    clock.now = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)
    assert "old" not in keys(store, first)
    store.delete_profile(first)
    second = store.create_profile("second")
    assert second.id == first.id
    assert keys(store, second) == {"deck-dated", "long"}
    store.close()
