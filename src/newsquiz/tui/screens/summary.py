"""The end of a session: what was studied, how it went, and the missed cards to go over again."""

from __future__ import annotations

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Header, Label, Static

from newsquiz.core.tally import Tally
from newsquiz.i18n import N_, _, format_percent, p_
from newsquiz.tui.formatting import duration
from newsquiz.tui.translated import TranslatedScreen


class SummaryScreen(TranslatedScreen[bool]):
    """Dismissed with True when the learner asks to study the missed cards again."""

    BINDINGS = [
        Binding("m", "again", N_("Study missed again"), id="again"),
        Binding("escape,enter,q", "done", N_("Done"), id="done"),
    ]

    def __init__(self, tally: Tally, *, cram: bool = False) -> None:
        super().__init__()
        self.tally = tally
        self.cram = cram

    def compose(self) -> ComposeResult:
        tally = self.tally
        yield Header()
        with Vertical(id="summary"):
            heading = _("Practice finished") if self.cram else _("Session finished")
            yield Label(heading, classes="screen-title")
            rows = (
                (_("Cards studied"), f"[b]{tally.studied}[/b]"),
                (_("Correct"), f"[green]{tally.count('correct')}[/green]"),
                (p_("answers that were", "Close"), f"[yellow]{tally.count('close')}[/yellow]"),
                (_("Wrong"), f"[red]{tally.count('wrong')}[/red]"),
                (_("Accuracy"), f"[b]{format_percent(tally.accuracy)}[/b]"),
                (_("Time"), duration(tally.seconds)),
            )
            width = max(len(name) for name, _value in rows) + 2
            yield Static(
                "\n".join(f"{name:<{width}}{value}" for name, value in rows),
                id="summary-figures",
            )
            if self.cram:
                yield Label(_("Practice answers do not change the schedule."), classes="dim")
            missed = tally.missed
            if missed:
                yield Label(
                    _("Missed ({count})").format(count=len(missed)), classes="section-title"
                )
                with VerticalScroll(id="missed"):
                    for result in missed:
                        typed = (
                            escape(result.typed)
                            if result.typed.strip(" |")
                            else "[dim]" + _("(shown)") + "[/dim]"
                        )
                        yield Static(
                            f"• {escape(result.prompt)}\n  [b]{escape(result.expected)}[/b]"
                            "  [dim]" + _("you:") + f"[/dim] {typed}"
                        )
            with Horizontal(classes="buttons"):
                if missed:
                    yield Button(
                        _("Study the missed ones again (m)"), id="again", variant="primary"
                    )
                yield Button(_("Done (Enter)"), id="done")

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
