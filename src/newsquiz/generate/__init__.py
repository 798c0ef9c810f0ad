"""The generator: a news article becomes the cards a teacher would write.

Stages, one module each: `article` (date header, paragraphs) → `sentences` → `mentions` (via the
article's language in `languages/`) → `facts` (a question per mention) → `ranking` → `questions`
(cards, with `distractors` for choice cards). Deterministic and offline: no model is downloaded.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from newsquiz.core.cards import Card, CardType, Deck, Source
from newsquiz.generate.article import Article, EmptyArticleError, parse_article
from newsquiz.generate.facts import extract_facts
from newsquiz.generate.languages import detect_language, supported_languages
from newsquiz.generate.questions import build_cards, slugify
from newsquiz.generate.ranking import rank_facts

__all__ = [
    "ALL_TYPES",
    "DEFAULT_MAX_CARDS",
    "Article",
    "EmptyArticleError",
    "card_budget",
    "generate_cards",
    "generate_deck",
    "parse_article",
    "supported_languages",
]

ALL_TYPES = frozenset(CardType)
DEFAULT_MAX_CARDS = 20
"""The most cards an article gets when the caller sets no cap."""
MIN_CARDS = 8
WORDS_PER_EXTRA_CARD = 100
"""A short news item holds eight or so facts worth a card; a longer one earns one more card per
hundred words. Past that the ranking reaches background sentences whose cards are weaker, and a
teacher reviewing the deck pays for every one of them."""


def card_budget(article: Article) -> int:
    """How many cards an article gets by default: 8 plus one per 100 words, at most 20."""
    words = len(article.text.split())
    return min(DEFAULT_MAX_CARDS, MIN_CARDS + words // WORDS_PER_EXTRA_CARD)


def generate_cards(
    article: Article,
    *,
    language: str,
    max_cards: int | None = None,
    types: frozenset[CardType] = ALL_TYPES,
    id_prefix: str = "",
) -> list[Card]:
    """The article's cards, best first: at most `max_cards`, or `card_budget` when None."""
    facts = extract_facts(article, language)
    ranked = rank_facts(facts)
    return build_cards(
        ranked,
        facts,
        as_of=article.as_of,
        types=types,
        max_cards=card_budget(article) if max_cards is None else max_cards,
        id_prefix=id_prefix,
    )


def _title(article: Article) -> str:
    lead = article.paragraphs[0]
    for stop in (". ", "! ", "? "):
        if stop in lead[20:]:
            lead = lead[: lead.index(stop, 20) + 1]
            break
    return lead if len(lead) <= 120 else lead[:117].rsplit(" ", 1)[0] + "…"


def _copy(day: date | None) -> date | None:
    """A distinct date object, so that the YAML writer does not tie fields with anchors."""
    return date(day.year, day.month, day.day) if day else None


def generate_deck(
    articles: Iterable[Article],
    *,
    language: str = "auto",
    max_cards: int | None = None,
    types: frozenset[CardType] = ALL_TYPES,
    slug: str | None = None,
) -> Deck:
    """One deck from one or more articles; with several, card ids carry the article's slug."""
    items = list(articles)
    if not items:
        raise EmptyArticleError("no article given")
    languages = [detect_language(a.text) if language == "auto" else language for a in items]
    several = len(items) > 1
    cards: list[Card] = []
    for article, code in zip(items, languages, strict=True):
        prefix = f"{slugify(article.name, 24)}-" if several else ""
        cards.extend(
            generate_cards(
                article, language=code, max_cards=max_cards, types=types, id_prefix=prefix
            )
        )
    cards.sort(key=lambda c: -(c.score or 0.0))
    first = items[0]
    dates = [a.as_of for a in items if a.as_of is not None]
    as_of = max(dates) if dates else None
    return Deck(
        slug=slug
        or slugify(first.name if first.name not in ("", "-", "stdin") else _title(first), 48),
        title=_title(first) if not several else f"{_title(first)} (+{len(items) - 1})",
        language=languages[0],
        cards=tuple(cards),
        source=(Source(title=_title(first), published=_copy(first.as_of)) if not several else None),
        as_of=as_of,
    )
