"""`newsquiz stale`: cards whose facts are past their `valid_until`, retired from study.

A teacher updates such a card (new answer, later `valid_until`) or removes it; re-importing the
deck brings an updated card back into the learners' queues with its history.
"""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from typing import Any

from newsquiz.i18n import _
from newsquiz.startup import UsageError, add_db_option, open_store


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "stale",
        help=_("list cards past their valid_until (retired from study)"),
        description=_(
            "List cards whose fact is past its valid_until date (the card's, or its deck's): "
            "they are no longer offered for study. --within DAYS also lists those expiring soon."
        ),
    )
    parser.add_argument(
        "--deck", action="append", metavar="SLUG", help=_("only this deck (repeatable)")
    )
    parser.add_argument(
        "--within", type=int, metavar="DAYS", help=_("also cards that expire in the next DAYS days")
    )
    parser.add_argument("--json", action="store_true", help=_("print a JSON list"))
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.within is not None and args.within < 0:
        raise UsageError("--within takes a number of days, 0 or more")
    within = None if args.within is None else timedelta(days=args.within)
    with open_store(args) as store:
        store.retire_stale()
        today = store.now().date()
        try:
            found = store.outdated_cards(args.deck, within=within)
        except KeyError as err:
            raise UsageError(f"no such deck: {err.args[0]}") from None
    if args.json:
        data = [
            {
                "deck": c.deck,
                "card": c.card,
                "question": c.prompt,
                "answer": c.answer,
                "valid_until": c.valid_until.isoformat(),
                "from_deck": c.from_deck,
                "outdated": c.valid_until < today,
                "file": c.origin,
                "line": c.line,
            }
            for c in found
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not found:
        print("no outdated cards" if within is None else "no cards outdated or expiring soon")
        return 0
    outdated = 0
    for c in found:
        is_past = c.valid_until < today
        outdated += is_past
        whose = "deck's valid_until" if c.from_deck else "valid_until"
        state = "outdated since" if is_past else "expires after"
        where = f"{c.origin}:{c.line}" if c.origin else c.deck
        print(f"{where}: {c.deck}/{c.card} {state} {c.valid_until.isoformat()} ({whose})")
        print(f"    {c.prompt} — {c.answer}")
    print(f"{outdated} outdated, {len(found) - outdated} expiring soon")
    return 0
