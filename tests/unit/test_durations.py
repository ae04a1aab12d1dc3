"""How long a meeting or call took is never part of the customer's name.

Before session 13 "Ringte Telia 30 min" recorded a call with a customer "Telia 30" (sure, a new
customer in the list), "Møte med Equinor 2t i dag" one with "Equinor 2t", and "/logcall Telia 30
min" asked about "min" with the customer "Telia 30". A duration is read as such: in a command it
is kept as the note, in a message it is left out of the name."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "note", "when"),
    [
        (ActivityKind.CALL, "Telia 30 min", "Telia", "30 min", TODAY),
        (ActivityKind.CALL, "Telia 15 minutter", "Telia", "15 minutter", TODAY),
        (ActivityKind.MEETING, "Equinor 2t", "Equinor", "2t", TODAY),
        (ActivityKind.CALL, "Telia 45min i går", "Telia", "45min", date(2026, 11, 29)),
        (ActivityKind.CALL, "Telia i går 45 min", "Telia", "45 min", date(2026, 11, 29)),
        (ActivityKind.MEETING, "Equinor 1,5 timer varm", "Equinor", "1,5 timer", TODAY),
        (ActivityKind.MEETING, "Scania 2 timmar", "Scania", "2 timmar", TODAY),
        (ActivityKind.CALL, "Tesco 20 mins", "Tesco", "20 mins", TODAY),
        (ActivityKind.MEETING, "7-Eleven 30 min", "7-Eleven", "30 min", TODAY),
    ],
)
def test_a_commands_duration_is_its_note(
    kind: ActivityKind, text: str, customer: str, note: str, when: date
) -> None:
    cmd = parse_log_command(kind, text, today=TODAY)
    assert (cmd.customer, cmd.note, cmd.unread, cmd.when) == (customer, note, None, when)


@pytest.mark.parametrize(
    ("kind", "text", "customer"),
    [(ActivityKind.MEETING, "Rema 1000", "Rema 1000"), (ActivityKind.CALL, "Kanal 5", "Kanal 5")],
)
def test_a_number_in_a_name_stays(kind: ActivityKind, text: str, customer: str) -> None:
    assert parse_log_command(kind, text, today=TODAY).customer == customer


@pytest.mark.parametrize(
    ("text", "kind", "customer"),
    [
        ("Ringte Telia 30 min", ActivityKind.CALL, "Telia"),
        ("Samtale med Telia 45 min i dag", ActivityKind.CALL, "Telia"),
        ("Møte med Equinor 2t i dag", ActivityKind.MEETING, "Equinor"),
        ("Call with Tesco 30 mins", ActivityKind.CALL, "Tesco"),
        ("Ringde Scania, 20 min", ActivityKind.CALL, "Scania"),
        # a number in a name stays
        ("Møte med TV 2 i dag", ActivityKind.MEETING, "TV 2"),
        ("Ringte Sparebank 1 i dag", ActivityKind.CALL, "Sparebank 1"),
    ],
)
def test_a_messages_duration_is_no_part_of_the_name(
    text: str, kind: ActivityKind, customer: str
) -> None:
    found = recognise(text, today=TODAY, known_customers=set())
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, kind, customer)
