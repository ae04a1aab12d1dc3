"""Public holidays end to end (holidays19): the digest and summaries of the week of Ascension Day
2027 for a Norwegian team, and a Swedish seller in it whose Whit Monday is a working day."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from tests.helpers import said_at as _say
from tests.helpers import set_up_team, text_of
from tests.slack.test_digest import _jobs

KARI, LARS = "U0KARI", "U0LARS"  # Oslo and Stockholm (bot.offline.harness)
CHANNEL = "C0SALES"


@pytest.mark.backends("sqlite")  # PostgreSQL: the digest tests
def test_ascension_day_and_whit_monday_are_no_working_days_where_they_are_holidays(
    slack, clock, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Was: in the week of Ascension Day (Thu 6 May 2027) Kari's goal of 5 meetings a week stayed
    5, so 4 meetings in its 4 working days read as short of it, and the summary's warm-lead advice
    read as if about today. Now the week's goal is 4 for both (Ascension Day is a holiday in
    Norway and Sweden), and in the week of Whit Monday (17 May: Norway's, not Sweden's) Kari's
    goal is 4 and Lars's 5."""
    from bot.rendering import chart

    monkeypatch.setattr(chart, "draw", lambda points, labels, title: b"\x89PNG\r\n\x1a\n")
    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.api.channel_members[CHANNEL] = [KARI, LARS]
    set_up_team(slack, clock=clock, at="2027-04-26T08:00:00", idle=True, reset=False)
    _say(slack, clock, "2027-04-26T08:01:00", KARI, "/kpi", "goal meetings 5 per week")
    for day, customer in (("03", "Equinor varm"), ("04", "Telenor"), ("05", "DNB"), ("07", "Tine")):
        _say(slack, clock, f"2027-05-{day}T09:00:00", KARI, "/logmeeting", customer)
    _say(slack, clock, "2027-05-04T10:00:00", LARS, "/logmeeting", "Volvo")
    slack.api.reset()
    with freeze_time("2027-05-10T07:00:00Z"):
        _jobs(slack).tick()
    posts = slack.api.calls_to("chat.postMessage")
    [digest] = [c for c in posts if c.params["channel"] == CHANNEL]
    text = text_of(digest.params)
    assert text.startswith("Week 18 · kpibot"), text
    assert "Meetings: *5* / 8 " in text, text  # the team's line: 4 + 4 for a 4-day week
    summaries = {
        c.params["channel"]: text_of(c.params)
        for c in posts
        if text_of(c.params).startswith("Your week 18")
    }
    kari = summaries[KARI]
    assert "Meetings: *4* / 4 " in kari, kari
    assert "At the end of week 18, 1 warm lead had no next step." in kari, kari
    assert "has no next step yet" not in kari, kari
    assert "Meetings: *1* / 4 " in summaries[LARS], summaries[LARS]

    # The week of Whit Monday (Mon 17 May): a holiday for Kari, a working day for Lars.
    _say(slack, clock, "2027-05-18T09:00:00", LARS, "/logmeeting", "Scania")
    shown = _say(slack, clock, "2027-05-24T09:00:00", KARI, "/teamstatus", "2027-W20")
    assert "Meetings: *1* / 9 " in shown, shown  # Kari's 4 and Lars's 5
