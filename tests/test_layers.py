"""The core is pure: importing it loads no UI or database library (in a fresh interpreter)."""

from __future__ import annotations

import subprocess
import sys

import pytest

HEAVY = ("textual", "sqlalchemy", "sqlmodel", "pymorphy3")


@pytest.mark.parametrize("module", ["newsquiz.core", "newsquiz.cli"])
def test_import_loads_no_ui_or_database(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        f"print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({HEAVY!r}))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert loaded == []
