"""An article as the generator sees it: an optional `date` header, then paragraphs of text.

Input arrives from files, stdin and pastes, so it is cleaned here once: invisible characters and
no-break spaces go, Latin look-alikes inside Cyrillic words are fixed, and the rest stays verbatim
so that a card's evidence is the article's own sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from newsquiz.core.text import INVISIBLE, fix_mixed_script

_DATE_HEADER = re.compile(r"\A\s*date[ \t:]+(\d{4}-\d{2}-\d{2})[ \t]*(.*)$", re.IGNORECASE)
_CLEAN = str.maketrans({**dict.fromkeys(INVISIBLE), "\u00a0": " ", "\u202f": " ", "\t": " "})
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_EDGE = re.compile(r"[A-Za-z][^\W\d_A-Za-z]|[^\W\d_A-Za-z][A-Za-z]")
"""A Latin letter next to a non-Latin one: every word mixing Cyrillic and Latin letters has one."""
_SPACES = re.compile(r" {2,}")


class EmptyArticleError(ValueError):
    """The article has no text to make cards from."""


@dataclass(frozen=True, slots=True)
class Article:
    name: str
    """Where it came from (a file stem, or `stdin`), for the deck slug."""
    as_of: date | None
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)


def clean_text(text: str) -> str:
    """Invisible marks out, odd spaces made plain, mixed-script Cyrillic words repaired."""
    text = text.translate(_CLEAN).replace("\r\n", "\n").replace("\r", "\n")
    if not _CYRILLIC.search(text) or not _LATIN_EDGE.search(text):
        return text  # no word mixes scripts: nothing to repair, and no call per word
    return _WORD.sub(lambda m: fix_mixed_script(m.group(0)), text)


def parse_article(raw: str, name: str = "article") -> Article:
    """Split off the `date YYYY-MM-DD` header (text may follow it on the same line)."""
    text = clean_text(raw.removeprefix("\ufeff"))
    as_of: date | None = None
    first, _, rest = text.partition("\n")
    header = _DATE_HEADER.match(first)
    if header:
        try:
            as_of = date.fromisoformat(header.group(1))
        except ValueError:
            as_of = None
        if as_of is not None:
            text = header.group(2) + "\n" + rest
    paragraphs = tuple(_SPACES.sub(" ", line.strip()) for line in text.split("\n") if line.strip())
    if not paragraphs:
        raise EmptyArticleError("the article is empty: there is no text to make cards from")
    return Article(name=name, as_of=as_of, paragraphs=paragraphs)
