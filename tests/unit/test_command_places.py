"""Where a new customer is, after its name, is asked about, never glued onto the name.

"/logmeeting Volvo Cars i Göteborg igår" stored a new customer "Volvo Cars i Göteborg" before
session 13 (the next log for Volvo Cars made a second customer). "i", "på", "in" and a place
after a new name are now unread words, asked about ("Store as read" keeps them as the note);
an institution named by its place keeps it ("Universitetet i Oslo", "Sykehuset i Vestfold")."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command

TODAY = date(2026, 11, 30)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "unread"),
    [
        (ActivityKind.MEETING, "Volvo Cars i Göteborg igår", "Volvo Cars", "i Göteborg"),
        (ActivityKind.MEETING, "Elkjøp på Lørenskog", "Elkjøp", "på Lørenskog"),
        (ActivityKind.MEETING, "Bane NOR i Drammen", "Bane NOR", "i Drammen"),
        (ActivityKind.MEETING, "Tesco in London", "Tesco", "in London"),
        (ActivityKind.OFFER, "Volvo i Göteborg 2 MSEK", "Volvo", "i Göteborg"),
    ],
)
def test_a_place_after_a_new_name_is_asked(
    kind: ActivityKind, text: str, customer: str, unread: str
) -> None:
    cmd = parse_log_command(kind, text, today=TODAY)
    assert (cmd.customer, cmd.unread) == (customer, unread)


@pytest.mark.parametrize(
    ("kind", "text", "customer"),
    [
        (ActivityKind.OFFER, "Universitetet i Oslo 2,5 mill", "Universitetet i Oslo"),
        (ActivityKind.MEETING, "Sykehuset i Vestfold", "Sykehuset i Vestfold"),
        (ActivityKind.MEETING, "Høgskolen i Innlandet", "Høgskolen i Innlandet"),
        (ActivityKind.MEETING, "Equinor i går", "Equinor"),
    ],
)
def test_an_institution_named_by_its_place_keeps_it(
    kind: ActivityKind, text: str, customer: str
) -> None:
    cmd = parse_log_command(kind, text, today=TODAY)
    assert (cmd.customer, cmd.unread) == (customer, None)


def test_a_known_name_with_its_place_is_the_known_one() -> None:
    cmd = parse_log_command(
        ActivityKind.MEETING,
        "Volvo Cars i Göteborg",
        today=TODAY,
        known_customers={"volvo cars i goteborg"},
    )
    assert cmd.customer == "Volvo Cars i Göteborg"
