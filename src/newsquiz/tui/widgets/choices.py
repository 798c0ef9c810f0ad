"""Multiple-choice options, numbered so a learner can pick with 1–n or arrows and Enter."""

from __future__ import annotations

from textual.widgets import OptionList
from textual.widgets.option_list import Option


class ChoiceList(OptionList):
    def __init__(self, choices: list[str], *, id: str | None = None) -> None:
        self.choices = choices
        super().__init__(
            *(Option(f"{n}  {choice}", id=str(n - 1)) for n, choice in enumerate(choices, 1)), id=id
        )

    def choice_at(self, index: int) -> str:
        return self.choices[index]
