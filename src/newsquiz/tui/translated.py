"""Key descriptions in the learner's language.

Textual reads `BINDINGS` when a class is defined, long before a learner's language is known, so
screens mark their descriptions with `N_()` and `TranslatedScreen` translates them each time the
footer asks for the active bindings. Textual's own labels are marked here for the catalog.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from textual.binding import ActiveBinding, Binding
from textual.screen import Screen

from newsquiz.i18n import N_, _

TEXTUAL_LABELS = (
    N_("palette"),
    N_("Open the command palette"),
    N_("Quit"),
    N_("Quit the app and return to the command prompt."),
    N_("Theme"),
    N_("Change the current theme"),
    N_("Quit the application as soon as possible"),
    N_("Keys"),
    N_("Hide the keys and widget help panel"),
    N_("Show help for the focused widget and a summary of available keys"),
    N_("Minimize"),
    N_("Minimize the widget and restore to normal size"),
    N_("Maximize"),
    N_("Maximize the focused widget"),
    N_("Screenshot"),
    N_("Save an SVG 'screenshot' of the current screen"),
    N_("Focus Next"),
    N_("Focus Previous"),
    N_("Copy selected text"),
)
"""Textual's English labels that reach the footer or the command palette."""

ResultType = TypeVar("ResultType")


def translated(binding: Binding) -> Binding:
    if not binding.description and not binding.tooltip:
        return binding
    return replace(
        binding,
        description=_(binding.description) if binding.description else "",
        tooltip=_(binding.tooltip) if binding.tooltip else "",
    )


class TranslatedScreen(Screen[ResultType]):
    """A screen whose footer shows its key descriptions in the current language."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        return {
            key: active._replace(binding=translated(active.binding), tooltip=_(active.tooltip))
            if active.tooltip
            else active._replace(binding=translated(active.binding))
            for key, active in super().active_bindings.items()
        }
