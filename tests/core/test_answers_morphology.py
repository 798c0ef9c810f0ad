"""The word knowledge answer checking relies on: known-word tests and English lemmas."""

from __future__ import annotations

import pytest

from newsquiz.core.morphology import (
    PROPER,
    EnglishMorphology,
    PlainMorphology,
    PymorphyMorphology,
    morphology_for,
)


def test_english_gets_its_own_analyser() -> None:
    assert isinstance(morphology_for("en"), EnglishMorphology)
    assert isinstance(morphology_for("uk"), PymorphyMorphology)


def test_language_without_dictionary_knows_no_words() -> None:
    plain = morphology_for("xx")
    assert isinstance(plain, PlainMorphology)
    assert not plain.is_known("маямі")


@pytest.mark.parametrize(
    ("word", "known"),
    [("іран", True), ("маямі", True), ("токаєва", True), ("маямы", False), ("парламнет", False)],
)
def test_ukrainian_known_words(word: str, known: bool) -> None:
    assert morphology_for("uk").is_known(word) is known


@pytest.mark.parametrize(
    ("word", "known"),
    [
        ("iran", True),
        ("slovenia", True),
        ("wale", True),
        ("kazakstan", False),
        ("goverment", False),
    ],
)
def test_english_known_words_include_names(word: str, known: bool) -> None:
    assert morphology_for("en").is_known(word) is known


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("cities", "city"), ("women", "woman"), ("elected", "elect"), ("tariffs", "tariff")],
)
def test_english_lemmas(word: str, lemma: str) -> None:
    assert morphology_for("en").lemmas(word) == frozenset({lemma})


def test_english_names_are_tagged_proper() -> None:
    english = morphology_for("en")
    assert PROPER in english.analyses("Donald")[0].tags
    assert PROPER not in english.analyses("new")[0].tags
