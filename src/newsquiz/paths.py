"""Where newsquiz finds its files: bundled decks and the learner's progress database.

Nothing is read or created at import time; callers ask when they need a path.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

DB_ENV = "NEWSQUIZ_DB"
DB_FILENAME = "newsquiz.db"


def bundled_decks_dir() -> Path:
    """The decks shipped with newsquiz: package data in a wheel, `decks/` in a source checkout."""
    packaged = Path(str(resources.files("newsquiz"))) / "decks"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "decks"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("newsquiz's bundled decks are missing; reinstall newsquiz")


def user_data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/newsquiz on Linux); not created here."""
    import platformdirs  # imported on use: only commands that open the database need it

    return Path(platformdirs.user_data_dir("newsquiz", appauthor=False))


def database_location(given: str | None, environ: Mapping[str, str] | None = None) -> str:
    """The database to open: `--db` if given, else `$NEWSQUIZ_DB`, else the user data folder.

    A value may be a file path or a SQLAlchemy URL (`postgresql://...`).
    """
    if given:
        return given
    env = os.environ if environ is None else environ
    if env.get(DB_ENV):
        return env[DB_ENV]
    return str(user_data_dir() / DB_FILENAME)
