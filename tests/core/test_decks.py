"""Deck format v1 validation: every broken fixture fails with the right line, field path and message."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from newsquiz.core.cards import BasicCard, ChoiceCard, ClozeCard, Reject, Source
from newsquiz.core.deck_writer import dump_deck
from newsquiz.core.decks import DeckError, Problem, parse_deck

BAD_DECKS = Path(__file__).parents[1] / "fixtures" / "bad_decks"

# (fixture, line, path, a fragment of the message) for the problem each fixture exists to show.
BAD_DECK_CASES = [
    ("yaml-syntax", 8, "", "did not find expected ',' or ']'"),
    ("tab-indent", 6, "", "YAML indents with spaces only"),
    ("two-documents", 8, "", "a deck file holds exactly one deck"),
    ("top-level-list", 1, "", "must be a mapping with `deck`, `title`, `language` and `cards`"),
    ("empty", 1, "", "file is empty"),
    ("not-utf8", 2, "", "not UTF-8 text (byte 0xe9)"),
    ("control-character", 2, "", "U+0000 is not allowed"),
    (
        "unknown-card-field",
        6,
        "cards[0].questoin",
        "unknown field `questoin`; did you mean `question`?",
    ),
    ("unknown-deck-field", 2, "titel", "did you mean `title`?"),
    ("field-of-another-card-type", 9, "cards[0].choices", "basic cards have no `choices`"),
    ("wrong-type-question-list", 6, "cards[0].question", "must be text, not a list"),
    ("wrong-type-cards-mapping", 5, "cards", "must be a list of cards, not a mapping"),
    ("missing-deck-title", 1, "title", "missing required field `title`"),
    ("missing-card-answer", 5, "cards[0].answer", "missing required field `answer`"),
    ("missing-card-id", 5, "cards[0].id", "missing required field `id`"),
    ("duplicate-card-id", 8, "cards[1].id", "duplicate card id `louvre` (first used at line 5)"),
    ("duplicate-field", 8, "cards[0].answer", "duplicate field `answer`"),
    ("choice-answer-not-among-choices", 8, "cards[0].answer", "`Paris` is not among the choices"),
    ("choice-too-few", 9, "cards[0].choices", "needs 2 to 8 choices, not 1"),
    ("choice-too-many", 9, "cards[0].choices", "needs 2 to 8 choices, not 9"),
    ("choice-duplicate-after-normalise", 9, "cards[0].choices[2]", "repeats choice 0 (`Маямі`)"),
    ("cloze-without-gaps", 7, "cards[0].text", "needs at least one gap"),
    ("cloze-empty-gap", 7, "cards[0].text", "gap 1 is empty"),
    ("cloze-empty-alternative", 7, "cards[0].text", "has an empty alternative"),
    ("cloze-unbalanced", 7, "cards[0].text", "unbalanced `{{` or `}}`"),
    ("date-not-a-date", 4, "as_of", "`2025-13-40` is not a date"),
    ("valid-until-before-as-of", 5, "valid_until", "2025-01-01 is earlier than as_of 2025-12-23"),
    (
        "card-valid-until-before-deck-as-of",
        9,
        "cards[0].valid_until",
        "earlier than as_of 2025-12-23",
    ),
    ("empty-answer", 7, "cards[0].answer", "must not be empty"),
    ("null-question", 6, "cards[0].question", "must not be empty"),
    ("unknown-card-type", 6, "cards[0].type", "unknown card type `multiple`"),
    ("alias-bomb", 9, "cards[1].tags", "aliases of lists or mappings are not allowed"),
    ("bad-slug", 1, "deck", "`G20 Summit 2026` is not a slug"),
    ("bad-language", 3, "language", "`Ukrainian` is not a language code"),
    ("bad-url", 6, "source.url", "`www.louvre.fr` is not a web address"),
    ("bad-score", 8, "cards[0].score", "`high` is not a number"),
    ("no-cards", 4, "cards", "a deck needs at least one card"),
    ("reject-without-why", 9, "cards[0].reject[0].why", "missing required field `why`"),
    (
        "reject-also-accepted",
        10,
        "cards[0].reject[0].answer",
        "`united states` is both a correct answer and rejected",
    ),
]


def test_every_bad_fixture_has_a_case() -> None:
    """No broken fixture sits in the folder without an assertion on its message."""
    on_disk = {p.stem for p in BAD_DECKS.glob("*.yaml")}
    assert on_disk - {"many-problems"} == {case[0] for case in BAD_DECK_CASES}


@pytest.mark.parametrize(
    ("name", "line", "path", "fragment"), BAD_DECK_CASES, ids=[c[0] for c in BAD_DECK_CASES]
)
def test_bad_deck_reports_line_field_and_message(
    name: str, line: int, path: str, fragment: str
) -> None:
    file = BAD_DECKS / f"{name}.yaml"
    with pytest.raises(DeckError) as caught:
        parse_deck(file.read_bytes(), str(file))
    matching = [p for p in caught.value.problems if p.line == line and p.path == path]
    assert matching, f"no problem at line {line} path {path!r}: {caught.value}"
    assert any(fragment in p.message for p in matching), str(caught.value)
    assert all(p.file == str(file) for p in caught.value.problems)


def test_all_problems_of_a_file_are_reported_at_once() -> None:
    file = BAD_DECKS / "many-problems.yaml"
    with pytest.raises(DeckError) as caught:
        parse_deck(file.read_bytes(), "many-problems.yaml")
    assert [(p.line, p.path) for p in caught.value.problems] == [
        (2, "title"),
        (5, "cards[0].answer"),
        (7, "cards[1].id"),
        (10, "cards[1].colour"),
    ]


def test_problem_renders_as_file_line_column_path_message() -> None:
    problem = Problem("d.yaml", 3, 7, "cards[0].answer", "must not be empty")
    assert str(problem) == "d.yaml:3:7: cards[0].answer: must not be empty"
    assert problem.to_dict() == {
        "file": "d.yaml",
        "line": 3,
        "column": 7,
        "path": "cards[0].answer",
        "message": "must not be empty",
    }


GOOD_DECK = """\
format: 1
deck: g20-2026
title: "G20 2026"
language: uk
description: Саміт у Маямі
author: Вчителька
tags: [g20, сша]
source: {title: Новини, url: "https://example.org/g20", published: 2025-12-23}
as_of: 2025-12-23
valid_until: 2026-12-31
cards:
  - id: host-city
    question: Де відбудеться саміт G20 2026 року?
    answer: Маямі
    accept: [Miami, в Маямі]
    reject: [{answer: Нью-Йорк, why: "Саміт 2026 року — у Маямі"}]
    evidence: Саміт відбудеться в Маямі.
    explanation: США головують у G20 у 2026 році.
    tags: [місто]
    score: 0.9
  - id: invited-by
    type: choice
    question: Хто запросив лідерів?
    answer: Дональд Трамп
    choices: [Дональд Трамп, Джо Байден, Сі Цзіньпін]
    source: https://example.org/other
  - id: year
    text: Саміт відбудеться у {{2026}} році в {{Маямі|Miami}}.
    as_of: 2025-12-24
"""


def test_good_deck_parses_into_core_values() -> None:
    deck = parse_deck(GOOD_DECK, "good.yaml")
    assert deck.slug == "g20-2026"
    assert deck.language == "uk"
    assert deck.tags == ("g20", "сша")
    assert deck.source == Source(
        title="Новини", url="https://example.org/g20", published=date(2025, 12, 23)
    )
    basic, choice, cloze = deck.cards
    assert isinstance(basic, BasicCard)
    assert basic.accept == ("Miami", "в Маямі")
    assert basic.reject == (Reject(answer="Нью-Йорк", why="Саміт 2026 року — у Маямі"),)
    assert basic.score == 0.9
    assert basic.line == 12
    assert isinstance(choice, ChoiceCard)
    assert choice.choices == ("Дональд Трамп", "Джо Байден", "Сі Цзіньпін")
    assert deck.source_of(choice) == Source(url="https://example.org/other")
    assert deck.source_of(basic) == deck.source
    assert isinstance(cloze, ClozeCard), "a card with `text` and no type is a cloze card"
    assert [gap.answers for gap in cloze.gaps] == [("2026",), ("Маямі", "Miami")]
    assert deck.as_of_for(cloze) == date(2025, 12, 24)
    assert deck.as_of_for(basic) == date(2025, 12, 23)


def test_written_deck_reads_back_equal() -> None:
    """The generator's writer and the validator agree: dump → parse is the identity (but for lines)."""
    deck = parse_deck(GOOD_DECK, "good.yaml")
    again = parse_deck(dump_deck(deck), "good.yaml")
    assert [replace(c, line=0) for c in again.cards] == [replace(c, line=0) for c in deck.cards]
    assert replace(again, cards=()) == replace(deck, cards=())


def test_answer_that_looks_like_a_number_or_boolean_stays_text() -> None:
    """YAML 1.1 would read `yes` as true and `1995` as an int; a deck keeps what the teacher wrote."""
    text = "deck: d\ntitle: T\nlanguage: en\ncards:\n  - {id: a, question: Q, answer: yes}\n  - {id: b, question: Q, answer: 007}\n"
    deck = parse_deck(text)
    assert [c.answer for c in deck.cards if isinstance(c, BasicCard)] == ["yes", "007"]


def test_byte_order_mark_is_ignored() -> None:
    deck = parse_deck(b"\xef\xbb\xbf" + GOOD_DECK.encode(), "bom.yaml")
    assert deck.slug == "g20-2026"


def test_ten_thousand_levels_of_nesting_fail_cleanly() -> None:
    with pytest.raises(DeckError) as caught:
        parse_deck("cards: " + "[" * 10_000 + "]" * 10_000, "deep.yaml")
    assert "nested far deeper" in str(caught.value)


def test_oversized_content_is_refused_before_parsing() -> None:
    with pytest.raises(DeckError) as caught:
        parse_deck(b"a" * (17 * 1024 * 1024), "huge.yaml")
    assert "a deck may be at most 16 MiB" in str(caught.value)


def test_yaml_tags_cannot_construct_objects() -> None:
    """A deck can never execute code: python tags are just unknown text, never constructed."""
    text = "deck: d\ntitle: T\nlanguage: en\ncards:\n  - id: a\n    question: !!python/object/apply:os.system [echo hi]\n    answer: A\n"
    with pytest.raises(DeckError) as caught:
        parse_deck(text)
    assert caught.value.problems[0].path == "cards[0].question"


def test_written_deck_has_no_yaml_aliases() -> None:
    """Two cards with the same date object are written out twice, never as &anchor / *alias."""
    deck = parse_deck(GOOD_DECK, "good.yaml")
    same_day = date(2025, 12, 23)
    cards = tuple(replace(card, as_of=same_day) for card in deck.cards)
    text = dump_deck(replace(deck, cards=cards, as_of=same_day))
    assert "&id" not in text
    assert "*id" not in text
    assert text.count("2025-12-23") >= 4
