"""mendJ31 item 2. A day's correction naming its record by kind and a customer not yet known
("møtet med Kiwi") names that customer's record, never none (the latest of another customer)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture.corrections import read

WEDNESDAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "customer", "day"),
    [
        ("Rettelse: møtet med Kiwi var i går, ikke i dag", "Kiwi", date(2026, 12, 1)),
        ("Rettelse: mødet med Maersk var i mandags, ikke i dag", "Maersk", date(2026, 11, 30)),
        ("Rättelse: mötet med Volvo var igår, inte idag", "Volvo", date(2026, 12, 1)),
        ("Correction: the meeting with Tesco was yesterday, not today", "Tesco", date(2026, 12, 1)),
    ],
)
def test_a_customer_not_yet_known_names_the_record(text: str, customer: str, day: date) -> None:
    fix = read(text, today=WEDNESDAY, krone="NOK", known=["Tine"])
    assert fix is not None and fix.change == "day", fix
    assert (fix.of_customer, fix.of_kind, fix.day) == (customer, ActivityKind.MEETING, day), fix


@pytest.mark.parametrize(
    "text", ["Rettelse: møtet var i går, ikke i dag", "Correction: it was yesterday, not today"]
)
def test_no_customer_named_stays_none(text: str) -> None:
    fix = read(text, today=WEDNESDAY, krone="NOK", known=["Tine"])
    assert fix is not None and fix.change == "day" and fix.of_customer is None, fix
