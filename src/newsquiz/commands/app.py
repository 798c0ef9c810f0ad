"""`newsquiz` with no command: the full-screen app on the learner's database."""

from __future__ import annotations

import argparse
import sys

from newsquiz import exit_codes
from newsquiz.startup import UsageError, open_store


def run(args: argparse.Namespace) -> int:
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError(
            "the full-screen app needs a terminal; in scripts and pipes use "
            "`newsquiz review --plain` (see `newsquiz --help`)"
        )
    from newsquiz.tui.app import NewsquizApp  # textual loads only for the full-screen app

    with open_store(args) as store:
        profile = store.profile(args.profile) if getattr(args, "profile", None) else None
        NewsquizApp(store, profile=profile).run()
    return exit_codes.OK
