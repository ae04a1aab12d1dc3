"""A revised offer typed as sellers say it, words before the customer ("revidert tilbud til
Hafslund 450k"): the words only say what the command says, the customer is the name after them
(the recorder finds the offer it revises). Today is Friday 2026-11-20."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "amount"),
    [
        (ActivityKind.OFFER, "ny versjon av tilbudet til Hafslund 450k", "Hafslund", 450_000),
        (ActivityKind.OFFER, "revidert tilbud til Hafslund 450k", "Hafslund", 450_000),
        (ActivityKind.OFFER, "nytt tilbud Hafslund 450k", "Hafslund", 450_000),
        (ActivityKind.OFFER, "Reviderat anbud Skanska 1,5 MSEK", "Skanska", 1_500_000),
        (ActivityKind.OFFER, "uppdaterad offert till Volvo 900 tkr", "Volvo", 900_000),
        (ActivityKind.OFFER, "ny version af tilbuddet til Grundfos 1,1 mio", "Grundfos", 1_100_000),
        (ActivityKind.OFFER, "revised quote Fabrikam 120k", "Fabrikam", 120_000),
        (ActivityKind.OFFER, "final offer Acme 40k", "Acme", 40_000),
        (ActivityKind.WIN, "ny ordre Hafslund 450k", "Hafslund", 450_000),
        # said after the customer ("Equinor" was "Equinor revidert", a new customer)
        (ActivityKind.OFFER, "Equinor revidert tilbud 2,1 mill", "Equinor", 2_100_000),
        (ActivityKind.OFFER, "Volvo ny version 2 MSEK", "Volvo", 2_000_000),
        # the same first words as a name's stay a name
        (ActivityKind.OFFER, "Ny Vekst AS 450k", "Ny Vekst AS", 450_000),
        (ActivityKind.OFFER, "Final Cut AS 40k", "Final Cut AS", 40_000),
    ],
)
def test_revision_words_before_the_customer_are_read_and_dropped(
    kind: ActivityKind, text: str, customer: str, amount: int
) -> None:
    cmd = parse_log_command(kind, text, today=TODAY)
    assert (cmd.customer, cmd.amount, cmd.unread) == (customer, Decimal(amount), None)


@pytest.mark.parametrize(
    ("text", "customer", "amount", "note"),
    [
        # Session 12: a revision named with its product was asked ("could not read …"); the
        # recorder counts it as a revision where an offer is open, else as an offer
        ("Telia revidert tilbud på lisenser 450k", "Telia", 450_000, "revidert tilbud på lisenser"),
        (
            "Telia 450k revised offer for 50 licences",
            "Telia",
            450_000,
            "revised offer for 50 licences",
        ),
        (
            "Volvo reviderad offert på licenser 450 tkr",
            "Volvo",
            450_000,
            "reviderad offert på licenser",
        ),
        (
            "Jysk nyt tilbud på licenser og support 450.000 kr",
            "Jysk",
            450_000,
            "nyt tilbud på licenser og support",
        ),
        ("Telia tilbud på lisenser 450k", "Telia", 450_000, "tilbud på lisenser"),
    ],
)
def test_an_offer_named_with_what_it_is_on_keeps_the_thing_as_the_note(
    text: str, customer: str, amount: int, note: str
) -> None:
    cmd = parse_log_command(ActivityKind.OFFER, text, today=TODAY)
    assert (cmd.customer, cmd.amount, cmd.unread, cmd.note) == (
        customer,
        Decimal(amount),
        None,
        note,
    )


@pytest.mark.parametrize(
    "text",
    (
        "Telia tilbud på fire store prosjekter i Oslo 450k",  # more than a thing: asked
        "Telia tilbud på lisenser 450k fra Ole",
    ),
)
def test_more_than_the_thing_offered_is_still_asked(text: str) -> None:
    assert parse_log_command(ActivityKind.OFFER, text, today=TODAY).unread is not None
