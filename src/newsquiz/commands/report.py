"""`newsquiz report`: a class's progress as students.csv, items.csv and summary.md (or JSON).

Sources are the progress database (`--db`, every profile in it) plus any number of `--from`
files: other students' database files or their exported progress files. Students are told apart
by their student key, so two `ann`s from two files stay two students, and the same student handed
in twice is counted once. Each deck's cards come from the first source that has the deck.
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsquiz.i18n import _
from newsquiz.startup import UsageError, add_db_option, open_store

if TYPE_CHECKING:
    from newsquiz.core.reports import ReportCard, StudentRecord

SQLITE_HEADER = b"SQLite format 3\x00"


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "report",
        help=_("write a class report (students.csv, items.csv, summary.md)"),
        description=_(
            "Report a class's progress: every profile in the database plus other students' "
            "database files and exported progress files (--from), merged without mixing students."
        ),
    )
    parser.add_argument(
        "--deck", action="append", metavar="SLUG", help=_("only this deck (repeatable)")
    )
    parser.add_argument(
        "--since", type=_date, metavar="DATE", help=_("only answers from this day on (YYYY-MM-DD)")
    )
    parser.add_argument(
        "--from",
        dest="sources",
        action="append",
        default=[],
        metavar="FILE",
        help=_("a student's database file or exported progress file (repeatable)"),
    )
    parser.add_argument(
        "--at",
        type=_moment,
        metavar="TIME",
        help=_("compute recall as of this UTC time (YYYY-MM-DD[THH:MM]; default: now)"),
    )
    parser.add_argument("-o", "--output", metavar="DIR", help=_("folder to write the report into"))
    parser.add_argument("--json", action="store_true", help=_("print the whole report as JSON"))
    add_db_option(parser)
    parser.set_defaults(run=run)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a time (YYYY-MM-DD[THH:MM]): {text!r}") from None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def is_database_file(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def gather(
    args: argparse.Namespace, since: datetime | None
) -> tuple[list[ReportCard], list[StudentRecord], datetime]:
    """Cards and students from every source; each deck's cards from the first source with it."""
    from newsquiz.core.progress_files import ProgressFileError, parse_progress_file
    from newsquiz.store import SchemaError, Store

    sources: list[tuple[list[ReportCard], list[StudentRecord]]] = []
    with open_store(args) as store:
        now = store.now()
        sources.append(store.class_progress(decks=args.deck, since=since, source="database"))
    for name in args.sources:
        path = Path(name)
        if not path.is_file():
            raise UsageError(f"no such file: {name}")
        if is_database_file(path):
            try:
                with Store.open(path) as other:
                    sources.append(
                        other.class_progress(decks=args.deck, since=since, source=path.name)
                    )
            except SchemaError as err:
                raise UsageError(f"{name}: {err}") from None
            continue
        try:
            progress = parse_progress_file(path.read_text(encoding="utf-8"), path.name)
        except (ProgressFileError, UnicodeDecodeError) as err:
            raise UsageError(f"{name}: {err}") from None
        sources.append(progress.for_report(decks=args.deck, since=since))
    cards: list[ReportCard] = []
    owner: dict[str, int] = {}
    students: list[StudentRecord] = []
    for index, (source_cards, source_students) in enumerate(sources):
        for card in source_cards:
            if owner.setdefault(card.deck, index) == index:
                cards.append(card)
        students.extend(source_students)
    return cards, students, now


def studied_decks(students: list[StudentRecord]) -> set[str]:
    """Decks some student has answered or scheduled: the report's default scope."""
    decks = {answer.deck for student in students for answer in student.answers}
    decks.update(deck for student in students for deck, _ in student.states)
    return decks


def run(args: argparse.Namespace) -> int:
    from newsquiz.core.report_formats import (
        items_csv,
        report_json,
        students_csv,
        summary_markdown,
    )
    from newsquiz.core.reports import build_report

    if not args.output and not args.json:
        raise UsageError("say where to write the report (-o DIR) or ask for --json")
    since = None if args.since is None else datetime.combine(args.since, datetime.min.time(), UTC)
    cards, students, now = gather(args, since)
    if args.deck:
        known = {card.deck for card in cards}
        missing = [slug for slug in args.deck if slug not in known]
        if missing:
            raise UsageError(f"no such deck: {', '.join(missing)}")
    else:
        studied = studied_decks(students)
        cards = [card for card in cards if card.deck in studied]
    if args.at is not None:
        now = args.at
    report = build_report(cards, students, now=now, since=since)
    if args.output:
        folder = Path(args.output)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "students.csv").write_text(students_csv(report), encoding="utf-8")
        (folder / "items.csv").write_text(items_csv(report), encoding="utf-8")
        (folder / "summary.md").write_text(summary_markdown(report), encoding="utf-8")
    if args.json:
        print(json.dumps(report_json(report), ensure_ascii=False, indent=2))
    else:
        behind = sum(1 for s in report.students if s.behind)
        print(
            f"wrote {args.output}/students.csv, items.csv and summary.md: "
            f"{len(report.students)} students, {len(report.items)} cards, {behind} behind"
        )
    return 0
