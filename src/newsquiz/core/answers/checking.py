"""`check_answer`: one card, one typed answer, one verdict.

The order of tests encodes the policy: an expected answer typed exactly always wins; a `reject`
entry, in any form, beats every leniency (so a teacher can refuse `Токаєв` alone for a full name);
then lenient matches of expected answers; a typo of an expected answer is `close`, and a typo of
a rejected one is still wrong, with the author's explanation.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from newsquiz.core.answers.diff import char_diff
from newsquiz.core.answers.matching import NO_MATCH, Level, Match, Matcher
from newsquiz.core.answers.verdicts import (
    DiffKind,
    DiffSegment,
    Outcome,
    RatingThresholds,
    Rule,
    Verdict,
    suggest_rating,
)
from newsquiz.core.cards import Card, ChoiceCard, ClozeCard, Reject
from newsquiz.core.morphology import Morphology, morphology_for
from newsquiz.core.text import normalise

DEFAULT_THRESHOLDS = RatingThresholds()
GAP_SEPARATORS = (";", "\n")
"""How one string holds the answers to several cloze gaps (`2026; Маямі`)."""


_MATCHERS: dict[tuple[str, int], tuple[Morphology | None, Matcher]] = {}
"""Matchers by language and analyser; the analyser is held too, so its `id` stays its own."""
MAX_MATCHERS = 16


def matcher_for(language: str, morphology: Morphology | None = None) -> Matcher:
    """The shared matcher (and its caches) for a language, or for a given analyser (a test fake)."""
    key = (language, id(morphology))
    found = _MATCHERS.get(key)
    if found is None:
        matcher = Matcher(
            morphology if morphology is not None else morphology_for(language), language
        )
        if len(_MATCHERS) >= MAX_MATCHERS:
            _MATCHERS.clear()
        _MATCHERS[key] = found = (morphology, matcher)
    return found[1]


def _nearest(typed: str, alternatives: Sequence[str]) -> str:
    key = normalise(typed)
    return min(alternatives, key=lambda alt: Levenshtein.normalized_distance(key, normalise(alt)))


def _best_of(matcher: Matcher, typed: str, texts: Sequence[str]) -> tuple[Match, int]:
    parsed = matcher.parse(typed)
    best, where = NO_MATCH, -1
    for i, text in enumerate(texts):
        match = matcher.match(parsed, matcher.parse(text))
        if match.level > best.level:
            best, where = match, i
            if best.level is Level.EXACT:
                break
    return best, where


def check_text(
    expected: Sequence[str],
    typed: str,
    language: str,
    *,
    reject: Sequence[Reject] = (),
    morphology: Morphology | None = None,
    elapsed_seconds: float | None = None,
    thresholds: RatingThresholds = DEFAULT_THRESHOLDS,
) -> Verdict:
    """Check a typed answer against alternatives (the first is canonical), free of any card."""
    if not expected:
        raise ValueError("check_text needs at least one expected answer")

    def verdict(
        outcome: Outcome,
        target: str | None = None,
        rules: frozenset[Rule] = frozenset(),
        why: str | None = None,
    ) -> Verdict:
        return Verdict(
            outcome=outcome,
            matched=target,
            diff=char_diff(typed, target or _nearest(typed, expected)),
            suggested_rating=suggest_rating(outcome, elapsed_seconds, thresholds),
            reject_why=why,
            rules=(rules or frozenset({Rule.EXACT})) if target else frozenset(),
        )

    key = normalise(typed)
    if not key:
        return verdict(Outcome.WRONG)
    for alt in expected:
        if normalise(alt) == key:
            return verdict(Outcome.CORRECT, alt, frozenset({Rule.EXACT}))
    for rejected in reject:
        if normalise(rejected.answer) == key:
            return verdict(Outcome.WRONG, why=rejected.why)
    matcher = matcher_for(language, morphology)
    rejected_match, rejected_where = _best_of(matcher, typed, [r.answer for r in reject])
    if rejected_match.level is Level.EXACT:
        return verdict(Outcome.WRONG, why=reject[rejected_where].why)
    match, where = _best_of(matcher, typed, expected)
    if match.level is Level.EXACT:
        return verdict(Outcome.CORRECT, expected[where], match.rules)
    if match.level is Level.CLOSE:
        return verdict(Outcome.CLOSE, expected[where], match.rules)
    if rejected_match.level is Level.CLOSE:
        return verdict(Outcome.WRONG, why=reject[rejected_where].why)
    return verdict(Outcome.WRONG)


def _gap_answers(typed: str | Sequence[str], count: int) -> list[str]:
    if isinstance(typed, str):
        parts = [typed]
        if count > 1:
            for separator in GAP_SEPARATORS:
                if separator in typed:
                    parts = typed.split(separator)
                    break
    else:
        parts = list(typed)
    return (parts + [""] * count)[:count]


def check_answer(
    card: Card,
    typed: str | Sequence[str],
    *,
    language: str = "uk",
    morphology: Morphology | None = None,
    elapsed_seconds: float | None = None,
    thresholds: RatingThresholds = DEFAULT_THRESHOLDS,
) -> Verdict:
    """The verdict on a typed answer to a card of a deck in `language`.

    Choice cards take the chosen option's text. Cloze cards take one string per gap, or one
    string with the gap answers separated by `;` (or new lines).
    """
    if isinstance(card, ChoiceCard):
        chosen = typed if isinstance(typed, str) else "; ".join(typed)
        return _check_choice(card, chosen, elapsed_seconds, thresholds)
    if isinstance(card, ClozeCard):
        answers = _gap_answers(typed, len(card.gaps))
        gaps = tuple(
            check_text(
                gap.answers,
                answer,
                language,
                reject=card.reject,
                morphology=morphology,
                elapsed_seconds=elapsed_seconds,
                thresholds=thresholds,
            )
            for gap, answer in zip(card.gaps, answers, strict=True)
        )
        return _combine_gaps(gaps, elapsed_seconds, thresholds)
    text = typed if isinstance(typed, str) else "; ".join(typed)
    return check_text(
        (card.answer, *card.accept),
        text,
        language,
        reject=card.reject,
        morphology=morphology,
        elapsed_seconds=elapsed_seconds,
        thresholds=thresholds,
    )


def _check_choice(
    card: ChoiceCard, chosen: str, elapsed_seconds: float | None, thresholds: RatingThresholds
) -> Verdict:
    key = normalise(chosen)
    correct = key == normalise(card.answer)
    outcome = Outcome.CORRECT if correct else Outcome.WRONG
    why = None
    if not correct:
        why = next((r.why for r in card.reject if normalise(r.answer) == key), None)
    return Verdict(
        outcome=outcome,
        matched=card.answer if correct else None,
        diff=(),
        suggested_rating=suggest_rating(outcome, elapsed_seconds, thresholds),
        reject_why=why,
        rules=frozenset({Rule.EXACT}) if correct else frozenset(),
    )


def _combine_gaps(
    gaps: tuple[Verdict, ...], elapsed_seconds: float | None, thresholds: RatingThresholds
) -> Verdict:
    outcomes = {gap.outcome for gap in gaps}
    if Outcome.WRONG in outcomes:
        outcome = Outcome.WRONG
    elif Outcome.CLOSE in outcomes:
        outcome = Outcome.CLOSE
    else:
        outcome = Outcome.CORRECT
    diff: list[DiffSegment] = []
    for i, gap in enumerate(gaps):
        if i:
            diff.append(DiffSegment(DiffKind.EQUAL, "; "))
        diff.extend(gap.diff)
    matched = [gap.matched for gap in gaps]
    return Verdict(
        outcome=outcome,
        matched=None if None in matched else "; ".join(m for m in matched if m is not None),
        diff=tuple(diff),
        suggested_rating=suggest_rating(outcome, elapsed_seconds, thresholds),
        reject_why=next((gap.reject_why for gap in gaps if gap.reject_why), None),
        rules=frozenset().union(*(gap.rules for gap in gaps)),
        gaps=gaps,
    )
