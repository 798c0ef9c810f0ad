"""Article parsing: the date header, paragraphs and the cleaning of pasted text."""

from __future__ import annotations

from datetime import date

import pytest

from newsquiz.generate.article import EmptyArticleError, parse_article


def test_date_header_on_its_own_line_becomes_as_of() -> None:
    """`date YYYY-MM-DD` on the first line is the article's date, not its text."""
    article = parse_article("date 2024-05-10\n\nПерший абзац.\nДругий абзац.")
    assert article.as_of == date(2024, 5, 10)
    assert article.paragraphs == ("Перший абзац.", "Другий абзац.")


def test_text_after_the_date_on_the_same_line_is_kept() -> None:
    """The seed article puts its first paragraph on the date line, after leading spaces."""
    article = parse_article(" date 2024-05-10 Мер відкрив міст.\n\nДругий абзац.")
    assert article.as_of == date(2024, 5, 10)
    assert article.paragraphs[0] == "Мер відкрив міст."


def test_an_article_without_a_header_has_no_date() -> None:
    article = parse_article("The mayor opened a bridge.")
    assert article.as_of is None
    assert article.paragraphs == ("The mayor opened a bridge.",)


@pytest.mark.parametrize("raw", ["", "   \n\t\n", "\ufeff", "date 2024-01-01\n\n  \n"])
def test_empty_article_is_refused(raw: str) -> None:
    """An empty or whitespace-only article has nothing to ask about."""
    with pytest.raises(EmptyArticleError, match="empty"):
        parse_article(raw)


def test_pasted_oddities_are_cleaned() -> None:
    """No-break spaces, soft hyphens and a Latin `i` inside a Cyrillic word are repaired."""
    article = parse_article("Мер\u00a0Києва від\u00adкрив мiст.")
    assert article.paragraphs == ("Мер Києва відкрив міст.",)
