"""`newsquiz flags`: the cards learners reported as wrong or outdated, and where to fix them.

Each flag is printed as `file:line` first, so an editor or terminal can jump to the card.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from newsquiz.i18n import _
from newsquiz.startup import UsageError, add_db_option, open_store


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "flags",
        help=_("list cards learners flagged as wrong or outdated"),
        description=_(
            "List open flags: the card, the learner, when, their note, and the deck file and line."
        ),
    )
    parser.add_argument(
        "--deck", action="append", metavar="SLUG", help=_("only this deck (repeatable)")
    )
    parser.add_argument("--json", action="store_true", help=_("print a JSON list"))
    add_db_option(parser)
    parser.set_defaults(run=run)


def _utc(moment: Any) -> str:
    return str(moment.isoformat(timespec="seconds")).replace("+00:00", "Z")


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        try:
            found = store.flag_reports(args.deck)
        except KeyError as err:
            raise UsageError(f"no such deck: {err.args[0]}") from None
    if args.json:
        data = [
            {
                "deck": f.deck,
                "card": f.card,
                "question": f.prompt,
                "reason": f.reason,
                "note": f.note,
                "learner": f.learner,
                "flagged_at": _utc(f.created_at),
                "file": f.origin,
                "line": f.line,
            }
            for f in found
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("no open flags")
        return 0
    for f in found:
        where = f"{f.origin}:{f.line}" if f.origin else f.deck
        note = f": {f.note}" if f.note else ""
        print(
            f"{where}: {f.deck}/{f.card} flagged {f.reason} by {f.learner} "
            f"on {_utc(f.created_at)}{note}"
        )
        print(f"    {f.prompt}")
    cards = len({(f.deck, f.card) for f in found})
    print(f"{len(found)} open flags on {cards} cards")
    return 0
