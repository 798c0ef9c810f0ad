"""The end of a session: what was studied, how it went, and the missed cards to go over again."""

from __future__ import annotations

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Header, Label, Static

from newsquiz.core.tally import Tally
from newsquiz.tui.formatting import duration


class SummaryScreen(Screen[bool]):
    """Dismissed with True when the learner asks to study the missed cards again."""

    BINDINGS = [
        Binding("m", "again", "Study missed again", id="again"),
        Binding("escape,enter,q", "done", "Done", id="done"),
    ]

    def __init__(self, tally: Tally, *, cram: bool = False) -> None:
        super().__init__()
        self.tally = tally
        self.cram = cram

    def compose(self) -> ComposeResult:
        tally = self.tally
        yield Header()
        with Vertical(id="summary"):
            heading = "Practice finished" if self.cram else "Session finished"
            yield Label(heading, classes="screen-title")
            yield Static(
                f"Cards studied  [b]{tally.studied}[/b]\n"
                f"Correct        [green]{tally.count('correct')}[/green]\n"
                f"Close          [yellow]{tally.count('close')}[/yellow]\n"
                f"Wrong          [red]{tally.count('wrong')}[/red]\n"
                f"Accuracy       [b]{tally.accuracy:.0%}[/b]\n"
                f"Time           {duration(tally.seconds)}",
                id="summary-figures",
            )
            if self.cram:
                yield Label("Practice answers do not change the schedule.", classes="dim")
            missed = tally.missed
            if missed:
                yield Label(f"Missed ({len(missed)})", classes="section-title")
                with VerticalScroll(id="missed"):
                    for result in missed:
                        typed = (
                            escape(result.typed)
                            if result.typed.strip(" |")
                            else "[dim](shown)[/dim]"
                        )
                        yield Static(
                            f"• {escape(result.prompt)}\n  [b]{escape(result.expected)}[/b]"
                            f"  [dim]you:[/dim] {typed}"
                        )
            with Horizontal(classes="buttons"):
                if missed:
                    yield Button("Study the missed ones again (m)", id="again", variant="primary")
                yield Button("Done (Enter)", id="done")

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "again":
            return bool(self.tally.missed)
        return True

    @on(Button.Pressed, "#again")
    def action_again(self) -> None:
        if self.tally.missed:
            self.dismiss(True)

    @on(Button.Pressed, "#done")
    def action_done(self) -> None:
        self.dismiss(False)
