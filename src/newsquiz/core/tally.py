"""A study session's running score, for the summary screen and "study the missed ones again".

Immutable, so undoing an answer is just going back to the previous tally.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Result:
    card_id: int
    prompt: str
    expected: str
    typed: str
    outcome: str
    """`correct`, `close` or `wrong` (a revealed answer counts as wrong)."""
    rating: int
    seconds: float


@dataclass(frozen=True, slots=True)
class Tally:
    results: tuple[Result, ...] = ()

    def add(self, result: Result) -> Tally:
        return Tally((*self.results, result))

    def without_last(self) -> Tally:
        return Tally(self.results[:-1])

    def count(self, outcome: str) -> int:
        return sum(result.outcome == outcome for result in self.results)

    @property
    def studied(self) -> int:
        return len(self.results)

    @property
    def seconds(self) -> float:
        return sum(result.seconds for result in self.results)

    @property
    def accuracy(self) -> float:
        """Share of answers that counted as remembered (correct or close)."""
        if not self.results:
            return 0.0
        return (self.count("correct") + self.count("close")) / self.studied

    @property
    def missed(self) -> tuple[Result, ...]:
        """The first miss of each card missed at least once, in the order they were missed."""
        seen: set[int] = set()
        missed: list[Result] = []
        for result in self.results:
            if (result.outcome == "wrong" or result.rating == 1) and result.card_id not in seen:
                seen.add(result.card_id)
                missed.append(result)
        return tuple(missed)
