"""`newsquiz import-csv`: a Quizlet export, a spreadsheet or Anki's plain-text notes as a deck file.

The result is a deck v1 YAML file to review and edit; `newsquiz import` then puts it in the store.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from newsquiz.i18n import _
from newsquiz.startup import UsageError


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "import-csv",
        help=_("turn a CSV/TSV (Quizlet, Anki plain text, a spreadsheet) into a deck file"),
        description=_(
            "Read a table with a header row (term,definition / question,answer / front,back; "
            "tab, comma or semicolon) or Anki's notes-in-plain-text export (#separator:, #html: "
            "headers) and write a deck v1 YAML file with stable card ids made from the questions."
        ),
    )
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("-o", "--output", required=True, metavar="DECK.yaml")
    parser.add_argument("--deck", required=True, metavar="SLUG", help=_("the new deck's slug"))
    parser.add_argument("--title", required=True, help=_("the new deck's title"))
    parser.add_argument("--language", required=True, help=_("the cards' language (uk, en...)"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsquiz.core.deck_tables import TableError, parse_table
    from newsquiz.core.deck_writer import dump_deck
    from newsquiz.core.decks import DeckError, parse_deck

    source = Path(args.file)
    try:
        text = source.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise UsageError(f"no such file: {args.file}") from None
    except UnicodeDecodeError:
        raise UsageError(f"{args.file}: not UTF-8 text") from None
    try:
        deck = parse_table(text, slug=args.deck, title=args.title, language=args.language)
    except TableError as err:
        raise UsageError(f"{args.file}: {err}") from None
    yaml_text = dump_deck(deck)
    try:
        parse_deck(yaml_text.encode(), args.output)  # what we write must be a valid deck
    except DeckError as err:
        raise UsageError(f"{args.file}: the cards do not make a valid deck:\n{err}") from None
    Path(args.output).write_text(yaml_text, encoding="utf-8")
    print(f"wrote {args.output}: {deck.slug}, {len(deck.cards)} cards")
    return 0
