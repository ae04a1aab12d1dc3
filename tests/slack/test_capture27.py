"""End to end, as Slack sends it (session 27, the clock set; Kari reads Norwegian): a Friday
status line that counts the work and lists the customers ("Status fredag: 3 møter (Orkla, Tine,
Kiwi), 1 tilbud Bama 250k. God helg!") recorded nothing. Now each customer is asked, and each
Record stores one activity for that customer, none twice. The readings:
tests/unit/test_capture_left27.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
FRIDAY = datetime(2026, 12, 4, 14, 0, tzinfo=UTC)  # 15:00 in Oslo
FRIDAY_TS = "1796392800.000100"
STATUS = "Status fredag: 3 møter (Orkla, Tine, Kiwi), 1 tilbud Bama 250k. God helg!"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    return set_up_team(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_each_customer_is_asked_and_each_record_stores_one_activity(team) -> None:  # type: ignore[no-untyped-def]
    # Session 24 (conv24): every customer in ONE question ("Record all 4?"), one click
    [note] = post(team, STATUS, FRIDAY_TS, user=KARI)
    said = text_of(note.params)
    for customer in ("Orkla", "Tine", "Kiwi", "Bama"):
        assert said.count(f"*{customer}*") == 1, said
    assert stored(team) == []  # nothing stored unasked: every name is new to the team
    [record_all] = [b for b in buttons(note.params) if b["value"].endswith("|record_all")]
    click(team, KARI, record_all, idle=True)
    click(team, KARI, record_all, idle=True)  # a double click stores nothing twice
    got = sorted((r["kind"], r["customer"], r["date"]) for r in stored(team))
    assert got == [
        ("meeting", "Kiwi", "2026-12-04"),
        ("meeting", "Orkla", "2026-12-04"),
        ("meeting", "Tine", "2026-12-04"),
        ("offer", "Bama", "2026-12-04"),
    ], got
    [offer] = [r for r in stored(team) if r["kind"] == "offer"]
    assert offer["amount"] in ("250000", "250000.00", 250000), offer


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_weekly_count_asks_each_customer_and_records_one_meeting_each_on_the_weeks_monday(
    team,
) -> None:  # type: ignore[no-untyped-def]
    # was: Scania asked as one of the four calls, both on Friday; session 24 (conv24): one
    # question, the week's Monday said to be no day given
    [note] = post(team, "Veckans siffror: 4 samtal, 2 möten (Volvo, Scania)", FRIDAY_TS, user=KARI)
    said = text_of(note.params)
    assert stored(team) == []  # asked, never stored unasked
    [record_all] = [b for b in buttons(note.params) if b["value"].endswith("|record_all")]
    click(team, KARI, record_all, idle=True)
    got = sorted((r["kind"], r["customer"], r["date"]) for r in stored(team))
    assert got == [("meeting", "Scania", "2026-11-30"), ("meeting", "Volvo", "2026-11-30")], got
    assert said.count("(") >= 2, said  # each row: "(date not given)"
