"""mendG31, end to end as Slack sends it (Wed 2 Dec 2026): an unanswered call in a channel message
is asked as a call (the lead, session 31; was dropped in silence), one click stores it once with
the words that say nobody answered as its note, "twice" two calls."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import click, option, post, set_up_team, stored

KARI = "U0KARI"
WEDNESDAY = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)  # 14:00 in Oslo


@pytest.mark.backends("sqlite")
def test_an_unanswered_call_is_asked_and_one_click_stores_it_with_its_note(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    team.driver.command("/logcall", "Tine", KARI, "C0SALES").reply()
    before = len(stored(team))
    [asked] = post(team, "Ringte Tine i går, fikk ikke svar", "1796230000.000100", user=KARI)
    assert len(stored(team)) == before  # asked, nothing stored unasked
    record = option(asked.params, "record")
    click(team, KARI, record, idle=True)
    click(team, KARI, record, idle=True)  # a double click stores it once
    rows = [r for r in stored(team) if r["source"] == "message"]
    assert [(r["kind"], r["customer"], r["date"], r["note"]) for r in rows] == [
        ("call", "Tine", "2026-12-01", "fikk ikke svar")
    ], rows

    [twice] = post(team, "Called Kiwi twice today, no answer", "1796230000.000200", user=KARI)
    click(team, KARI, option(twice.params, "record"), idle=True)
    rows = [r for r in stored(team) if r["source"] == "message"]
    assert len(rows) == 3, rows
    # the first keeps the words, the repeat none (as /logcall's "2 ganger" stores them)
    assert [(r["customer"], r["note"]) for r in rows[1:]] == [
        ("Kiwi", "no answer"),
        ("Kiwi", None),
    ], rows
