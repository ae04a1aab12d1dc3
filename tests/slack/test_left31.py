"""left31, end to end as Slack sends it (Fri 18 Dec 2026): "Møte med Tine tirsdag 16." (the 16th
a Wednesday) said two days later was asked on Tuesday the 15th alone ("Record" stored it there, the
16th never offered). Now both days the seller may have meant are on buttons, the question says
why, and one click stores the meeting on the day picked, once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import (
    buttons,
    click,
    customers,
    leads,
    option,
    post,
    set_up_team,
    stored,
    text_of,
)

KARI = "U0KARI"
FRIDAY = datetime(2026, 12, 18, 13, 0, tzinfo=UTC)  # 14:00 in Oslo
FRIDAY_TS = "1797598800.000100"


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("text", "pick"),
    [
        ("Møte med Tine tirsdag 16.", "2026-12-16"),
        ("Møte med Tine i tirsdags d. 16. Bra møte", "2026-12-15"),
    ],
)
def test_a_held_records_clashing_day_offers_both_and_stores_the_one_clicked(  # type: ignore[no-untyped-def]
    slack, clock, text, pick
) -> None:
    clock.set(FRIDAY)
    team = set_up_team(slack)
    team.driver.command("/logcall", "Tine forrige fredag", KARI, "C0SALES").reply()
    before = len(stored(team))
    [asked] = post(team, text, FRIDAY_TS, user=KARI)
    labels = [b["text"]["text"] for b in buttons(asked.params)]
    assert any("16. des" in label for label in labels), labels
    assert any("15. des" in label for label in labels), labels
    said = text_of(asked.params)
    assert "Ukedagen og datoen du skrev er ikke samme dag" in said, said
    assert len(stored(team)) == before  # nothing stored before the click
    day = option(asked.params, f"day:{pick}")
    click(team, KARI, day, idle=True)
    click(team, KARI, day, idle=True)  # a double click stores it once
    rows = [r for r in stored(team) if r["source"] == "message"]
    assert [(r["kind"], r["customer"], r["date"]) for r in rows] == [("meeting", "Tine", pick)]


@pytest.mark.backends("sqlite")
def test_two_customers_on_a_clashing_day_each_offer_both_days(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """ "Møte med Tine og Kiwi tirsdag 16.": each asked with both days (was: each on Tue 15)."""
    clock.set(FRIDAY)
    team = set_up_team(slack)
    team.driver.command("/logcall", "Tine forrige fredag", KARI, "C0SALES").reply()
    team.driver.command("/logcall", "Kiwi forrige fredag", KARI, "C0SALES").reply()
    asked = post(team, "Møte med Tine og Kiwi tirsdag 16.", FRIDAY_TS, user=KARI)
    assert len(asked) == 2, asked
    for question in asked:
        labels = [b["text"]["text"] for b in buttons(question.params)]
        assert any("16. des" in label for label in labels), labels
        assert any("15. des" in label for label in labels), labels
    click(team, KARI, option(asked[0].params, "day:2026-12-16"), idle=True)
    click(team, KARI, option(asked[1].params, "day:2026-12-15"), idle=True)
    rows = sorted((r["customer"], r["date"]) for r in stored(team) if r["source"] == "message")
    assert rows == [("Kiwi", "2026-12-15"), ("Tine", "2026-12-16")], rows


@pytest.mark.backends("sqlite")
def test_a_booking_list_with_a_remark_plans_each_and_the_remark_is_no_customer(  # type: ignore[no-untyped-def]
    slack, clock
) -> None:
    """ "Booked mtgs w/ Aldi Thu and Lidl Fri Great week!" said on Tue 15 Dec: both planned,
    each on its day (Thu 17, Fri 18), one click each; the remark no customer."""
    clock.set(datetime(2026, 12, 15, 13, 0, tzinfo=UTC))
    team = set_up_team(slack)
    team.driver.command("/logcall", "Aldi forrige fredag", KARI, "C0SALES").reply()
    asked = post(
        team, "Booked mtgs w/ Aldi Thu and Lidl Fri Great week!", "1797339600.000100", user=KARI
    )
    assert len(asked) == 2, [text_of(a.params) for a in asked]
    for question in asked:
        plan = option(question.params, "plan")
        click(team, KARI, plan, idle=True)
        click(team, KARI, plan, idle=True)  # a double click plans it once
    due = sorted(str(lead.next_step_due) for lead in leads(team) if lead.next_step_due)
    assert due == ["2026-12-17", "2026-12-18"], due
    assert sorted(customers(team)) == ["Aldi", "Lidl"], customers(team)  # no "Great week"
    assert [r for r in stored(team) if r["source"] == "message"] == []  # a plan counts nothing
