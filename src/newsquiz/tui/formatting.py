"""How times, intervals and shares read on screen; pure, so tests pin them down."""

from __future__ import annotations

from datetime import timedelta


def interval(span: timedelta) -> str:
    """`<1m`, `10m`, `5h`, `3d`, `1.5mo`, `2.1y`: the interval a rating button promises."""
    seconds = span.total_seconds()
    if seconds < 60:
        return "<1m"
    if seconds < 3600:
        return f"{round(seconds / 60)}m"
    if seconds < 86400:
        return f"{round(seconds / 3600)}h"
    days = seconds / 86400
    if days < 30:
        return f"{round(days)}d"
    if days < 365:
        return f"{days / 30:.1f}mo"
    return f"{days / 365:.1f}y"


def duration(seconds: float) -> str:
    """`45s`, `3m 05s`, `1h 02m`."""
    total = round(seconds)
    if total < 60:
        return f"{total}s"
    minutes, secs = divmod(total, 60)
    if minutes < 60:
        return f"{minutes}m {secs:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h {minutes:02d}m"


def bar(share: float, width: int = 10) -> str:
    """A text bar for a share in 0..1, e.g. mastery in a deck table."""
    share = min(max(share, 0.0), 1.0)
    filled = round(share * width)
    return "█" * filled + "░" * (width - filled)
