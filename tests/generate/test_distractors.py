"""Distractors: same kind, nearby numbers, never the answer under another name."""

from __future__ import annotations

import pytest

from newsquiz.core.cards import BasicCard, CardType, ChoiceCard
from newsquiz.generate import generate_deck, parse_article
from newsquiz.generate.distractors import _numeric_variants, _same_entity, _year_variants

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


def test_people_get_basic_cards_not_choices_of_other_roles() -> None:
    """The article's other people hold other roles (a coach, a minister): offered for `Which
    Borduvian prime minister …?` they rule themselves out, so a person is asked as a basic card."""
    article = parse_article(ARTICLE, "people")
    deck = generate_deck([article], types=frozenset({CardType.CHOICE}))
    assert not [c for c in deck.cards if isinstance(c, ChoiceCard) and c.answer == "Ana Lind"]
    basic = generate_deck([article], types=frozenset({CardType.BASIC}))
    assert "Ana Lind" in {c.answer for c in basic.cards if isinstance(c, BasicCard)}


def test_number_distractors_are_near_the_answer_on_its_own_step() -> None:
    assert _numeric_variants("185 mph")[:4] == ["150 mph", "220 mph", "165 mph", "205 mph"]
    assert _numeric_variants("0,25")[:3] == ["0,20", "0,30", "0,15"]
    assert _numeric_variants("20")[:3] == ["16", "24", "18"]
    assert _numeric_variants("2000")[:2] == ["1600", "2400"]
    for answer in ("185 mph", "0,25", "20", "2000", "1,9%", "436 балів"):
        value = float(answer.split()[0].rstrip("%").replace(",", "."))
        for variant in _numeric_variants(answer):
            other = float(variant.split()[0].rstrip("%").replace(",", "."))
            assert 0.55 * value <= other <= 1.45 * value, (answer, variant)


def test_a_total_shown_on_the_card_is_no_distractor() -> None:
    """`How many of the 343 seats …`: the chamber's size is not a party's plausible count."""
    text = (
        "date 2024-06-02\n\n"
        "The Unity Party won 169 of the 343 seats in the Ruritanian parliament on Sunday.\n"
        "The Green Party won 144 seats and the Farmers' Union took 22 seats.\n"
    )
    choices = _choices(text, "169")
    assert "343" not in choices
    assert "22" not in choices  # a seventh of the answer: not the same scale


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
