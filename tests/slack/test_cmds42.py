"""Session 42, through the app: what held-out sellers typed that was stored wrong or not at all.
Commands: a greeting is no customer; a labelled step after a remark behind a dash is the lead's
step; a person at a company named first leaves the company the customer. Channel messages: a
colleague's talk and a message taken back record nothing; a done word before a weekday heading's
colon is that day's offer. The readings: tests/unit/test_parse_cmds42.py, test_capture42.py."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from tests.helpers import (
    buttons,
    channel_message,
    customers,
    leads,
    set_up_team,
    stored,
    text_of,
)

KARI = "U0KARI"
CHANNEL = "C0SALES"
FRIDAY = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)


def rows(team):  # type: ignore[no-untyped-def]
    return [(r["kind"], r["customer"], r["date"], r["note"]) for r in stored(team)]


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize("text", ["hi", "test", "ring tilbage senere"])
def test_a_greeting_or_a_call_to_make_is_refused_and_nothing_stored(slack, clock, text) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    reply = team.driver.command("/logcall", text, KARI, CHANNEL).reply()
    said = text_of(reply)
    assert "Hvilken kunde?" in said and "/logcall" in said, said
    assert buttons(reply) == [] and stored(team) == [] and customers(team) == []


def test_a_labelled_step_after_a_remark_behind_a_dash_is_the_leads_step(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    text = "Pandora A/S 3.12. – talte med Louise, varm. neste: møte på tirsdag"
    reply = team.driver.command("/logcall", text, KARI, CHANNEL).reply()
    assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"], text_of(reply)
    assert rows(team) == [("call", "Pandora A/S", "2026-12-03", "talte med Louise")]
    [lead] = leads(team)
    assert (lead.next_step, lead.next_step_due) == ("møte", date(2026, 12, 8))


@pytest.mark.backends("sqlite")
def test_a_person_at_a_company_named_first_is_the_note(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    reply = team.driver.command(
        "/logmeeting", "Kalle på Clas Ohlson igår, varm lead", KARI, CHANNEL
    ).reply()
    assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"], text_of(reply)
    assert rows(team) == [("meeting", "Clas Ohlson", "2026-12-03", "Kalle")]
    assert customers(team) == ["Clas Ohlson"]


@pytest.mark.parametrize(
    "text",
    [
        "Ola hadde et kjempebra møte med Equinor i dag",
        "Closed Greggs!! ...wait no that was the Q3 renewal, ignore me 😅",
    ],
)
def test_a_colleagues_talk_or_a_message_taken_back_records_nothing(slack, clock, text) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack, idle=True)
    assert team.driver.event(channel_message(text, ts="1764858600.000100")).status == 200
    team.wait_idle()
    assert stored(team) == []
    assert team.api.calls_to("chat.postEphemeral") == []
    assert team.api.calls_to("reactions.add") == []


@pytest.mark.backends("sqlite")
def test_a_done_word_before_a_weekday_headings_colon_is_that_days_offer(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack, idle=True)
    text = "Tilbud til Kiwi sendt mandag: 1,2 mio. kr. ekskl. moms."
    assert team.driver.event(channel_message(text, ts="1764858600.000200")).status == 200
    team.wait_idle()
    assert [(r["kind"], r["customer"], r["date"], r["amount"]) for r in stored(team)] == [
        ("offer", "Kiwi", "2026-11-30", Decimal("1200000"))
    ]
