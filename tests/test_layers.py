"""The layers hold: core is pure, store knows no UI, and no lower layer imports a higher one.

Checked in a fresh interpreter (what a module really loads) and on the import statements (what a
module may load later, deferred inside a function).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src" / "newsquiz"

LOADS_NOTHING_OF = [
    ("newsquiz.core", ("textual", "sqlalchemy", "sqlmodel", "pymorphy3")),
    ("newsquiz.cli", ("textual", "sqlalchemy", "sqlmodel", "pymorphy3")),
    ("newsquiz.store", ("textual",)),
]

MAY_NOT_IMPORT = {
    "core": (
        "newsquiz.store",
        "newsquiz.tui",
        "newsquiz.generate",
        "newsquiz.commands",
        "textual",
        "sqlalchemy",
        "sqlmodel",
    ),
    "store": ("newsquiz.tui", "newsquiz.generate", "newsquiz.commands", "textual"),
    "generate": (
        "newsquiz.store",
        "newsquiz.tui",
        "newsquiz.commands",
        "textual",
        "sqlalchemy",
        "sqlmodel",
    ),
    "tui": ("newsquiz.commands",),
}


@pytest.mark.parametrize(
    ("module", "heavy"), LOADS_NOTHING_OF, ids=[m for m, _ in LOADS_NOTHING_OF]
)
def test_import_loads_nothing_heavy(module: str, heavy: tuple[str, ...]) -> None:
    code = (
        f"import sys, {module}\n"
        f"print(' '.join(sorted({{m.split('.')[0] for m in sys.modules}} & set({heavy!r}))))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert loaded == []


def imported_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", sorted(MAY_NOT_IMPORT))
def test_no_layer_imports_a_higher_one(layer: str) -> None:
    forbidden = MAY_NOT_IMPORT[layer]
    offenders = sorted(
        f"{path.relative_to(SRC)} imports {name}"
        for path in (SRC / layer).rglob("*.py")
        for name in imported_names(path)
        if any(name == f or name.startswith(f + ".") for f in forbidden)
    )
    assert offenders == []
