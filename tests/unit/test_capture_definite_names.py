"""A sentence's first word in a noun's definite form ("-en", "-et") that is no word of ours:
"Norgesgruppen har signert! 2,4 MNOK" is a win with a company named so as often as "Kontoret" or
"Ledelsen" opens a sentence about the office or the management. It was dropped as a noun, and
the win went unrecorded; it is now asked about when it signed, won or said yes with an amount, and
still records nothing without one, or when it ordered or approved something (the office's coffee
machine). A known customer so named is the customer."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 11, 30)


def _read(text: str, known: set[str] | None = None):  # type: ignore[no-untyped-def]
    return recognise(text, today=TODAY, known_customers=known or set())


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Norgesgruppen har signert! 2,4 MNOK", "Norgesgruppen", 2_400_000),
        ("Norgesgruppen signerte i dag, 2,4 MNOK", "Norgesgruppen", 2_400_000),
        ("Sparebanken har signert 900k", "Sparebanken", 900_000),
        ("Stadsmissionen har skrivit på, 300 tkr", "Stadsmissionen", 300_000),
        ("Sparekassen har skrevet under, 500.000 kr", "Sparekassen", 500_000),
        ("Kommunen sa ja til tilbudet, 400k", "Kommunen", 400_000),
    ],
)
def test_a_name_in_a_nouns_definite_form_with_a_result_and_an_amount_is_asked(
    text: str, customer: str, amount: int
) -> None:
    found = _read(text)
    assert found.outcome is Outcome.LIKELY, found
    assert found.kind is ActivityKind.WIN and found.customer == customer
    assert found.amount == amount


@pytest.mark.parametrize(
    "text",
    [
        "Posten har signert",  # no amount: nothing to go on
        "Kunden har signert, 400k",  # "the customer": a word of ours
        "Avtalen er signert, 2,4 mill",  # "the agreement"
        "Kontoret er stengt i dag",
        "Ledelsen vil ha 2 mill i budsjett",
        "Julebordet koster 400k",
        # ordered, bought or approved: the office's coffee machine, the bank's loan
        "Kontoret har bestilt ny kaffemaskin til 40 000 kr",
        "Banken har godkjent lånet på 2 mill",
    ],
)
def test_a_noun_that_opens_a_sentence_records_nothing(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING, text


def test_a_known_customer_named_so_is_the_customer() -> None:
    found = _read("Posten har signert! 2,4 MNOK", {"posten"})
    assert found.outcome is Outcome.SURE and found.customer is not None
    assert found.customer.lower() == "posten" and found.amount == 2_400_000
