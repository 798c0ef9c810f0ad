"""Opening the learner's store for a command or the TUI: location, first start, whose turn it is.

On first start (a database that has never had the bundled decks) the shipped decks are imported,
so `newsquiz review` has something to study straight away.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING

from newsquiz.core.decks import DeckError
from newsquiz.deck_files import find_deck_files, read_deck_file
from newsquiz.i18n import _
from newsquiz.paths import bundled_decks_dir, database_location

if TYPE_CHECKING:
    from newsquiz.core.progress import Profile
    from newsquiz.store import Store

DEFAULT_PROFILE = "default"
SYNC_ENV = "NEWSQUIZ_SYNCHRONOUS"
"""`full` makes every commit wait for the disk (SQLite synchronous=FULL); see store/wal_flush.py."""


class UsageError(Exception):
    """A wrong name or option from the user: reported as one line, exit code 2."""


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """`--db` on a subcommand too, so it may follow the command name."""
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=_("progress database file or URL (default: $NEWSQUIZ_DB, else the user data folder)"),
    )


def add_profile_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help=_("the learner (default: the last one used, or the only one)"),
    )


def open_store(args: argparse.Namespace) -> Store:
    # sqlmodel is heavy; only commands that need it pay for it
    from newsquiz.store import SchemaError, Store

    full = os.environ.get(SYNC_ENV, "").lower() == "full"
    location = database_location(getattr(args, "db", None))
    try:
        store = Store.open(location, synchronous="full" if full else "normal")
    except SchemaError as err:
        raise UsageError(str(err)) from None
    if not store.bundled_decks_imported():
        decks = []
        for path in find_deck_files([bundled_decks_dir()]):
            try:
                decks.append(read_deck_file(path))
            except DeckError as err:  # a broken shipped deck must not stop the app
                print(
                    _("newsquiz: skipping bundled deck {name}: {error}").format(
                        name=path.name, error=err
                    ),
                    file=sys.stderr,
                )
        store.import_bundled_decks(decks)
    return store


def choose_profile(store: Store, name: str | None) -> Profile:
    """The named learner; else the last one used; else the only one; else a new one."""
    if name:
        profile = store.profile(name)
        if profile is None:
            raise UsageError(
                _("no profile named {name}; create it with: newsquiz profiles add {name}").format(
                    name=repr(name)
                )
            )
        return profile
    last = store.last_profile()
    if last is not None:
        return last
    profiles = store.profiles()
    if len(profiles) == 1:
        return profiles[0]
    if not profiles:  # on a shared server, named after the learner's database role
        return store.create_profile(store.own_role() or DEFAULT_PROFILE)
    names = ", ".join(p.name for p in profiles)
    raise UsageError(
        _("several profiles exist ({names}); choose one with --profile NAME").format(names=names)
    )
