"""Picking the next card: learning steps on time, new cards spread among reviews, undo."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from newsquiz.core.cards import BasicCard
from newsquiz.core.progress import StudyCard
from newsquiz.core.queues import DayCounts, StudyQueue
from newsquiz.core.scheduling import CardState, Phase

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
DAY_END = datetime(2026, 3, 3, 2, 0, tzinfo=UTC)


def card(card_id: int, phase: Phase = Phase.NEW, due: datetime | None = None) -> StudyCard:
    content = BasicCard(id=f"c{card_id}", question=f"q{card_id}?", answer="a")
    state = CardState(phase=phase, due=due, last_review=None if due is None else NOW)
    return StudyCard(id=card_id, deck="d", card=content, state=state, origin="d.yaml")


def queue(new: int = 0, reviews: int = 0, done: DayCounts | None = None) -> StudyQueue:
    q = StudyQueue(day_end=DAY_END, learn_ahead=timedelta(minutes=20), done=done or DayCounts())
    q.new.extend(card(i) for i in range(1, new + 1))
    q.reviews.extend(card(100 + i, Phase.REVIEW, NOW) for i in range(1, reviews + 1))
    return q


def shown_id(q: StudyQueue) -> int | None:
    current = q.peek(NOW)
    return None if current is None else current.id


def drain(q: StudyQueue) -> list[str]:
    """Answer everything, recording 'n' for a new card and 'r' for a review."""
    order = []
    while (current := q.peek(NOW)) is not None:
        order.append("n" if current.state.phase == Phase.NEW else "r")
        graduated = replace(
            current, state=replace(current.state, phase=Phase.REVIEW, due=NOW + timedelta(days=3))
        )
        q.answered(current, graduated)
    return order


def test_new_cards_are_spread_evenly_among_reviews() -> None:
    """20 new among 100 reviews: one new card about every fifth card, reviews first."""
    order = drain(queue(new=20, reviews=100))
    assert order.count("n") == 20
    assert order.count("r") == 100
    assert order[0] == "r"
    positions = [i for i, kind in enumerate(order) if kind == "n"]
    gaps = [b - a for a, b in itertools.pairwise(positions)]
    assert set(gaps) <= {5, 6, 7}


def test_only_new_cards_come_in_deck_order() -> None:
    q = queue(new=5)
    seen = []
    while (current := q.peek(NOW)) is not None:
        seen.append(current.id)
        q.answered(current, replace(current, state=replace(current.state, phase=Phase.REVIEW)))
    assert seen == [1, 2, 3, 4, 5]


def test_interleaving_accounts_for_what_was_done_earlier_today() -> None:
    """Half of today's new cards are done: reviews catch up to half before new cards resume."""
    order = drain(queue(new=10, reviews=10, done=DayCounts(new=10, review=0)))
    assert order[:7] == ["r"] * 6 + ["n"]  # on a tie (5 of 10 each) a review goes first
    assert order.count("n") == 10


def test_due_learning_card_comes_before_anything_else() -> None:
    q = queue(new=3, reviews=3)
    q.add_learning(card(50, Phase.LEARNING, NOW - timedelta(minutes=1)))
    assert shown_id(q) == 50


def test_learning_card_waits_for_its_step_while_other_cards_remain() -> None:
    q = queue(new=1)
    q.add_learning(card(50, Phase.LEARNING, NOW + timedelta(minutes=5)))
    assert shown_id(q) == 1


def test_learning_card_is_shown_early_when_nothing_else_is_left() -> None:
    """Anki's learn-ahead: within 20 minutes it is shown, beyond that the session waits."""
    q = queue()
    q.add_learning(card(50, Phase.LEARNING, NOW + timedelta(minutes=15)))
    assert shown_id(q) == 50
    far = queue()
    far.add_learning(card(51, Phase.LEARNING, NOW + timedelta(minutes=30)))
    assert far.peek(NOW) is None
    assert far.next_learning_due() == NOW + timedelta(minutes=30)


def test_learning_cards_come_in_due_order() -> None:
    q = queue()
    q.add_learning(card(2, Phase.LEARNING, NOW - timedelta(minutes=1)))
    q.add_learning(card(1, Phase.LEARNING, NOW - timedelta(minutes=5)))
    assert [entry[1] for entry in q.learning] == [1, 2]


def test_learning_step_beyond_the_day_end_belongs_to_tomorrow() -> None:
    q = queue()
    q.add_learning(card(9, Phase.LEARNING, DAY_END + timedelta(minutes=1)))
    assert len(q) == 0


def test_answered_card_returns_for_its_next_step() -> None:
    q = queue(new=1)
    first = q.peek(NOW)
    assert first is not None
    step = replace(
        first, state=replace(first.state, phase=Phase.LEARNING, due=NOW + timedelta(minutes=10))
    )
    q.answered(first, step)
    assert q.done.new == 1
    assert q.peek(NOW + timedelta(minutes=10)) == step


def test_suspended_leech_does_not_return() -> None:
    q = queue(reviews=1)
    first = q.peek(NOW)
    assert first is not None
    leech = replace(
        first,
        state=replace(
            first.state, phase=Phase.RELEARNING, due=NOW + timedelta(minutes=10), suspended=True
        ),
    )
    q.answered(first, leech)
    assert len(q) == 0
    assert q.done.review == 1


def test_restore_puts_the_card_back_in_front_and_uncounts_it() -> None:
    q = queue(new=2, reviews=2)
    first = q.peek(NOW)
    assert first is not None
    assert first.state.phase == Phase.REVIEW
    after = replace(first, state=replace(first.state, due=NOW + timedelta(days=4)))
    q.answered(first, after)
    assert q.done.review == 1
    q.restore(after, first)
    assert q.done.review == 0
    assert q.peek(NOW) == first
    assert len(q) == 4


def test_undone_card_is_asked_before_a_due_learning_card() -> None:
    q = queue(new=1)
    q.add_learning(card(8, Phase.LEARNING, NOW - timedelta(minutes=5)))
    learning = card(7, Phase.LEARNING, NOW - timedelta(minutes=2))
    q.add_learning(learning)
    again = replace(learning, state=replace(learning.state, due=NOW + timedelta(minutes=1)))
    q.answered(learning, again)
    q.restore(again, learning)
    assert q.peek(NOW) == learning
    assert len(q) == 3


def test_remove_takes_a_card_out_of_any_queue() -> None:
    q = queue(new=1, reviews=1)
    q.add_learning(card(7, Phase.LEARNING, NOW))
    for card_id in (1, 101, 7):
        assert q.remove(card_id) is not None
    assert len(q) == 0
    assert q.remove(1) is None
