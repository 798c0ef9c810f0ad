"""Ranking by salience, and de-duplication so that each fact yields one card.

A teacher asks first about the lead: who did what, where, how many. So a fact scores for where
its sentence stands, for what kind of answer it has (named outcomes and numbers over background),
for how often its entity recurs, and for the quality the language module judged in its question.
"""

from __future__ import annotations

import re

from newsquiz.generate.facts import Fact
from newsquiz.generate.mentions import NUMBERS, Kind

_OTHER_NUMBER = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?")

KIND_WEIGHTS: dict[Kind, float] = {
    Kind.PERSON: 3.0,
    Kind.COUNTRY: 2.4,
    Kind.CITY: 2.6,
    Kind.PLACE: 2.5,
    Kind.REGION: 2.0,
    Kind.ORG: 2.2,
    Kind.WORK: 2.0,
    Kind.NAME: 1.4,
    Kind.COUNT: 2.3,
    Kind.PERCENT: 2.4,
    Kind.MONEY: 2.5,
    Kind.MEASURE: 2.2,
    Kind.MAGNITUDE: 2.6,
    Kind.SCORE: 2.0,
    Kind.DATE: 2.0,
    Kind.YEAR: 1.5,
    Kind.ORDINAL: 2.0,
    Kind.CENTURY: 1.6,
}

MAX_PER_SENTENCE = 3
MAX_PER_ANSWER = 1
LIST_DECAY = 0.9
"""Each further item of a winners' list scores this much less than the one before, so that a
long list does not push the lead's outcome facts (the top film's award count) out of the
first cards."""


def score_fact(fact: Fact) -> float:
    score = KIND_WEIGHTS.get(fact.mention.kind, 1.0)
    index = fact.sentence.index
    score += max(0.0, 2.0 - 0.4 * index)
    if fact.sentence.paragraph == 0:
        score += 0.5
    score += 0.4 * min(fact.repeats - 1, 3)
    if fact.question is None:
        score -= 3.5
    else:
        score += fact.question.bonus
    if (
        fact.question is not None
        and fact.mention.kind in NUMBERS
        and _OTHER_NUMBER.search(fact.question.text)
    ):
        score -= 2.0  # another number in the question blurs which one is asked for
    if fact.mention.kind is Kind.COUNT and not fact.mention.noun:
        score -= 1.0
    if fact.mention.plural:
        score += 0.3
    if fact.mention.kind is Kind.YEAR and fact.mention.prep in ("на", "за", "for"):
        score -= 2.5  # "бюджет на 2026 рік": a label, not a fact
    if fact.sentence.is_list_item:
        score += 1.5  # a list under a heading: results, winners
    return round(score, 3)


def rank_facts(facts: list[Fact]) -> list[tuple[Fact, float]]:
    """Best first; one card per answer, at most a few per sentence."""
    scored = _decay_list_items([(fact, score_fact(fact)) for fact in facts])
    scored.sort(key=lambda pair: (-pair[1], pair[0].sentence.index, pair[0].mention.start))
    per_sentence: dict[int, int] = {}
    per_answer: dict[str, int] = {}
    chosen: list[tuple[Fact, float]] = []
    for fact, score in scored:
        answer = fact.mention.base.casefold()
        if per_answer.get(answer, 0) >= MAX_PER_ANSWER:
            continue
        limit = MAX_PER_SENTENCE + (1 if fact.sentence.index == 0 else 0)
        if per_sentence.get(fact.sentence.index, 0) >= limit:
            continue
        per_answer[answer] = per_answer.get(answer, 0) + 1
        per_sentence[fact.sentence.index] = per_sentence.get(fact.sentence.index, 0) + 1
        chosen.append((fact, score))
    return chosen


def _decay_list_items(scored: list[tuple[Fact, float]]) -> list[tuple[Fact, float]]:
    """The k-th best list item (counting one per item) loses k × LIST_DECAY."""
    best: dict[int, float] = {}
    for fact, score in scored:
        if fact.sentence.is_list_item and fact.question is not None:
            best[fact.sentence.index] = max(best.get(fact.sentence.index, score), score)
    order = sorted(best, key=lambda index: (-best[index], index))
    rank = {index: position for position, index in enumerate(order)}
    return [
        (fact, round(score - LIST_DECAY * rank.get(fact.sentence.index, 0), 3))
        for fact, score in scored
    ]
