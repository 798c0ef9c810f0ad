"""How times, intervals and shares read on screen; pure, so tests pin them down."""

from __future__ import annotations

from datetime import timedelta

from newsquiz.i18n import _, format_number


def interval(span: timedelta) -> str:
    """`<1m`, `10m`, `5h`, `3d`, `1.5mo`, `2.1y`: the interval a rating button promises."""
    seconds = span.total_seconds()
    if seconds < 60:
        return _("<1m")
    if seconds < 3600:
        return _("{n}m").format(n=round(seconds / 60))
    if seconds < 86400:
        return _("{n}h").format(n=round(seconds / 3600))
    days = seconds / 86400
    if days < 30:
        return _("{n}d").format(n=round(days))
    if days < 365:
        return _("{n}mo").format(n=format_number(days / 30, 1))
    return _("{n}y").format(n=format_number(days / 365, 1))


def duration(seconds: float) -> str:
    """`45s`, `3m 05s`, `1h 02m`."""
    total = round(seconds)
    if total < 60:
        return _("{s}s").format(s=total)
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return _("{m}m {s}s").format(m=minutes, s=f"{secs:02d}")
    hours, minutes = divmod(minutes, 60)
    return _("{h}h {m}m").format(h=hours, m=f"{minutes:02d}")


def bar(share: float, width: int = 10) -> str:
    """A text bar for a share in 0..1, e.g. mastery in a deck table."""
    share = min(max(share, 0.0), 1.0)
    filled = round(share * width)
    return "█" * filled + "░" * (width - filled)
