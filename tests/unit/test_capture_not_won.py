""" "Vi fikk ikke Telenor" (we did not get Telenor) is a lost deal, asked as losses are; the same
words with something between them and the customer are about something else ("fikk ikke tak i
Telenor": could not reach them) and record nothing."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

KNOWN = ["Telenor", "Volvo", "Scania", "Mærsk", "DNB", "Orkla"]


def _read(text: str):  # type: ignore[no-untyped-def]
    return recognise(text, today=date(2026, 11, 20), known_customers=KNOWN, posted=time(10))


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Vi fikk ikke Telenor, de valgte Atea", "Telenor"),
        ("We didn't get Volvo", "Volvo"),
        ("Vi fick inte Scania", "Scania"),
        ("We didn't get the Volvo deal", "Volvo"),
    ],
)
def test_not_getting_a_customer_is_asked_as_a_loss(text: str, customer: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.LIKELY,
        ActivityKind.LOSS,
        customer,
    )


def test_not_getting_a_meeting_with_a_customer_is_no_record() -> None:
    assert _read("Fikk ikke møte med Orkla denne uka").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Fikk ikke tak i Telenor i dag", "Telenor"),
        ("Fikk ikke svar fra Telenor", "Telenor"),
        ("Didn't get through to DNB", "DNB"),
    ],
)
def test_not_getting_hold_of_a_customer_is_a_call_asked(text: str, customer: str) -> None:
    # heldmsg32, the lead's decision (session 31): an unanswered call is asked as a call, the
    # attempt is activity the seller controls (was: no record)
    found = _read(text)
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.LIKELY,
        ActivityKind.CALL,
        customer,
    )


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Følger opp DNB på mandag", date(2026, 11, 23)),
        ("Följer upp Telia imorgon", date(2026, 11, 21)),
        ("Following up with Orkla on Tuesday", date(2026, 11, 24)),
    ],
)
def test_a_follow_up_said_to_come_is_a_planned_call(text: str, due: date) -> None:
    """Was nothing: the lead's next step, a call on that day (nothing counted as done)."""
    found = recognise(
        text, today=date(2026, 11, 20), known_customers=[*KNOWN, "Telia"], posted=time(10)
    )
    assert found.outcome is Outcome.SURE and found.kind is ActivityKind.CALL
    assert found.next_step is not None and found.next_step.due == due


def test_following_up_a_matter_names_no_customer_and_is_no_record() -> None:
    assert _read("Jeg følger opp saken").outcome is Outcome.NOTHING
