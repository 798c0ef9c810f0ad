"""`newsquiz server-setup` and the learner's commands against a school's PostgreSQL database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.store.tables import SCHEMA_VERSION
from tests.pg_server import PostgresServer
from tests.test_cli_store import DECK, run, run_json


def test_server_setup_then_learners_study_on_their_own_roles(
    pg_server: PostgresServer,
    pg_database: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    admin = pg_server.url(pg_database)
    teacher, ann, bo = (f"{pg_database}_{name}" for name in ("teach", "ann", "bo"))
    code, out = run(
        capsys, "server-setup", "--db", admin, "--teacher", teacher, "--learners", f"{ann},{bo}"
    )
    assert code == 0, out
    assert f"schema version {SCHEMA_VERSION}: created; 2 decks" in out
    assert f"created login roles: {teacher}, {ann}, {bo}" in out
    assert f"created profiles: {ann}, {bo}" in out

    deck = tmp_path / "sample.yaml"
    deck.write_text(DECK, encoding="utf-8")
    code, out = run(capsys, "--db", pg_server.url(pg_database, user=ann), "import", str(deck))
    assert code == 1
    assert "does not allow your role this: permission denied for table deck" in out
    assert "internal error" not in out
    assert (
        run(capsys, "--db", pg_server.url(pg_database, user=teacher), "import", str(deck))[0] == 0
    )

    learner = pg_server.url(pg_database, user=ann)
    code, out = run(
        capsys, "--db", learner, "review", "--plain", "--deck", "sample", stdin="paris\n\n"
    )
    assert code == 0, out
    assert "answered 1, 1 correct" in out
    assert run_json(capsys, "--db", learner, "profiles", "--json")[0]["name"] == ann
    assert run_json(capsys, "--db", learner, "due", "--deck", "sample", "--json")["profile"] == ann
    bo_due = run_json(
        capsys, "--db", pg_server.url(pg_database, user=bo), "due", "--deck", "sample", "--json"
    )
    assert (bo_due["profile"], bo_due["new"]) == (bo, 3)  # ann's answer is not bo's
    as_teacher = pg_server.url(pg_database, user=teacher)
    stats = run_json(capsys, "--db", as_teacher, "stats", "--profile", ann, "--json")
    assert stats["reviews_today"] == 1
    code, out = run(capsys, "--db", learner, "stats", "--profile", bo)
    assert (code, f"no profile named {bo!r}" in out) == (2, True)
    report = run_json(capsys, "--db", as_teacher, "report", "--deck", "sample", "--json")
    assert sorted(student["name"] for student in report["students"]) == [ann, bo]
    mine = run_json(capsys, "--db", learner, "report", "--deck", "sample", "--json")
    assert [student["name"] for student in mine["students"]] == [ann]

    code, out = run(capsys, "server-setup", "--db", admin, "--learners", ann, "--json")
    data = json.loads(out)
    assert (code, data["schema"], data["created_roles"], data["existing_roles"]) == (
        0,
        "up to date",
        [],
        [ann],
    )


def test_a_learner_without_a_profile_gets_one_named_after_their_role(
    pg_server: PostgresServer, pg_database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    admin = pg_server.url(pg_database)
    cy = f"{pg_database}_cy"
    assert run(capsys, "server-setup", "--db", admin)[0] == 0
    pg_server.admin.execute(f'CREATE ROLE "{cy}" LOGIN IN ROLE "{pg_database}_learners"')
    data = run_json(capsys, "--db", pg_server.url(pg_database, user=cy), "due", "--json")
    assert data["profile"] == cy


def test_server_setup_needs_postgresql(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(capsys, "server-setup", "--db", str(tmp_path / "one.db"), "--learners", "a")
    assert (code, "needs a PostgreSQL URL" in out) == (2, True)
    assert main(["server-setup", "--db", str(tmp_path / "one.db"), "--json"]) == 2
