"""Profiles: who is studying, and each learner's own scheduling settings."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, DataTable, Footer, Header, Input, Label, Select

from newsquiz.core.progress import Profile
from newsquiz.core.scheduling import Settings
from newsquiz.i18n import N_, _, available_languages, format_percent, language_name
from newsquiz.store.profiles import ProfileError
from newsquiz.tui.screens.modals import ConfirmModal, PromptModal
from newsquiz.tui.translated import TranslatedScreen

if TYPE_CHECKING:
    from newsquiz.tui.app import NewsquizApp


class ProfilesScreen(TranslatedScreen[None]):
    BINDINGS = [
        Binding("enter", "use", N_("Study as"), id="use-profile"),
        Binding("n", "new", N_("New"), id="new-profile"),
        Binding("r", "rename", N_("Rename"), id="rename-profile"),
        Binding("e", "settings", N_("Settings"), id="profile-settings"),
        Binding("d", "delete", N_("Delete"), id="delete-profile"),
        Binding("escape", "app.pop_screen", N_("Back"), id="back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.profiles: list[Profile] = []

    @property
    def newsquiz(self) -> NewsquizApp:
        return cast("NewsquizApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="profiles"):
            yield Label(_("Profiles"), classes="screen-title")
            yield DataTable(id="profile-table", cursor_type="row", zebra_stripes=True)
            yield Label(
                _("Enter: study as this learner · n: new · r: rename · e: settings · d: delete"),
                classes="dim",
            )
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(
            "",
            _("Learner"),
            _("Retention"),
            _("New/day"),
            _("Reviews/day"),
            _("Day starts"),
            _("Language"),
        )
        self.refresh_table()
        table.focus()

    def refresh_table(self) -> None:
        self.profiles = self.newsquiz.store.profiles()
        table = self.query_one(DataTable)
        cursor = table.cursor_row
        table.clear()
        current = self.newsquiz.profile
        for profile in self.profiles:
            s = profile.settings
            table.add_row(
                "●" if current is not None and profile.id == current.id else "",
                profile.name,
                format_percent(s.desired_retention),
                str(s.new_per_day),
                str(s.reviews_per_day),
                f"{s.rollover_hour:02d}:00",
                language_name(self.newsquiz.store.ui_language(profile)),
                key=str(profile.id),
            )
        if self.profiles:
            table.move_cursor(row=min(cursor, len(self.profiles) - 1))

    def selected(self) -> Profile | None:
        if not self.profiles:
            return None
        return self.profiles[min(self.query_one(DataTable).cursor_row, len(self.profiles) - 1)]

    @on(DataTable.RowSelected)
    def action_use(self) -> None:
        profile = self.selected()
        if profile is not None:
            self.newsquiz.use_profile(profile)
            self.notify(_("Studying as {name}.").format(name=profile.name))
            self.app.pop_screen()

    def action_new(self) -> None:
        def named(name: str | None) -> None:
            if name:
                try:
                    self.newsquiz.store.create_profile(name)
                except ProfileError as err:
                    self.notify(str(err), severity="error")
                self.refresh_table()

        self.app.push_screen(PromptModal(_("Name of the new learner")), named)

    def action_rename(self) -> None:
        profile = self.selected()
        if profile is None:
            return

        def renamed(name: str | None) -> None:
            if name:
                try:
                    updated = self.newsquiz.store.rename_profile(profile, name)
                except ProfileError as err:
                    self.notify(str(err), severity="error")
                    return
                if self.newsquiz.profile is not None and self.newsquiz.profile.id == updated.id:
                    self.newsquiz.profile = updated
                self.refresh_table()

        self.app.push_screen(
            PromptModal(_("Rename {name}").format(name=profile.name), value=profile.name), renamed
        )

    def action_settings(self) -> None:
        profile = self.selected()
        if profile is None:
            return

        store = self.newsquiz.store
        modal = SettingsModal(profile, language=store.ui_language(profile))

        def saved(settings: Settings | None) -> None:
            if settings is not None:
                updated = store.update_settings(profile, settings)
                language_changed = modal.language != store.ui_language(profile)
                store.set_ui_language(profile, modal.language)
                current = self.newsquiz.profile
                if current is not None and current.id == updated.id:
                    self.newsquiz.profile = updated
                    if language_changed:
                        self.newsquiz.follow_language()
                        self.newsquiz.reload_screens()
                        return
                self.refresh_table()

        self.app.push_screen(modal, saved)

    def action_delete(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        if len(self.profiles) == 1:
            self.notify(
                _("This is the only profile: create another one first."), severity="warning"
            )
            return

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            self.newsquiz.store.delete_profile(profile)
            if self.newsquiz.profile is not None and self.newsquiz.profile.id == profile.id:
                remaining = self.newsquiz.store.profiles()
                self.newsquiz.use_profile(remaining[0])
            self.refresh_table()

        question = _(
            "Delete {name} and their whole study history? Decks stay. This cannot be undone."
        ).format(name=escape(profile.name))
        self.app.push_screen(ConfirmModal(question, yes=_("Delete")), confirmed)


class SettingsModal(ModalScreen[Settings | None]):
    """Desired retention, daily limits and the hour the learner's day starts."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    FIELDS = (
        ("retention", N_("Desired retention (70–99 %)")),
        ("new", N_("New cards per day")),
        ("reviews", N_("Reviews per day")),
        ("rollover", N_("The day starts at (hour, 0–23)")),
    )

    def __init__(self, profile: Profile, *, language: str | None = None) -> None:
        super().__init__()
        self.profile = profile
        self.language = language
        """The interface language chosen, None to follow the system's; read after saving."""

    def compose(self) -> ComposeResult:
        s = self.profile.settings
        values = {
            "retention": str(round(s.desired_retention * 100)),
            "new": str(s.new_per_day),
            "reviews": str(s.reviews_per_day),
            "rollover": str(s.rollover_hour),
        }
        with Vertical(classes="dialog"):
            yield Label(
                _("Settings of {name}").format(name=escape(self.profile.name)),
                classes="dialog-title",
            )
            for key, label in self.FIELDS:
                yield Label(_(label))
                yield Input(value=values[key], id=f"setting-{key}", type="integer")
            yield Label(_("Interface language"))
            yield Select(
                [(language_name(code), code) for code in available_languages()],
                value=self.language or Select.NULL,
                prompt=_("As the system (LANG)"),
                id="setting-language",
            )
            yield Label("", id="settings-error", classes="error")
            with Horizontal(classes="dialog-buttons"):
                yield Button(_("Save"), variant="primary", id="save")
                yield Button(_("Cancel"), id="cancel")

    def value(self, key: str) -> int:
        return int(self.query_one(f"#setting-{key}", Input).value or "0")

    @on(Button.Pressed, "#save")
    @on(Input.Submitted)
    def save(self) -> None:
        try:
            settings = replace(
                self.profile.settings,
                desired_retention=self.value("retention") / 100,
                new_per_day=self.value("new"),
                reviews_per_day=self.value("reviews"),
                rollover_hour=self.value("rollover"),
            )
        except ValueError as err:
            self.query_one("#settings-error", Label).update(str(err))
            return
        chosen = self.query_one("#setting-language", Select).value
        self.language = chosen if isinstance(chosen, str) else None
        self.dismiss(settings)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
