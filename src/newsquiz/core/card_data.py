"""Cards as compact JSON, so the store can keep a card's content and hand back the same `Card`.

The fields are those of the deck format (`deck_writer.card_to_data`), plus the card's line in its
file; dates are ISO strings. Reading trusts its input: it was validated when the deck was parsed.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from newsquiz.core.cards import BasicCard, Card, CardType, ChoiceCard, ClozeCard, Reject, Source
from newsquiz.core.deck_writer import card_to_data


def _default(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot store {type(value).__name__} in card data")


def card_to_json(card: Card) -> str:
    data = card_to_data(card)
    if card.line:
        data["line"] = card.line
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), default=_default)


def _date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def _source(value: Any) -> Source | None:
    if not value:
        return None
    return Source(
        title=value.get("title"), url=value.get("url"), published=_date(value.get("published"))
    )


def card_from_data(data: dict[str, Any]) -> Card:
    common: dict[str, Any] = {
        "id": data["id"],
        "tags": tuple(data.get("tags", ())),
        "explanation": data.get("explanation"),
        "evidence": data.get("evidence"),
        "source": _source(data.get("source")),
        "as_of": _date(data.get("as_of")),
        "valid_until": _date(data.get("valid_until")),
        "reject": tuple(Reject(answer=r["answer"], why=r["why"]) for r in data.get("reject", ())),
        "score": data.get("score"),
        "line": data.get("line", 0),
    }
    kind = CardType(data["type"])
    if kind == CardType.CLOZE:
        return ClozeCard(text=data["text"], **common)
    if kind == CardType.CHOICE:
        return ChoiceCard(
            question=data["question"],
            answer=data["answer"],
            choices=tuple(data["choices"]),
            **common,
        )
    return BasicCard(
        question=data["question"],
        answer=data["answer"],
        accept=tuple(data.get("accept", ())),
        **common,
    )


def card_from_json(text: str) -> Card:
    data: dict[str, Any] = json.loads(text)
    return card_from_data(data)
