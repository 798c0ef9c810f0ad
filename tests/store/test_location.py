"""Where the database is: --db, then $NEWSQUIZ_DB, then the user data folder; paths or URLs."""

from __future__ import annotations

from pathlib import Path

from newsquiz.paths import DB_FILENAME, database_location, user_data_dir
from newsquiz.store import Store
from newsquiz.store.engine import url_for


def test_option_beats_environment_beats_data_folder() -> None:
    env = {"NEWSQUIZ_DB": "/from/env.db"}
    assert database_location("/given.db", env) == "/given.db"
    assert database_location(None, env) == "/from/env.db"
    assert database_location(None, {}) == str(user_data_dir() / DB_FILENAME)
    assert user_data_dir().name == "newsquiz"


def test_paths_become_sqlite_urls_and_urls_pass_through(tmp_path: Path) -> None:
    assert url_for(tmp_path / "p.db") == f"sqlite:///{tmp_path / 'p.db'}"
    assert url_for("postgresql://teacher@school/newsquiz") == "postgresql://teacher@school/newsquiz"


def test_opening_creates_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "progress.db"
    with Store.open(path) as store:
        assert store.upgraded_from == 0
    assert path.is_file()
