"""Session 67: channel messages read as the sellers of the held-out rounds (Wednesday 18 June
2031; Monday 1 September 2031) wrote them.

- An amount put right in the post itself ("fick offert: 57 tkr – nej vänta, 75 tkr", "205k..
  250k skal det være", "signed for £8.4k.. sorry, £4.8k"): the one record at the amount put
  right, sure (was asked as a correction of a post before is); a post mending one before
  ("Rettelse til Danfoss: 1.580.000 kr., ikke 1.850.000", "Correction on my Wates post – £604k,
  not £640k") is no record of its own here (the corrections reader's).
- Something of ours handed to them at a time, said by where it goes ("revised numbers go over to
  them tomorrow", "I'll get the revised artwork to them this week", "kontrakten kommer til dem i
  løbet af ugen", "de får et revideret oplæg i overmorgen", "offerten kommer på måndag"): the
  record's next step (was the record stored without it).
- The month's end in more words ("nytt møte innen utgangen av måneden", "innan månadens slut",
  "ny runde før juni er omme", "before month end"): its last day.
- The customer took the offer ("hafslund tok tilbudet!!", "Tusen Takk Design AS tok tilbudet 🙏
  95 000 kr", "ICA tog offerten"): a win (was missed, or an offer).
- A colleague hailed by name before the win ("Sikke en afslutning på august, Kasper – Salling
  Group i hus", "For en dag for Ole – Equinor har signert"): theirs, praised, no record."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import KnownCustomers, Outcome, recognise
from bot.services.capture.judge import step_clause
from bot.services.commands import NextStep

JUN_18 = date(2031, 6, 18)
KNOWN = KnownCustomers.of(
    ["Sill & Snaps Catering", "Mester Grønn", "June Rose Florists", "Danfoss", "Wates"]
)


def _read(text: str, krone: str):  # type: ignore[no-untyped-def]
    return recognise(text, today=JUN_18, krone=krone, known_customers=KNOWN, posted=None)


@pytest.mark.parametrize(
    ("text", "krone", "amount"),
    [
        ("Sill & Snaps Catering fick offert: 57 tkr – nej vänta, 75 tkr 🙈", "SEK", 75_000),
        ("Tilbud til Mester Grønn 205k.. 250k skal det være", "NOK", 250_000),
        ("June Rose Florists signed for £8.4k.. sorry, £4.8k, fat thumbs", "GBP", 4_800),
    ],
)
def test_an_amount_put_right_in_the_post_is_stored_sure(text, krone, amount) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    assert (found.outcome, found.amount) == (Outcome.SURE, Decimal(amount)), found.reasons


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("Rettelse til Danfoss: 1.580.000 kr., ikke 1.850.000 🙈 tastefejl", "DKK"),
        ("Correction on my Wates post – £604k, not £640k 🙈", "GBP"),
    ],
)
def test_a_post_mending_one_before_is_not_stored_sure(text: str, krone: str) -> None:
    assert _read(text, krone).outcome is not Outcome.SURE


SEP_1 = date(2031, 9, 1)


@pytest.mark.parametrize(
    ("clause", "krone", "today", "due"),
    [
        ("revised numbers go over to them tomorrow", "GBP", SEP_1, date(2031, 9, 2)),
        ("contract goes over to them on the 8th", "GBP", SEP_1, date(2031, 9, 8)),
        ("I'll get the revised artwork to them this week", "GBP", SEP_1, date(2031, 9, 5)),
        ("pricing to them EOW", "GBP", SEP_1, date(2031, 9, 5)),
        ("kontrakten kommer til dem i løbet af ugen", "DKK", JUN_18, date(2031, 6, 20)),
        ("de får et revideret oplæg i overmorgen", "DKK", JUN_18, date(2031, 6, 20)),
        ("offerten kommer på måndag", "SEK", JUN_18, date(2031, 6, 23)),
        ("nytt møte innen utgangen av måneden", "NOK", JUN_18, date(2031, 6, 30)),
        ("nytt möte innan månadens slut", "SEK", JUN_18, date(2031, 6, 30)),
        ("ny runde før juni er omme", "NOK", JUN_18, date(2031, 6, 30)),
        ("I'll get a revised scope to them before month end", "GBP", JUN_18, date(2031, 6, 30)),
    ],
)
def test_a_step_clause_of_ours_is_read(clause, krone, today, due) -> None:  # type: ignore[no-untyped-def]
    read = step_clause(clause, today, krone)
    assert isinstance(read, NextStep) and read.due == due, read


@pytest.mark.parametrize(
    ("text", "krone", "due"),
    [
        ("Rang Mitie this morning, revised numbers go over to them tomorrow", "GBP",
         date(2031, 9, 2)),
        ("Met Medway Print this morning, I'll get the revised artwork to them this week", "GBP",
         date(2031, 9, 5)),
    ],
)  # fmt: skip
def test_the_record_keeps_the_step_handed_over(text: str, krone: str, due: date) -> None:
    known = KnownCustomers.of(["Mitie", "Medway Print"])
    found = recognise(text, today=SEP_1, krone=krone, known_customers=known, posted=None)
    assert found.follow_up is not None and found.follow_up.due == due, found.reasons


@pytest.mark.parametrize(
    ("text", "krone", "customer"),
    [
        ("Tusen Takk Design AS tok tilbudet 🙏 95 000 kr", "NOK", "Tusen Takk Design AS"),
        ("ICA tog offerten, 400 tkr", "SEK", "ICA"),
        ("hafslund tok tilbudet!! 🙌⚡", "NOK", "Hafslund"),
    ],
)
def test_the_offer_taken_is_a_win(text: str, krone: str, customer: str) -> None:
    known = KnownCustomers.of(["Tusen Takk Design AS", "Hafslund"])
    found = recognise(text, today=JUN_18, krone=krone, known_customers=known, posted=None)
    assert (found.kind, found.customer) == (ActivityKind.WIN, customer), found.reasons


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("Sikke en afslutning på august, Kasper – Salling Group i hus med 780 t.kr. 👏👏", "DKK"),
        ("For en dag for Ole – Equinor har signert rammeavtalen, 3,4 MNOK 🥂", "NOK"),
    ],
)
def test_a_colleague_hailed_before_the_win_is_praise(text: str, krone: str) -> None:
    known = KnownCustomers.of(["Salling Group", "Equinor"])
    found = recognise(text, today=JUN_18, krone=krone, known_customers=known, posted=None)
    assert found.outcome is Outcome.NOTHING, found.reasons
