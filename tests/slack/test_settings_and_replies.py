"""Values from Slack checked as if typed (finding 4: the settings form) and replies that are never
silent (finding 6: a failing response_url), through signed requests."""

from __future__ import annotations

import logging

import pytest

from bot.offline.slack_api import Failure, FakeUser
from storage.db import make_session_factory, session_scope
from storage.models import AwayPeriod, SalesTeam
from tests.helpers import count_rows, customers, set_up_team, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


def _settings_values(**changes: dict) -> dict:  # type: ignore[type-arg]
    values = {
        "language": {"value": {"type": "static_select", "selected_option": {"value": "en"}}},
        "timezone": {
            "value": {"type": "static_select", "selected_option": {"value": "Europe/Oslo"}}
        },
        "currency": {"value": {"type": "static_select", "selected_option": {"value": "NOK"}}},
        "digest_day": {"value": {"type": "static_select", "selected_option": {"value": "0"}}},
        "digest_time": {"value": {"type": "timepicker", "selected_time": "08:00"}},
        "goal_meetings": {"value": {"type": "number_input", "value": "10"}},
    }
    values.update(changes)
    return values


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("block", "field"),
    [
        ("digest_time", {"value": {"type": "timepicker", "selected_time": "25:99"}}),
        ("digest_time", {"value": {"type": "timepicker", "selected_time": "8 o'clock"}}),
        ("digest_day", {"value": {"type": "static_select", "selected_option": {"value": "9"}}}),
        ("goal_meetings", {"value": {"type": "number_input", "value": "1" + "0" * 30}}),
        ("goal_meetings", {"value": {"type": "number_input", "value": "²"}}),
    ],
)
def test_settings_form_refuses_what_the_scheduler_could_not_use(
    slack, block: str, field: dict
) -> None:  # type: ignore[no-untyped-def,type-arg]
    slack.api.users[KARI].locale = "en-GB"
    set_up_team(slack, reset=False)
    view = slack.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
    result = slack.driver.submit_view(KARI, view, _settings_values(**{block: field}))
    assert result.status == 200
    assert list(result.json()["errors"]) == [block]
    with session_scope(make_session_factory(slack.engine)) as s:
        team = s.query(SalesTeam).one()
        assert (team.digest_weekday, team.digest_time) == (0, "08:00")


def test_a_failed_response_url_is_answered_as_an_ephemeral_message_and_logged(
    slack, caplog
) -> None:  # type: ignore[no-untyped-def]
    caplog.set_level(logging.INFO)
    slack.api.users[LARS].locale = "en-GB"
    slack.driver.command("/logmeeting", "Warmup", LARS, CHANNEL).reply()
    for status in (404, 429, 500):
        slack.api.fail("response_url", Failure(status, {"ok": False}))
    for when in ("2026-12-01", "2026-12-02", "2026-12-03"):
        slack.driver.command("/kpi", f"away until {when}", LARS, CHANNEL)
        slack.wait_idle()
    assert count_rows(slack, AwayPeriod) >= 1  # stored...
    told = [
        c.params
        for c in slack.api.calls_to("chat.postEphemeral")
        if c.params.get("user") == LARS and c.params.get("channel") == CHANNEL
    ]
    assert len(told) == 3 and all("2026" in text_of(t) or "Dec" in text_of(t) for t in told)
    fallbacks = [r for r in caplog.records if "response_url failed" in r.getMessage()]
    assert len(fallbacks) == 3


# -- finding 11: manager rights are re-checked within minutes ----------------------------------
def test_a_demoted_admin_loses_manager_rights_within_minutes(slack, clock) -> None:  # type: ignore[no-untyped-def]
    boss = slack.api.add_user(FakeUser("U0BOSS", "Berit Boss", locale="en-GB", is_admin=True))
    slack.api.users[KARI].locale = "en-GB"
    set_up_team(slack, reset=False)

    def goal(number: int) -> str:
        return text_of(
            slack.driver.command("/kpi", f"goal meetings {number}/week", boss.id, CHANNEL).reply()
        )

    assert "Only managers" not in goal(12)
    boss.is_admin = False  # demoted in Slack
    clock.advance(minutes=5)
    assert "Only managers" not in goal(11)  # known for a few minutes more
    clock.advance(minutes=10)
    assert "Only managers" in goal(3)
    assert "Only managers" not in text_of(
        slack.driver.command("/kpi", "goal meetings 9/week", KARI, CHANNEL).reply()
    )  # the team's creator stays its manager


# -- finding 12: Slack's entities decoded, typed text never formatted, long text fits -----------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_entities_in_kpi_arguments_are_decoded_once(slack) -> None:  # type: ignore[no-untyped-def]
    slack.api.users[KARI].locale = "en-GB"
    set_up_team(slack, reset=False)
    slack.driver.command("/logmeeting", "AT&amp;T", KARI, CHANNEL).reply()  # as Slack sends "AT&T"
    tier = slack.driver.command("/kpi", "customer AT&amp;T tier A", KARI, CHANNEL).reply()
    assert "AT&amp;T" in text_of(tier) and "&amp;amp;" not in text_of(tier)
    assert customers(slack) == ["AT&T"]  # the same customer, not a new "AT&amp;T"
    goal = text_of(slack.driver.command("/kpi", "goal m&amp;ms 10/week", KARI, CHANNEL).reply())
    assert "m&amp;ms" in goal and "&amp;amp;" not in goal
    week = text_of(slack.driver.command("/teamstatus", "&lt;bad&gt;", KARI, CHANNEL).reply())
    assert "&lt;bad&gt;" in week and "&amp;lt;" not in week


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_typed_formatting_characters_are_shown_not_applied(slack) -> None:  # type: ignore[no-untyped-def]
    reply = text_of(
        slack.driver.command("/logmeeting", "*Bold* `Corp` -- _really_ ~no~", LARS).reply()
    )
    assert "*Bold*" not in reply and "`Corp`" not in reply
    assert "_really_" not in reply and "~no~" not in reply
    assert "Bold" in reply and "Corp" in reply and "really" in reply
    # Formatting is no part of the name: the same customer as "Bold Corp" typed plainly.
    assert customers(slack)[0] == "Bold Corp"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_long_note_of_ampersands_from_the_form_fits_slacks_limits(slack) -> None:  # type: ignore[no-untyped-def]
    view = slack.driver.command("/logmeeting", "", LARS).opened_view()
    values = {
        "customer": {
            "customer_input": {"type": "external_select", "selected_option": {"value": "Acme"}}
        },
        "date": {"date_picker": {"type": "datepicker", "selected_date": "2026-11-20"}},
        "note": {"note_input": {"type": "plain_text_input", "value": "&" * 1000}},
    }
    result = slack.driver.submit_view(LARS, view, values)
    assert result.status == 200 and not result.body  # closed: stored
    [posted] = slack.api.wait_for(lambda c: c.method == "chat.postEphemeral")
    sections = [b["text"]["text"] for b in posted.params["blocks"] if b.get("type") == "section"]
    assert sections and all(len(t) <= 3000 for t in sections)
    assert count_rows(slack) == 1


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_seller_with_slacks_default_english_reads_the_teams_language_privately(slack) -> None:  # type: ignore[no-untyped-def]
    # Slack is not offered in Norwegian: Lars's Slack is in its default English (US). His
    # Norwegian team's kpibot answered him in English; it answers in the team's language.
    slack.api.users[KARI].locale = "nb-NO"  # the team is set up in Norwegian
    slack.api.users[LARS].locale = "en-US"
    set_up_team(slack, reset=False)
    reply = text_of(slack.driver.command("/logmeeting", "Equinor", LARS, CHANNEL).reply())
    assert "Logget et *møte* med *Equinor*" in reply, reply


# -- the settings form saved as it is shown, or with a goal cleared ------------------------------
def _as_shown(view: dict) -> dict:  # type: ignore[type-arg]
    """The state Slack sends for a form submitted untouched: every input's initial value."""
    values = {}
    for block in view["blocks"]:
        if block.get("type") != "input":
            continue
        element = block["element"]
        kind = element["type"]
        if kind == "static_select":
            state = {"selected_option": element.get("initial_option")}
        elif kind == "timepicker":
            state = {"selected_time": element.get("initial_time")}
        elif kind == "checkboxes":
            state = {"selected_options": element.get("initial_options") or []}
        else:
            state = {"value": element.get("initial_value")}
        values[block["block_id"]] = {element["action_id"]: {"type": kind, **state}}
    return values


def _goals(slack) -> str:  # type: ignore[no-untyped-def]
    return text_of(slack.driver.command("/kpi", "goals", KARI, CHANNEL).reply())


def test_the_settings_form_saved_as_shown_keeps_every_goal(slack) -> None:  # type: ignore[no-untyped-def]
    """A meetings goal of 10 was shown as "1E+1" and an amount ceiling of 2 mill as "2E+6" (the
    form then refused itself: "Give a whole number", "could not read"), and a calls goal per year sat in the field "Calls per week": saved, 500 a year
    would have become 500 a week."""
    slack.api.users[KARI].locale = "en-GB"
    set_up_team(slack, reset=False)
    for goal in ("meetings 10", "calls 500 per year", "revenue 10m/year", "closing 60%"):
        slack.driver.command("/kpi", f"goal {goal}", KARI, CHANNEL).reply()
    before = _goals(slack)
    assert "Calls 500 per year" in before and "Meetings 10 per week" in before
    view = slack.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
    ceiling = {"value": {"type": "plain_text_input", "value": "2 mill"}}
    assert slack.driver.submit_view(KARI, view, {**_as_shown(view), "amount_ceiling": ceiling})
    view = slack.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
    shown = _as_shown(view)
    assert shown["goal_meetings"]["value"]["value"] == "10"
    assert shown["amount_ceiling"]["value"]["value"] == "2000000"  # was "2E+6", refused
    assert "goal_calls" not in shown  # listed with every goal below, set by /kpi goal
    result = slack.driver.submit_view(KARI, view, shown)
    assert result.status == 200 and result.response_action is None
    assert _goals(slack) == before


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("block", "goal", "after"),
    [
        ("goal_meetings", "meetings 12", "Meetings 10 per week _(kpibot's default)_"),
        ("goal_calls", "calls 30", None),
        ("goal_closing_rate", "closing 60%", "Closing rate 75 % _(kpibot's default)_"),
        ("goal_revenue", "revenue 2m/quarter", None),
    ],
)
def test_a_goal_field_left_empty_removes_the_goal(slack, block, goal, after) -> None:  # type: ignore[no-untyped-def]
    """The form says what an empty goal field means (kpibot's default applies, or none); the
    team's goal stayed, and the figures kept being measured against it."""
    slack.api.users[KARI].locale = "en-GB"
    set_up_team(slack, reset=False)
    slack.driver.command("/kpi", f"goal {goal}", KARI, CHANNEL).reply()
    kpi = _goals(slack).split("\n")[1]  # the team default just set
    view = slack.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
    shown = _as_shown(view)
    shown[block]["value"]["value"] = None  # what Slack sends for a field left empty
    result = slack.driver.submit_view(KARI, view, shown)
    assert result.status == 200 and result.response_action is None
    goals = _goals(slack)
    assert kpi not in goals
    assert after is None or after in goals
