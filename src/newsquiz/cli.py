"""The `newsquiz` command line: one parser, one module per command in `newsquiz.commands`.

Exit codes (`newsquiz.exit_codes`) are part of the interface: 0 success, 1 an internal failure,
2 bad input. argparse already exits 2 on a wrong option.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from newsquiz import __version__, exit_codes
from newsquiz.commands import COMMANDS
from newsquiz.startup import UsageError


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
        from newsquiz.commands import app

        args.run = app.run
    try:
        code: int = args.run(args)
    except UsageError as err:
        print(f"newsquiz: {err}", file=sys.stderr)
        return exit_codes.BAD_INPUT
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return exit_codes.OK
    except PermissionError as err:  # a file we may not write, or a school server's refusal
        print(f"newsquiz: {err}", file=sys.stderr)
        return exit_codes.FAILURE
    except Exception as err:  # the last line of defence: a traceback is not a user interface
        print(f"newsquiz: internal error: {type(err).__name__}: {err}", file=sys.stderr)
        print("Please report this with the command you ran.", file=sys.stderr)
        return exit_codes.FAILURE
    return code
