"""Card-state rows to core values and back; the one place that knows both shapes."""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from typing import Any

from sqlalchemy import RowMapping

from newsquiz.core.card_data import card_from_json
from newsquiz.core.cards import Card
from newsquiz.core.progress import StudyCard
from newsquiz.core.scheduling import CardState, Phase, from_millis, to_millis

STATE_FIELDS = (
    "phase", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses",
    "suspended", "buried_until", "leech",
)  # fmt: skip
"""The `card_state` columns that make up a `CardState`, and so what undo restores."""


def _time(millis: int | None) -> Any:
    return None if millis is None else from_millis(millis)


def state_from_row(row: RowMapping | dict[str, Any]) -> CardState:
    return CardState(
        phase=Phase(row["phase"]),
        step=row["step"],
        stability=row["stability"],
        difficulty=row["difficulty"],
        due=_time(row["due"]),
        last_review=_time(row["last_review"]),
        reps=row["reps"],
        lapses=row["lapses"],
        suspended=bool(row["suspended"]),
        buried_until=_time(row["buried_until"]),
        leech=bool(row["leech"]),
    )


def state_columns(state: CardState) -> dict[str, Any]:
    return {
        "phase": int(state.phase),
        "step": state.step,
        "stability": state.stability,
        "difficulty": state.difficulty,
        "due": None if state.due is None else to_millis(state.due),
        "last_review": None if state.last_review is None else to_millis(state.last_review),
        "reps": state.reps,
        "lapses": state.lapses,
        "suspended": state.suspended,
        "buried_until": None if state.buried_until is None else to_millis(state.buried_until),
        "leech": state.leech,
    }


def snapshot(row: RowMapping | dict[str, Any]) -> str:
    """The stored state columns exactly as they are, for undo."""
    return json.dumps({name: row[name] for name in STATE_FIELDS}, separators=(",", ":"))


def restore_columns(prior: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(prior)
    return {name: data[name] for name in STATE_FIELDS}


@lru_cache(maxsize=4096)
def _card(data: str, line: int) -> Card:
    # Cards are immutable values and their JSON is their identity, so parsing once is enough.
    return replace(card_from_json(data), line=line)


def study_card(row: RowMapping) -> StudyCard:
    """From a row of `card_state` joined with `card` and `deck` (see `queries.STUDY_COLUMNS`)."""
    return StudyCard(
        id=row["card_id"],
        deck=row["slug"],
        card=_card(row["data"], row["line"]),
        state=state_from_row(row),
        origin=row["origin"],
    )
