"""`newsquiz profiles`: learners sharing one database, each with their own settings and history."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from newsquiz.core.progress import Profile
from newsquiz.core.scheduling import Settings
from newsquiz.i18n import _, available_languages, format_number, language_name
from newsquiz.startup import UsageError, add_db_option, open_store

if TYPE_CHECKING:
    from newsquiz.store import Store


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "profiles",
        help=_("list, add, rename, configure or delete learner profiles"),
        description=_("Learner profiles: each has its own progress, daily limits and retention."),
    )
    parser.add_argument("--json", action="store_true", help=_("print the list as JSON"))
    add_db_option(parser)
    parser.set_defaults(run=run_list)
    actions = parser.add_subparsers(dest="action", metavar="ACTION")

    listing = actions.add_parser("list", help=_("list profiles (the default)"))
    listing.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help=_("print a JSON list")
    )
    add_db_option(listing)
    listing.set_defaults(run=run_list)

    add = actions.add_parser("add", help=_("create a profile"))
    add.add_argument("name")
    _settings_options(add)
    add_db_option(add)
    add.set_defaults(run=run_add)

    rename = actions.add_parser("rename", help=_("rename a profile"))
    rename.add_argument("name")
    rename.add_argument("new_name", metavar="NEW_NAME")
    add_db_option(rename)
    rename.set_defaults(run=run_rename)

    settings = actions.add_parser("set", help=_("change a profile's settings"))
    settings.add_argument("name")
    _settings_options(settings)
    add_db_option(settings)
    settings.set_defaults(run=run_set)

    use = actions.add_parser("use", help=_("make a profile the default for later commands"))
    use.add_argument("name")
    add_db_option(use)
    use.set_defaults(run=run_use)

    delete = actions.add_parser(
        "delete",
        help=_("delete a profile and its history"),
        description=_(
            "Delete a learner and all their reviews, sessions and flags; decks are kept. "
            "Asks for the profile's name as confirmation unless --yes is given."
        ),
    )
    delete.add_argument("name")
    delete.add_argument("--yes", action="store_true", help=_("do not ask for confirmation"))
    add_db_option(delete)
    delete.set_defaults(run=run_delete)


def _settings_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--retention", type=float, help=_("desired retention, 0.70-0.99 (default 0.90)")
    )
    parser.add_argument("--new-per-day", type=int, help=_("new cards per day (default 20)"))
    parser.add_argument("--reviews-per-day", type=int, help=_("reviews per day (default 200)"))
    parser.add_argument(
        "--rollover-hour", type=int, help=_("local hour a new learner day starts (default 4)")
    )
    parser.add_argument(
        "--ui-lang",
        dest="profile_language",
        choices=(*available_languages(), SYSTEM_LANGUAGE),
        help=_("the learner's interface language; `system` follows $LANG"),
    )


SYSTEM_LANGUAGE = "system"


def _save_language(store: Store, profile: Profile, args: argparse.Namespace) -> None:
    if args.profile_language is not None:
        code = None if args.profile_language == SYSTEM_LANGUAGE else args.profile_language
        store.set_ui_language(profile, code)


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


def _describe(profile: Profile, language: str | None = None) -> str:
    s = profile.settings
    text = _(
        "{name}: retention {retention}, {new} new/day, {reviews} reviews/day, day starts {hour}:00"
    ).format(
        name=profile.name,
        retention=format_number(s.desired_retention, 2),
        new=s.new_per_day,
        reviews=s.reviews_per_day,
        hour=f"{s.rollover_hour:02d}",
    )
    if language is not None:
        text += _(", interface: {language}").format(language=language_name(language))
    return text


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
        raise UsageError(_("no profile named {name}").format(name=repr(name)))
    return profile


def run_list(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profiles = store.profiles()
        last = store.last_profile()
        languages = {p.id: store.ui_language(p) for p in profiles}
    if args.json:
        data = [
            {**_to_dict(p), "last_used": last is not None and p.id == last.id} for p in profiles
        ]
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    if not profiles:
        print(_("no profiles yet; create one with: newsquiz profiles add NAME"))
    for profile in profiles:
        marker = "*" if last is not None and profile.id == last.id else " "
        print(f"{marker} {_describe(profile, languages[profile.id])}")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from newsquiz.store import ProfileError

    with open_store(args) as store:
        try:
            profile = store.create_profile(args.name, _settings(args, Settings()))
        except ProfileError as err:
            raise UsageError(str(err)) from None
        _save_language(store, profile, args)
        language = store.ui_language(profile)
    print(_("created {profile}").format(profile=_describe(profile, language)))
    return 0


def run_rename(args: argparse.Namespace) -> int:
    from newsquiz.store import ProfileError

    with open_store(args) as store:
        try:
            profile = store.rename_profile(_named(store, args.name), args.new_name)
        except ProfileError as err:
            raise UsageError(str(err)) from None
    print(_("renamed {old} to {new}").format(old=repr(args.name), new=repr(profile.name)))
    return 0


def run_set(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile = _named(store, args.name)
        profile = store.update_settings(profile, _settings(args, profile.settings))
        _save_language(store, profile, args)
        language = store.ui_language(profile)
    print(_describe(profile, language))
    return 0


def run_use(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile = _named(store, args.name)
        store.remember_profile(profile)
    print(_("now studying as {name}").format(name=repr(profile.name)))
    return 0


def run_delete(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile = _named(store, args.name)
        if not args.yes:
            print(
                _(
                    "This deletes {name} and all of their progress and history; "
                    "decks are kept.\nType the profile's name to confirm: "
                ).format(name=repr(profile.name)),
                end="",
                flush=True,
            )
            typed = sys.stdin.readline().strip()
            if typed != profile.name:
                print(_("not deleted"))
                return 2
        store.delete_profile(profile)
    print(_("deleted profile {name}").format(name=repr(profile.name)))
    return 0
