"""The card and deck model: immutable values every other layer passes around.

A deck file is parsed into these values once (`newsquiz.core.decks`); the store, the TUI and the
generator never see YAML. Values are frozen so that edits go through `dataclasses.replace` and an
old value can always be kept for undo.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TypeAlias


class CardType(StrEnum):
    BASIC = "basic"
    CHOICE = "choice"
    CLOZE = "cloze"


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """Where a fact was published; a card's source overrides its deck's."""

    title: str | None = None
    url: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Reject:
    """A plausible wrong answer the author anticipated, with the reason it is wrong."""

    answer: str
    why: str


@dataclass(frozen=True, slots=True, kw_only=True)
class CardBase:
    id: str
    """Stable within its deck: progress is keyed by deck slug + card id, never by content."""
    tags: tuple[str, ...] = ()
    explanation: str | None = None
    evidence: str | None = None
    """The sentence the fact comes from, verbatim."""
    source: Source | None = None
    as_of: date | None = None
    valid_until: date | None = None
    reject: tuple[Reject, ...] = ()
    score: float | None = None
    """The generator's ranking score; hand-written cards leave it empty."""
    line: int = 0
    """1-based line of the card in its deck file (0 when not read from a file)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class BasicCard(CardBase):
    question: str
    answer: str
    accept: tuple[str, ...] = ()
    """Other answers that are also correct."""

    @property
    def type(self) -> CardType:
        return CardType.BASIC


@dataclass(frozen=True, slots=True, kw_only=True)
class ChoiceCard(CardBase):
    question: str
    answer: str
    choices: tuple[str, ...]
    """All options, the answer among them, in authored order (the UI shuffles)."""

    @property
    def type(self) -> CardType:
        return CardType.CHOICE


GAP_PATTERN = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
"""A cloze gap: `{{answer}}` or `{{answer|alternative|...}}`."""


@dataclass(frozen=True, slots=True)
class Gap:
    answers: tuple[str, ...]
    """The first is the canonical answer shown on reveal; the rest are also correct."""

    @property
    def answer(self) -> str:
        return self.answers[0]


def parse_gaps(text: str) -> tuple[Gap, ...]:
    """The gaps of a cloze text in order; alternatives are split on `|` and stripped."""
    return tuple(
        Gap(tuple(part.strip() for part in match.group(1).split("|")))
        for match in GAP_PATTERN.finditer(text)
    )


def blank_gaps(text: str, blank: str = "_____") -> str:
    """The cloze text as a learner sees it before answering."""
    return GAP_PATTERN.sub(blank, text)


@dataclass(frozen=True, slots=True, kw_only=True)
class ClozeCard(CardBase):
    text: str
    gaps: tuple[Gap, ...] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "gaps", parse_gaps(self.text))

    @property
    def type(self) -> CardType:
        return CardType.CLOZE

    @property
    def answer(self) -> str:
        """All canonical gap answers, in order, for summaries and reports."""
        return "; ".join(gap.answer for gap in self.gaps)


Card: TypeAlias = BasicCard | ChoiceCard | ClozeCard


def card_prompt(card: Card) -> str:
    """What the learner is asked: the question, or the cloze text with its gaps blanked."""
    if isinstance(card, ClozeCard):
        return blank_gaps(card.text)
    return card.question


@dataclass(frozen=True, slots=True, kw_only=True)
class Deck:
    slug: str
    """The `deck` field: a stable id such as `g20-2026`."""
    title: str
    language: str
    cards: tuple[Card, ...]
    description: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = ()
    source: Source | None = None
    as_of: date | None = None
    valid_until: date | None = None
    origin: str = ""
    """The file the deck was read from, for error messages and "where does this card come from"."""

    def card(self, card_id: str) -> Card:
        for card in self.cards:
            if card.id == card_id:
                return card
        raise KeyError(card_id)

    def source_of(self, card: Card) -> Source | None:
        return card.source or self.source

    def as_of_for(self, card: Card) -> date | None:
        return card.as_of or self.as_of
