"""`newsquiz quiz`: the same questions in the same order for every learner, timing, the score,
and missed cards flowing into each learner's queue."""

from __future__ import annotations

import io
import itertools
import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from newsquiz.cli import build_parser, main
from newsquiz.commands import quiz
from newsquiz.core.quizzes import pick_quiz, week_seed
from newsquiz.core.scheduling import Phase
from newsquiz.store import Store
from tests.classroom import build_class

RIGHT = {"capital": "Paris", "host": "Miami", "year": "2026"}
PROMPTS = {
    "Capital of France?": "capital",
    "Which city hosts the 2026 G20?": "host",
    "The summit is in _____.": "year",
}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_class(tmp_path)[0]


def take(
    capsys: pytest.CaptureFixture[str], db: Path, learner: str, answers: str, *extra: str
) -> list[str]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO(answers))
        code = main(["quiz", "--db", str(db), "--deck", "civics", "--profile", learner, *extra])
    assert code == 0
    return capsys.readouterr().out.splitlines()


def asked(lines: list[str]) -> list[str]:
    return [PROMPTS[m.group(1)] for line in lines if (m := re.match(r"\d+/\d+\. (.*)$", line))]


def test_everyone_gets_the_same_questions_in_the_same_order(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    orders = [asked(take(capsys, db, who, "\n\n\n", "--seed", "w10")) for who in ("ann", "bob")]
    assert orders[0] == orders[1]
    assert sorted(orders[0]) == ["capital", "host", "year"]
    assert asked(take(capsys, db, "cy", "\n", "--seed", "w10", "--count", "1")) == orders[0][:1]


def test_score_timing_and_missed_cards_join_the_review_queue(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = build_parser().parse_args(
        ["quiz", "--db", str(db), "--deck", "civics", "--profile", "cy", "--seed", "w10"]
    )
    ticks = itertools.count(0.0, 2.5)  # each answer takes 2.5 s
    order = asked(take(capsys, db, "ann", "\n\n\n", "--seed", "w10"))
    typed = [RIGHT[order[0]], "wrong guess", ""]
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("sys.stdin", io.StringIO("\n".join(typed) + "\n"))
        patch.setattr("sys.stdout", out)
        assert quiz.run(args, monotonic=lambda: next(ticks)) == 0
    lines = [line.removeprefix("> ") for line in out.getvalue().splitlines()]
    assert f"correct: {RIGHT[order[0]]} [2.5 s]" in lines
    assert lines.count(f"wrong: {RIGHT[order[1]]} [2.5 s] (back in your review queue)") == 1
    assert "score: 1/3 in 7.5 s" in lines
    assert "2 missed: they come back in your next review session" in lines
    with Store.open(db) as store:
        cy = store.profile("cy")
        assert cy is not None
        with store.engine.connect() as connection:
            rows = connection.execute(
                text(
                    "SELECT c.key, r.rating, r.is_cram, r.verdict FROM review r "
                    "JOIN card c ON c.id = r.card_id JOIN profile p ON p.id = r.profile_id "
                    "WHERE p.name = 'cy' ORDER BY r.id"
                )
            ).all()
        assert [tuple(r) for r in rows] == [
            (order[0], 3, True, "correct"),
            (order[1], 1, False, "wrong"),
            (order[2], 1, False, "wrong"),
        ]
        missed = store.study_card(cy, store.find_card("civics", order[1]))
        assert missed.state.phase == Phase.LEARNING
        untouched = store.study_card(cy, store.find_card("civics", order[0]))
        assert untouched.state.phase == Phase.NEW


def test_a_missed_review_card_lapses(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """bob's `year` is in review (two Goods); missing it in the quiz is a lapse."""
    order = asked(take(capsys, db, "ann", "\n\n\n", "--seed", "w10"))
    answers = "".join(("1999" if card == "year" else RIGHT[card]) + "\n" for card in order)
    lines = take(capsys, db, "bob", answers, "--seed", "w10")
    assert "score: 2/3" in " ".join(lines)
    with Store.open(db) as store:
        bob = store.profile("bob")
        assert bob is not None
        year = store.study_card(bob, store.find_card("civics", "year")).state
    assert (year.phase, year.lapses) == (Phase.RELEARNING, 1)


def test_week_seed_and_pick_are_fixed() -> None:
    assert week_seed("g20", date(2026, 3, 2)) == "g20:2026-W10"
    assert week_seed("g20", date(2026, 3, 8)) == "g20:2026-W10"
    cards = list(range(40))
    assert pick_quiz(cards, 10, "g20:2026-W10") == pick_quiz(cards, 10, "g20:2026-W10")
    assert pick_quiz(cards, 10, "g20:2026-W10") != pick_quiz(cards, 10, "g20:2026-W11")
    assert sorted(pick_quiz(cards[:3], 10, "x")) == [0, 1, 2]


def test_quiz_bad_input(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quiz", "--db", str(db), "--deck", "nope", "--profile", "ann"]) == 2
    assert "no such deck: nope" in capsys.readouterr().err
    assert main(["quiz", "--db", str(db), "--deck", "civics", "--count", "0"]) == 2
