"""How durations and shares read on screen; pure, so tests pin them down."""

from __future__ import annotations


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
