"""`newsquiz` with no command: the full-screen app on the learner's database."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from newsquiz import exit_codes
from newsquiz.i18n import _
from newsquiz.startup import UsageError, open_store

if TYPE_CHECKING:
    from newsquiz.store import Store


def run(args: argparse.Namespace) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError(
            _(
                "the full-screen app needs a terminal; in scripts and pipes use "
                "`newsquiz review --plain` (see `newsquiz --help`)"
            )
        )
    from newsquiz.tui.app import NewsquizApp  # textual loads only for the full-screen app

    opened: list[Store] = []

    def opener() -> Store:
        opened.append(open_store(args))
        return opened[0]

    try:
        NewsquizApp(opener=opener).run()
    finally:
        for store in opened:
            store.close()
    return exit_codes.OK
