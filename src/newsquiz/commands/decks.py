"""`newsquiz decks`: the decks in the progress store, with what a learner has left in each."""

from __future__ import annotations

import argparse
import json
from typing import Any

from newsquiz.core.progress import DeckSummary, Profile
from newsquiz.i18n import _, follow_profile, format_percent
from newsquiz.startup import add_db_option, add_profile_option, choose_profile, open_store


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "decks",
        help=_("list imported decks with card counts"),
        description=_(
            "List the decks in the progress store: cards, and for the learner what is new, "
            "in learning and due today, and how much is mastered (interval of 21 days or more)."
        ),
    )
    add_profile_option(parser)
    parser.add_argument("--json", action="store_true", help=_("print a JSON list"))
    add_db_option(parser)
    parser.set_defaults(run=run)


def _to_dict(deck: DeckSummary) -> dict[str, Any]:
    return {
        "deck": deck.slug,
        "title": deck.title,
        "language": deck.language,
        "file": deck.origin,
        "cards": deck.cards,
        "retired": deck.retired,
        "unseen": deck.unseen,
        "learning": deck.learning,
        "young": deck.young,
        "mature": deck.mature,
        "suspended": deck.suspended,
        "mastery": round(deck.mastery, 4),
        "due": {"new": deck.due.new, "learning": deck.due.learning, "review": deck.due.review},
    }


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile: Profile | None
        if args.profile:
            profile = choose_profile(store, args.profile)
        else:  # listing decks should not create a profile as a side effect
            profile = store.last_profile() or next(iter(store.profiles()), None)
        if profile is not None:
            follow_profile(store.ui_language(profile))
        decks = store.decks(profile)
    if args.json:
        data = {"profile": profile.name if profile else None, "decks": [_to_dict(d) for d in decks]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not decks:
        print(_("no decks yet; add some with: newsquiz import PATH"))
        return 0
    if profile is not None:
        print(_("profile: {name}").format(name=profile.name))
    headings = [_("deck"), _("cards"), _("new"), _("learn"), _("due"), _("mastered"), _("title")]
    rows = [
        [
            d.slug,
            str(d.cards),
            str(d.due.new),
            str(d.due.learning),
            str(d.due.review),
            format_percent(d.mastery),
            d.title,
        ]
        for d in decks
    ]
    widths = [max(len(row[i]) for row in [headings, *rows]) for i in range(len(headings))]
    for row in [headings, *rows]:
        cells = [
            cell.ljust(width) if i == 0 else cell.rjust(width)
            for i, (cell, width) in enumerate(zip(row[:-1], widths, strict=False))
        ]
        print("  ".join([*cells, row[-1]]))
    return 0
