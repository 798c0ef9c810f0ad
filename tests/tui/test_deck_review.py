"""Reviewing a generated deck: keep, edit, drop and add cards, then save a deck `check` accepts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from textual.widgets import Input

from newsquiz.core.cards import BasicCard, ChoiceCard, ClozeCard, Deck
from newsquiz.core.decks import parse_deck
from newsquiz.tui.deck_review_app import DeckReviewApp
from newsquiz.tui.screens.deck_review import DeckReviewScreen, EditCardModal, article_sentences

ARTICLE = (
    "Місто Вільнюс прийматиме фестиваль вуличного театру у травні 2026 року. "
    "Організатори очікують 40 тисяч глядачів.\n"
    "Фестиваль триватиме п’ять днів."
)
DECK = Deck(
    slug="festival",
    title="Фестиваль у Вільнюсі",
    language="uk",
    as_of=date(2026, 1, 5),
    cards=(
        BasicCard(
            id="host-city",
            question="Яке місто прийматиме фестиваль вуличного театру 2026 року?",
            answer="Вільнюс",
            evidence="Місто Вільнюс прийматиме фестиваль вуличного театру у травні 2026 року.",
        ),
        ChoiceCard(
            id="visitors",
            question="Скільки глядачів очікують на фестивалі 2026 року у Вільнюсі?",
            answer="40 тисяч",
            choices=("40 тисяч", "4 тисячі", "400 тисяч"),
            evidence="Організатори очікують 40 тисяч глядачів.",
        ),
        ClozeCard(id="days", text="Фестиваль триватиме {{п’ять}} днів."),
    ),
)
SIZE = (120, 40)


def test_article_sentences_are_split_for_adding_cards() -> None:
    assert article_sentences(ARTICLE) == [
        "Місто Вільнюс прийматиме фестиваль вуличного театру у травні 2026 року.",
        "Організатори очікують 40 тисяч глядачів.",
        "Фестиваль триватиме п’ять днів.",
    ]


async def test_keep_edit_drop_add_and_save(tmp_path: Path) -> None:
    output = tmp_path / "festival.yaml"
    app = DeckReviewApp(DECK, ARTICLE, output)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, DeckReviewScreen)
        await pilot.press("e")  # edit the first card: add an accepted spelling
        await pilot.pause()
        assert isinstance(app.screen, EditCardModal)
        app.screen.query_one("#edit-accept", Input).value = "Vilnius"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("down", "space")  # drop the choice card
        await pilot.press("a")  # add a card from the third sentence
        await pilot.pause()
        await pilot.press("down", "down", "enter")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, EditCardModal)
        modal.query_one(
            "#edit-question", Input
        ).value = "Скільки днів триватиме фестиваль у Вільнюсі 2026 року?"
        modal.query_one("#edit-answer", Input).value = "5"
        await pilot.press("ctrl+s")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
    assert app.return_value == output
    saved = parse_deck(output.read_bytes(), str(output))
    assert [card.id for card in saved.cards] == ["host-city", "added-1", "days"]
    host = saved.cards[0]
    assert isinstance(host, BasicCard) and host.accept == ("Vilnius",)
    added = saved.cards[1]
    assert isinstance(added, BasicCard) and added.answer == "5"
    assert added.evidence == "Фестиваль триватиме п’ять днів."


async def test_an_invalid_edit_is_refused_with_the_reason(tmp_path: Path) -> None:
    app = DeckReviewApp(DECK, ARTICLE, tmp_path / "deck.yaml")
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("down", "e")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, EditCardModal)
        modal.query_one("#edit-answer", Input).value = "мільйон"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is modal, "the modal stays open"
        error = str(modal.query_one("#edit-error").render())
        assert "not among the choices" in error
        await pilot.press("escape", "escape")
        await pilot.pause()
    assert app.return_value is None
    assert not (tmp_path / "deck.yaml").exists()
