"""Relative time words become dates: `on Tuesday` in an article of 2025-10-29 is 28 October.

A cloze shows its sentence verbatim, and a card outlives the week its article was written in:
`slammed into Jamaica on Tuesday` says nothing a month later. The publication date (`as_of`)
turns a weekday into the day it names — the latest such day on or before the date, or the next
one when the sentence speaks of the future (`will meet on Friday`).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsquiz.generate.events import EN_MONTHS

_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = EN_MONTHS
_UK_DAYS = ("понеділок", "вівторок", "середу", "четвер", "п’ятницю", "суботу", "неділю")
_UK_MONTHS = (
    "січня", "лютого", "березня", "квітня", "травня", "червня",
    "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
)  # fmt: skip

_EN_WEEKDAY = re.compile(r"\bon (" + "|".join(_EN_DAYS) + r")\b")
_EN_TODAY = re.compile(r"\b(today|yesterday)\b")
_UK_WEEKDAY = re.compile(
    r"(?<![\w’'])(?:у|в)\s+(понеділок|вівторок|середу|четвер|п[’'ʼ]ятницю|суботу|неділю)"
    r"(?![\w’'])"
)
_EN_FUTURE = re.compile(r"\b(?:will|is set to|are set to|is due to|are due to|is expected to)\b")
_UK_FUTURE = re.compile(
    r"(?<![\w’'])(?:буде|будуть|відбудеться|відбудуться|планують|планує|має намір)(?![\w’'])"
)


def _day(as_of: date, weekday: int, future: bool) -> date:
    if future:
        return as_of + timedelta(days=(weekday - as_of.weekday()) % 7)
    return as_of - timedelta(days=(as_of.weekday() - weekday) % 7)


def _en(day: date) -> str:
    return f"on {_EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def _uk(day: date) -> str:
    return f"{day.day} {_UK_MONTHS[day.month - 1]} {day.year} року"


def resolve_relative_time(text: str, as_of: date | None, language: str, sentence: str) -> str:
    """`text` (a piece of `sentence`) with its weekdays, `today` and `yesterday` as dates.
    Unchanged without a publication date, or when the sentence already gives a date beside
    the weekday (`у середу, 8 жовтня`)."""
    if as_of is None:
        return text
    if language == "en":
        future = bool(_EN_FUTURE.search(sentence))

        def weekday(match: re.Match[str]) -> str:
            return _en(_day(as_of, _EN_DAYS.index(match.group(1)), future))

        def today(match: re.Match[str]) -> str:
            shift = 0 if match.group(1) == "today" else 1
            return _en(as_of - timedelta(days=shift))

        return _EN_TODAY.sub(today, _EN_WEEKDAY.sub(weekday, text))
    if language == "uk":
        future = bool(_UK_FUTURE.search(sentence))

        def weekday_uk(match: re.Match[str]) -> str:
            if re.match(r",?\s*\d{1,2}\s+[а-яіїєґ]+", text[match.end() :]):
                return match.group(0)  # `у середу, 8 жовтня`: the date is there already
            name = re.sub(r"[’'ʼ]", "’", match.group(1))
            return _uk(_day(as_of, _UK_DAYS.index(name), future))

        return _UK_WEEKDAY.sub(weekday_uk, text)
    return text


_UK_MONTHS_LOCATIVE = (
    "січні", "лютому", "березні", "квітні", "травні", "червні",
    "липні", "серпні", "вересні", "жовтні", "листопаді", "грудні",
)  # fmt: skip
_ANY_MONTH = re.compile(
    r"\b(?:" + "|".join(_EN_MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?"
    r"|(?<![\w’'])(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листопад|груд)[а-яії]*",
    re.IGNORECASE,
)
NEWS_SENTENCES = 2
"""The lead and the sentence after it report the news of the article's own days."""


def dated_by_month(
    question: str, sentence: str, index: int, as_of: date | None, language: str
) -> str:
    """`… cut its main interest rate in 2025?` → `… in August 2025?`: a central bank cuts
    rates several times a year, a rocket flies several test flights; the year alone does
    not say which. Only for the lead's facts (they happened in the article's days) and only
    when the sentence names no month of its own (`the bank began cutting in August 2024`)."""
    if as_of is None or index >= NEWS_SENTENCES or _ANY_MONTH.search(sentence):
        return question
    year = as_of.year
    if language == "en" and question.endswith(f" in {year}?"):
        return question[: -len(f"{year}?")] + f"{_EN_MONTHS[as_of.month - 1]} {year}?"
    if language == "uk" and question.endswith(f" у {year} році?"):
        month = _UK_MONTHS_LOCATIVE[as_of.month - 1]
        return question[: -len(f"у {year} році?")] + f"у {month} {year} року?"
    return question


_UK_DAY = re.compile(
    r"(?<![\w’'])(\d{1,2}(?:[–-]\d{1,2})?\s+(?:" + "|".join(_UK_MONTHS) + r"))(?!\s+\d)"
)
_EN_DAY = re.compile(
    r"\b((?:" + "|".join(_EN_MONTHS) + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
    r"\s+\d{1,2})\b(?!,?\s+\d{4})"
)
_UK_YEAR_END = re.compile(r"\s+у\s+(?:[а-яії]+\s+)?(\d{4})\s+ро(?:ці|ку)\?$")
_EN_YEAR_END = re.compile(r"\s+in\s+(?:[A-Z][a-z]+\s+)?(\d{4})\?$")


def year_with_its_day(question: str, language: str) -> str:
    """`… ухвалила 20 травня … у 2025 році?` → `… 20 травня 2025 року …?`: a question that
    names a day keeps the year beside it, not tacked on at the end (a blind reviewer found
    the split form unnatural); `on June 2 … in 2025?` → `on June 2, 2025 …?`."""
    if language == "uk":
        end, day, fmt = _UK_YEAR_END.search(question), _UK_DAY, "{day} {year} року"
    elif language == "en":
        end, day, fmt = _EN_YEAR_END.search(question), _EN_DAY, "{day}, {year}"
    else:
        return question
    if end is None:
        return question
    head = question[: end.start()]
    found = list(day.finditer(head))
    if len(found) != 1:
        return question
    match = found[0]
    dated = fmt.format(day=match.group(1), year=end.group(1))
    return head[: match.start()] + dated + head[match.end() :] + "?"


_UK_WHEN = re.compile(r"^((?:[^:?]{3,90}:\s+)?)([Кк])оли\s+")
_EN_WHEN = re.compile(
    r"^((?:[^:?]{3,90}:\s+)?)([Ww])hen\s+(?=(?:did|does|do|will|was|were|is|are|has|had)\b)"
)


def when_in_year(
    question: str, answer: str, answer_kind: str, as_of: date | None, language: str
) -> str:
    """`Коли ЄЦБ знизив ставки?` → `Коли у 2025 році ЄЦБ знизив ставки?`: a day and month
    answer a `when` only within a year, and the bank cuts rates more than once; `When did …`
    → `When in 2025 did …`. Only when neither the question nor the answer (`травень 2024
    року`) names a year."""
    if as_of is None or answer_kind != "date":
        return question
    if re.search(r"\b(?:19|20)\d\d\b", f"{question} {answer}"):
        return question
    if language == "uk":
        return _UK_WHEN.sub(
            lambda m: f"{m.group(1)}{m.group(2)}оли у {as_of.year} році ", question, 1
        )
    if language == "en":
        return _EN_WHEN.sub(lambda m: f"{m.group(1)}{m.group(2)}hen in {as_of.year} ", question, 1)
    return question
