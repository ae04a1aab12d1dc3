"""heldcmd31: the log commands' readings that were unsure, asked with buttons and clicked as Slack
sends them: a new name with "and" in it (one customer, on its button; was refused, the name to
be typed again in quotes), a next step on one of two days (a button each; was the first stored,
or "møte fredag eller" due Monday), and an amount range with its sign at both ends (was refused)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click_answer, customers, leads, set_up_team, stored, text_of

ALEX, KARI = "U0ALEX", "U0KARI"
CHANNEL = "C0SALES"
WEDNESDAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.backends("sqlite")


def _button(reply: dict, value: str) -> dict:
    [button] = [b for b in buttons(reply) if b.get("value", "").endswith(f"|{value}")]
    return button


def _ask(team, user: str, command: str, text: str):  # type: ignore[no-untyped-def]
    result = team.driver.command(command, text, user, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == []  # nothing stored until a button is clicked
    return result, reply


def test_a_new_name_with_and_is_one_customer_on_its_button(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={ALEX: "en-GB"})
    result, reply = _ask(team, ALEX, "/logmeeting", "Coffee with Nordvik and Lunde yesterday")
    assert "Is *Nordvik and Lunde* one customer or two?" in text_of(reply)
    labels = [b["text"]["text"] for b in buttons(reply)]
    assert labels == ["One customer: Nordvik and Lunde", "Cancel"], labels
    click_answer(team, ALEX, _button(reply, "pick:0"), result)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["date"], row["note"]) == (
        "Nordvik and Lunde",
        "meeting",
        "2026-12-01",
        "Coffee",
    )


def test_cancelled_it_stores_nothing_and_makes_no_customer(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    result, reply = _ask(team, KARI, "/logmeeting", "Hansen og Sønner i går, varm")
    assert "Er *Hansen og Sønner* én kunde eller to?" in text_of(reply)
    click_answer(team, KARI, _button(reply, "cancel"), result)
    assert stored(team) == [] and customers(team) == []


def test_a_step_on_one_of_two_days_is_stored_on_the_one_picked(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    result, reply = _ask(
        team, KARI, "/logmeeting", "Orkla i dag, varm, neste møte i uke 24 eller 25"
    )
    days = [b["value"].rsplit("|", 1)[1] for b in buttons(reply)][:2]
    assert days == ["step:2027-06-14", "step:2027-06-21"], days
    click_answer(team, KARI, _button(reply, "step:2027-06-21"), result)
    [row] = stored(team)
    assert (row["customer"], row["kind"], row["date"]) == ("Orkla", "meeting", "2026-12-02")
    [lead] = leads(team)
    assert (lead.next_step, lead.next_step_due, lead.temperature) == (
        "møte",
        date(2027, 6, 21),
        "warm",
    )


def test_a_range_with_its_sign_at_both_ends_is_stored_at_the_end_picked(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={ALEX: "en-GB"})
    result, reply = _ask(team, ALEX, "/logoffer", "Aviva £20k-£25k")
    click_answer(team, ALEX, _button(reply, "range:low"), result)
    [row] = stored(team)
    assert (row["customer"], Decimal(str(row["amount"])), row["currency"], row["note"]) == (
        "Aviva",
        Decimal(20000),
        "GBP",
        "£20k-£25k",
    )
