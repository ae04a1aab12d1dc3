"""Scheduled work under a bad row, a flaky Slack and a dropped line (issue 11, findings 4, 5, 7,
13), driven as an operator does: the `kpibot` command (its entry point, in this process so that
freezegun moves its clock) against the app's database and the Slack stand-in."""

from __future__ import annotations

import logging

import pytest
from freezegun import freeze_time

from bot.cli import main
from bot.offline.slack_api import Failure
from storage.db import make_session_factory, session_scope
from storage.models import Claim, Goal, SalesTeam
from tests.helpers import set_up_team, text_of

KARI, LARS = "U0KARI", "U0LARS"
MONDAY_0800_OSLO = "2026-11-23T07:00:00Z"  # every team's default digest moment, week 48
WEEK = "2026-W47"


@pytest.fixture
def kpibot(slack, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Runs `kpibot ARGS` in-process against the `slack` app's database and stand-in; returns
    (exit code, stdout, stderr). Logging is put back as it was afterwards."""
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-test")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", "s3cret")
    monkeypatch.setenv("SLACK_API_URL", slack.api.api_url)
    monkeypatch.setenv("DATABASE_URL", slack.settings.database_url)
    root = logging.getLogger()
    saved = (root.level, list(root.handlers))
    levels = {
        name: logging.getLogger(name).level
        for name in ("slack_bolt", "slack_sdk", "kpibot.bolt", "urllib3", "waitress", "matplotlib")
    }

    def run(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    yield run
    root.setLevel(saved[0])
    for handler in list(root.handlers):
        if handler not in saved[1]:
            root.removeHandler(handler)
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def _teams(slack, *channels: str) -> None:  # type: ignore[no-untyped-def]
    for channel in channels:
        set_up_team(slack, locale="en-GB", channel=channel, language="en", reset=False)
    slack.driver.command("/logmeeting", "Acme 2026-11-17", LARS, channels[0]).reply()
    slack.api.reset()


def _channel_posts(slack, channel: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == channel
    ]


def _dms_to(slack, user: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        text_of(c.params)
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == user
    ]


# -- finding 4: one team's bad setting ---------------------------------------------------------
def test_a_team_with_an_unreadable_digest_time_is_skipped_and_its_managers_told_once(
    slack, kpibot
) -> None:  # type: ignore[no-untyped-def]
    _teams(slack, "C0BAD", "C0GOOD")
    with session_scope(make_session_factory(slack.engine)) as s:
        s.query(SalesTeam).filter_by(channel_id="C0BAD").one().digest_time = "25:99"
    with freeze_time(MONDAY_0800_OSLO):
        code, out, err = kpibot("scheduler", "--once")
    with freeze_time("2026-11-23T07:01:00Z"):
        again = kpibot("scheduler", "--once")
    assert code == 0 and again[0] == 0, err
    assert len(_channel_posts(slack, "C0GOOD")) == 1  # the other team got its digest
    assert _channel_posts(slack, "C0BAD") == []
    told = [t for t in _dms_to(slack, KARI) if "/kpi settings" in t and "digest" in t]
    assert len(told) == 1  # once, not every minute
    assert "Traceback" not in err


def test_a_huge_goal_stored_earlier_does_not_break_the_digest(slack, kpibot) -> None:  # type: ignore[no-untyped-def]
    _teams(slack, "C0SALES")
    with session_scope(make_session_factory(slack.engine)) as s:
        for goal in s.query(Goal):
            goal.target = 10**13
    with freeze_time(MONDAY_0800_OSLO):
        code, _out, err = kpibot("digest", "--week", WEEK)
    assert code == 0, err
    assert len(_channel_posts(slack, "C0SALES")) == 1


# -- finding 5: a post answered 500 after Slack made it ----------------------------------------
def test_a_digest_answered_500_after_posting_is_never_posted_twice(slack, kpibot) -> None:  # type: ignore[no-untyped-def]
    _teams(slack, "C0SALES")
    slack.api.fail(
        "chat.postMessage", Failure(500, {"ok": False, "error": "fatal_error"}, processed=True)
    )
    with freeze_time(MONDAY_0800_OSLO):
        first = kpibot("digest", "--week", WEEK)
    with freeze_time("2026-11-23T07:06:00Z"):  # after the retry wait: the claim looks first
        second = kpibot("digest", "--week", WEEK)
    assert first[0] == 1 and second[0] == 0, (first, second)
    assert len(_channel_posts(slack, "C0SALES")) == 1
    with session_scope(make_session_factory(slack.engine)) as s:
        claim = s.query(Claim).filter_by(kind="digest").one()
        assert claim.state == "sent" and claim.message_ts


@pytest.mark.parametrize(
    "lookup",
    [
        Failure(503, {"ok": False, "error": "service_unavailable"}),
        Failure(429, {"ok": False, "error": "ratelimited"}, headers={"Retry-After": "1"}),
        Failure(0),  # the line dropped
    ],
    ids=["5xx", "rate_limited", "dropped"],
)
def test_a_digest_slack_cannot_look_for_after_a_500_is_not_posted_again(
    slack, kpibot, lookup: Failure
) -> None:  # type: ignore[no-untyped-def]
    """After a post answered 500 the next try looks in the channel first; when that look-up
    failed too, it posted again: two digests in the team channel."""
    _teams(slack, "C0SALES")
    slack.api.fail(
        "chat.postMessage", Failure(500, {"ok": False, "error": "fatal_error"}, processed=True)
    )
    with freeze_time(MONDAY_0800_OSLO):
        kpibot("digest", "--week", WEEK)
    slack.api.fail("conversations.history", *[lookup] * 10)  # however often it is tried now
    with freeze_time("2026-11-23T07:06:00Z"):
        kpibot("digest", "--week", WEEK)
    assert len(_channel_posts(slack, "C0SALES")) == 1
    slack.api.recover("conversations.history")
    with freeze_time("2026-11-23T07:12:00Z"):  # Slack answers again: found, not posted
        code, _out, err = kpibot("digest", "--week", WEEK)
    assert code == 0, err
    assert len(_channel_posts(slack, "C0SALES")) == 1
    with session_scope(make_session_factory(slack.engine)) as s:
        claim = s.query(Claim).filter_by(kind="digest").one()
        assert claim.state == "sent" and claim.message_ts


# -- finding 7: the chart is a bonus; a dry run needs no network -------------------------------
def test_a_dropped_connection_while_uploading_the_chart_still_sends_every_summary(
    slack, kpibot
) -> None:  # type: ignore[no-untyped-def]
    _teams(slack, "C0SALES")
    # Week 46 too (the team is set up in week 47): one week is no trend, and has no chart.
    slack.driver.command("/logmeeting", "Acme 2026-11-10", LARS, "C0SALES").reply()
    slack.api.reset()
    slack.api.fail("file_upload", Failure(0))
    with freeze_time(MONDAY_0800_OSLO):
        code, out, err = kpibot("digest", "--week", WEEK)
    assert code == 0, err
    assert slack.api.calls_to("file_upload")  # it was tried
    assert len(_channel_posts(slack, "C0SALES")) == 1
    assert len(_dms_to(slack, LARS)) == 1  # the private summaries went out after it
    assert "Traceback" not in err and "matplotlib" not in err


def test_nudge_and_digest_dry_runs_touch_no_network(slack, kpibot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _teams(slack, "C0SALES")
    for i in range(12):  # more warm leads than a DM lists: the DM links the App Home
        slack.driver.command("/logmeeting", f"Lead{i} warm 2026-11-19", LARS, "C0SALES").reply()
    slack.api.reset()
    monkeypatch.setenv("SLACK_API_URL", "http://127.0.0.1:9/api/")  # nothing listens there
    with freeze_time("2026-11-24T10:00:00Z"):
        nudge = kpibot("nudge", "--dry-run", "--force")
        digest = kpibot("digest", "--dry-run", "--week", WEEK)
    assert nudge[0] == 0 and "Lead1" in nudge[1], nudge
    assert digest[0] == 0 and "C0SALES" in digest[1] or "sales" in digest[1], digest
    assert slack.api.calls == []


# -- finding 13: resend, unknown channels, one-line errors -------------------------------------
def test_a_week_that_failed_for_good_can_be_resent(slack, kpibot) -> None:  # type: ignore[no-untyped-def]
    _teams(slack, "C0SALES")
    # A second counted week (46) before week 47: one week is no trend and owes no chart.
    slack.driver.command("/logmeeting", "Acme 2026-11-10", LARS, "C0SALES").reply()
    slack.api.reset()
    slack.api.fail("chat.postMessage", Failure(200, {"ok": False, "error": "channel_not_found"}))
    with freeze_time(MONDAY_0800_OSLO):
        failed = kpibot("digest", "--week", WEEK)
        again = kpibot("digest", "--week", WEEK)
        resent = kpibot("digest", "--resend", "--week", WEEK)
        after = kpibot("digest", "--resend", "--week", WEEK)
    assert failed[0] == 1
    assert again[0] == 1 and "--resend --week 2026-W47" in again[1], again
    assert resent[0] == 0 and resent[1].startswith("1 sent"), resent
    assert after[0] == 0 and after[1].startswith("0 sent"), after  # sent stays sent
    assert len([p for p in _channel_posts(slack, "C0SALES") if "_ts" in p]) == 1
    # Its chart, owed again with the digest resent, in its thread once.
    [thread] = [p["_ts"] for p in _channel_posts(slack, "C0SALES") if "_ts" in p]
    charts = [f for m in slack.api.thread("C0SALES", thread) for f in m.get("files") or []]
    assert [f["name"] for f in charts] == ["kpibot-2026-W47.png"], charts


def test_digest_for_a_channel_that_is_no_team_fails_in_one_line(slack, kpibot) -> None:  # type: ignore[no-untyped-def]
    _teams(slack, "C0SALES")
    code, out, err = kpibot("digest", "--channel", "CNOSUCH", "--week", WEEK)
    assert code != 0
    assert err.strip().count("\n") == 0 and "CNOSUCH" in err


def test_serve_on_a_busy_port_fails_in_one_line(slack, kpibot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        monkeypatch.setenv("PORT", str(busy.getsockname()[1]))
        code, _out, err = kpibot("serve", "--host", "127.0.0.1", "--no-scheduler")
    assert code != 0
    last = err.strip().splitlines()[-1]
    assert last.startswith("kpibot: ") and "PORT" in last and "Traceback" not in err, err


def test_console_with_an_unusable_database_url_fails_in_one_line(kpibot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    code, _out, err = kpibot("console", "--database-url", "mysql://x")
    assert code != 0
    assert err.strip().count("\n") == 0 and "Traceback" not in err, err
