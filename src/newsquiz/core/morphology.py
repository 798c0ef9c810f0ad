"""Word analysis behind one small interface, so answer checking and the generator share it.

`pymorphy3` (with `pymorphy3-dicts-uk`) is loaded lazily, once per language, on first use: importing
`newsquiz.core` stays cheap, and tests can pass a fake `Morphology` when they test logic, not words.
English has no pymorphy dictionary: `EnglishMorphology` lemmatises with `simplemma`, whose data
ships in its wheel (no download), also loaded on first use. Any other language without a
dictionary gets `PlainMorphology`, which treats every word as its own lemma.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol


@dataclass(frozen=True, slots=True)
class Analysis:
    """One reading of a word form: its lemma, grammemes (e.g. `NOUN`, `Surn`, `gent`) and weight."""

    lemma: str
    tags: frozenset[str]
    score: float


class Morphology(Protocol):
    def analyses(self, word: str) -> tuple[Analysis, ...]:
        """All readings of a word form, most likely first; never empty."""
        ...

    def lemmas(self, word: str) -> frozenset[str]:
        """Every lemma the word form may have, casefolded."""
        ...

    def inflect(self, word: str, tags: frozenset[str]) -> str | None:
        """The word's most likely reading put into the given grammemes (e.g. `{"nomn"}`)."""
        ...

    def is_known(self, word: str) -> bool:
        """Whether the dictionary holds this exact form, i.e. it is a real word and not a guess.

        Answer checking forgives a typo only when the typed form is *not* another real word.
        """
        ...


class PlainMorphology:
    """For languages without a dictionary: a word is its own lemma and cannot be inflected."""

    def analyses(self, word: str) -> tuple[Analysis, ...]:
        return (Analysis(word.casefold(), frozenset(), 1.0),)

    def lemmas(self, word: str) -> frozenset[str]:
        return frozenset({word.casefold()})

    def inflect(self, word: str, tags: frozenset[str]) -> str | None:
        return None

    def is_known(self, word: str) -> bool:
        return False


class PymorphyMorphology:
    """pymorphy3 analysis with a per-word cache: news vocabulary repeats a lot."""

    def __init__(self, analyzer: Any) -> None:
        self._analyzer = analyzer
        self._cache: dict[str, tuple[Any, ...]] = {}
        self._analyses: dict[str, tuple[Analysis, ...]] = {}
        self._known: dict[str, bool] = {}
        self._inflected: dict[tuple[str, frozenset[str]], str | None] = {}

    def _parses(self, word: str) -> tuple[Any, ...]:
        found = self._cache.get(word)
        if found is None:
            found = tuple(self._analyzer.parse(word))
            if len(self._cache) < 200_000:
                self._cache[word] = found
        return found

    def analyses(self, word: str) -> tuple[Analysis, ...]:
        found = self._analyses.get(word)
        if found is None:
            found = tuple(
                Analysis(p.normal_form.casefold(), frozenset(p.tag.grammemes), float(p.score))
                for p in self._parses(word)
            ) or (Analysis(word.casefold(), frozenset(), 1.0),)
            if len(self._analyses) < 200_000:
                self._analyses[word] = found
        return found

    def lemmas(self, word: str) -> frozenset[str]:
        return frozenset(a.lemma for a in self.analyses(word))

    def inflect(self, word: str, tags: frozenset[str]) -> str | None:
        key = (word, tags)
        if key in self._inflected:
            return self._inflected[key]
        parses = self._parses(word)
        if not parses:
            return None
        inflected = parses[0].inflect(set(tags))
        found = None if inflected is None else str(inflected.word)
        if len(self._inflected) < 200_000:
            self._inflected[key] = found
        return found

    def is_known(self, word: str) -> bool:
        found = self._known.get(word)
        if found is None:
            found = bool(self._analyzer.word_is_known(word))
            if len(self._known) < 200_000:
                self._known[word] = found
        return found


PROPER = "Prop"
"""The tag `EnglishMorphology` gives a word its dictionary knows as a name (`Iran`, `Donald`)."""


class EnglishMorphology:
    """English lemmas (plural, tense) and the known-word test, from simplemma's English data.

    simplemma was chosen over lemminflect (which needs numpy and knows no proper names) and over
    hand-written suffix rules: its dictionary also lists names of places and people, so `Iran` is
    recognised as a real word when someone types it for `Iraq`. It has no grammemes, so the only
    tag given is `Prop` for a word whose dictionary lemma is capitalised.
    """

    def __init__(self) -> None:
        import simplemma  # deferred: its English dictionary takes ~0.15 s to unpack

        self._simplemma = simplemma
        self._cache: dict[str, Analysis] = {}

    def _analysis(self, word: str) -> Analysis:
        found = self._cache.get(word)
        if found is None:
            lemma = self._simplemma.lemmatize(word, lang="en")
            tags = frozenset({PROPER}) if lemma[:1].isupper() else frozenset()
            found = Analysis(lemma.casefold(), tags, 1.0)
            if len(self._cache) < 200_000:
                self._cache[word] = found
        return found

    def analyses(self, word: str) -> tuple[Analysis, ...]:
        return (self._analysis(word.casefold()),)

    def lemmas(self, word: str) -> frozenset[str]:
        return frozenset({self._analysis(word.casefold()).lemma})

    def inflect(self, word: str, tags: frozenset[str]) -> str | None:
        return None

    def is_known(self, word: str) -> bool:
        return bool(self._simplemma.is_known(word.casefold(), lang="en"))


@cache
def morphology_for(language: str) -> Morphology:
    """The analyser for a language code (`uk`, `ru`, `en`); `PlainMorphology` when none exists."""
    if language == "en":
        try:
            return EnglishMorphology()
        except ImportError:
            return PlainMorphology()
    try:
        import pymorphy3  # deferred: ~0.2 s and ~30 MB, paid only when words are analysed

        return PymorphyMorphology(pymorphy3.MorphAnalyzer(lang=language))
    except (ImportError, ValueError, OSError, KeyError):
        return PlainMorphology()
