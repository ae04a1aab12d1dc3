"""booked30, end to end as Slack sends it (the clock set on Wed 2 Dec 2026): a quick update that
counts calls with no customer and books two meetings plans each meeting on its own day and says
the calls are not counted (was: a call to Aldi last Thursday, asked; nothing said of the calls)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import post, set_up_team, stored, text_of

KARI = "U0KARI"
WEDNESDAY = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)  # 14:00 in Oslo


@pytest.mark.backends("sqlite")
def test_two_meetings_booked_are_planned_and_the_calls_told_not_counted(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locale="en-GB")
    for customer in ("Aldi", "Lidl"):
        team.driver.command("/logcall", customer, KARI, "C0SALES").reply()
    text = "Quick update: 5 calls done, 2 mtgs booked (Aldi Thu, Lidl Fri)"
    notes = [text_of(n.params) for n in post(team, text, "1796220000.000100", user=KARI)]
    assert any("Aldi" in n for n in notes) and any("Lidl" in n for n in notes), notes
    assert not any("26 Nov" in n or "Thursday 26" in n for n in notes), notes
    assert any("5 calls in your message were not counted" in n for n in notes), notes
    assert [r for r in stored(team) if r["source"] == "message"] == []
