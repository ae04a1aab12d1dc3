"""A call or meeting held and another booked with the same customer in one message ("Ringte DNB i
går, booket møte neste uke"): the held one is the record, the booked one its next step. Only the
booked one was kept (a plan), and the call that was made counted nowhere."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

KNOWN = ["DNB", "Kongsberg Gruppen", "Volvo", "Novo Nordisk"]
TODAY = date(2026, 11, 20)  # a Friday


def _read(text: str):  # type: ignore[no-untyped-def]
    return recognise(text, today=TODAY, known_customers=KNOWN, posted=time(16))


@pytest.mark.parametrize(
    ("text", "kind", "customer", "when", "due"),
    [
        ("Ringte DNB i går, booket møte neste uke", "call", "DNB", date(2026, 11, 19), date(2026, 11, 27)),
        ("tlf m/ Kongsberg Gruppen i forgårs, varm lead. booket møte uke 49", "call",
         "Kongsberg Gruppen", date(2026, 11, 18), date(2026, 12, 4)),
        ("Called Volvo yesterday, booked a meeting next Tuesday", "call", "Volvo", date(2026, 11, 19),
         date(2026, 11, 24)),
        ("Ringede til Novo Nordisk i går, vi har booket et møde i næste uge", "call", "Novo Nordisk",
         date(2026, 11, 19), date(2026, 11, 27)),
    ],
)  # fmt: skip
def test_the_held_one_is_the_record_and_the_booked_one_its_next_step(
    text: str, kind: str, customer: str, when: date, due: date
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE, ActivityKind(kind), customer, when,
    ), found.reasons  # fmt: skip
    cmd = found.command()
    assert cmd.next_step is not None and (cmd.next_step.what, cmd.next_step.due) == ("meeting", due)


def test_a_booking_alone_stays_a_plan() -> None:
    found = _read("Booket møte med DNB neste uke")
    assert found.planned and found.kind is ActivityKind.MEETING and found.next_step is not None


def test_m_slash_is_with() -> None:
    found = _read("tlf m/ DNB i går")
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, ActivityKind.CALL, "DNB")
