"""Profiles: who is studying, and each learner's own scheduling settings."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, cast

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Button, DataTable, Footer, Header, Input, Label

from newsquiz.core.progress import Profile
from newsquiz.core.scheduling import Settings
from newsquiz.store.profiles import ProfileError
from newsquiz.tui.screens.modals import ConfirmModal, PromptModal

if TYPE_CHECKING:
    from newsquiz.tui.app import NewsquizApp


class ProfilesScreen(Screen[None]):
    BINDINGS = [
        Binding("enter", "use", "Study as", id="use-profile"),
        Binding("n", "new", "New", id="new-profile"),
        Binding("r", "rename", "Rename", id="rename-profile"),
        Binding("e", "settings", "Settings", id="profile-settings"),
        Binding("d", "delete", "Delete", id="delete-profile"),
        Binding("escape", "app.pop_screen", "Back", id="back"),
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
            yield Label("Profiles", classes="screen-title")
            yield DataTable(id="profile-table", cursor_type="row", zebra_stripes=True)
            yield Label(
                "Enter: study as this learner · n: new · r: rename · e: settings · d: delete",
                classes="dim",
            )
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns("", "Learner", "Retention", "New/day", "Reviews/day", "Day starts")
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
                f"{s.desired_retention:.0%}",
                str(s.new_per_day),
                str(s.reviews_per_day),
                f"{s.rollover_hour:02d}:00",
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
            self.notify(f"Studying as {profile.name}.")
            self.app.pop_screen()

    def action_new(self) -> None:
        def named(name: str | None) -> None:
            if name:
                try:
                    self.newsquiz.store.create_profile(name)
                except ProfileError as err:
                    self.notify(str(err), severity="error")
                self.refresh_table()

        self.app.push_screen(PromptModal("Name of the new learner"), named)

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

        self.app.push_screen(PromptModal(f"Rename {profile.name}", value=profile.name), renamed)

    def action_settings(self) -> None:
        profile = self.selected()
        if profile is None:
            return

        def saved(settings: Settings | None) -> None:
            if settings is not None:
                updated = self.newsquiz.store.update_settings(profile, settings)
                if self.newsquiz.profile is not None and self.newsquiz.profile.id == updated.id:
                    self.newsquiz.profile = updated
                self.refresh_table()

        self.app.push_screen(SettingsModal(profile), saved)

    def action_delete(self) -> None:
        profile = self.selected()
        if profile is None:
            return
        if len(self.profiles) == 1:
            self.notify("This is the only profile: create another one first.", severity="warning")
            return

        def confirmed(yes: bool | None) -> None:
            if not yes:
                return
            self.newsquiz.store.delete_profile(profile)
            if self.newsquiz.profile is not None and self.newsquiz.profile.id == profile.id:
                remaining = self.newsquiz.store.profiles()
                self.newsquiz.use_profile(remaining[0])
            self.refresh_table()

        question = (
            f"Delete {escape(profile.name)} and their whole study history? "
            "Decks stay. This cannot be undone."
        )
        self.app.push_screen(ConfirmModal(question, yes="Delete"), confirmed)


class SettingsModal(ModalScreen[Settings | None]):
    """Desired retention, daily limits and the hour the learner's day starts."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    FIELDS = (
        ("retention", "Desired retention (70–99 %)"),
        ("new", "New cards per day"),
        ("reviews", "Reviews per day"),
        ("rollover", "The day starts at (hour, 0–23)"),
    )

    def __init__(self, profile: Profile) -> None:
        super().__init__()
        self.profile = profile

    def compose(self) -> ComposeResult:
        s = self.profile.settings
        values = {
            "retention": str(round(s.desired_retention * 100)),
            "new": str(s.new_per_day),
            "reviews": str(s.reviews_per_day),
            "rollover": str(s.rollover_hour),
        }
        with Vertical(classes="dialog"):
            yield Label(f"Settings of {escape(self.profile.name)}", classes="dialog-title")
            for key, label in self.FIELDS:
                yield Label(label)
                yield Input(value=values[key], id=f"setting-{key}", type="integer")
            yield Label("", id="settings-error", classes="error")
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save", variant="primary", id="save")
                yield Button("Cancel", id="cancel")

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
        self.dismiss(settings)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
