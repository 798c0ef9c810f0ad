"""`newsquiz stats`: progress over time as text or JSON (the figures of the stats screen)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from newsquiz import exit_codes
from newsquiz.startup import add_db_option, add_profile_option, choose_profile, open_store


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "stats",
        help="progress over time: answers per day, streaks, retention, forecast, mastery",
        description=(
            "Show a learner's statistics: today's answers, current and longest streak, card "
            "counts, weekly retention, the 30-day forecast and per-deck mastery."
        ),
    )
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    add_profile_option(parser)
    add_db_option(parser)
    parser.set_defaults(run=run)


def sparkline(values: list[int]) -> str:
    blocks = " ▁▂▃▄▅▆▇█"
    top = max(values, default=0) or 1
    return "".join(blocks[0 if v == 0 else 1 + (v * 7) // top] for v in values)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile = choose_profile(store, args.profile)
        stats = store.statistics(profile)
    if args.json:
        print(
            json.dumps({"profile": profile.name, **stats.to_dict()}, ensure_ascii=False, indent=2)
        )
        return exit_codes.OK
    last30 = [n for _, n in stats.reviews_per_day[-30:]]
    retention = [r for _, r in stats.weekly_retention if r is not None]
    print(f"Learner: {profile.name}")
    print(f"Today: {stats.reviews_today} answers in {stats.minutes_today:g} min")
    print(f"Streak: {stats.current_streak} days (longest {stats.longest_streak})")
    print(f"Answers, last 30 days: {sum(last30)}  {sparkline(last30)}")
    forecast = [n for _, n in stats.forecast]
    print(f"Due, next 30 days:     {sum(forecast)}  {sparkline(forecast)}")
    if retention:
        print(
            f"Retention, last week with answers: {retention[-1]:.0%} "
            f"(desired {stats.desired_retention:.0%})"
        )
    print("Cards: " + ", ".join(f"{name} {n}" for name, n in stats.counts.items()))
    for deck in stats.decks:
        print(f"  {deck.title}: {deck.mature}/{deck.cards} mastered ({deck.mastery:.0%})")
    return exit_codes.OK
