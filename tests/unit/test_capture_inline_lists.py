"""Several records in one message written as a list on one line (or a few), and a day told from
another day in the same message (session 13). Each item is a record with its own day; a weekday
that opens an item is that item's, in the week a heading names. Today is Wednesday 2026-12-02."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 12, 2)
KNOWN = ["DNB", "Volvo", "Scania", "Novo Nordisk", "Yara", "Maersk", "Aker BP", "Equinor"]
MEETING, CALL, OFFER = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER
SURE, LIKELY = Outcome.SURE, Outcome.LIKELY


def _chain(text: str, known: list[str] = KNOWN) -> list[tuple]:
    found = recognise(text, today=TODAY, known_customers=known)
    out = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        out.append((found.outcome, found.kind, found.customer, found.amount, found.when))
        found = found.also
    return out


def d(day: int, month: int = 11) -> date:
    return date(2026, month, day)


@pytest.mark.parametrize(
    ("text", "known", "want"),
    [
        # A week gone by its days: every row asked, in one question (session 24, conv24)
        (
            "Forrige uke: man møte med Aker BP, ons tilbud til Equinor på 300k, fre demo hos Kiwi",
            [],
            [
                (LIKELY, MEETING, "Aker BP", None, d(23)),
                (LIKELY, OFFER, "Equinor", Decimal(300000), d(25)),
                (LIKELY, MEETING, "Kiwi", None, d(27)),
            ],
        ),
        (
            "Last week: Mon call w/ Volvo, Wed meeting at Scania",
            [],
            [(LIKELY, CALL, "Volvo", None, d(23)), (LIKELY, MEETING, "Scania", None, d(25))],
        ),
        (
            "Idag: møde med Novo, opkald til Maersk",
            [],
            [(SURE, MEETING, "Novo", None, TODAY), (LIKELY, CALL, "Maersk", None, TODAY)],
        ),
        (
            "Förra veckan: tis möte med Volvo; tors ringde Scania",
            KNOWN,
            [(LIKELY, MEETING, "Volvo", None, d(24)), (LIKELY, CALL, "Scania", None, d(26))],
        ),
        (
            "Sist uke: tirs ringte Yara, tors møte hos DNB",
            KNOWN,
            [(LIKELY, CALL, "Yara", None, d(24)), (LIKELY, MEETING, "DNB", None, d(26))],
        ),
        (
            "Møte med Aker BP i går\nRingte Equinor i dag",
            KNOWN,
            [(SURE, MEETING, "Aker BP", None, d(1, 12)), (LIKELY, CALL, "Equinor", None, TODAY)],
        ),
        # In a sentence, several customers' news is asked, the weightiest first (as before)
        (
            "Met Volvo on Monday, then called Scania on Tuesday",
            KNOWN,
            [(LIKELY, MEETING, "Volvo", None, d(30)), (LIKELY, CALL, "Scania", None, d(1, 12))],
        ),
        (
            "Møte med Aker BP i går og så ringte jeg Equinor i dag",
            KNOWN,
            [(LIKELY, MEETING, "Aker BP", None, d(1, 12)), (LIKELY, CALL, "Equinor", None, TODAY)],
        ),
    ],
)
def test_each_item_of_a_list_is_a_record_on_its_own_day(
    text: str, known: list[str], want: list[tuple]
) -> None:
    assert _chain(text, known) == want


@pytest.mark.parametrize(
    "text",
    [
        "Idag: lunsj, trening, middag med familien",
        "Neste uke: man møte med Aker BP, ons tilbud til Equinor",
        "Next week: Mon call w/ Volvo, Wed meeting at Scania",
    ],
)
def test_a_list_of_plans_or_chatter_records_nothing(text: str) -> None:
    assert _chain(text) == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "møte med DNB mandag, sendte tilbud dagen etter på 300k",
            (SURE, MEETING, "DNB", None, d(30)),
            (LIKELY, OFFER, "DNB", Decimal(300000), d(1, 12)),
        ),
        (
            "Möte med Volvo i måndags, offert skickad dagen därpå, 200 tkr",
            (SURE, MEETING, "Volvo", None, d(30)),
            (LIKELY, OFFER, "Volvo", Decimal(200000), d(1, 12)),
        ),
        (
            "Meeting with Scania on Monday, sent the quote the day after, 150k",
            (SURE, MEETING, "Scania", None, d(30)),
            (LIKELY, OFFER, "Scania", Decimal(150000), d(1, 12)),
        ),
        (
            "Møde med Novo Nordisk mandag, tilbud sendt to dage senere på 90.000 kr",
            (SURE, MEETING, "Novo Nordisk", None, d(30)),
            (LIKELY, OFFER, "Novo Nordisk", Decimal(90000), TODAY),
        ),
        (
            "Ringte Yara i går, sendte tilbud samme dag 300k",
            (SURE, CALL, "Yara", None, d(1, 12)),
            (LIKELY, OFFER, "Yara", Decimal(300000), d(1, 12)),
        ),
    ],
)
def test_a_day_told_from_another_is_read_from_it(text: str, first: tuple, second: tuple) -> None:
    assert _chain(text) == [first, second]


def test_a_day_told_from_a_day_not_said_is_asked() -> None:
    [(outcome, kind, customer, amount, _)] = _chain("sendte tilbud til DNB dagen etter, 300k")
    assert (outcome, kind, customer, amount) == (LIKELY, OFFER, "DNB", Decimal(300000))


@pytest.mark.parametrize(
    ("text", "amount", "outcome"),
    [
        # a week's number after "v." is one date, not a sentence's end
        ("möte m Ahlsell i förrgår, varm. nästa möte v. 2", None, SURE),
        # the total worked out and said: the deal's value
        ("3 Danmark: tilbud 3 x 150.000 kr. = 450.000 kr. sendt i dag", Decimal(450000), SURE),
        ("Tilbud til Maersk: 4 x 25 000 kr = 100 000 kr, sendt i dag", Decimal(100000), SURE),
        # a price per month with its term: the whole value, asked
        ("Maersk: 95.000 kr./md. i 24 mdr., tilbud sendt i går", Decimal(2280000), LIKELY),
        ("Aviva: £20k/month on a 12-month term, contract signed today 🎉", Decimal(240000), LIKELY),
    ],
)
def test_a_weeks_number_a_product_and_a_term_are_read(
    text: str, amount: Decimal | None, outcome: Outcome
) -> None:
    known = ["Ahlsell", "3 Danmark", "Maersk", "Aviva"]
    found = recognise(text, today=date(2026, 12, 16), known_customers=known)
    assert (found.outcome, found.amount) == (outcome, amount), found.reasons
    if "v. 2" in text:
        assert found.follow_up is not None and found.follow_up.due == date(2027, 1, 15)  # mendA33


@pytest.mark.parametrize(
    ("text", "outcome", "amount"),
    [
        # only a part signed, the rest open: asked, at the part
        ("Coop signerte første del på 200k av 600k, resten etter piloten", LIKELY, 200_000),
        ("Scania: första etappen påskriven, 300 tkr av totalt 900 tkr", LIKELY, 300_000),
        ("Signed Tesco £150k of £500k total, phase one", LIKELY, 150_000),
        # the whole signed, invoiced in parts: the whole, sure
        ("Elkjøp: signert 600k, faktureres 200k nå og resten i mars", SURE, 600_000),
        ("Won Aviva £400k, invoiced £100k per quarter", SURE, 400_000),
    ],
)
def test_a_part_of_a_whole_is_asked_and_what_is_invoiced_is_no_second_price(
    text: str, outcome: Outcome, amount: int
) -> None:
    known = ["Coop", "Scania", "Tesco", "Elkjøp", "Aviva"]
    found = recognise(text, today=date(2026, 12, 16), known_customers=known)
    assert (found.outcome, found.kind, found.amount) == (outcome, ActivityKind.WIN, amount), (
        found.reasons
    )


def test_the_day_after_tomorrow_is_no_day_told_from_another() -> None:
    found = recognise(
        "Met Tesco on Monday, sending the quote the day after tomorrow",
        today=TODAY,
        known_customers=["Tesco"],
    )
    assert (found.outcome, found.kind, found.when, found.also) == (SURE, MEETING, d(30), None)
