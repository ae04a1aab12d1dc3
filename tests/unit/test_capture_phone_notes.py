"""A call noted by the phone's name ("tlf Equinor i dag", "Telenor: tlf, de vil ha demo") or by a
call noun and its customer with more said ("opkald Orkla i går"), as a meeting is noted ("møte
Equinor i dag"); never a phone, a phone number or a to-do of two words."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 11, 20)
KNOWN = ["Equinor ASA", "Telenor", "Volvo", "Acme", "Orkla ASA", "Gjensidige", "DNB"]


def _read(text: str):  # type: ignore[no-untyped-def]
    return recognise(text, today=TODAY, known_customers=KNOWN)


@pytest.mark.parametrize(
    ("text", "customer", "when"),
    [
        ("tlf Equinor i dag", "Equinor ASA", TODAY),  # was nothing
        ("tlf: Telenor, de vil ha demo", "Telenor", TODAY),  # was nothing
        ("Telenor: tlf, de vil ha demo", "Telenor", TODAY),  # was nothing
        ("Tlf. Equinor idag - de vil ha tilbud", "Equinor ASA", TODAY),  # the dot ends nothing
        ("Equinor tlf i går, lunkne", "Equinor ASA", date(2026, 11, 19)),
        ("TLF m/ Gjensidige i dag", "Gjensidige", TODAY),
        ("samtale Equinor i dag", "Equinor ASA", TODAY),  # was asked
        ("opkald Orkla i går", "Orkla ASA", date(2026, 11, 19)),  # was asked
        ("telefon med Telenor", "Telenor", TODAY),
        ("ringde Volvo", "Volvo", TODAY),
        ("snakket med DNB på telefon", "DNB", TODAY),
        ("samtal med Volvo", "Volvo", TODAY),
        ("opkald til Orkla", "Orkla ASA", TODAY),
        ("phoned Acme", "Acme", TODAY),
    ],
)
def test_a_call_noted_short_is_a_call(text: str, customer: str, when: date) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE,
        ActivityKind.CALL,
        customer,
        when,
    ), found.reasons


def test_a_meeting_noted_so_stays_a_meeting() -> None:
    found = _read("møte Equinor i dag")
    assert (found.outcome, found.kind) == (Outcome.SURE, ActivityKind.MEETING)


def test_a_call_noted_for_tomorrow_is_planned() -> None:
    found = _read("tlf Equinor i morgen")
    assert found.next_step is not None and found.next_step.due == date(2026, 11, 21)


@pytest.mark.parametrize(
    "text",
    [
        "tlf Equinor",  # a to-do as much as a call made
        "min tlf er død, ring meg på teams",
        "tlf er nede igjen",
        "Fikk ny telefon fra Telenor i dag",
        "Kontaktperson i Equinor er Kari, tlf 99887766",
        "Telefon: 22 33 44 55",
        "Telenor-tlf: +47 22 77 77 77",
    ],
)
def test_a_phone_or_its_number_records_nothing_unasked(text: str) -> None:
    assert _read(text).outcome is not Outcome.SURE, _read(text).reasons
