"""English verbs are put back into their base form for do-questions."""

from __future__ import annotations

import pytest

from newsquiz.generate.languages.grammar_en import base_form

BASE_FORMS = [
    ("welcomed", "welcome"),
    ("voted", "vote"),
    ("admitted", "admit"),
    ("approved", "approve"),
    ("stopped", "stop"),
    ("hosted", "host"),
    ("carried", "carry"),
    ("won", "win"),
]


@pytest.mark.parametrize(("past", "base"), BASE_FORMS, ids=[p for p, _ in BASE_FORMS])
def test_base_form(past: str, base: str) -> None:
    assert base_form(past) == base


def test_irregular_news_verbs_are_verbs() -> None:
    from newsquiz.generate.languages import grammar_en as g

    assert [g.base_form(w) for w in ("cast", "fled", "oversaw", "forecast")] == [
        "cast",
        "flee",
        "oversee",
        "forecast",
    ]
    assert all(g.is_verb_form(w) for w in ("cast", "fled", "oversaw"))
