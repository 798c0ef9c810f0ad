"""The event label: what the lead says the story is about, in the base form, with its year."""

from __future__ import annotations

from datetime import date

import pytest

from newsquiz.generate.events import find_event, with_event

EVENTS = [
    (
        "en",
        "Flesh, the latest novel by Anna Gray, has won this year's Booker Prize.",
        "2024 Booker Prize",
    ),
    (
        "en",
        "Laos joined the bloc at the 45th ASEAN Summit in Vientiane, Laos, on Friday.",
        "45th ASEAN Summit (2024)",
    ),
    (
        "en",
        "A strong 7.1-magnitude earthquake struck off the coast of Chile on Monday.",
        "May 2024 earthquake off the coast of Chile",
    ),
    (
        "en",
        "Flash floods in northern Valdoria have killed at least 43 people.",
        "May 2024 floods in northern Valdoria",
    ),
    (
        "uk",
        "У другому турі президентських виборів у Новарії перемогла Олена Коваль.",
        "Президентські вибори у Новарії 2024 року",
    ),
    (
        "uk",
        "Збірна виграла «золото» чемпіонату світу з легкої атлетики в приміщенні: усі раді.",
        "Чемпіонат світу з легкої атлетики в приміщенні 2024 року",
    ),
    (
        "uk",
        "Щонайменше 12 людей загинули внаслідок землетрусу на півночі Туреччини.",
        "Землетрус у Туреччині 2024 року",
    ),
    (
        "uk",
        "Президент запросив лідерів на саміт «Групи двадцяти», який у 2026 році відбудеться в Маямі.",
        "Саміт «Групи двадцяти» 2026 року",
    ),
    (
        "uk",
        "Лідери країн альянсу на саміті в Осло 14 травня погодилися до 2035 року збільшити "
        "витрати на оборону.",
        "Саміт в Осло 2024 року",
    ),
    (
        "uk",
        "Учасники форуму в Бергені вирішили з 2026 року скоротити викиди.",
        "Форум у Бергені 2024 року",
    ),
    (
        "uk",
        "На засіданні в Лісабоні міністри пообіцяли у 2030 році закрити шахти.",
        "Засідання в Лісабоні 2024 року",
    ),
    (
        "uk",
        "Фестиваль у Львові, що пройде у 2027 році, готують волонтери.",
        "Фестиваль у Львові 2027 року",
    ),
    ("uk", "Конференція в Празі 2027 року збере науковців.", "Конференція в Празі 2027 року"),
    ("en", "Hurricane Lorna slammed into northern Belize on Monday.", "Hurricane Lorna"),
    (
        "en",
        "Valdoria's Falcon rocket completed its third test flight on Tuesday.",
        "May 2024 Falcon test flight",
    ),
    (
        "en",
        "Leaders met at a summit in the Black Sea resort of Port el-Nadir on Friday.",
        "May 2024 summit in Port el-Nadir",
    ),
    (
        "en",
        "The Bank of Valdoria cut its key interest rate to 3% on Thursday.",
        "The Bank of Valdoria's May 2024 cut in interest rates",
    ),
    (
        "en",
        "Premier Ana Ruiz led Portugal's Unity Party to victory in Sunday's snap election.",
        "May 2024 snap election in Portugal",
    ),
]


def test_the_lead_event_wins_over_a_named_event_of_the_second_sentence() -> None:
    lead = [
        "Tomas Varga won his first Halvorsen title on Sunday, beating Erik Lund in four sets.",
        "Varga avenged his defeat in the Dravo Open final a month earlier.",
    ]
    assert find_event("en", lead, date(2024, 7, 14)).label == "2024 Halvorsen"  # type: ignore[union-attr]
    lead = [
        "Premier Ana Ruiz led the Unity Party to victory in Sunday's general election.",
        "The party won 90 seats, according to results from Elections Portugal.",
    ]
    assert find_event("en", lead, date(2024, 7, 14)).label == "July 2024 general election"  # type: ignore[union-attr]


@pytest.mark.parametrize(("language", "lead", "label"), EVENTS, ids=[e[2] for e in EVENTS])
def test_lead_gives_the_event_label(language: str, lead: str, label: str) -> None:
    event = find_event(language, [lead], date(2024, 5, 10))
    assert event is not None
    assert event.label == label


def test_a_lead_without_an_event_gives_none() -> None:
    assert find_event("en", ["Prices of apples rose sharply, traders said."], None) is None


def test_label_is_skipped_when_the_question_names_the_event_or_leaks_the_answer() -> None:
    event = find_event("en", ["Ana Ruiz won this year's Booker Prize."], date(2024, 11, 10))
    assert with_event("Who chaired the panel?", event, {"panel"}, {"doyle"}, "en") == (
        "2024 Booker Prize: Who chaired the panel?"
    )
    assert with_event("Who won the Booker?", event, {"booker"}, {"ruiz"}, "en") is None
    assert with_event("What prize?", event, {"prize"}, {"booker"}, "en") is None
    assert with_event("Хто?", event, set(), {"ruiz"}, "uk") is None


def test_ukrainian_agreement_is_an_event_by_what_it_is_about() -> None:
    from datetime import date

    from newsquiz.generate.events import find_event

    event = find_event(
        "uk",
        ["Асамблея лісників 12 травня в Сольці ухвалила угоду про захист лісів, план дій."],
        date(2024, 5, 12),
    )
    assert event is not None and event.label == "Угода про захист лісів 2024 року"
    assert (
        find_event("uk", ["Сторони узгоджували текст угоди три роки."], date(2024, 5, 12)) is None
    )


def test_a_body_named_after_its_country_is_not_an_event() -> None:
    lead = ["Ana Ruiz's party won 90 seats.", "That is the count from Elections Portugal."]
    assert find_event("en", lead, date(2024, 7, 14)) is None


def test_a_label_of_a_bare_event_noun_and_year_is_refused() -> None:
    """`Голосування 2025 року` says neither where nor whose: no label, not a vague one."""
    assert find_event("uk", ["Голосування відбулося 6 травня."], date(2025, 5, 6)) is None
    found = find_event("uk", ["Вибори мера Сольця відбулися 6 травня."], date(2025, 5, 6))
    assert found is not None and "Сольця" in found.label


def test_a_body_named_after_an_event_is_no_event_label() -> None:
    """`National Election Commission` runs an election; as a label it names no event."""
    event = find_event(
        "en",
        ["The Ruritanian National Election Commission said turnout reached 61% on Sunday."],
        date(2025, 3, 4),
    )
    assert event is None or "Commission" not in event.label


def test_a_bare_event_noun_is_no_label() -> None:
    """`Wildfires:` says neither where nor when, so no card is headed by it."""
    event = find_event("en", ["Two wildfires swept through the hills, killing 12 people."], None)
    assert event is None


def _questions(text: str, language: str) -> dict[str, str]:
    from newsquiz.core.cards import BasicCard, CardType
    from newsquiz.generate import generate_cards, parse_article

    article = parse_article(text, "t")
    cards = generate_cards(article, language=language, types=frozenset({CardType.BASIC}))
    return {c.answer: c.question for c in cards if isinstance(c, BasicCard)}


def test_a_lead_without_an_event_labels_vague_questions_with_its_actor_and_month() -> None:
    uk = _questions(
        "date 2025-06-05\n\nНаціональний банк Руританії 5 червня знизив облікову ставку до 9%.\n"
        "Нова ставка набуде чинності 11 червня.\n",
        "uk",
    )
    assert uk["11 червня"] == "Національний банк (червень 2025): коли нова ставка набуде чинності?"
    en = _questions(
        "date 2025-06-05\n\nAna Lind won the Ruritanian party leadership race on Sunday.\n"
        "The new leader will take office on June 11.\n",
        "en",
    )
    assert en["June 11"].startswith("Ana Lind (June 2025): When will the new leader take office")


def test_the_actor_label_stays_off_questions_that_name_their_own_people() -> None:
    uk = _questions(
        "date 2025-06-05\n\nНаціональний банк Руританії 5 червня знизив облікову ставку до 9%.\n"
        "Голова банку Ольга Мирна 12 червня виступить у Стрельзау.\n",
        "uk",
    )
    named = [uk["Стрельзау"], uk["12 червня"]]
    assert all("Ольга Мирна" in q and "(червень 2025)" not in q for q in named)


def test_a_name_after_a_preposition_or_a_first_name_alone_is_no_actor() -> None:
    from newsquiz.generate.facts import _lead_actor
    from newsquiz.generate.languages import language_for

    en = language_for("en")
    for lead in (
        "On Sunday voters in Germany chose Ana Lind as chancellor.",
        "Lind received 90 votes, while three ballots named lawyer Ivo Horn.",
    ):
        assert _lead_actor(lead, en.find_mentions(lead)) is None, lead
    uk = language_for("uk")
    lead = "Президент Руританії Ольга Мирна 5 червня відкрила міст у Стрельзау."
    actor = _lead_actor(lead, uk.find_mentions(lead))
    assert actor is not None and actor.base == "Ольга Мирна"
