"""Four rating buttons with the interval each would give; the suggested one is pre-selected."""

from __future__ import annotations

from datetime import timedelta

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Button

from newsquiz.core.scheduling import describe_interval
from newsquiz.i18n import N_, _

LABELS = {1: N_("Again"), 2: N_("Hard"), 3: N_("Good"), 4: N_("Easy")}


class RatingBar(Horizontal):
    class Rated(Message):
        def __init__(self, rating: int) -> None:
            super().__init__()
            self.rating = rating

    def compose(self) -> ComposeResult:
        for rating, label in LABELS.items():
            yield Button(
                f"{rating} {_(label)}", id=f"rate-{rating}", classes=f"rating rating-{rating}"
            )

    def show(self, intervals: dict[int, timedelta], suggested: int) -> None:
        for rating, label in LABELS.items():
            button = self.query_one(f"#rate-{rating}", Button)
            span = intervals.get(rating)
            button.label = f"{rating} {_(label)}" + (f"\n{describe_interval(span)}" if span else "")
            button.set_class(rating == suggested, "-suggested")
        self.query_one(f"#rate-{suggested}", Button).focus()

    @on(Button.Pressed, ".rating")
    def _pressed(self, event: Button.Pressed) -> None:
        event.stop()
        assert event.button.id is not None
        self.post_message(self.Rated(int(event.button.id.removeprefix("rate-"))))
