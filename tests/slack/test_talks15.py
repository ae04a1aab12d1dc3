"""End to end, as Slack sends it (session 15's probe): a call that books a meeting is a call
counted today with the meeting as the lead's next step (only a planned call was stored); two wins
with two customers, each with its amount, are both asked and both stored when recorded (the
second was lost, the seller believing both were in)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.helpers import bare_amounts_in, leads, set_up_team, stored, text_of
from tests.slack.test_capture_two_records import _mine, _record, _say

LARS, KARI = "U0LARS", "U0KARI"
CHANNEL = "C0SALES"


_MEETING_WORDS = {"meeting", "møte", "möte", "møde"}


@pytest.fixture
def team(slack):  # type: ignore[no-untyped-def]
    set_up_team(slack, reset=False)
    bare_amounts_in(slack, "NOK", LARS)  # a Swede in a NOK team: "300k" is NOK (kroner23)
    for customer in ("Equinor", "Ericsson"):
        slack.driver.command("/logcall", customer, KARI, CHANNEL).reply()
    for offer in ("Tine 300k", "Orkla 1 mill"):
        slack.driver.command("/logoffer", offer, LARS, CHANNEL).reply()  # Lars's own deals
    slack.api.reset()
    return slack


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "customer", "due"),
    [
        ("Ringte Equinor og booket møte neste uke", "Equinor", date(2026, 11, 27)),
        ("Ringde Ericsson och bokade möte till nästa tisdag", "Ericsson", date(2026, 11, 24)),
    ],
)  # fmt: skip
def test_a_call_that_books_a_meeting_is_counted_with_the_meeting_next(  # type: ignore[no-untyped-def]
    team, text, customer, due
) -> None:
    _say(team, text)
    assert [(r["kind"], r["customer"], r["date"]) for r in _mine(team)] == [
        ("call", customer, "2026-11-20")
    ]
    [lead] = [lead for lead in leads(team) if lead.next_step is not None]
    # the step in the seller's own words ("møte", "möte"), never a call
    assert (lead.next_step in _MEETING_WORDS, lead.next_step_due) == (True, due), lead.next_step


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_slash_command_books_the_meeting_as_its_next_step(team) -> None:  # type: ignore[no-untyped-def]
    reply = team.driver.command(
        "/logcall", "Ericsson bokade möte nästa tisdag", LARS, CHANNEL
    ).reply()
    assert "bokade" not in text_of(reply)  # nothing left unread
    [lead] = [lead for lead in leads(team) if lead.next_step is not None]
    assert (lead.next_step, lead.next_step_due) == ("möte", date(2026, 11, 24))
    assert ("call", "Ericsson", "2026-11-20") in [
        (r["kind"], r["customer"], r["date"]) for r in stored(team) if r["source"] != "message"
    ]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_two_wins_each_with_its_amount_are_both_asked_and_stored(team) -> None:  # type: ignore[no-untyped-def]
    notes = _say(team, "Vant Tine 340k og Orkla 1,1 mill")
    assert _mine(team) == [] and len(notes) == 2  # each asked on its own, none dropped
    assert "*Tine*" in text_of(notes[0].params) and "*Orkla*" in text_of(notes[1].params)
    for note in notes:
        _record(team, note)
    assert sorted((r["kind"], r["customer"], r["amount"]) for r in _mine(team)) == [
        ("win", "Orkla", 1100000),
        ("win", "Tine", 340000),
    ]
