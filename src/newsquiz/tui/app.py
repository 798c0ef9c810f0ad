"""The newsquiz Textual app: the world (store, clock, seed) is injected; screens do the rest.

From the command line the store is opened in a worker thread after the first frame is drawn:
SQLAlchemy and SQLModel take longer to import than Textual itself, and a learner should see the
app at once. Tests hand in an open store and skip that step.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Header, Label

from newsquiz.core.progress import Profile
from newsquiz.core.tally import Tally
from newsquiz.i18n import N_, _, follow_profile
from newsquiz.tui.screens.home import HomeScreen
from newsquiz.tui.screens.review import ReviewScreen
from newsquiz.tui.screens.summary import SummaryScreen
from newsquiz.tui.screens.welcome import WelcomeScreen
from newsquiz.tui.translated import TranslatedScreen

if TYPE_CHECKING:
    from newsquiz.store import Store


class NewsquizApp(App[None]):
    CSS_PATH = "newsquiz.tcss"
    TITLE = "newsquiz"
    SUB_TITLE = N_("learn the news, keep it")
    BINDINGS = [Binding("ctrl+t", "toggle_theme", N_("Light/dark"), id="toggle-theme")]

    def __init__(
        self,
        store: Store | None = None,
        clock: Callable[[], datetime] | None = None,
        *,
        seed: int = 0,
        profile: Profile | None = None,
        opener: Callable[[], Store] | None = None,
    ) -> None:
        super().__init__()
        if store is None and opener is None:
            raise ValueError("NewsquizApp needs a store or an opener")
        self._store = store
        self._opener = opener
        self._clock = clock
        self.seed = seed
        """Choice shuffles derive from it, so a test sees the same order every run."""
        self.profile = profile
        self.sub_title = _(self.SUB_TITLE)

    @property
    def store(self) -> Store:
        assert self._store is not None, "the store is opened before any screen uses it"
        return self._store

    def clock(self) -> datetime:
        return (self._clock or self.store.clock)()

    def on_mount(self) -> None:
        self.theme = "textual-dark"
        if self._store is None:
            self.push_screen(LoadingScreen())
            self.run_worker(self._open_store, thread=True, exclusive=True)
        else:
            self.start()

    def _open_store(self) -> None:
        assert self._opener is not None
        store = self._opener()
        self.call_from_thread(self._opened, store)

    def _opened(self, store: Store) -> None:
        self._store = store
        self.pop_screen()
        self.start()

    def start(self) -> None:
        self.profile = self.profile or self.store.last_profile()
        if self.profile is None:
            profiles = self.store.profiles()
            self.profile = profiles[0] if profiles else None
        if self.profile is None:
            self.push_screen(WelcomeScreen(), self._created_first_profile)
        else:
            self.store.remember_profile(self.profile)
            self.follow_language()
            self.push_screen(HomeScreen())

    def _created_first_profile(self, name: str | None) -> None:
        if not name:
            self.exit()
            return
        self.use_profile(self.store.create_profile(name))
        self.push_screen(HomeScreen())

    def use_profile(self, profile: Profile) -> None:
        self.profile = profile
        self.store.remember_profile(profile)
        self.follow_language()

    def follow_language(self) -> None:
        """The learner's own interface language, unless `--ui-lang` pinned one."""
        if self.profile is not None:
            follow_profile(self.store.ui_language(self.profile))
        self.sub_title = _(self.SUB_TITLE)

    def reload_screens(self) -> None:
        """Home and profiles again, composed in the language just chosen."""
        from newsquiz.tui.screens.profiles import ProfilesScreen

        while len(self.screen_stack) > 1:
            self.pop_screen()
        self.push_screen(HomeScreen())
        self.push_screen(ProfilesScreen())

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        for command in super().get_system_commands(screen):
            yield command._replace(title=_(command.title), help=_(command.help))

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    # -- studying ---------------------------------------------------------------------------

    def study(
        self,
        decks: list[str] | None,
        *,
        title: str,
        cram: bool = False,
        card_ids: list[int] | None = None,
    ) -> None:
        """Run a study (or practice) session, then its summary, then offer the missed cards."""
        assert self.profile is not None
        profile = self.profile
        if cram:
            session = self.store.start_cram(profile, decks=decks, card_ids=card_ids)
        else:
            session = self.store.start_session(profile, decks)
        if session.next_card() is None:
            session.end()
            self.notify(_("Nothing to study here right now. Press c on a deck to practise it."))
            return
        languages = {deck.slug: deck.language for deck in self.store.decks(profile)}

        def reviewed(tally: Tally | None) -> None:
            if tally is None or tally.studied == 0:
                return

            def summarised(again: bool | None) -> None:
                if again:
                    missed = [result.card_id for result in tally.missed]
                    self.study(
                        None,
                        title=_("{title}: missed cards").format(title=title),
                        cram=True,
                        card_ids=missed,
                    )

            self.push_screen(SummaryScreen(tally, cram=cram), summarised)

        self.push_screen(ReviewScreen(session, title=title, languages=languages), reviewed)

    def action_profiles(self) -> None:
        from newsquiz.tui.screens.profiles import ProfilesScreen

        self.push_screen(ProfilesScreen())


class LoadingScreen(TranslatedScreen[None]):
    """Shown for the fraction of a second the progress database takes to open."""

    def compose(self) -> ComposeResult:
        yield Header()
        yield Label(_("Opening your progress…"), id="loading")
        yield Footer()
