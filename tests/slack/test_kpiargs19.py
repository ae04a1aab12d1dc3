"""Session 19's probe of /kpi, /teamstatus and the log form's amount field, through Slack
(Monday 30 Nov 2026, week 49): once per family of what tests/unit/test_kpi_phrasings19.py reads.
Each was read as something else before: summer weeks stored as this week, a day off read as a
request for next week's figures, a goal typo answered with help, a month or a week before the
team answered with a table of zeros or "not a week", "1,5" in the amount field stored as NOK 1.50."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from storage.models import AwayPeriod, Goal
from tests.helpers import count_rows, set_up_team, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
MONDAY = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    set_up_team(slack, clock=clock, at=MONDAY, reset=False)
    for user in (KARI, LARS):
        slack.driver.command("/kpi", "language en", user, CHANNEL).reply()
    slack.api.reset()
    return slack


def _say(slack, user: str, command: str, text: str) -> str:  # type: ignore[no-untyped-def]
    reply = slack.driver.command(command, text, user, CHANNEL).reply()
    slack.wait_idle()
    return text_of(reply)


def _periods(slack) -> list[tuple[date, date]]:  # type: ignore[no-untyped-def]
    with slack.engine.connect() as conn:
        rows = conn.execute(select(AwayPeriod.starts_on, AwayPeriod.ends_on)).all()
    return sorted((a, b) for a, b in rows)


@pytest.mark.backends("sqlite")  # reading only: the stores are the suite's own
def test_away_and_goal_words_as_typed(team) -> None:  # type: ignore[no-untyped-def]
    slack = team
    said = _say(slack, LARS, "/kpi", "ferie uke 28-30")  # was: 30 Nov to 6 Dec stored
    assert _periods(slack) == [(date(2027, 7, 12), date(2027, 8, 1))], said
    said = _say(slack, LARS, "/kpi", "fri neste uke")  # was: "Week 50 has not come yet"
    assert (date(2026, 12, 7), date(2026, 12, 13)) in _periods(slack), said
    said = _say(slack, LARS, "/kpi", "borte mandag til onsdag uke 2")  # was: from this Monday
    assert (date(2027, 1, 11), date(2027, 1, 13)) in _periods(slack), said
    said = _say(slack, KARI, "/kpi", "gaol meetings 12/week")  # was: help
    with slack.engine.connect() as conn:
        goals = conn.execute(select(Goal.kpi, Goal.target, Goal.period)).all()
    assert [(k, int(t), p) for k, t, p in goals] == [("meetings", 12, "week")], said


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_period_teamstatus_cannot_show_is_said_as_such(team) -> None:  # type: ignore[no-untyped-def]
    slack = team
    # was: "“Q4” is not a week I can read." (goals21: Q1, ended, names the week it ended in)
    said = _say(slack, KARI, "/teamstatus", "Q4")
    assert "“Q4” is longer than a week: `/teamstatus` shows one week at a time" in said, said
    said = _say(slack, KARI, "/teamstatus", "2026-W40")  # was: a table of zeros
    assert "Week 40 of 2026 (2026-W40) ended before this team was set up on Mon 30 Nov" in said
    assert ":warning:" not in said and "Meetings" not in said, said  # an answer, no table
    # Work logged late for a day before the team: that week is shown.
    _say(slack, LARS, "/logmeeting", "Tine 2026-10-01")
    said = _say(slack, KARI, "/teamstatus", "2026-W40")
    assert "Week 40" in said and "before this team" not in said, said
    said = _say(slack, LARS, "/kpi", "forrige måned")  # was: the help, "I don't understand"
    # session 21: was "is no week I can read" (tests/slack/test_lead21_kpi_month.py)
    assert "is longer than a week" in said and "2026-Q4" in said, said


@pytest.mark.backends("sqlite")
def test_a_bare_small_number_in_the_form_is_asked_for_in_full(team) -> None:  # type: ignore[no-untyped-def]
    slack = team
    view = {**slack.driver.command("/logoffer", "", LARS, CHANNEL).opened_view(), "id": "V0K19"}
    values = {
        "customer": {
            "customer_input": {
                "type": "external_select",
                "selected_option": {
                    "text": {"type": "plain_text", "text": "Tine"},
                    "value": "Tine",
                },
            }
        },
        "date": {"date_picker": {"type": "datepicker", "selected_date": "2026-11-30"}},
        "amount": {"amount_input": {"type": "plain_text_input", "value": "1,5"}},
        "note": {"note_input": {"type": "plain_text_input", "value": None}},
    }
    answer = slack.driver.submit_view(LARS, view, values).json()  # was: NOK 1.50 stored
    assert answer["response_action"] == "errors", answer
    assert "“1,5” is too small for a deal" in answer["errors"]["amount"], answer
    assert count_rows(slack) == 0


@pytest.mark.backends("sqlite")
def test_the_settings_form_asks_for_money_in_full(team) -> None:  # type: ignore[no-untyped-def]
    """ "2,5 per kvartal" in the revenue goal was NOK 2.50 a quarter; "1,5" in "Confirm amounts
    above" a ceiling of NOK 1.50 (every amount then asked about). Refused under each field."""
    slack = team
    view = slack.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
    typed = {
        "goal_revenue": "2,5 per kvartal",
        "goal_team_revenue": "10 mill pr kv.",  # read: 10 mill a quarter
        "amount_ceiling": "1,5",
    }
    values = {
        "language": {"value": {"type": "static_select", "selected_option": {"value": "en"}}},
        **{
            block: {"value": {"type": "plain_text_input", "value": text}}
            for block, text in typed.items()
        },
    }
    answer = slack.driver.submit_view(KARI, view, values).json()
    assert sorted(answer.get("errors", {})) == ["amount_ceiling", "goal_revenue"], answer
    assert "2,5 mill per kvartal" in answer["errors"]["goal_revenue"], answer  # the team's nb
    with slack.engine.connect() as conn:
        assert conn.execute(select(Goal.kpi)).all() == []  # nothing half-stored
