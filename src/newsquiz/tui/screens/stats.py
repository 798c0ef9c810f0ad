"""Progress over time: reviews per day, a year's calendar, retention, the forecast, card counts."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from rich.markup import escape
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, VerticalScroll
from textual.widgets import Footer, Header, Label, Static
from textual_plotext import PlotextPlot

from newsquiz.core.stats import Statistics, heatmap
from newsquiz.i18n import N_, _, format_number, format_percent, n_
from newsquiz.tui.formatting import bar
from newsquiz.tui.translated import TranslatedScreen

if TYPE_CHECKING:
    from newsquiz.tui.app import NewsquizApp

HEAT = ("·", "░", "▒", "▓", "█")
COUNT_NAMES = {
    "new": N_("new"),
    "learning": N_("learning"),
    "young": N_("young"),
    "mature": N_("mature"),
    "suspended": N_("suspended"),
}
WEEKDAYS = (N_("Mon"), "", N_("Wed"), "", N_("Fri"), "", N_("Sun"))


def heat_text(stats: Statistics, weeks: int) -> Text:
    """A calendar of the last `weeks` weeks, one column a week, darker for busier days."""
    series = stats.reviews_per_day[-weeks * 7 :]
    grid = heatmap(series)
    top = max((n for _, n in series), default=0) or 1
    text = Text()
    for label, row in zip(WEEKDAYS, grid, strict=True):
        text.append(f"{_(label) if label else label:>3} ", style="dim")
        for cell in row:
            if cell is None:
                text.append(" ")
            else:
                level = 0 if cell == 0 else 1 + min(3, (cell * 4 - 1) // top)
                text.append(HEAT[level], style="green" if cell else "dim")
        text.append("\n")
    return text


class StatsScreen(TranslatedScreen[None]):
    BINDINGS = [
        Binding("y", "toggle_range", N_("30 days / year"), id="toggle-range"),
        Binding("escape,q", "app.pop_screen", N_("Back"), id="back"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.days = 30

    @property
    def newsquiz(self) -> NewsquizApp:
        return cast("NewsquizApp", self.app)

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="stats"):
            yield Static("", id="stats-today")
            with Grid(id="stats-plots"):
                yield PlotextPlot(id="plot-reviews")
                yield PlotextPlot(id="plot-forecast")
                yield PlotextPlot(id="plot-retention")
                yield Static("", id="stats-counts")
            yield Label(_("The last year"), classes="section-title")
            yield Static("", id="stats-heatmap")
            yield Label(_("Decks"), classes="section-title")
            yield Static("", id="stats-decks")
        yield Footer()

    def on_mount(self) -> None:
        assert self.newsquiz.profile is not None
        self.stats = self.newsquiz.store.statistics(self.newsquiz.profile)
        self.render_stats()

    def action_toggle_range(self) -> None:
        self.days = 365 if self.days == 30 else 30
        self.render_stats()

    def render_stats(self) -> None:
        stats = self.stats
        self.query_one("#stats-today", Static).update(
            n_(
                "Today: [b]{count}[/b] answer in {minutes} min",
                "Today: [b]{count}[/b] answers in {minutes} min",
                stats.reviews_today,
            ).format(count=stats.reviews_today, minutes=format_number(stats.minutes_today))
            + " · "
            + n_(
                "streak [b]{days}[/b] day (longest {longest})",
                "streak [b]{days}[/b] days (longest {longest})",
                stats.current_streak,
            ).format(days=stats.current_streak, longest=stats.longest_streak)
        )
        recent = stats.reviews_per_day[-self.days :]
        reviews = self.query_one("#plot-reviews", PlotextPlot)
        reviews.plt.clear_data()
        reviews.plt.clear_figure()
        reviews.plt.title(
            n_(
                "Answers per day, last {days} day",
                "Answers per day, last {days} days",
                self.days,
            ).format(days=self.days)
        )
        reviews.plt.bar(list(range(-len(recent) + 1, 1)), [n for _, n in recent])
        step = 7 if self.days == 30 else 60
        reviews.plt.xticks(list(range(-(len(recent) // step) * step, 1, step)))
        reviews.plt.xlabel(_("days ago"))
        reviews.refresh()

        forecast = self.query_one("#plot-forecast", PlotextPlot)
        forecast.plt.clear_data()
        forecast.plt.clear_figure()
        forecast.plt.title(_("Due in the next 30 days"))
        forecast.plt.bar(list(range(len(stats.forecast))), [n for _, n in stats.forecast])
        forecast.plt.xticks(list(range(0, len(stats.forecast), 7)))
        forecast.plt.xlabel(_("days from today"))
        forecast.refresh()

        retention = self.query_one("#plot-retention", PlotextPlot)
        retention.plt.clear_data()
        retention.plt.clear_figure()
        retention.plt.title(_("Retention per week (%)"))
        count = len(stats.weekly_retention)
        weeks = [
            (i - count + 1, r * 100)
            for i, (_, r) in enumerate(stats.weekly_retention)
            if r is not None
        ]
        if weeks:
            retention.plt.plot([i for i, _ in weeks], [r for _, r in weeks], marker="dot")
        retention.plt.hline(stats.desired_retention * 100)
        retention.plt.ylim(0, 100)
        retention.plt.xlim(-count + 1, 0)
        retention.plt.xticks(list(range(-((count - 1) // 4) * 4, 1, 4)))
        retention.plt.xlabel(_("weeks ago"))
        retention.refresh()

        counts = stats.counts
        total = sum(counts.values()) or 1
        labelled = [(_(COUNT_NAMES.get(name, name)), n) for name, n in counts.items()]
        width = max([10, *(len(label) + 1 for label, _n in labelled)])
        self.query_one("#stats-counts", Static).update(
            _("[b]Cards[/b]")
            + "\n"
            + "\n".join(f"{label:<{width}}{n:>6}  {bar(n / total, 12)}" for label, n in labelled)
        )
        self.query_one("#stats-heatmap", Static).update(
            heat_text(stats, 53 if self.size.width >= 70 else 26)
        )
        self.query_one("#stats-decks", Static).update(
            "\n".join(
                f"{escape(deck.title)[:48]:<48} {bar(deck.mastery)} "
                f"{format_percent(deck.mastery):>4}  [dim]"
                + _("{mature}/{cards} mastered").format(mature=deck.mature, cards=deck.cards)
                + "[/dim]"
                for deck in stats.decks
            )
            or _("No decks yet.")
        )
