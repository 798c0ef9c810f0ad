"""The command line: exit codes 0/1/2, readable and JSON reports, help for every command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsquiz import __version__
from newsquiz.cli import build_parser, main

REPO = Path(__file__).parents[1]
BAD_DECKS = REPO / "tests" / "fixtures" / "bad_decks"

GOOD = """\
deck: sample
title: Sample
language: en
cards:
  - {id: a, question: Where is the Louvre?, answer: Paris}
"""


def subcommands() -> list[str]:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return sorted(action.choices)  # type: ignore[arg-type]


def test_check_bundled_decks_passes_with_a_line_per_deck(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", str(REPO / "decks")]) == 0
    out = capsys.readouterr().out.splitlines()
    assert sum(": ok: " in line for line in out) == len(list((REPO / "decks").glob("*.yaml")))
    assert out[-1].endswith("valid")


def test_check_without_paths_checks_the_bundled_decks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check"]) == 0
    assert "g20-2026-central-asia" in capsys.readouterr().out


def test_check_bad_folder_exits_2_and_groups_problems_by_file(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["check", str(BAD_DECKS)]) == 2
    out = capsys.readouterr().out
    assert f"{BAD_DECKS / 'choice-too-few.yaml'}: 1 problem\n" in out
    assert f"  {BAD_DECKS / 'choice-too-few.yaml'}:9:14: cards[0].choices:" in out
    assert "0 valid" in out.splitlines()[-1]


def test_check_json_has_one_object_per_problem(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", str(BAD_DECKS / "many-problems.yaml")]) == 2
    problems = json.loads(capsys.readouterr().out)
    assert len(problems) == 4
    assert problems[0] == {
        "file": str(BAD_DECKS / "many-problems.yaml"),
        "line": 2,
        "column": 8,
        "path": "title",
        "message": "must not be empty",
    }


def test_check_json_of_valid_decks_is_an_empty_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", str(REPO / "decks")]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_check_missing_file_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path / "nope.yaml")]) == 2
    assert "no such file" in capsys.readouterr().out


def test_check_folder_without_decks_is_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", str(tmp_path)]) == 2
    assert "no *.yaml or *.yml deck files" in capsys.readouterr().out


def test_check_walks_folders_recursively_and_skips_hidden(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.yml").write_text(GOOD, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "broken.yaml").write_text("[", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a deck", encoding="utf-8")
    assert main(["check", str(tmp_path)]) == 0
    assert "a.yml: ok: sample" in capsys.readouterr().out


def test_fifty_megabyte_file_is_refused_fast(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    assert main(["check", str(huge)]) == 2
    assert "file is 50.0 MiB; a deck may be at most 16 MiB" in capsys.readouterr().out


def test_internal_failure_exits_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def explode(*_: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("newsquiz.commands.check.read_deck_file", explode)
    assert main(["check", str(REPO / "decks")]) == 1
    assert "internal error: RuntimeError: disk on fire" in capsys.readouterr().err


@pytest.mark.parametrize("command", subcommands())
def test_every_subcommand_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    assert len(capsys.readouterr().out) > 80


def test_every_subcommand_is_in_the_readme() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    missing = [c for c in subcommands() if f"newsquiz {c}" not in readme]
    assert missing == []


def test_version_and_module_entry_point() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "newsquiz", "--version"], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == f"newsquiz {__version__}"


def test_unknown_option_is_bad_input(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["check", "--no-such-option"])
    assert done.value.code == 2
