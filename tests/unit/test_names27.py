"""Session 27 (names27): customers written as sellers write them (lower case, a figure first),
stored as a person writes them, and plans said in the future tense in every language.
Read on Tue 1 Dec 2026, as the brief's console was."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.customers import as_written, customer_key

TODAY = date(2026, 12, 1)  # a Tuesday
THU, FRI = date(2026, 12, 3), date(2026, 12, 4)
WIN, OFFER = ActivityKind.WIN, ActivityKind.OFFER
CALL, MEETING = ActivityKind.CALL, ActivityKind.MEETING


def _read(text: str, known: list[str] | None = None):  # type: ignore[no-untyped-def]
    return recognise(text, today=TODAY, krone="NOK", known_customers=known or [])


# 1. A lower-case or figure-led name after a kind's verb, with its amount: read (was: nothing).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("tilbud sendt til meny på 450 000 kr", (Outcome.SURE, OFFER, "Meny", 450_000)),
        ("offer to boots £7,500", (Outcome.SURE, OFFER, "Boots", 7_500)),
        ("vant 7-eleven 50k", (Outcome.SURE, WIN, "7-Eleven", 50_000)),
        ("won 3m 40k", (Outcome.SURE, WIN, "3M", 40_000)),
        ("vandt netto 120'", (Outcome.SURE, WIN, "Netto", 120_000)),
        ("vant kiwi 95 000,-", (Outcome.SURE, WIN, "Kiwi", 95_000)),
        # more said than the verb, the name and its amount: asked, the name as a person writes it
        ("vant kiwi 95 000,- etter lang kamp", (Outcome.LIKELY, WIN, "Kiwi", 95_000)),
    ],
)
def test_a_lower_case_or_figure_led_name_after_the_verb_is_read(text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.amount) == expected, found.reasons


def test_a_lower_case_name_of_a_known_customer_is_that_customer() -> None:
    found = _read("vant kiwi 95 000,-", ["Kiwi", "Rema 1000"])
    assert (found.outcome, found.customer, found.known_customer) == (Outcome.SURE, "Kiwi", True)


@pytest.mark.parametrize(
    "text",
    [
        "vant en pris på julebordet",
        "sendte tilbud i går, mer i morgen",
        "vant 3-dagers tur på julebordet",
        "vant quiz 500 kr",
    ],
)
def test_chatter_with_lower_case_words_after_the_verb_stays_chatter(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


# 2. A new customer written all in lower case is stored as a person writes it; capitals kept.
@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("kiwi", "Kiwi"),
        ("7-eleven", "7-Eleven"),
        ("boots", "Boots"),
        ("3m", "3M"),
        ("bergen offshore", "Bergen Offshore"),
        ("DNB", "DNB"),
        ("McKinsey", "McKinsey"),
        ("3M", "3M"),
        ("eBay", "eBay"),
    ],
)
def test_a_new_customer_is_stored_as_a_person_writes_it(typed: str, stored: str) -> None:
    assert as_written(typed) == stored
    assert customer_key(as_written(typed)) == customer_key(typed)  # one customer either way


# 4. Plans in the future tense in every language: the lead's next step on its day.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Planlegger å ringe Schibsted fredag", (CALL, "Schibsted", FRI)),
        ("På fredag skal jeg ringe Schibsted", (CALL, "Schibsted", FRI)),
        ("Will call HSBC tomorrow", (CALL, "HSBC", date(2026, 12, 2))),
        ("Going to meet Vodafone on Thursday", (MEETING, "Vodafone", THU)),
        ("Ska träffa ICA på torsdag", (MEETING, "ICA", THU)),
        ("Jeg skal mødes med Carlsberg på torsdag", (MEETING, "Carlsberg", THU)),
        ("Tänker ringa Volvo imorgon", (CALL, "Volvo", date(2026, 12, 2))),
        ("I morgen skal vi møte Equinor", (MEETING, "Equinor", date(2026, 12, 2))),
        ("Tomorrow I'll call Boots", (CALL, "Boots", date(2026, 12, 2))),
    ],
)
def test_a_plan_in_the_future_tense_is_a_planned_step_on_its_day(text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = _read(text)
    assert found.outcome is not Outcome.NOTHING, found.reasons
    assert found.planned and found.when == TODAY
    step = found.next_step
    assert step is not None
    assert (found.kind, found.customer, step.due) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kari skal ringe Telenor fredag",  # someone else's plan
        "Skal ringe mamma i morgen",
        "Skal ikke ringe Telenor fredag",
        "Will call HSBC tomorrow?",
        "Skal ringe Telenor",  # no day: nothing to plan yet
    ],
)
def test_what_is_no_plan_of_a_customer_on_a_day_stays_nothing(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


# 3. Two customers joined by "&" are two records, asked; a name that holds "&" stays one.
@pytest.mark.parametrize(
    ("text", "customers"),
    [
        ("Yesterday: met Tesco & Boots", ["Tesco", "Boots"]),
        ("Møte med Aker & Yara i dag", ["Aker", "Yara"]),
        ("møte med Aker og Yara i dag", ["Aker", "Yara"]),
    ],
)
def test_two_customers_joined_by_and_are_two_records_asked(text: str, customers: list) -> None:  # type: ignore[type-arg]
    found = _read(text)
    got = []
    row = found
    while row is not None:
        got.append(row.customer)
        row = row.also
    assert found.outcome is Outcome.LIKELY and got == customers, found.reasons


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Møte med H&M i dag", "H&M"),
        ("Meeting with Procter & Gamble today", "Procter & Gamble"),
        ("Møte med Jul & Co i dag", "Jul & Co"),
        ("Met Marks & Spencer today", "Marks & Spencer"),
        ("Vant Brandt & Vinther ApS 200k", "Brandt & Vinther ApS"),
        ("Møte med Hansen & Sønner i dag", "Hansen & Sønner"),
    ],
)
def test_a_name_that_holds_an_ampersand_stays_one(text: str, customer: str) -> None:
    found = _read(text)
    assert (found.outcome, found.customer, found.also) == (Outcome.SURE, customer, None)


def test_a_known_customer_with_an_ampersand_stays_one() -> None:
    found = _read("Yesterday: met Tesco & Boots", ["Tesco & Boots"])
    assert (found.outcome, found.customer, found.also) == (Outcome.SURE, "Tesco & Boots", None)
