"""Word lists compiled from public facts, shipped as package data in `generate/data/`.

Places, international organisations, role titles, month names and number words, in English and
Ukrainian (Ukrainian in the nominative; other cases are matched through lemmas at run time).
Loaded once, lazily, so importing the generator costs nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from newsquiz.generate.mentions import Kind


@dataclass(frozen=True, slots=True)
class Place:
    kind: Kind
    en: str
    uk: str
    en_aliases: tuple[str, ...] = ()
    uk_aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Organisation:
    en: str
    uk: str
    abbreviations: tuple[str, ...]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("newsquiz.generate").joinpath("data", name).read_text("utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


@cache
def places() -> tuple[Place, ...]:
    kinds = {"country": Kind.COUNTRY, "city": Kind.CITY, "region": Kind.REGION}
    found: list[Place] = []
    for row in _rows("places.tsv"):
        en, *en_aliases = row[1].split("|")
        uk, *uk_aliases = row[2].split("|")
        found.append(Place(kinds[row[0]], en, uk, tuple(en_aliases), tuple(uk_aliases)))
        if len(row) >= 5 and row[3]:
            found.append(Place(Kind.CITY, row[3], row[4]))
    return tuple(found)


@cache
def capitals_uk() -> dict[str, str]:
    """Country → capital, both in Ukrainian nominative, from `places.tsv`'s capital columns."""
    return {
        row[2].split("|")[0]: row[4]
        for row in _rows("places.tsv")
        if row[0] == "country" and len(row) >= 5 and row[4] and row[3] != row[1]
    }


@cache
def capitals() -> dict[str, tuple[str, str]]:
    """Country (English or Ukrainian name, casefolded) → its capital (English, Ukrainian)."""
    found: dict[str, tuple[str, str]] = {}
    for row in _rows("places.tsv"):
        if row[0] == "country" and len(row) >= 5 and row[3] and row[4]:
            for name in (*row[1].split("|"), *row[2].split("|")):
                found[name.casefold()] = (row[3], row[4])
    return found


@cache
def organisations() -> tuple[Organisation, ...]:
    return tuple(
        Organisation(
            row[0],
            row[1],
            tuple(a.strip() for a in (row[2] if len(row) > 2 else "").split(",") if a.strip()),
        )
        for row in _rows("organisations.tsv")
    )


@cache
def titles(language: str) -> frozenset[str]:
    column = 0 if language == "en" else 1
    return frozenset(row[column].casefold() for row in _rows("titles.tsv") if len(row) > column)


@cache
def words(language: str) -> dict[str, Any]:
    text = resources.files("newsquiz.generate").joinpath("data", "words.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)[language]
    return data
