"""`newsquiz import`: bring deck files into the progress store, idempotently.

Each deck is imported whole or not at all: a file with any validation problem changes nothing
and its problems are listed. Re-importing an edited file keeps progress on every card whose id
is unchanged and retires cards that left the file.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from newsquiz.core.decks import DeckError, Problem
from newsquiz.core.progress import ImportReport
from newsquiz.deck_files import find_deck_files, read_deck_file
from newsquiz.i18n import _
from newsquiz.startup import add_db_option, open_store


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "import",
        help=_("import deck files into your progress store"),
        description=_(
            "Import deck files, or every *.yaml/*.yml file below the given folders. Importing "
            "the same file again changes nothing; edited cards keep their progress; cards "
            "removed from the file are retired. Exit 2 if any file has problems (those files "
            "import nothing)."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help=_("deck files or folders")
    )
    parser.add_argument("--json", action="store_true", help=_("print a JSON report"))
    add_db_option(parser)
    parser.set_defaults(run=run)


def describe(report: ImportReport) -> str:
    parts = [f"{report.added} added", f"{report.updated} updated", f"{report.retired} retired"]
    if report.restored:
        parts.append(f"{report.restored} restored")
    parts.append(f"{report.unchanged} unchanged")
    return f"{report.slug}: " + ", ".join(parts)


def run(args: argparse.Namespace) -> int:
    problems: list[Problem] = []
    reports: list[tuple[Path, ImportReport]] = []
    lines: list[str] = []
    files = list(find_deck_files(args.paths))
    with open_store(args) as store:
        for path in files:
            try:
                deck = read_deck_file(path)
            except DeckError as err:
                problems.extend(err.problems)
                lines.append(f"{path}: not imported, {len(err.problems)} problem(s)")
                lines.extend(f"  {problem}" for problem in err.problems)
                continue
            # The absolute path, so "where does this card come from" works from any folder.
            report = store.import_deck(replace(deck, origin=str(path.resolve())))
            reports.append((path, report))
            lines.append(f"{path}: {describe(report)}")
    if not files:
        problems.append(Problem(" ".join(map(str, args.paths)), 1, 1, "", "no deck files found"))
        lines.append("no deck files found")
    if args.json:
        data = {
            "imported": [
                {
                    "file": str(path),
                    "deck": r.slug,
                    "added": r.added,
                    "updated": r.updated,
                    "retired": r.retired,
                    "restored": r.restored,
                    "unchanged": r.unchanged,
                }
                for path, r in reports
            ],
            "problems": [p.to_dict() for p in problems],
        }
        print(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        print("\n".join(lines))
    return 2 if problems else 0
