"""`newsquiz profiles`: learners sharing one database, each with their own settings and history."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from newsquiz.core.progress import Profile
from newsquiz.core.scheduling import Settings
from newsquiz.startup import UsageError, add_db_option, open_store

if TYPE_CHECKING:
    from newsquiz.store import Store


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "profiles",
        help="list, add, rename, configure or delete learner profiles",
        description="Learner profiles: each has its own progress, daily limits and retention.",
    )
    parser.add_argument("--json", action="store_true", help="print the list as JSON")
    add_db_option(parser)
    parser.set_defaults(run=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")

    listing = actions.add_parser("list", help="list profiles (the default)")
    listing.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print a JSON list"
    )
    add_db_option(listing)
    listing.set_defaults(run=run_list)

    add = actions.add_parser("add", help="create a profile")
    add.add_argument("name")
    _settings_options(add)
    add_db_option(add)
    add.set_defaults(run=run_add)

    rename = actions.add_parser("rename", help="rename a profile")
    rename.add_argument("name")
    rename.add_argument("new_name", metavar="NEW_NAME")
    add_db_option(rename)
    rename.set_defaults(run=run_rename)

    settings = actions.add_parser("set", help="change a profile's settings")
    settings.add_argument("name")
    _settings_options(settings)
    add_db_option(settings)
    settings.set_defaults(run=run_set)

    use = actions.add_parser("use", help="make a profile the default for later commands")
    use.add_argument("name")
    add_db_option(use)
    use.set_defaults(run=run_use)

    delete = actions.add_parser(
        "delete",
        help="delete a profile and its history",
        description=(
            "Delete a learner and all their reviews, sessions and flags; decks are kept. "
            "Asks for the profile's name as confirmation unless --yes is given."
        ),
    )
    delete.add_argument("name")
    delete.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    add_db_option(delete)
    delete.set_defaults(run=run_delete)


def _settings_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--retention", type=float, help="desired retention, 0.70-0.99 (default 0.90)"
    )
    parser.add_argument("--new-per-day", type=int, help="new cards per day (default 20)")
    parser.add_argument("--reviews-per-day", type=int, help="reviews per day (default 200)")
    parser.add_argument(
        "--rollover-hour", type=int, help="local hour a new learner day starts (default 4)"
    )


def _settings(args: argparse.Namespace, base: Settings) -> Settings:
    changes: dict[str, Any] = {}
    if args.retention is not None:
        changes["desired_retention"] = args.retention
    if args.new_per_day is not None:
        changes["new_per_day"] = args.new_per_day
    if args.reviews_per_day is not None:
        changes["reviews_per_day"] = args.reviews_per_day
    if args.rollover_hour is not None:
        changes["rollover_hour"] = args.rollover_hour
    try:
        return replace(base, **changes)
    except ValueError as err:
        raise UsageError(str(err)) from None


def _describe(profile: Profile) -> str:
    s = profile.settings
    return (
        f"{profile.name}: retention {s.desired_retention:.2f}, {s.new_per_day} new/day, "
        f"{s.reviews_per_day} reviews/day, day starts {s.rollover_hour:02d}:00"
    )


def _to_dict(profile: Profile) -> dict[str, Any]:
    s = profile.settings
    return {
        "name": profile.name,
        "desired_retention": s.desired_retention,
        "new_per_day": s.new_per_day,
        "reviews_per_day": s.reviews_per_day,
        "rollover_hour": s.rollover_hour,
    }


def _named(store: Store, name: str) -> Profile:
    profile = store.profile(name)
    if profile is None:
        raise UsageError(f"no profile named {name!r}")
    return profile


def run_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profiles = store.profiles()
        last = store.last_profile()
    if args.json:
        data = [
            {**_to_dict(p), "last_used": last is not None and p.id == last.id} for p in profiles
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not profiles:
        print("no profiles yet; create one with: newsquiz profiles add NAME")
    for profile in profiles:
        marker = "*" if last is not None and profile.id == last.id else " "
        print(f"{marker} {_describe(profile)}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from newsquiz.store import ProfileError

    with open_store(args) as store:
        try:
            profile = store.create_profile(args.name, _settings(args, Settings()))
        except ProfileError as err:
            raise UsageError(str(err)) from None
    print(f"created {_describe(profile)}")
    return 0


def run_rename(args: argparse.Namespace) -> int:
    from newsquiz.store import ProfileError

    with open_store(args) as store:
        try:
            profile = store.rename_profile(_named(store, args.name), args.new_name)
        except ProfileError as err:
            raise UsageError(str(err)) from None
    print(f"renamed {args.name!r} to {profile.name!r}")
    return 0


def run_set(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile = _named(store, args.name)
        profile = store.update_settings(profile, _settings(args, profile.settings))
    print(_describe(profile))
    return 0


def run_use(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile = _named(store, args.name)
        store.remember_profile(profile)
    print(f"now studying as {profile.name!r}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile = _named(store, args.name)
        if not args.yes:
            print(
                f"This deletes {profile.name!r} and all of their progress and history; "
                "decks are kept.\nType the profile's name to confirm: ",
                end="",
                flush=True,
            )
            typed = sys.stdin.readline().strip()
            if typed != profile.name:
                print("not deleted")
                return 2
        store.delete_profile(profile)
    print(f"deleted profile {profile.name!r}")
    return 0
