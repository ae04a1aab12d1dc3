"""Session 52: channel messages the held-out sets left wrong. A line under a day's heading whose
step to come is said in it ("Glemte å poste i går, så her er torsdagen:\\nTelefon med
Gjensidige (Anne, HR-sjef) – vil ha møte uke 50\\nMøte Storebrand – gikk greit": the call was
dated today, the meeting Thursday), and a line under another weekday's heading with a noun for
the talk ("Torsdag:\\nTelefon med Gjensidige" on a Friday: was dated today)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
THURSDAY = date(2026, 12, 3)
M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER


def _read(text: str):  # type: ignore[no-untyped-def]
    found = recognise(text, today=FRIDAY, known_customers=[], posted=time(15, 30))
    return [
        (r.kind, r.customer, r.when)
        for r in chain(found)
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("Glemte å poste i går, så her er torsdagen:\nTelefon med Gjensidige (Anne, HR-sjef) – "
         "vil ha møte uke 50\nMøte Storebrand – gikk greit\nSendte tilbud DNB 2,2 mill",
         [(C, "Gjensidige", THURSDAY), (M, "Storebrand", THURSDAY), (OF, "DNB", THURSDAY)]),
        ("Torsdag:\nTelefon med Gjensidige – vil ha møte uke 50\nMøte Storebrand",
         [(C, "Gjensidige", THURSDAY), (M, "Storebrand", THURSDAY)]),
        ("Torsdag:\nTelefon med Gjensidige", [(C, "Gjensidige", THURSDAY)]),
        ("Torsdag:\nTelefon med Gjensidige – de vil ha møte", [(C, "Gjensidige", THURSDAY)]),
        # today's own weekday is today's
        ("Fredag:\nTelefon med Gjensidige", [(C, "Gjensidige", FRIDAY)]),
    ],
)  # fmt: skip
def test_the_rows_under_a_days_heading_are_that_days(text, rows) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == rows
