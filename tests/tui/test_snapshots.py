"""Snapshots of the screens where layout is the feature, with a fixed clock, seed and size.

Update after looking at the report: `pytest tests/tui/test_snapshots.py --snapshot-update`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from newsquiz.i18n import set_language
from newsquiz.store import Store
from newsquiz.tui.app import NewsquizApp
from tests.tui.conftest import G20, Clock
from tests.tui.test_browser_and_stats import study_two_days
from tests.tui.test_home_and_profiles import BROKEN

SnapCompare = Callable[..., bool]
SIZE = (100, 34)


def no_blink(pilot: Pilot[None]) -> None:
    for box in pilot.app.screen.query(Input):
        box.cursor_blink = False


def practise(store: Store, key: str, *typed: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Open one card of the G20 deck in practice mode, then type `typed`."""

    async def run_before(pilot: Pilot[None]) -> None:
        app = pilot.app
        assert isinstance(app, NewsquizApp)
        await pilot.pause()
        app.study([G20], title="G20 2026", cram=True, card_ids=[store.find_card(G20, key)])
        await pilot.pause()
        no_blink(pilot)
        if typed:
            await pilot.press(*typed)
        await pilot.pause()

    return run_before


CARD_CASES = [
    ("basic-asked", "g20-2026-host-city", ()),
    ("basic-close", "g20-2026-host-city", (*"Маямы", "enter")),
    ("choice-asked", "g20-2026-invited-by", ()),
    ("choice-wrong", "g20-2026-invited-by", ("1",)),
    ("cloze-asked", "g20-2026-year", ()),
    ("cloze-correct", "g20-2026-year", (*"2026", "enter")),
]


@pytest.mark.parametrize(("name", "key", "typed"), CARD_CASES, ids=[c[0] for c in CARD_CASES])
def test_review_screen(
    name: str,
    key: str,
    typed: tuple[str, ...],
    snap_compare: SnapCompare,
    make_app: Callable[..., NewsquizApp],
    store: Store,
) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=practise(store, key, *typed))


def test_review_screen_with_intervals(
    snap_compare: SnapCompare, make_app: Callable[..., NewsquizApp]
) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        no_blink(pilot)
        await pilot.press(*"маямі", "enter")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_summary_screen(snap_compare: SnapCompare, make_app: Callable[..., NewsquizApp]) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"Маямі", "enter", "3")
        await pilot.pause()
        await pilot.press("enter", "1", "escape")  # reveal, Again, leave
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_stats_screen(
    snap_compare: SnapCompare, make_app: Callable[..., NewsquizApp], store: Store, clock: Clock
) -> None:
    study_two_days(store, clock)
    assert snap_compare(make_app(), terminal_size=(110, 44), press=["t"])


def test_deck_error_modal(
    snap_compare: SnapCompare,
    make_app: Callable[..., NewsquizApp],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)

    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        await pilot.press("i")
        await pilot.pause()
        no_blink(pilot)
        await pilot.press(*"broken.yaml", "enter")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_review_screen_in_ukrainian(
    snap_compare: SnapCompare, make_app: Callable[..., NewsquizApp], store: Store
) -> None:
    """A close answer: verdict, spelling diff, context, rating buttons and footer in Ukrainian."""
    set_language("uk")
    run_before = practise(store, "g20-2026-host-city", *"Маямы", "enter")
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_stats_screen_in_ukrainian(
    snap_compare: SnapCompare, make_app: Callable[..., NewsquizApp], store: Store, clock: Clock
) -> None:
    study_two_days(store, clock)
    set_language("uk")
    assert snap_compare(make_app(), terminal_size=(110, 44), press=["t"])


def test_welcome_screen(snap_compare: SnapCompare, make_app: Callable[..., NewsquizApp]) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await pilot.pause()
        no_blink(pilot)

    assert snap_compare(make_app(with_profile=False), terminal_size=SIZE, run_before=run_before)
