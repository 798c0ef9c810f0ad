"""The deck browser's and the stats screen's reads, on both backends: the same answers."""

from __future__ import annotations

from newsquiz.core.progress import Profile
from newsquiz.core.scheduling import Rating
from newsquiz.store import Store
from tests.store.conftest import FakeClock, basic_cards, make_deck


def test_deck_cards_in_deck_order_with_each_learners_progress(
    store: Store, profile: Profile
) -> None:
    store.import_deck(make_deck(cards=basic_cards(4)))
    ids = [store.find_card("sample", f"c{i}") for i in range(4)]
    store.record_review(profile, ids[2], Rating.Good)
    store.suspend(profile, ids[3])
    cards = store.deck_cards(profile, "sample")
    assert [c.card.id for c in cards] == ["c0", "c1", "c2", "c3"]
    assert [c.state.reps for c in cards] == [0, 0, 1, 0]
    assert cards[3].state.suspended
    other = store.create_profile("bo")
    assert [c.state.reps for c in store.deck_cards(other, "sample")] == [0, 0, 0, 0]


def test_statistics_count_todays_answers_and_the_forecast(
    store: Store, profile: Profile, clock: FakeClock
) -> None:
    store.import_deck(make_deck(cards=basic_cards(3)))
    for i in range(3):
        store.record_review(
            profile, store.find_card("sample", f"c{i}"), Rating.Easy, duration_ms=30_000
        )
    stats = store.statistics(profile)
    assert (stats.reviews_today, stats.minutes_today) == (3, 1.5)
    assert stats.reviews_per_day[-1] == (store.today(profile), 3)
    assert sum(n for _, n in stats.forecast) == 3
    assert stats.current_streak == 1
