"""`/kpi away fredag` (session 18's probe, Monday 30 Nov 2026): one coming day said alone was
stored as away from today until that day, so a seller taking Friday off lost Monday to Thursday
from their goals (a meetings goal of 10 shown as 0 for the week, the quarter's revenue goal cut).
A day alone is that day as often as "until then": now asked with two buttons, nothing stored
until the seller chooses; "til fredag" is still until then, unasked."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from storage.models import AwayPeriod
from tests.helpers import buttons, click, set_up_team, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    set_up_team(slack, clock=clock, at=MONDAY, reset=False)
    slack.driver.command("/kpi", "language en", LARS, CHANNEL).reply()
    slack.api.reset()
    return slack


def _periods(slack) -> list[tuple[date, date]]:  # type: ignore[no-untyped-def]
    with slack.engine.connect() as conn:
        rows = conn.execute(select(AwayPeriod.starts_on, AwayPeriod.ends_on)).all()
    return sorted((a, b) for a, b in rows)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_day_alone_is_asked_and_stored_as_chosen(team) -> None:  # type: ignore[no-untyped-def]
    slack = team
    asked = slack.driver.command("/kpi", "away Friday", LARS, CHANNEL).reply()
    assert "Away on Fri 4 Dec 2026 only, or from today until then?" in text_of(asked), asked
    only, until = buttons(asked)
    assert only["text"]["text"] == "Only Fri 4 Dec 2026"
    assert until["text"]["text"] == "From today to Fri 4 Dec 2026"
    assert _periods(slack) == []  # nothing stored until the seller chooses

    said = click(slack, LARS, only, idle=True).reply()
    assert "You will be away on Fri 4 Dec 2026." in text_of(said), said
    assert _periods(slack) == [(date(2026, 12, 4), date(2026, 12, 4))]
    # Four working days of five left: the week's meetings goal (10) is 8, not 0.
    mine = text_of(slack.driver.command("/kpi", "", LARS, CHANNEL).reply())
    assert "Meetings: *0* / 8" in mine, mine

    # A second click (a double click, or the other client) leaves one period.
    click(slack, LARS, only, idle=True).reply()
    assert _periods(slack) == [(date(2026, 12, 4), date(2026, 12, 4))]


def test_from_today_until_the_day_and_until_said_unasked(team) -> None:  # type: ignore[no-untyped-def]
    slack = team
    asked = slack.driver.command("/kpi", "away i morgen", LARS, CHANNEL).reply()
    said = click(slack, LARS, buttons(asked)[1], idle=True).reply()
    assert "You are away until Tue 1 Dec 2026." in text_of(said), said
    assert _periods(slack) == [(date(2026, 11, 30), date(2026, 12, 1))]
    # "until" said: no question.
    said = slack.driver.command("/kpi", "away til fredag", LARS, CHANNEL).reply()
    assert not buttons(said) and "You are away until Fri 4 Dec 2026." in text_of(said), said
    assert _periods(slack) == [(date(2026, 11, 30), date(2026, 12, 4))]


def test_a_forged_button_value_stores_nothing(team) -> None:  # type: ignore[no-untyped-def]
    slack = team
    for value in ("2026-12-04", "2026-12-09:2026-12-04", "1999-01-01:1999-01-02", "x:y"):
        said = click(slack, LARS, {"action_id": "away_one_day", "value": value}, idle=True).reply()
        assert text_of(said).startswith(":warning:"), (value, said)
    assert _periods(slack) == []


def test_plan_and_callday_for_a_colleague_named_without_at(team) -> None:  # type: ignore[no-untyped-def]
    # "/kpi plan lars" showed the manager's own plan: the name was dropped unsaid.
    slack = team
    slack.driver.command("/kpi", "language en", KARI, CHANNEL).reply()
    plan = text_of(slack.driver.command("/kpi", "plan lars", KARI, CHANNEL).reply())
    assert "Lars's plan" in plan, plan
    callday = text_of(slack.driver.command("/kpi", "callday Lars", KARI, CHANNEL).reply())
    assert "Call day for Lars" in callday, callday
    # A seller names a colleague: refused, as with an @mention (no colleague's figures).
    said = text_of(slack.driver.command("/kpi", "plan kari", LARS, CHANNEL).reply())
    assert said.startswith(":warning:") and "Kari's plan" not in said, said
    # A period is no person, and no period the plan takes: said (kpiargs20; was: the
    # requester's own plan, the words dropped unsaid).
    own = text_of(slack.driver.command("/kpi", "plan neste kvartal", LARS, CHANNEL).reply())
    assert "`/kpi plan` takes no period" in own, own


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_my_data_in_two_words(team) -> None:  # type: ignore[no-untyped-def]
    slack = team
    slack.driver.command("/logmeeting", "Tine", LARS, CHANNEL).reply()
    said = text_of(slack.driver.command("/kpi", "mine data", LARS, CHANNEL).reply())
    assert "CSV" in said, said  # was "I don't understand “mine data”"
