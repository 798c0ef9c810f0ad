"""Distractors for choice cards: other answers of the same kind, never a second correct one.

Other people, places or numbers from the same article come first (they are plausible and in the
learner's reading); the gazetteer fills in for places and organisations. Numbers get nearby values
of the same shape.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newsquiz.core.text import normalise
from newsquiz.generate.facts import Fact
from newsquiz.generate.languages import Language
from newsquiz.generate.mentions import NUMBERS, PLACES, Kind

WANTED = 3


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    return normalise(text)


def _same_kind(a: Kind, b: Kind) -> bool:
    return a == b or (a in PLACES and b in PLACES and Kind.REGION not in (a, b))


def _numeric_variants(base: str) -> list[str]:
    match = re.search(r"\d+(?:[.,]\d+)?", base)
    if not match:
        return []
    text = match.group(0)
    separator = "," if "," in text else "."
    decimals = len(text.split(separator)[1]) if separator in text else 0
    value = float(text.replace(",", "."))
    out: list[str] = []
    for factor in (0.5, 1.5, 2.0, 0.75, 1.25, 3.0):
        other = value * factor
        if decimals:
            shown = f"{other:.{decimals}f}".replace(".", separator)
        else:
            rounded = round(other)
            if rounded == value or rounded <= 0:
                continue
            shown = str(rounded)
        out.append(base[: match.start()] + shown + base[match.end() :])
    return out


def choose_distractors(
    fact: Fact, pool: Sequence[Fact], language: Language
) -> tuple[str, ...] | None:
    """Three distractors in the answer's own form, or None when three good ones are not found."""
    mention = fact.mention
    answer_key = _key(mention.base)
    forbidden = {answer_key} | {_key(a) for a in mention.accept}
    forbidden |= {_key(p) for p in mention.parts}
    chosen: list[str] = []
    chosen_keys: set[str] = set()

    def add(candidate: str) -> None:
        if len(chosen) >= WANTED:
            return
        key = _key(candidate)
        if key in forbidden or key in chosen_keys:
            return
        if key in answer_key or answer_key in key:
            return
        chosen.append(candidate)
        chosen_keys.add(key)

    if mention.kind in NUMBERS or mention.kind in (Kind.DATE, Kind.YEAR, Kind.ORDINAL):
        for other in pool:
            if other.mention.kind == mention.kind and other.mention.noun == mention.noun:
                add(other.mention.base)
        for variant in _numeric_variants(mention.base):
            add(variant)
        return tuple(chosen) if len(chosen) == WANTED else None
    if mention.plural:
        return None
    for other in pool:
        if _same_kind(other.mention.kind, mention.kind) and not other.mention.plural:
            add(other.mention.base)
    if mention.kind in PLACES or mention.kind is Kind.ORG:
        names = language.gazetteer_names(
            mention.kind if mention.kind is not Kind.PLACE else Kind.CITY
        )
        start = sum(ord(c) for c in mention.base) % max(len(names), 1)
        for name in list(names[start:]) + list(names[:start]):
            add(name)
            if len(chosen) >= WANTED:
                break
    return tuple(chosen) if len(chosen) == WANTED else None
