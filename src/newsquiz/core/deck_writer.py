"""Deck values back to deck-format-v1 YAML, for the generator and for editing tools.

The output is meant to be read and edited by a teacher: fields in the documented order, empty
fields left out, Unicode written as itself and long sentences kept on one line.
"""

from __future__ import annotations

from typing import Any

import yaml

from newsquiz.core.cards import BasicCard, Card, ChoiceCard, ClozeCard, Deck, Source


def _source_data(source: Source | None) -> dict[str, Any] | None:
    if source is None:
        return None
    data = {"title": source.title, "url": source.url, "published": source.published}
    return {key: value for key, value in data.items() if value is not None}


def card_to_data(card: Card) -> dict[str, Any]:
    data: dict[str, Any] = {"id": card.id, "type": card.type.value}
    if isinstance(card, ClozeCard):
        data["text"] = card.text
    else:
        data["question"] = card.question
        data["answer"] = card.answer
    if isinstance(card, BasicCard):
        data["accept"] = list(card.accept)
    if isinstance(card, ChoiceCard):
        data["choices"] = list(card.choices)
    data["reject"] = [{"answer": r.answer, "why": r.why} for r in card.reject]
    data["explanation"] = card.explanation
    data["evidence"] = card.evidence
    data["source"] = _source_data(card.source)
    data["as_of"] = card.as_of
    data["valid_until"] = card.valid_until
    data["tags"] = list(card.tags)
    data["score"] = card.score
    return {key: value for key, value in data.items() if value not in (None, [], {})}


def deck_to_data(deck: Deck) -> dict[str, Any]:
    data: dict[str, Any] = {
        "format": 1,
        "deck": deck.slug,
        "title": deck.title,
        "language": deck.language,
        "description": deck.description,
        "author": deck.author,
        "tags": list(deck.tags),
        "source": _source_data(deck.source),
        "as_of": deck.as_of,
        "valid_until": deck.valid_until,
    }
    data = {key: value for key, value in data.items() if value not in (None, [], {})}
    data["cards"] = [card_to_data(card) for card in deck.cards]
    return data


class _PlainDumper(yaml.SafeDumper):
    """Never writes anchors and aliases: cards sharing one date object must still read plainly."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def dump_deck(deck: Deck) -> str:
    return yaml.dump(
        deck_to_data(deck),
        Dumper=_PlainDumper,
        allow_unicode=True,
        sort_keys=False,
        width=10_000,
        indent=2,
    )
