"""`newsquiz server-setup`: make a PostgreSQL database a school's shared progress store.

One command, run by the database's owner: it creates or upgrades the schema, imports the
bundled decks, creates the learner and teacher roles with row-level security, and a profile for
each learner. Running it again is safe; it is how learners are added and how the schema is
upgraded after newsquiz is. The guide is docs/school-server.md.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from typing import Any

from newsquiz.i18n import _, n_
from newsquiz.paths import database_location
from newsquiz.startup import UsageError, add_db_option, open_store

EXAMPLE_URL = "postgresql+psycopg://admin@localhost/newsquiz"


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "server-setup",
        help=_("set up a shared PostgreSQL database for a school (schema, roles, security)"),
        description=_(
            "Create or upgrade the schema on a PostgreSQL database and set up row-level "
            "security: each learner's database role sees and changes only their own progress, "
            "teachers see everyone's and manage decks. Creates missing roles (without "
            "passwords) and a profile per learner. Safe to run again; run it after upgrading "
            "newsquiz. Needs a role that owns the database and may create roles. "
            "Guide: docs/school-server.md."
        ),
    )
    parser.add_argument(
        "--teacher",
        action="append",
        default=[],
        metavar="ROLE[,ROLE...]",
        help=_("database role of a teacher (repeatable, or comma-separated)"),
    )
    parser.add_argument(
        "--learners",
        action="append",
        default=[],
        metavar="ROLE[,ROLE...]",
        help=_("database roles of learners, comma-separated (repeatable)"),
    )
    parser.add_argument("--json", action="store_true", help=_("print a JSON report"))
    add_db_option(parser)
    parser.set_defaults(run=run)


def role_names(values: Iterable[str]) -> list[str]:
    """`--learners ann,bo --learners cy` as one list, in order, without repeats."""
    names: dict[str, None] = {}
    for value in values:
        for name in value.split(","):
            if name.strip():
                names[name.strip()] = None
    return list(names)


def run(args: argparse.Namespace) -> int:
    from newsquiz.store import SchoolError
    from newsquiz.store.tables import SCHEMA_VERSION

    location = database_location(getattr(args, "db", None))
    if not location.startswith("postgresql"):
        raise UsageError(
            _("server-setup needs a PostgreSQL URL, e.g. --db {example}").format(
                example=EXAMPLE_URL
            )
        )
    with open_store(args) as store:
        try:
            setup = store.set_up_school(
                teachers=role_names(args.teacher), learners=role_names(args.learners)
            )
        except SchoolError as err:
            raise UsageError(str(err)) from None
        decks = len(store.decks())
    found = store.upgraded_from
    schema = "created" if found == 0 else "up to date" if found == SCHEMA_VERSION else "upgraded"
    if args.json:
        data = {
            "schema": schema,
            "schema_version": SCHEMA_VERSION,
            "upgraded_from": found,
            "decks": decks,
            "learner_group": setup.groups.learners,
            "teacher_group": setup.groups.teachers,
            "created_roles": setup.created_roles,
            "existing_roles": setup.existing_roles,
            "created_profiles": setup.created_profiles,
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    state = {
        "created": _("created"),
        "up to date": _("up to date"),
        "upgraded": _("upgraded from version {version}").format(version=found),
    }[schema]
    print(
        n_(
            "schema version {version}: {state}; {n} deck",
            "schema version {version}: {state}; {n} decks",
            decks,
        ).format(version=SCHEMA_VERSION, state=state, n=decks)
    )
    print(
        _("group roles: {learners} (learners), {teachers} (teachers)").format(
            learners=setup.groups.learners, teachers=setup.groups.teachers
        )
    )
    if setup.created_roles:
        print(_("created login roles: {roles}").format(roles=", ".join(setup.created_roles)))
        print(_("  give each a password (psql: \\password ROLE) or another way to log in"))
    if setup.existing_roles:
        print(
            _("existing roles added to their group: {roles}").format(
                roles=", ".join(setup.existing_roles)
            )
        )
    if setup.created_profiles:
        print(_("created profiles: {roles}").format(roles=", ".join(setup.created_profiles)))
    return 0
