"""A teacher's pass over a generated deck: each card beside the article, kept, edited or dropped.

Nothing is written until the teacher saves, and a save writes only a deck that `newsquiz check`
accepts: every edit is validated by the same parser that validates deck files.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Footer, Header, Input, Label, OptionList, Select, Static
from textual.widgets.option_list import Option

from newsquiz.core.cards import BasicCard, Card, CardType, ChoiceCard, ClozeCard, Deck
from newsquiz.core.deck_writer import dump_deck
from newsquiz.core.decks import DeckError, parse_deck
from newsquiz.i18n import N_, _, n_
from newsquiz.tui.translated import TranslatedScreen

_SENTENCE_END = re.compile(r"(?<=[.!?…])[»”\"]?\s+(?=[«“\"A-ZА-ЯІЇЄҐ0-9])")


def article_sentences(text: str) -> list[str]:
    """The article's sentences, for "add a card from a sentence" (a simple split is enough here)."""
    sentences: list[str] = []
    for paragraph in text.splitlines():
        sentences.extend(s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip())
    return sentences


def validate_cards(deck: Deck, cards: list[Card]) -> Deck:
    """The deck with these cards, as `newsquiz check` would read it back; DeckError if invalid."""
    candidate = replace(deck, cards=tuple(cards))
    return parse_deck(dump_deck(candidate), deck.origin or "edited deck")


def split_list(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split("|") if part.strip())


class DeckReviewScreen(TranslatedScreen[Path | None]):
    """Dismissed with the saved path, or None when the teacher leaves without saving."""

    BINDINGS = [
        Binding("down,j", "move(1)", N_("Next"), id="next-card"),
        Binding("up,k", "move(-1)", N_("Previous"), id="previous-card"),
        Binding("space", "keep_or_drop", N_("Keep/drop"), id="toggle-card"),
        Binding("e", "edit", N_("Edit"), id="edit-card"),
        Binding("a", "add", N_("Add from sentence"), id="add-card"),
        Binding("s", "save", N_("Save"), id="save-deck"),
        Binding("escape", "leave", N_("Leave"), id="leave"),
    ]

    def __init__(self, deck: Deck, article: str, output: Path) -> None:
        super().__init__()
        self.deck = deck
        self.article = article
        self.output = output
        self.cards: list[Card] = list(deck.cards)
        self.dropped: set[str] = set()
        self.edited: set[str] = set()
        self.index = 0
        self.saved = False

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="deck-review"):
            with VerticalScroll(id="review-article"):
                yield Static("", id="article-text")
            with Vertical(id="review-card"):
                yield Label("", id="review-position", classes="screen-title")
                yield Static("", id="review-card-body")
                yield Label(
                    _("↑↓ cards · Space keep/drop · e edit · a add from a sentence · s save · Esc"),
                    classes="dim",
                )
        yield Footer()

    def on_mount(self) -> None:
        self.title = _("Review: {title}").format(title=self.deck.title)
        self.render_card()

    @property
    def current(self) -> Card | None:
        return self.cards[self.index] if self.cards else None

    def render_card(self) -> None:
        card = self.current
        kept = len(self.cards) - len(self.dropped)
        position = self.query_one("#review-position", Label)
        body = self.query_one("#review-card-body", Static)
        if card is None:
            position.update(_("No cards: press a to add one from a sentence"))
            body.update("")
            self.query_one("#article-text", Static).update(escape(self.article))
            return
        status = (
            _("dropped")
            if card.id in self.dropped
            else _("edited")
            if card.id in self.edited
            else _("kept")
        )
        position.update(
            _("Card {number} of {count} · {status} · {kept} kept").format(
                number=self.index + 1, count=len(self.cards), status=status, kept=kept
            )
        )
        lines = [f"[dim]{card.type.value} · {escape(card.id)}[/dim]", ""]
        if isinstance(card, ClozeCard):
            lines.append(f"[b]{escape(card.text)}[/b]")
        else:
            lines += [
                f"[b]{escape(card.question)}[/b]",
                _("Answer: [green]{answer}[/green]").format(answer=escape(card.answer)),
            ]
        if isinstance(card, BasicCard) and card.accept:
            lines.append(
                _("Also accepted: {answers}").format(answers=escape(" | ".join(card.accept)))
            )
        if isinstance(card, ChoiceCard):
            lines.append(_("Choices: {choices}").format(choices=escape(" | ".join(card.choices))))
        if card.score is not None:
            lines.append("[dim]" + _("score {score}").format(score=f"{card.score:.2f}") + "[/dim]")
        body.update("\n".join(lines))
        body.set_class(card.id in self.dropped, "is-dropped")
        self.query_one("#article-text", Static).update(self.highlighted(card.evidence))

    def highlighted(self, evidence: str | None) -> str:
        text = escape(self.article)
        if evidence:
            quoted = escape(evidence)
            text = text.replace(quoted, f"[black on yellow]{quoted}[/black on yellow]", 1)
        return text

    # -- actions ----------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if self.cards:
            self.index = (self.index + step) % len(self.cards)
            self.render_card()

    def action_keep_or_drop(self) -> None:
        card = self.current
        if card is not None:
            self.dropped ^= {card.id}
            self.render_card()

    def action_edit(self) -> None:
        card = self.current
        if card is not None:
            self.app.push_screen(EditCardModal(self, card), self._edited)

    def action_add(self) -> None:
        self.app.push_screen(SentenceModal(article_sentences(self.article)), self._sentence_chosen)

    def _sentence_chosen(self, sentence: str | None) -> None:
        if sentence is None:
            return
        taken = {card.id for card in self.cards}
        number = 1
        while f"added-{number}" in taken:
            number += 1
        draft = BasicCard(
            id=f"added-{number}",
            question="",
            answer="",
            evidence=sentence,
            as_of=self.deck.as_of,
        )
        self.app.push_screen(EditCardModal(self, draft, new=True), self._edited)

    def _edited(self, card: Card | None) -> None:
        if card is None:
            return
        ids = [c.id for c in self.cards]
        if card.id in ids:
            self.cards[ids.index(card.id)] = card
        else:
            self.cards.insert(self.index + 1 if self.cards else 0, card)
            self.index = self.index + 1 if len(self.cards) > 1 else 0
        self.edited.add(card.id)
        self.dropped.discard(card.id)
        self.render_card()

    def kept_cards(self) -> list[Card]:
        return [card for card in self.cards if card.id not in self.dropped]

    def action_save(self) -> None:
        kept = self.kept_cards()
        if not kept:
            self.notify(_("Keep at least one card before saving."), severity="warning")
            return
        try:
            deck = validate_cards(self.deck, kept)
        except DeckError as err:
            self.notify(str(err), title=_("Not saved"), severity="error", timeout=10)
            return
        self.output.write_text(dump_deck(replace(deck, origin="")), encoding="utf-8")
        self.saved = True
        self.notify(
            n_("Saved {count} card to {path}", "Saved {count} cards to {path}", len(kept)).format(
                count=len(kept), path=self.output
            )
        )
        self.dismiss(self.output)

    def action_leave(self) -> None:
        self.dismiss(self.output if self.saved else None)


class SentenceModal(ModalScreen[str | None]):
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, sentences: list[str]) -> None:
        super().__init__()
        self.sentences = sentences

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog dialog-wide"):
            yield Label(_("Add a card from which sentence?"), classes="dialog-title")
            yield OptionList(
                *(Option(s, id=str(i)) for i, s in enumerate(self.sentences)), id="sentences"
            )

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.sentences[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)


class EditCardModal(ModalScreen[Card | None]):
    """Question, answer, alternatives, type and choices of one card; saved only when valid."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel")), Binding("ctrl+s", "save", N_("Save"))]

    def __init__(self, owner: DeckReviewScreen, card: Card, *, new: bool = False) -> None:
        super().__init__()
        self.owner = owner
        self.card = card
        self.new = new

    def compose(self) -> ComposeResult:
        card = self.card
        question = card.text if isinstance(card, ClozeCard) else card.question
        answer = "" if isinstance(card, ClozeCard) else card.answer
        accept = " | ".join(card.accept) if isinstance(card, BasicCard) else ""
        choices = " | ".join(card.choices) if isinstance(card, ChoiceCard) else ""
        with Vertical(classes="dialog dialog-wide", id="edit-card"):
            yield Label(
                _("New card") if self.new else _("Edit {id}").format(id=card.id),
                classes="dialog-title",
            )
            if card.evidence:
                yield Static(f"[dim]{escape(card.evidence)}[/dim]")
            yield Select(
                [(t.value, t.value) for t in CardType],
                value=card.type.value,
                allow_blank=False,
                id="edit-type",
            )
            yield Label(_("Question (for a cloze card: the text with {{gaps}})"))
            yield Input(question, id="edit-question")
            yield Label(_("Answer"))
            yield Input(answer, id="edit-answer")
            yield Label(_("Also accepted (basic), separated by |"))
            yield Input(accept, id="edit-accept")
            yield Label(_("Choices (choice), separated by |, the answer among them"))
            yield Input(choices, id="edit-choices")
            yield Label("", id="edit-error", classes="error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Save (Ctrl+S)"), variant="primary", id="save")
                yield Button(_("Cancel"), id="cancel")

    def value(self, name: str) -> str:
        return self.query_one(f"#edit-{name}", Input).value.strip()

    def build(self) -> Card:
        kind = CardType(str(self.query_one("#edit-type", Select).value))
        base: dict[str, Any] = {
            "id": self.card.id,
            "tags": self.card.tags,
            "explanation": self.card.explanation,
            "evidence": self.card.evidence,
            "source": self.card.source,
            "as_of": self.card.as_of,
            "valid_until": self.card.valid_until,
            "reject": self.card.reject,
            "score": self.card.score,
        }
        if kind is CardType.CLOZE:
            return ClozeCard(text=self.value("question"), **base)
        if kind is CardType.CHOICE:
            return ChoiceCard(
                question=self.value("question"),
                answer=self.value("answer"),
                choices=split_list(self.value("choices")),
                **base,
            )
        return BasicCard(
            question=self.value("question"),
            answer=self.value("answer"),
            accept=split_list(self.value("accept")),
            **base,
        )

    @on(Button.Pressed, "#save")
    @on(Input.Submitted)
    def action_save(self) -> None:
        card = self.build()
        others = [c for c in self.owner.cards if c.id != card.id]
        try:
            validate_cards(self.owner.deck, [*others, card])
        except DeckError as err:
            mine = [p.message for p in err.problems] or [str(err)]
            self.query_one("#edit-error", Label).update(escape("; ".join(mine)))
            return
        self.dismiss(card)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
