"""Small dialogs: confirm, ask for a line of text, show deck problems, show help or information."""

from __future__ import annotations

from collections.abc import Iterable

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from newsquiz.core.decks import Problem
from newsquiz.i18n import N_, _, n_


class ConfirmModal(ModalScreen[bool]):
    BINDINGS = [
        Binding("escape,n", "answer(False)", N_("No")),
        Binding("y", "answer(True)", N_("Yes")),
    ]

    def __init__(self, question: str, *, yes: str | None = None, no: str | None = None) -> None:
        super().__init__()
        self.question, self.yes, self.no = question, yes or _("Yes"), no or _("No")

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.question, classes="dialog-title")
            with Horizontal(classes="dialog-buttons"):
                yield Button(self.yes, variant="error", id="yes")
                yield Button(self.no, id="no")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


class PromptModal(ModalScreen[str | None]):
    """Asks for one line: a profile name, a deck path, a note. Esc cancels (None)."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(
        self, title: str, *, placeholder: str = "", value: str = "", allow_empty: bool = False
    ):
        super().__init__()
        self.title_text, self.placeholder, self.value = title, placeholder, value
        self.allow_empty = allow_empty

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self.title_text, classes="dialog-title")
            yield Input(value=self.value, placeholder=self.placeholder, id="prompt-input")
            yield Label(_("Enter to confirm · Esc to cancel"), classes="dialog-hint")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = event.value.strip()
        if value or self.allow_empty:
            self.dismiss(value)

    def action_cancel(self) -> None:
        self.dismiss(None)


class DeckProblemsModal(ModalScreen[None]):
    """Every problem of a deck that could not be imported, with file, line and field."""

    BINDINGS = [Binding("escape,enter", "close", N_("Close"))]

    def __init__(self, problems: Iterable[Problem]) -> None:
        super().__init__()
        self.problems = list(problems)

    def compose(self) -> ComposeResult:
        count = len(self.problems)
        with Vertical(classes="dialog dialog-wide", id="deck-problems"):
            yield Label(
                n_(
                    "The deck was not imported: {count} problem",
                    "The deck was not imported: {count} problems",
                    count,
                ).format(count=count),
                classes="dialog-title error",
            )
            with VerticalScroll():
                for problem in self.problems:
                    place = f"{problem.file}:{problem.line}:{problem.column}"
                    field = f" [b]{escape(problem.path)}[/b]" if problem.path else ""
                    yield Static(f"[dim]{escape(place)}[/dim]{field}\n  {escape(problem.message)}")
            yield Button(_("Close"), id="close")

    @on(Button.Pressed)
    def action_close(self) -> None:
        self.dismiss(None)


class InfoModal(ModalScreen[None]):
    """A titled block of text: key help, where a card comes from."""

    BINDINGS = [Binding("escape,enter,question_mark,q", "close", N_("Close"))]

    def __init__(self, title: str, body: str) -> None:
        super().__init__()
        self.title_text, self.body = title, body

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide"):
            yield Label(self.title_text, classes="dialog-title")
            with VerticalScroll():
                yield Static(self.body)
            yield Label(_("Esc or Enter to close"), classes="dialog-hint")

    def action_close(self) -> None:
        self.dismiss(None)
