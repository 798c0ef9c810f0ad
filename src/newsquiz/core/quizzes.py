"""The weekly news quiz: the same questions in the same order for everyone in a class.

The pick is seeded by the deck's slug and the ISO week (`g20-2026:2026-W10`), so every learner
who takes the quiz of a deck in the same week gets the same cards, with no server to coordinate
them. Randomness is a parameter (the seed), as everywhere in the core.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

T = TypeVar("T")


def week_seed(deck: str, day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{deck}:{year}-W{week:02d}"


def pick_quiz(cards: Sequence[T], count: int, seed: str) -> list[T]:
    """`count` cards (all, if fewer) in a seeded order; `cards` must come in a fixed order."""
    return random.Random(f"newsquiz-quiz:{seed}").sample(list(cards), min(count, len(cards)))


@dataclass(frozen=True, slots=True)
class QuizAnswer:
    card: str
    prompt: str
    expected: str
    typed: str
    verdict: str
    """`correct`, `close` or `wrong` (an empty answer is wrong)."""
    seconds: float

    @property
    def scored(self) -> bool:
        """Close answers (a small typo) score, as they do in reports."""
        return self.verdict in ("correct", "close")


def score(answers: Sequence[QuizAnswer]) -> tuple[int, int, float]:
    """(scored, asked, total seconds)."""
    return (
        sum(1 for a in answers if a.scored),
        len(answers),
        sum(a.seconds for a in answers),
    )
