"""Session 39, through the app: a call whose words book the next talk in two words ("/logcall
Orkla, ble enige om møte 10.12", "satte opp møte", "set up a meeting", "agreed a meeting",
"confirmed a demo") is logged today with that talk as the lead's next step (was: refused as a
call dated ahead, or asked with the first word unread)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import buttons, leads, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("customer", "words", "due"),
    [
        ("Orkla", "ble enige om møte 10.12", date(2026, 12, 10)),
        ("Tine", "satte opp møte 10.12", date(2026, 12, 10)),
        ("Boots", "set up a meeting for 10/12", date(2026, 12, 10)),
        ("Greggs", "agreed a meeting on 10/12", date(2026, 12, 10)),
        ("Tesco", "confirmed a demo for Friday", date(2026, 12, 4)),
    ],
)
def test_a_talk_booked_in_two_words_is_the_calls_next_step(
    slack, clock, customer, words, due
) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    reply = team.driver.command("/logcall", f"{customer}, {words}", KARI, CHANNEL).reply()
    assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"], text_of(reply)
    assert [(r["kind"], r["customer"], r["date"]) for r in stored(team)] == [
        ("call", customer, "2026-12-03")
    ]
    assert [lead.next_step_due for lead in leads(team)] == [due]


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("text", "customer"),
    [
        # was: a new customer "tillbaka till Scania"
        ("ringde tillbaka till Scania", "Scania"),
        # were asked about "back", "tilbake", "called back" as words not read
        ("called Boots back", "Boots"),
        ("ringte Tine tilbake", "Tine"),
        ("Greggs, called back", "Greggs"),
    ],
)
def test_a_call_returned_is_the_customers_call(slack, clock, text, customer) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    reply = team.driver.command("/logcall", text, KARI, CHANNEL).reply()
    assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"], text_of(reply)
    assert [(r["kind"], r["customer"]) for r in stored(team)] == [("call", customer)]


@pytest.mark.backends("sqlite")
def test_their_coming_back_stays_the_note(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    team = set_up_team(slack)
    team.driver.command("/logcall", "Vodafone, he'll come back to me Friday", KARI, CHANNEL)
    assert [(r["customer"], r["note"]) for r in stored(team)] == [
        ("Vodafone", "he'll come back to me Friday")
    ]
