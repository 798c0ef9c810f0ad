"""Home and profiles: first run asks for a name; import errors show file, line and field; profiles
are created, renamed, re-set and deleted (with confirmation) in the store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.widgets import DataTable

from newsquiz.store import Store
from newsquiz.tui.app import NewsquizApp
from newsquiz.tui.screens.home import HomeScreen
from newsquiz.tui.screens.modals import DeckProblemsModal
from newsquiz.tui.screens.profiles import ProfilesScreen

SIZE = (100, 36)
BROKEN = """\
deck: broken
title: Broken
language: en
cards:
  - id: a
    type: choice
    question: Where is the Louvre?
    answer: Paris
    choices: [Lyon, Nice]
"""


async def test_first_run_asks_for_a_name_and_remembers_it(
    make_app: Callable[..., NewsquizApp], store: Store
) -> None:
    app = make_app(with_profile=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press(*"Тарас", "enter")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        table = app.screen.query_one("#decks", DataTable)
        assert table.row_count == 2
    remembered = store.last_profile()
    assert remembered is not None and remembered.name == "Тарас"


async def test_import_of_a_broken_deck_shows_its_problems(
    make_app: Callable[..., NewsquizApp], store: Store, tmp_path: Path
) -> None:
    deck = tmp_path / "broken.yaml"
    deck.write_text(BROKEN, encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        await pilot.press(*str(deck), "enter")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, DeckProblemsModal)
        assert [(p.line, p.path) for p in modal.problems] == [(8, "cards[0].answer")]
        await pilot.press("escape")
    assert [d.slug for d in store.decks()] == ["g20-2026-central-asia", "world-events-2026"]


async def test_profiles_are_created_renamed_and_deleted(
    make_app: Callable[..., NewsquizApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, ProfilesScreen)
        await pilot.press("n", *"Тарас", "enter")
        await pilot.pause()
        assert sorted(p.name for p in store.profiles()) == ["Олена", "Тарас"]
        await pilot.press("down", "r", "ctrl+u", *"Тарас Г.", "enter")
        await pilot.pause()
        assert sorted(p.name for p in store.profiles()) == ["Олена", "Тарас Г."]
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("n")  # "No" keeps the learner
        await pilot.pause()
        assert len(store.profiles()) == 2
        await pilot.press("d", "y")
        await pilot.pause()
        assert [p.name for p in store.profiles()] == ["Олена"]


async def test_profile_settings_are_saved(
    make_app: Callable[..., NewsquizApp], store: Store
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("p", "e")
        await pilot.pause()
        await pilot.press("ctrl+u", *"85", "tab", "ctrl+u", *"5", "enter")
        await pilot.pause()
    (profile,) = store.profiles()
    assert profile.settings.desired_retention == 0.85
    assert profile.settings.new_per_day == 5


async def test_a_deck_made_from_an_article_is_reviewed_saved_and_imported(
    make_app: Callable[..., NewsquizApp], store: Store, tmp_path: Path
) -> None:
    article = tmp_path / "festival.txt"
    article.write_text(
        "date 2026-01-05\n\nМісто Вільнюс прийматиме фестиваль вуличного театру у травні "
        "2026 року. Організатори очікують 40 тисяч глядачів.\n",
        encoding="utf-8",
    )
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("g")
        await pilot.pause()
        await pilot.press(*str(article), "enter")
        await pilot.pause()
        from newsquiz.tui.screens.deck_review import DeckReviewScreen

        review = app.screen
        assert isinstance(review, DeckReviewScreen)
        assert review.cards, "the generator made cards from the article"
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
    saved = tmp_path / f"{review.deck.slug}.yaml"
    assert saved.exists()
    assert review.deck.slug in [d.slug for d in store.decks()]
