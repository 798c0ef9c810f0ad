"""`newsquiz due`: how much there is to study now, after the daily limits; for scripts too."""

from __future__ import annotations

import argparse
import json
from typing import Any

from newsquiz.i18n import _, follow_profile, n_
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
        help=_("show how many cards are due now"),
        description=_("Count the new, learning and review cards a learner can study now."),
    )
    add_profile_option(parser)
    parser.add_argument(
        "--deck", action="append", metavar="SLUG", help=_("only this deck (repeatable)")
    )
    parser.add_argument("--json", action="store_true", help=_("print a JSON object"))
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile = choose_profile(store, args.profile)
        follow_profile(store.ui_language(profile))
        try:
            counts = store.due_counts(profile, args.deck)
        except KeyError as err:
            raise UsageError(_("no such deck: {deck}").format(deck=err.args[0])) from None
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
            n_(
                "{name}: {total} card to study ({new} new, {learning} learning, {review} review)",
                "{name}: {total} cards to study ({new} new, {learning} learning, {review} review)",
                counts.total,
            ).format(
                name=profile.name,
                total=counts.total,
                new=counts.new,
                learning=counts.learning,
                review=counts.review,
            )
        )
    return 0
