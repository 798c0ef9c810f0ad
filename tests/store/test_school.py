"""A school server: each learner's own database role sees and changes only their own progress,
whatever SQL they send; teachers see everyone's and manage decks; learners cannot change decks.

Every test gets a fresh database set up by `newsquiz server-setup`'s code as the superuser, with
one teacher and two learners (ann and bo) whose role names carry the database's name, because
roles belong to the whole server while databases are per test.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

import psycopg
import pytest
from psycopg import errors
from sqlalchemy import select

from newsquiz.core.cards import BasicCard, Deck
from newsquiz.core.progress import Profile
from newsquiz.core.scheduling import Rating, Settings
from newsquiz.store import NotPermitted, SchemaError, SchoolError, Store, ui_language_key
from newsquiz.store.school import OWNED, SHARED, UI_LANGUAGE_PREFIX
from newsquiz.store.tables import META, PROFILE, SCHEMA_VERSION
from tests.pg_server import PostgresServer
from tests.store.conftest import KYIV, FakeClock, basic_cards, make_deck

OWNED_TABLES = ("profile", "card_state", "review", "study_session", "flag")


@dataclass
class School:
    server: PostgresServer
    database: str
    clock: FakeClock
    teacher: str
    ann: str
    bo: str

    def url(self, role: str = "postgres") -> str:
        return self.server.url(self.database, user=role)

    def open(self, role: str = "postgres") -> Store:
        return Store.open(self.url(role), clock=self.clock, tz=KYIV)

    def sql(self, role: str) -> psycopg.Connection[Any]:
        """A learner at a psql prompt: their own login, hand-written SQL."""
        return self.server.connect(self.database, user=role)

    def profile_of(self, store: Store, role: str) -> Profile:
        found = store.profile(role)
        assert found is not None
        return found


def study(store: Store, profile: Profile, answers: int, clock: FakeClock) -> None:
    session = store.start_session(profile)
    for _ in range(answers):
        card = session.next_card()
        assert card is not None
        session.answer(card, Rating.Good, answer="typed", verdict="correct", duration_ms=900)
        store.flag_card(profile, card.id, "outdated")
        clock.advance(minutes=2)


@pytest.fixture
def school(pg_server: PostgresServer, pg_database: str, clock: FakeClock) -> School:
    names = School(
        pg_server, pg_database, clock, f"{pg_database}_teach", f"{pg_database}_ann",
        f"{pg_database}_bo",
    )  # fmt: skip
    with names.open() as admin:
        admin.import_deck(make_deck(cards=basic_cards(6)))
        setup = admin.set_up_school(teachers=[names.teacher], learners=[names.ann, names.bo])
    assert setup.created_profiles == [names.ann, names.bo]
    for role in (names.ann, names.bo):
        with names.open(role) as store:
            study(store, names.profile_of(store, role), 3, clock)
    return names


def counts(connection: psycopg.Connection[Any], where: str = "") -> dict[str, int]:
    found = {}
    for name in OWNED_TABLES:
        row = connection.execute(f"SELECT count(*) FROM {name} {where}").fetchone()
        assert row is not None
        found[name] = int(row[0])
    return found


def snapshot(school: School) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every learner table, as the superuser sees them."""
    with school.server.connect(school.database) as admin:
        return {
            name: admin.execute(f"SELECT * FROM {name} ORDER BY id").fetchall()
            for name in OWNED_TABLES
        }


def test_every_table_is_either_shared_or_owned_by_a_profile() -> None:
    """A new table must be given its row-level security before it ships."""
    from sqlmodel import SQLModel

    classified = {t.name for t in (META, *SHARED, PROFILE, *OWNED)}
    assert classified == set(SQLModel.metadata.tables)
    assert all("profile_id" in t.c for t in OWNED)


def test_a_learner_sees_only_their_own_profile_and_history(school: School) -> None:
    with school.open(school.ann) as store:
        assert [p.name for p in store.profiles()] == [school.ann]
        ann = school.profile_of(store, school.ann)
        assert store.profile(school.bo) is None
        assert len(store.flags()) == 3
        assert sum(day.reviews for day in store.reviews_per_day(ann)) == 3
    with school.sql(school.ann) as connection:
        mine = counts(connection)
        everyone = counts(school.server.connect(school.database))
    assert mine == {"profile": 1, "card_state": 6, "review": 3, "study_session": 1, "flag": 3}
    assert everyone == {k: 2 * v for k, v in mine.items()}


def test_hand_written_sql_cannot_read_another_learners_rows(school: School) -> None:
    with school.open() as admin:
        bo_id = school.profile_of(admin, school.bo).id
    with school.sql(school.ann) as connection:
        for name in OWNED_TABLES:
            column = "id" if name == "profile" else "profile_id"
            row = connection.execute(f"SELECT count(*) FROM {name} WHERE {column} = %s", [bo_id])
            assert row.fetchone() == (0,), name
        joined = connection.execute(
            "SELECT count(*) FROM review r JOIN profile p ON p.id = r.profile_id "
            "WHERE p.db_role <> session_user"
        ).fetchone()
        assert joined == (0,)


def test_hand_written_sql_cannot_change_another_learners_rows(school: School) -> None:
    with school.open() as admin:
        ann_id = school.profile_of(admin, school.ann).id
        bo_id = school.profile_of(admin, school.bo).id
    before = snapshot(school)
    with school.sql(school.ann) as connection:
        for statement in (
            f"UPDATE card_state SET reps = 99 WHERE profile_id = {bo_id}",
            f"UPDATE review SET rating = 1 WHERE profile_id = {bo_id}",
            f"UPDATE profile SET name = 'mine now' WHERE id = {bo_id}",
            f"DELETE FROM review WHERE profile_id = {bo_id}",
            f"DELETE FROM flag WHERE profile_id = {bo_id}",
            f"DELETE FROM card_state WHERE profile_id = {bo_id}",
            f"DELETE FROM study_session WHERE profile_id = {bo_id}",
            f"DELETE FROM profile WHERE id = {bo_id}",
        ):
            assert connection.execute(statement).rowcount == 0, statement
        (bo_session,) = [row[0] for row in before["study_session"] if row[1] == bo_id]
        for statement in (
            # writing rows in bo's name, or moving one's own rows to bo
            f"INSERT INTO review (profile_id, card_id, reviewed_at, rating, phase_before, "
            f"is_cram, prior) VALUES ({bo_id}, 1, 0, 3, 0, false, '{{}}')",
            f"INSERT INTO flag (profile_id, card_id, created_at, reason, note) "
            f"VALUES ({bo_id}, 1, 0, 'x', '')",
            f"UPDATE card_state SET profile_id = {bo_id} WHERE profile_id = {ann_id}",
            f"UPDATE profile SET db_role = '{school.bo}' WHERE id = {ann_id}",
            f"INSERT INTO profile (name, created_at, desired_retention, new_per_day, "
            f"reviews_per_day, rollover_hour, db_role) VALUES ('fake', 0, 0.9, 1, 1, 4, "
            f"'{school.bo}')",
            # a review of one's own tied to bo's session
            f"INSERT INTO review (profile_id, card_id, session_id, reviewed_at, rating, "
            f"phase_before, is_cram, prior) VALUES ({ann_id}, 1, {bo_session}, 0, 3, 0, false, "
            f"'{{}}')",
        ):
            with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
                connection.execute(statement)
    assert snapshot(school) == before


def test_set_role_does_not_widen_what_a_learner_sees(school: School) -> None:
    """Policies check the login role (`session_user`), which SET ROLE does not change."""
    with school.sql(school.ann) as connection:
        connection.execute(f'SET ROLE "{school.database}_learners"')
        assert counts(connection)["review"] == 3
        with pytest.raises(errors.InsufficientPrivilege):
            connection.execute(f'SET ROLE "{school.database}_teachers"')


def test_learners_cannot_change_decks(school: School) -> None:
    with school.open(school.ann) as store:
        with pytest.raises(NotPermitted, match="permission denied for table deck"):
            store.import_deck(make_deck("mine", cards=basic_cards(2)))
        assert [d.slug for d in store.decks()] == ["sample"]
    with school.sql(school.ann) as connection:
        for statement in (
            "UPDATE card SET data = '{}'",
            "DELETE FROM card",
            "UPDATE deck SET title = 'x'",
            "INSERT INTO deck (slug, title, language, origin, data, imported_at) "
            "VALUES ('x', 'x', 'en', 'x', '{}', 0)",
        ):
            with pytest.raises(errors.InsufficientPrivilege, match="permission denied"):
                connection.execute(statement)
        # `meta`: everything readable, only the learner's own stale-sweep record writable
        assert connection.execute("UPDATE meta SET value = '99'").rowcount <= 1
        assert connection.execute("DELETE FROM meta WHERE key = 'schema_version'").rowcount == 0
        with pytest.raises(errors.InsufficientPrivilege, match="row-level security"):
            connection.execute("INSERT INTO meta VALUES ('schema_version:x', '1')")
        version = connection.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'"
        ).fetchone()
        assert version == (str(SCHEMA_VERSION),)


def test_teacher_sees_everyone_and_manages_decks(school: School, clock: FakeClock) -> None:
    with school.open(school.teacher) as teacher:
        assert sorted(p.name for p in teacher.profiles()) == [school.ann, school.bo]
        bo = school.profile_of(teacher, school.bo)
        card_id = teacher.find_card("sample", "c0")
        assert len(teacher.card_history(bo, card_id)) == 1
        assert len(teacher.flags()) == 6
        report = teacher.import_deck(make_deck("news", cards=basic_cards(4, prefix="n")))
        assert report.added == 4
    with school.open(school.bo) as store:
        bo = school.profile_of(store, school.bo)
        assert store.due_counts(bo, ["news"]).new == 4


def test_a_learner_studies_normally_under_row_level_security(
    school: School, clock: FakeClock
) -> None:
    with school.open(school.ann) as store:
        ann = store.update_settings(school.profile_of(store, school.ann), Settings(new_per_day=10))
        session = store.start_session(ann)
        card = session.next_card()
        assert card is not None
        session.answer(card, Rating.Again)
        assert session.undo() is not None
        session.bury(card)
        store.suspend(ann, store.find_card("sample", "c5"))
        session.end()
        store.remember_profile(ann)
        assert store.last_profile() == ann
        second = store.create_profile("ann's cram")
        assert sorted(p.name for p in store.profiles()) == ["ann's cram", school.ann]
        assert sum(n for _, n in store.forecast(ann, 3)) >= 0
        assert store.decks(ann)[0].suspended == 1
        store.delete_profile(second)
        with pytest.raises(Exception, match="taken"):
            store.create_profile(school.bo)  # bo's name, though ann cannot see bo
    with school.open(school.bo) as store:
        assert len(store.profiles()) == 1


def test_a_learner_may_delete_their_own_profile_only(school: School) -> None:
    with school.open(school.ann) as store:
        store.delete_profile(school.profile_of(store, school.ann))
        assert store.profiles() == []
    with school.open() as admin:
        assert [p.name for p in admin.profiles()] == [school.bo]


def test_setup_again_adds_learners_and_changes_nothing_else(school: School) -> None:
    before = snapshot(school)
    cy = f"{school.database}_cy"
    with school.open() as admin:
        again = admin.set_up_school(teachers=[school.teacher], learners=[school.ann, cy])
    assert again.created_roles == [cy]
    assert again.existing_roles == [school.teacher, school.ann]
    assert again.created_profiles == [cy]
    after = snapshot(school)
    assert after["review"] == before["review"]
    assert after["card_state"][: len(before["card_state"])] == before["card_state"]
    with school.open(cy) as store:
        assert [p.name for p in store.profiles()] == [cy]
        assert store.due_counts(store.profiles()[0]).new == 6


def test_setup_refuses_bad_role_names_and_sqlite(school: School, tmp_path: Any) -> None:
    with school.open() as admin:
        with pytest.raises(SchoolError, match="role name"):
            admin.set_up_school(learners=[""])
        with pytest.raises(SchoolError, match="both"):
            admin.set_up_school(teachers=["x"], learners=["x"])
        with pytest.raises(SchoolError, match="reserved"):
            admin.set_up_school(learners=["pg_monitor"])
    with Store.open(tmp_path / "one.db") as local, pytest.raises(SchoolError, match="PostgreSQL"):
        local.set_up_school(learners=["ann"])


def test_a_learner_cannot_create_or_upgrade_the_schema(school: School) -> None:
    """Only the tables' owner may; the learner is told to ask for `server-setup`."""
    with school.server.connect(school.database) as admin:
        admin.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with pytest.raises(SchemaError, match="server-setup"):
        school.open(school.ann)
    empty = school.server.create_database()
    try:
        with pytest.raises(SchemaError, match="server-setup"):
            Store.open(school.server.url(empty, user=school.ann))
    finally:
        school.server.drop_database(empty)


def test_rows_stay_owned_by_their_role(school: School) -> None:
    with school.open() as admin, admin.engine.connect() as connection:
        roles = dict(connection.execute(select(PROFILE.c.name, PROFILE.c.db_role)).all())
    assert roles == {school.ann: school.ann, school.bo: school.bo}


def test_stale_cards_leave_each_learners_queue_on_their_own_sweep(
    school: School, clock: FakeClock
) -> None:
    """Each role keeps its own record of the stale-card sweep: a learner sees only their own
    profiles, so their sweep covers (and may write) only their own card states."""
    with school.open(school.teacher) as teacher:
        teacher.import_deck(STALE_DECK)
    clock.now = datetime(2026, 3, 6, 8, tzinfo=UTC)  # the old fact's last day was 5 March
    for role in (school.ann, school.bo):
        with school.open(role) as store:
            learner = school.profile_of(store, role)
            assert store.due_counts(learner, ["news"]).new == 1
            assert store.is_outdated(store.find_card("news", "old"))
    with school.server.connect(school.database) as admin:
        keys = {row[0] for row in admin.execute("SELECT key FROM meta WHERE key LIKE 'stale%'")}
    assert {f"stale_sweep:{school.ann}", f"stale_sweep:{school.bo}"} <= keys


STALE_DECK = Deck(
    slug="news",
    title="News",
    language="en",
    origin="decks/news.yaml",
    cards=(
        BasicCard(id="old", question="Old?", answer="old", valid_until=date(2026, 3, 5)),
        BasicCard(id="new", question="New?", answer="new"),
    ),
)


def test_a_learner_keeps_their_own_interface_language(school: School) -> None:
    with school.open(school.ann) as store:
        ann = school.profile_of(store, school.ann)
        assert ui_language_key(ann).startswith(UI_LANGUAGE_PREFIX)
        store.set_ui_language(ann, "uk")
        assert store.ui_language(ann) == "uk"
    with school.open() as admin:
        bo = school.profile_of(admin, school.bo)
    with (
        school.sql(school.ann) as connection,
        pytest.raises(errors.InsufficientPrivilege, match="row-level security"),
    ):
        connection.execute(f"INSERT INTO meta VALUES ('{ui_language_key(bo)}', 'uk')")
    with school.open(school.ann) as store:
        store.delete_profile(school.profile_of(store, school.ann))
    with school.server.connect(school.database) as admin_sql:
        left = admin_sql.execute("SELECT count(*) FROM meta WHERE key LIKE 'ui_language:%'")
        assert left.fetchone() == (0,)
