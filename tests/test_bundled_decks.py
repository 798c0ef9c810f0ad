"""Shipped decks: valid, found from a checkout and in a wheel, and true to their sources."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from newsquiz.core.cards import CardType
from newsquiz.deck_files import find_deck_files, read_deck_file
from newsquiz.paths import bundled_decks_dir

REPO = Path(__file__).parents[1]
SEED_ARTICLE = REPO.parent / "shared" / "articles" / "g20-miami-2025-12-23.uk.txt"


def test_bundled_decks_dir_finds_the_checkout_decks() -> None:
    assert bundled_decks_dir().resolve() == (REPO / "decks").resolve()


def test_bundled_decks_are_valid_and_use_every_card_type() -> None:
    decks = [read_deck_file(path) for path in find_deck_files([bundled_decks_dir()])]
    assert len(decks) >= 2
    assert {deck.language for deck in decks} >= {"uk", "en"}
    for deck in decks:
        assert {card.type for card in deck.cards} == set(CardType), deck.slug
        assert all(card.evidence for card in deck.cards), deck.slug


def test_g20_deck_evidence_is_verbatim_from_the_seed_article() -> None:
    if not SEED_ARTICLE.exists():
        pytest.skip("the shared seed article is not beside this checkout")
    article = " ".join(SEED_ARTICLE.read_text(encoding="utf-8").split())
    deck = read_deck_file(REPO / "decks" / "g20-2026.uk.yaml")
    assert 10 <= len(deck.cards) <= 14
    for card in deck.cards:
        assert card.evidence is not None
        assert card.evidence in article, card.id


def test_wheel_ships_the_bundled_decks(tmp_path: Path) -> None:
    """Built without network: hatchling comes from the test environment, not a build sandbox."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path), str(REPO)],
        check=True,
        capture_output=True,
    )  # fmt: skip
    (wheel,) = tmp_path.glob("newsquiz-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    shipped = {n.removeprefix("newsquiz/decks/") for n in names if n.startswith("newsquiz/decks/")}
    assert shipped == {p.name for p in (REPO / "decks").glob("*.yaml")}
    assert "newsquiz/locale/uk/LC_MESSAGES/newsquiz.mo" in names  # the interface in Ukrainian
