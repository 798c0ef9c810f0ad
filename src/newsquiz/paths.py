"""Where newsquiz finds its files: bundled decks and (later) the user's data directory.

Nothing is read or created at import time; callers ask when they need a path.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def bundled_decks_dir() -> Path:
    """The decks shipped with newsquiz: package data in a wheel, `decks/` in a source checkout."""
    packaged = Path(str(resources.files("newsquiz"))) / "decks"
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "decks"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError("newsquiz's bundled decks are missing; reinstall newsquiz")
