"""What the lead's probe found in session 17: a log command naming a second known customer after
the first, each with its own amount or day ("/logoffer Tine 85 000 og Orkla 120 000"), read the
first customer with the LAST amount or day and left the rest unread, so "Save as read" stored
Tine at Orkla's 120 000 (or Tine's meeting on Orkla's day). Now refused: two customers, each
logged on its own. Every row fails on f083423."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.errors import MESSAGES, UserError
from bot.i18n import translate
from bot.services.commands import parse_log_command

MONDAY = date(2026, 11, 30)
KNOWN = {"Tine", "Orkla", "Boots", "Rema 1000"}

TWO = [
    (ActivityKind.OFFER, "Tine 85 000 og Orkla 120 000", "Orkla"),
    (ActivityKind.OFFER, "Tine 85k, Orkla 120k", "Orkla"),
    (ActivityKind.WIN, "Tine 85k + Orkla 120k", "Orkla"),
    (ActivityKind.OFFER, "Tine 85k and Boots 20k", "Boots"),
    (ActivityKind.MEETING, "Tine i dag og Orkla i går", "Orkla"),
    (ActivityKind.MEETING, "Tine i dag, også Orkla", "Orkla"),
    (ActivityKind.CALL, "Tine i går, Rema 1000 i dag", "Rema 1000"),
    # a second customer kpibot has not seen yet, after the first's own amount or day
    (ActivityKind.OFFER, "Tine 85 000 og Kiwi 120 000", "Kiwi"),
    (ActivityKind.OFFER, "Tine 85k, Kiwi 120k", "Kiwi"),
    (ActivityKind.MEETING, "Tine i dag og Kiwi i går", "Kiwi"),
]


@pytest.mark.parametrize(("kind", "text", "second"), TWO)
def test_a_second_known_customer_is_refused_never_saved_on_the_first(
    kind: ActivityKind, text: str, second: str
) -> None:
    with pytest.raises(UserError) as raised:
        parse_log_command(kind, text, today=MONDAY, known_customers=KNOWN)
    assert raised.value.code == "two_customers"
    assert (raised.value.params["first"], raised.value.params["second"]) == ("Tine", second)


@pytest.mark.parametrize(
    ("language", "said"),
    [("en", "two customers"), ("nb", "to kunder"), ("sv", "två kunder"), ("da", "to kunder")],
)
def test_the_refusal_names_both_in_the_sellers_language(language: str, said: str) -> None:
    text = translate(language, MESSAGES["two_customers"], first="Tine", second="Orkla")
    assert said in text and "Tine" in text and "Orkla" in text


ONE = [
    # a loss's reason may name whom they chose; a note after a dash is the seller's own words
    (ActivityKind.LOSS, "Tine, gikk for Orkla"),
    (ActivityKind.MEETING, "Tine i dag - Orkla var også der"),
    (ActivityKind.MEETING, "Tine i dag -- Orkla var også der"),
    (ActivityKind.MEETING, "Tine i dag"),
    (ActivityKind.MEETING, "Tine i dag, og Kari var med"),  # a colleague along: asked as read
]


@pytest.mark.parametrize(("kind", "text"), ONE)
def test_one_customer_stays_one(kind: ActivityKind, text: str) -> None:
    assert parse_log_command(kind, text, today=MONDAY, known_customers=KNOWN).customer == "Tine"


@pytest.mark.parametrize(
    ("kind", "text", "temperature", "step", "due"),
    [
        # a second dash parts the temperature from the step: all was a note, nothing read
        (
            ActivityKind.MEETING,
            "Equinor – varm – neste møte 10.12",
            "warm",
            "møte",
            date(2026, 12, 10),
        ),
        (
            ActivityKind.MEETING,
            "Equinor – varm – neste: demo 10.12",
            "warm",
            "demo",
            date(2026, 12, 10),
        ),
        # a talk to book, dated: the next step (was refused: week 50 read as the call's day)
        (ActivityKind.CALL, "Arla - book møde uge 50", None, "møde", date(2026, 12, 11)),
        (ActivityKind.CALL, "Arla, book møte fredag", None, "møte", date(2026, 12, 4)),
        (ActivityKind.CALL, "Arla – boka möte v. 50", None, "möte", date(2026, 12, 11)),
    ],
)
def test_a_next_step_after_dashes_or_a_booking_word_is_read(
    kind: ActivityKind, text: str, temperature: str | None, step: str, due: date
) -> None:
    found = parse_log_command(kind, text, today=MONDAY, known_customers={"Equinor", "Arla"})
    assert found.when == MONDAY and found.note is None and found.unread is None
    assert (found.temperature and found.temperature.value) == temperature
    assert found.next_step is not None and (found.next_step.what, found.next_step.due) == (
        step,
        due,
    )


@pytest.mark.parametrize(
    ("text", "amount", "note"),
    [
        # the amount said last was what it was before: it was stored (the old price)
        ("Tesco 40k - revised from 45k", 40000, "revised from 45k"),
        ("Tesco 40k, was 45k", 40000, "was 45k"),
        ("Tesco £39k, down from £42k", 39000, "down from £42k"),
        ("Tine 85k, ned fra 100k", 85000, "ned fra 100k"),
        ("Tine 85 000 kr, før 100 000 kr", 85000, "før 100 000 kr"),
        ("Volvo 1,1 mkr, sänkt från 1,2 mkr", 1100000, "sänkt från 1,2 mkr"),
    ],
)
def test_the_amount_it_was_before_is_a_remark_never_the_amount(
    text: str, amount: int, note: str
) -> None:
    found = parse_log_command(
        ActivityKind.OFFER, text, today=MONDAY, known_customers={"Tesco", "Tine", "Volvo"}
    )
    assert (found.amount, found.note, found.unread) == (amount, note, None)


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        # a remark with a day at the end cut a new name's own number off: "Rema" at 1 000 kr
        ("Rema 1000 kr 780 000, oppstart uke 10", "Rema 1000", 780000),
        ("Sparebank 1 kr 200 000, oppstart uke 10", "Sparebank 1", 200000),
        ("Rema 1000 780 000 kr, oppstart uke 10", "Rema 1000", 780000),
        ("Rema 1000 kr 780 000 - oppstart uke 10", "Rema 1000", 780000),
    ],
)
def test_a_remark_with_a_day_leaves_a_names_own_number_to_the_name(
    text: str, customer: str, amount: int
) -> None:
    found = parse_log_command(ActivityKind.WIN, text, today=MONDAY)
    assert (found.customer, found.amount, found.note, found.unread) == (
        customer,
        amount,
        "oppstart uke 10",
        None,
    )


@pytest.mark.parametrize(
    ("text", "amount", "unread"),
    [
        # a deal's term was read as a malformed amount: refused ("3-årsavtal" is no amount)
        ("Ikea 1,1 mkr, 3-årsavtal", 1100000, "3-årsavtal"),
        ("Boots £25.5k, 3-yr deal", 25500, "3-yr deal"),
        # "inc VAT" is read and dropped as "inkl. mva" is (was asked about)
        ("Tesco £40k inc VAT", 40000, None),
        ("Tesco £40k inc. VAT", 40000, None),
    ],
)
def test_a_term_is_no_amount_and_inc_vat_is_dropped(
    text: str, amount: int, unread: str | None
) -> None:
    found = parse_log_command(
        ActivityKind.OFFER, text, today=MONDAY, known_customers={"Ikea", "Boots", "Tesco"}
    )
    assert (found.amount, found.unread) == (amount, unread)
