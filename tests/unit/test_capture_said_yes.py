""" "Hafslund sa ja, 400k": the Norwegian "sa" (said) after a new customer's name was read as the
legal form S.A. ("Hafslund sa" a name), which swallowed the win's "sa ja": nothing recorded.
Written in lower case, "sa" and "da" are words; written "SA", "DA" they are still the forms."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 11, 30)


def _read(text: str):  # type: ignore[no-untyped-def]
    return recognise(text, today=TODAY, known_customers=set())


@pytest.mark.parametrize(
    ("text", "outcome", "kind", "customer"),
    [
        ("Hafslund sa ja, 400k", Outcome.SURE, ActivityKind.WIN, "Hafslund"),
        ("Coop sa ja til tilbudet på 400k", Outcome.SURE, ActivityKind.WIN, "Coop"),
        ("Hafslund sa ja til tilbudet 🎉", Outcome.LIKELY, ActivityKind.WIN, "Hafslund"),
        ("Hafslund sa nei til tilbudet", Outcome.LIKELY, ActivityKind.LOSS, "Hafslund"),
        # Swedish perfect: "har tackat ja" was no win word ("tackade ja" was)
        ("Scania har tackat ja, 2,3 mkr", Outcome.SURE, ActivityKind.WIN, "Scania"),
        ("Scania har tackat ja till vår offert 🎉", Outcome.LIKELY, ActivityKind.WIN, "Scania"),
    ],
)
def test_a_new_customer_that_said_yes_or_no_is_read(
    text: str, outcome: Outcome, kind: ActivityKind, customer: str
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer) == (outcome, kind, customer), found


def test_the_legal_form_written_as_one_is_still_part_of_the_name() -> None:
    found = _read("Vant Renault SA 400k")
    assert found.outcome is Outcome.SURE and found.customer == "Renault SA"
