"""A correction is asked with the corrected amount; a known customer's name typed whole is its
name (not "next" or a step to come); a shop's offer to consumers ("3 for 2") is no sale."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

KNOWN = ["Next plc", "Schibsted", "Kiwi", "Nästa Steg AB", "Vasakronan", "Yara", "Rema 1000"]


def _read(text: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return recognise(text, today=date(2026, 11, 20), krone=krone, known_customers=KNOWN)


@pytest.mark.parametrize(
    ("text", "customer", "amount", "currency"),
    [
        ("correction: the Next plc quote was 85k EUR, not 58k", "Next plc", "85000", "EUR"),
        ("rettelse: tilbudet til Schibsted var på 320k, ikke 230k 🙈", "Schibsted", "320000", None),
        (
            "Rättelse: offerten till Vasakronan var 2,2 mkr, inte 2,5 mkr",
            "Vasakronan",
            "2200000",
            "SEK",
        ),
        ("Sent the Yara proposal, 400k (typo earlier, not 40k)", "Yara", "400000", None),
        ("oops, skrev feil: tilbud til Yara er 1,2 mill, ikke 2,1", "Yara", "1200000", None),
    ],
)
def test_a_correction_is_asked_with_the_amount_said_to_be(
    text: str, customer: str, amount: str, currency: str | None
) -> None:
    found = _read(text, krone="SEK" if "mkr" in text else "NOK")
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.LIKELY,
        ActivityKind.OFFER,
        customer,
    ), found.reasons
    assert (found.amount, found.currency) == (Decimal(amount), currency)


def test_an_amount_said_not_to_be_is_never_the_deals() -> None:
    found = _read("Sendt tilbud til Yara 320k, ikke 230k")
    assert (found.outcome, found.amount) == (Outcome.SURE, Decimal("320000"))


@pytest.mark.parametrize(
    "text",
    ["Sent the Next plc proposal today, 40k EUR", "Møte med Nästa Steg AB idag, bra möte"],
)
def test_a_name_typed_whole_is_the_customers_not_a_word(text: str) -> None:
    found = _read(text)
    assert found.outcome is Outcome.SURE and found.customer in ("Next plc", "Nästa Steg AB")


def test_next_alone_still_reads_as_next() -> None:
    assert _read("Next week: Yara demo Tue, Schibsted proposal Thu").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "tilbud på Kiwi: 3 for 2 på Grandiosa 😂 fredagsmiddag sikret",
        "Kiwi har 3 for 2 på taco denne uka, sikret helgen",
        "Rema 1000 har halv pris på kaffe, kjøpte 10 pakker 😅",
    ],
)
def test_a_shops_offer_to_consumers_is_no_sale(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING, _read(text).reasons
