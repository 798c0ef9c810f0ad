"""How durations and shares read on screen; pure, so tests pin them down."""

from __future__ import annotations

from newsquiz.i18n import _


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
