"""`newsquiz flags` on a database where several learners flagged cards."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.store import Store
from tests.classroom import T0, Clock, build_database


@pytest.fixture
def flagged(tmp_path: Path) -> Path:
    path = tmp_path / "class.db"
    build_database(path, ["ann", "bob", "cy"], [])
    clock = Clock(T0 + timedelta(days=1))
    with Store.open(path, clock=clock) as store:
        ann, bob, cy = (store.profile(name) for name in ("ann", "bob", "cy"))
        assert ann is not None
        assert bob is not None
        assert cy is not None
        host = store.find_card("civics", "host")
        store.flag_card(ann, host, "outdated", "the summit moved")
        clock.now += timedelta(hours=1)
        store.flag_card(bob, host, "wrong", "")
        store.flag_card(cy, store.find_card("civics", "capital"), "wrong", "typo in question")
    return path


def test_flags_lists_file_line_learner_and_note(
    flagged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["flags", "--db", str(flagged)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "decks/civics.yaml:5: civics/capital flagged wrong by cy on 2026-03-03T09:00:00Z: "
        "typo in question",
        "    Capital of France?",
        "decks/civics.yaml:8: civics/host flagged outdated by ann on 2026-03-03T08:00:00Z: "
        "the summit moved",
        "    Which city hosts the 2026 G20?",
        "decks/civics.yaml:8: civics/host flagged wrong by bob on 2026-03-03T09:00:00Z",
        "    Which city hosts the 2026 G20?",
        "3 open flags on 2 cards",
    ]


def test_flags_json_for_one_deck(flagged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["flags", "--db", str(flagged), "--deck", "civics", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(f["learner"], f["card"], f["reason"], f["line"]) for f in data] == [
        ("cy", "capital", "wrong", 5),
        ("ann", "host", "outdated", 8),
        ("bob", "host", "wrong", 8),
    ]
    assert data[1]["file"] == "decks/civics.yaml"
    assert data[1]["note"] == "the summit moved"
    assert data[1]["flagged_at"] == "2026-03-03T08:00:00Z"


def test_flags_on_a_deck_without_flags_and_unknown_deck(
    flagged: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["flags", "--db", str(flagged), "--deck", "g20-2026-central-asia"]) == 0
    assert capsys.readouterr().out == "no open flags\n"
    assert main(["flags", "--db", str(flagged), "--deck", "nope"]) == 2
    assert "no such deck: nope" in capsys.readouterr().err
