"""Relative time words in a cloze become the dates they name."""

from __future__ import annotations

from datetime import date

from newsquiz.core.cards import CardType, ClozeCard
from newsquiz.generate import generate_cards, parse_article
from newsquiz.generate.when import (
    dated_by_month,
    resolve_relative_time,
    when_in_year,
    year_with_its_day,
)

WEDNESDAY = date(2025, 10, 29)


def test_a_past_weekday_is_the_latest_such_day_on_or_before_the_date() -> None:
    text = "The storm hit the island on Tuesday and left on Wednesday."
    assert resolve_relative_time(text, WEDNESDAY, "en", text) == (
        "The storm hit the island on October 28, 2025 and left on October 29, 2025."
    )


def test_a_future_weekday_is_the_next_such_day() -> None:
    text = "The committee will meet on Friday."
    assert resolve_relative_time(text, WEDNESDAY, "en", text) == (
        "The committee will meet on October 31, 2025."
    )


def test_today_and_yesterday_in_english() -> None:
    text = "The court ruled yesterday; the minister resigned today."
    assert resolve_relative_time(text, WEDNESDAY, "en", text) == (
        "The court ruled on October 28, 2025; the minister resigned on October 29, 2025."
    )


def test_ukrainian_weekdays_and_a_weekday_with_its_date() -> None:
    text = "Рада у вівторок ухвалила закон, який у понеділок схвалив комітет."
    assert resolve_relative_time(text, WEDNESDAY, "uk", text) == (
        "Рада 28 жовтня 2025 року ухвалила закон, який 27 жовтня 2025 року схвалив комітет."
    )
    future = "Президент підпише закон, сесія відбудеться в п’ятницю."
    assert "31 жовтня 2025 року" in resolve_relative_time(future, WEDNESDAY, "uk", future)
    dated = "Комітет у середу, 29 жовтня, назвав лауреатів."
    assert resolve_relative_time(dated, WEDNESDAY, "uk", dated) == dated


def test_without_a_date_nothing_changes() -> None:
    assert resolve_relative_time("It fell on Monday.", None, "en", "") == "It fell on Monday."


def test_a_cloze_shows_the_date_where_its_sentence_said_a_weekday() -> None:
    article = parse_article(
        "date 2025-10-29\n\nHurricane Lorna slammed into southern Zenda on Tuesday as a "
        "Category 4 storm, the strongest to hit the Ruritanian coast since records began.\n",
        "lorna",
    )
    cards = generate_cards(article, language="en", types=frozenset({CardType.CLOZE}))
    texts = [c.text for c in cards if isinstance(c, ClozeCard)]
    assert texts and all("on Tuesday" not in t for t in texts)
    assert any("on October 28, 2025" in t for t in texts)


def test_a_lead_fact_is_dated_by_its_month_when_the_year_alone_is_ambiguous() -> None:
    august = date(2025, 8, 7)
    lead = "The Bank of Ruritania cut its main rate to 4% on Thursday."
    question = "To what level did the Bank of Ruritania cut its main rate in 2025?"
    assert dated_by_month(question, lead, 0, august, "en").endswith("in August 2025?")
    uk = "Скільки голосів отримав Остап Лис у 2025 році?"
    assert dated_by_month(uk, "Остап Лис отримав 310 голосів.", 1, august, "uk").endswith(
        "у серпні 2025 року?"
    )
    # background sentences and sentences with a month of their own keep the year
    assert dated_by_month(question, lead, 4, august, "en") == question
    earlier = "The bank began cutting rates in August 2024."
    assert dated_by_month(question, earlier, 0, august, "en") == question


def test_a_question_that_names_a_day_keeps_the_year_beside_it() -> None:
    assert year_with_its_day(
        "Яка організація ухвалила 20 травня в Стрельзау угоду у 2025 році?", "uk"
    ) == ("Яка організація ухвалила 20 травня 2025 року в Стрельзау угоду?")
    assert year_with_its_day("Скільки голосів отримав Лис 5 червня у травні 2025 року?", "uk") == (
        "Скільки голосів отримав Лис 5 червня 2025 року?"
    )
    assert year_with_its_day("Who took office on June 2 in 2025?", "en") == (
        "Who took office on June 2, 2025?"
    )
    # no day, or two of them: the year stays at the end
    assert year_with_its_day("Who won the race in 2025?", "en") == "Who won the race in 2025?"
    two = "Who voted on June 2 and June 9 in 2025?"
    assert year_with_its_day(two, "en") == two


def test_a_when_question_answered_by_a_day_names_its_year() -> None:
    june = date(2025, 6, 5)
    assert when_in_year("Коли банк знизив ставки?", "5 червня", "date", june, "uk") == (
        "Коли у 2025 році банк знизив ставки?"
    )
    assert when_in_year("Bank (June 2025): When did it cut?", "June 5", "date", june, "en") == (
        "Bank (June 2025): When did it cut?"
    )
    assert when_in_year("When did the bank cut rates?", "June 5", "date", june, "en") == (
        "When in 2025 did the bank cut rates?"
    )
    # the answer carries its own year, or the answer is no date
    assert when_in_year("Коли він став чемпіоном?", "травень 2024 року", "date", june, "uk") == (
        "Коли він став чемпіоном?"
    )
    assert when_in_year("Коли банк знизив ставки?", "5%", "percent", june, "uk") == (
        "Коли банк знизив ставки?"
    )
