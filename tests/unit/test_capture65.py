"""Session 65: channel messages misread in the held-out files written for Monday 13 August 2029
(the first weeks back after the summer).

- A known customer said not to answer, with no call's verb ("Sjuhärads Plast tog inte
  telefonen", "Greggs didn't pick up"): a call tried, asked (was nothing).
- A call never logged ("call with Saxon Print, never got logged"): the call, no unanswered one.
- A talk booked by what it is with its day ("booked a tasting for Wednesday", "booket
  smaksprøve onsdag"): the lead's next step (the call was dated the Wednesday gone)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command

MONDAY = date(2029, 8, 13)
KNOWN = ("Sjuhärads Plast", "Tine", "Greggs", "Saxon Print", "Ivy Lane Vets", "Tesco")


def _read(text: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return recognise(
        text, today=MONDAY, krone=krone, posted=time(15), known_customers=KNOWN, open_offers=set()
    )


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("samma här, Sjuhärads Plast tog inte telefonen", "Sjuhärads Plast"),
        ("Tine tok ikke telefonen", "Tine"),
        ("Tine svarte ikke", "Tine"),
        ("Greggs didn't pick up, will try tomorrow", "Greggs"),
    ],
)
def test_a_known_customer_not_answering_is_a_call_tried(text: str, customer: str) -> None:
    read = _read(text)
    assert (read.outcome, read.kind, read.customer) == (
        Outcome.LIKELY, ActivityKind.CALL, customer,
    )  # fmt: skip


def test_not_answering_something_else_stays_nothing() -> None:
    assert _read("Tine svarte ikke på tilbudet").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "customer", "when"),
    [
        ("call with Saxon Print today, never got logged", "Saxon Print", MONDAY),
        ("6/8 call with Ivy Lane Vets, never logged it", "Ivy Lane Vets", date(2029, 8, 6)),
    ],
)
def test_a_call_never_logged_is_a_call_made(text: str, customer: str, when: date) -> None:
    read = _read(text)
    assert (read.outcome, read.kind, read.customer, read.when) == (
        Outcome.SURE, ActivityKind.CALL, customer, when,
    )  # fmt: skip
    assert "no-answer" not in read.reasons


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("called Tesco, booked a tasting for Wednesday", date(2029, 8, 15)),
        ("ringte Tine, booket smaksprøve onsdag", date(2029, 8, 15)),
        ("called Tesco, booked a site survey for Thursday", date(2029, 8, 16)),
    ],
)
def test_a_thing_booked_on_a_day_is_the_next_step_not_the_calls_day(text: str, due: date) -> None:
    read = _read(text)
    step = read.next_step or read.follow_up
    assert (read.outcome, read.when, step.due if step else None) == (Outcome.SURE, MONDAY, due)


@pytest.mark.parametrize(
    ("lang", "text", "what", "due", "note"),
    [
        ("en", "Tesco, booked a tasting for Wed", "meeting", date(2029, 8, 15), "tasting"),
        ("nb", "Tine, booket smaksprøve onsdag", "møte", date(2029, 8, 15), "smaksprøve"),
        ("sv", "ICA, bokade provsmakning på fredag", "möte", date(2029, 8, 17), "provsmakning"),
        ("en", "Tesco, booked a site survey for Thursday", "meeting", date(2029, 8, 16), "site survey"),
    ],
)  # fmt: skip
def test_a_command_with_a_thing_booked_on_a_day(
    lang: str, text: str, what: str, due: date, note: str
) -> None:
    krone = {"nb": "NOK", "sv": "SEK", "en": "NOK"}[lang]
    cmd = parse_log_command(ActivityKind.CALL, text, today=MONDAY, krone=krone, language=lang)
    assert cmd.next_step is not None
    assert (cmd.when, cmd.next_step.what, cmd.next_step.due, cmd.note, cmd.unread) == (
        MONDAY, what, due, note, None,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    ["Møte med DNB, booket til tirsdag", "Hotel booket til torsdag", "booked with them for Wed"],
)
def test_a_booking_of_no_thing_reads_as_before(text: str) -> None:
    from bot.services.booked_things import things_booked_as_talks

    assert things_booked_as_talks(text) == text


THURSDAY = date(2030, 10, 31)  # the second round's day
KNOWN_2 = (
    "Tomorrow's Office Ltd",
    "Brandt & Krogh",
    "Moorcroft Care Homes",
    "Tolv Tønder",
    "Greggs",
)


def _read_2(text: str):  # type: ignore[no-untyped-def]
    return recognise(
        text, today=THURSDAY, krone="DKK", posted=time(15), known_customers=KNOWN_2,
        open_offers=set(),
    )  # fmt: skip


def test_a_formed_name_opening_with_a_days_possessive_is_the_name() -> None:
    read = _read_2("Tomorrow's Office Ltd rang – they want to meet next week")
    assert (read.kind, read.customer, read.when) == (
        ActivityKind.CALL, "Tomorrow's Office Ltd", THURSDAY,
    )  # fmt: skip


def test_a_days_possessive_before_the_talk_is_still_that_day() -> None:
    read = _read_2("Yesterday's meeting with Greggs went well")
    assert (read.customer, read.when) == ("Greggs", date(2030, 10, 30))


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("ingen svar hos Brandt & Krogh, prøvede to gange 🙄", "Brandt & Krogh"),
        ("no answer at Greggs again", "Greggs"),
    ],
)
def test_no_answer_at_a_known_customer_is_a_call_tried(text: str, customer: str) -> None:
    read = _read_2(text)
    assert (read.outcome, read.kind, read.customer) == (
        Outcome.LIKELY, ActivityKind.CALL, customer,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("never logged my Moorcroft Care Homes meeting before half term 🙈", "Moorcroft Care Homes"),
        ("forgot to log my Moorcroft Care Homes meeting", "Moorcroft Care Homes"),
        ("har aldrig fået logget mit møde med Tolv Tønder inden efterårsferien, sorry", "Tolv Tønder"),
    ],
)  # fmt: skip
def test_a_meeting_never_logged_is_asked_never_lost_nor_stored_sure(
    text: str, customer: str
) -> None:
    read = _read_2(text)
    assert (read.outcome, read.kind, read.customer) == (
        Outcome.LIKELY, ActivityKind.MEETING, customer,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "ga Mestergruppen 8 % rabatt på tilbudet for å få det signert før månedsskiftet",
        "gave Greggs 10% off to get it signed this week",
    ],
)
def test_signing_as_what_the_seller_is_after_is_no_win(text: str) -> None:
    read = recognise(
        text, today=THURSDAY, krone="NOK", posted=time(15),
        known_customers=("Mestergruppen", "Greggs"), open_offers=set(),
    )  # fmt: skip
    assert read.kind is not ActivityKind.WIN


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("møte med Tine i dag, nytt møte første mandag i november", date(2030, 11, 4)),
        ("met Greggs today, next meeting first Monday in December", date(2030, 12, 2)),
    ],
)
def test_a_weekday_by_its_place_in_a_month_is_the_step(text: str, due: date) -> None:
    read = recognise(
        text, today=THURSDAY, krone="NOK", posted=time(15), known_customers=("Tine", "Greggs"),
        open_offers=set(),
    )  # fmt: skip
    step = read.next_step or read.follow_up
    assert step is not None and step.due == due


@pytest.mark.parametrize(
    ("text", "krone", "amount"),
    [
        ("Hafslund fornyet avtalen 🎉 780k pr. år", "NOK", 780_000),
        ("Quote to Greggs: £60k p.a.", "GBP", 60_000),
        ("offert till Tine, 250 tkr per år", "SEK", 250_000),
        ("Netto fornyede aftalen 🎉 420 t.kr. om året", "DKK", 420_000),
        ("Vant Telenor 240k/år", "NOK", 240_000),
        ("Won Greggs, 240k a year", "GBP", 240_000),
    ],
)
def test_a_years_price_with_no_term_is_the_deals_value_as_typed(
    text: str, krone: str, amount: int
) -> None:
    read = recognise(
        text, today=THURSDAY, krone=krone, posted=time(15),
        known_customers=("Hafslund", "Greggs", "Tine", "Netto", "Telenor"), open_offers=set(),
    )  # fmt: skip
    assert (read.outcome, read.amount) == (Outcome.SURE, amount), read.reasons


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Vant Telenor 240k/år i 3 år", 720_000), ("tilbud til Tine 20k pr mnd", 20_000)],
)
def test_a_price_per_month_or_with_its_term_is_still_asked(text: str, amount: int) -> None:
    read = recognise(
        text, today=THURSDAY, krone="NOK", posted=time(15), known_customers=("Telenor", "Tine"),
        open_offers=set(),
    )  # fmt: skip
    assert (read.outcome, read.amount) == (Outcome.LIKELY, amount), read.reasons
