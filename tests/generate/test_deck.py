"""Whole decks: valid deck format v1, stable ids, options, language detection."""

from __future__ import annotations

from newsquiz.core.cards import BasicCard, CardType, ChoiceCard, ClozeCard
from newsquiz.core.deck_writer import dump_deck
from newsquiz.core.decks import parse_deck
from newsquiz.generate import DEFAULT_MAX_CARDS, card_budget, generate_deck, parse_article
from newsquiz.generate.languages import detect_language

UK_TEXT = """date 2024-05-10

Прем'єр-міністр Норвегії Ерна Сульберг запросила президента Франції Емманюеля Макрона на конференцію з клімату, яка у 2025 році відбудеться в норвезькому місті Берген.
Унаслідок повені в Румунії загинули 12 людей, ще 40 дістали поранень.
Ціни на пальне в Польщі зросли на 4,5% за місяць.
Головою комісії обрали Олену Коваль, а її заступником став Ігор Мельник.
"""

EN_TEXT = """date 2024-05-10

Maria Lopez won the city marathon in Lisbon on Sunday, beating Anna Berg by 40 seconds.
At least 12 people died in floods in Romania, officials said.
The council appointed Helen Cole as its new chair.
"""


def test_generated_deck_passes_the_deck_validator() -> None:
    """What `generate` writes, `check` accepts."""
    for text, name in ((UK_TEXT, "floods-uk"), (EN_TEXT, "marathon-en")):
        deck = generate_deck([parse_article(text, name)])
        assert deck.cards
        parsed = parse_deck(dump_deck(deck), "generated.yaml")
        assert len(parsed.cards) == len(deck.cards)
        assert parsed.slug == name


def test_cards_carry_evidence_date_and_score_best_first() -> None:
    deck = generate_deck([parse_article(UK_TEXT, "uk")])
    article_text = UK_TEXT
    for card in deck.cards:
        assert card.evidence is not None
        assert card.evidence in article_text
        assert card.as_of is not None
        assert card.as_of.isoformat() == "2024-05-10"
        assert card.score is not None
    scores = [card.score or 0.0 for card in deck.cards]
    assert scores == sorted(scores, reverse=True)


def test_ids_are_stable_across_reruns_and_unique() -> None:
    first = generate_deck([parse_article(UK_TEXT, "uk")])
    second = generate_deck([parse_article(UK_TEXT, "uk")])
    assert [c.id for c in first.cards] == [c.id for c in second.cards]
    assert len({c.id for c in first.cards}) == len(first.cards)


def test_max_cards_and_types_are_respected() -> None:
    deck = generate_deck(
        [parse_article(UK_TEXT, "uk")], max_cards=3, types=frozenset({CardType.BASIC})
    )
    assert len(deck.cards) <= 3
    assert all(isinstance(card, BasicCard) for card in deck.cards)


def test_choice_cards_have_three_distractors_and_no_second_answer() -> None:
    deck = generate_deck([parse_article(UK_TEXT, "uk")], types=frozenset({CardType.CHOICE}))
    choices = [card for card in deck.cards if isinstance(card, ChoiceCard)]
    assert choices
    for card in choices:
        assert len(card.choices) == 4
        assert card.choices.count(card.answer) == 1
        assert len({c.casefold() for c in card.choices}) == 4


def test_cloze_only_decks_blank_the_answer_in_the_sentence() -> None:
    deck = generate_deck([parse_article(EN_TEXT, "en")], types=frozenset({CardType.CLOZE}))
    assert deck.cards
    assert all(isinstance(card, ClozeCard) and card.gaps for card in deck.cards)


def test_language_is_detected_from_cyrillic_share() -> None:
    assert detect_language(UK_TEXT) == "uk"
    assert detect_language(EN_TEXT) == "en"
    assert generate_deck([parse_article(EN_TEXT, "en")]).language == "en"


def test_several_articles_make_one_deck_with_distinct_ids() -> None:
    deck = generate_deck([parse_article(UK_TEXT, "one"), parse_article(EN_TEXT, "two")])
    ids = [card.id for card in deck.cards]
    assert len(set(ids)) == len(ids)
    assert any(i.startswith("one-") for i in ids)
    assert any(i.startswith("two-") for i in ids)
    parse_deck(dump_deck(deck))


def test_mixed_language_article_is_handled_sentence_by_sentence() -> None:
    """An English quote paragraph inside a Ukrainian article gets English questions."""
    text = UK_TEXT + "\nMaria Lopez won the city marathon in Lisbon on Sunday, organisers said.\n"
    deck = generate_deck(
        [parse_article(text, "mixed")], types=frozenset({CardType.BASIC}), max_cards=40
    )
    questions = [card.question for card in deck.cards if isinstance(card, BasicCard)]
    assert any(q.startswith(("Who ", "Where ")) for q in questions)
    assert deck.language == "uk"


def test_large_article_completes() -> None:
    """A long article (a few hundred kilobytes) is processed without blowing up."""
    deck = generate_deck([parse_article(UK_TEXT + UK_TEXT.split("\n", 2)[2] * 300, "long")])
    assert deck.cards


def test_fallback_clozes_are_few() -> None:
    """Cloze cards fill in when no question reads well, but never dominate a deck."""
    text = "date 2024-05-10\n\n" + " ".join(
        f"Команда {name} грала добре." for name in ("Альфа", "Бета", "Гамма", "Дельта", "Омега")
    )
    deck = generate_deck([parse_article(text, "clozes")])
    assert sum(isinstance(card, ClozeCard) for card in deck.cards) <= 2


def test_odd_unicode_is_handled() -> None:
    """Apostrophe variants, guillemets, NBSP, soft hyphens and Latin look-alikes do not break cards."""
    text = (
        "date 2024-05-10\n\nПрем\u02bcєр-міністр Норвегії Ерна Сульберг запросила "
        "президента\u00a0Франції Емманюеля Макрона на кон\u00adференцію «Клімат-2025» у Бергені."
    )
    deck = generate_deck([parse_article(text, "odd")])
    assert deck.cards
    parse_deck(dump_deck(deck))


def test_the_default_budget_grows_with_the_article() -> None:
    """A short item gets eight cards at most, a long one more, never past the cap."""
    short = parse_article("date 2024-05-10\n\n" + "Слово " * 150, "short")
    long = parse_article("date 2024-05-10\n\n" + "Слово " * 900, "long")
    huge = parse_article("date 2024-05-10\n\n" + "Слово " * 90_000, "huge")
    assert card_budget(short) == 9
    assert card_budget(long) == 17
    assert card_budget(huge) == DEFAULT_MAX_CARDS


def test_a_cloze_names_the_event_its_sentence_leaves_out() -> None:
    """`The storm made landfall …` on a card needs the storm's name in front."""
    text = (
        "date 2024-09-02\n\n"
        "Typhoon Karel struck the island of Norvik on Monday with winds of 200 km/h.\n"
        "Rescue teams from Estavia reached the village of Orla late on Tuesday.\n"
    )
    deck = generate_deck([parse_article(text, "typhoon")], types=frozenset({CardType.CLOZE}))
    texts = [c.text for c in deck.cards if isinstance(c, ClozeCard)]
    later = [t for t in texts if "Rescue teams" in t]
    assert later, texts
    assert all(t.startswith("Typhoon Karel") for t in later)
