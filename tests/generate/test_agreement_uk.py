"""The subject check reads a finished Ukrainian question's main clause with pymorphy3 tags."""

from __future__ import annotations

import pytest

from newsquiz.generate.agreement_uk import fused_clauses, subject_flaw

BROKEN = [
    ("Коли відбувся на стадіоні «Північна арена» в Ловці?", "no subject"),
    ("Кого в Сольці переміг у 2024 році?", "no subject"),
    ("Коли учасників форуму в Сольці погодилися збільшити внески?", "no subject"),
    ("Хто національна академія 3 квітня оголосила лауреатів премії?", "`хто`"),
    ("Хто уродженець Норланду Вербич працює в університеті Сольця?", "second subject"),
    ("Хто дим над ратушею Сольця зʼявився у 2024 році?", "second subject"),
    ("Кого президент Норланду запросив лідерів Ардії на форум?", "second object"),
]

SOUND = [
    "Хто запросив лідерів Ардії на форум у Сольці?",
    "Яка країна відмовилася від нової цілі у 2024 році?",
    "Коли нові ставки набудуть чинності?",
    "Скільки депутатів підтримало законопроєкт?",
    "Скільки людей загинули внаслідок повені?",
    "Кого обрали головою комітету у 2024 році?",
    "В якій соцмережі Вербич повідомив про це?",
    "Хто оголосив, що рада завершила роботу над конвенцією?",
    "Котрий раз спортсменка виграла чемпіонат Норланду?",
]


@pytest.mark.parametrize(("question", "reason"), BROKEN)
def test_a_clause_without_its_subject_or_with_two_is_found(question: str, reason: str) -> None:
    assert reason in subject_flaw(question)


@pytest.mark.parametrize("question", SOUND)
def test_sound_clauses_pass(question: str) -> None:
    assert subject_flaw(question) == ""


@pytest.mark.parametrize(
    "question",
    [
        "Скільки медалей збірна Ардії здобула посіла друге місце у 2024 році?",
        "Скільки відсотків голосів у першому турі отримав Іван Сірко посів перше місце з?",
    ],
)
def test_two_finite_verbs_with_no_joiner_are_fused_clauses(question: str) -> None:
    assert fused_clauses(question)


@pytest.mark.parametrize(
    "question",
    [
        "Хто переміг у Сольці й отримав кубок Ардії?",
        "Хто оголосив, що комітет Ардії схвалив текст?",
        "На скільки відсотків ціни на пальне в Ардії зросли за місяць?",  # `пальне` is no verb
        "Хто переможцем фестивалю «Зорепад» став у 2024 році?",  # `фестивалю`: 1st person
        "Коли мер Ковеля Остап Гайдук відкрив міст?",  # `мер` is a noun here
    ],
)
def test_joined_or_single_verbs_are_not_fused(question: str) -> None:
    assert fused_clauses(question) == ""
