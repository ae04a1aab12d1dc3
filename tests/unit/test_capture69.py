"""Session 69: channel messages read as the sellers of the held-out rounds (Wednesday 23 June
2032, sankthansaften; Thursday 30 September 2032, the month's and the quarter's last day) wrote
them. Each row a variant of a held-out phrasing, not the row itself (those are tests/corpus/
messages_holdout53-56.yaml).

- More words of praise to a colleague named before the win ("Grymt jobbat Erik! Saab i hamn",
  "Kæmpe high five til Anders – Novo Nordisk i hus"): theirs, praised, no record (were the
  author's wins, sure).
- A bare "no" or "wrong" first between two amounts of one offer ("88 tkr – nej, 188 tkr menade
  jag", "850k – nei, 580k", "48.000 kr … nej 84.000 kr"): the second is the amount (was the
  first, asked or sure).
- A talk they want at a time, then agreed on the phone ("Scandic vill ha demo tisdag kl 10 –
  bokat på telefon nyss", "Octopus Energy want the demo Tuesday at 2 – sorted on the phone just
  now"): the call today, the talk its next step (was a meeting booked, or nothing)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import KnownCustomers, Outcome, recognise

JUN_23 = date(2032, 6, 23)  # Wednesday, week 26
SEP_30 = date(2032, 9, 30)  # Thursday, week 40
KNOWN = KnownCustomers.of(["Saab", "Novo Nordisk", "Volvo", "Tine", "Aldi"])


def _read(text: str, krone: str, today: date = JUN_23):  # type: ignore[no-untyped-def]
    return recognise(text, today=today, krone=krone, known_customers=KNOWN, posted=None)


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("Grymt jobbat Lisa! Volvo i hamn, 2,4 mkr 👏", "SEK"),
        ("Kæmpe high five til Mette – Novo Nordisk i hus med 1,2 mio. kr. 👏", "DKK"),
        ("High five til Kari! Tine i boks, 3 mill", "NOK"),
        ("Great stuff Tom! Aldi signed, £90k", "GBP"),
    ],
)
def test_more_praise_to_a_colleague_named_before_the_win_is_no_record(text, krone) -> None:  # type: ignore[no-untyped-def]
    assert _read(text, krone).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "krone", "amount"),
    [
        ("Offert till Hemköp 77 tkr – nej, 177 tkr menade jag 🙈", "SEK", "177000"),
        ("Tilbud til Bama på 740k – nei, 470k 🙈", "NOK", "470000"),
        ("Tilbud til Nilfisk: 36.000 kr … nej 63.000 kr, tallene vendte", "DKK", "63000"),
        ("Quote to Aldi £40k - wrong, £45k", "GBP", "45000"),
    ],
)
def test_a_bare_no_between_two_amounts_puts_the_first_right(text, krone, amount) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    assert (found.kind, found.amount) == (ActivityKind.OFFER, Decimal(amount))


def test_no_between_an_amount_and_other_words_is_no_correction() -> None:
    found = _read("Tilbud til Tine 300k, nei til rabatt, de fikk 5 % på frakt", "NOK")
    assert found.amount == Decimal("300000")


@pytest.mark.parametrize(
    ("text", "krone", "due"),
    [
        ("Scandic vill ha demo tisdag kl 10 – bokat på telefon nyss", "SEK", date(2032, 6, 29)),
        ("Glamox vil se demoen mandag kl 10 – avtalt på telefonen nå nettopp", "NOK",
         date(2032, 6, 28)),
        ("Octopus Energy want the demo Tuesday at 2 – sorted on the phone just now", "GBP",
         date(2032, 6, 29)),
    ],
)  # fmt: skip
def test_a_talk_they_want_agreed_on_the_phone_is_the_call_and_its_step(text, krone, due) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    assert (found.outcome, found.kind, found.when) == (Outcome.SURE, ActivityKind.CALL, JUN_23)
    step = found.next_step or found.follow_up
    assert step is not None and step.due == due
