"""The one runner of the fresh-phrasing tests (sessions 13 to 17): a command row is read as a
colleague reads it (only the fields a row names are checked, and its day always); a message row
gives the records it names in order (the first, then each asked about on its own), or none.
Session 31: the rows' plumbing too (each file keeps its own calendar, rows and expectations):
`k` and `month` for a file's amounts and days, `KRONE` by language, and the tables as pytest
params (`row_params`, `rows_by_language`, `rows_and_left`, `step_params`), each named by its
text's first 50 characters and a strict xfail where the file's LEFT says why; and
`records_and_steps`, a message's records with their next steps' days."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from datetime import date
from decimal import Decimal
from functools import partial

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise
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


def chain(found: Recognition | None) -> list[Recognition]:
    """A reading and every record chained to it (`also`), in order."""
    rows = []
    while found is not None:
        rows.append(found)
        found = found.also
    return rows


def k(amount: int) -> Decimal:
    """A record's amount in a row: k(1450000)."""
    return Decimal(amount)


def month(year: int, number: int) -> Callable[[int], date]:
    """A file's calendar: `jan = month(2029, 1)`, then jan(16) is 16 January 2029."""
    return partial(date, year, number)


def _param(*values: object, text: str, left: Mapping[str, str]) -> object:
    """One row as a pytest param named by its text, a strict xfail where `left` gives why."""
    marks = [pytest.mark.xfail(strict=True, reason=left[text])] if text in left else []
    return pytest.param(*values, id=text[:50], marks=marks)


def records_and_steps(found: Recognition | None) -> list[tuple]:
    """A message's records in order (the first, then each asked about on its own), each as
    (outcome, kind, customer, day, its next step's day or None)."""
    rows = []
    while found is not None:
        due = found.next_step.due if found.next_step is not None else None
        rows.append((found.outcome, found.kind, found.customer, found.when, due))
        found = found.also
    return rows


def step_params(steps: Iterable[str], left: Mapping[str, str]) -> list:
    """The rows of a file's next-step test: each text, a strict xfail where `left` gives why."""
    return [_param(t, text=t, left=left) for t in steps]


def row_params(rows: Iterable[tuple], left: Mapping[str, str]) -> list:
    """A table's (text, want) rows, each a strict xfail where `left` (text: why) gives why."""
    return [_param(row, text=row[0], left=left) for row in rows]


def rows_by_language(by_language: Mapping[str, list], left: Mapping[str, str]) -> list:
    """The (lang, row) params of a file's tables by language ({"nb": NORWEGIAN, …}), each a
    strict xfail where `left` (text: why) gives why."""
    return [
        _param(lang, row, text=row[0], left=left)
        for lang, rows in by_language.items()
        for row in rows
    ]


def rows_and_left(*tables: list, left: Mapping[str, tuple[list, str]]) -> list:
    """The tables' (text, want) rows, then the rows read otherwise still (`left`, text: (want,
    why)), each a strict xfail with its reason."""
    return [
        *(_param(row, text=row[0], left={}) for table in tables for row in table),
        *(_param((text, want), text=text, left={text: why}) for text, (want, why) in left.items()),
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
