"""The lead, session 28: a verb opening a seller's count of the day is never a customer.

"Made 15 calls today, 2 meetings booked" was asked as a meeting with "Made", "Gjorde 10 samtaler og
booket 2 møter i dag" as one with "Gjorde": the capitalised first word guessed as a name. A count of
talks with no customer named records nothing (the corpus's convention: "Ringedag før ferien: 8
samtaler i dag og booka 2 møter i august" is chatter), and the same verbs before a customer keep
the customer."""

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

WEDNESDAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    "text",
    [
        "Made 15 calls today, 2 meetings booked",
        "Gjorde 10 samtaler og booket 2 møter i dag",
        "Lavede 12 opkald i dag og bookede 2 møder",
        "Gjorde 8 samtal idag, bokade 1 möte",
        "Did 3 demos today",
        "Took 4 meetings this week 💪",
    ],
)
def test_a_verb_opening_a_count_is_no_customer(text: str) -> None:
    found = recognise(text, today=WEDNESDAY, known_customers=set())
    assert found.outcome is Outcome.NOTHING, found


@pytest.mark.parametrize(
    ("text", "kind", "customer"),
    [
        ("Held a workshop with Tesco today", ActivityKind.MEETING, "Tesco"),
        ("Holdt møte med Tine i dag", ActivityKind.MEETING, "Tine"),
        ("Tog ett möte med ICA idag", ActivityKind.MEETING, "ICA"),
        ("Made.com: meeting today", ActivityKind.MEETING, "Made.com"),
    ],
)
def test_the_same_verbs_before_a_customer_keep_it(
    text: str, kind: ActivityKind, customer: str
) -> None:
    found = recognise(text, today=WEDNESDAY, known_customers=set())
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, kind, customer), found
