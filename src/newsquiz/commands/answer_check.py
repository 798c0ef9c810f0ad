"""`newsquiz answer-check`: try the answer checker on one case, as a teacher writing a deck would.

The verdict is printed whatever it is (exit 0): a `wrong` verdict is an answer, not a failure.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from newsquiz.core.answers import Verdict, check_text, render_diff
from newsquiz.core.cards import Reject
from newsquiz.core.decks import LANGUAGE_PATTERN
from newsquiz.i18n import _

RATING_NAMES = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "answer-check",
        help=_("check a typed answer against an expected one"),
        description=_(
            "Show how newsquiz judges a typed answer: correct, close (a typo) or wrong, which "
            "alternative matched, a character diff and the suggested rating. Exit 0 whatever "
            "the verdict, 2 on bad usage."
        ),
    )
    parser.add_argument("expected", help=_("the expected answer (the card's `answer`)"))
    parser.add_argument("typed", help=_("what the learner typed"))
    parser.add_argument("--lang", default="uk", help=_("the deck's language (default: uk)"))
    parser.add_argument(
        "--accept",
        action="append",
        default=[],
        metavar="TEXT",
        help=_("another correct answer, as in a card's `accept` list (repeatable)"),
    )
    parser.add_argument(
        "--reject",
        action="append",
        default=[],
        metavar="ANSWER=WHY",
        help=_("an anticipated wrong answer and why it is wrong, as in `reject` (repeatable)"),
    )
    parser.add_argument(
        "--seconds", type=float, default=None, help=_("how long the answer took (for Easy)")
    )
    parser.add_argument("--json", action="store_true", help=_("print the verdict as JSON"))
    parser.set_defaults(run=run)


def _rejects(entries: list[str]) -> list[Reject] | str:
    rejects: list[Reject] = []
    for entry in entries:
        answer, sep, why = entry.partition("=")
        if not sep or not answer.strip() or not why.strip():
            return f"--reject needs ANSWER=WHY, not {entry!r}"
        rejects.append(Reject(answer=answer.strip(), why=why.strip()))
    return rejects


def describe(verdict: Verdict) -> list[str]:
    lines = [f"verdict: {verdict.outcome.value}"]
    if verdict.matched is not None:
        lines.append(f"matched: {verdict.matched}")
    if verdict.rules:
        lines.append("because: " + ", ".join(sorted(rule.value for rule in verdict.rules)))
    if verdict.reject_why:
        lines.append(f"why not: {verdict.reject_why}")
    if verdict.diff:
        lines.append(f"diff:    {render_diff(verdict.diff)}")
    rating = int(verdict.suggested_rating)
    lines.append(f"rating:  {rating} ({RATING_NAMES[rating]})")
    return lines


def run(args: argparse.Namespace) -> int:
    if not LANGUAGE_PATTERN.fullmatch(args.lang):
        print(f"newsquiz answer-check: not a language code: {args.lang!r}", file=sys.stderr)
        return 2
    if not args.expected.strip():
        print("newsquiz answer-check: the expected answer is empty", file=sys.stderr)
        return 2
    rejects = _rejects(args.reject)
    if isinstance(rejects, str):
        print(f"newsquiz answer-check: {rejects}", file=sys.stderr)
        return 2
    verdict = check_text(
        [args.expected, *args.accept],
        args.typed,
        args.lang,
        reject=rejects,
        elapsed_seconds=args.seconds,
    )
    if args.json:
        json.dump(verdict.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print("\n".join(describe(verdict)))
    return 0
