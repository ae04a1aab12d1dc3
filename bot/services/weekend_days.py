"""Session 70. Done work said to be "i helga", "i helgen", "i weekenden", "over the weekend":
Saturday or Sunday? (Held-out writers of session 70, Norwegian and Swedish: asked; the readers
had taken the Saturday, unasked.) The command's reader leaves the words unread; the log's
service asks which, each day of the weekend gone on its button.

Pure code: the text (or the words unread) and today in, the days and the words out."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

WEEKEND_SAID = re.compile(
    r"(?i)(?<![\w-])(?:(?:i|over|över|at|on|this|last|forrige|førre|förra|forra|sidste|sist)"
    r"\s+(?:the\s+)?)?(?:helga|helgen|helgene|helg|weekenden|weekend)(?![\w-])"
)


@dataclass(frozen=True)
class Weekend:
    days: tuple[date, ...]  # its Saturday, then its Sunday (up to today)
    said: str  # the words that named it, as typed
    rest: str | None  # the other words unread


def weekend_gone(today: date) -> tuple[date, ...]:
    """The weekend's days up to today: the last one gone on a weekday, this one on a weekend."""
    if today.weekday() == 5:
        return (today,)
    sunday = today if today.weekday() == 6 else today - timedelta(days=today.weekday() + 1)
    return (sunday - timedelta(days=1), sunday)


def weekend_said(unread: str | None, today: date) -> Weekend | None:
    """The weekend named as the day of done work among the words unread, or None."""
    if not unread:
        return None
    found = WEEKEND_SAID.search(unread)
    if found is None:
        return None
    rest = f"{unread[: found.start()]} {unread[found.end() :]}".strip(" ,;:.-\u2013\u2014")
    return Weekend(weekend_gone(today), found[0], rest or None)
