"""Session 20's probe of /kpi and /teamstatus through Slack (Tuesday 1 December 2026, week 49):
once per new flow of what tests/unit/test_kpi_phrasings20.py reads. Each was read as something
else before: "/teamstatus 12/1" as next January's week ("has not come yet"), "/kpi away om to
uker" as one day two weeks ahead, "/kpi plan nästa vecka" as this quarter's plan with the words
dropped, "/kpi goal møter +2" as a goal of two meetings."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from storage.models import AwayPeriod, Goal
from tests.helpers import buttons, click, said_at, set_up_team, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
TUESDAY = "2026-12-01T09:00:00"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    """#sales, set up on Mon 15 Dec 2025; Kari its manager, everyone reading English."""
    set_up_team(slack, clock=clock, at="2025-12-15T09:00:00", idle=True, reset=False)
    for user in (KARI, LARS):
        said_at(slack, clock, "2025-12-15T09:00:00", user, "/kpi", "language en", CHANNEL)
    slack.api.reset()
    return slack


def _periods(slack) -> list[tuple[date, date]]:  # type: ignore[no-untyped-def]
    with slack.engine.connect() as conn:
        rows = conn.execute(select(AwayPeriod.starts_on, AwayPeriod.ends_on)).all()
    return sorted((a, b) for a, b in rows)


@pytest.mark.backends("sqlite")  # reading only
def test_a_day_without_a_year_is_the_latest_week_begun(team, clock) -> None:  # type: ignore[no-untyped-def]
    slack = team
    said_at(slack, clock, "2026-01-12T10:00:00", LARS, "/logmeeting", "Tine varm")
    said = said_at(slack, clock, TUESDAY, KARI, "/teamstatus", "12/1")  # was: 2027-W02
    assert "Week 3, Mon 12 Jan 2026 – Sun 18 Jan 2026" in said and "not come" not in said, said
    said = said_at(slack, clock, TUESDAY, KARI, "/teamstatus", "romjula")  # was: not a week
    assert "Week 1, Mon 29 Dec 2025 – Sun 4 Jan 2026" in said, said
    said = said_at(slack, clock, TUESDAY, KARI, "/teamstatus", "28.11.2025")  # a year said
    assert "Week 48 of 2025 (2025-W48) ended before this team was set up" in said, said
    said = said_at(slack, clock, TUESDAY, KARI, "/teamstatus", "Lars' forrige uke")
    assert "*Lars*" in said and "Week 48" in said, said  # was: not a week
    said = said_at(slack, clock, TUESDAY, KARI, "/teamstatus", "neste uke")  # as before
    assert "Week 50 of 2026 (2026-W50) has not come yet" in said, said


def test_in_two_weeks_is_asked_as_that_week(team, clock) -> None:  # type: ignore[no-untyped-def]
    slack = team
    clock.set(datetime.fromisoformat(TUESDAY).replace(tzinfo=UTC))
    asked = slack.driver.command("/kpi", "away om to uker", LARS, CHANNEL).reply()
    said = text_of(asked)
    assert "Which days are you away (“om to uker”)?" in said, said  # was: Only Tue 15 Dec
    (week,) = buttons(asked)
    assert week["text"]["text"] == "Mon 14 Dec 2026 – Sun 20 Dec 2026", week
    assert _periods(slack) == []  # nothing stored until chosen
    done = click(slack, LARS, week, idle=True).reply()
    assert "Mon 14 Dec 2026" in text_of(done), done
    assert _periods(slack) == [(date(2026, 12, 14), date(2026, 12, 20))]
    said_at(slack, clock, TUESDAY, LARS, "/kpi", "away i to uker fra 4.1")  # was: refused
    assert _periods(slack)[-1] == (date(2027, 1, 4), date(2027, 1, 17))


@pytest.mark.backends("sqlite")  # refusals: nothing stored
def test_words_are_read_or_said(team, clock) -> None:  # type: ignore[no-untyped-def]
    slack = team
    said = said_at(slack, clock, TUESDAY, LARS, "/kpi", "plan nästa vecka")  # was: this plan
    assert "`/kpi plan` takes no period" in said and "“nästa vecka”" in said, said
    assert "Your plan" not in said, said
    said = said_at(slack, clock, TUESDAY, KARI, "/kpi", "goal møter +2")  # was: 2 a week
    assert "“+2” changes a goal rather than sets one" in said, said
    said = said_at(slack, clock, TUESDAY, KARI, "/kpi", "earse <@U0LARS>")  # was: erase asked
    assert "Erase everything" not in said and "I don't know" in said, said
    with slack.engine.connect() as conn:
        assert conn.execute(select(Goal.kpi)).all() == []  # nothing stored by the refusals
    # /kpi managers with a word it does not take: said (was: the list, the words dropped)
    said = said_at(slack, clock, TUESDAY, KARI, "/kpi", "managers <@U0LARS>")
    assert "is not something I do with managers" in said, said
    said = said_at(slack, clock, TUESDAY, KARI, "/kpi", "managers ad <@U0LARS>")  # was: list
    assert "<@U0LARS> is now a manager of this team" in said, said
    said = said_at(slack, clock, TUESDAY, KARI, "/kpi", "managers delete <@U0LARS>")  # list
    assert "<@U0LARS> is no longer a manager of this team" in said, said
    # One person's view with two mentioned: said (was: the first shown, the second dropped)
    said = said_at(slack, clock, TUESDAY, KARI, "/teamstatus", "<@U0METTE> <@U0LARS>")
    assert "is about one person at a time, and 2 were mentioned" in said, said
    # A goal for two sellers mentioned is each one's (was: the second dropped unsaid).
    said = said_at(slack, clock, TUESDAY, KARI, "/kpi", "goal <@U0METTE> <@U0LARS> møter 8")
    assert "<@U0METTE>: Meetings 8 per week" in said, said
    assert "<@U0LARS>: Meetings 8 per week" in said, said
