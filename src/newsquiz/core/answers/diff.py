"""A character diff between what was typed and what was expected, for a coloured reveal.

Case is ignored when aligning, so `маямі` against `Маямі` is all `equal`; the text shown is the
expected answer's own spelling, because that is what the learner should see.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from newsquiz.core.answers.verdicts import DiffKind, DiffSegment
from newsquiz.core.text import unify_marks


def display_form(text: str) -> str:
    """Marks unified and spaces collapsed, case kept: the text both sides of a diff are shown in."""
    return " ".join(unify_marks(text).split())


def char_diff(typed: str, expected: str) -> tuple[DiffSegment, ...]:
    typed = display_form(typed)
    expected = display_form(expected)
    ops = Levenshtein.opcodes([ch.casefold() for ch in typed], [ch.casefold() for ch in expected])
    segments: list[DiffSegment] = []
    for op in ops:
        was = typed[op.src_start : op.src_end]
        now = expected[op.dest_start : op.dest_end]
        if op.tag == "equal":
            segments.append(DiffSegment(DiffKind.EQUAL, now))
        elif op.tag == "insert":
            segments.append(DiffSegment(DiffKind.INSERT, now))
        elif op.tag == "delete":
            segments.append(DiffSegment(DiffKind.DELETE, was))
        else:
            segments.append(DiffSegment(DiffKind.REPLACE, now, was))
    return tuple(_merge(segments))


def _merge(segments: list[DiffSegment]) -> list[DiffSegment]:
    merged: list[DiffSegment] = []
    for seg in segments:
        if merged and merged[-1].kind is seg.kind:
            last = merged[-1]
            merged[-1] = DiffSegment(seg.kind, last.text + seg.text, last.typed + seg.typed)
        else:
            merged.append(seg)
    return merged


def render_diff(segments: tuple[DiffSegment, ...]) -> str:
    """A plain-text rendering for terminals without colour: `Мая[-ы+і]` style marks."""
    parts: list[str] = []
    for seg in segments:
        if seg.kind is DiffKind.EQUAL:
            parts.append(seg.text)
        elif seg.kind is DiffKind.INSERT:
            parts.append(f"[+{seg.text}]")
        elif seg.kind is DiffKind.DELETE:
            parts.append(f"[-{seg.text}]")
        else:
            parts.append(f"[-{seg.typed}+{seg.text}]")
    return "".join(parts)
