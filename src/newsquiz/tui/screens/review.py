"""The study screen: one card at a time, answered by typing, picking or filling gaps, then rated.

The screen only sequences calls: `check_answer` judges, the session records (committed before the
next card appears), and the tally keeps the score for the summary.
"""

from __future__ import annotations

import random
from datetime import date, datetime
from typing import TYPE_CHECKING, cast

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Footer, Header, Input, Label, OptionList, ProgressBar, Static

from newsquiz.core.answers import Outcome, Verdict, check_answer
from newsquiz.core.cards import ChoiceCard, ClozeCard, card_prompt
from newsquiz.core.progress import StudyCard
from newsquiz.core.scheduling import Rating
from newsquiz.core.tally import Result, Tally
from newsquiz.i18n import N_, _, format_date
from newsquiz.tui.screens.modals import InfoModal, PromptModal
from newsquiz.tui.translated import TranslatedScreen
from newsquiz.tui.widgets.answer_diff import diff_text
from newsquiz.tui.widgets.choices import ChoiceList
from newsquiz.tui.widgets.cloze import ClozeForm
from newsquiz.tui.widgets.rating_bar import RatingBar

if TYPE_CHECKING:
    from newsquiz.store import StudySession
    from newsquiz.tui.app import NewsquizApp

STALE_AFTER_DAYS = 90
"""Facts older than this show their as-of date prominently after the answer."""

OUTCOME_TITLES = {
    Outcome.CORRECT: (N_("Correct"), "verdict-correct"),
    Outcome.CLOSE: (N_("Almost: check the spelling"), "verdict-close"),
    Outcome.WRONG: (N_("Not quite"), "verdict-wrong"),
}


class ReviewScreen(TranslatedScreen[Tally]):
    BINDINGS = [
        Binding("1", "number(1)", N_("Again"), show=False, id="rate-again"),
        Binding("2", "number(2)", N_("Hard"), show=False, id="rate-hard"),
        Binding("3", "number(3)", N_("Good"), show=False, id="rate-good"),
        Binding("4", "number(4)", N_("Easy"), show=False, id="rate-easy"),
        *(Binding(str(n), f"number({n})", show=False) for n in range(5, 9)),
        Binding("enter", "accept", N_("Accept rating"), id="accept"),
        Binding("u,ctrl+z", "undo", N_("Undo"), id="undo"),
        Binding("exclamation_mark", "flag", N_("Flag"), id="flag"),
        Binding("b", "bury", N_("Bury"), id="bury"),
        Binding("s", "suspend", N_("Suspend"), id="suspend"),
        Binding("e", "source", N_("Source"), id="source"),
        Binding("question_mark", "help", N_("Help"), id="help"),
        Binding("escape", "leave", N_("Back"), id="leave"),
    ]

    def __init__(self, session: StudySession, *, title: str, languages: dict[str, str]) -> None:
        super().__init__()
        self.session = session
        self.deck_title = title
        self.languages = languages
        self.tally = Tally()
        self.card: StudyCard | None = None
        self.verdict: Verdict | None = None
        self.typed = ""
        self.choices: list[str] = []
        self.shown_at = datetime.min
        self.answer_seconds = 0.0
        self.total = 0

    # -- layout -----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(id="review"):
            yield Label("", id="review-deck")
            yield ProgressBar(id="session-progress", show_eta=False)
            yield Static("", id="prompt")
            yield Vertical(id="answer-area")
            with VerticalScroll(id="result"):
                yield Static("", id="verdict")
                yield Static("", id="context")
            yield RatingBar(id="rating-bar")
        yield Footer()

    async def on_mount(self) -> None:
        remaining = self.session.remaining()
        self.total = remaining.total
        self.query_one("#session-progress", ProgressBar).update(
            total=max(self.total, 1), progress=0
        )
        await self.show_next()

    # -- state ------------------------------------------------------------------------------

    @property
    def answered(self) -> bool:
        return self.verdict is not None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("accept",):
            return self.answered
        if action == "number":
            number = int(str(parameters[0]))
            if self.answered:
                return number <= 4
            return isinstance(self.card and self.card.card, ChoiceCard) and number <= len(
                self.choices
            )
        if action in ("flag", "bury", "suspend", "source"):
            return self.card is not None
        if action == "undo":
            return self.session.answered_count > 0
        return True

    # -- showing a card ---------------------------------------------------------------------

    async def show_next(self) -> None:
        card = self.session.next_card()
        if card is None:
            self.finish()
            return
        await self.show(card)

    async def show(self, card: StudyCard) -> None:
        self.card = card
        self.verdict = None
        self.typed = ""
        self.shown_at = self.app_clock()
        self.query_one("#review-deck", Label).update(f"{escape(self.deck_title)} · {card.deck}")
        self.query_one("#prompt", Static).update(escape(card_prompt(card.card)))
        self.query_one("#result").display = False
        self.query_one("#rating-bar").display = False
        area = self.query_one("#answer-area", Vertical)
        await area.remove_children()  # the old widgets must be gone before new ones reuse ids
        inner = card.card
        if isinstance(inner, ChoiceCard):
            shuffled = list(inner.choices)
            random.Random(f"{self.app_seed}:{card.id}:{card.state.reps}").shuffle(shuffled)
            self.choices = shuffled
            choice_list = ChoiceList(shuffled, id="choices")
            await area.mount(choice_list)
            choice_list.focus()
        elif isinstance(inner, ClozeCard):
            self.query_one("#prompt", Static).update(_("Fill in the gaps:"))
            form = ClozeForm(inner, id="cloze")
            await area.mount(form)
            self.call_after_refresh(form.focus_first)
        else:
            self.choices = []
            box = Input(
                placeholder=_("Type the answer; Enter on an empty box shows it"), id="answer-box"
            )
            await area.mount(box)
            box.focus()
        self.update_progress()
        self.refresh_bindings()

    def update_progress(self) -> None:
        done = self.tally.studied
        self.total = max(self.total, done + self.session.remaining().total)
        self.query_one("#session-progress", ProgressBar).update(
            total=max(self.total, 1), progress=done
        )

    # -- answering --------------------------------------------------------------------------

    @on(Input.Submitted, "#answer-box")
    def _typed(self, event: Input.Submitted) -> None:
        event.stop()
        self.judge(event.value)

    @on(OptionList.OptionSelected, "#choices")
    def _picked(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.judge(self.choices[event.option_index])

    @on(ClozeForm.Submitted)
    def _filled(self, event: ClozeForm.Submitted) -> None:
        event.stop()
        self.judge(event.values)

    def judge(self, typed: str | list[str]) -> None:
        if self.card is None or self.answered:
            return
        self.answer_seconds = max((self.app_clock() - self.shown_at).total_seconds(), 0.0)
        self.typed = typed if isinstance(typed, str) else " | ".join(typed)
        language = self.languages.get(self.card.deck, "en")
        self.verdict = check_answer(
            self.card.card, typed, language=language, elapsed_seconds=self.answer_seconds
        )
        self.show_result(self.verdict)

    def show_result(self, verdict: Verdict) -> None:
        assert self.card is not None
        card = self.card.card
        title, css = OUTCOME_TITLES[verdict.outcome]
        title = _(title)
        if not self.typed.strip(" |"):
            title, css = _("The answer"), "verdict-reveal"
        lines = [f"[b]{title}[/b]"]
        if verdict.outcome is not Outcome.CORRECT or isinstance(card, ClozeCard):
            lines.append(_("Answer: [b]{answer}[/b]").format(answer=escape(card.answer)))
        if verdict.outcome is Outcome.CLOSE and verdict.diff:
            lines.append(_("Your spelling: {diff}").format(diff=diff_text(verdict.diff).markup))
        elif self.typed.strip(" |") and verdict.outcome is Outcome.WRONG:
            lines.append(_("You answered: {typed}").format(typed=escape(self.typed)))
        if verdict.reject_why:
            lines.append(f"[i]{escape(verdict.reject_why)}[/i]")
        verdict_view = self.query_one("#verdict", Static)
        verdict_view.update("\n".join(lines))
        verdict_view.set_classes(css)
        self.query_one("#context", Static).update(self.context_text())
        self.query_one("#result").display = True
        for widget in self.query("#answer-area Input, #answer-area OptionList"):
            widget.disabled = True
        bar = self.query_one(RatingBar)
        bar.display = True
        intervals = {int(r): span for r, span in self.session.preview(self.card).items()}
        bar.show(intervals, int(verdict.suggested_rating))
        self.refresh_bindings()

    def context_text(self) -> str:
        assert self.card is not None
        card = self.card.card
        parts = []
        if card.explanation:
            parts.append(escape(card.explanation))
        if card.evidence:
            parts.append(
                _("[dim]From the article:[/dim] [i]“{evidence}”[/i]").format(
                    evidence=escape(card.evidence)
                )
            )
        facts = []
        if card.source and (card.source.title or card.source.url):
            facts.append(escape(card.source.title or card.source.url or ""))
        if card.as_of:
            as_of = _("as of {date}").format(date=format_day(card.as_of))
            age = (self.app_clock().date() - card.as_of).days
            # an old fact may have changed since: say its date loudly, not in the small print
            facts.append(f"[b $warning]{as_of}[/]" if age > STALE_AFTER_DAYS else as_of)
        if facts:
            parts.append("[dim]" + " · ".join(facts) + "[/dim]")
        return "\n\n".join(parts)

    # -- rating -----------------------------------------------------------------------------

    async def action_number(self, number: int) -> None:
        if self.answered:
            await self.rate(number)
        elif self.card is not None and isinstance(self.card.card, ChoiceCard):
            self.judge(self.choices[number - 1])  # check_action admits only 1..len(choices)

    async def action_accept(self) -> None:
        if self.verdict is not None:
            await self.rate(int(self.verdict.suggested_rating))

    @on(RatingBar.Rated)
    async def _rated(self, event: RatingBar.Rated) -> None:
        await self.rate(event.rating)

    async def rate(self, rating: int) -> None:
        if self.card is None or self.verdict is None:
            return
        card, verdict = self.card, self.verdict
        outcome = verdict.outcome.value if self.typed.strip(" |") else Outcome.WRONG.value
        self.session.answer(
            card,
            Rating(rating),
            answer=self.typed,
            verdict=outcome,
            duration_ms=round(self.answer_seconds * 1000),
        )
        self.tally = self.tally.add(
            Result(
                card_id=card.id,
                prompt=card_prompt(card.card),
                expected=card.card.answer,
                typed=self.typed,
                outcome=outcome,
                rating=rating,
                seconds=self.answer_seconds,
            )
        )
        await self.show_next()

    # -- card actions -----------------------------------------------------------------------

    async def action_undo(self) -> None:
        restored = self.session.undo()
        if restored is None:
            self.notify(_("Nothing to undo in this session."))
            return
        self.tally = self.tally.without_last()
        self.notify(_("Undone: the card is back and its schedule restored."))
        await self.show(restored)

    async def action_bury(self) -> None:
        if self.card is not None:
            self.session.bury(self.card)
            self.notify(_("Buried until tomorrow."))
            await self.show_next()

    async def action_suspend(self) -> None:
        if self.card is not None:
            self.session.suspend(self.card)
            self.notify(_("Suspended: it will not come up until you unsuspend it."))
            await self.show_next()

    def action_flag(self) -> None:
        card = self.card
        if card is None:
            return

        def flagged(note: str | None) -> None:
            if note is None:
                return
            self.session.store.flag_card(self.session.profile, card.id, "wrong-or-outdated", note)
            self.notify(_("Flagged for the deck's author. Thank you!"))

        self.app.push_screen(
            PromptModal(
                _("Flag this card as wrong or outdated: a note for the author (optional)"),
                allow_empty=True,
            ),
            flagged,
        )

    def action_source(self) -> None:
        if self.card is None:
            return
        card = self.card
        lines = [
            _("Deck: [b]{deck}[/b]").format(deck=escape(card.deck)),
            _("File: {file}").format(file=escape(card.origin)),
        ]
        if card.card.line:
            lines.append(_("Line: {line}").format(line=card.card.line))
        lines.append(_("Card id: {id}").format(id=escape(card.card.id)))
        if card.card.evidence:
            lines.append(
                "\n" + _("Evidence: [i]{evidence}[/i]").format(evidence=escape(card.card.evidence))
            )
        self.app.push_screen(InfoModal(_("Where this card comes from"), "\n".join(lines)))

    def action_help(self) -> None:
        self.app.push_screen(InfoModal(_("Keys while studying"), _(HELP)))

    def action_leave(self) -> None:
        self.finish()

    def finish(self) -> None:
        self.session.end()
        self.dismiss(self.tally)

    # -- the injected world -----------------------------------------------------------------

    @property
    def newsquiz(self) -> NewsquizApp:
        return cast("NewsquizApp", self.app)

    def app_clock(self) -> datetime:
        return self.newsquiz.clock()

    @property
    def app_seed(self) -> int:
        return self.newsquiz.seed


def format_day(day: date) -> str:
    return format_date(day)


HELP = N_("""\
[b]Answering[/b]
  type, then Enter      check a typed answer; Enter on an empty box shows the answer
  1–8 or ↑↓ + Enter      pick a multiple-choice option
  Tab / Shift+Tab       move between the gaps of a cloze card

[b]After the answer[/b]
  1 2 3 4               Again, Hard, Good, Easy (each button shows the interval it gives)
  Enter                 accept the suggested rating

[b]Any time[/b]
  u or Ctrl+Z           undo the last answer (the card comes back, its schedule restored)
  !                     flag the card as wrong or outdated, with a note for the author
  b                     bury: hide the card until tomorrow
  s                     suspend: hide the card until you unsuspend it
  e                     show where the card comes from (deck file and line)
  Esc                   leave the session (every answer so far is saved)

While the answer box has focus, letters are text: press the rating keys after checking.""")
