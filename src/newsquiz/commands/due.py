"""`newsquiz due`: how much there is to study now, after the daily limits; for scripts too."""

from __future__ import annotations

import argparse
import json
from typing import Any

from newsquiz.startup import (
    UsageError,
    add_db_option,
    add_profile_option,
    choose_profile,
    open_store,
)


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "due",
        help="show how many cards are due now",
        description="Count the new, learning and review cards a learner can study now.",
    )
    add_profile_option(parser)
    parser.add_argument(
        "--deck", action="append", metavar="SLUG", help="only this deck (repeatable)"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON object")
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile = choose_profile(store, args.profile)
        try:
            counts = store.due_counts(profile, args.deck)
        except KeyError as err:
            raise UsageError(f"no such deck: {err.args[0]}") from None
    if args.json:
        data = {
            "profile": profile.name,
            "new": counts.new,
            "learning": counts.learning,
            "review": counts.review,
            "total": counts.total,
        }
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(
            f"{profile.name}: {counts.total} to study "
            f"({counts.new} new, {counts.learning} learning, {counts.review} review)"
        )
    return 0
