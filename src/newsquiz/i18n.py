"""The interface language: gettext catalogs, the language in use, and dates and numbers for it.

Every string a learner or teacher reads goes through `_()` (or `n_()` when it counts something),
so the catalogs in `newsquiz/locale/<lang>/LC_MESSAGES/newsquiz.mo` can speak for it. Only the
standard library is used, so `newsquiz.core` may translate its deck problems too.

The language starts as English and changes only through `set_language`: the command line picks
it (`--ui-lang`, else the locale), and a learner's profile setting may follow, unless `--ui-lang`
pinned it. Nothing is read from the environment at import.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Mapping
from datetime import date
from functools import cache
from importlib import resources

DOMAIN = "newsquiz"
SOURCE_LANGUAGE = "en"
"""The language of the msgids: it needs no catalog."""

_state: dict[str, object] = {"code": SOURCE_LANGUAGE, "base": SOURCE_LANGUAGE, "pinned": False}
_translations: list[gettext.NullTranslations] = [gettext.NullTranslations()]


def locale_dir() -> str:
    return str(resources.files("newsquiz") / "locale")


@cache
def available_languages() -> tuple[str, ...]:
    """English plus every language with a compiled catalog, sorted."""
    root = resources.files("newsquiz") / "locale"
    found = {SOURCE_LANGUAGE}
    if root.is_dir():
        for entry in root.iterdir():
            if (entry / "LC_MESSAGES" / f"{DOMAIN}.mo").is_file():
                found.add(entry.name)
    return tuple(sorted(found))


@cache
def _catalog(code: str) -> gettext.NullTranslations:
    if code == SOURCE_LANGUAGE:
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, locale_dir(), languages=[code])


def set_language(code: str, *, pinned: bool = False) -> None:
    """Speak `code` from now on; `pinned` (an explicit `--ui-lang`) wins over profile settings."""
    if code not in available_languages():
        raise ValueError(f"no interface language {code!r}; known: {available_languages()}")
    _use(code)
    _state["base"] = code
    _state["pinned"] = pinned


def _use(code: str) -> None:
    _translations[0] = _catalog(code)
    _state["code"] = code


def current_language() -> str:
    return str(_state["code"])


def follow_profile(code: str | None) -> None:
    """A learner's own language setting applies unless the command line pinned one.

    A learner without one gets the language chosen before any profile was known (the locale).
    """
    if _state["pinned"]:
        return
    _use(code if code and code in available_languages() else str(_state["base"]))


def language_name(code: str | None) -> str:
    """A language's name in itself (`Українська`): each catalog names its own language."""
    if code is None or code not in available_languages():
        return _("as the system")
    return _catalog(code).pgettext(OWN_NAME_CONTEXT, "English")


OWN_NAME_CONTEXT = "name of this language"


def own_name() -> str:
    """The current language's name in itself; also puts the entry in every catalog."""
    return p_("name of this language", "English")


def language_from_environment(environ: Mapping[str, str]) -> str | None:
    """The first supported language of LANGUAGE, LC_ALL, LC_MESSAGES or LANG (POSIX order)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if not value:
            continue
        for item in value.split(":"):
            code = re.split(r"[_.@-]", item, maxsplit=1)[0].lower()
            if code in available_languages():
                return code
        if name != "LANGUAGE":  # a set LC_* or LANG decides, even when we cannot speak it
            return None
    return None


def choose_language(explicit: str | None, profile: str | None, environ: Mapping[str, str]) -> str:
    """`--ui-lang`, else the learner's setting, else the locale, else English."""
    for code in (explicit, profile, language_from_environment(environ)):
        if code and code in available_languages():
            return code
    return SOURCE_LANGUAGE


# -- translating --------------------------------------------------------------------------------


def _(message: str) -> str:
    return _translations[0].gettext(message)


def n_(singular: str, plural: str, n: int) -> str:
    """The form for `n`: Ukrainian has three (1 картка, 2 картки, 5 карток)."""
    return _translations[0].ngettext(singular, plural, n)


def p_(context: str, message: str) -> str:
    """A short word whose translation depends on where it stands (a month in a date)."""
    return _translations[0].pgettext(context, message)


def N_(message: str) -> str:
    """Marks a string for the catalog where it is defined; it is translated where it is shown."""
    return message


# -- dates and numbers --------------------------------------------------------------------------


def _month_in_date(month: int) -> str:
    # Spelled out so the extractor sees each one; Ukrainian needs the genitive (23 грудня).
    names = (
        p_("day month year", "Jan"),
        p_("day month year", "Feb"),
        p_("day month year", "Mar"),
        p_("day month year", "Apr"),
        p_("day month year", "May"),
        p_("day month year", "Jun"),
        p_("day month year", "Jul"),
        p_("day month year", "Aug"),
        p_("day month year", "Sep"),
        p_("day month year", "Oct"),
        p_("day month year", "Nov"),
        p_("day month year", "Dec"),
    )
    return names[month - 1]


def format_date(day: date) -> str:
    """`23 Dec 2025`; `23 грудня 2025 р.`"""
    return _("{day} {month} {year}").format(
        day=day.day, month=_month_in_date(day.month), year=day.year
    )


def format_number(value: float, digits: int | None = None) -> str:
    """`1.5` or `1,5`: the decimal mark of the language; no trailing zeros without `digits`."""
    text = f"{value:g}" if digits is None else f"{value:.{digits}f}"
    return text.replace(".", p_("decimal mark", "."))


def format_percent(share: float, digits: int = 0) -> str:
    """A share in 0..1 as `85%` or `85 %`."""
    return _("{number}%").format(number=format_number(share * 100, digits))
