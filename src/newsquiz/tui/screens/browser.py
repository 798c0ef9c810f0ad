"""The deck browser: each card with the learner's state; `/` filters, Enter shows its history."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, cast

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Header, Input, Label

from newsquiz.core.cards import card_prompt
from newsquiz.core.progress import StudyCard
from newsquiz.core.scheduling import Phase
from newsquiz.core.text import normalise
from newsquiz.i18n import N_, _
from newsquiz.tui.screens.modals import InfoModal
from newsquiz.tui.translated import TranslatedScreen

if TYPE_CHECKING:
    from newsquiz.tui.app import NewsquizApp

PHASES = {
    Phase.NEW: N_("new"),
    Phase.LEARNING: N_("learning"),
    Phase.REVIEW: N_("review"),
    Phase.RELEARNING: N_("relearning"),
}

VERDICTS = {"correct": N_("correct"), "close": N_("close"), "wrong": N_("wrong")}


def state_label(card: StudyCard, now: datetime, outdated: bool = False) -> str:
    if outdated:
        return "outdated"
    state = card.state
    if state.suspended:
        return _("leech") if state.leech else _("suspended")
    if state.is_buried(now):
        return _("buried")
    if state.phase is Phase.REVIEW and state.is_mature:
        return _("mature")
    return _(PHASES[state.phase])


class DeckBrowserScreen(TranslatedScreen[None]):
    BINDINGS = [
        Binding("slash", "filter", N_("Filter"), id="filter"),
        Binding("enter", "history", N_("History"), id="history"),
        Binding("escape", "back", N_("Back"), id="back"),
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
            yield Input(placeholder=_("Filter: words of the question or answer"), id="card-filter")
            yield DataTable(id="card-table", cursor_type="row", zebra_stripes=True)
            yield Label(_("/ filter · Enter: the card's history · Esc: back"), classes="dim")
        yield Footer()

    def on_mount(self) -> None:
        assert self.newsquiz.profile is not None
        self.cards = self.newsquiz.store.deck_cards(self.newsquiz.profile, self.deck_slug)
        table = self.query_one(DataTable)
        table.add_columns(_("Question"), _("Answer"), _("State"), _("Due"), _("Lapses"), _("Reps"))
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
            _("Answer: {answer}").format(answer=escape(card.card.answer)),
            _("From {file}, line {line}").format(file=escape(card.origin), line=card.card.line),
            "",
        ]
        if not entries:
            lines.append(_("Not studied yet."))
        ratings = {1: _("Again"), 2: _("Hard"), 3: _("Good"), 4: _("Easy")}
        for entry in entries:
            when = entry.reviewed_at.astimezone().strftime("%Y-%m-%d %H:%M")
            typed = escape(entry.answer) if entry.answer else "—"
            verdict = _(VERDICTS[entry.verdict]) if entry.verdict in VERDICTS else ""
            cram = " [dim]" + _("(practice)") + "[/dim]" if entry.is_cram else ""
            lines.append(f"{when}  {ratings[int(entry.rating)]:<5}  {verdict:<7}  {typed}{cram}")
        self.app.push_screen(InfoModal(_("Card history"), "\n".join(lines)))
