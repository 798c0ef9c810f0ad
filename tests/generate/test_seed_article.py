"""Golden test on the project's seed article (read from ../shared beside the repository)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsquiz.core.cards import BasicCard, CardType
from newsquiz.generate import generate_deck, parse_article

SEED = Path(__file__).resolve().parents[3] / "shared" / "articles" / "g20-miami-2025-12-23.uk.txt"


@pytest.fixture(scope="module")
def seed_cards() -> list[BasicCard]:
    if not SEED.exists():
        pytest.skip(f"the shared seed article is not beside the repository ({SEED})")
    article = parse_article(SEED.read_text(encoding="utf-8"), "g20-miami")
    deck = generate_deck([article], types=frozenset({CardType.BASIC}))
    return [card for card in deck.cards if isinstance(card, BasicCard)]


def card_for(cards: list[BasicCard], answer: str) -> BasicCard:
    found = [card for card in cards[:8] if card.answer == answer]
    assert found, f"no card with answer {answer!r} in the top 8: {[c.answer for c in cards[:8]]}"
    return found[0]


def test_who_invited_them(seed_cards: list[BasicCard]) -> None:
    card = card_for(seed_cards, "Дональд Трамп")
    assert card.question.startswith("Хто запросив")
    assert "Трамп" in card.accept


def test_where_the_2026_g20_takes_place(seed_cards: list[BasicCard]) -> None:
    card = card_for(seed_cards, "Маямі")
    assert "місті" in card.question
    assert "2026" in card.question


def test_which_countries_leaders(seed_cards: list[BasicCard]) -> None:
    card = card_for(seed_cards, "Казахстан і Узбекистан")
    assert card.question.startswith("Лідерів яких країн")


def test_seed_cards_state_their_evidence_and_date(seed_cards: list[BasicCard]) -> None:
    text = SEED.read_text(encoding="utf-8")
    for card in seed_cards:
        assert card.evidence is not None
        assert card.evidence in text
        assert card.as_of is not None
        assert card.as_of.isoformat() == "2025-12-23"
