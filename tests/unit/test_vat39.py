"""Session 39: an amount said with VAT in it is asked about (without VAT, or as written), in a
command's text and in a channel message; a known name whose first word is written in capitals
("DNB Bank ASA") is read from that word typed in lower case ("møte med dnb"). Through the app:
tests/slack/test_vat39.py."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.amounts import vat_included, without_vat
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 12, 3)  # Thursday


@pytest.mark.parametrize(
    "text",
    [
        "Yara 1 mill inkl mva",
        "Yara 1 mill inkl. mva",
        "Yara 1mill inkl.mva",
        "Yara 1 mill m/mva",
        "Yara 1 mill med mva",
        "Yara inkludert mva 1 mill",
        "Volvo 1,25 mkr inkl moms",
        "Volvo 1 250 000 kr inklusive moms",
        "Lego 500.000 kr inkl. moms",
        "Tesco £48k incl. VAT",
        "Tesco £48k inc VAT",
        "Tesco £48k including VAT",
    ],
)
def test_a_command_says_its_amount_includes_vat(text: str) -> None:
    assert vat_included(text)


@pytest.mark.parametrize(
    "text",
    [
        "Yara 1 mill",
        "Yara 1 mill eks mva",
        "Yara 1 mill + mva",
        "Yara 1 mill u/mva",
        "Volvo 1 mkr exkl. moms",
        "Lego 500.000 kr ekskl. moms",
        "Tesco £40k ex VAT",
        "Tesco £40k plus VAT",
        # the price without it said too: that one is read (the parser's and judge's rule)
        "Yara 800k eks mva (1 mill inkl mva)",
        "Medlem Medmva AS 1 mill",  # a name is no tax word
    ],
)
def test_no_vat_in_the_amount_said(text: str) -> None:
    assert not vat_included(text)


def test_the_amount_without_the_countrys_standard_rate() -> None:
    assert without_vat(Decimal(1_000_000), "NOK") == Decimal("800000.00")
    assert without_vat(Decimal(1_250_000), "SEK") == Decimal("1000000.00")
    assert without_vat(Decimal(625_000), "DKK") == Decimal("500000.00")
    assert without_vat(Decimal(48_000), "GBP") == Decimal("40000.00")
    assert without_vat(Decimal(99_999), "NOK") == Decimal("79999.20")  # to the øre
    assert without_vat(Decimal(50_000), "EUR") is None  # no one country's rate
    assert without_vat(Decimal(50_000), "USD") is None


@pytest.mark.parametrize(
    ("text", "kind", "amount"),
    [
        # was: sure, stored at the price with the tax
        ("Yara signerte 1 mill inkl mva", ActivityKind.WIN, 1_000_000),
        ("Vant Lego, 500.000 kr inkl. moms", ActivityKind.WIN, 500_000),
        ("Tesco signed today, £48k incl VAT", ActivityKind.WIN, 48_000),
        ("Sendte tilbud til Tine 250k inkl mva", ActivityKind.OFFER, 250_000),
        ("Sendte tilbud til Tine 250 000 ink. mva", ActivityKind.OFFER, 250_000),
        ("Offert till ICA 400 000 kr inkl moms idag", ActivityKind.OFFER, 400_000),
        ("Vant Orkla 1,2 mill m/mva", ActivityKind.WIN, 1_200_000),
        ("Vant Tine 1 mill med mva", ActivityKind.WIN, 1_000_000),
    ],
)
def test_a_message_with_vat_in_its_amount_is_asked(text, kind, amount) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=TODAY)
    assert (found.outcome, found.kind, found.amount, found.with_vat) == (
        Outcome.LIKELY,
        kind,
        amount,
        True,
    ), found.reasons
    assert "vat-included" in found.reasons


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Vant Tine 800k eks mva (1 mill inkl)", 800_000),  # the net price said: read
        ("Yara signerte 800 000 ekskl. mva, 1 mill inkl. mva", 800_000),
        ("Vant Tine 1 mill + mva", 1_000_000),
        ("Vant Tine 1 mill", 1_000_000),
        ("Signerte Siemens €50k inkl VAT", 50_000),  # no one rate for the euro: as typed
    ],
)
def test_no_vat_question_where_the_net_price_is_said_or_no_rate_is_known(text, amount) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=TODAY)
    assert (found.outcome, found.amount) == (Outcome.SURE, amount), found.reasons
    assert "vat-included" not in found.reasons


KNOWN = ["DNB Bank ASA", "ICA Maxi", "HSBC UK", "Norsk Hydro", "SAS Institute", "Tine"]


@pytest.mark.parametrize(
    ("text", "kind", "customer"),
    [
        # was: nothing (the name in capitals was read, "møte med DNB"; in lower case only with
        # a day said)
        ("møte med dnb", ActivityKind.MEETING, "DNB Bank ASA"),
        ("ringte dnb", ActivityKind.CALL, "DNB Bank ASA"),
        ("møtte dnb, bra prat", ActivityKind.MEETING, "DNB Bank ASA"),
        ("möte med ica", ActivityKind.MEETING, "ICA Maxi"),
        ("met with hsbc", ActivityKind.MEETING, "HSBC UK"),
        ("ringte sas", ActivityKind.CALL, "SAS Institute"),
        ("sendte tilbud til dnb 300k", ActivityKind.OFFER, "DNB Bank ASA"),
    ],
)
def test_a_known_names_capitals_typed_in_lower_case(text, kind, customer) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=TODAY, known_customers=KNOWN)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, kind, customer)


@pytest.mark.parametrize(
    ("text", "known"),
    [
        ("møte med norsk kunde i dag", KNOWN),  # "Norsk Hydro" opens in no capitals
        ("møte med dnb", ["DNB Bank ASA", "DNB Markets"]),  # two such: not one of them
        ("ringte dnb", ["DNB", "DNB Bank ASA"]),  # "DNB" itself known: that one
    ],
)
def test_no_known_name_from_an_ordinary_or_shared_word(text, known) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=TODAY, known_customers=known)
    assert found.customer not in ("Norsk Hydro", "DNB Bank ASA", "DNB Markets"), found


def _form_offer(amount: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    from bot.services.forms import log_command_from_form

    return log_command_from_form(
        ActivityKind.OFFER,
        {"customer": "Tine", "date": "2026-12-01", "amount": amount},
        today=TODAY,
        krone=krone,
    )


@pytest.mark.parametrize(
    ("typed", "krone", "net", "rate"),
    [
        ("1 mill inkl mva", "NOK", "800 000", 25),
        ("1 250 000 kr inkl. moms", "SEK", "1 000 000", 25),
        ("£48k incl VAT", "NOK", "40 000", 20),
    ],
)
def test_the_forms_amount_with_vat_is_refused_with_what_to_type(typed, krone, net, rate) -> None:  # type: ignore[no-untyped-def]
    command, errors = _form_offer(typed, krone)
    assert command is None
    assert errors["amount"] == ("form_amount_with_vat", {"text": typed, "net": net, "rate": rate})


@pytest.mark.parametrize("typed", ["800 000 eks mva", "1 mill + mva", "€50k inkl VAT", "450k"])
def test_the_forms_amount_without_vat_or_in_euros_is_read(typed) -> None:  # type: ignore[no-untyped-def]
    command, errors = _form_offer(typed)
    assert not errors and command is not None and command.amount
