"""Export a deck to an Anki package (`.apkg`) with genanki, optionally with a learner's schedule.

Basic cards become Anki "Basic" notes; choice cards are Basic notes whose front lists the options;
cloze cards use Anki's Cloze note type with `{{c1::...}}`, `{{c2::...}}`. Note GUIDs come from the
deck slug and card id, so exporting again and re-importing in Anki updates the same notes.
Model and deck ids are fixed numbers (derived from names), for the same reason.

With a learner's states, review cards keep their interval, due date, reps, lapses and FSRS memory
state (stability, difficulty in the card's `data`, where Anki keeps them); cards still in learning
are exported as new, which Anki's importer handles without any step bookkeeping.
"""

from __future__ import annotations

import hashlib
import html
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

import genanki

from newsquiz.core.cards import GAP_PATTERN, BasicCard, Card, ChoiceCard, ClozeCard, Deck
from newsquiz.core.scheduling import CardState, Phase

ANKI_EPOCH: Final = datetime.fromtimestamp(1411124400, UTC)
"""The collection creation time genanki writes (`col.crt`): review due dates count days from it."""
DESIRED_RETENTION: Final = 0.9


def stable_id(name: str) -> int:
    """A number in genanki's recommended id range (1<<30 .. 1<<31), fixed for a name."""
    digest = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)
    return (1 << 30) + digest % (1 << 30)


BASIC_MODEL: Final = genanki.Model(
    stable_id("newsquiz basic"),
    "newsquiz Basic",
    fields=[{"name": "Front"}, {"name": "Back"}, {"name": "Source"}],
    templates=[
        {
            "name": "Card 1",
            "qfmt": "{{Front}}",
            "afmt": '{{FrontSide}}<hr id="answer">{{Back}}<br><small>{{Source}}</small>',
        }
    ],
)
CLOZE_MODEL: Final = genanki.Model(
    stable_id("newsquiz cloze"),
    "newsquiz Cloze",
    fields=[{"name": "Text"}, {"name": "Back Extra"}],
    templates=[
        {
            "name": "Cloze",
            "qfmt": "{{cloze:Text}}",
            "afmt": "{{cloze:Text}}<br>{{Back Extra}}",
        }
    ],
    model_type=genanki.Model.CLOZE,
)


def note_guid(deck_slug: str, card_id: str) -> str:
    return str(genanki.guid_for(deck_slug, card_id))


def anki_cloze(text: str) -> str:
    """`{{Kyiv|Київ}} in {{2026}}` → `{{c1::Kyiv}} in {{c2::2026}}` (alternatives dropped)."""
    out = []
    last = 0
    for number, match in enumerate(GAP_PATTERN.finditer(text), 1):
        out.append(html.escape(text[last : match.start()]))
        answer = match.group(1).split("|")[0].strip()
        out.append(f"{{{{c{number}::{html.escape(answer)}}}}}")
        last = match.end()
    out.append(html.escape(text[last:]))
    return "".join(out)


def _front(card: BasicCard | ChoiceCard) -> str:
    front = html.escape(card.question)
    if isinstance(card, ChoiceCard):
        options = "".join(f"<li>{html.escape(choice)}</li>" for choice in card.choices)
        front += f"<ol>{options}</ol>"
    return front


def _source(deck: Deck, card: Card) -> str:
    source = deck.source_of(card)
    parts = [source.title or "" if source else "", str(deck.as_of_for(card) or "")]
    return html.escape(" · ".join(p for p in parts if p))


class _ScheduledCard(genanki.Card):  # type: ignore[misc]  # genanki ships no type information
    """A genanki card that carries a learner's review schedule into the package."""

    def __init__(self, ordinal: int, state: CardState | None) -> None:
        super().__init__(ordinal, suspend=bool(state and state.suspended))
        self.state = state

    def write_to_db(
        self, cursor: Any, timestamp: float, deck_id: int, note_id: int, id_gen: Any, due: int = 0
    ) -> None:
        state = self.state
        if state is None or state.phase != Phase.REVIEW or state.due is None:
            super().write_to_db(cursor, timestamp, deck_id, note_id, id_gen, due)
            return
        assert state.last_review is not None  # every review card has been answered
        interval = max(1, (state.due - state.last_review).days)
        data = (
            f'{{"s":{state.stability:.4f},"d":{state.difficulty:.4f},"dr":{DESIRED_RETENTION}}}'
            if state.stability is not None and state.difficulty is not None
            else ""
        )
        cursor.execute(
            "INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);",
            (
                next(id_gen), note_id, deck_id, self.ord, int(timestamp), -1,
                2,  # type: review
                -1 if state.suspended else 2,  # queue: review (or suspended)
                (state.due - ANKI_EPOCH).days,  # due: days since the collection was created
                interval, 2500, state.reps, state.lapses, 0, 0, 0, 0, data,
            ),
        )  # fmt: skip


def _notes(deck: Deck, states: Mapping[str, CardState]) -> list[genanki.Note]:
    notes = []
    for card in deck.cards:
        state = states.get(card.id)
        guid = note_guid(deck.slug, card.id)
        tags = [tag.replace(" ", "_") for tag in card.tags]
        if isinstance(card, ClozeCard):
            extra = html.escape(card.explanation or "")
            # Anki makes one card per cloze number; the learner's state goes on each of them
            cards = [_ScheduledCard(n, state) for n in range(len(card.gaps))]
            note = genanki.Note(
                model=CLOZE_MODEL, fields=[anki_cloze(card.text), extra], guid=guid, tags=tags
            )
        else:
            back = html.escape(card.answer)
            if card.explanation:
                back += f"<br>{html.escape(card.explanation)}"
            note = genanki.Note(
                model=BASIC_MODEL,
                fields=[_front(card), back, _source(deck, card)],
                guid=guid,
                tags=tags,
            )
            cards = [_ScheduledCard(0, state)]
        note.cards = cards
        notes.append(note)
    return notes


def write_apkg(
    deck: Deck,
    path: Path,
    states: Mapping[str, CardState] | None = None,
    *,
    timestamp: float | None = None,
) -> int:
    """Write the package; returns the number of notes. `states` is keyed by card id.

    `timestamp` (default: now) is the notes' modification time: Anki updates a note it already
    has only from a package whose note is newer.
    """
    anki_deck = genanki.Deck(stable_id(f"newsquiz deck {deck.slug}"), deck.title)
    for note in _notes(deck, states or {}):
        anki_deck.add_note(note)
    genanki.Package(anki_deck).write_to_file(str(path), timestamp=timestamp)
    return len(deck.cards)
