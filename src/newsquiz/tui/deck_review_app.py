"""`newsquiz generate ARTICLE --review`: the deck-review screen alone, with no progress store."""

from __future__ import annotations

from pathlib import Path

from textual.app import App

from newsquiz.core.cards import Deck
from newsquiz.tui.screens.deck_review import DeckReviewScreen


class DeckReviewApp(App[Path | None]):
    CSS_PATH = "newsquiz.tcss"
    TITLE = "newsquiz"

    def __init__(self, deck: Deck, article: str, output: Path) -> None:
        super().__init__()
        self.deck, self.article, self.output = deck, article, output

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        self.push_screen(DeckReviewScreen(self.deck, self.article, self.output), self.exit)
