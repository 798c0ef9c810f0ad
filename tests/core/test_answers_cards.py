"""Checking whole cards: `reject` explanations, choice and cloze cards, ratings, diffs."""

from __future__ import annotations

from typing import NamedTuple

import pytest

from newsquiz.core.answers import (
    DiffKind,
    DiffSegment,
    Outcome,
    Rating,
    RatingThresholds,
    Rule,
    char_diff,
    check_answer,
    check_text,
    render_diff,
)
from newsquiz.core.cards import BasicCard, Card, ChoiceCard, ClozeCard, Reject
from newsquiz.core.morphology import PlainMorphology
from newsquiz.core.text import normalise
from newsquiz.deck_files import find_deck_files, read_deck_file
from newsquiz.paths import bundled_decks_dir

SUMMIT_WHY = "Саміт 2026 року — у Маямі"
HOST_CITY = BasicCard(
    id="g20-host-city",
    question="У якому місті відбудеться саміт?",
    answer="Маямі",
    accept=("Miami",),
    reject=(
        Reject(answer="Нью-Йорк", why=SUMMIT_WHY),
        Reject(answer="Вашингтон", why="У Вашингтоні був візит, не саміт"),
    ),
)
FULL_NAME = BasicCard(
    id="kz-president",
    question="Повне ім'я президента Казахстану?",
    answer="Касим-Жомарт Токаєв",
    reject=(Reject(answer="Токаєв", why="Потрібне повне ім'я"),),
)
INVITED_BY = ChoiceCard(
    id="invited-by",
    question="Хто запросив?",
    answer="Дональд Трамп",
    choices=("Дональд Трамп", "Джо Байден", "Емманюель Макрон"),
    reject=(Reject(answer="Джо Байден", why="У 2025 році президент США — Трамп"),),
)
SUMMIT_CLOZE = ClozeCard(
    id="summit",
    text="Саміт G20 відбудеться у {{2026}} році в місті {{Маямі|Miami}}.",
    reject=(Reject(answer="Нью-Йорк", why=SUMMIT_WHY),),
)


class RejectCase(NamedTuple):
    name: str
    card: BasicCard
    typed: str
    outcome: Outcome
    why: str | None


REJECT_CASES = [
    RejectCase("reject typed exactly", HOST_CITY, "Нью-Йорк", Outcome.WRONG, SUMMIT_WHY),
    RejectCase("reject in locative", HOST_CITY, "у Нью-Йорку", Outcome.WRONG, SUMMIT_WHY),
    RejectCase("reject in lower case", HOST_CITY, "нью-йорк", Outcome.WRONG, SUMMIT_WHY),
    RejectCase("reject with a typo", HOST_CITY, "Нью-Йорх", Outcome.WRONG, SUMMIT_WHY),
    RejectCase(
        "second reject",
        HOST_CITY,
        "у Вашингтоні",
        Outcome.WRONG,
        "У Вашингтоні був візит, не саміт",
    ),
    RejectCase("unanticipated wrong answer", HOST_CITY, "Чикаго", Outcome.WRONG, None),
    RejectCase("right answer", HOST_CITY, "в Маямі", Outcome.CORRECT, None),
    RejectCase("typo of right answer", HOST_CITY, "Маямы", Outcome.CLOSE, None),
    RejectCase(
        "reject overrides surname rule", FULL_NAME, "Токаєв", Outcome.WRONG, "Потрібне повне ім'я"
    ),
    RejectCase(
        "reject overrides surname in genitive",
        FULL_NAME,
        "Токаєва",
        Outcome.WRONG,
        "Потрібне повне ім'я",
    ),
    RejectCase(
        "full name passes a surname reject",
        FULL_NAME,
        "Касим-Жомарта Токаєва",
        Outcome.CORRECT,
        None,
    ),
]


@pytest.mark.parametrize("case", REJECT_CASES, ids=[case.name for case in REJECT_CASES])
def test_reject_case(case: RejectCase) -> None:
    verdict = check_answer(case.card, case.typed, language="uk")
    assert (verdict.outcome, verdict.reject_why) == (case.outcome, case.why)


def test_accept_alternative_is_reported_as_matched() -> None:
    """Typing an `accept` entry names that entry as the match, not the main answer."""
    verdict = check_answer(HOST_CITY, "miami", language="uk")
    assert (verdict.outcome, verdict.matched) == (Outcome.CORRECT, "Miami")


def test_choice_right_option_is_correct() -> None:
    verdict = check_answer(INVITED_BY, "Дональд Трамп", language="uk", elapsed_seconds=20)
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.matched == "Дональд Трамп"
    assert verdict.suggested_rating is Rating.GOOD


def test_choice_other_option_is_wrong_with_reason() -> None:
    """A distractor with a `reject` entry explains itself."""
    verdict = check_answer(INVITED_BY, "Джо Байден", language="uk")
    assert verdict.outcome is Outcome.WRONG
    assert verdict.reject_why == "У 2025 році президент США — Трамп"
    assert verdict.suggested_rating is Rating.AGAIN


def test_choice_has_no_leniency() -> None:
    """Choosing is not typing: only the answer option itself counts, not its surname."""
    assert check_answer(INVITED_BY, "Трамп", language="uk").outcome is Outcome.WRONG
    assert check_answer(INVITED_BY, "Емманюель Макрон", language="uk").reject_why is None


def test_choice_compares_normalised_text() -> None:
    verdict = check_answer(INVITED_BY, "  дональд трамп ", language="uk")
    assert verdict.outcome is Outcome.CORRECT
    assert verdict.diff == ()


def test_cloze_checks_every_gap() -> None:
    verdict = check_answer(SUMMIT_CLOZE, ["у 2026 році", "в Маямі"], language="uk")
    assert verdict.outcome is Outcome.CORRECT
    assert [gap.outcome for gap in verdict.gaps] == [Outcome.CORRECT, Outcome.CORRECT]
    assert [gap.matched for gap in verdict.gaps] == ["2026", "Маямі"]
    assert verdict.matched == "2026; Маямі"


def test_cloze_gap_alternative_matches() -> None:
    verdict = check_answer(SUMMIT_CLOZE, ["2026", "Miami"], language="uk")
    assert verdict.gaps[1].matched == "Miami"


def test_cloze_one_wrong_gap_makes_it_wrong() -> None:
    verdict = check_answer(SUMMIT_CLOZE, ["2025", "Маямі"], language="uk")
    assert verdict.outcome is Outcome.WRONG
    assert [gap.outcome for gap in verdict.gaps] == [Outcome.WRONG, Outcome.CORRECT]
    assert verdict.matched is None


def test_cloze_one_close_gap_makes_it_close() -> None:
    verdict = check_answer(SUMMIT_CLOZE, "2026; Маямы", language="uk")
    assert verdict.outcome is Outcome.CLOSE
    assert verdict.suggested_rating is Rating.HARD
    assert Rule.TYPO in verdict.rules


def test_cloze_missing_gap_is_wrong() -> None:
    verdict = check_answer(SUMMIT_CLOZE, "2026", language="uk")
    assert [gap.outcome for gap in verdict.gaps] == [Outcome.CORRECT, Outcome.WRONG]


def test_cloze_reject_applies_to_gaps() -> None:
    verdict = check_answer(SUMMIT_CLOZE, ["2026", "Нью-Йорк"], language="uk")
    assert verdict.outcome is Outcome.WRONG
    assert verdict.gaps[1].reject_why == SUMMIT_WHY
    assert verdict.reject_why == SUMMIT_WHY


def test_cloze_diff_joins_gap_diffs() -> None:
    verdict = check_answer(SUMMIT_CLOZE, ["2026", "Маямі"], language="uk")
    assert render_diff(verdict.diff) == "2026; Маямі"


class RatingCase(NamedTuple):
    name: str
    typed: str
    seconds: float | None
    rating: Rating


RATING_CASES = [
    RatingCase("wrong is Again", "Чикаго", 2.0, Rating.AGAIN),
    RatingCase("close is Hard even when fast", "Маямы", 2.0, Rating.HARD),
    RatingCase("correct and slow is Good", "Маямі", 30.0, Rating.GOOD),
    RatingCase("correct without a time is Good", "Маямі", None, Rating.GOOD),
    RatingCase("correct and fast is Easy", "Маямі", 3.0, Rating.EASY),
    RatingCase("correct at the threshold is Easy", "Маямі", 8.0, Rating.EASY),
    RatingCase("lenient correct and fast is Easy", "в Маямі", 3.0, Rating.EASY),
]


@pytest.mark.parametrize("case", RATING_CASES, ids=[case.name for case in RATING_CASES])
def test_suggested_rating(case: RatingCase) -> None:
    verdict = check_answer(HOST_CITY, case.typed, language="uk", elapsed_seconds=case.seconds)
    assert verdict.suggested_rating is case.rating


def test_easy_threshold_is_a_parameter() -> None:
    strict = RatingThresholds(easy_seconds=1.0)
    verdict = check_answer(HOST_CITY, "Маямі", elapsed_seconds=3.0, thresholds=strict)
    assert verdict.suggested_rating is Rating.GOOD


def test_diff_marks_the_typo() -> None:
    verdict = check_text(["Маямі"], "Маямы", "uk")
    assert verdict.diff == (
        DiffSegment(DiffKind.EQUAL, "Маям"),
        DiffSegment(DiffKind.REPLACE, "і", "ы"),
    )


def test_diff_ignores_case_and_shows_the_expected_spelling() -> None:
    assert char_diff("маямі", "Маямі") == (DiffSegment(DiffKind.EQUAL, "Маямі"),)


def test_diff_inserts_and_deletes() -> None:
    segments = char_diff("в Маямі!", "Маямі")
    assert segments == (
        DiffSegment(DiffKind.DELETE, "в "),
        DiffSegment(DiffKind.EQUAL, "Маямі"),
        DiffSegment(DiffKind.DELETE, "!"),
    )
    assert render_diff(char_diff("Узбекстан", "Узбекистан")) == "Узбек[+и]стан"


def test_wrong_answer_is_diffed_against_the_nearest_alternative() -> None:
    """Someone typing in Latin script sees the diff against the Latin alternative."""
    verdict = check_text(["Маямі", "Miami"], "Orlando", "uk")
    expected_chars = "".join(seg.text for seg in verdict.diff if seg.kind is not DiffKind.DELETE)
    assert expected_chars == "Miami"


def test_verdict_to_dict_is_plain_data() -> None:
    data = check_text(["Маямі"], "Маямы", "uk").to_dict()
    assert data == {
        "outcome": "close",
        "matched": "Маямі",
        "suggested_rating": 2,
        "reject_why": None,
        "rules": ["typo"],
        "diff": [
            {"kind": "equal", "text": "Маям"},
            {"kind": "replace", "text": "і", "typed": "ы"},
        ],
    }


def test_morphology_is_a_parameter() -> None:
    """Without a dictionary a case form is not recognised, but exact answers and typos still are."""
    plain = PlainMorphology()
    assert check_text(["Токаєв"], "Токаєва", "uk", morphology=plain).outcome is Outcome.CLOSE
    assert check_text(["Токаєв"], "токаєв", "uk", morphology=plain).outcome is Outcome.CORRECT
    assert check_text(["Токаєв"], "Назарбаєв", "uk", morphology=plain).outcome is Outcome.WRONG


def test_check_text_needs_an_expected_answer() -> None:
    with pytest.raises(ValueError, match="at least one"):
        check_text([], "Маямі", "uk")


def _bundled_cards() -> list[tuple[str, Card]]:
    cards: list[tuple[str, Card]] = []
    for path in find_deck_files([bundled_decks_dir()]):
        deck = read_deck_file(path)
        cards.extend((deck.language, card) for card in deck.cards)
    return cards


BUNDLED = _bundled_cards()


@pytest.mark.parametrize(("language", "card"), BUNDLED, ids=[card.id for _, card in BUNDLED])
def test_bundled_card_accepts_its_answers_and_refuses_its_rejects(
    language: str, card: Card
) -> None:
    """Every shipped card: its own answers are correct; a `reject` entry is wrong and says why.

    A reject entry that repeats an accepted answer is skipped: an expected answer typed exactly
    always wins, and such a contradiction is for `newsquiz check` to report, not the checker.
    """
    alternatives: tuple[str, ...] = (card.answer,)
    if isinstance(card, ClozeCard):
        alternatives = tuple(answer for gap in card.gaps for answer in gap.answers)
        for gap_answers in zip(*(gap.answers for gap in card.gaps), strict=False):
            verdict = check_answer(card, list(gap_answers), language=language)
            assert verdict.outcome is Outcome.CORRECT
    else:
        if isinstance(card, BasicCard):
            alternatives = (card.answer, *card.accept)
        for answer in alternatives:
            assert check_answer(card, answer, language=language).outcome is Outcome.CORRECT
    accepted = {normalise(answer) for answer in alternatives}
    for rejected in card.reject:
        if normalise(rejected.answer) in accepted:
            continue
        typed = rejected.answer
        if isinstance(card, ClozeCard):
            typed = "; ".join([rejected.answer] * len(card.gaps))
        verdict = check_answer(card, typed, language=language)
        assert (verdict.outcome, verdict.reject_why) == (Outcome.WRONG, rejected.why)
