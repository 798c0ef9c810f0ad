"""The character diff of a typed answer against the expected one, coloured for the terminal."""

from __future__ import annotations

from rich.text import Text

from newsquiz.core.answers import DiffKind, DiffSegment

STYLES = {
    DiffKind.EQUAL: "green",
    DiffKind.INSERT: "bold black on yellow",
    DiffKind.DELETE: "strike red",
}


def diff_text(segments: tuple[DiffSegment, ...]) -> Text:
    """Missed expected characters highlighted, extra ones struck through, swaps shown both."""
    text = Text()
    for segment in segments:
        if segment.kind is DiffKind.REPLACE:
            text.append(segment.typed, style="strike red")
            text.append(segment.text, style="bold black on yellow")
        else:
            text.append(segment.text, style=STYLES[segment.kind])
    return text
