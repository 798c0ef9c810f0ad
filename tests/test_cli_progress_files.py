"""`newsquiz export-progress` and reading progress files back into reports: the same student is
counted once however many times their progress is handed in; two students never mix."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsquiz.cli import main
from newsquiz.core.progress_files import ProgressFileError, parse_progress_file
from tests.classroom import build_class


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build_class(tmp_path_factory.mktemp("class"))


def export(db: Path, profile: str, out: Path) -> Path:
    assert main(["export-progress", "--db", str(db), "--profile", profile, "-o", str(out)]) == 0
    return out


def report(capsys: pytest.CaptureFixture[str], db: Path, *sources: Path) -> dict[str, Any]:
    argv = ["report", "--db", str(db), "--json", "--at", "2026-03-04T09:00"]
    for source in sources:
        argv += ["--from", str(source)]
    capsys.readouterr()
    assert main(argv) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_progress_file_has_header_cards_states_and_reviews(
    databases: tuple[Path, Path], tmp_path: Path
) -> None:
    path = export(databases[0], "bob", tmp_path / "bob.jsonl")
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    header = lines[0]
    assert header["format"] == "newsquiz-progress"
    assert header["version"] == 1
    assert header["student"]["name"] == "bob"
    assert len(header["student"]["key"]) == 20
    assert header["exported_at"].endswith("Z")
    kinds = [line.get("type") for line in lines[1:]]
    assert kinds == ["card"] * 3 + ["state"] * 3 + ["review"] * 5
    first_review = lines[7]
    assert first_review == {
        "type": "review",
        "deck": "civics",
        "card": "capital",
        "at": "2026-03-02T08:00:00.000Z",
        "rating": 1,
        "answer": "Lyon",
        "verdict": "wrong",
        "duration_ms": 4000,
        "cram": False,
    }
    assert not any("card_id" in line or "id" in line for line in lines[1:])
    parsed = parse_progress_file(path.read_text(encoding="utf-8"), "bob.jsonl")
    assert (parsed.name, len(parsed.answers), len(parsed.states)) == ("bob", 5, 3)


def test_export_twice_gives_the_same_student_key_and_new_export_ids(
    databases: tuple[Path, Path], tmp_path: Path
) -> None:
    one = export(databases[0], "ann", tmp_path / "one.jsonl")
    two = export(databases[0], "ann", tmp_path / "two.jsonl")
    h1 = json.loads(one.read_text(encoding="utf-8").splitlines()[0])
    h2 = json.loads(two.read_text(encoding="utf-8").splitlines()[0])
    assert h1["student"] == h2["student"]
    assert h1["export_id"] != h2["export_id"]


def test_handing_in_the_same_progress_twice_counts_it_once(
    databases: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = databases[0]
    ann = export(first, "ann", tmp_path / "ann.jsonl")
    ann_again = export(first, "ann", tmp_path / "ann-again.jsonl")
    data = report(capsys, first, ann, ann_again)
    answers = {s["name"]: s["answers"] for s in data["students"]}
    assert answers == {"ann": 4, "bob": 5, "cy": 0}


def test_two_students_named_ann_in_files_stay_apart(
    databases: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A teacher database with no students, plus the two anns' files and dan's."""
    first, second = databases
    teacher = tmp_path / "teacher.db"
    files = [
        export(first, "ann", tmp_path / "ann1.jsonl"),
        export(second, "ann", tmp_path / "ann2.jsonl"),
        export(second, "dan", tmp_path / "dan.jsonl"),
    ]
    data = report(capsys, teacher, *files)
    figures = {s["name"]: (s["answers"], s["attempted"]) for s in data["students"]}
    assert figures == {"ann #1": (4, 2), "ann #2": (2, 2), "dan": (2, 2)}
    capital = next(i for i in data["items"] if i["card"] == "capital")
    assert capital["question"] == "Capital of France?"  # the cards came from the files
    assert (capital["students_attempted"], capital["first_attempt_correct"]) == (3, 3)


def test_a_file_and_its_own_database_are_one_student(
    databases: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = databases
    dan = export(second, "dan", tmp_path / "dan.jsonl")
    data = report(capsys, first, second, dan)
    names = [s["name"] for s in data["students"]]
    assert names == ["ann #1", "ann #2", "bob", "cy", "dan"]
    assert next(s for s in data["students"] if s["name"] == "dan")["answers"] == 2


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty file"),
        ('{"format": "other"}\n', "not a newsquiz progress file"),
        ('{"format": "newsquiz-progress", "version": 9}\n', "version 9"),
        (
            '{"format": "newsquiz-progress", "version": 1, "student": {"name": "a", "key": "k"},'
            ' "exported_at": "2026-03-02T08:00:00Z"}\n{"type": "review", "deck": "d", "card": "c",'
            ' "at": "2026-03-02T08:00:00Z", "rating": 7}\n',
            "line 2: rating must be 1-4",
        ),
        (
            '{"format": "newsquiz-progress", "version": 1, "student": {"name": "a", "key": "k"},'
            ' "exported_at": "2026-03-02T08:00:00"}\n',
            "has no time zone",
        ),
    ],
    ids=["empty", "foreign", "newer", "bad rating", "naive time"],
)
def test_bad_progress_files_are_refused_with_the_line(text: str, message: str) -> None:
    with pytest.raises(ProgressFileError, match=message):
        parse_progress_file(text, "x.jsonl")


def test_export_unknown_profile_is_bad_input(
    databases: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.jsonl"
    assert (
        main(["export-progress", "--db", str(databases[0]), "--profile", "zed", "-o", str(out)])
        == 2
    )
    assert "no profile named 'zed'" in capsys.readouterr().err
