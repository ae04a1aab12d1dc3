"""Values from Slack checked as if typed (finding 4: the settings form) and replies that are never
silent (finding 6: a failing response_url), through signed requests."""

from __future__ import annotations

import logging

import pytest

from bot.offline.slack_api import Failure
from storage.db import make_session_factory, session_scope
from storage.models import AwayPeriod, SalesTeam
from tests.helpers import count_rows, text_of

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
    slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply()
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
