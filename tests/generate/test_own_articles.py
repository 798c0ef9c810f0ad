"""Short articles written for these tests (invented events): what the generator makes of text it
was not tuned on. Each check is one clause shape a teacher asks about."""

from __future__ import annotations

from pathlib import Path

from newsquiz.core.cards import BasicCard, CardType
from newsquiz.generate import generate_deck, parse_article

ARTICLES = Path(__file__).parent / "articles"


def cards(name: str) -> list[BasicCard]:
    path = ARTICLES / name
    deck = generate_deck(
        [parse_article(path.read_text(encoding="utf-8"), path.stem)],
        types=frozenset({CardType.BASIC}),
    )
    return [c for c in deck.cards if isinstance(c, BasicCard)]


def question_for(found: list[BasicCard], answer: str) -> str:
    matching = [c.question for c in found if c.answer == answer]
    assert matching, f"no card answering {answer!r}: {[(c.question, c.answer) for c in found]}"
    return matching[0]


def test_death_toll_is_asked_without_the_attribution() -> None:
    question = question_for(cards("flood.en.txt"), "43")
    assert question.startswith("How many people have")
    assert "said" not in question


def test_labels_name_the_event_with_its_place() -> None:
    question = question_for(cards("flood.en.txt"), "Ilse Karvonen")
    assert question.startswith("September 2024 floods in northern Valdoria: Who declared")
    assert "in 2024" not in question


def test_winner_of_the_election() -> None:
    question = question_for(cards("election.en.txt"), "Marta Lindqvist")
    assert question == "Who has won the presidential election in Korvania in November 2024?"


def test_a_second_clause_about_the_winner_is_cut_off() -> None:
    question = question_for(cards("chempionat.uk.txt"), "Ольга Харлан")
    assert question == "Чемпіонат Європи 2025 року: хто виборов особисте золото?"


def test_no_card_asks_for_the_event_s_own_name() -> None:
    found = cards("chempionat.uk.txt")
    assert not [c for c in found if c.question.startswith("Чемпіонат якого")]
    assert not [c for c in found if "Чемпіонат Європи 2025 року: чемпіонат" in c.question]


def test_every_question_is_a_question() -> None:
    for name in ("flood.en.txt", "election.en.txt", "vybory.uk.txt", "chempionat.uk.txt"):
        for card in cards(name):
            assert card.question.endswith("?")
            assert card.answer not in card.question


def test_a_candidate_s_party_is_asked_with_the_candidate_named() -> None:
    found = cards("vybory.uk.txt")
    question = question_for(found, "Партія зелених")
    assert question.startswith("Кандидат від якої партії переміг Томас Вейр")
    assert not [c for c in found if c.answer == "Партії зелених"]


def test_a_rate_decision_is_asked_by_size_level_and_vote() -> None:
    found = cards("ratecut.en.txt")
    assert question_for(found, "a quarter point").startswith("By how much did the Bank of")
    assert question_for(found, "3.5%").startswith("To what level did the Bank of Valdoria cut")
    vote = [c.question for c in found if c.answer == "7-2"]
    # "By what vote did the committee vote for the cut?" names neither bank nor cut: it goes
    # under the article's label or not at all
    assert all("By what vote" in q and "Valdoria" in q for q in vote)
    assert question_for(found, "the Hawk").startswith(
        "Bank of Valdoria's March 2025 cut in interest rates: What nickname is"
    )


def test_a_cup_final_is_asked_by_winner_loser_and_score() -> None:
    found = cards("cupfinal.en.txt")
    assert question_for(found, "Porto Azul").startswith("Who won the Continental Champions Cup")
    assert "Whom did Porto Azul beat in the final" in question_for(found, "Lindholm United")
    assert "By what score" in question_for(found, "3-1")
    assert not [c for c in found if "by number" in c.question]


def test_a_prize_is_asked_by_winner_and_work_first() -> None:
    found = cards("fictionprize.en.txt")
    assert found[0].answer == "Niamh Calloway"
    assert found[0].question.startswith("Who has won the 2025 Harwood Prize for Fiction")
    assert question_for(found, "The Salt Year").startswith("For which novel")
