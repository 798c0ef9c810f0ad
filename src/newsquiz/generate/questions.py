"""Facts become cards: basic for most, choice where good distractors exist, cloze as fallback.

Ids are built from the answer and the kind of question (`donald-tramp-who`), so rerunning the
generator on the same text gives the same ids, and a teacher's edits to wording keep progress.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from newsquiz.core.cards import BasicCard, Card, CardType, ChoiceCard, ClozeCard
from newsquiz.generate.distractors import choose_distractors
from newsquiz.generate.facts import Fact
from newsquiz.generate.languages import language_for
from newsquiz.generate.mentions import Kind
from newsquiz.generate.quality import (
    cloze_acceptable,
    country_given_away,
    vetoed_cloze_acceptable,
)
from newsquiz.generate.when import resolve_relative_time

MAX_FALLBACK_CLOZES = 2
"""Cloze cards are the fallback when no question reads well; a few at most per article."""

_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
        "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ь": "", "ю": "iu",
        "я": "ia", "ё": "io", "ы": "y", "э": "e", "ъ": "", "'": "", "’": "", "ʼ": "",
    }
)  # fmt: skip


def slugify(text: str, limit: int = 40) -> str:
    """Lower-case ASCII words joined by `-`: Ukrainian is transliterated, the rest dropped."""
    lowered = text.casefold().translate(_TRANSLIT)
    words = re.findall(r"[a-z0-9]+", lowered)
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit and slug:
            break
        slug = candidate[:limit]
    return slug or "card"


def cloze_text(fact: Fact, as_of: date | None = None) -> str:
    """The sentence with the answer blanked, its weekdays turned into dates (the card outlives
    the week), and the event label in front when the sentence does not name the event."""
    sentence = fact.sentence.text.replace("{", "(").replace("}", ")")
    mention = fact.mention
    answers = [mention.surface.replace("|", "/")]
    if mention.base != mention.surface:
        answers.append(mention.base.replace("|", "/"))
    gap = "{{" + "|".join(answers) + "}}"
    before, after = sentence[: mention.start], sentence[mention.end :]
    if mention.kind not in (Kind.DATE, Kind.YEAR):  # a date blank keeps its weekday clue
        before = resolve_relative_time(before, as_of, fact.language, sentence)
        after = resolve_relative_time(after, as_of, fact.language, sentence)
    text = before + gap + after
    return f"{fact.label}: {text}" if fact.label else text


def choose_type(
    fact: Fact, rank: int, types: frozenset[CardType], distractors: tuple[str, ...] | None
) -> CardType | None:
    if fact.question is None or fact.question.cloze:
        return CardType.CLOZE if CardType.CLOZE in types else None
    if (
        CardType.CHOICE in types
        and distractors is not None
        and (CardType.BASIC not in types or rank % 3 == 2)
    ):
        return CardType.CHOICE
    if CardType.BASIC in types:
        return CardType.BASIC
    if CardType.CHOICE in types and distractors is not None:
        return CardType.CHOICE
    return CardType.CLOZE if CardType.CLOZE in types else None


def build_cards(
    ranked: Sequence[tuple[Fact, float]],
    pool: Sequence[Fact],
    *,
    as_of: date | None,
    types: frozenset[CardType],
    max_cards: int,
    id_prefix: str = "",
) -> list[Card]:
    cards: list[Card] = []
    used_ids: set[str] = set()
    clozes = 0
    clozed: set[int] = set()
    for fact, score in ranked:
        if len(cards) >= max_cards:
            break
        is_cloze = fact.question is None or fact.question.cloze
        if is_cloze and fact.sentence.index in clozed:
            continue  # a second blank in a sentence already shown whole adds nothing
        if is_cloze and country_given_away(fact.sentence.text, fact.mention):
            continue  # `a town in southeastern {{Hungary}}` of a `Hungarian writer`
        if (
            fact.question is None
            and CardType.CLOZE in types
            and (CardType.BASIC in types or CardType.CHOICE in types)
        ):
            if fact.vetoed is not None:
                if not vetoed_cloze_acceptable(fact.sentence.text, fact.mention):
                    continue
            else:
                weak = not cloze_acceptable(fact.sentence.text, fact.mention)
                if weak or clozes >= MAX_FALLBACK_CLOZES:
                    continue  # a fallback, not a deck of blanks
                clozes += 1
        language = language_for(fact.language)
        distractors = None
        wants_choice = CardType.BASIC not in types or len(cards) % 3 == 2
        if (
            CardType.CHOICE in types
            and fact.question is not None
            and not fact.question.cloze
            and wants_choice
        ):
            distractors = choose_distractors(fact, pool, language)
        card_type = choose_type(fact, len(cards), types, distractors)
        if card_type is None:
            continue
        relation = fact.question.relation if fact.question else "cloze"
        base_id = f"{id_prefix}{slugify(fact.mention.base, 32)}-{relation}"
        card_id = base_id
        n = 2
        while card_id in used_ids:
            card_id = f"{base_id}-{n}"
            n += 1
        used_ids.add(card_id)
        common = {
            "id": card_id,
            "evidence": fact.sentence.text,
            # a fresh value per card: the YAML writer would tie shared objects with anchors
            "as_of": date(as_of.year, as_of.month, as_of.day) if as_of else None,
            "score": score,
        }
        mention = fact.mention
        if card_type is CardType.CLOZE:
            clozed.add(fact.sentence.index)
            text = (
                fact.question.text
                if fact.question and fact.question.cloze
                else cloze_text(fact, as_of)
            )
            cards.append(ClozeCard(text=text, **common))  # type: ignore[arg-type]
        elif card_type is CardType.CHOICE and fact.question is not None and distractors:
            choices = (mention.base, *distractors)
            cards.append(
                ChoiceCard(
                    question=fact.question.text,
                    answer=mention.base,
                    choices=choices,
                    **common,  # type: ignore[arg-type]
                )
            )
        elif fact.question is not None:
            cards.append(
                BasicCard(
                    question=fact.question.text,
                    answer=mention.base,
                    accept=tuple(a for a in mention.accept if a != mention.base),
                    **common,  # type: ignore[arg-type]
                )
            )
    return cards
