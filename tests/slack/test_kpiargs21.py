"""kpiargs21's /kpi and /teamstatus words, as Slack sends them: Nynorsk asked for (answered in
Bokmål, said so), a Christmas holiday's week, "til jul" and a school holiday away."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.helpers import SALES_CHANNEL, buttons
from tests.helpers import said_at as _say
from tests.slack.test_joins18 import KARI, LARS, _team


def test_nynorsk_christmas_days_and_school_holidays(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, KARI, LARS)
    said = _say(slack, clock, "2026-12-01T09:00:00", LARS, "/kpi", "språk nynorsk")
    assert "kpibot skriver ikke nynorsk ennå, så det skriver bokmål" in said, said  # was: unknown
    assert "Jeg skriver til deg på norsk (bokmål)" in said, said
    clock.set(datetime(2026, 12, 1, 9, 1, tzinfo=UTC))
    asked = slack.driver.command("/kpi", "away vinterferien", LARS, SALES_CHANNEL).reply()
    weeks = [b["text"]["text"] for b in buttons(asked)]  # session 23: the weeks, a button each
    assert weeks == [
        "man. 15. feb. 2027 – søn. 21. feb. 2027",
        "man. 22. feb. 2027 – søn. 28. feb. 2027",
        "man. 1. mars 2027 – søn. 7. mars 2027",
    ], weeks
    clock.set(datetime(2026, 12, 1, 9, 2, tzinfo=UTC))
    asked = slack.driver.command("/kpi", "away til jul", LARS, SALES_CHANNEL).reply()
    shown = [b["text"]["text"] for b in buttons(asked)]  # was: "jul" is no day
    assert shown == [
        "tir. 1. des. 2026 – ons. 23. des. 2026",
        "tir. 1. des. 2026 – tor. 24. des. 2026",
    ], shown
    week = _say(slack, clock, "2026-12-28T09:00:00", KARI, "/teamstatus", "annandag jul")
    assert "Uke 52" in week or "Week 52" in week, week  # was: longer than a week
