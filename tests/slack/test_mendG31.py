"""mendG31, end to end as Slack sends it (Wed 2 Dec 2026): an unanswered call in a channel message
is asked as a call (the lead, session 31; was dropped in silence), one click stores it once with
the words that say nobody answered as its note, "twice" two calls. A win the author says they won
with a colleague of the team is asked (was stored at once as the author's whole win): "Log as my
win" stores it once, "It's Lars's" stores nothing and says Lars can log it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, option, post, set_up_team, stored, text_of

KARI, LARS = "U0KARI", "U0LARS"
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


@pytest.mark.backends("sqlite")
def test_a_win_won_with_a_colleague_is_asked_whose_it_is_to_log(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    [asked] = post(team, "Lars og jeg vant Kiwi 500k", "1796230000.000300", user=KARI)
    assert stored(team) == []  # never stored unasked (was Kari's whole win at once)
    labels = [b["text"]["text"] for b in buttons(asked.params)]
    assert labels == ["Logg som min seier", "Den er Lars sin", "Ikke et salg"], labels
    assert "*Lars*" in text_of(asked.params)
    theirs = option(asked.params, "theirs")
    answered = click(team, KARI, theirs, idle=True)
    assert "Lars" in text_of(answered.reply()) and "/logwin" in text_of(answered.reply())
    click(team, KARI, theirs, idle=True)  # a double click stores nothing either
    assert stored(team) == []

    [mine] = post(team, "Jeg og Lars vant Tine 300k", "1796230000.000400", user=KARI)
    record = option(mine.params, "record")
    click(team, KARI, record, idle=True)
    click(team, KARI, record, idle=True)  # stored once
    rows = stored(team)
    assert [(r["seller"], r["kind"], r["customer"], r["amount"]) for r in rows] == [
        (KARI, "win", "Tine", 300_000)
    ], rows

    # someone who is no member of the team: the usual question (Record / Edit / Not a sale)
    [other] = post(team, "Jeg og Per vant Kiwi 200k", "1796230000.000500", user=KARI)
    assert not any(b["value"].endswith("|theirs") for b in buttons(other.params))
