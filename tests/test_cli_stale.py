"""`newsquiz stale` on a real database with several learners (dates relative to today)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.core.cards import BasicCard, Deck
from newsquiz.store import Store

TODAY = datetime.now(UTC).date()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "class.db"
    deck = Deck(
        slug="news",
        title="News",
        language="en",
        origin="decks/news.yaml",
        cards=(
            BasicCard(
                id="gone", question="Past fact?", answer="a", valid_until=date(2020, 1, 1), line=5
            ),
            BasicCard(
                id="soon",
                question="Soon fact?",
                answer="b",
                valid_until=TODAY + timedelta(days=3),
                line=8,
            ),
            BasicCard(id="fresh", question="Fresh fact?", answer="c", line=11),
        ),
    )
    with Store.open(path) as store:
        store.import_deck(deck)
        store.create_profile("ann")
        store.create_profile("bob")
    return path


def test_stale_lists_outdated_cards_with_file_and_line(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["stale", "--db", str(db), "--deck", "news"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        "decks/news.yaml:5: news/gone outdated since 2020-01-01 (valid_until)",
        "    Past fact? — a",
        "1 outdated, 0 expiring soon",
    ]


def test_stale_within_days_and_json(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stale", "--db", str(db), "--deck", "news", "--within", "10", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [(c["card"], c["outdated"], c["line"]) for c in data] == [
        ("gone", True, 5),
        ("soon", False, 8),
    ]


def test_outdated_card_is_not_offered_to_any_learner(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for learner in ("ann", "bob"):
        assert main(["due", "--db", str(db), "--profile", learner, "--deck", "news", "--json"]) == 0
        assert json.loads(capsys.readouterr().out)["new"] == 2


def test_stale_unknown_deck_is_bad_input(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stale", "--db", str(db), "--deck", "nope"]) == 2
    assert "no such deck" in capsys.readouterr().err
