"""Session 25 (readers25), through the app:
- "Møte med Tine, følger opp fredag kl 10" in the channel stored the step without its time
  ("samtale"): kept, in the seller's words ("samtale kl 10"), as /logmeeting keeps it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, leads, post, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
THURSDAY_TS = "1764752400.000100"  # 3 Dec 2026, 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)  # never the real clock
    return set_up_team(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_step_s_time_in_a_channel_message_is_kept(team) -> None:  # type: ignore[no-untyped-def]
    post(team, "Møte med Tine, følger opp fredag kl 10", THURSDAY_TS, user=KARI)
    [lead] = leads(team)
    # the time in the lead's own column (nudge25), the step's words without it
    assert (lead.next_step, str(lead.next_step_due), str(lead.next_step_time)) == (
        "samtale",
        "2026-12-04",
        "10:00:00",
    )
    assert [(r["kind"], r["customer"], r["date"]) for r in stored(team)] == [
        ("meeting", "Tine", "2026-12-03")
    ]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "customer", "label"),
    [
        ("ringte Tine mandag og onsdag", "Tine", "Logg 2 samtaler med Tine"),
        ("called Tesco Mon and Wed", "Tesco", "Logg 2 samtaler med Tesco"),
    ],
)
def test_one_talk_on_two_days_is_stored_with_one_click(  # type: ignore[no-untyped-def]
    team, text: str, customer: str, label: str
) -> None:
    notes = post(team, text, THURSDAY_TS, user=KARI)
    assert stored(team) == [], [text_of(n.params) for n in notes]  # nothing before the click
    [days] = [b for n in notes for b in buttons(n.params) if b["value"].endswith("|days")]
    assert days["text"]["text"].replace("\xa0", " ").startswith(label), days
    assert "man. 30. nov. og ons. 2. des." in days["text"]["text"].replace("\xa0", " "), days
    click(team, KARI, days, idle=True)
    click(team, KARI, days, idle=True)  # a double click stores them once
    got = [(r["kind"], r["customer"], r["date"], r["source"]) for r in stored(team)]
    assert got == [
        ("call", customer, "2026-11-30", "message"),
        ("call", customer, "2026-12-02", "message"),
    ], got
