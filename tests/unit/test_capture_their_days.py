"""A day that belongs to something else in the message is never the record's day.

Said on Monday 30 November 2026. Each row was read with last week's day (a figure in the wrong
week) or as no record at all before session 13:
- the customer's own coming affairs, in a clause whose subject is them ("de har budsjettmøte på
  fredag", "de skal ha internt møte onsdag"): their day, not the offer's; and their "internt" is
  their own meeting, not ours ("Bra möte med Volvo, de ska diskutera internt på torsdag");
- the delivery's kickoff beside a win ("kickoff torsdag", "oppstartsmøte 7.12"): to come, the
  lead's next meeting, not the day it was won."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 11, 30)  # a Monday
KNOWN = {"Coop", "Orkla", "Volvo", "Hafslund", "Scania", "Yara"}


@pytest.mark.parametrize(
    ("text", "kind", "customer", "amount", "step_due"),
    [
        ("Tilbud til Coop 120k sendt. De har budsjettmøte på fredag", ActivityKind.OFFER, "Coop",
         "120000", None),
        ("Tilbud sendt Orkla 200k, de skal ha internt møte onsdag", ActivityKind.OFFER, "Orkla",
         "200000", None),
        ("Offert till Scania 400 tkr skickad, dom har ledningsmöte på torsdag", ActivityKind.OFFER,
         "Scania", "400000", None),
        ("Sendte tilbud til Yara 90k, kunden har styremøte fredag", ActivityKind.OFFER, "Yara",
         "90000", None),
        ("Bra möte med Volvo, de ska diskutera internt på torsdag", ActivityKind.MEETING, "Volvo",
         None, None),
        ("Vunnet! Hafslund 600k, kickoff torsdag", ActivityKind.WIN, "Hafslund", "600000",
         date(2026, 12, 3)),
        ("Vant Hafslund 600k, kick-off møte fredag", ActivityKind.WIN, "Hafslund", "600000",
         date(2026, 12, 4)),
    ],
)  # fmt: skip
def test_their_day_and_the_kickoff_are_not_the_records_day(
    text: str, kind: ActivityKind, customer: str, amount: str | None, step_due: date | None
) -> None:
    found = recognise(text, today=TODAY, known_customers=KNOWN)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, kind, customer)
    assert found.amount == (Decimal(amount) if amount else None)
    assert found.when == TODAY
    step = found.command().next_step
    assert (step.due if step else None) == step_due


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # a day of the record's own stays its day
        ("Sendte tilbud til Coop 120k i fredags, de har budsjettmøte på fredag", date(2026, 11, 27)),
        ("Møte med Volvo torsdag, de var fornøyde", date(2026, 11, 26)),
        ("Vant Hafslund 600k i går, kickoff torsdag", date(2026, 11, 29)),
    ],
)  # fmt: skip
def test_the_records_own_day_stays(text: str, when: date) -> None:
    found = recognise(text, today=TODAY, known_customers=KNOWN)
    assert found.outcome is not Outcome.NOTHING
    assert found.when == when
