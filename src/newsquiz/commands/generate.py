"""`newsquiz generate`: news articles in, a deck-format-v1 YAML deck out."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from newsquiz.core.cards import CardType
from newsquiz.core.deck_writer import dump_deck
from newsquiz.generate import (
    DEFAULT_MAX_CARDS,
    Article,
    EmptyArticleError,
    generate_deck,
    parse_article,
    supported_languages,
)
from newsquiz.i18n import _


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "generate",
        help=_("turn news articles into a deck of cards"),
        description=_(
            "Read plain-text news articles (the first line may be `date YYYY-MM-DD`) and write "
            "the cards a teacher would ask, best first, as a deck-format-v1 YAML file. "
            "Exit 2 when an article is missing or empty."
        ),
    )
    parser.add_argument(
        "articles", nargs="+", metavar="ARTICLE", help=_("text files; `-` reads stdin")
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        help=_(
            "deck file to write (default: stdout); an existing folder gets one deck per article"
        ),
    )
    parser.add_argument(
        "--lang",
        default="auto",
        choices=("auto", *supported_languages()),
        help=_("article language (default: detected from the share of Cyrillic letters)"),
    )
    parser.add_argument(
        "--max-cards",
        type=int,
        default=None,
        metavar="N",
        help=_(
            "at most N cards per article (default: 8, plus one per 100 words, at most {n})"
        ).format(n=DEFAULT_MAX_CARDS),
    )
    parser.add_argument(
        "--types",
        default="basic,choice,cloze",
        help=_("card types to make, comma-separated (default: basic,choice,cloze)"),
    )
    parser.add_argument(
        "--review",
        action="store_true",
        help=(
            "go through the cards beside the article (keep, edit, drop, add from a sentence) "
            "before saving the deck to -o (default: SLUG.yaml); one article, needs a terminal"
        ),
    )
    parser.set_defaults(run=run)


def _types(value: str) -> frozenset[CardType] | None:
    names = [v.strip() for v in value.split(",") if v.strip()]
    try:
        return frozenset(CardType(name) for name in names) or None
    except ValueError:
        return None


def _read(name: str) -> tuple[str, str]:
    if name == "-":
        return sys.stdin.read(), "stdin"
    path = Path(name)
    stem = path.name.removesuffix(".txt").removesuffix(".md")
    return path.read_text(encoding="utf-8-sig"), stem


def run(args: argparse.Namespace) -> int:
    types = _types(args.types)
    if types is None:
        print(
            "newsquiz generate: --types must list some of basic, choice, cloze, "
            f"not `{args.types}`",
            file=sys.stderr,
        )
        return 2
    if args.max_cards is not None and args.max_cards < 1:
        print("newsquiz generate: --max-cards must be at least 1", file=sys.stderr)
        return 2
    articles = []
    for name in args.articles:
        try:
            raw, stem = _read(name)
            articles.append(parse_article(raw, stem))
        except OSError as err:
            print(f"newsquiz generate: cannot read {name}: {err.strerror or err}", file=sys.stderr)
            return 2
        except UnicodeDecodeError:
            print(f"newsquiz generate: {name} is not UTF-8 text", file=sys.stderr)
            return 2
        except EmptyArticleError as err:
            print(f"newsquiz generate: {name}: {err}", file=sys.stderr)
            return 2
    output: Path | None = args.output
    options = {"language": args.lang, "max_cards": args.max_cards, "types": types}
    if args.review:
        return review(articles, output, options)
    if output is not None and output.is_dir():
        for article in articles:
            deck = generate_deck([article], **options)
            (output / f"{deck.slug}.yaml").write_text(dump_deck(deck), encoding="utf-8")
        return 0
    deck = generate_deck(articles, **options)
    text = dump_deck(deck)
    if output is None:
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
    return 0


def review(articles: list[Article], output: Path | None, options: dict[str, Any]) -> int:
    """Generate one article's deck and open the review screen; the teacher saves what they keep."""
    if len(articles) != 1 or (output is not None and output.is_dir()):
        print(
            "newsquiz generate --review: give one article and a deck file to write", file=sys.stderr
        )
        return 2
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        print("newsquiz generate --review: the review screen needs a terminal", file=sys.stderr)
        return 2
    from newsquiz.tui.deck_review_app import DeckReviewApp  # textual only for the screen

    (article,) = articles
    deck = generate_deck([article], **options)
    target = output or Path(f"{deck.slug}.yaml")
    saved = DeckReviewApp(deck, article.text, target).run()
    print(f"saved {saved}" if saved else "not saved")
    return 0
