"""Class reports read from real database files: the fixed class of `tests/classroom.py`, checked
against figures worked out by hand from its answers."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.core.reports import ClassReport, ReportCard, StudentRecord, build_report
from newsquiz.core.scheduling import CardState, Phase
from newsquiz.store import Store
from tests.classroom import T0, build_class

NOW = T0 + timedelta(days=2, hours=1)
DECAY = -0.1542
"""FSRS-6's default decay (-w20)."""
FACTOR = 0.9 ** (1 / DECAY) - 1


def by_hand_recall(state: CardState, now: datetime) -> float:
    assert state.last_review is not None
    assert state.stability is not None
    days = (now - state.last_review).days
    return float((1 + FACTOR * days / state.stability) ** DECAY)


def read(path: Path, source: str) -> tuple[list[ReportCard], list[StudentRecord]]:
    with Store.open(path) as store:
        return store.class_progress(source=source)


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_class(tmp_path_factory.mktemp("class"))


@pytest.fixture(scope="module")
def report(databases: tuple[Path, Path]) -> ClassReport:
    first_cards, first = read(databases[0], "first.db")
    _, second = read(databases[1], "second.db")
    return build_report(first_cards, first + second, now=NOW)


def test_students_with_the_same_name_stay_apart(report: ClassReport) -> None:
    """Two databases' `ann`s are two students, numbered in source order."""
    assert [(s.name, s.source) for s in report.students] == [
        ("ann #1", "first.db"),
        ("ann #2", "second.db"),
        ("bob", "first.db"),
        ("cy", "first.db"),
        ("dan", "second.db"),
    ]
    assert len({s.key for s in report.students}) == 5


def test_student_figures_match_the_hand_count(report: ClassReport) -> None:
    figures = {s.name: (s.attempted, s.answers, s.first_attempt_accuracy) for s in report.students}
    assert figures == {
        "ann #1": (2, 4, 0.5),
        "ann #2": (2, 2, 0.5),  # host wrong; capital "Pariss" is close, which counts as right
        "bob": (3, 5, pytest.approx(1 / 3)),
        "cy": (0, 0, None),
        "dan": (2, 2, 0.5),  # year wrong; capital self-graded Good
    }


def test_only_the_student_who_did_nothing_is_behind_on_attempts(report: ClassReport) -> None:
    """Median attempted is 2; fewer than 1.5 cards attempted is behind."""
    behind = {s.name: s.behind for s in report.students if s.behind}
    assert behind["cy"] == ("attempted 0 cards; the median student 2",)
    for name, reasons in behind.items():
        if name != "cy":
            assert all(reason.startswith("mean recall") for reason in reasons)


def test_item_figures_and_common_wrong_answers(report: ClassReport) -> None:
    items = {i.card.card: i for i in report.items}
    capital, host, year = items["capital"], items["host"], items["year"]
    assert (capital.students_attempted, capital.attempts, capital.first_correct) == (4, 6, 3)
    assert capital.first_attempt_accuracy == 0.75
    assert [(w.text, w.count, w.students) for w in capital.wrong_answers] == [("Lyon", 1, 1)]
    assert (host.students_attempted, host.attempts, host.first_correct) == (3, 4, 0)
    # "London" twice and "london" once are one wrong answer, shown in its commonest spelling
    assert [(w.text, w.count, w.students) for w in host.wrong_answers] == [("London", 3, 3)]
    assert (year.students_attempted, year.attempts, year.first_correct) == (2, 3, 1)
    assert [(w.text, w.count) for w in year.wrong_answers] == [("2025", 1)]
    assert [i.card.card for i in report.missed_items()] == ["host", "year"]


def test_student_card_rows_cover_every_card_for_every_student(report: ClassReport) -> None:
    assert len(report.rows) == 5 * 3
    rows = {(r.student, r.card): r for r in report.rows}
    bob_capital = rows[("bob", "capital")]
    assert (bob_capital.attempts, bob_capital.first_correct, bob_capital.last_verdict) == (
        2,
        False,
        "correct",
    )
    assert bob_capital.last_answered_ms is not None
    cy = rows[("cy", "year")]
    assert (cy.attempts, cy.first_correct, cy.recall, cy.mastered) == (0, None, None, False)
    assert rows[("dan", "capital")].last_verdict == "correct"


def test_recall_is_fsrs_retrievability_from_the_stored_state(
    databases: tuple[Path, Path], report: ClassReport
) -> None:
    _, students = read(databases[0], "first.db")
    bob = next(s for s in students if s.name == "bob")
    rows = {(r.student, r.card): r for r in report.rows}
    for card in ("capital", "host", "year"):
        expected = by_hand_recall(bob.states[("civics", card)], NOW)
        assert rows[("bob", card)].recall == pytest.approx(expected, abs=1e-9)
    year = bob.states[("civics", "year")]
    assert year.phase == Phase.REVIEW
    assert not year.is_mature
    assert rows[("bob", "year")].recall == pytest.approx(1.0)  # reviewed an hour ago


def test_since_keeps_only_later_answers(databases: tuple[Path, Path]) -> None:
    since = T0 + timedelta(days=1)
    with Store.open(databases[0]) as store:
        cards, students = store.class_progress(since=since, source="first.db")
    report = build_report(cards, students, now=NOW, since=since)
    attempted = {s.name: s.attempted for s in report.students}
    assert attempted == {"ann": 0, "bob": 1, "cy": 0}
    year = next(i for i in report.items if i.card.card == "year")
    assert (year.students_attempted, year.first_correct) == (1, 1)


def test_the_same_database_read_twice_counts_once(databases: tuple[Path, Path]) -> None:
    cards, once = read(databases[0], "first.db")
    _, again = read(databases[0], "copy.db")
    report = build_report(cards, once + again, now=NOW)
    assert [s.name for s in report.students] == ["ann", "bob", "cy"]
    assert {s.name: s.answers for s in report.students} == {"ann": 4, "bob": 5, "cy": 0}
    assert report.students[0].source == "first.db, copy.db"
