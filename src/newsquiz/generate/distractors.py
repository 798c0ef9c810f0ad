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


def _grain(text: str, decimals: int) -> float:
    """The step the answer is given in: `185` in fives, `2000` in hundreds, `0,25` in
    twentieths, `1,9` in tenths. A distractor off that step (`0,38` beside `0,25`) looks made up."""
    digits = text.replace(",", "").replace(".", "")
    unit: float = 10.0**-decimals
    zeros = len(digits) - len(digits.rstrip("0"))
    if zeros >= 2 and digits.strip("0"):
        return unit * 10.0 ** (zeros - 1)
    if digits.endswith("5") and (decimals >= 2 or (decimals == 0 and int(digits) > 10)):
        return unit * 5
    return unit


NEAR_FACTORS = (0.8, 1.2, 0.9, 1.1, 0.7, 1.3, 0.6, 1.4)
"""Within 40 % of the answer: `160 / 200 / 170 mph` beside 185 are plausible winds, `370 mph`
is not; a learner should have to know the figure, not rule out an absurd one."""


def _numeric_variants(base: str) -> list[str]:
    match = re.search(r"\d+(?:[.,]\d+)?", base)
    if not match:
        return []
    text = match.group(0)
    separator = "," if "," in text else "."
    decimals = len(text.split(separator)[1]) if separator in text else 0
    value = float(text.replace(",", "."))
    grain = _grain(text, decimals)
    out: list[str] = []
    for factor in NEAR_FACTORS:
        other = round(value * factor / grain) * grain
        if other <= 0 or abs(other - value) < grain / 2:
            continue
        shown = f"{other:.{decimals}f}".replace(".", separator)
        variant = base[: match.start()] + shown + base[match.end() :]
        if variant not in out:
            out.append(variant)
    return out


def _number_of(text: str) -> float | None:
    match = re.search(r"\d+(?:[.,]\d+)?", text)
    return float(match.group(0).replace(",", ".")) if match else None


def _shape(text: str) -> str:
    return re.sub(r"\d+", "0", text)


def _near(candidate: str, answer: str) -> bool:
    """An article's other number is a fair distractor only at the answer's scale and shape:
    `343` (the whole chamber) beside a party's `22` seats is not."""
    a, b = _number_of(answer), _number_of(candidate)
    if a is None or b is None or _shape(candidate) != _shape(answer):
        return False
    return a / 2 <= b <= a * 2


CHOICE_KINDS = frozenset({Kind.YEAR, Kind.DATE}) | NUMBERS - {Kind.SCORE}
"""Amounts and dates: their distractors are nearby values of the same shape and step. People,
places and organisations stay basic cards: a fair alternative to `Which Turkish president …?`
or `Who won the women's title?` must share the answer's role, which neither the article's other
names nor the gazetteer know (a blind review of our choice cards found Starmer offered for the
Turkish president and men for the women's title); a score's variants can be impossible."""

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
        shown = f"{question} {fact.sentence.text}"
        for other in pool:
            if (
                mention.kind is not Kind.YEAR
                and other.mention.kind == mention.kind
                and other.mention.noun == mention.noun
                and _near(other.mention.base, mention.base)
                and other.mention.surface not in shown
            ):
                add(other.mention.base)  # not a total or a co-fact the card itself shows
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
