"""Ranking by salience, and de-duplication so that each fact yields one card.

A teacher asks first about the lead: who did what, where, how many. So a fact scores for where
its sentence stands, for what kind of answer it has (named outcomes and numbers over background),
for how often its entity recurs, and for the quality the language module judged in its question.
"""

from __future__ import annotations

import heapq
import re

from newsquiz.generate.facts import Fact
from newsquiz.generate.mentions import NUMBERS, Kind

_OTHER_NUMBER = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?")
_OTHER_NUMBER_UK = re.compile(
    r"(?<![\d.,])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?(?![\d.,]*[-‑][^\W\d_])"
)
_OTHER_PERCENT = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s*(?:%|відсот)")

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


REASKED = 1.0
"""A fact whose answer (or one of its coordinated members) already answers a better card asks
about the same entity again; new entities and the lead's facts go first."""
_BACKGROUND = re.compile(
    r"(?:Водночас|Тим часом|Крім того|Натомість|Нагадаємо|Зазначимо|Довідка|Раніше|"
    r"Meanwhile|However|Separately|In addition|Previously|Earlier|Background)\b"
)
"""A sentence opened by a side-note connective (`Водночас …`, `Meanwhile, …`) is background to
the story, not its outcome."""
SAME_SENTENCE = {"uk": 0.8}
"""Each further card on a sentence already asked loses this much (Ukrainian): a teacher's first
questions spread over distinct facts instead of three cuts of one sentence."""
LEAD_SPREAD = 0.4
"""The lead's further cards lose only this share of SAME_SENTENCE: its facts are the story, but
four cuts of one sentence still crowd out the outcome told in the next."""
BACKGROUND_PENALTY = 0.6
VETOED_PENALTY = 1.2
"""A fact whose question a gate refused is still the fact it was; as a cloze of its sentence it
ranks a little below the question it would have been."""
CLOZE_PENALTY = 0.8
"""A cloze that quotes its context is a weaker card than a question: it shows the statement."""


def score_fact(fact: Fact) -> float:
    score = KIND_WEIGHTS.get(fact.mention.kind, 1.0)
    index = fact.sentence.index
    score += max(0.0, 2.0 - 0.4 * index)
    if fact.sentence.paragraph == 0:
        score += 0.5
    if _BACKGROUND.match(fact.sentence.text):
        score -= BACKGROUND_PENALTY
    score += 0.4 * min(fact.repeats - 1, 3)
    if fact.question is None and fact.vetoed is not None:
        score += fact.vetoed.bonus - VETOED_PENALTY
    elif fact.question is None:
        score -= 3.5
    else:
        score += fact.question.bonus
        if fact.question.cloze:
            score -= CLOZE_PENALTY
    if fact.mention.kind is Kind.NAME and fact.mention.cue and not fact.mention.plural:
        score += 0.8  # "у своїй соцмережі Truth Social": a named thing with its class noun
    other = _OTHER_NUMBER
    if fact.language == "uk":
        other = _OTHER_NUMBER_UK  # `24-річний контратенор`: an age is a word, not a number
    if fact.language == "uk" and fact.mention.kind is Kind.PERCENT:
        other = _OTHER_PERCENT  # `лідери 32 країн … до 5% ВВП`: a count does not blur a share
    if (
        fact.question is not None
        and fact.mention.kind in NUMBERS
        and other.search(fact.question.text)
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
    scored = _below_questions(_decay_list_items([(fact, score_fact(fact)) for fact in facts]))
    heap = [
        (-score, fact.sentence.index, fact.mention.start, order, False, fact)
        for order, (fact, score) in enumerate(scored)
    ]
    heapq.heapify(heap)
    per_sentence: dict[int, int] = {}
    per_answer: dict[str, int] = {}
    answered: set[str] = set()
    chosen: list[tuple[Fact, float]] = []
    seen: dict[int, tuple[int, float]] = {}  # sentence count demoted for, score before
    while heap:
        negative, index, start, order, demoted, fact = heapq.heappop(heap)
        score = -negative
        parts = set(fact.mention.key.split("+"))
        if not demoted and parts & answered:
            # the same person or place as a better card's answer: a later sentence re-asks it
            heapq.heappush(heap, (-(score - REASKED), index, start, order, True, fact))
            continue
        answer = fact.mention.base.casefold()
        if per_answer.get(answer, 0) >= MAX_PER_ANSWER:
            continue
        limit = MAX_PER_SENTENCE + (1 if fact.sentence.index == 0 else 0)
        taken = per_sentence.get(fact.sentence.index, 0)
        if taken >= limit:
            continue
        share = 1.0 if fact.sentence.index > 0 else LEAD_SPREAD
        spread = SAME_SENTENCE.get(fact.language, 0.0) * taken * share
        if spread and seen.get(id(fact), (0, score))[0] != taken:
            base = seen.get(id(fact), (0, score))[1]
            seen[id(fact)] = (taken, base)
            heapq.heappush(heap, (-(base - spread), index, start, order, demoted, fact))
            continue
        per_answer[answer] = per_answer.get(answer, 0) + 1
        per_sentence[fact.sentence.index] = per_sentence.get(fact.sentence.index, 0) + 1
        chosen.append((fact, round(score, 3)))
        answered |= parts
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


def _below_questions(scored: list[tuple[Fact, float]]) -> list[tuple[Fact, float]]:
    """A cloze never outranks a question asked on the same sentence: the question tests the
    same fact without showing it."""
    best: dict[int, float] = {}
    for fact, score in scored:
        if fact.question is not None and not fact.question.cloze:
            best[fact.sentence.index] = max(best.get(fact.sentence.index, score), score)
    return [
        (fact, min(score, round(best[fact.sentence.index] - 0.1, 3)))
        if (fact.question is None or fact.question.cloze) and fact.sentence.index in best
        else (fact, score)
        for fact, score in scored
    ]
