"""What to show next in a study session: learning cards on time, new cards among the reviews.

The store fills a `StudyQueue` with the day's candidates (reviews most overdue first and new cards
in deck order, loaded in small batches, and how many more of each today's limits allow); picking
the next card is then pure and instant, which keeps the review loop as fast as Anki's. The rules:

1. a card whose answer was just taken back (undo) is asked again first; then a learning or
   relearning card whose step is due, earliest first;
2. otherwise new cards are spread evenly through the reviews: whichever kind has the smaller
   share of today's total done goes next (reviews on a tie), so 20 new among 100 reviews arrive
   about one per five reviews;
3. when nothing else is left, a learning card due within `learn_ahead` is shown early;
4. then the session is over for now.
"""

from __future__ import annotations

import bisect
from collections import deque
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from newsquiz.core.progress import StudyCard
from newsquiz.core.scheduling import Phase


@dataclass(slots=True)
class DayCounts:
    """Answers given today that count towards the limits (cram answers never do)."""

    new: int = 0
    review: int = 0


@dataclass(slots=True)
class StudyQueue:
    day_end: datetime
    """Learning cards due after this belong to tomorrow's queue."""
    learn_ahead: timedelta
    done: DayCounts = field(default_factory=DayCounts)
    reviews: deque[StudyCard] = field(default_factory=deque)
    new: deque[StudyCard] = field(default_factory=deque)
    learning: list[tuple[datetime, int, StudyCard]] = field(default_factory=list)
    """Sorted by due time, then card id."""
    new_more: int = 0
    """New cards left for today beyond those loaded in `new` (the store loads them in batches)."""
    reviews_more: int = 0
    """Likewise for reviews."""
    undone: list[StudyCard] = field(default_factory=list)
    """Cards whose answer was taken back, latest last: each is asked again before anything else."""

    def add_learning(self, card: StudyCard) -> None:
        assert card.state.due is not None  # a learning card always has a due time
        if card.state.due >= self.day_end:
            return
        bisect.insort(self.learning, (card.state.due, card.id, card))

    def peek(self, now: datetime) -> StudyCard | None:
        """The card to show now. Load the batches `needs_new`/`needs_reviews` ask for first."""
        if self.undone:
            return self.undone[-1]
        if self.learning and self.learning[0][0] <= now:
            return self.learning[0][2]
        if self.new and self.reviews:
            return self.new[0] if self._new_turn() else self.reviews[0]
        if self.reviews:
            return self.reviews[0]
        if self.new:
            return self.new[0]
        if self.learning and self.learning[0][0] <= now + self.learn_ahead:
            return self.learning[0][2]
        return None

    def _new_turn(self) -> bool:
        new_total = self.done.new + self.new_left
        review_total = self.done.review + self.reviews_left
        # new share of done < review share of done, cross-multiplied to stay in integers
        return self.done.new * review_total < self.done.review * new_total

    @property
    def new_left(self) -> int:
        return len(self.new) + self.new_more

    @property
    def reviews_left(self) -> int:
        return len(self.reviews) + self.reviews_more

    def needs_new(self) -> bool:
        """The loaded new cards are used up but today's allowance is not: load the next batch."""
        return not self.new and self.new_more > 0

    def needs_reviews(self) -> bool:
        return not self.reviews and self.reviews_more > 0

    def add_new(self, cards: list[StudyCard], *, exhausted: bool) -> None:
        """A loaded batch of new cards; `exhausted` when the store has no more to give today."""
        self.new.extend(cards)
        self.new_more = 0 if exhausted else max(0, self.new_more - len(cards))

    def add_reviews(self, cards: list[StudyCard], *, exhausted: bool) -> None:
        self.reviews.extend(cards)
        self.reviews_more = 0 if exhausted else max(0, self.reviews_more - len(cards))

    def next_learning_due(self) -> datetime | None:
        """When the session would have something again, if it ended only to wait for a step."""
        return self.learning[0][0] if self.learning else None

    def remove(self, card_id: int) -> StudyCard | None:
        """Take a card out of whichever queue holds it (answered, buried or suspended)."""
        for queue in (self.undone, self.reviews, self.new):
            for card in queue:
                if card.id == card_id:
                    queue.remove(card)
                    return card
        for index, (_, cid, card) in enumerate(self.learning):
            if cid == card_id:
                del self.learning[index]
                return card
        return None

    def answered(self, before: StudyCard, after: StudyCard, *, counts: bool = True) -> None:
        """Move on after an answer: the card leaves its queue and returns if it has a step today."""
        self.remove(before.id)
        if counts:
            if before.state.phase == Phase.NEW:
                self.done.new += 1
            elif before.state.phase == Phase.REVIEW:
                self.done.review += 1
        if after.state.phase in (Phase.LEARNING, Phase.RELEARNING) and not after.state.suspended:
            self.add_learning(after)

    def restore(
        self, current: StudyCard | None, restored: StudyCard, *, counts: bool = True
    ) -> None:
        """Undo an answer: the card goes back to the front of the queue it was answered from."""
        self.remove(restored.id)
        if current is not None:
            self.remove(current.id)
        if counts and restored.state.phase == Phase.NEW:
            self.done.new = max(0, self.done.new - 1)
        elif counts and restored.state.phase == Phase.REVIEW:
            self.done.review = max(0, self.done.review - 1)
        self.undone.append(restored)

    def __len__(self) -> int:
        return len(self.undone) + self.reviews_left + self.new_left + len(self.learning)
