"""Whatever bytes or YAML arrive, the loader returns a deck or raises DeckError, never anything else."""

from __future__ import annotations

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsquiz.core.cards import Deck
from newsquiz.core.decks import DeckError, Problem, parse_deck

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.text(max_size=20),
    st.dates().map(str),
    st.sampled_from(["basic", "choice", "cloze", "{{x}}", "{{}}", "a|b", "2025-12-23", "uk"]),
)
field_names = st.sampled_from(
    ["deck", "title", "language", "cards", "id", "type", "question", "answer", "accept", "choices",
     "text", "tags", "source", "as_of", "valid_until", "reject", "why", "url", "score", "x"]
)  # fmt: skip
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(field_names, inner, max_size=8),
    max_leaves=40,
)
almost_decks = st.fixed_dictionaries(
    {
        "deck": scalars,
        "title": scalars,
        "language": scalars,
        "cards": st.lists(documents, max_size=4),
    }
)


def _load(content: str | bytes) -> None:
    problems: tuple[Problem, ...] = ()
    try:
        result = parse_deck(content, "random.yaml")
    except DeckError as err:
        problems = err.problems
        assert problems, "a DeckError always carries at least one problem"
    else:
        assert isinstance(result, Deck)
    assert all(p.line >= 1 and p.column >= 1 and p.message for p in problems)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(documents, almost_decks))
def test_random_yaml_documents_never_crash_the_loader(document: object) -> None:
    _load(yaml.safe_dump(document, allow_unicode=True))


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash_the_loader(content: bytes) -> None:
    _load(content)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_random_text_never_crashes_the_loader(content: str) -> None:
    _load(content)
