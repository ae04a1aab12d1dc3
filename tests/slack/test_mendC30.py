"""mendC30, end to end as Slack sends it (Tue 1 Dec 2026): "Ringer Orkla igjen tirsdag 16." (the
16th a Wednesday) asks which day, both on buttons; one click plans the call on the day picked
(was: planned on Tue 8 Dec, a day nobody said). A held meeting with such a next step is stored
once, its step on the day picked."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, leads, option, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 13, 0, tzinfo=UTC)  # 14:00 in Oslo


@pytest.mark.backends("sqlite")
def test_a_clashing_day_is_asked_and_one_click_plans_it(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    team = set_up_team(slack)
    team.driver.command("/logcall", "Orkla", KARI, "C0SALES").reply()
    team.driver.command("/logmeeting", "Lego forrige fredag", KARI, "C0SALES").reply()
    before = len(stored(team))
    [asked] = post(team, "Ringer Orkla igjen tirsdag 16.", "1796140000.000100", user=KARI)
    labels = [b["text"]["text"] for b in buttons(asked.params)]
    assert any("16. des" in label for label in labels), labels
    assert any("15. des" in label for label in labels), labels
    assert not any("8. des" in text_of(asked.params) or "8. des" in lb for lb in labels)
    pick = option(asked.params, "on:2026-12-16")
    click(team, KARI, pick, idle=True)
    click(team, KARI, pick, idle=True)  # a double click plans nothing twice
    assert len(stored(team)) == before  # a plan counts nothing
    orkla = [lead for lead in leads(team) if lead.next_step_due is not None]
    assert [str(lead.next_step_due) for lead in orkla] == ["2026-12-16"]

    # a held meeting whose next step's weekday and date disagree: stored once, on the click
    [held] = post(
        team, "Møde med Lego, vi ringer igen tirsdag d. 9.", "1796140000.000200", user=KARI
    )
    assert len(stored(team)) == before  # nothing stored before the click
    step = option(held.params, "on:2026-12-08")
    click(team, KARI, step, idle=True)
    click(team, KARI, step, idle=True)  # stored once
    rows = [r for r in stored(team) if r["source"] == "message"]
    assert [(r["kind"], r["customer"]) for r in rows] == [("meeting", "Lego")], rows
    due = sorted(str(lead.next_step_due) for lead in leads(team) if lead.next_step_due)
    assert due == ["2026-12-08", "2026-12-16"], due
