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
  kr."): its price (was the cut, 80 000).
- The customer first, where and when they were seen, then our next step ("Søstrene Grene i Aarhus
  i dag – jeg kommer med et revideret forslag i næste uge", "Matas i dag 💄 næste gennemgang på
  torsdag kl 13"): a meeting that day with its step (was nothing); without a step, nothing.
- A renewal's term ("renewed for another two years 🍻 £310k", "fornyet avtalen for tre nye år"):
  no object of the win (was asked).
- A talk "satt til uke 2" is due by the week's last working day (was its Monday).
- A customer's amount said wrong in a later post ("Husqvarna-beloppet … blev fel – 1 510 000 kr
  ska det vara, inte 1,15", "Orkla-summen i sted var feil, riktig er 2,04 MNOK", "Greggs was £460k
  not £640k, sorry"): a correction of that record's amount (corrections.read; was nothing).
- A tender that "røk" ("Meny-anbudet røk i mandags"): a loss, asked (was nothing)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import KnownCustomers, Outcome, corrections, recognise

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


@pytest.mark.parametrize(
    ("text", "krone", "customer", "due"),
    [
        ("Elkjøp i Trondheim i dag – jeg sender et nytt forslag i neste uke", "NOK", "Elkjøp",
         date(2033, 1, 7)),
        ("Arla i dag 🥛 næste gennemgang på tirsdag kl 10", "DKK", "Arla", date(2033, 1, 4)),
        ("Ocado on Teams this morning - we pick it up again next week", "GBP", "Ocado",
         date(2033, 1, 7)),
    ],
)  # fmt: skip
def test_a_customer_seen_today_then_a_step_is_a_visit(text, krone, customer, due) -> None:  # type: ignore[no-untyped-def]
    # the customer first, where and when, then our next step: a meeting that day, its step read
    found = _read(text, krone)
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.SURE,
        ActivityKind.MEETING,
        customer,
    )
    step = found.next_step or found.follow_up
    assert step is not None and step.due == due, found


@pytest.mark.parametrize(
    "text", ["Tine i dag – snøen laver ned", "Kiwi idag – for en dag!", "Rema i dag, stengt?"]
)
def test_a_customer_and_today_without_a_step_is_nothing(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text, "NOK").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "krone", "amount"),
    [
        ("Arla renewed for another two years 🍻 £310k", "GBP", "310000"),
        ("Tine fornyet avtalen for tre nye år, 2 mill", "NOK", "2000000"),
    ],
)
def test_a_renewals_term_is_no_object_of_the_win(text, krone, amount) -> None:  # type: ignore[no-untyped-def]
    # "for another two years": how long, never what was won (was asked, "object-unknown")
    found = _read(text, krone)
    assert (found.outcome, found.kind, found.amount) == (
        Outcome.SURE,
        ActivityKind.WIN,
        Decimal(amount),
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tine: møte i dag, workshop satt til uke 2",
        "Kiwi: workshop satt til uke 2, første møte i dag",
    ],
)
def test_a_talk_set_to_a_week_is_due_by_its_last_working_day(text) -> None:  # type: ignore[no-untyped-def]
    # as "workshop i uke 2" is (was its Monday, and the lead nudged as lapsed from Tuesday)
    found = _read(text, "NOK")
    step = found.next_step or found.follow_up
    assert step is not None and step.due == date(2033, 1, 14), found


@pytest.mark.parametrize(
    ("text", "krone", "customer", "amount", "was"),
    [
        ("Kiwi-beloppet jag skrev i morse blev fel – 1 510 000 kr ska det vara, inte 1,15", "SEK",
         "Kiwi", "1510000", "1150000"),
        ("Tine-summen i sted var feil, riktig er 2,04 MNOK", "NOK", "Tine", "2040000", None),
        ("Ocado was £460k not £640k, sorry – fat thumbs on the earlier post", "GBP", "Ocado",
         "460000", "640000"),
    ],
)  # fmt: skip
def test_a_customers_amount_said_wrong_is_a_correction(text, krone, customer, amount, was) -> None:  # type: ignore[no-untyped-def]
    # an earlier post's amount put right (was nothing read: the wrong amount kept)
    found = corrections.read(text, today=DEC_30, krone=krone, known=KNOWN)
    assert found is not None and found.change == "amount", found
    assert (found.of_customer, found.amount) == (customer, Decimal(amount))
    assert found.was_amount == (None if was is None else Decimal(was))


def test_a_customer_and_a_wrong_word_with_no_figure_is_no_correction() -> None:
    assert (
        corrections.read(
            "Kiwi-summen blir nok feil uansett", today=DEC_30, krone="NOK", known=KNOWN
        )
        is None
    )


def test_a_tender_that_røk_is_a_loss_asked() -> None:
    # "røk" after the tender's noun: lost (asked, as every loss is; was nothing read); "røk ut"
    # after an offer's noun stays the offer sent (session 69)
    found = _read("Rema-anbudet røk i mandags 😞 for dyre, sa de", "NOK")
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.LIKELY,
        ActivityKind.LOSS,
        "Rema",
    )
    assert found.when == date(2032, 12, 27)
    sent = _read("Tilbudet til Rema røk ut i dag, 300k", "NOK")
    assert (sent.kind, sent.amount) == (ActivityKind.OFFER, Decimal(300000))
