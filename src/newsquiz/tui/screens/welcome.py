"""The first thing a new learner sees: what newsquiz does, and a name for their progress."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Footer, Header, Input, Label, Static

from newsquiz.i18n import N_, _
from newsquiz.tui.translated import TranslatedScreen


class WelcomeScreen(TranslatedScreen[str | None]):
    """Dismissed with the learner's name, or None when they leave with Esc."""

    BINDINGS = [Binding("escape", "leave", N_("Quit"), id="leave-welcome")]

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="welcome"):
            yield Label(_("Welcome to newsquiz"), classes="screen-title")
            yield Static(
                _(
                    "Learn the news and keep it: every card comes from a real article, with the "
                    "sentence it is based on. Answer in your own words: inflected forms, "
                    "numbers in words and small typos count. Cards come back just before you "
                    "would forget them."
                ),
                id="welcome-text",
            )
            yield Label(_("What is your name? Your progress is kept under it."))
            yield Input(placeholder=_("Your name"), id="welcome-name")
            yield Label(_("Enter to start · Esc to quit"), classes="dim")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#welcome-name", Input).focus()

    @on(Input.Submitted, "#welcome-name")
    def _named(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.dismiss(event.value.strip())

    def action_leave(self) -> None:
        self.dismiss(None)
