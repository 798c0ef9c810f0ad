"""What the checker says about an answer, in values the TUI, the store and the CLI all understand.

The suggested rating uses FSRS's four grades by number (1 Again … 4 Easy) so that core need not
import `fsrs` to speak about them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import Any, NamedTuple


class Outcome(StrEnum):
    CORRECT = "correct"
    CLOSE = "close"
    """Right but misspelt: counts as remembered, rated lower."""
    WRONG = "wrong"


class Rating(IntEnum):
    """FSRS grades."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


class Rule(StrEnum):
    """A leniency the checker applied to accept an answer; teachers see them in `answer-check`."""

    EXACT = "exact"
    """Equal once case, apostrophes, quotes, dashes, spaces and outer punctuation are unified."""
    PREPOSITION = "preposition"
    """A leading preposition (`в Маямі`) or an English article was left out."""
    FORM = "form"
    """Another grammatical form of the same word: case, number (`Токаєва` for `Токаєв`)."""
    NUMBER = "number"
    """The same number or date in other notation (`сім` for `7`, `1,5 млн` for `1500000`)."""
    ORDER = "order"
    """A list, or a name, in another order."""
    SPACING = "spacing"
    """Written with or without spaces or hyphens (`Нью Йорк` for `Нью-Йорк`)."""
    SURNAME = "surname"
    """A surname alone for a full name."""
    INITIALS = "initials"
    """Initials for the given names: `Д. Трамп`, `В. О. Зеленський`."""
    TYPO = "typo"
    """Within the typo allowance and not another real word."""


class DiffKind(StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    """In the expected answer, missing from what was typed."""
    DELETE = "delete"
    """Typed, but not in the expected answer."""
    REPLACE = "replace"
    """Typed `typed` where the expected answer has `text`."""


class DiffSegment(NamedTuple):
    kind: DiffKind
    text: str
    """Expected characters; for `delete`, the typed characters."""
    typed: str = ""
    """For `replace` only: the typed characters that stand where `text` should be."""


@dataclass(frozen=True, slots=True)
class RatingThresholds:
    """When a correct answer earns Easy instead of Good."""

    easy_seconds: float = 8.0
    """A correct answer given within this many seconds is suggested as Easy."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Verdict:
    outcome: Outcome
    matched: str | None
    """The expected alternative (answer, `accept` entry, gap alternative) that matched."""
    diff: tuple[DiffSegment, ...]
    """Typed text against `matched`, or against the nearest alternative when wrong."""
    suggested_rating: Rating
    reject_why: str | None = None
    """The author's explanation when the answer is one the card's `reject` list anticipates."""
    rules: frozenset[Rule] = frozenset()
    """The leniencies that made the answer count (empty when wrong)."""
    gaps: tuple[Verdict, ...] = ()
    """For cloze cards: one verdict per gap, in order."""

    @property
    def counts_as_correct(self) -> bool:
        return self.outcome is not Outcome.WRONG

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "outcome": self.outcome.value,
            "matched": self.matched,
            "suggested_rating": int(self.suggested_rating),
            "reject_why": self.reject_why,
            "rules": sorted(rule.value for rule in self.rules),
            "diff": [
                {
                    "kind": seg.kind.value,
                    "text": seg.text,
                    **({"typed": seg.typed} if seg.typed else {}),
                }
                for seg in self.diff
            ],
        }
        if self.gaps:
            data["gaps"] = [gap.to_dict() for gap in self.gaps]
        return data


def suggest_rating(
    outcome: Outcome, elapsed_seconds: float | None, thresholds: RatingThresholds
) -> Rating:
    if outcome is Outcome.WRONG:
        return Rating.AGAIN
    if outcome is Outcome.CLOSE:
        return Rating.HARD
    if elapsed_seconds is not None and 0 <= elapsed_seconds <= thresholds.easy_seconds:
        return Rating.EASY
    return Rating.GOOD
