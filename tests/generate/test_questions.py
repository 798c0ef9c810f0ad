"""Clause patterns become standalone questions, in Ukrainian and English.

Each case is a short sentence we wrote, the answer we expect a card for, and words its question
must contain (the question word and the rest of the clause, kept grammatical).
"""

from __future__ import annotations

import pytest

from newsquiz.core.cards import BasicCard, CardType
from newsquiz.generate import generate_cards, parse_article

CASES = [
    (
        "uk who invited whom",
        "uk",
        "Прем'єр-міністр Норвегії Ерна Сульберг запросила президента Франції Емманюеля Макрона "
        "на конференцію з клімату.",
        "Ерна Сульберг",
        ["Хто запросив", "на конференцію з клімату"],
    ),
    (
        "uk whom",
        "uk",
        "Прем'єр-міністр Норвегії Ерна Сульберг запросила президента Франції Емманюеля Макрона "
        "на конференцію з клімату.",
        "Емманюель Макрон",
        ["Кого", "запросила"],
    ),
    (
        "uk where, relative clause",
        "uk",
        "Міністри погодили план конференції, яка у 2025 році відбудеться "
        "в норвезькому місті Берген.",
        "Берген",
        ["В якому норвезькому місті", "конференція", "відбудеться"],
    ),
    (
        "uk how many died",
        "uk",
        "Унаслідок повені в Румунії загинули 12 людей.",
        "12",
        ["Скільки людей", "загинули"],
    ),
    (
        "uk rose by percent",
        "uk",
        "Ціни на пальне зросли на 4,5% за місяць.",
        "4,5%",
        ["Скільки відсотків", "зросли"],
    ),
    (
        "uk elected",
        "uk",
        "Головою комісії обрали Олену Коваль.",
        "Олена Коваль",
        ["Кого", "обрали"],
    ),
    (
        "uk until when",
        "uk",
        "Фестиваль джазу триватиме до 14 червня.",
        "14 червня",
        ["До якого числа", "триватиме"],
    ),
    (
        "en who won",
        "en",
        "Maria Lopez won the city marathon in Lisbon on Sunday.",
        "Maria Lopez",
        ["Who won the city marathon"],
    ),
    (
        "en where, do-support",
        "en",
        "Maria Lopez won the city marathon in Lisbon on Sunday.",
        "Lisbon",
        ["Where did Maria Lopez win"],
    ),
    (
        "en whom appointed",
        "en",
        "The council appointed Helen Cole as its new chair.",
        "Helen Cole",
        ["Who did the council appoint"],
    ),
    (
        "en how many votes",
        "en",
        "In the final round, Takeshi Mori received 230 votes.",
        "230",
        ["How many votes did Takeshi Mori receive"],
    ),
    (
        "en magnitude",
        "en",
        "A powerful 7.1-magnitude earthquake struck off the coast of Chile.",
        "7.1",
        ["What was the magnitude of the earthquake"],
    ),
]


@pytest.mark.parametrize(
    ("name", "language", "sentence", "answer", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_clause_becomes_question(
    name: str, language: str, sentence: str, answer: str, expected: list[str]
) -> None:
    article = parse_article(f"date 2024-05-10\n\n{sentence}")
    cards = generate_cards(
        article, language=language, max_cards=30, types=frozenset({CardType.BASIC})
    )
    matching = [c for c in cards if isinstance(c, BasicCard) and c.answer == answer]
    seen = [(c.question, c.answer) for c in cards if isinstance(c, BasicCard)]
    assert matching, f"no card answering {answer!r}: {seen}"
    question = matching[0].question
    for part in expected:
        assert part in question
    assert question.endswith("?")
    assert answer not in question


def test_question_names_the_year_when_the_clause_does_not() -> None:
    """A flashcard outlives the news: the article's year goes into the question."""
    article = parse_article("date 2024-05-10\n\nУнаслідок повені в Румунії загинули 12 людей.")
    cards = generate_cards(article, language="uk", types=frozenset({CardType.BASIC}))
    assert all("2024" in c.question for c in cards if isinstance(c, BasicCard))


def test_pronoun_subjects_are_resolved_or_ranked_down() -> None:
    """ "Він" in a question is replaced by the person it refers to."""
    article = parse_article(
        "date 2024-05-10\n\nМер Львова Андрій Садовий відкрив міст. "
        "Він запросив на відкриття посла Франції."
    )
    cards = generate_cards(article, language="uk", types=frozenset({CardType.BASIC}))
    questions = [c.question for c in cards if isinstance(c, BasicCard)]
    assert not any(" він " in q.casefold() for q in questions)
