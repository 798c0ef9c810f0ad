"""The `newsquiz` command line: one parser, one module per command in `newsquiz.commands`.

Exit codes are part of the interface: 0 success, 1 an internal failure (a bug, or the machine),
2 bad input (a broken deck, a missing file, a wrong option).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsquiz import __version__
from newsquiz.commands import COMMANDS
from newsquiz.startup import UsageError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsquiz",
        description=(
            "Learn current affairs: turn news into flashcards, study them with spaced repetition."
        ),
    )
    parser.add_argument("--version", action="version", version=f"newsquiz {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="progress database file or URL (default: $NEWSQUIZ_DB, else the user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_OK
    try:
        code: int = args.run(args)
    except UsageError as err:
        print(f"newsquiz: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as err:  # the last line of defence: a traceback is not a user interface
        print(f"newsquiz: internal error: {type(err).__name__}: {err}", file=sys.stderr)
        print("Please report this with the command you ran.", file=sys.stderr)
        return EXIT_FAILURE
    return code
