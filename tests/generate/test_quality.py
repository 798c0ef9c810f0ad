"""Quality gates veto questions a teacher would not accept as they stand."""

from __future__ import annotations

import pytest

from newsquiz.generate.mentions import Kind, Mention
from newsquiz.generate.quality import acceptable, cloze_acceptable, strip_relative_time


def mention(kind: Kind, text: str, start: int = 0) -> Mention:
    return Mention(kind, start, start + len(text), text, text, text.casefold())


REJECTED = [
    ("en", Kind.PERCENT, "How much did CME FedWatch put it in 2025?"),
    ("en", Kind.SCORE, "By what margin did the decision pass and sets its rate in 2025?"),
    ("en", Kind.PLACE, "Which place had broadly anticipated a quarter-point move in 2025?"),
    ("en", Kind.DATE, "When is the committee's next meeting set?"),
    ("en", Kind.PERCENT, "How much was Turnout?"),
    ("uk", Kind.PERSON, "Хто повідомив про це в соцмережі X у 2025 році?"),
    ("uk", Kind.COUNT, "Скільки депутатів документ підтримали у 2025 році?"),
    ("uk", Kind.REGION, "Чемпіонат Європи 2025 року: чемпіонат якого регіону прийме Будапешт?"),
    ("uk", Kind.PERCENT, "Скільки відсотків голосів Вейр переміг, набравши у другому турі?"),
    ("en", Kind.NAME, "Harbour festival 2024: What said more than 9,000 visitors had come?"),
    (
        "uk",
        Kind.COUNTRY,
        "Зі якої країни новий тренер приїхав і став першим іноземцем у 2024 році?",
    ),
]

ACCEPTED = [
    ("en", Kind.PERSON, "Who sealed his fourth Tour de France title in Paris in 2025?"),
    ("en", Kind.YEAR, "In what year did Timor-Leste lodge its formal application?"),
    ("en", Kind.DATE, "Fed rate cut (2025): When is the committee's next meeting set?"),
    ("en", Kind.CITY, "Which city will host the 2026 summit?"),
    ("uk", Kind.COUNT, "Державний бюджет на 2026 рік: скільки депутатів документ підтримали?"),
    ("uk", Kind.PERSON, "Хто запросив лідерів Казахстану на саміт у 2026 році?"),
    ("en", Kind.NAME, "What caused the closure of the harbour in 2024?"),
    ("uk", Kind.COUNTRY, "З якої країни приїхав новий тренер збірної у 2024 році?"),
]


@pytest.mark.parametrize(("language", "kind", "question"), REJECTED)
def test_rejected(language: str, kind: Kind, question: str) -> None:
    assert not acceptable(question, mention(kind, "x"), language)


@pytest.mark.parametrize(("language", "kind", "question"), ACCEPTED)
def test_accepted(language: str, kind: Kind, question: str) -> None:
    assert acceptable(question, mention(kind, "x"), language)


def test_weekdays_leave_the_question() -> None:
    assert strip_relative_time("Хто у понеділок уранці заявив про це?", "uk") == (
        "Хто заявив про це?"
    )
    assert strip_relative_time("Who won the race on Sunday?", "en") == "Who won the race?"


def test_cloze_blanks_a_name_not_a_piece_of_one() -> None:
    sentence = "The 2025 Nobel Prize in Physiology has gone to Mary Brunkow."
    assert not cloze_acceptable(sentence, mention(Kind.NAME, "Nobel Prize", 9))
    assert cloze_acceptable(sentence, mention(Kind.PERSON, "Mary Brunkow", 47))
    clause = "Tadej Pogacar won in Paris on Sunday."
    assert cloze_acceptable(clause, mention(Kind.CITY, "Paris", 21))
    assert not cloze_acceptable("He won in Paris on Sunday.", mention(Kind.CITY, "Paris", 10))
