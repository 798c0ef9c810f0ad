"""A cloze sentence with its gaps numbered inline and one input per gap (Tab moves between them)."""

from __future__ import annotations

import re

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.widgets import Input, Label, Static

from newsquiz.core.cards import GAP_PATTERN, ClozeCard
from newsquiz.i18n import _


def numbered_blanks(card: ClozeCard) -> str:
    counter = iter(range(1, len(card.gaps) + 1))
    return GAP_PATTERN.sub(lambda _: f"[{next(counter)}] _____", card.text)


class ClozeForm(Vertical):
    class Submitted(Message):
        def __init__(self, values: list[str]) -> None:
            super().__init__()
            self.values = values

    def __init__(self, card: ClozeCard, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.card = card

    def compose(self) -> ComposeResult:
        yield Static(re.sub(r"\[(\d+)\]", r"\[\1]", numbered_blanks(self.card)), id="cloze-text")
        for number in range(1, len(self.card.gaps) + 1):
            with Horizontal(classes="gap-row"):
                yield Label(f"{number}.", classes="gap-label")
                yield Input(
                    placeholder=_("gap {number}").format(number=number),
                    id=f"gap-{number}",
                    classes="gap-input",
                )

    @property
    def inputs(self) -> list[Input]:
        return list(self.query(".gap-input").results(Input))

    def focus_first(self) -> None:
        self.inputs[0].focus()

    @on(Input.Submitted, ".gap-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        inputs = self.inputs
        position = inputs.index(event.input)
        if position + 1 < len(inputs) and not inputs[position + 1].value:
            inputs[position + 1].focus()
            return
        self.post_message(self.Submitted([field.value for field in inputs]))
