"""`newsquiz export-progress`: one learner's progress as one JSON-lines file to hand in.

The format is in `docs/progress-files.md`; `newsquiz report --from FILE` reads it. Only decks the
learner has studied are included.
"""

from __future__ import annotations

import argparse
import sys
import uuid
from pathlib import Path
from typing import Any

from newsquiz import __version__
from newsquiz.i18n import _
from newsquiz.startup import (
    UsageError,
    add_db_option,
    add_profile_option,
    choose_profile,
    open_store,
)


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "export-progress",
        help=_("write a learner's progress to one file (JSON lines) for a teacher"),
        description=_(
            "Write one learner's answers and card states as a JSON-lines progress file, "
            "which a teacher merges into a class report with: newsquiz report --from FILE."
        ),
    )
    add_profile_option(parser)
    parser.add_argument(
        "--deck", action="append", metavar="SLUG", help=_("only this deck (repeatable)")
    )
    parser.add_argument(
        "-o", "--output", required=True, metavar="FILE", help=_("the file to write (- for stdout)")
    )
    add_db_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from newsquiz.commands.report import studied_decks
    from newsquiz.core.progress_files import header_line, progress_lines

    with open_store(args) as store:
        profile = choose_profile(store, args.profile)
        known = {deck.slug for deck in store.decks()}
        missing = [slug for slug in args.deck or () if slug not in known]
        if missing:
            raise UsageError(f"no such deck: {', '.join(missing)}")
        cards, students = store.class_progress(decks=args.deck, profile=profile)
        header = header_line(
            name=profile.name,
            key=store.student_key(profile),
            exported_at=store.now(),
            export_id=uuid.uuid4().hex,
            app_version=__version__,
        )
    (student,) = students
    studied = studied_decks(students)
    lines = progress_lines(header, [c for c in cards if c.deck in studied], student)
    text = "".join(line + "\n" for line in lines)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        Path(args.output).write_text(text, encoding="utf-8")
        print(
            f"wrote {args.output}: {profile.name}, {len(student.answers)} answers on "
            f"{len(student.states)} cards in {len(studied)} decks"
        )
    return 0
