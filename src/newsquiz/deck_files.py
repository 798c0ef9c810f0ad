"""Deck files on disk: finding them in folders and reading them safely into `Deck` values.

This is the I/O edge around the pure parser in `newsquiz.core.decks`: the size limit is checked
with `stat` before a byte is read, so a 50 MB file is refused instantly.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from newsquiz.core.cards import Deck
from newsquiz.core.decks import MAX_DECK_BYTES, DeckError, Problem, parse_deck
from newsquiz.i18n import _

DECK_SUFFIXES = (".yaml", ".yml")


def find_deck_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Each file as given, and every `*.yaml`/`*.yml` below each folder (sorted, no hidden ones)."""
    for path in paths:
        if path.is_dir():
            found = (
                p
                for p in path.rglob("*")
                if p.suffix.lower() in DECK_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            yield from sorted(found)
        else:
            yield path


def read_deck_file(path: Path, display: str | None = None) -> Deck:
    """Parse one deck file; every failure, including I/O, is a `DeckError` naming the file."""
    name = display or str(path)

    def fail(message: str) -> DeckError:
        return DeckError([Problem(name, 1, 1, "", message)])

    try:
        size = path.stat().st_size
        if size > MAX_DECK_BYTES:
            mib = 1024 * 1024
            raise fail(
                _("file is {size} MiB; a deck may be at most {most} MiB").format(
                    size=f"{size / mib:.1f}", most=MAX_DECK_BYTES // mib
                )
            )
        content = path.read_bytes()
    except FileNotFoundError:
        raise fail(_("no such file")) from None
    except IsADirectoryError:
        raise fail(_("is a folder, not a deck file")) from None
    except OSError as err:
        raise fail(_("cannot read: {reason}").format(reason=err.strerror or err)) from None
    return parse_deck(content, name)
