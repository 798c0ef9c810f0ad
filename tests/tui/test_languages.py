"""The app in Ukrainian and in English: home, a reviewed card, the summary, stats and the footer."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from textual.widgets import Button, Label, Static

from newsquiz.i18n import current_language, set_language
from newsquiz.store import Store
from newsquiz.tui.app import NewsquizApp
from newsquiz.tui.screens.review import ReviewScreen
from newsquiz.tui.screens.stats import StatsScreen
from newsquiz.tui.screens.summary import SummaryScreen
from tests.tui.conftest import Clock
from tests.tui.test_browser_and_stats import study_two_days

SIZE = (110, 40)

WORDS = {
    "en": {
        "learner": "Learner: Олена",
        "footer": "Study deck",
        "verdict": "Correct",
        "good": "3 Good",
        "summary": "Session finished",
        "figures": "Cards studied",
        "stats": "The last year",
        "streak": "streak 2 days",
    },
    "uk": {
        "learner": "Профіль: Олена",
        "footer": "Вчити колоду",
        "verdict": "Правильно",
        "good": "3 Добре",
        "summary": "Сесію завершено",
        "figures": "Вивчено карток",
        "stats": "Останній рік",
        "streak": "серія: 2 дні поспіль",
    },
}


def text_of(widget: Label | Static) -> str:
    return str(widget.render())


def footer_labels(app: NewsquizApp) -> set[str]:
    return {active.binding.description for active in app.screen.active_bindings.values()}


@pytest.mark.parametrize("code", sorted(WORDS))
async def test_a_session_reads_in_the_chosen_language(
    code: str, make_app: Callable[..., NewsquizApp]
) -> None:
    words = WORDS[code]
    set_language(code)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert text_of(app.screen.query_one("#learner", Label)) == words["learner"]
        assert words["footer"] in footer_labels(app)
        await pilot.press("enter")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReviewScreen)
        await pilot.press(*"маямі", "enter")
        await pilot.pause()
        assert text_of(screen.query_one("#verdict", Static)).startswith(words["verdict"])
        assert str(screen.query_one("#rate-3", Button).label).startswith(words["good"])
        await pilot.press("3", "escape")
        await pilot.pause()
        summary = app.screen
        assert isinstance(summary, SummaryScreen)
        texts = [text_of(w) for w in summary.query("Label, Static").results(Static)]
        assert words["summary"] in texts
        assert any(text.startswith(words["figures"]) for text in texts)


@pytest.mark.parametrize("code", sorted(WORDS))
async def test_stats_read_in_the_chosen_language(
    code: str, make_app: Callable[..., NewsquizApp], store: Store, clock: Clock
) -> None:
    study_two_days(store, clock)
    set_language(code)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        titles = [text_of(w) for w in screen.query(".section-title").results(Label)]
        assert WORDS[code]["stats"] in titles
        assert WORDS[code]["streak"] in text_of(screen.query_one("#stats-today", Static))


async def test_profile_language_switches_the_app(
    make_app: Callable[..., NewsquizApp], store: Store
) -> None:
    """Choosing Ukrainian in a learner's settings rebuilds the screens in Ukrainian at once."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("p")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        app.screen.query_one("#setting-language").value = "uk"  # type: ignore[attr-defined]
        await pilot.click("#save")
        await pilot.pause()
        assert app.profile is not None and store.ui_language(app.profile) == "uk"
        assert current_language() == "uk"
        assert "Назад" in footer_labels(app)
        await pilot.press("escape")
        await pilot.pause()
        assert text_of(app.screen.query_one("#learner", Label)) == "Профіль: Олена"
