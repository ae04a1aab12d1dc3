"""heldmsg32, end to end as Slack sends it (Wed 2 Dec 2026): a call nobody answered, said without
a call verb ("Didn't reach Tesco, left a voicemail", "Fikk ikke tak i Orkla i går"), is asked as a
call (the lead's decision, session 31; was dropped in silence), the question showing the note it
will be stored with; one click stores it once, the customer never taking the no-answer words."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from tests.helpers import click, leads, option, post, set_up_team, stored, text_of

KARI = "U0KARI"
WEDNESDAY = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)  # 14:00 in Oslo


@pytest.mark.backends("sqlite")
def test_a_call_not_got_through_is_asked_with_its_note_and_stored_once(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    [asked] = post(team, "Didn't reach Tesco, left a voicemail", "1796230000.000100", user=KARI)
    assert stored(team) == []  # asked, nothing stored unasked
    assert "?\n• Notat: left a voicemail" in text_of(
        asked.params
    )  # the note on its own line (Kari: nb)
    record = option(asked.params, "record")
    click(team, KARI, record, idle=True)
    click(team, KARI, record, idle=True)  # a double click stores it once
    rows = [(r["kind"], r["customer"], r["date"], r["note"]) for r in stored(team)]
    assert rows == [("call", "Tesco", "2026-12-02", "left a voicemail")], rows

    [asked] = post(team, "Fikk ikke tak i Orkla i går", "1796230000.000200", user=KARI)
    click(team, KARI, option(asked.params, "record"), idle=True)
    rows = [(r["kind"], r["customer"], r["date"], r["note"]) for r in stored(team)]
    assert sorted(rows) == [
        ("call", "Orkla", "2026-12-01", "fikk ikke tak i"),
        ("call", "Tesco", "2026-12-02", "left a voicemail"),
    ], rows


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        ("Met Tesco today, went well, follow up 2 wks", "follow up", date(2026, 12, 16)),
        ("Møte med Tine i dag, neste steg uke 51", "follow-up", date(2026, 12, 18)),
    ],
)
def test_a_step_in_weeks_from_today_is_the_leads_next_step(  # type: ignore[no-untyped-def]
    slack, clock, text, what, due
) -> None:
    # heldmsg32: "follow up 2 wks" and "neste steg uke 51" were dropped in silence
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    team.driver.command("/logcall", "Tesco", KARI, "C0SALES").reply()
    team.driver.command("/logcall", "Tine", KARI, "C0SALES").reply()
    post(team, text, "1796230000.000300", user=KARI)
    rows = [(r["kind"], r["date"]) for r in stored(team) if r["source"] == "message"]
    assert rows == [("meeting", "2026-12-02")], rows
    [lead] = [lead for lead in leads(team) if lead.next_step is not None]
    assert (lead.next_step, lead.next_step_due) == (what, due)
