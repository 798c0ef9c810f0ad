"""Lenient answer checking for Ukrainian and English: lemmas, numbers, names, typos.

`check_answer(card, typed, language=...)` is what the review screen calls; `check_text` does the
same for bare strings (the `answer-check` command). Morphology is loaded on first use, so importing
this package stays cheap. The rules, with examples for teachers, are in `docs/answers.md`.
"""

from newsquiz.core.answers.checking import check_answer, check_text, matcher_for
from newsquiz.core.answers.diff import char_diff, render_diff
from newsquiz.core.answers.verdicts import (
    DiffKind,
    DiffSegment,
    Outcome,
    Rating,
    RatingThresholds,
    Rule,
    Verdict,
    suggest_rating,
)

__all__ = [
    "DiffKind",
    "DiffSegment",
    "Outcome",
    "Rating",
    "RatingThresholds",
    "Rule",
    "Verdict",
    "char_diff",
    "check_answer",
    "check_text",
    "matcher_for",
    "render_diff",
    "suggest_rating",
]
