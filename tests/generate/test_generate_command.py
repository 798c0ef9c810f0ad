"""`newsquiz generate`: files, stdin, folders, exit codes."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.core.decks import parse_deck

TEXT = "date 2024-05-10\n\nMaria Lopez won the city marathon in Lisbon on Sunday.\n"


def test_article_file_to_deck_file(tmp_path: Path) -> None:
    source = tmp_path / "marathon.txt"
    source.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "deck.yaml"
    assert main(["generate", str(source), "-o", str(out)]) == 0
    deck = parse_deck(out.read_text(encoding="utf-8"))
    assert deck.slug == "marathon"
    assert deck.cards
    assert main(["check", str(out)]) == 0


def test_stdin_to_stdout(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(TEXT))
    assert main(["generate", "-", "--lang", "en", "--max-cards", "2"]) == 0
    deck = parse_deck(capsys.readouterr().out)
    assert 0 < len(deck.cards) <= 2


def test_one_deck_per_article_into_a_folder(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    out = tmp_path / "decks"
    out.mkdir()
    assert (
        main(["generate", str(tmp_path / "one.txt"), str(tmp_path / "two.txt"), "-o", str(out)])
        == 0
    )
    assert sorted(p.name for p in out.iterdir()) == ["one.yaml", "two.yaml"]


@pytest.mark.parametrize("content", ["", "   \n\n  \t"])
def test_empty_article_exits_2(
    tmp_path: Path, content: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "empty.txt"
    source.write_text(content, encoding="utf-8")
    assert main(["generate", str(source)]) == 2
    assert "empty" in capsys.readouterr().err


def test_missing_file_and_bad_types_exit_2(tmp_path: Path) -> None:
    assert main(["generate", str(tmp_path / "nope.txt")]) == 2
    source = tmp_path / "a.txt"
    source.write_text(TEXT, encoding="utf-8")
    assert main(["generate", str(source), "--types", "essay"]) == 2
