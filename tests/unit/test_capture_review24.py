"""Session 24's review (fresh phrasings through the console, read on Thu 3 Dec 2026 by a team
that knew none of the customers yet).

- A unit of money after a small number ends the name before it: "Tilbud til Orkla 85 tkr" was
  nothing at all ("Orkla 85" a name, "tkr" no amount); "85k", "850 tkr" and "85 mill" were read.
- Revenue words after an amount are no customer: "Won Nordea, $50k ARR, signed 12/1" asked two
  wins, the second from a customer "ARR".
- An offer said beside a talk with its customer is on its own day, read from today: "Meeting w/
  BP on monday, quote sent tuesday 35k" (said on Thursday) asked the quote on the Tuesday before
  the meeting, a week early (its days were read from the meeting's Monday)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.services.capture import KnownCustomers, Outcome, recognise

TODAY = date(2026, 12, 3)


def _records(text: str, krone: str) -> list[tuple]:
    found = recognise(
        text, today=TODAY, krone=krone, known_customers=KnownCustomers.of([]), open_offers=set()
    )
    rows = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        kind = found.kind.value if found.kind else None
        rows.append((found.outcome, kind, found.customer, found.amount, found.when))
        found = found.also
    return rows


@pytest.mark.parametrize(
    ("text", "krone", "kind", "customer", "amount"),
    [
        ("Tilbud til Orkla 85 tkr", "NOK", "offer", "Orkla", 85_000),
        ("Tilbud til Orkla 85 TNOK", "NOK", "offer", "Orkla", 85_000),
        ("tilbud til orkla 85 t.kr.", "NOK", "offer", "Orkla", 85_000),  # names27: as written
        ("Vant Orkla 85 tkr", "NOK", "win", "Orkla", 85_000),
        ("Offert till Volvo 85 tkr", "SEK", "offer", "Volvo", 85_000),
        ("Vann Scania 45 tkr idag", "SEK", "win", "Scania", 45_000),
        ("Tilbud sendt Carlsberg 95 tkr", "DKK", "offer", "Carlsberg", 95_000),
        ("Vandt Mærsk 12 MDKK", "DKK", "win", "Mærsk", 12_000_000),
        ("Quote to Tesco 40 euro", "NOK", "offer", "Tesco", 40),
        # a number that is the name's stays the name's
        ("Vant Sparebank 1 Nord 85 tkr", "NOK", "win", "Sparebank 1 Nord", 85_000),
        ("Tilbud til TV 2 85 tkr", "NOK", "offer", "TV 2", 85_000),
    ],
)
def test_a_unit_of_money_after_a_small_number_ends_the_name(
    text: str, krone: str, kind: str, customer: str, amount: int
) -> None:
    rows = _records(text, krone)
    assert [(r[1], r[2], r[3]) for r in rows] == [(kind, customer, Decimal(amount))], rows


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Won Nordea, $50k ARR, signed 1/12", date(2026, 12, 1)),
        ("Signed Nordea, 50k ACV, yesterday", date(2026, 12, 2)),
        ("Vant Nordea, 200k ARR, signert i går", date(2026, 12, 2)),
        ("Vann Nordea, 200 tkr ARR, signerat igår", date(2026, 12, 2)),
    ],
)
def test_a_revenue_word_after_the_amount_is_no_customer(text: str, day: date) -> None:
    rows = _records(text, "NOK")
    assert [(r[0], r[1], r[2], r[4]) for r in rows] == [(Outcome.SURE, "win", "Nordea", day)], rows


@pytest.mark.parametrize(
    ("text", "met", "sent"),
    [
        # the quote's own day, read from today (Thu 3 Dec), not from the meeting's Monday
        ("Meeting w/ BP on monday, quote sent tuesday 35k", date(2026, 11, 30), date(2026, 12, 1)),
        ("Møte med Tine mandag, tilbud sendt onsdag 200k", date(2026, 11, 30), date(2026, 12, 2)),
        ("Møte med Tine i går, sendte tilbud i dag 300k", date(2026, 12, 2), date(2026, 12, 3)),
        (
            "Möte med Volvo i måndags, offert skickad igår 1,2 mkr",
            date(2026, 11, 30),
            date(2026, 12, 2),
        ),
        # no day of its own: the talk's
        (
            "Bra möte med Volvo i måndags! Offert på 1,2 mkr skickad",
            date(2026, 11, 30),
            date(2026, 11, 30),
        ),
        ("Met with BP today and sent them a quote of 120k", TODAY, TODAY),
    ],
)
def test_an_offer_beside_a_talk_is_on_its_own_day(text: str, met: date, sent: date) -> None:
    rows = _records(text, "NOK")
    assert [(r[1], r[4]) for r in rows] == [("meeting", met), ("offer", sent)], rows
