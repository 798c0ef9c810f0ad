"""Home: the learner, today's workload and the decks, each with new / learning / due and mastery."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from rich.markup import escape
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Footer, Header, Label

from newsquiz.core.decks import DeckError
from newsquiz.core.progress import DeckSummary
from newsquiz.deck_files import read_deck_file
from newsquiz.i18n import N_, _, format_percent, n_
from newsquiz.tui.formatting import bar
from newsquiz.tui.screens.modals import DeckProblemsModal, PromptModal
from newsquiz.tui.translated import TranslatedScreen

if TYPE_CHECKING:
    from newsquiz.tui.app import NewsquizApp


class HomeScreen(TranslatedScreen[None]):
    BINDINGS = [
        Binding("enter,s", "study_deck", N_("Study deck"), id="study-deck"),
        Binding("a", "study_all", N_("Study all"), id="study-all"),
        Binding("c", "cram_deck", N_("Practise"), id="cram-deck"),
        Binding("d", "browse", N_("Browse"), id="browse"),
        Binding("i", "import_deck", N_("Import"), id="import"),
        Binding("g", "generate", N_("From article"), id="generate"),
        Binding("t", "stats", N_("Stats"), id="stats"),
        Binding("p", "app.profiles", N_("Profiles"), id="profiles"),
        Binding("q", "app.quit", N_("Quit"), id="quit"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[DeckSummary] = []

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="home"):
            yield Label("", id="learner")
            yield Label("", id="workload")
            table: DataTable[str | Text] = DataTable(
                id="decks", cursor_type="row", zebra_stripes=True
            )
            yield table
            yield Label(
                _(
                    "Enter: study the deck · a: all due cards · c: practise without scheduling · "
                    "d: browse cards · t: statistics · i: import a deck file"
                ),
                id="home-hint",
            )
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#decks", DataTable)
        table.add_columns(_("Deck"), _("Cards"), _("New"), _("Learning"), _("Due"), _("Mastery"))
        self.refresh_decks()
        table.focus()

    def on_screen_resume(self) -> None:
        self.refresh_decks()

    def refresh_decks(self) -> None:
        app = self.newsquiz
        profile = app.profile
        if profile is None:
            return
        self.summaries = app.store.decks(profile)
        self.query_one("#learner", Label).update(
            _("Learner: [b]{name}[/b]").format(name=escape(profile.name))
        )
        due = app.store.due_counts(profile)
        self.query_one("#workload", Label).update(
            n_(
                "Today: [b]{total}[/b] card to study — [blue]{new} new[/blue], "
                "[red]{learning} learning[/red], [green]{review} review[/green]",
                "Today: [b]{total}[/b] cards to study — [blue]{new} new[/blue], "
                "[red]{learning} learning[/red], [green]{review} review[/green]",
                due.total,
            ).format(total=due.total, new=due.new, learning=due.learning, review=due.review)
            if due.total
            else _("Today: nothing due. Well done! Press c to practise a deck anyway.")
        )
        table = self.query_one("#decks", DataTable)
        cursor = table.cursor_row
        table.clear()
        for summary in self.summaries:
            table.add_row(
                summary.title,
                str(summary.cards),
                Text(str(summary.due.new), style="blue"),
                Text(str(summary.due.learning), style="red"),
                Text(str(summary.due.review), style="green"),
                f"{bar(summary.mastery)} {format_percent(summary.mastery):>4}",
                key=summary.slug,
            )
        if self.summaries:
            table.move_cursor(row=min(cursor, len(self.summaries) - 1))

    @property
    def newsquiz(self) -> NewsquizApp:
        return cast("NewsquizApp", self.app)

    def selected(self) -> DeckSummary | None:
        table = self.query_one("#decks", DataTable)
        if not self.summaries:
            return None
        return self.summaries[min(table.cursor_row, len(self.summaries) - 1)]

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("study_deck", "cram_deck", "browse"):
            return bool(self.summaries)
        return True

    @on(DataTable.RowSelected, "#decks")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_study_deck()

    def action_study_deck(self) -> None:
        deck = self.selected()
        if deck is not None:
            self.newsquiz.study([deck.slug], title=deck.title)

    def action_study_all(self) -> None:
        self.newsquiz.study(None, title=_("All decks"))

    def action_cram_deck(self) -> None:
        deck = self.selected()
        if deck is not None:
            self.newsquiz.study(
                [deck.slug], title=_("{title} (practice)").format(title=deck.title), cram=True
            )

    def action_browse(self) -> None:
        deck = self.selected()
        if deck is not None:
            from newsquiz.tui.screens.browser import DeckBrowserScreen

            self.app.push_screen(DeckBrowserScreen(deck.slug, deck.title))

    def action_stats(self) -> None:
        from newsquiz.tui.screens.stats import StatsScreen  # plotext loads only when asked for

        self.app.push_screen(StatsScreen())

    def action_generate(self) -> None:
        """An article becomes a deck: generated, reviewed, saved beside the article, imported."""

        def chosen(path: str | None) -> None:
            if not path:
                return
            from newsquiz.generate import EmptyArticleError, generate_deck, parse_article
            from newsquiz.tui.screens.deck_review import DeckReviewScreen

            source = Path(path).expanduser()
            try:
                article = parse_article(source.read_text(encoding="utf-8-sig"), source.stem)
            except (OSError, UnicodeDecodeError, EmptyArticleError) as err:
                self.notify(
                    _("Cannot read {path}: {error}").format(path=path, error=err), severity="error"
                )
                return
            deck = generate_deck([article])
            target = source.with_name(f"{deck.slug}.yaml")

            def reviewed(saved: Path | None) -> None:
                if saved is not None:
                    self.import_file(saved)

            self.app.push_screen(DeckReviewScreen(deck, article.text, target), reviewed)

        self.app.push_screen(
            PromptModal(_("Make a deck from an article (path to a .txt file)")), chosen
        )

    def import_file(self, path: Path, shown: str | None = None) -> None:
        try:
            deck = read_deck_file(path, display=shown)
        except DeckError as err:
            self.app.push_screen(DeckProblemsModal(err.problems))
            return
        report = self.newsquiz.store.import_deck(deck)
        self.notify(
            _(
                "Imported «{title}»: {added} new, {updated} updated, "
                "{retired} retired, {unchanged} unchanged."
            ).format(
                title=deck.title,
                added=report.added,
                updated=report.updated,
                retired=report.retired,
                unchanged=report.unchanged,
            )
        )
        self.refresh_decks()

    def action_import_deck(self) -> None:
        def chosen(path: str | None) -> None:
            if path:
                self.import_file(Path(path).expanduser(), shown=path)

        self.app.push_screen(PromptModal(_("Import a deck file (path to a .yaml file)")), chosen)
