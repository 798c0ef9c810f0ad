"""Distractors: same kind, nearby numbers, never the answer under another name."""

from __future__ import annotations

import pytest

from newsquiz.core.cards import BasicCard, CardType, ChoiceCard
from newsquiz.generate import generate_deck, parse_article
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


def _choices(text: str, answer: str) -> tuple[str, ...]:
    deck = generate_deck([parse_article(text, "choices")], types=frozenset({CardType.CHOICE}))
    found = [c for c in deck.cards if isinstance(c, ChoiceCard) and c.answer == answer]
    assert found, [(c.question, c.answer) for c in deck.cards if isinstance(c, ChoiceCard)]
    return found[0].choices


ARTICLE = (
    "date 2024-06-02\n\n"
    "Ruritanian President Karl Weber met Borduvian Prime Minister Ana Lind in Zenda on Sunday.\n"
    "The Grand Slam winner Tomas Berg and the coach Ivo Horn watched from the stands.\n"
    "Weber later flew to Strelsau, where Finance Minister Mara Kovac announced the budget.\n"
)


def test_a_person_s_distractors_are_people_not_in_the_question() -> None:
    """`Grand Slam` is no person, and the question's own subject is no alternative."""
    choices = _choices(ARTICLE, "Ana Lind")
    assert "Grand Slam" not in choices
    assert "Karl Weber" not in choices  # he is in the question and the evidence
    assert all(len(c.split()) >= 2 for c in choices)


def test_unknown_places_and_titles_get_no_choice_card() -> None:
    """A venue or a title draws whatever else the article capitalised, or the gazetteer's
    cities (`Karst Hall / The Hague / Rotterdam`): a basic card instead."""
    text = (
        "date 2024-06-02\n\n"
        'The band Nordlys won the contest with the song "Cold Rain" at the Vesta Arena in '
        "Zenda on Saturday.\n"
        "The final of the Nordic Song Contest took place at the Karst Hall in Orla, and the "
        "semi-final at the Iron Dome in Tarsk.\n"
    )
    article = parse_article(text, "venue")
    asked = {"Karst Hall", "Cold Rain"}
    basic = generate_deck([article], types=frozenset({CardType.BASIC}))
    assert asked <= {c.answer for c in basic.cards if isinstance(c, BasicCard)}
    deck = generate_deck([article], types=frozenset({CardType.CHOICE}))
    assert not asked & {c.answer for c in deck.cards if isinstance(c, ChoiceCard)}
