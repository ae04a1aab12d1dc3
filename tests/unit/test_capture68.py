"""Session 68: channel messages read as the sellers of the held-out rounds (Friday 19 December
2031; Tuesday 30 March 2032) wrote them. Each row a variant of a held-out phrasing.

- A word of praise to a colleague, then their name, before the win ("Snyggt Emma! Getinge i
  hamn", "Flot, Sofie! Lagkagehuset i hus", "Stort til Rasmus – Vestas i hus"): theirs, praised,
  no record (were the author's wins, sure).
- A meeting "is off" ("Howdens meeting this afternoon is off, …"): called off, no record.
- A day of the month alone as the next step, said on that very day ("neste møte den 30." on the
  30th, "vi ses igen den 30:e"): next month's (was no step), as the commands read it.
- A date with "before" as the next step ("jeg sender tilbud før 1. mai", "nästa möte innan
  första maj", "proposal before 15 June"): due the working day before it (was the date itself);
  the month's end ("før utgangen av juni", "before H1 closes") stays its last day.
- "Før jul", "innan nyår", "before Christmas" said within two weeks of it: the step by the last
  working day before (the 23rd/30th in the Nordics, the 24th/31st in England); was asked.
- A customer tried a number of times, the phone unsaid ("Prøvde Statnett tre ganger i dag",
  "Tried Willmott Dixon 3x"): the calls, asked (was nothing).
- A visit said by coming back from it ("just back from currys", "kom akkurat fra Kiwi"): a
  meeting; from their party ("just back from the M&S Christmas dinner") social still, asked.
- Bringing something of ours ("kommer med et oplæg i næste uge"): the step.
- An offer "gone to" its customer ("£72,500 quote gone to National Express"): sent."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import KnownCustomers, Outcome, recognise

DEC_19 = date(2031, 12, 19)
MAR_30 = date(2032, 3, 30)
KNOWN = KnownCustomers.of(
    [
        "Vestas", "Getinge", "Lagkagehuset", "Equinor", "Howdens", "Avinor", "Kalmar Kakel",
        "Storebrand", "Bravida", "Tesco", "Yara", "Hafslund", "Beijer Ref", "Statnett",
        "Willmott Dixon", "Ringvei Bygg", "Currys", "Kiwi", "Netto", "National Express",
        "Halfords", "Marks & Spencer",
    ]
)  # fmt: skip


def _read(text: str, krone: str, today: date = MAR_30):  # type: ignore[no-untyped-def]
    return recognise(text, today=today, krone=krone, known_customers=KNOWN, posted=None)


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("Snyggt Oskar! Getinge i hamn, 1,2 mkr 👏", "SEK"),
        ("Flot, Mette! Lagkagehuset i hus – 900.000 kr. 👏👏", "DKK"),
        ("Stort til Rasmus – Vestas i hus med 1,6 mio. kr.", "DKK"),
        ("Sterkt Kari! Equinor i boks, 3 mill", "NOK"),
    ],
)
def test_praise_to_a_colleague_named_before_the_win_is_no_record(text: str, krone: str) -> None:
    assert _read(text, krone).outcome is Outcome.NOTHING


def test_the_authors_own_win_after_praise_of_a_meeting_is_kept() -> None:
    found = _read("Flott møte med Equinor i går, de signerte i dag, 3 mill", "NOK")
    assert found.outcome is not Outcome.NOTHING


def test_a_meeting_that_is_off_is_no_record() -> None:
    found = _read("Howdens meeting this afternoon is off, their team has broken up 🙄", "GBP")
    assert found.outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Avinor i dag, fint møte ✈️ neste møte den 30.",
        "Kalmar Kakel – bra möte, vi ses igen den 30:e",
        "Storebrand: fint møte, vi tar neste runde den 30.",
    ],
)
def test_a_day_of_the_month_said_on_it_is_next_months(text: str) -> None:
    found = _read(text, "NOK")
    step = found.next_step or found.follow_up
    assert (found.outcome, step.due if step else None) == (Outcome.SURE, date(2032, 4, 30))


@pytest.mark.parametrize(
    ("text", "krone", "due"),
    [
        ("Befaring hos Bravida i dag, jeg sender tilbud før 1. mai", "NOK", date(2032, 4, 30)),
        ("Bravida – bra möte idag, nästa möte innan första maj", "SEK", date(2032, 4, 30)),
        ("Good meeting with Tesco, proposal before 15 June", "GBP", date(2032, 6, 14)),
        ("Good meeting with Tesco, proposal by 15 June", "GBP", date(2032, 6, 15)),
        ("Møde hos Netto i dag, vi tager næste snak inden udgangen af juni", "DKK",
         date(2032, 6, 30)),
    ],
)  # fmt: skip
def test_a_step_before_a_date_is_due_the_working_day_before(text, krone, due) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    step = found.next_step or found.follow_up
    assert step is not None and step.due == due, found.reasons


@pytest.mark.parametrize(
    ("text", "krone", "due"),
    [
        ("Bravida – bra möte i morse, jag återkommer innan jul 🎄", "SEK", date(2031, 12, 23)),
        ("Beijer Ref – bra mote idag, jag skickar avtalsutkastet innan nyår", "SEK",
         date(2031, 12, 30)),
        ("Yara: bra møte, sender revidert forslag før jul", "NOK", date(2031, 12, 23)),
        ("Hafslund på telefon – jeg sender kontrakten før nyttår 🎆", "NOK", date(2031, 12, 30)),
    ],
)  # fmt: skip
def test_before_christmas_or_new_year_within_two_weeks_is_its_day(text, krone, due) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone, DEC_19)
    step = found.next_step or found.follow_up
    assert (found.outcome, step.due if step else None) == (Outcome.SURE, due), found.reasons


@pytest.mark.parametrize(
    ("text", "krone", "times"),
    [
        ("Prøvde Statnett tre ganger i dag, alle har tatt juleferie 📵", "NOK", 3),
        ("Prøvd Ringvei Bygg to ganger i dag, ingen svar 📵", "NOK", 2),
        ("Tried Willmott Dixon 3x this afternoon – out of office 📵", "GBP", 3),
    ],
)
def test_a_customer_tried_a_number_of_times_is_the_calls_asked(text, krone, times) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    assert (found.outcome, found.kind, found.times) == (Outcome.LIKELY, ActivityKind.CALL, times)


def test_a_customer_tried_without_a_count_is_no_call() -> None:
    assert _read("Prøvde Kiwi sin nye app i dag", "NOK").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("just back from currys really good session they want it in 40 stores", "GBP"),
        ("kom nettopp fra Kiwi sitt hovedkontor, de vil ha tilbud", "NOK"),
    ],
)
def test_back_from_a_customer_is_a_meeting(text: str, krone: str) -> None:
    found = _read(text, krone)
    assert (found.outcome, found.kind) == (Outcome.SURE, ActivityKind.MEETING), found.reasons


def test_back_from_their_party_is_social_still() -> None:
    found = _read("just back from the Marks & Spencer Christmas dinner", "GBP", DEC_19)
    assert (found.outcome, found.kind) == (Outcome.LIKELY, ActivityKind.MEETING)
    assert "social" in found.reasons


def test_bringing_something_of_ours_is_the_step() -> None:
    found = _read("Møde hos Netto i dag 👍 kommer med et oplæg i næste uge", "DKK")
    step = found.next_step or found.follow_up
    assert step is not None and step.due == date(2032, 4, 9)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("£72,500 quote gone to National Express this afternoon", "72500"),
        ("78k quote just gone over to Halfords", "78000"),
    ],
)
def test_a_quote_gone_to_its_customer_is_sent(text: str, amount: str) -> None:
    found = _read(text, "GBP")
    assert (found.outcome, found.kind, found.amount) == (
        Outcome.SURE, ActivityKind.OFFER, Decimal(amount),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("Norwegian – ok møte, tar en ny prat neste uke", "NOK"),
        ("Capita – decent meeting, good questions", "GBP"),
        ("ICA – nyttigt möte idag", "SEK"),
    ],
)
def test_a_meeting_said_ok_or_useful_is_a_meeting(text: str, krone: str) -> None:
    known = KnownCustomers.of(["Norwegian", "Capita", "ICA"])
    found = recognise(text, today=MAR_30, krone=krone, known_customers=known, posted=None)
    assert (found.outcome, found.kind) == (Outcome.SURE, ActivityKind.MEETING), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Mistet i går Jernia – budsjettet ble skjøvet til neste år",
        "lost Vistry, budget pushed to next year",
    ],
)
def test_a_loss_whose_reason_is_their_budget_put_off_is_a_loss(text: str) -> None:
    known = KnownCustomers.of(["Jernia", "Vistry"])
    found = recognise(text, today=DEC_19, krone="NOK", known_customers=known, posted=None)
    assert (found.outcome, found.kind) == (Outcome.LIKELY, ActivityKind.LOSS), found.reasons


def test_a_talk_put_off_is_still_no_loss() -> None:
    known = KnownCustomers.of(["Kiwi"])
    found = recognise("Tapte Kiwi, møtet ble utsatt", today=DEC_19, krone="NOK",
                      known_customers=known, posted=None)  # fmt: skip
    assert found.outcome is Outcome.NOTHING


def test_a_win_word_inside_a_customers_name_is_the_name() -> None:
    known = KnownCustomers.of(["Go-Ahead", "National Express", "Tesco"])
    found = recognise("Rang Go-Ahead and National Express this morning, nothing moves till Jan",
                      today=DEC_19, krone="GBP", known_customers=known, posted=None)  # fmt: skip
    assert found.kind is ActivityKind.CALL, found.reasons
    won = recognise("Got the go-ahead from Tesco, £40k", today=DEC_19, krone="GBP",
                    known_customers=known, posted=None)  # fmt: skip
    assert (won.kind, won.customer) == (ActivityKind.WIN, "Tesco")


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Godt telefonopkald med Kiwi, vi holder en workshop i april", "workshop"),
        ("Tok en telefon med Kiwi, vi setter opp oppstartsmøte i april", "oppstartsmøte"),
    ],
)
def test_a_talk_we_hold_in_a_month_is_the_step(text: str, what: str) -> None:
    found = _read(text, "NOK")
    step = found.next_step or found.follow_up
    assert step is not None and step.due == date(2032, 4, 30), found.reasons


@pytest.mark.parametrize(
    ("text", "krone", "due"),
    [
        ("Kiwi i telefonen, de vil se demoen torsdag kl. 13", "DKK", date(2032, 4, 1)),
        ("Ringde Kiwi, de vill se demon på tisdag", "SEK", date(2032, 4, 6)),
    ],
)
def test_the_talk_they_want_by_its_definite_form_is_the_step(text, krone, due) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, krone)
    step = found.next_step or found.follow_up
    assert step is not None and step.due == due, found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Billerud – Teams-möte idag, ny avstämning nästa vecka",
        "Securitas digitalt möte idag, uppföljning nästa vecka",
    ],
)
def test_a_known_names_talk_held_some_way_then_its_step_is_sure(text: str) -> None:
    known = KnownCustomers.of(["Billerud", "Securitas"])
    found = recognise(text, today=MAR_30, krone="SEK", known_customers=known, posted=None)
    assert (found.outcome, found.kind, found.when) == (Outcome.SURE, ActivityKind.MEETING, MAR_30)


def test_a_talk_we_hold_in_a_month_beyond_the_year_is_the_step_not_asked() -> None:
    found = recognise("Kiwi – ok møte, vi holder en workshop i februar", today=date(2026, 12, 7),
                      krone="NOK", known_customers=KNOWN, posted=None)  # fmt: skip
    step = found.next_step or found.follow_up
    assert (found.outcome, step.due if step else None) == (Outcome.SURE, date(2027, 2, 26))
