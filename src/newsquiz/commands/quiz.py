"""`newsquiz quiz`: the weekly news quiz: fixed, timed and scored, on plain lines.

Everyone who takes a deck's quiz in the same ISO week gets the same cards in the same order
(`core.quizzes`). Each question shows its time; the score and the total come at the end.

How the quiz feeds spaced repetition: a missed card is recorded as a real review rated Again,
so the scheduler treats it as forgotten: a review card lapses into relearning (due again in
minutes, its stability cut), a new or learning card restarts its learning steps. The learner's
next session therefore brings it back. A card answered right is logged as a cram answer: it
shows in history and reports but leaves the schedule alone, because a quiz taken at an arbitrary
time says little more about a remembered card than its schedule already does.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from newsquiz.commands.review import Check, _resolve_choice, expected_answer, lenient_check
from newsquiz.core.answers import Outcome
from newsquiz.core.cards import Card, ChoiceCard, card_prompt
from newsquiz.core.quizzes import QuizAnswer, pick_quiz, score, week_seed
from newsquiz.core.scheduling import Rating
from newsquiz.i18n import _
from newsquiz.startup import (
    UsageError,
    add_db_option,
    add_profile_option,
    choose_profile,
    open_store,
)

if TYPE_CHECKING:
    from newsquiz.core.progress import Profile
    from newsquiz.store import Store


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "quiz",
        help=_("take this week's fixed, timed quiz of a deck"),
        description=_(
            "A fixed, timed quiz: the same questions in the same order for everyone taking the "
            "deck's quiz this ISO week. Scored at the end; missed cards come back in your "
            "spaced-repetition queue."
        ),
    )
    parser.add_argument("--deck", required=True, metavar="SLUG", help=_("the deck to quiz"))
    parser.add_argument(
        "--count", type=int, default=10, metavar="N", help=_("questions (default 10)")
    )
    parser.add_argument(
        "--seed", metavar="TEXT", help=_("choose the questions by this seed instead of the week")
    )
    add_profile_option(parser)
    add_db_option(parser)
    parser.set_defaults(run=run)


class QuizLoop:
    def __init__(
        self,
        store: Store,
        profile: Profile,
        language: str,
        stdin: TextIO,
        stdout: TextIO,
        check: Check = lenient_check,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.store = store
        self.profile = profile
        self.language = language
        self.stdin = stdin
        self.stdout = stdout
        self.check = check
        self.monotonic = monotonic

    def say(self, text: str = "", end: str = "\n") -> None:
        self.stdout.write(text + end)
        self.stdout.flush()

    def run(self, title: str, seed: str, cards: list[tuple[int, Card]]) -> list[QuizAnswer]:
        self.say(f"{title}: quiz {seed}, {len(cards)} questions. Answer each and press Enter.")
        answers: list[QuizAnswer] = []
        for number, (card_id, card) in enumerate(cards, 1):
            answer = self._ask(number, len(cards), card_id, card)
            if answer is None:
                self.say("quiz stopped")
                break
            answers.append(answer)
        self._summary(answers, len(cards))
        return answers

    def _ask(self, number: int, total: int, card_id: int, card: Card) -> QuizAnswer | None:
        self.say()
        self.say(f"{number}/{total}. {card_prompt(card)}")
        if isinstance(card, ChoiceCard):
            for index, choice in enumerate(card.choices, 1):
                self.say(f"  {index}) {choice}")
        self.say("> ", end="")
        started = self.monotonic()
        line = self.stdin.readline()
        if line == "":
            return None
        seconds = self.monotonic() - started
        typed = _resolve_choice(card, line.rstrip("\r\n"))
        verdict = (
            self.check(card, typed, self.language, seconds).outcome.value
            if typed.strip()
            else Outcome.WRONG.value
        )
        answer = QuizAnswer(
            card.id, card_prompt(card), expected_answer(card), typed, verdict, seconds
        )
        missed = not answer.scored
        self.store.record_review(
            self.profile,
            card_id,
            Rating.Again if missed else Rating.Good,
            answer=typed,
            verdict=verdict,
            duration_ms=int(seconds * 1000),
            is_cram=not missed,
        )
        note = " (back in your review queue)" if missed else ""
        self.say(f"{verdict}: {answer.expected} [{seconds:.1f} s]{note}")
        return answer

    def _summary(self, answers: list[QuizAnswer], asked: int) -> None:
        right, answered, seconds = score(answers)
        self.say()
        self.say(f"score: {right}/{asked} in {seconds:.1f} s")
        for number, a in enumerate(answers, 1):
            mark = "+" if a.scored else "-"
            self.say(f"  {mark} {number}. {a.prompt} — {a.expected} ({a.seconds:.1f} s)")
        missed = answered - right
        if missed:
            self.say(f"{missed} missed: they come back in your next review session")


def run(
    args: argparse.Namespace,
    check: Check = lenient_check,
    monotonic: Callable[[], float] = time.monotonic,
) -> int:
    if args.count < 1:
        raise UsageError("--count must be at least 1")
    with open_store(args) as store:
        profile = choose_profile(store, args.profile)
        store.remember_profile(profile)
        deck = next((d for d in store.decks() if d.slug == args.deck), None)
        if deck is None:
            raise UsageError(f"no such deck: {args.deck}")
        cards = store.quiz_cards(args.deck)
        if not cards:
            raise UsageError(f"deck {args.deck} has no current cards to quiz")
        seed = args.seed or week_seed(args.deck, store.today(profile))
        chosen = pick_quiz(cards, args.count, seed)
        loop = QuizLoop(store, profile, deck.language, sys.stdin, sys.stdout, check, monotonic)
        loop.run(deck.title, seed, chosen)
    return 0
