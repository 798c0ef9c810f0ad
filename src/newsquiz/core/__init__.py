"""The pure domain core: cards, decks, validation and text rules, with no UI and no database.

Everything here is importable in milliseconds and testable without files, clocks or terminals;
`tests/test_layers.py` proves that importing it loads no textual, sqlalchemy or sqlmodel.
"""

from newsquiz.core.cards import (
    BasicCard,
    Card,
    CardType,
    ChoiceCard,
    ClozeCard,
    Deck,
    Gap,
    Reject,
    Source,
    card_prompt,
)
from newsquiz.core.deck_writer import deck_to_data, dump_deck
from newsquiz.core.decks import DeckError, Problem, parse_deck

__all__ = [
    "BasicCard",
    "Card",
    "CardType",
    "ChoiceCard",
    "ClozeCard",
    "Deck",
    "DeckError",
    "Gap",
    "Problem",
    "Reject",
    "Source",
    "card_prompt",
    "deck_to_data",
    "dump_deck",
    "parse_deck",
]
