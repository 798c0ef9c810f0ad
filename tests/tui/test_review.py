"""Studying by keyboard: answers are judged, recorded before the next card, undoable and flaggable."""

from __future__ import annotations

from collections.abc import Callable

from textual.pilot import Pilot

from newsquiz.core.cards import BasicCard, ChoiceCard
from newsquiz.store import Store
from newsquiz.tui.app import NewsquizApp
from newsquiz.tui.screens.review import ReviewScreen
from newsquiz.tui.screens.summary import SummaryScreen
from tests.tui.conftest import G20

SIZE = (100, 36)


async def study_first_deck(pilot: Pilot[None]) -> ReviewScreen:
    """From home, Enter on the first deck (the G20 one) opens the study screen."""
    await pilot.pause()
    await pilot.press("enter")
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReviewScreen)
    return screen


async def test_typed_answer_is_recorded_and_moves_the_due_date(
    make_app: Callable[..., NewsquizApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await study_first_deck(pilot)
        card = screen.card
        assert card is not None and card.deck == G20
        assert isinstance(card.card, BasicCard) and card.card.answer == "Маямі"
        await pilot.press(*"маямі", "enter")
        await pilot.pause()
        assert screen.verdict is not None and screen.verdict.outcome == "correct"
        await pilot.press("3")
        await pilot.pause()
        assert app.profile is not None
        history = store.card_history(app.profile, card.id)
        assert [(entry.verdict, int(entry.rating), entry.answer) for entry in history] == [
            ("correct", 3, "маямі")
        ]
        after = store.study_card(app.profile, card.id)
        assert after.state.due is not None and after.state.reps == 1
        assert screen.card is not None and screen.card.id != card.id

        await pilot.press("ctrl+z")
        await pilot.pause()
        assert store.card_history(app.profile, card.id) == []
        assert store.study_card(app.profile, card.id).state == card.state
        assert screen.card is not None and screen.card.id == card.id


async def test_choice_card_is_graded_by_pressing_its_number(
    make_app: Callable[..., NewsquizApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await study_first_deck(pilot)
        await pilot.press("enter")  # reveal the first card (empty answer)
        await pilot.press("1")  # Again
        await pilot.pause()
        card = screen.card
        assert card is not None and isinstance(card.card, ChoiceCard)
        number = screen.choices.index(card.card.answer) + 1
        await pilot.press(str(number))
        await pilot.pause()
        assert screen.verdict is not None and screen.verdict.outcome == "correct"
        await pilot.press("enter")
        await pilot.pause()
        assert app.profile is not None
        assert [e.verdict for e in store.card_history(app.profile, card.id)] == ["correct"]


async def test_flag_stores_a_note_for_the_author(
    make_app: Callable[..., NewsquizApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await study_first_deck(pilot)
        assert screen.card is not None
        await pilot.press("enter")  # reveal, so letters are commands
        await pilot.press("exclamation_mark")
        await pilot.pause()
        await pilot.press(*"застаріло", "enter")
        await pilot.pause()
        assert app.profile is not None
        flags = store.flags(app.profile)
        assert [(f.card_id, f.note) for f in flags] == [(screen.card.id, "застаріло")]


async def test_leaving_shows_the_summary_with_missed_cards(
    make_app: Callable[..., NewsquizApp],
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await study_first_deck(pilot)
        await pilot.press(*"Нью-Йорк", "enter")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        assert summary.tally.studied == 1 and summary.tally.count("wrong") == 1
        assert len(summary.tally.missed) == 1
