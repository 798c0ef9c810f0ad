"""Every test starts in English with no locale from the developer's shell leaking in."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsquiz.i18n import set_language


@pytest.fixture(autouse=True)
def english_interface(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    set_language("en")
    yield
    set_language("en")
