"""Learner profiles: their settings, and the per-card state rows every profile gets.

Deleting a profile deletes its history (states, reviews, sessions, flags) and nothing else; decks
and cards belong to everyone. On a shared PostgreSQL server a profile belongs to the database role
that created it (`db_role`), and row-level security shows each learner only their own: every
query here then sees just that learner's profiles, with no change to the query.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, RowMapping, false, func, literal, select
from sqlalchemy.exc import IntegrityError

from newsquiz.core.progress import Profile
from newsquiz.core.scheduling import Settings
from newsquiz.i18n import _
from newsquiz.store.dialect import own_role
from newsquiz.store.tables import CARD, FLAG, PROFILE, REVIEW, SESSION, STATE


class ProfileError(ValueError):
    """A profile name that is taken, empty, or unknown."""


def settings_columns(settings: Settings) -> dict[str, Any]:
    return {
        "desired_retention": settings.desired_retention,
        "new_per_day": settings.new_per_day,
        "reviews_per_day": settings.reviews_per_day,
        "rollover_hour": settings.rollover_hour,
    }


def profile_from_row(row: RowMapping) -> Profile:
    settings = Settings(
        desired_retention=row["desired_retention"],
        new_per_day=row["new_per_day"],
        reviews_per_day=row["reviews_per_day"],
        rollover_hour=row["rollover_hour"],
    )
    return Profile(id=row["id"], name=row["name"], settings=settings)


def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise ProfileError(_("a profile name cannot be empty"))
    if len(cleaned) > 64:
        raise ProfileError(_("a profile name can be at most 64 characters"))
    return cleaned


def list_profiles(connection: Connection) -> list[Profile]:
    rows = connection.execute(select(PROFILE).order_by(PROFILE.c.name)).mappings()
    return [profile_from_row(row) for row in rows]


def find_profile(connection: Connection, name: str) -> Profile | None:
    row = (
        connection.execute(select(PROFILE).where(PROFILE.c.name == clean_name(name)))
        .mappings()
        .first()
    )
    return profile_from_row(row) if row else None


def get_profile(connection: Connection, profile_id: int) -> Profile:
    row = connection.execute(select(PROFILE).where(PROFILE.c.id == profile_id)).mappings().first()
    if row is None:
        raise ProfileError(_("no profile with id {id}").format(id=profile_id))
    return profile_from_row(row)


def create_profile(
    connection: Connection,
    name: str,
    settings: Settings,
    now_ms: int,
    db_role: str | None = None,
) -> Profile:
    """A new learner; on PostgreSQL owned by `db_role`, by default the connected role."""
    name = clean_name(name)
    if find_profile(connection, name) is not None:
        raise ProfileError(_("a profile named {name} already exists").format(name=repr(name)))
    role = own_role(connection.dialect) if db_role is None else db_role
    try:
        profile_id = connection.execute(
            PROFILE.insert()
            .values(name=name, created_at=now_ms, db_role=role, **settings_columns(settings))
            .returning(PROFILE.c.id)
        ).scalar_one()
    except IntegrityError:
        # Another learner's profile, hidden by row-level security, has the name (the
        # transaction is rolled back as the error leaves it).
        raise ProfileError(_("the profile name {name} is taken").format(name=repr(name))) from None
    add_states_for_profile(connection, profile_id)
    return Profile(id=profile_id, name=name, settings=settings)


def add_states_for_profile(connection: Connection, profile_id: int) -> None:
    """A new learner starts every current card as new: one INSERT ... SELECT, no Python loop."""
    columns = ["profile_id", "card_id", "deck_id", "position", "retired", "phase", "reps"]
    columns += ["lapses", "suspended", "leech"]
    source = select(
        literal(profile_id),
        CARD.c.id,
        CARD.c.deck_id,
        CARD.c.position,
        CARD.c.retired_at.is_not(None),
        literal(0),
        literal(0),
        literal(0),
        false(),
        false(),
    )
    connection.execute(STATE.insert().from_select(columns, source))


def rename_profile(connection: Connection, profile_id: int, new_name: str) -> Profile:
    profile = get_profile(connection, profile_id)
    new_name = clean_name(new_name)
    other = find_profile(connection, new_name)
    if other is not None and other.id != profile_id:
        raise ProfileError(_("a profile named {name} already exists").format(name=repr(new_name)))
    connection.execute(PROFILE.update().where(PROFILE.c.id == profile_id).values(name=new_name))
    return Profile(id=profile.id, name=new_name, settings=profile.settings)


def update_settings(connection: Connection, profile_id: int, settings: Settings) -> Profile:
    profile = get_profile(connection, profile_id)
    connection.execute(
        PROFILE.update().where(PROFILE.c.id == profile_id).values(**settings_columns(settings))
    )
    return Profile(id=profile.id, name=profile.name, settings=settings)


def delete_profile(connection: Connection, profile_id: int) -> None:
    get_profile(connection, profile_id)
    for owned in (REVIEW, FLAG, STATE, SESSION):
        connection.execute(owned.delete().where(owned.c.profile_id == profile_id))
    connection.execute(PROFILE.delete().where(PROFILE.c.id == profile_id))


def remember_profile(connection: Connection, profile_id: int, now_ms: int) -> None:
    get_profile(connection, profile_id)
    connection.execute(
        PROFILE.update().where(PROFILE.c.id == profile_id).values(last_used_at=now_ms)
    )


def last_profile(connection: Connection) -> Profile | None:
    """The profile remembered last (of those this connection may see)."""
    row = (
        connection.execute(
            select(PROFILE)
            .where(PROFILE.c.last_used_at.is_not(None))
            .order_by(PROFILE.c.last_used_at.desc(), PROFILE.c.id.desc())
            .limit(1)
        )
        .mappings()
        .first()
    )
    return profile_from_row(row) if row else None


def profile_count(connection: Connection) -> int:
    return int(connection.execute(select(func.count()).select_from(PROFILE)).scalar_one())
