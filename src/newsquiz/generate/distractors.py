"""Distractors for choice cards: other answers of the same kind, never a second correct one.

Other people, places or numbers from the same article come first (they are plausible and in the
learner's reading); the gazetteer fills in for places and organisations. Numbers get nearby values
of the same shape.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache, lru_cache

from newsquiz.core.text import normalise
from newsquiz.generate import gazetteers
from newsquiz.generate.facts import Fact
from newsquiz.generate.languages import Language
from newsquiz.generate.mentions import NAMES, NUMBERS, PLACES, Kind
from newsquiz.generate.quality import stem_prefix

WANTED = 3


@lru_cache(maxsize=8192)
def _key(text: str) -> str:
    return normalise(text)


_TOWNS = frozenset({Kind.CITY, Kind.PLACE})


def _same_kind(a: Kind, b: Kind) -> bool:
    """Countries with countries, towns with towns: a choice of one kind of thing."""
    return a == b or (a in _TOWNS and b in _TOWNS)


def _acronym(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w[0].isupper())


def _same_entity(a: str, b: str) -> bool:
    """`LDP` and `Liberal Democratic Party`, `РЄ` and `Рада Європи`, or two names of one
    gazetteer organisation: a distractor must not be the answer under another name."""
    for short, long in ((a, b), (b, a)):
        bare = short.replace(".", "").replace(" ", "")
        if bare.isupper() and len(bare) >= 2 and _acronym(long).casefold() == bare.casefold():
            return True
    index = _entity_index()
    return bool(index.get(_key(a), frozenset()) & index.get(_key(b), frozenset()))


@cache
def _entity_index() -> dict[str, frozenset[int]]:
    """Every gazetteer name (any language, alias or abbreviation) → the entities it names, built
    once: comparing a pair is then two look-ups instead of a pass over the gazetteers."""
    entries: list[tuple[str, ...]] = [
        (org.en, org.uk, *org.abbreviations) for org in gazetteers.organisations()
    ] + [
        (place.en, place.uk, *place.en_aliases, *place.uk_aliases) for place in gazetteers.places()
    ]
    index: dict[str, set[int]] = {}
    for number, names in enumerate(entries):
        for name in names:
            index.setdefault(_key(name), set()).add(number)
    return {key: frozenset(ids) for key, ids in index.items()}


def _year_variants(base: str) -> list[str]:
    """Nearby years (or the same date in nearby years): plausible, never absurd."""
    match = re.search(r"(?:1[5-9]|20)\d\d", base)
    if not match:
        return []
    year = int(match.group(0))
    return [
        base[: match.start()] + str(year + delta) + base[match.end() :]
        for delta in (-1, 1, -2, 2, -3)
    ]


def _numeric_variants(base: str) -> list[str]:
    match = re.search(r"\d+(?:[.,]\d+)?", base)
    if not match:
        return []
    text = match.group(0)
    separator = "," if "," in text else "."
    decimals = len(text.split(separator)[1]) if separator in text else 0
    value = float(text.replace(",", "."))
    out: list[str] = []
    for factor in (0.5, 1.5, 2.0, 0.75, 1.25, 3.0):
        other = value * factor
        if decimals:
            shown = f"{other:.{decimals}f}".replace(".", separator)
        else:
            rounded = round(other)
            if rounded == value or rounded <= 0:
                continue
            shown = str(rounded)
        out.append(base[: match.start()] + shown + base[match.end() :])
    return out


CHOICE_KINDS = frozenset(
    {Kind.PERSON, Kind.COUNTRY, Kind.CITY, Kind.ORG, Kind.YEAR, Kind.DATE}
) | NUMBERS - {Kind.SCORE}
"""Kinds whose distractors are reliably of the answer's own sort: people, countries, cities,
gazetteer organisations, amounts, dates. An unknown place (a venue, an ocean, a spaceport), a
title or a bare name draws its alternatives from whatever else the article capitalised, and a
teacher sees «Wasted Love / Євробачення / Санкт-Якобсгалле» at once; a score's variants can be
impossible (`10-4` in a nine-member vote). Those stay basic cards."""

_PERSON_WORDS = re.compile(
    r"\b(?:Hurricane|Storm|Typhoon|Cyclone|Day|Slam|Open|Cup|Prize|Award|Rate|Bank|Party|"
    r"Committee|Council|Ministry|Agency|Center|Centre|Service|Union|Club|League|Group|Summit|"
    r"Ocean|Sea|Gulf|River|Lake|Mountain|Island|Islands|Street|Stadium|Arena)\b"
    r"|(?<![\w’'])(?:Ураган|Кубок|Премія|Банк|Партія|Комітет|Рада|Міністерство|Агентство|"
    r"Служба|Союз|Клуб|Ліга|Саміт|Океан|Море|Річка|Озеро|Острів|Стадіон|Арена)(?![\w’'])"
)


def _looks_like_a_person(name: str) -> bool:
    """Two or more capitalised words and none of the nouns that name a thing: a distractor for
    `Who …?` must be a person (`Grand Slam`, `Bank Rate`, `Hurricane Melissa` are not)."""
    words = name.split()
    return (
        len(words) >= 2
        and all(w[:1].isupper() for w in words if w.casefold() not in _PARTICLES)
        and not _PERSON_WORDS.search(name)
    )


_PARTICLES = frozenset({"de", "da", "van", "von", "der", "al", "el", "bin", "di", "la", "le", "du"})


def _named_in(key: str, text: str) -> bool:
    """Whether the text names the candidate (as written, or by its last word, the surname)."""
    last = key.split()[-1] if key.split() else key
    return bool(
        re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text)
        or (len(last) > 3 and re.search(rf"(?<!\w){re.escape(stem_prefix(last))}", text))
    )


def choose_distractors(
    fact: Fact, pool: Sequence[Fact], language: Language
) -> tuple[str, ...] | None:
    """Three distractors in the answer's own form, or None when three good ones are not found."""
    mention = fact.mention
    if mention.kind not in CHOICE_KINDS:
        return None
    answer_key = _key(mention.base)
    forbidden = {answer_key} | {_key(a) for a in mention.accept}
    forbidden |= {_key(p) for p in mention.parts}
    question = fact.question.text if fact.question is not None else ""
    named = _key(f"{question} {fact.sentence.text}")
    chosen: list[str] = []
    chosen_keys: set[str] = set()

    def add(candidate: str) -> None:
        if len(chosen) >= WANTED:
            return
        key = _key(candidate)
        if key in forbidden or key in chosen_keys:
            return
        if key in answer_key or answer_key in key:
            return
        if mention.kind in NAMES and _named_in(key, named):
            return  # the question's own subject, or a co-answer of the evidence sentence
        if mention.kind is Kind.PERSON and not _looks_like_a_person(candidate):
            return
        if _same_entity(candidate, mention.base) or any(_same_entity(candidate, c) for c in chosen):
            return
        chosen.append(candidate)
        chosen_keys.add(key)

    if mention.kind in NUMBERS or mention.kind in (Kind.DATE, Kind.YEAR, Kind.ORDINAL):
        for other in pool:
            if other.mention.kind == mention.kind and other.mention.noun == mention.noun:
                add(other.mention.base)
        if mention.kind in (Kind.YEAR, Kind.DATE):
            variants = _year_variants(mention.base)
        elif mention.kind is Kind.ORDINAL:
            variants = []  # "fourth" vs "sixth" needs words in the same form; leave it basic
        else:
            variants = _numeric_variants(mention.base)
        for variant in variants:
            add(variant)
        return tuple(chosen) if len(chosen) == WANTED else None
    if mention.plural:
        return None
    for other in pool:
        if mention.kind is Kind.ORG:
            break  # an article's other bodies are of other sorts (a ministry, a news agency)
        if _same_kind(other.mention.kind, mention.kind) and not other.mention.plural:
            add(other.mention.base)
    if mention.kind in PLACES or mention.kind is Kind.ORG:
        names = language.gazetteer_names(
            mention.kind if mention.kind is not Kind.PLACE else Kind.CITY
        )
        start = sum(ord(c) for c in mention.base) % max(len(names), 1)
        for name in list(names[start:]) + list(names[:start]):
            add(name)
            if len(chosen) >= WANTED:
                break
    return tuple(chosen) if len(chosen) == WANTED else None
