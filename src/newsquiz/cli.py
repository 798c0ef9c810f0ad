"""The `newsquiz` command line: one parser, one module per command in `newsquiz.commands`.

Exit codes (`newsquiz.exit_codes`) are part of the interface: 0 success, 1 an internal failure,
2 bad input. argparse already exits 2 on a wrong option.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from newsquiz import __version__, exit_codes
from newsquiz.commands import COMMANDS
from newsquiz.i18n import N_, _, available_languages, choose_language, n_, set_language
from newsquiz.startup import UsageError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsquiz",
        description=_(
            "Learn current affairs: turn news into flashcards, study them with spaced repetition."
        ),
    )
    parser.add_argument("--version", action="version", version=f"newsquiz {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=_("progress database file or URL (default: $NEWSQUIZ_DB, else the user data folder)"),
    )
    parser.add_argument(
        "--ui-lang",
        choices=available_languages(),
        help=_(
            "language of the interface (default: the profile's setting, else $LANG, else English)"
        ),
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def explicit_language(argv: Sequence[str]) -> str | None:
    """`--ui-lang` read before the parser exists, so that its own help is in that language."""
    for i, arg in enumerate(argv):
        if arg == "--ui-lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--ui-lang="):
            return arg.partition("=")[2]
    return None


ARGPARSE_MESSAGES = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("expected one argument"),
    N_("invalid %(type)s value: %(value)r"),
    N_("not allowed with argument %s"),
    N_("one of the arguments %s is required"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)
"""argparse's own words, which it looks up through `gettext`; we answer from our catalog."""


def speak_argparse() -> None:
    """Point argparse's gettext lookups at our catalog, so its usage and errors match."""
    argparse._ = _  # type: ignore[attr-defined]  # argparse calls this module-level name
    argparse.ngettext = n_  # type: ignore[attr-defined]  # and this one for plurals


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    explicit = explicit_language(arguments)
    if explicit not in available_languages():
        explicit = None  # the parser reports the bad value, in the locale's language
    set_language(choose_language(explicit, None, os.environ), pinned=explicit is not None)
    speak_argparse()
    parser = build_parser()
    args = parser.parse_args(arguments)
    if args.command is None:
        from newsquiz.commands import app

        args.run = app.run
    try:
        code: int = args.run(args)
    except UsageError as err:
        print(_("newsquiz: {error}").format(error=err), file=sys.stderr)
        return exit_codes.BAD_INPUT
    except KeyboardInterrupt:
        print(_("interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        return exit_codes.OK
    except PermissionError as err:  # a file we may not write, or a school server's refusal
        print(_("newsquiz: {error}").format(error=err), file=sys.stderr)
        return exit_codes.FAILURE
    except Exception as err:  # the last line of defence: a traceback is not a user interface
        print(
            _("newsquiz: internal error: {kind}: {error}").format(
                kind=type(err).__name__, error=err
            ),
            file=sys.stderr,
        )
        print(_("Please report this with the command you ran."), file=sys.stderr)
        return exit_codes.FAILURE
    return code
