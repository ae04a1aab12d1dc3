"""heldmsg28: the rules held-out round 30 (messages_holdout30.yaml, read the day before Maundy
Thursday 2028) led to, besides the days off (test_capture_days_off30.py), each in the four
languages where it applies: a range of amounts said with its units or signs on both ends is no
amount, asked; the customer's management holding our offer is theirs, no internal meeting; a
known customer called "Next" is the next meeting's adjective after another customer, and its
own name never a plan word."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

T = date(2028, 4, 12)
KNOWN = ["Tine", "Volvo", "Vestas", "Tesco", "Next", "Whitbread", "3M", "Danfoss"]
S, L = Outcome.SURE, Outcome.LIKELY


@pytest.mark.parametrize(
    ("text", "krone"),
    [
        ("Danfoss: tilbud sendt i dag, mellem 800 t.kr. og 1 mio. afhængigt af antal", "DKK"),
        ("Tilbud sendt til Tine i dag, mellom 800 tkr. og 1 mill.", "NOK"),
        ("Offert skickad till Volvo idag, mellan 800 tkr. och 1 mkr", "SEK"),
        ("3M: quote out today, £70k–£85k depending on volumes", "NOK"),
        ("Quote out to Tesco today, £70k-£85k", "NOK"),
    ],
)
def test_a_range_with_both_ends_spelt_out_is_no_amount_asked(text: str, krone: str) -> None:
    found = recognise(text, today=T, krone=krone, known_customers=KNOWN)
    assert (found.outcome, found.kind, found.amount) == (L, ActivityKind.OFFER, None), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Ringte Tine i dag, tilbudet ligger hos ledelsen",
        "Ringde Volvo idag, offerten ligger hos ledningen",
        "Ringede til Vestas i dag, tilbuddet ligger hos direktionen",
        "Called Tesco today, the quote is with their management",
    ],
)
def test_their_management_holding_the_offer_leaves_the_call_sure(text: str) -> None:
    found = recognise(text, today=T, known_customers=KNOWN)
    assert (found.outcome, found.kind, found.when) == (S, ActivityKind.CALL, T), found.reasons


@pytest.mark.parametrize(
    ("text", "customer", "when", "due"),
    [
        (
            "Met Whitbread on Friday, warm. Next meeting w/c 24th April",
            "Whitbread",
            date(2028, 4, 7),
            date(2028, 4, 28),
        ),
        ("Next rang this morning, booked a call for tomorrow 10am", "Next", T, date(2028, 4, 13)),
        ("Met Tesco today, next meeting on the 20th", "Tesco", T, date(2028, 4, 20)),
    ],
)
def test_next_the_customer_and_next_the_word(
    text: str, customer: str, when: date, due: date
) -> None:
    found = recognise(text, today=T, known_customers=KNOWN)
    step = found.next_step or found.follow_up
    assert (found.outcome, found.customer, found.when, step and step.due) == (
        S,
        customer,
        when,
        due,
    ), found.reasons
    assert found.also is None


def test_a_meeting_with_next_is_still_next() -> None:
    """(guard) after "with", "Next" stays the customer's name."""
    found = recognise("Meeting with Next today, warm", today=T, known_customers=KNOWN)
    assert (found.outcome, found.customer) == (S, "Next"), found.reasons
