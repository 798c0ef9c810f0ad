"""`newsquiz answer-check`: readable and JSON verdicts, exit 0 whatever the verdict, 2 on misuse."""

from __future__ import annotations

import json

import pytest

from newsquiz.cli import main


def test_close_verdict_is_printed_readably(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["answer-check", "Маямі", "Маямы"]) == 0
    out = capsys.readouterr().out
    assert "verdict: close" in out
    assert "matched: Маямі" in out
    assert "Маям[-ы+і]" in out
    assert "rating:  2 (Hard)" in out


def test_wrong_verdict_exits_zero_and_shows_reject_reason(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = main(["answer-check", "Маямі", "у Нью-Йорку", "--reject", "Нью-Йорк=Саміт — у Маямі"])
    out = capsys.readouterr().out
    assert code == 0
    assert "verdict: wrong" in out
    assert "why not: Саміт — у Маямі" in out
    assert "rating:  1 (Again)" in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["answer-check", "Дональд Трамп", "trump", "--accept", "Donald Trump", "--json"]
    assert main([*argv, "--lang", "uk", "--seconds", "2"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["outcome"] == "correct"
    assert data["matched"] == "Donald Trump"
    assert data["rules"] == ["surname"]
    assert data["suggested_rating"] == 4


def test_english_language_option(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["answer-check", "1500", "1,500", "--lang", "en"]) == 0
    assert "verdict: correct" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["answer-check", "Маямі", "Маямі", "--reject", "no reason given"],
        ["answer-check", "Маямі", "Маямі", "--lang", "Ukrainian!"],
        ["answer-check", " ", "Маямі"],
    ],
    ids=["reject without why", "bad language", "empty expected"],
)
def test_bad_usage_exits_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    assert "answer-check" in capsys.readouterr().err


def test_missing_argument_exits_2() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["answer-check", "Маямі"])
    assert exit_info.value.code == 2
