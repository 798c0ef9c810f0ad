"""Cards survive the trip through the store's JSON unchanged."""

from __future__ import annotations

from datetime import date

import pytest

from newsquiz.core.card_data import card_from_json, card_to_json
from newsquiz.core.cards import BasicCard, Card, ChoiceCard, ClozeCard, Reject, Source

CARDS: list[tuple[str, Card]] = [
    (
        "basic with everything",
        BasicCard(
            id="host-city",
            question="Яке місто прийме саміт?",
            answer="Маямі",
            accept=("Miami",),
            tags=("g20", "usa"),
            explanation="Пояснення.",
            evidence="Речення зі статті.",
            source=Source(
                title="Стаття", url="https://example.org/a", published=date(2025, 12, 23)
            ),
            as_of=date(2025, 12, 23),
            valid_until=date(2026, 12, 31),
            reject=(Reject(answer="Нью-Йорк", why="Це інше місто."),),
            score=0.75,
            line=12,
        ),
    ),
    ("basic minimal", BasicCard(id="a", question="Q?", answer="A")),
    (
        "choice",
        ChoiceCard(id="who", question="Who?", answer="B", choices=("A", "B", "C"), line=3),
    ),
    ("cloze", ClozeCard(id="gap", text="The {{G20|Group of Twenty}} meets in {{Miami}}.", line=9)),
]


@pytest.mark.parametrize("card", [c for _, c in CARDS], ids=[name for name, _ in CARDS])
def test_card_round_trips_through_json(card: Card) -> None:
    assert card_from_json(card_to_json(card)) == card


def test_json_keeps_unicode_readable() -> None:
    assert "Маямі" in card_to_json(CARDS[0][1])
