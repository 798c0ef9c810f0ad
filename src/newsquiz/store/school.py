"""A school's shared PostgreSQL database: roles, privileges and row-level security.

Every learner connects with their own database role; a profile belongs to the role that created
it (`profile.db_role`). Row-level security then lets a learner's connection see and change only
their own profiles and the card states, reviews, sessions and flags of those profiles, whatever
SQL they send, while teachers see everything. Learners may read decks and cards but not change
them; in `meta` they may write only their own record of the stale-card sweep and their own
profiles' interface language. The store's own
queries are unchanged: the server filters them.

Two group roles per database carry the privileges, `<database>_learners` and
`<database>_teachers`; a person's login role is a member of one. Policies compare against
`session_user`, the role that logged in, which `SET ROLE` cannot change: a learner cannot become
the group role and see rows filed under its name.

`set_up_school` is idempotent: run it again after upgrading newsquiz (a new table gets its
policies) or to add learners. It needs a role that owns the tables and may create roles.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Connection, Table, select, text

from newsquiz.core.scheduling import Settings
from newsquiz.store import profiles
from newsquiz.store.stale import SWEEP_KEY
from newsquiz.store.tables import CARD, DECK, FLAG, META, PROFILE, REVIEW, SESSION, STATE

SHARED: tuple[Table, ...] = (DECK, CARD)
"""Everyone reads these; only teachers change them."""
OWNED: tuple[Table, ...] = (STATE, REVIEW, SESSION, FLAG)
"""Rows that belong to one profile, through their `profile_id`."""

_MINE = "db_role = session_user"
UI_LANGUAGE_PREFIX = "ui_language:"
"""`Store.ui_language` keeps a profile's interface language in `meta` as `ui_language:<id>`."""
_OWN_META = (
    f"(key = '{SWEEP_KEY}:' || session_user OR key IN "
    f"(SELECT '{UI_LANGUAGE_PREFIX}' || id FROM profile WHERE {_MINE}))"
)
"""`meta` is read by everyone; a learner writes only the record their stale-card sweep keeps
(`stale.py`, `dialect.own_key`) and their own profiles' interface language."""
_MY_PROFILES = f"profile_id IN (SELECT id FROM profile WHERE {_MINE})"
_MY_SESSION = "(session_id IS NULL OR session_id IN (SELECT id FROM study_session))"
"""A review may only name one of the learner's own sessions (the subquery is itself filtered by
the session table's policy): otherwise a learner could tie a review to another's session, and
that learner could no longer delete their profile."""
MAX_ROLE_NAME = 63
"""PostgreSQL's identifier limit, in bytes."""


class SchoolError(ValueError):
    """The setup cannot be done as asked: not PostgreSQL, or a role name that cannot be one."""


@dataclass(frozen=True, slots=True)
class GroupRoles:
    learners: str
    teachers: str


@dataclass
class SchoolSetup:
    """What `set_up_school` did, for the command to report."""

    groups: GroupRoles
    created_roles: list[str] = field(default_factory=list)
    existing_roles: list[str] = field(default_factory=list)
    created_profiles: list[str] = field(default_factory=list)


def check_role_name(name: str) -> str:
    cleaned = name.strip()
    if not cleaned or len(cleaned.encode()) > MAX_ROLE_NAME or "\x00" in cleaned:
        raise SchoolError(f"{name!r} cannot be a database role name (1 to 63 bytes)")
    if cleaned.lower().startswith("pg_"):
        raise SchoolError(f"{name!r}: role names starting with pg_ are reserved by PostgreSQL")
    return cleaned


def group_roles(connection: Connection) -> GroupRoles:
    database = str(connection.execute(text("SELECT current_database()")).scalar_one())
    return GroupRoles(
        learners=check_role_name(f"{database}_learners"),
        teachers=check_role_name(f"{database}_teachers"),
    )


def set_up_school(
    connection: Connection,
    *,
    teachers: Sequence[str] = (),
    learners: Sequence[str] = (),
    now_ms: int,
    settings: Settings | None = None,
) -> SchoolSetup:
    """Roles, grants and policies on an up-to-date schema, in the caller's transaction; then a
    profile named after each learner's role, if that role has none yet."""
    if connection.dialect.name != "postgresql":
        raise SchoolError(
            "a school server needs a PostgreSQL database (a postgresql+psycopg:// URL)"
        )
    teachers = [check_role_name(name) for name in teachers]
    learners = [check_role_name(name) for name in learners]
    both = set(teachers) & set(learners)
    if both:
        raise SchoolError(f"a role cannot be both teacher and learner: {', '.join(sorted(both))}")
    groups = group_roles(connection)
    setup = SchoolSetup(groups)
    quote = connection.dialect.identifier_preparer.quote
    learner_group, teacher_group = quote(groups.learners), quote(groups.teachers)

    def run(sql: str) -> None:
        connection.execute(text(sql))

    for group in (groups.learners, groups.teachers):
        if not _role_exists(connection, group):
            run(f"CREATE ROLE {quote(group)} NOLOGIN")

    # Before PostgreSQL 15 everyone could create tables in `public`; learners need not.
    schema = str(connection.execute(text("SELECT current_schema()")).scalar_one())
    run(f"REVOKE CREATE ON SCHEMA {quote(schema)} FROM PUBLIC")
    for table in (META, *SHARED, PROFILE, *OWNED):
        name = quote(table.name)
        run(f"REVOKE ALL ON {name} FROM PUBLIC")
        run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {teacher_group}")
        if table in SHARED:
            run(f"GRANT SELECT ON {name} TO {learner_group}")
        else:
            run(f"GRANT SELECT, INSERT, UPDATE, DELETE ON {name} TO {learner_group}")
        sequence = _sequence_of(connection, table)
        if sequence is not None:
            readers = teacher_group if table in SHARED else f"{teacher_group}, {learner_group}"
            run(f"GRANT USAGE, SELECT ON SEQUENCE {sequence} TO {readers}")

    for table in (META, PROFILE, *OWNED):
        name = quote(table.name)
        mine = {META: _OWN_META, PROFILE: _MINE}.get(table, _MY_PROFILES)
        check = f"{mine} AND {_MY_SESSION}" if table is REVIEW else mine
        run(f"ALTER TABLE {name} ENABLE ROW LEVEL SECURITY")
        for policy in ("learner_own_rows", "learner_reads_all", "teacher_all_rows"):
            run(f"DROP POLICY IF EXISTS {policy} ON {name}")
        run(
            f"CREATE POLICY learner_own_rows ON {name} TO {learner_group} "
            f"USING ({mine}) WITH CHECK ({check})"
        )
        if table is META:
            run(
                f"CREATE POLICY learner_reads_all ON {name} FOR SELECT "
                f"TO {learner_group} USING (true)"
            )
        run(f"CREATE POLICY teacher_all_rows ON {name} TO {teacher_group} USING (true)")

    for role, group in [(t, teacher_group) for t in teachers] + [
        (n, learner_group) for n in learners
    ]:
        if _role_exists(connection, role):
            setup.existing_roles.append(role)
        else:
            run(f"CREATE ROLE {quote(role)} LOGIN")
            setup.created_roles.append(role)
        run(f"GRANT {group} TO {quote(role)}")

    for role in learners:
        if not _has_profile(connection, role):
            profiles.create_profile(connection, role, settings or Settings(), now_ms, db_role=role)
            setup.created_profiles.append(role)
    return setup


def _role_exists(connection: Connection, role: str) -> bool:
    found = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role})
    return found.first() is not None


def _sequence_of(connection: Connection, table: Table) -> str | None:
    """The sequence behind the table's serial `id`, already quoted, or None."""
    if "id" not in table.c or not table.c.id.primary_key or table is META:
        return None
    value = connection.execute(
        text("SELECT pg_get_serial_sequence(:t, 'id')"),
        {"t": connection.dialect.identifier_preparer.quote(table.name)},
    ).scalar_one()
    return None if value is None else str(value)


def _has_profile(connection: Connection, role: str) -> bool:
    query = select(PROFILE.c.id).where(PROFILE.c.db_role == role).limit(1)
    return connection.execute(query).first() is not None
