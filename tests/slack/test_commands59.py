"""Session 59, through the app: what the seller does after a loss, with its day, is the lost
lead's next step ("tapte Storebrand ASA, ring igjen uke 2": was the loss's note, no step); a call
tried said first stores the customer, the attempt its note ("tried Serco Group plc twice, no
answer": was a customer "tried Serco Group plc", two calls); on a call, a meeting's noun with a
day ahead is the meeting planned ("Ica, möte på tisdag": was refused as a call ahead). The
readings: tests/unit/test_parse_cmds59.py."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import leads, set_up_team, stored

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 10, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.backends("sqlite")


def test_a_step_after_a_loss_is_the_lost_leads_next_step(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    team.driver.command("/logoffer", "Storebrand ASA 300k", KARI, CHANNEL).reply()
    team.driver.command("/loglost", "tapte Storebrand ASA, ring igjen uke 2", KARI, CHANNEL).reply()
    team.wait_idle()
    rows = [(r["kind"], r["customer"], r["note"]) for r in stored(team)]
    assert rows == [("offer", "Storebrand ASA", None), ("loss", "Storebrand ASA", None)]
    [lead] = leads(team)
    assert (lead.status, lead.next_step, lead.next_step_due) == (
        "lost",
        "ring igjen",
        date(2027, 1, 15),
    )


def test_a_call_tried_stores_the_customer_and_the_attempt(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack, locales={KARI: "en-GB"})
    team.driver.command("/logcall", "tried Serco Group plc twice, no answer", KARI, CHANNEL).reply()
    team.wait_idle()
    rows = [(r["kind"], r["customer"]) for r in stored(team)]
    assert rows == [("call", "Serco Group plc")] * 2  # twice: two calls
    assert stored(team)[0]["note"] == "no answer"


def test_a_meeting_planned_on_a_call(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack, locales={KARI: "sv-SE"})
    team.driver.command("/logcall", "Ica, möte på tisdag", KARI, CHANNEL).reply()
    team.wait_idle()
    [row] = stored(team)
    assert (row["kind"], row["customer"], row["date"]) == ("call", "Ica", "2026-12-10")
    [lead] = leads(team)
    assert (lead.next_step, lead.next_step_due) == ("möte", date(2026, 12, 15))
