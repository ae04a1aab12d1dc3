"""Everyday shapes the lead's probe found (session 15, Monday 30 Nov 2026): a call that books a
meeting, two records of one kind with different customers, a day said beside one record,
durations glued onto names in commands, two known names joined as one, a known name that starts
with a digit. Each row failed on main cd31519."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command

TODAY = date(2026, 11, 30)  # a Monday
KNOWN = [
    "Equinor", "Ericsson", "Novozymes", "Tryg", "Tine", "Orkla", "Kiwi", "Hydro", "Volvo Cars",
    "DNB", "Telia", "Aker BP", "3M", "H&M", "Brandt & Vinther ApS", "Axfood", "ICA",
]  # fmt: skip
OPEN = {"tine", "orkla", "kiwi", "ica", "axfood"}


def _read(text: str):  # type: ignore[no-untyped-def]
    return recognise(text, today=TODAY, known_customers=KNOWN, open_offers=OPEN)


def _chain(found):  # type: ignore[no-untyped-def]
    out = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        out.append(found)
        found = found.also
    return out


# 1. A call that books a meeting: the call held today is the record, the meeting its next step.
@pytest.mark.parametrize(
    ("text", "customer", "due"),
    [
        ("Ringte Equinor og booket møte neste uke", "Equinor", date(2026, 12, 7)),
        ("Ringde Ericsson och bokade möte till nästa tisdag", "Ericsson", date(2026, 12, 1)),
        ("Ringede til Novozymes og bookede et møde på torsdag", "Novozymes", date(2026, 12, 3)),
        ("Called Tryg and booked a meeting for Thursday", "Tryg", date(2026, 12, 3)),
        ("Ringte Equinor og fikk møte på fredag", "Equinor", date(2026, 12, 4)),
    ],
)
def test_a_call_that_books_a_meeting_is_a_call_today_with_the_meeting_next(
    text: str, customer: str, due: date
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE, ActivityKind.CALL, customer, TODAY,
    ), found.reasons  # fmt: skip
    assert not found.planned
    step = found.command().next_step
    assert step is not None and (step.what, step.due) == ("meeting", due)


def test_a_call_to_come_that_books_a_meeting_stays_a_plan() -> None:
    found = _read("Ringer Equinor og booker møte neste uke")
    assert found.planned  # "Ringer": the call is still to come, nothing counted


@pytest.mark.parametrize(
    ("kind", "text", "customer", "what", "due"),
    [
        (ActivityKind.CALL, "Ericsson bokade möte nästa tisdag", "Ericsson", "möte", date(2026, 12, 1)),
        (ActivityKind.CALL, "Equinor booket møte neste uke", "Equinor", "møte", date(2026, 12, 7)),
        (ActivityKind.CALL, "Tryg booked a meeting for Thursday", "Tryg", "meeting", date(2026, 12, 3)),
        (ActivityKind.CALL, "Novozymes bookede et møde på torsdag", "Novozymes", "møde", date(2026, 12, 3)),
        (ActivityKind.CALL, "Equinor varm, fikk demo 3.12", "Equinor", "demo", date(2026, 12, 3)),
        (ActivityKind.MEETING, "Equinor i dag, avtalt ny befaring tirsdag", "Equinor", "befaring",
         date(2026, 12, 1)),
    ],
)  # fmt: skip
def test_a_command_reads_the_talk_booked_as_its_next_step(
    kind: ActivityKind, text: str, customer: str, what: str, due: date
) -> None:
    cmd = parse_log_command(kind, text, today=TODAY, known_customers=KNOWN)
    assert (cmd.customer, cmd.when, cmd.unread) == (customer, TODAY, None)
    assert cmd.next_step is not None and (cmd.next_step.what, cmd.next_step.due) == (what, due)
