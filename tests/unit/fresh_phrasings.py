"""The one runner of the fresh-phrasing tests (sessions 13 to 17): a command row is read as a
colleague reads it (only the fields a row names are checked, and its day always); a message row
gives the records it names in order (the first, then each asked about on its own), or none."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.commands import LogCommand, parse_log_command

KINDS = {
    "meeting": ActivityKind.MEETING,
    "call": ActivityKind.CALL,
    "offer": ActivityKind.OFFER,
    "win": ActivityKind.WIN,
    "lost": ActivityKind.LOSS,
}
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}
# Shorthand for message rows: (outcome, kind, customer, amount, day)
S, L, N = Outcome.SURE, Outcome.LIKELY, Outcome.NOTHING
MEETING, CALL, OFFER, WIN, LOSS = (
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.OFFER,
    ActivityKind.WIN,
    ActivityKind.LOSS,
)


def check_command(
    row: tuple, today: date, known: Collection[str] = (), *, language: bool = False
) -> None:
    """A (kind, language, text, wanted fields) row read on `today`: the fields wanted, and the
    day, as read. `language`: the seller's language passed to the reader too."""
    kind, lang, text, want = row
    cmd = parse_log_command(
        KINDS[kind],
        text,
        today=today,
        krone=KRONE[lang],
        known_customers=known,
        language=lang if language else None,
    )
    check_fields(cmd, want, today)


def check_fields(cmd: LogCommand, want: dict, today: date) -> None:
    """The fields of a command read that a row wants (and its day: `today` unless it says)."""
    got = {
        "customer": cmd.customer,
        "when": cmd.when,
        "amount": cmd.amount,
        "currency": cmd.currency,
        "temp": cmd.temperature.value if cmd.temperature else None,
        "note": cmd.note,
        "unread": cmd.unread,
        "next": (cmd.next_step.what, cmd.next_step.due) if cmd.next_step else None,
    }
    checked = {key: got[key] for key in (*want, "when")}
    assert checked == {"when": today, **want}, got


def check_message(
    row: tuple,
    today: date,
    known: Collection[str],
    open_offers: Collection[str] = (),
    krone: str = "NOK",
) -> None:
    """`krone`: the team's (session 28: whose days off a step's day is read against)."""
    text, want = row
    found = recognise(
        text, today=today, known_customers=known, open_offers=open_offers, krone=krone
    )
    got = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        got.append((found.outcome, found.kind, found.customer, found.amount, found.when))
        found = found.also
    assert got == want


def step_params(steps: dict, left: dict) -> list:
    """The rows of a file's next-step test: each text, a strict xfail where `left` gives why."""
    return [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=left[t]), id=t[:50])
        if t in left
        else pytest.param(t, id=t[:50])
        for t in steps
    ]


def check_step(
    text: str,
    due: date,
    today: date,
    known: Collection[str],
    open_offers: Collection[str] = (),
    krone: str = "NOK",
) -> None:
    """The first record's next step (a booked meeting or the author's follow-up) is on `due`."""
    found = recognise(
        text, today=today, known_customers=known, open_offers=open_offers, krone=krone
    )
    step = found.next_step or found.follow_up
    assert step is not None and step.due == due, found.reasons
