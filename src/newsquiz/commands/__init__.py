"""One module per `newsquiz` subcommand; each has `register(subparsers)` which sets `run`.

Keeping commands apart keeps `cli.py` small and lets a new command arrive as one new module.
"""

from __future__ import annotations

import argparse
from typing import Any, Protocol

from newsquiz.commands import (
    answer_check,
    check,
    decks,
    due,
    export_deck,
    export_progress,
    flags,
    generate,
    import_csv,
    import_decks,
    profiles,
    quiz,
    report,
    review,
    server_setup,
    stale,
    stats,
)


class Command(Protocol):
    def register(self, subparsers: argparse._SubParsersAction[Any]) -> None: ...


COMMANDS: tuple[Command, ...] = (
    check,
    generate,
    import_decks,
    decks,
    due,
    review,
    profiles,
    stats,
    answer_check,
    report,
    flags,
    stale,
    export_progress,
    quiz,
    export_deck,
    import_csv,
    server_setup,
)
