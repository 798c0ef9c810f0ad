"""`newsquiz stats`: progress over time as text or JSON (the figures of the stats screen)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from newsquiz import exit_codes
from newsquiz.i18n import N_, _, follow_profile, format_number, format_percent, n_
from newsquiz.startup import add_db_option, add_profile_option, choose_profile, open_store


def register(subparsers: argparse._SubParsersAction[Any]) -> None:
    parser = subparsers.add_parser(
        "stats",
        help=_("progress over time: answers per day, streaks, retention, forecast, mastery"),
        description=_(
            "Show a learner's statistics: today's answers, current and longest streak, card "
            "counts, weekly retention, the 30-day forecast and per-deck mastery."
        ),
    )
    parser.add_argument("--json", action="store_true", help=_("print every figure as JSON"))
    add_profile_option(parser)
    add_db_option(parser)
    parser.set_defaults(run=run)


COUNT_NAMES = {
    "new": N_("new"),
    "learning": N_("learning"),
    "young": N_("young"),
    "mature": N_("mature"),
    "suspended": N_("suspended"),
}


def sparkline(values: list[int]) -> str:
    blocks = " ▁▂▃▄▅▆▇█"
    top = max(values, default=0) or 1
    return "".join(blocks[0 if v == 0 else 1 + (v * 7) // top] for v in values)


def run(args: argparse.Namespace) -> int:
    with open_store(args) as store:
        profile = choose_profile(store, args.profile)
        follow_profile(store.ui_language(profile))
        stats = store.statistics(profile)
    if args.json:
        print(
            json.dumps({"profile": profile.name, **stats.to_dict()}, ensure_ascii=False, indent=2)
        )
        return exit_codes.OK
    last30 = [n for _, n in stats.reviews_per_day[-30:]]
    retention = [r for _, r in stats.weekly_retention if r is not None]
    print(_("Learner: {name}").format(name=profile.name))
    print(
        n_(
            "Today: {count} answer in {minutes} min",
            "Today: {count} answers in {minutes} min",
            stats.reviews_today,
        ).format(count=stats.reviews_today, minutes=format_number(stats.minutes_today))
    )
    print(
        n_(
            "Streak: {days} day (longest {longest})",
            "Streak: {days} days (longest {longest})",
            stats.current_streak,
        ).format(days=stats.current_streak, longest=stats.longest_streak)
    )
    forecast = [n for _, n in stats.forecast]
    rows = (
        (_("Answers, last 30 days:"), last30),
        (_("Due, next 30 days:"), forecast),
    )
    width = max(len(label) for label, _values in rows)
    for label, values in rows:
        print(f"{label:<{width}} {sum(values)}  {sparkline(values)}")
    if retention:
        print(
            _("Retention, last week with answers: {retention} (desired {desired})").format(
                retention=format_percent(retention[-1]),
                desired=format_percent(stats.desired_retention),
            )
        )
    print(
        _("Cards: {counts}").format(
            counts=", ".join(
                f"{_(COUNT_NAMES.get(name, name))} {n}" for name, n in stats.counts.items()
            )
        )
    )
    for deck in stats.decks:
        print(
            "  "
            + _("{title}: {mature}/{cards} mastered ({mastery})").format(
                title=deck.title,
                mature=deck.mature,
                cards=deck.cards,
                mastery=format_percent(deck.mastery),
            )
        )
    return exit_codes.OK
