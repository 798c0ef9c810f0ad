"""The deck browser: each card with the learner's state; `/` filters, Enter shows its history."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, cast

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Label

from newsquiz.core.cards import card_prompt
from newsquiz.core.progress import StudyCard
from newsquiz.core.scheduling import Phase
from newsquiz.core.text import normalise
from newsquiz.tui.screens.modals import InfoModal

if TYPE_CHECKING:
    from newsquiz.tui.app import NewsquizApp

PHASES = {
    Phase.NEW: "new",
    Phase.LEARNING: "learning",
    Phase.REVIEW: "review",
    Phase.RELEARNING: "relearning",
}


def state_label(card: StudyCard, now: datetime, outdated: bool = False) -> str:
    if outdated:
        return "outdated"
    state = card.state
    if state.suspended:
        return "leech" if state.leech else "suspended"
    if state.is_buried(now):
        return "buried"
    if state.phase is Phase.REVIEW and state.is_mature:
        return "mature"
    return PHASES[state.phase]


class DeckBrowserScreen(Screen[None]):
    BINDINGS = [
        Binding("slash", "filter", "Filter", id="filter"),
        Binding("enter", "history", "History", id="history"),
        Binding("escape", "back", "Back", id="back"),
    ]

    def __init__(self, deck_slug: str, title: str) -> None:
        super().__init__()
        self.deck_slug = deck_slug
        self.deck_title = title
        self.cards: list[StudyCard] = []
        self.shown: list[StudyCard] = []

    @property
    def newsquiz(self) -> NewsquizApp:
        return cast("NewsquizApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="browser"):
            yield Label(escape(self.deck_title), classes="screen-title")
            yield Input(placeholder="Filter: words of the question or answer", id="card-filter")
            yield DataTable(id="card-table", cursor_type="row", zebra_stripes=True)
            yield Label("/ filter · Enter: the card's history · Esc: back", classes="dim")
        yield Footer()

    def on_mount(self) -> None:
        assert self.newsquiz.profile is not None
        self.cards = self.newsquiz.store.deck_cards(self.newsquiz.profile, self.deck_slug)
        table = self.query_one(DataTable)
        table.add_columns("Question", "Answer", "State", "Due", "Lapses", "Reps")
        self.query_one("#card-filter").display = False
        self.show_cards("")
        table.focus()

    def show_cards(self, text: str) -> None:
        wanted = normalise(text)
        self.shown = [
            card
            for card in self.cards
            if not wanted or wanted in normalise(f"{card_prompt(card.card)} {card.card.answer}")
        ]
        now = self.newsquiz.store.now()
        table = self.query_one(DataTable)
        table.clear()
        for card in self.shown:
            due = card.state.due
            table.add_row(
                card_prompt(card.card)[:60],
                card.card.answer[:30],
                state_label(card, now, self.newsquiz.store.is_outdated(card.id)),
                "—" if due is None else due.astimezone().strftime("%Y-%m-%d %H:%M"),
                str(card.state.lapses),
                str(card.state.reps),
                key=str(card.id),
            )

    def action_filter(self) -> None:
        box = self.query_one("#card-filter", Input)
        box.display = True
        box.focus()

    @on(Input.Changed, "#card-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.show_cards(event.value)

    @on(Input.Submitted, "#card-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(DataTable).focus()

    def action_back(self) -> None:
        box = self.query_one("#card-filter", Input)
        if box.has_focus or box.value:
            box.value = ""
            box.display = False
            self.query_one(DataTable).focus()
            return
        self.app.pop_screen()

    @on(DataTable.RowSelected)
    def action_history(self) -> None:
        if not self.shown:
            return
        table = self.query_one(DataTable)
        card = self.shown[min(table.cursor_row, len(self.shown) - 1)]
        assert self.newsquiz.profile is not None
        entries = self.newsquiz.store.card_history(self.newsquiz.profile, card.id)
        lines = [
            f"[b]{escape(card_prompt(card.card))}[/b]",
            f"Answer: {escape(card.card.answer)}",
            f"From {escape(card.origin)}, line {card.card.line}",
            "",
        ]
        if not entries:
            lines.append("Not studied yet.")
        ratings = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
        for entry in entries:
            when = entry.reviewed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            typed = escape(entry.answer) if entry.answer else "—"
            verdict = entry.verdict or ""
            cram = " [dim](practice)[/dim]" if entry.is_cram else ""
            lines.append(f"{when}  {ratings[int(entry.rating)]:<5}  {verdict:<7}  {typed}{cram}")
        self.app.push_screen(InfoModal("Card history", "\n".join(lines)))
