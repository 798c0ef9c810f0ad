"""`newsquiz decks`: the decks in the progress store, with what a learner has left in each."""

from __future__ import annotations

import argparse
import json
from typing import Any

from newsquiz.core.progress import DeckSummary, Profile
from newsquiz.startup import add_db_option, add_profile_option, choose_profile, open_store


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "decks",
        help="list imported decks with card counts",
        description=(
            "List the decks in the progress store: cards, and for the learner what is new, "
            "in learning and due today, and how much is mastered (interval of 21 days or more)."
        ),
    )
    add_profile_option(parser)
    parser.add_argument("--json", action="store_true", help="print a JSON list")
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
        decks = store.decks(profile)
    if args.json:
        data = {"profile": profile.name if profile else None, "decks": [_to_dict(d) for d in decks]}
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not decks:
        print("no decks yet; add some with: newsquiz import PATH")
        return 0
    if profile is not None:
        print(f"profile: {profile.name}")
    width = max(len(d.slug) for d in decks)
    print(f"{'deck':<{width}}  cards  new  learn  due  mastered  title")
    for d in decks:
        print(
            f"{d.slug:<{width}}  {d.cards:>5}  {d.due.new:>3}  {d.due.learning:>5}  "
            f"{d.due.review:>3}  {d.mastery:>8.0%}  {d.title}"
        )
    return 0
