"""Session 70: channel messages read as the sellers of the held-out rounds (Monday 1 November
2032; Thursday 30 December 2032, romjul) wrote them. Each row a variant of a held-out phrasing,
not the row itself (those are tests/corpus/messages_holdout57-60.yaml).

- A visit's infinitive after a plan ("Planen er å besøke Tine på mandag", "Planen er at besøge
  Netto på mandag"): no visit held (was "besøkte", a visit last Monday, sure).
- More colleagues' first names ("Petra hade möte med Alfa Laval i förrgår"): their meeting, no
  record of the author's (was sure).
- More ways to put an amount right in the same message ("£72k – no hang on, £27k", "270 t.kr. …
  slet det, 720 t.kr. er det rigtige", "580 tkr – rättar mig själv direkt: 850 tkr", "1,6 mio –
  pardon, 1,06 mio."): the amount meant (was the slip).
- Where an offer stands now after a cut ("Skar 80 t.kr. af …-tilbuddet – står nu i 560.000
  kr."): its price (was the cut, 80 000)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import KnownCustomers, Outcome, recognise

DEC_30 = date(2032, 12, 30)  # Thursday, ISO week 53
KNOWN = KnownCustomers.of(["Tine", "Netto", "Alfa Laval", "Kiwi", "Arla", "Ocado", "Rema"])


def _read(text: str, krone: str, today: date = DEC_30):  # type: ignore[no-untyped-def]
    return recognise(text, today=today, krone=krone, known_customers=KNOWN, posted=None)


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("Planen er å besøke Tine på mandag", "NOK"),
        ("Planen er at besøge Netto på fredag for at se lageret", "DKK"),
    ],
)
def test_a_visits_infinitive_is_no_visit_held(text, krone) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    assert found.outcome is not Outcome.SURE or found.planned, found


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("Petra hade möte med Alfa Laval i förrgår – det ligger i hennes logg redan", "SEK"),
        ("Hampus träffade Arla igår", "SEK"),
        ("Nanna havde møde med Netto i mandags", "DKK"),
    ],
)
def test_a_colleagues_meeting_by_first_name_is_no_record(text, krone) -> None:  # type: ignore[no-untyped-def]
    assert _read(text, krone).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "krone", "amount"),
    [
        ("Quote to Ocado £61k – no hang on, £16k, wrong way round", "GBP", "16000"),
        ("Tilbud til Netto 340 t.kr. … slet det, 430 t.kr. er det rigtige", "DKK", "430000"),
        ("Skickade offert till Arla på 460 tkr – rättar mig själv: 640 tkr", "SEK", "640000"),
        ("Tilbud til Netto på 2,1 mio – pardon, 1,2 mio. kr.", "DKK", "1200000"),
    ],
)
def test_an_amount_put_right_in_the_same_message_is_the_one_meant(text, krone, amount) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    assert (found.kind, found.amount) == (ActivityKind.OFFER, Decimal(amount)), found


@pytest.mark.parametrize(
    ("text", "krone", "amount"),
    [
        ("Skar 40 t.kr. af Netto-tilbuddet – står nu i 310.000 kr.", "DKK", "310000"),
        ("Kuttet 50k på Kiwi-tilbudet, ligger nå på 450 000 kr", "NOK", "450000"),
    ],
)
def test_where_an_offer_stands_now_is_its_price(text, krone, amount) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    assert found.amount == Decimal(amount), found
