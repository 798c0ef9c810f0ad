"""Distractors: same kind, nearby numbers, never the answer under another name."""

from __future__ import annotations

import pytest

from newsquiz.generate.distractors import _same_entity, _year_variants

SAME_ENTITY_CASES = [
    ("acronym of an English name", "LDP", "Liberal Democratic Party", True),
    ("acronym of a Ukrainian name", "РЄ", "Рада Європи", True),
    ("gazetteer abbreviation", "ASEAN", "Association of Southeast Asian Nations", True),
    ("gazetteer alias of a country", "США", "Сполучені Штати", True),
    ("different organisations", "NATO", "European Union", False),
    ("different parties", "Constitutional Democratic Party", "Liberal Democratic Party", False),
]


@pytest.mark.parametrize(
    ("name", "a", "b", "same"), SAME_ENTITY_CASES, ids=[c[0] for c in SAME_ENTITY_CASES]
)
def test_same_entity(name: str, a: str, b: str, same: bool) -> None:
    assert _same_entity(a, b) is same


def test_year_distractors_are_nearby_years() -> None:
    assert _year_variants("травень 2023 року")[:2] == ["травень 2022 року", "травень 2024 року"]
    assert all(1990 <= int(v) <= 2030 for v in _year_variants("2011"))
