"""Whatever is typed, the checker answers: no crash, a consistent verdict, an honest diff."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsquiz.core.answers import DiffKind, Outcome, check_text
from newsquiz.core.answers.diff import display_form
from newsquiz.core.text import normalise

ALPHABET = st.sampled_from(
    list("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВЇЙabcdefxyzXYZ0123456789 ,.;:-–—'’ʼ«»\"%&/\u00a0")
)
TEXTS = st.text(ALPHABET, max_size=30)


@settings(max_examples=300, deadline=None)
@given(expected=TEXTS, typed=TEXTS)
def test_any_input_gets_a_consistent_verdict(expected: str, typed: str) -> None:
    verdict = check_text([expected or "Маямі"], typed, "uk")
    assert verdict.outcome in set(Outcome)
    assert (verdict.matched is None) == (verdict.outcome is Outcome.WRONG)
    assert 1 <= verdict.suggested_rating <= 4
    typed_chars = "".join(
        seg.typed or (seg.text if seg.kind in (DiffKind.EQUAL, DiffKind.DELETE) else "")
        for seg in verdict.diff
    )
    assert typed_chars.casefold() == display_form(typed).casefold()


@settings(max_examples=200, deadline=None)
@given(text=TEXTS)
def test_an_answer_typed_as_written_is_correct(text: str) -> None:
    if normalise(text):
        assert check_text([text], text, "uk").outcome is Outcome.CORRECT
