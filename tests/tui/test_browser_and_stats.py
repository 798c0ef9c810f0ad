"""Deck browser and statistics: the figures come from the store and match what was studied."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import DataTable, Static

from newsquiz.core.scheduling import Phase, Rating
from newsquiz.store import Store
from newsquiz.tui.app import NewsquizApp
from newsquiz.tui.screens.browser import DeckBrowserScreen
from newsquiz.tui.screens.modals import InfoModal
from newsquiz.tui.screens.stats import StatsScreen
from tests.tui.conftest import G20, Clock

SIZE = (110, 40)


def study_two_days(store: Store, clock: Clock) -> None:
    profile = store.profile("Олена") or store.create_profile("Олена")
    for _day in range(2):
        session = store.start_session(profile, [G20])
        for _ in range(3):
            card = session.next_card()
            assert card is not None
            session.answer(card, Rating.Good, answer="x", verdict="correct")
        session.end()
        clock.advance(days=1)


async def test_browser_filters_and_shows_a_cards_history(
    make_app: Callable[..., NewsquizApp], store: Store, clock: Clock
) -> None:
    study_two_days(store, clock)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        browser = app.screen
        assert isinstance(browser, DeckBrowserScreen)
        assert browser.query_one(DataTable).row_count == 14
        await pilot.press("slash", *"маямі")
        await pilot.pause()
        assert [c.card.id for c in browser.shown] == ["g20-2026-host-city", "g20-2026-year"]
        await pilot.press("enter", "enter")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, InfoModal)
        assert modal.body.count("correct") == 2  # answered on both days


async def test_stats_screen_shows_the_learners_figures(
    make_app: Callable[..., NewsquizApp], store: Store, clock: Clock
) -> None:
    study_two_days(store, clock)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        assert screen.stats.current_streak == 2
        assert sum(n for _, n in screen.stats.reviews_per_day) == 6
        today = str(screen.query_one("#stats-today", Static).render())
        assert "streak 2 days" in today
        await pilot.press("y")
        assert screen.days == 365


async def test_browser_marks_cards_past_their_valid_until_as_outdated(
    make_app: Callable[..., NewsquizApp], store: Store, clock: Clock
) -> None:
    clock.advance(days=400)  # the G20 deck is valid until 2026-12-31; now it is 2027-02-14
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("d")
        await pilot.pause()
        table = app.screen.query_one(DataTable)
        states = {str(table.get_row_at(row)[2]) for row in range(table.row_count)}
        assert states == {"outdated"}


def test_statistics_counts_agree_with_the_per_phase_query(store: Store, clock: Clock) -> None:
    """The stats screen takes its card counts from the deck list's pass; they match a direct count."""
    study_two_days(store, clock)
    profile = store.profile("Олена")
    assert profile is not None
    stats = store.statistics(profile)
    phases = store.counts_by_phase(profile)
    assert stats.counts["new"] == phases[Phase.NEW]
    assert stats.counts["learning"] == phases[Phase.LEARNING] + phases[Phase.RELEARNING]
    assert stats.counts["young"] + stats.counts["mature"] == phases[Phase.REVIEW]
