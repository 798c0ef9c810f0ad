"""`newsquiz check`: validate deck files and folders, for teachers and for CI."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newsquiz import exit_codes
from newsquiz.core.cards import Deck
from newsquiz.core.decks import DeckError, Problem
from newsquiz.deck_files import find_deck_files, read_deck_file
from newsquiz.i18n import _, n_
from newsquiz.paths import bundled_decks_dir


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "check",
        help=_("validate deck files"),
        description=_(
            "Validate deck files, or every *.yaml/*.yml file below the given folders. "
            "Exit 0 when all are valid, 2 when any is not."
        ),
    )
    parser.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help=_("deck files or folders (default: the bundled decks)"),
    )
    parser.add_argument(
        "--json", action="store_true", help=_("print a JSON list with one object per problem")
    )
    parser.set_defaults(run=run)


def describe(deck: Deck) -> str:
    counts = Counter(card.type.value for card in deck.cards)
    kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()))
    count = len(deck.cards)
    return n_(
        "{slug} «{title}» ({language}): {count} card ({kinds})",
        "{slug} «{title}» ({language}): {count} cards ({kinds})",
        count,
    ).format(slug=deck.slug, title=deck.title, language=deck.language, count=count, kinds=kinds)


def run(args: argparse.Namespace) -> int:
    paths: list[Path] = args.paths or [bundled_decks_dir()]
    problems: list[Problem] = []
    lines: list[str] = []
    checked = 0
    valid = 0
    for given in paths:
        if given.is_dir() and not any(find_deck_files([given])):
            problem = Problem(
                str(given), 1, 1, "", _("no *.yaml or *.yml deck files in this folder")
            )
            problems.append(problem)
            lines.append(f"{given}: {problem.message}")
            continue
        for path in find_deck_files([given]):
            checked += 1
            try:
                deck = read_deck_file(path)
            except DeckError as err:
                problems.extend(err.problems)
                count = len(err.problems)
                lines.append(
                    n_("{path}: {count} problem", "{path}: {count} problems", count).format(
                        path=path, count=count
                    )
                )
                lines.extend(f"  {problem}" for problem in err.problems)
                continue
            valid += 1
            lines.append(_("{path}: ok: {deck}").format(path=path, deck=describe(deck)))
    if args.json:
        json.dump([p.to_dict() for p in problems], sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print("\n".join(lines))
        if checked > 1 or (checked and problems):
            summary = n_(
                "{checked} file checked: {valid} valid",
                "{checked} files checked: {valid} valid",
                checked,
            ).format(checked=checked, valid=valid)
            if valid < checked:
                summary += n_(
                    ", {bad} with problems ({count} in all)",
                    ", {bad} with problems ({count} in all)",
                    len(problems),
                ).format(bad=checked - valid, count=len(problems))
            print(summary)
    return exit_codes.BAD_INPUT if problems else exit_codes.OK
