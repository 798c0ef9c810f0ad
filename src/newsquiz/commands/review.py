"""`newsquiz review --plain`: a line-oriented study loop for SSH, scripts and screen readers.

Each card is a question line (choices numbered), the learner's answer line, a verdict with the
correct answer, and a rating line where Enter accepts the suggested rating. Lines starting with
`:` are commands (`:undo`, `:bury`, `:suspend`, `:flag NOTE`, `:quit`, `:help`). End of input ends
the session cleanly; every rated answer is already committed. The loop drives the same store
session the TUI uses.

Typed answers are judged by the same lenient checker as in the app (`core.answers`), in the
deck's language: inflected forms, numbers in words, a surname alone and small typos count.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from newsquiz.core.answers import Outcome, Verdict, check_answer, render_diff
from newsquiz.core.cards import GAP_PATTERN, Card, ChoiceCard, ClozeCard, card_prompt
from newsquiz.core.scheduling import RATINGS, Phase, Rating, describe_interval
from newsquiz.i18n import _
from newsquiz.startup import (
    UsageError,
    add_db_option,
    add_profile_option,
    choose_profile,
    open_store,
)

if TYPE_CHECKING:
    from newsquiz.core.progress import StudyCard
    from newsquiz.store import StudySession

Check = Callable[[Card, str, str, float], Verdict]
"""Judges a typed answer to a card in a language, given the seconds it took."""


def lenient_check(card: Card, typed: str, language: str, seconds: float) -> Verdict:
    return check_answer(card, typed, language=language, elapsed_seconds=seconds)


RATING_WORDS = {
    "again": Rating.Again,
    "hard": Rating.Hard,
    "good": Rating.Good,
    "easy": Rating.Easy,
}
FLAG_REASONS = ("wrong", "outdated", "other")
HELP = (
    "Type the answer and press Enter (an empty line shows the answer). Then rate: 1 again, "
    "2 hard, 3 good, 4 easy, Enter for the suggested rating.\n"
    "Commands: :undo (take back the last answer), :bury (hide until tomorrow), :suspend, "
    ":flag [wrong|outdated] NOTE (report the card to its author), :quit, :help"
)


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "review",
        help=_("study due cards"),
        description=_(
            "Study today's cards. --plain gives a line-oriented loop on stdin/stdout that works "
            "over SSH, in scripts and with screen readers."
        ),
    )
    parser.add_argument("--plain", action="store_true", help=_("line-oriented study loop"))
    add_profile_option(parser)
    parser.add_argument(
        "--deck", action="append", metavar="SLUG", help=_("only this deck (repeatable)")
    )
    parser.add_argument(
        "--cram",
        action="store_true",
        help=_("review the chosen decks' cards without changing their schedule"),
    )
    parser.add_argument(
        "--hardest-first", action="store_true", help=_("with --cram: most difficult cards first")
    )
    parser.add_argument("--limit", type=int, metavar="N", help=_("with --cram: at most N cards"))
    add_db_option(parser)
    parser.set_defaults(run=run)


def expected_answer(card: Card) -> str:
    if isinstance(card, ClozeCard):
        return GAP_PATTERN.sub(lambda m: m.group(1).split("|")[0].strip(), card.text)
    return card.answer


def _resolve_choice(card: Card, typed: str) -> str:
    """A number picks that choice; anything else is taken as typed."""
    text = typed.strip()
    if isinstance(card, ChoiceCard) and text.isdigit():
        index = int(text) - 1
        if 0 <= index < len(card.choices):
            return card.choices[index]
    return typed


@dataclass
class Tally:
    verdicts: list[str] = field(default_factory=list)

    @property
    def answered(self) -> int:
        return len(self.verdicts)

    @property
    def correct(self) -> int:
        return self.verdicts.count("correct")


class PlainLoop:
    def __init__(
        self,
        session: StudySession,
        stdin: TextIO,
        stdout: TextIO,
        check: Check = lenient_check,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.session = session
        self.languages = {deck.slug: deck.language for deck in session.store.decks()}
        self.stdin = stdin
        self.stdout = stdout
        self.check = check
        self.monotonic = monotonic
        self.tally = Tally()

    def say(self, text: str = "", end: str = "\n") -> None:
        self.stdout.write(text + end)
        self.stdout.flush()

    def read(self) -> str | None:
        line = self.stdin.readline()
        return None if line == "" else line.rstrip("\r\n")

    def run(self) -> int:
        remaining = self.session.remaining()
        kind = "cramming" if self.session.is_cram else "studying"
        self.say(
            f"{kind} as {self.session.profile.name}: {remaining.new} new, "
            f"{remaining.learning} learning, {remaining.review} review. Type :help for help."
        )
        while True:
            card = self.session.next_card()
            if card is None:
                self._finished()
                break
            if not self._study(card):
                break
        self.session.end()
        self.say(f"answered {self.tally.answered}, {self.tally.correct} correct")
        return 0

    def _finished(self) -> None:
        due = self.session.next_due()
        if due is None:
            self.say("nothing more to study now")
        else:
            wait = describe_interval(due - self.session.store.now())
            self.say(f"nothing more for now; the next learning card is due in {wait}")

    def _show(self, card: StudyCard) -> None:
        where = f"{Path(card.origin).name}:{card.card.line}" if card.origin else card.deck
        phase = "new" if card.state.phase == Phase.NEW else card.state.phase.name.lower()
        self.say()
        self.say(f"[{card.deck}, {phase}, {where}]")
        self.say(f"Q: {card_prompt(card.card)}")
        if isinstance(card.card, ChoiceCard):
            for number, choice in enumerate(card.card.choices, 1):
                self.say(f"  {number}) {choice}")
        self.say("> ", end="")

    def _study(self, card: StudyCard) -> bool:
        """One card: False when the session should end."""
        self._show(card)
        started = self.monotonic()
        typed = self.read()
        if typed is None:
            return False
        if typed.startswith(":"):
            return self._command(card, typed[1:].strip())
        seconds = self.monotonic() - started
        duration_ms = int(seconds * 1000)
        answer = _resolve_choice(card.card, typed)
        language = self.languages.get(card.deck, "en")
        judged = self.check(card.card, answer, language, seconds)
        verdict = judged.outcome.value if answer.strip() else Outcome.WRONG.value
        self.say(f"{verdict}: {expected_answer(card.card)}")
        if judged.outcome is Outcome.CLOSE and judged.diff:
            self.say(f"spelling: {render_diff(judged.diff)}")
        if judged.reject_why and answer.strip():
            self.say(judged.reject_why)
        if card.card.explanation:
            self.say(card.card.explanation)
        suggested = Rating(int(judged.suggested_rating)) if answer.strip() else Rating.Again
        rating = self._ask_rating(card, suggested)
        if rating is None:
            return False
        after = self.session.answer(
            card, rating, answer=answer, verdict=verdict, duration_ms=duration_ms
        )
        self.tally.verdicts.append(verdict)
        if self.session.is_cram:
            self.say("(cram: schedule unchanged)")
        elif after.state.due is not None:
            self.say(f"next in {describe_interval(after.state.due - self.session.store.now())}")
            if after.state.leech and not card.state.leech:
                self.say(
                    "this card keeps slipping: it is suspended as a leech; consider rewording it"
                )
        return True

    def _ask_rating(self, card: StudyCard, suggested: Rating) -> Rating | None:
        intervals = self.session.preview(card)
        options = ", ".join(
            f"{int(r)} {r.name.lower()}"
            + ("" if self.session.is_cram else f" ({describe_interval(intervals[r])})")
            for r in RATINGS
        )
        while True:
            self.say(
                f"rate {options} [Enter = {int(suggested)} {suggested.name.lower()}]: ", end=""
            )
            line = self.read()
            if line is None:
                return None
            text = line.strip().lower()
            if not text:
                return suggested
            if text.isdigit() and 1 <= int(text) <= 4:
                return Rating(int(text))
            if text in RATING_WORDS:
                return RATING_WORDS[text]
            self.say("please type 1, 2, 3 or 4, or press Enter")

    def _command(self, card: StudyCard, command: str) -> bool:
        name, _sep, rest = command.partition(" ")
        name = name.lower()
        if name in ("q", "quit"):
            return False
        if name in ("u", "undo"):
            restored = self.session.undo()
            if restored is None:
                self.say("nothing to undo")
            else:
                if self.tally.verdicts:
                    self.tally.verdicts.pop()
                self.say(f"took back your answer to: {card_prompt(restored.card)}")
        elif name in ("b", "bury"):
            self.session.bury(card)
            self.say("buried until tomorrow")
        elif name in ("s", "suspend"):
            self.session.suspend(card)
            self.say("suspended")
        elif name in ("f", "flag"):
            reason, _sep, note = rest.strip().partition(" ")
            if reason.lower() not in FLAG_REASONS:
                reason, note = "other", rest.strip()
            self.session.store.flag_card(self.session.profile, card.id, reason.lower(), note)
            self.say(f"flagged as {reason.lower()} for the deck's author; thank you")
        elif name in ("h", "help", "?"):
            self.say(HELP)
        else:
            self.say(f"unknown command :{name}; type :help")
        return True


def run(args: argparse.Namespace, check: Check = lenient_check) -> int:
    import sys

    if not args.plain:
        from newsquiz.commands import app

        return app.run(args)
    if (args.hardest_first or args.limit is not None) and not args.cram:
        raise UsageError("--hardest-first and --limit go with --cram")
    with open_store(args) as store:
        profile = choose_profile(store, args.profile)
        store.remember_profile(profile)
        try:
            if args.cram:
                session = store.start_cram(
                    profile, decks=args.deck, hardest_first=args.hardest_first, limit=args.limit
                )
            else:
                session = store.start_session(profile, args.deck)
        except KeyError as err:
            raise UsageError(f"no such deck: {err.args[0]}") from None
        return PlainLoop(session, sys.stdin, sys.stdout, check).run()
