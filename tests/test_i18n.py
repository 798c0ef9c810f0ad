"""The interface language: catalogs complete and compiled, strings wrapped, plurals and dates right."""

from __future__ import annotations

import ast
import io
from datetime import date
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from newsquiz.cli import main
from newsquiz.i18n import (
    _,
    available_languages,
    choose_language,
    format_date,
    format_percent,
    language_from_environment,
    n_,
    set_language,
)

SRC = Path(__file__).parents[1] / "src" / "newsquiz"
LOCALE = SRC / "locale"
TRANSLATED = [code for code in available_languages() if code != "en"]
MARKERS = {"_", "N_", "n_", "p_"}


def catalog(code: str) -> Catalog:
    with (LOCALE / code / "LC_MESSAGES" / "newsquiz.po").open("rb") as handle:
        return read_po(handle, domain="newsquiz")


def call_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def marked_messages() -> set[str | tuple[str, str]]:
    """Every literal given to `_`, `N_`, `n_` (the singular) or `p_` (context, text) in src."""
    found: set[str | tuple[str, str]] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or call_name(node) not in MARKERS:
                continue
            args = [a.value if isinstance(a, ast.Constant) else None for a in node.args]
            if call_name(node) == "p_" and len(args) == 2 and all(args):
                found.add((str(args[0]), str(args[1])))
            elif args and isinstance(args[0], str):
                found.add(args[0])
    return found


def test_uk_is_available() -> None:
    assert "uk" in available_languages()


@pytest.mark.parametrize("code", TRANSLATED)
def test_committed_mo_matches_its_po(code: str) -> None:
    """Run `scripts/update_catalogs.py --compile` after editing a .po file.

    The messages are compared, not the bytes: the header Babel writes names its own version, so
    a new Babel release would fail a byte comparison with no catalog changed."""
    buffer = io.BytesIO()
    write_mo(buffer, catalog(code), use_fuzzy=False)
    buffer.seek(0)
    with (LOCALE / code / "LC_MESSAGES" / "newsquiz.mo").open("rb") as committed:
        assert _messages(read_mo(committed)) == _messages(read_mo(buffer))


def _messages(compiled: Catalog) -> dict[object, object]:
    def frozen(value: object) -> object:
        return tuple(value) if isinstance(value, list | tuple) else value

    return {(m.context, frozen(m.id)): frozen(m.string) for m in compiled if m.id}


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_message_in_the_source_is_translated(code: str) -> None:
    entries = {(m.context, m.id if isinstance(m.id, str) else m.id[0]): m for m in catalog(code)}
    missing = []
    for message in sorted(marked_messages(), key=str):
        context, text = message if isinstance(message, tuple) else (None, message)
        entry = entries.get((context, text))
        strings = () if entry is None else entry.string
        strings = (strings,) if isinstance(strings, str) else strings
        if entry is None or entry.fuzzy or not strings or not all(strings):
            missing.append(message)
    assert missing == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_their_placeholders(code: str) -> None:
    """A translation that drops or misspells `{name}` would crash `.format` or lose a value."""
    import re

    field = re.compile(r"(?<!\{)\{(\w*)\}(?!\})")
    wrong: list[str] = []
    for entry in catalog(code):
        if not entry.id:
            continue
        ids = (entry.id,) if isinstance(entry.id, str) else entry.id
        strings = (entry.string,) if isinstance(entry.string, str) else tuple(entry.string or ())
        wanted = set(field.findall(ids[-1]))
        wrong.extend(ids[0] for text in strings if set(field.findall(text)) != wanted)
    assert wrong == []


# -- strings nobody wrapped -----------------------------------------------------------------------

SHOWN_BY = {"notify", "Label", "Static", "Button", "print", "say", "UsageError", "ProfileError"}
SHOWN_AS = {"help", "description", "placeholder"}
UNTRANSLATED_FILES = {
    "commands/answer_check.py",
    "commands/export_deck.py",
    "commands/export_progress.py",
    "commands/flags.py",
    "commands/generate.py",
    "commands/import_csv.py",
    "commands/import_decks.py",
    "commands/quiz.py",
    "commands/report.py",
    "commands/review.py",
    "commands/stale.py",
}
"""Teacher commands and the plain review loop print English still (their help is translated)."""
SCANNED = ["tui", "commands", "cli.py", "startup.py", "core/decks.py", "deck_files.py"]


def has_words(node: ast.expr) -> bool:
    """A literal or f-string part with two letters in a row: words, not `●`, `{x}` or `[b]`."""
    import re

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = re.sub(r"\[/?[a-z ]*\]", "", node.value)  # Rich markup such as [dim] is no word
        return bool(re.search(r"[^\W\d_]{2}", text))
    if isinstance(node, ast.JoinedStr):
        return any(has_words(part) for part in node.values if isinstance(part, ast.Constant))
    return False


def unwrapped(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = call_name(node)
        texts: list[ast.expr] = []
        if name in SHOWN_BY:
            texts += node.args[:1]
        if name == "Binding":
            texts += node.args[2:3]
        texts += [k.value for k in node.keywords if k.arg in SHOWN_AS]
        found += [f"{path.name}:{t.lineno}" for t in texts if has_words(t)]
    return found


def test_no_user_facing_string_escapes_the_catalog() -> None:
    offenders = []
    for entry in SCANNED:
        paths = [SRC / entry] if entry.endswith(".py") else sorted((SRC / entry).rglob("*.py"))
        for path in paths:
            if str(path.relative_to(SRC)) not in UNTRANSLATED_FILES:
                offenders += unwrapped(path)
    assert offenders == []


def test_the_scan_catches_an_unwrapped_label(tmp_path: Path) -> None:
    sample = tmp_path / "screen.py"
    sample.write_text('Label("Hello there")\nLabel(_("Wrapped"))\nLabel("●")\n', encoding="utf-8")
    assert unwrapped(sample) == ["screen.py:1"]


# -- plurals, dates, numbers, choosing ------------------------------------------------------------

UK_PLURALS = [(1, "1 картка"), (2, "2 картки"), (4, "4 картки"), (5, "5 карток"), (11, "11 карток"),
              (12, "12 карток"), (21, "21 картка"), (22, "22 картки"), (25, "25 карток"),
              (111, "111 карток")]  # fmt: skip


@pytest.mark.parametrize(("n", "expected"), UK_PLURALS, ids=[str(n) for n, _e in UK_PLURALS])
def test_ukrainian_plurals_take_three_forms(n: int, expected: str) -> None:
    set_language("uk")
    text = n_(
        "{slug} «{title}» ({language}): {count} card ({kinds})",
        "{slug} «{title}» ({language}): {count} cards ({kinds})",
        n,
    ).format(slug="s", title="t", language="uk", count=n, kinds="")
    assert expected in text


def test_dates_read_naturally_in_each_language() -> None:
    day = date(2025, 12, 23)
    assert format_date(day) == "23 Dec 2025"
    set_language("uk")
    assert format_date(day) == "23 грудня 2025 р."
    assert format_date(date(2026, 3, 1)) == "1 березня 2026 р."


def test_numbers_use_the_language_decimal_mark() -> None:
    assert format_percent(0.855, 1) == "85.5%"
    set_language("uk")
    assert format_percent(0.855, 1) == "85,5\u00a0%"


LANGUAGE_CASES = [
    ("explicit wins", "en", "uk", {"LANG": "uk_UA.UTF-8"}, "en"),
    ("profile beats locale", None, "uk", {"LANG": "en_GB.UTF-8"}, "uk"),
    ("locale", None, None, {"LANG": "uk_UA.UTF-8"}, "uk"),
    ("LC_ALL beats LANG", None, None, {"LC_ALL": "en_US.UTF-8", "LANG": "uk_UA.UTF-8"}, "en"),
    ("LC_MESSAGES beats LANG", None, None, {"LC_MESSAGES": "uk_UA", "LANG": "C"}, "uk"),
    ("LANGUAGE list", None, None, {"LANGUAGE": "pl:uk", "LANG": "pl_PL.UTF-8"}, "uk"),
    ("unknown locale", None, None, {"LANG": "pl_PL.UTF-8"}, "en"),
    ("C locale", None, None, {"LANG": "C.UTF-8"}, "en"),
    ("nothing", None, None, {}, "en"),
]


@pytest.mark.parametrize(
    ("name", "explicit", "profile", "environ", "expected"),
    LANGUAGE_CASES,
    ids=[c[0] for c in LANGUAGE_CASES],
)
def test_language_is_chosen_in_order(
    name: str, explicit: str | None, profile: str | None, environ: dict[str, str], expected: str
) -> None:
    assert choose_language(explicit, profile, environ) == expected


def test_language_from_environment_reads_the_posix_variables() -> None:
    assert language_from_environment({"LANG": "uk_UA.UTF-8"}) == "uk"
    assert language_from_environment({"LANG": "en_US"}) == "en"


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="no interface language"):
        set_language("xx")


# -- the command line --------------------------------------------------------------------------------

BROKEN = Path(__file__).parent / "fixtures" / "bad_decks" / "many-problems.yaml"


def test_check_speaks_ukrainian_under_a_ukrainian_locale(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    assert main(["check", str(BROKEN)]) == 2
    out = capsys.readouterr().out
    assert "4 проблеми" in out
    assert "бракує обовʼязкового поля `answer`" in out
    assert "ідентифікатор картки `a` повторюється (уперше — у рядку 5)" in out
    assert "Перевірено 1 файл, правильних: 0" in out


def test_ui_lang_overrides_the_locale(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "uk_UA.UTF-8")
    assert main(["--ui-lang", "en", "check", str(BROKEN)]) == 2
    assert "4 problems" in capsys.readouterr().out


def test_help_and_argparse_errors_are_translated(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["--ui-lang", "uk", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("використання: newsquiz")
    assert "перевірити файли колод" in out
    with pytest.raises(SystemExit):
        main(["--ui-lang", "uk", "chek"])
    assert "неприпустиме значення: 'chek'" in capsys.readouterr().err


def test_profile_language_applies_to_commands_unless_pinned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "p.db")
    assert main(["--db", db, "profiles", "add", "Олена", "--ui-lang", "uk"]) == 0
    assert "інтерфейс: Українська" in capsys.readouterr().out
    set_language("en")
    assert main(["--db", db, "due", "--profile", "Олена"]) == 0
    assert "до вивчення" in capsys.readouterr().out
    assert main(["--db", db, "--ui-lang", "en", "due", "--profile", "Олена"]) == 0
    assert "to study" in capsys.readouterr().out
    assert _("Again") == "Again"
