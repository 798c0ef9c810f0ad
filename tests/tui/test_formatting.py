"""Durations and shares as the screens print them."""

from __future__ import annotations

import pytest

from newsquiz.tui.formatting import bar, duration


@pytest.mark.parametrize(
    ("seconds", "text"), [(0.4, "0s"), (45, "45s"), (185, "3m 05s"), (3720, "1h 02m")]
)
def test_duration(seconds: float, text: str) -> None:
    assert duration(seconds) == text


def test_bar_is_clamped_and_proportional() -> None:
    assert bar(0.5, 4) == "██░░"
    assert bar(1.7, 3) == "███"
    assert bar(-1, 2) == "░░"
