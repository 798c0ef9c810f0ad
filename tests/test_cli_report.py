"""`newsquiz report` on the fixed class: the files it writes, JSON, sources and bad input."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from newsquiz.cli import main
from tests.classroom import build_class


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_class(tmp_path_factory.mktemp("class"))


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_report_writes_three_files_merging_two_databases(
    databases: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = databases
    out = tmp_path / "report"
    code, text = run(
        capsys,
        "report",
        "--db",
        str(first),
        "--from",
        str(second),
        "--at",
        "2026-03-04T09:00",
        "-o",
        str(out),
    )
    assert code == 0, text
    assert "5 students, 3 cards, 1 behind" in text
    students = read_csv(out / "students.csv")
    assert len(students) == 15
    assert {r["student"] for r in students} == {"ann #1", "ann #2", "bob", "cy", "dan"}
    bob_capital = next(r for r in students if r["student"] == "bob" and r["card"] == "capital")
    assert bob_capital["attempts"] == "2"
    assert bob_capital["first_attempt_correct"] == "no"
    assert bob_capital["last_verdict"] == "correct"
    assert bob_capital["last_answered"] == "2026-03-02T08:10:00Z"
    assert bob_capital["mastered"] == "no"
    items = {r["card"]: r for r in read_csv(out / "items.csv")}
    assert items["host"]["wrong_answers"] == "London (3)"
    assert items["host"]["first_attempt_accuracy"] == "0.000"
    assert items["capital"]["first_attempt_accuracy"] == "0.750"
    assert items["capital"]["students_attempted"] == "4"
    assert (items["host"]["file"], items["host"]["line"]) == ("decks/civics.yaml", "8")
    summary = (out / "summary.md").read_text(encoding="utf-8")
    assert "- **cy**: attempted 0 cards; the median student 2" in summary
    assert "| civics | host | Which city hosts the 2026 G20? | 0% of 3 | London (3) |" in summary


def test_report_json_and_deck_filter(
    databases: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = run(capsys, "report", "--db", str(databases[0]), "--deck", "civics", "--json")
    assert code == 0, text
    data: dict[str, Any] = json.loads(text)
    assert [s["name"] for s in data["students"]] == ["ann", "bob", "cy"]
    host = next(i for i in data["items"] if i["card"] == "host")
    assert host["wrong_answers"] == [{"answer": "London", "count": 2, "students": 2}]
    assert data["decks"] == ["civics"]


def test_report_since_counts_later_answers_only(
    databases: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    code, text = run(capsys, "report", "--db", str(databases[0]), "--since", "2026-03-03", "--json")
    assert code == 0, text
    answers = {s["name"]: s["answers"] for s in json.loads(text)["students"]}
    assert answers == {"ann": 0, "bob": 1, "cy": 0}


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--deck", "nope", "--json"], "no such deck: nope"),
        (["--from", "missing.db", "--json"], "no such file: missing.db"),
        ([], "-o DIR"),
    ],
    ids=["unknown deck", "missing source", "no output"],
)
def test_report_bad_input_exits_2(
    databases: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    code, text = run(capsys, "report", "--db", str(databases[0]), *extra)
    assert code == 2
    assert message in text


def test_report_refuses_a_file_that_is_neither(
    databases: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "notes.txt"
    junk.write_text("hello\n", encoding="utf-8")
    code, text = run(capsys, "report", "--db", str(databases[0]), "--from", str(junk), "--json")
    assert code == 2
    assert "not JSON" in text
