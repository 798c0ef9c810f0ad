"""The store's commands: profiles, import, decks, due and the plain review loop."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from newsquiz.cli import main
from newsquiz.store import Store

DECK = """\
deck: sample
title: Sample deck
language: en
cards:
  - id: capital
    question: What is the capital of France?
    answer: Paris
    accept: [paris city]
  - id: colour
    type: choice
    question: What colour is the sky on a clear day?
    answer: Blue
    choices: [Green, Blue, Red]
  - id: summit
    type: cloze
    text: The 2026 G20 summit is planned for {{Miami}}.
"""

BROKEN = """\
deck: broken
title: Broken deck
language: en
cards:
  - id: one
    question: Has an answer?
"""


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "progress.db")


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    path = tmp_path / "sample.yaml"
    path.write_text(DECK, encoding="utf-8")
    return path


def run(
    capsys: pytest.CaptureFixture[str], *argv: str, stdin: str | None = None
) -> tuple[int, str]:
    if stdin is not None:
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("sys.stdin", io.StringIO(stdin))
            code = main(list(argv))
    else:
        code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def run_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    code, out = run(capsys, *argv)
    assert code == 0, out
    return json.loads(out)


def reviews(db: str) -> list[dict[str, Any]]:
    with Store.open(db) as store, store.engine.connect() as connection:
        from sqlalchemy import text

        rows = connection.execute(
            text("SELECT rating, answer, verdict, is_cram FROM review ORDER BY id")
        )
        return [dict(r._mapping) for r in rows]


def test_first_start_imports_the_bundled_decks(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    data = run_json(capsys, "--db", db, "decks", "--json")
    slugs = {d["deck"] for d in data["decks"]}
    assert {"g20-2026-central-asia", "world-events-2026"} <= slugs
    assert data["profile"] is None


def test_profiles_lifecycle(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "--db", db, "profiles", "add", "ann", "--new-per-day", "7")[0] == 0
    code, out = run(capsys, "--db", db, "profiles", "add", "ann")
    assert (code, "already exists" in out) == (2, True)
    assert run(capsys, "--db", db, "profiles", "rename", "ann", "anna")[0] == 0
    assert run(capsys, "--db", db, "profiles", "set", "anna", "--retention", "0.85")[0] == 0
    code, out = run(capsys, "--db", db, "profiles", "set", "anna", "--retention", "0.3")
    assert (code, "retention" in out) == (2, True)
    assert run(capsys, "--db", db, "profiles", "use", "anna")[0] == 0
    listed = run_json(capsys, "--db", db, "profiles", "list", "--json")
    assert listed == [
        {
            "name": "anna",
            "desired_retention": 0.85,
            "new_per_day": 7,
            "reviews_per_day": 200,
            "rollover_hour": 4,
            "last_used": True,
        }
    ]


def test_delete_asks_for_the_name(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db, "profiles", "add", "ann")
    code, out = run(capsys, "--db", db, "profiles", "delete", "ann", stdin="no\n")
    assert (code, "not deleted" in out) == (2, True)
    assert run(capsys, "--db", db, "profiles", "delete", "ann", stdin="ann\n")[0] == 0
    assert run_json(capsys, "--db", db, "profiles", "--json") == []
    run(capsys, "--db", db, "profiles", "add", "bo")
    assert run(capsys, "--db", db, "profiles", "delete", "bo", "--yes")[0] == 0


def test_import_is_idempotent(db: str, deck_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "--db", db, "import", str(deck_file))
    assert code == 0
    assert "sample: 3 added, 0 updated, 0 retired, 0 unchanged" in out
    code, out = run(capsys, "import", str(deck_file), "--db", db)
    assert "sample: 0 added, 0 updated, 0 retired, 3 unchanged" in out


def test_broken_deck_imports_nothing_and_exits_2(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")
    data = json.loads(run(capsys, "--db", db, "import", "--json", str(broken))[1])
    assert data["imported"] == []
    assert data["problems"][0]["file"] == str(broken)
    assert main(["--db", db, "import", str(broken)]) == 2
    capsys.readouterr()
    slugs = {d["deck"] for d in run_json(capsys, "--db", db, "decks", "--json")["decks"]}
    assert "broken" not in slugs


def test_due_counts_as_json(db: str, deck_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "--db", db, "import", str(deck_file))
    run(capsys, "--db", db, "profiles", "add", "ann", "--new-per-day", "2")
    data = run_json(capsys, "--db", db, "due", "--deck", "sample", "--json")
    assert data == {"profile": "ann", "new": 2, "learning": 0, "review": 0, "total": 2}
    code, out = run(capsys, "--db", db, "due", "--deck", "nope")
    assert (code, "no such deck" in out) == (2, True)


def test_plain_review_records_answers_and_verdicts(
    db: str, deck_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--db", db, "import", str(deck_file))
    answers = "\n".join(
        [
            "paris",  # basic, accepted after normalisation
            "",  # Enter: the suggested rating (easy: answered within seconds)
            "1",  # choice by number: Green is wrong
            "",  # Enter: again
            "Miami",  # cloze
            "2",  # hard, overriding the suggestion
        ]
    )
    code, out = run(capsys, "--db", db, "review", "--plain", "--deck", "sample", stdin=answers)
    assert code == 0
    assert "Q: What is the capital of France?" in out
    assert "  2) Blue" in out
    assert "wrong: Blue" in out
    assert "Q: The 2026 G20 summit is planned for _____." in out
    assert "answered 3, 2 correct" in out
    assert reviews(db) == [
        {"rating": 4, "answer": "paris", "verdict": "correct", "is_cram": 0},
        {"rating": 1, "answer": "Green", "verdict": "wrong", "is_cram": 0},
        {"rating": 2, "answer": "Miami", "verdict": "correct", "is_cram": 0},
    ]


def test_plain_review_ends_cleanly_at_end_of_input_mid_card(
    db: str, deck_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--db", db, "import", str(deck_file))
    code, out = run(capsys, "--db", db, "review", "--plain", "--deck", "sample", stdin="Paris\n")
    assert code == 0
    assert "answered 0" in out
    assert reviews(db) == []  # the answer was never rated, so nothing was recorded


def test_plain_review_commands(
    db: str, deck_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--db", db, "import", str(deck_file))
    script = "Paris\n3\n:undo\n:flag outdated the capital moved\nParis\n\n:bury\n:quit\n"
    code, out = run(capsys, "--db", db, "review", "--plain", "--deck", "sample", stdin=script)
    assert code == 0
    assert "took back your answer to: What is the capital of France?" in out
    assert "flagged as outdated" in out
    assert "buried until tomorrow" in out
    # Enter accepted the suggestion: Easy, since the answer came within seconds
    assert reviews(db) == [{"rating": 4, "answer": "Paris", "verdict": "correct", "is_cram": 0}]
    with Store.open(db) as store:
        assert [(f.reason, f.note) for f in store.flags()] == [("outdated", "the capital moved")]


def test_plain_cram_leaves_the_schedule_alone(
    db: str, deck_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "--db", db, "import", str(deck_file))
    before = run_json(capsys, "--db", db, "due", "--deck", "sample", "--json")
    code, out = run(
        capsys, "--db", db, "review", "--plain", "--cram", "--deck", "sample", stdin="Paris\n\n"
    )
    assert code == 0
    assert "(cram: schedule unchanged)" in out
    assert run_json(capsys, "--db", db, "due", "--deck", "sample", "--json") == before
    assert reviews(db)[0]["is_cram"] == 1


def test_database_from_the_environment(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    env_db = tmp_path / "from-env.db"
    monkeypatch.setenv("NEWSQUIZ_DB", str(env_db))
    assert run(capsys, "profiles", "add", "ann")[0] == 0
    assert env_db.exists()
    other = tmp_path / "explicit.db"
    assert run(capsys, "--db", str(other), "profiles", "add", "bo")[0] == 0
    assert run_json(capsys, "profiles", "--json")[0]["name"] == "ann"


def test_review_without_a_terminal_points_to_plain(
    db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, "--db", db, "review")  # stdin is not a terminal here
    assert (code, "needs a terminal" in out, "--plain" in out) == (2, True, True)


def test_unknown_profile_is_bad_input(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "--db", db, "due", "--profile", "nobody")
    assert (code, "no profile named 'nobody'" in out) == (2, True)


def test_plain_review_grades_leniently_and_explains_rejects(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "g20.yaml"
    deck.write_text(
        "deck: g20\ntitle: G20\nlanguage: uk\ncards:\n"
        "  - id: host\n    question: Де відбудеться саміт G20 2026 року?\n    answer: Маямі\n"
        "    reject: [{answer: Нью-Йорк, why: Саміт 2026 року — у Маямі}]\n"
        "  - id: who\n    question: Хто запросив лідерів на саміт?\n    answer: Дональд Трамп\n",
        encoding="utf-8",
    )
    run(capsys, "--db", db, "import", str(deck))
    answers = "\n".join(["в Маямі", "3", "Трампа", "3"])
    code, out = run(capsys, "--db", db, "review", "--plain", "--deck", "g20", stdin=answers)
    assert code == 0
    assert [r["verdict"] for r in reviews(db)] == ["correct", "correct"]
    answers = "\n".join([":undo", "Нью-Йорк", "1"])
    code, out = run(capsys, "--db", db, "review", "--plain", "--deck", "g20", stdin=answers)
    assert "Саміт 2026 року — у Маямі" in out
