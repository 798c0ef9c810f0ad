"""`newsquiz export-deck`: a deck as an Anki package or a CSV table, for the tools people use.

The deck is a slug from the progress store or a deck file. With `--profile`, the Anki package
carries that learner's schedule (interval, due date, FSRS memory state), so they can move on to
Anki without starting over.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsquiz.core.decks import DeckError
from newsquiz.deck_files import read_deck_file
from newsquiz.i18n import _
from newsquiz.startup import UsageError, add_db_option, choose_profile, open_store

if TYPE_CHECKING:
    from newsquiz.core.cards import Deck
    from newsquiz.core.scheduling import CardState


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "export-deck",
        help=_("export a deck to an Anki package (.apkg) or CSV"),
        description=_(
            "Export a deck (an imported deck's slug, or a deck file) to an Anki .apkg package "
            "(genanki) or a CSV table. --profile includes that learner's schedule in the .apkg."
        ),
    )
    parser.add_argument("deck", metavar="DECK", help=_("deck slug in the store, or a deck file"))
    parser.add_argument("--format", choices=("apkg", "csv"), required=True)
    parser.add_argument("-o", "--output", required=True, metavar="FILE")
    parser.add_argument(
        "--profile", metavar="NAME", help=_("with --format apkg: include this learner's schedule")
    )
    add_db_option(parser)
    parser.set_defaults(run=run)


def _load(args: argparse.Namespace) -> tuple[Deck, dict[str, CardState]]:
    path = Path(args.deck)
    if path.suffix.lower() in (".yaml", ".yml") and not args.profile:
        try:
            return read_deck_file(path), {}
        except DeckError as err:
            raise UsageError(str(err)) from None
    with open_store(args) as store:
        slug = args.deck
        if path.suffix.lower() in (".yaml", ".yml"):
            try:
                slug = read_deck_file(path).slug
            except DeckError as err:
                raise UsageError(str(err)) from None
        try:
            deck = store.deck(slug)
        except KeyError:
            raise UsageError(
                f"no deck {slug!r} in the progress store; import it or give its file"
            ) from None
        states = {}
        if args.profile:
            states = store.card_states(choose_profile(store, args.profile), slug)
        return deck, states


def run(args: argparse.Namespace) -> int:
    if args.profile and args.format != "apkg":
        raise UsageError("--profile goes with --format apkg (CSV has no schedule)")
    deck, states = _load(args)
    output = Path(args.output)
    if args.format == "csv":
        from newsquiz.core.deck_tables import deck_to_csv

        output.write_text(deck_to_csv(deck), encoding="utf-8")
    else:
        from newsquiz.anki_export import write_apkg

        write_apkg(deck, output, states)
    scheduled = f", with {len(states)} cards' schedule" if states else ""
    print(f"wrote {output}: {deck.slug}, {len(deck.cards)} cards{scheduled}")
    return 0
