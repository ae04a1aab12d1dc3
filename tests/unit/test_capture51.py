"""Session 51: channel messages the held-out sets left wrong. A person's whole name with their
role in brackets before the company ("møte med Kari Nilsen (innkjøpssjef) hos Tine SA i dag":
was nothing, the role's words counted between the talk and its customer); a laugh that only
answers a colleague before the author's own news ("@Mette haha ja, jeg havde også møde med
Ørsted i går": was dropped as a joke)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
YESTERDAY = date(2026, 12, 3)
M, C, WIN = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.WIN


def _read(text: str):  # type: ignore[no-untyped-def]
    found = recognise(text, today=FRIDAY, known_customers=[], posted=time(15, 30))
    return [
        (r.kind, r.customer, r.when)
        for r in chain(found)
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "kind", "customer", "day"),
    [
        ("Hadde et veldig godt møte med Kari Nilsen (innkjøpssjef) hos Tine SA i dag, de er "
         "skikkelig interessert 🔥", M, "Tine SA", FRIDAY),
        ("Møte med Kari Nilsen (innkjøpssjef) hos Tine i dag", M, "Tine", FRIDAY),
        ("Ringte Per Olsen (CFO) hos Orkla i går", C, "Orkla", YESTERDAY),
        ("Met Sarah Jones (CFO) at Unilever today", M, "Unilever", FRIDAY),
    ],
)  # fmt: skip
def test_a_role_in_brackets_after_a_whole_name(text, kind, customer, day) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == [(kind, customer, day)]


@pytest.mark.parametrize(
    ("text", "kind", "customer", "day"),
    [
        ("<@U0METTE> haha ja, jeg havde også møde med Ørsted i går", M, "Ørsted", YESTERDAY),
        ("@Mette haha ja, jeg havde også møde med Ørsted i går", M, "Ørsted", YESTERDAY),
        ("lol yes, met Tesco today too", M, "Tesco", FRIDAY),
    ],
)
def test_a_laugh_answering_a_colleague_leaves_the_news_after_it(text, kind, customer, day) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == [(kind, customer, day)]


@pytest.mark.parametrize(
    "text",
    [
        "haha, vant Equinor 10 mill",
        "Vant 500 kr på Flax i lunsjen 😂",
        "haha ja, vant Equinor 10 mill 😂",  # a laugh after it too: a joke
    ],
)
def test_a_joke_is_still_nothing(text: str) -> None:
    assert _read(text) == []


def test_a_visit_told_first_with_no_day_is_asked_as_todays() -> None:
    found = recognise(
        "Popped into Mowi's office in Bergen, quick coffee with their ops lead",
        today=FRIDAY,
        known_customers=[],
        posted=time(15, 30),
    )
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.LIKELY, M, "Mowi", FRIDAY
    )  # fmt: skip


@pytest.mark.parametrize("text", ["Popped into the office to grab my laptop", "Dropped by Tesco?"])
def test_a_visit_to_no_customer_or_a_question_is_nothing(text: str) -> None:
    assert _read(text) == []
