"""GET /metrics (issue 15): the counters move with the traffic, read as Prometheus reads them
(the text exposition, parsed by prometheus_client's own parser), with labels of known values
only."""

from __future__ import annotations

import pytest
from freezegun import freeze_time
from prometheus_client.parser import text_string_to_metric_families

from bot.clock import SystemClock
from bot.dependencies import Deps
from bot.jobs import Jobs
from bot.offline.slack_api import Failure, FakeUser
from bot.slack_client import build_client
from storage.db import make_session_factory, session_scope
from storage.models import SalesTeam
from tests.helpers import bare_amounts_in, set_up_team

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
MARKER = "Zq7Metric"


def scrape(slack) -> dict[tuple[str, frozenset], float]:  # type: ignore[no-untyped-def]
    """Every sample of GET /metrics: (name, labels) -> value."""
    http = slack.driver.get("/metrics")
    assert http.status == 200
    assert http.headers.get("Content-Type", "").startswith("text/plain")
    return {
        (s.name, frozenset(s.labels.items())): s.value
        for family in text_string_to_metric_families(http.body)
        for s in family.samples
    }


def moved(before: dict, after: dict, metric: str, **labels: str) -> float:
    key = (metric, frozenset(labels.items()))
    return after.get(key, 0.0) - before.get(key, 0.0)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_logged_meeting_moves_the_request_ack_and_activity_counters(slack) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logcall", "Warmup", KARI, CHANNEL).reply()
    before = scrape(slack)
    result = slack.driver.command("/logmeeting", f"{MARKER} warm", LARS, CHANNEL)
    assert result.http.status == 200
    slack.wait_idle()
    after = scrape(slack)
    command = {"kind": "command", "name": "/logmeeting"}
    assert moved(before, after, "kpibot_requests_total", **command, status="200") == 1
    assert moved(before, after, "kpibot_ack_seconds_count", **command) == 1
    assert moved(before, after, "kpibot_ack_seconds_bucket", **command, le="+Inf") == 1
    assert moved(before, after, "kpibot_activities_recorded_total", kind="meeting") == 1
    assert moved(before, after, "kpibot_activities_recorded_total", kind="call") == 0
    # Nothing typed and no user id is ever a label.
    text = slack.driver.get("/metrics").body
    assert MARKER not in text and LARS not in text and "T0DEMO" not in text


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_retried_event_counts_the_request_twice_and_the_activity_once(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, reset=False)
    bare_amounts_in(slack, "NOK", LARS)  # a Swede in a NOK team: "320k" is NOK (kroner23)
    slack.wait_idle()
    before = scrape(slack)
    message = {
        "type": "message",
        "channel": CHANNEL,
        "user": LARS,
        "text": "Won Nammo 320k",
        "ts": "1763630000.000100",
    }
    assert slack.driver.event(message, event_id="Ev0RETRIED").status == 200
    slack.wait_idle()
    assert slack.driver.event(message, event_id="Ev0RETRIED", retry_num=1).status == 200
    slack.wait_idle()
    after = scrape(slack)
    event = {"kind": "event", "name": "message"}
    assert moved(before, after, "kpibot_requests_total", **event, status="200") == 2
    assert moved(before, after, "kpibot_activities_recorded_total", kind="win") == 1


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_refused_requests_are_counted_as_refused(slack) -> None:  # type: ignore[no-untyped-def]
    before = scrape(slack)
    body = slack.driver.command_body("/logmeeting", "Acme", LARS)[0]
    assert slack.driver.post(body, "application/x-www-form-urlencoded", sign=False).status == 401
    after = scrape(slack)
    assert (
        moved(before, after, "kpibot_requests_total", kind="refused", name="none", status="401")
        == 1
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_web_api_errors_are_counted_by_method_and_error(slack) -> None:  # type: ignore[no-untyped-def]
    slack.api.add_user(FakeUser("U0NEW", "Nina New"))
    before = scrape(slack)
    slack.api.fail("users.info", Failure(200, {"ok": False, "error": "user_not_found"}))
    assert slack.driver.command("/logcall", "Acme", "U0NEW", CHANNEL).http.status == 200
    slack.wait_idle()
    after = scrape(slack)
    assert (
        moved(
            before,
            after,
            "kpibot_slack_api_errors_total",
            method="users.info",
            error="user_not_found",
        )
        == 1
    )
    # A code that is not a word of Slack's never becomes a label.
    slack.api.fail("users.info", Failure(200, {"ok": False, "error": f"{MARKER} x"}))
    slack.api.add_user(FakeUser("U0NEW2", "Nils New"))
    slack.driver.command("/logcall", "Acme", "U0NEW2", CHANNEL)
    slack.wait_idle()
    again = scrape(slack)
    assert (
        moved(after, again, "kpibot_slack_api_errors_total", method="users.info", error="other")
        == 1
    )


def test_digests_and_their_failures_and_the_tick_are_counted(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, channel="C0GONE", reset=False)
    set_up_team(slack, reset=False)
    slack.driver.command("/logmeeting", "Acme", LARS, CHANNEL).reply()
    with session_scope(make_session_factory(slack.engine)) as s:
        for team in s.query(SalesTeam):
            team.language = "en"
    deps = Deps(slack.settings, make_session_factory(slack.engine), SystemClock())
    client = build_client(slack.settings)
    jobs = Jobs(deps=deps, client_for=lambda _ws: client)
    slack.api.reset()
    # The first team's channel is gone: its digest fails for good (the other is sent).
    slack.api.fail("chat.postMessage", Failure(200, {"ok": False, "error": "channel_not_found"}))
    before = scrape(slack)
    with freeze_time("2026-11-23T07:00:00Z"):
        outcome = jobs.tick()
        jobs.tick()  # the second tick finds everything settled
    after = scrape(slack)
    sent_digests = len([s for s in outcome.sent if s.startswith("digest")])
    assert sent_digests == 1
    assert (
        moved(before, after, "kpibot_scheduled_messages_total", kind="digest", outcome="sent") == 1
    )
    assert (
        moved(before, after, "kpibot_scheduled_messages_total", kind="digest", outcome="failed")
        == 1
    )
    summaries = len([s for s in outcome.sent if s.startswith("summary")])
    assert summaries >= 1
    assert (
        moved(before, after, "kpibot_scheduled_messages_total", kind="summary", outcome="sent")
        == summaries
    )
    assert moved(before, after, "kpibot_scheduler_tick_seconds_count") == 2
    assert (
        moved(
            before,
            after,
            "kpibot_slack_api_errors_total",
            method="chat.postMessage",
            error="channel_not_found",
        )
        == 1
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_requests_held_during_an_outage_and_replayed_are_counted(slack) -> None:  # type: ignore[no-untyped-def]
    from bot import metrics
    from tests.helpers import channel_message
    from tests.slack.test_outage import _setup, database_away

    _setup(slack)
    metrics.count_waiting(slack.replayer.spool.waiting)  # as kpibot serve does
    before = scrape(slack)
    with database_away(slack):
        assert slack.driver.event(channel_message("Won Nammo 250k!")).status == 200
        slack.wait_idle()
        during = scrape(slack)
    assert moved(before, during, "kpibot_held_requests_total", outcome="held") == 1
    assert during[("kpibot_held_requests_waiting", frozenset())] == 1
    assert slack.replayer.run_once().replayed == 1
    slack.wait_idle()
    after = scrape(slack)
    assert moved(during, after, "kpibot_held_requests_total", outcome="replayed") == 1
    assert after[("kpibot_held_requests_waiting", frozenset())] == 0
    assert moved(before, after, "kpibot_activities_recorded_total", kind="win") == 1
