"""Payloads and faults of round 21, each as Slack sends it or as the machine fails, each
asserting the one record (or none) and the one message it must leave."""

from __future__ import annotations

import logging

import pytest
from freezegun import freeze_time

from bot.clock import SystemClock
from bot.dependencies import Deps
from bot.scheduler import make_jobs
from storage.db import make_session_factory, session_scope
from storage.models import Claim, SalesTeam
from tests.helpers import (
    MANAGER,
    SALES_CHANNEL,
    SELLER,
    channel_message,
    command_replies,
    stored,
    text_of,
)

TOKEN = "xoxb-local-stand-in"  # the harness's SLACK_BOT_TOKEN


@pytest.fixture
def team(slack):  # type: ignore[no-untyped-def]
    """Kari's team in C0SALES, in English, with Lars's meeting of last week; no chart (cheaper)."""
    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.api.channel_members[SALES_CHANNEL] = [MANAGER, SELLER]
    slack.driver.command("/kpi", "setup", MANAGER, SALES_CHANNEL).reply()
    slack.driver.command("/logmeeting", "Acme warm 2026-11-17", SELLER, SALES_CHANNEL).reply()
    slack.wait_idle()
    with session_scope(make_session_factory(slack.engine)) as session:
        for each in session.query(SalesTeam):
            each.language, each.chart_enabled = "en", False
    slack.api.calls.clear()
    return slack


# -- 1. one workspace's bot token refused while kpibot runs ---------------------------------------
def test_a_refused_bot_token_pauses_the_scheduler_and_the_week_is_sent_once_it_works(
    team, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    """Single-workspace mode (SLACK_BOT_TOKEN, no OAuth), the token refused (invalid_auth: the
    app's tokens revoked, or the workspace's IP allow-list) while `kpibot scheduler` runs. Was:
    Monday's digest and every summary each tried, refused and given up for good (the week lost
    after the token was mended, unless someone knew `kpibot digest --resend`), a DM to the
    managers tried through the same dead token for each, and no line saying the token was the
    trouble. Now the first refusal is one clear error line (never the token), nothing else is
    tried for a while, nothing is given up; once Slack takes the token again the week goes out."""
    slack = team
    deps = Deps(slack.settings, make_session_factory(slack.engine), SystemClock())
    jobs = make_jobs(slack.settings, deps, slack.engine)  # as `kpibot scheduler` builds them
    slack.api.revoked[TOKEN] = "invalid_auth"
    caplog.set_level(logging.INFO)
    for minute in ("07:00", "07:01", "07:05"):  # Monday 08:00 in Oslo, and the next ticks
        with freeze_time(f"2026-11-30T{minute}:00Z"):
            jobs.tick()
    refused = [c for c in slack.api.calls if c.token == TOKEN]
    assert len(refused) <= 2, [c.method for c in refused]  # one look at the channel, one post
    said = [r.getMessage() for r in caplog.records
            if r.levelno >= logging.ERROR and r.name == "bot.scheduler"]  # fmt: skip
    assert len(said) == 1 and "SLACK_BOT_TOKEN" in said[0] and TOKEN not in said[0], said
    assert TOKEN not in caplog.text
    with session_scope(make_session_factory(slack.engine)) as session:
        assert not session.query(Claim).filter_by(state="failed").all()
    del slack.api.revoked[TOKEN]  # a working token again
    slack.api.calls.clear()
    with freeze_time("2026-11-30T07:20:00Z"):
        jobs.tick()
    posts = slack.api.calls_to("chat.postMessage")
    digests = [c for c in posts if c.params.get("channel") == SALES_CHANNEL]
    assert len(digests) == 1, [c.params.get("channel") for c in posts]
    mine = [text_of(c.params) for c in posts if c.params.get("channel") == SELLER]
    assert len(mine) == 1 and "Meetings" in mine[0], mine  # Lars's own summary, once
    assert not [c for c in posts if "not sent" in text_of(c.params)]  # nobody alarmed


def test_the_schedulers_refused_token_codes_are_the_oauth_stores() -> None:
    """bot.slack_client keeps its own copy (one bot token never loads the OAuth store)."""
    from bot.slack_client import TOKEN_REFUSED
    from storage.installations import TOKEN_GONE

    assert TOKEN_REFUSED == TOKEN_GONE


def _fresh_process(slack) -> None:  # type: ignore[no-untyped-def]
    """Bolt's kept auth.test answer forgotten, as in a `kpibot serve` just started."""
    from slack_bolt.middleware.authorization import SingleTeamAuthorization

    app = slack.replayer.app
    for middleware in app._middleware_list:
        if isinstance(middleware, SingleTeamAuthorization):
            middleware.auth_test_result = None


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_bot_token_refused_before_the_first_request_still_records_and_answers_200(
    team, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    """`kpibot serve` with one bot token, Slack refusing it by the first request (the workspace's
    IP allow-list changed, the tokens revoked, after the start-up check). Was: Bolt's auth.test
    refused, so every event answered 503 for as long as it ran (Slack redelivers each three times
    and counts the failures toward turning off the app's event subscriptions; the win posted was
    lost) and every command told 'Slack did not answer me in time, try again' (nothing stored, for
    ever). Now the request is served as the token's workspace's: the win is stored once (Slack's
    retry too), the command answered in its acknowledgement, and the operator reads one line
    naming SLACK_BOT_TOKEN, never the token."""
    slack = team
    _fresh_process(slack)
    slack.api.revoked[TOKEN] = "invalid_auth"
    caplog.set_level(logging.INFO)
    win = channel_message("Vant Nammo 320k", "1763630000.000100")
    for retry in (None, 1):
        assert slack.driver.event(win, event_id="Ev0WIN", retry_num=retry).status == 200
        slack.wait_idle()
    said = command_replies(slack, SELLER, "/logmeeting", "Orkla varm")
    assert "Orkla" in said and "try again" not in said, said
    assert sorted(r["customer"] for r in stored(slack)) == ["Acme", "Nammo", "Orkla"]
    lines = [r.getMessage() for r in caplog.records if "SLACK_BOT_TOKEN" in r.getMessage()]
    assert lines and all(r.levelno >= logging.WARNING for r in caplog.records
                         if "SLACK_BOT_TOKEN" in r.getMessage())  # fmt: skip
    assert TOKEN not in caplog.text
    del slack.api.revoked[TOKEN]  # taken again: served as ever
    assert slack.driver.event(channel_message("Won Tine 120k", "1763630100.000100")).status == 200
    slack.wait_idle()
    assert slack.api.calls_to("reactions.add")[-1].token == TOKEN


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_bot_token_refused_after_the_first_request_is_said_to_the_operator_once(
    team, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The token refused while `kpibot serve` runs, after Bolt kept its auth.test answer: each
    channel message is stored, and its ✅ and note refused. Was: only 'reaction not added:
    invalid_auth' and 'note not delivered: invalid_auth' info lines, one per message, nothing an
    operator's log search would find. Now one warning naming SLACK_BOT_TOKEN (never the token),
    not one per failed call (the alert is kpibot_slack_api_errors_total{error="invalid_auth"})."""
    from bot import slack_client

    monkeypatch.setattr(slack_client, "_token_refused_said", [float("-inf")])
    slack = team
    slack.api.revoked[TOKEN] = "invalid_auth"
    caplog.set_level(logging.INFO)
    for i, text in enumerate(("Vant Nammo 320k", "Won Tine 120k")):
        event = channel_message(text, f"176363{i}000.000100")
        assert slack.driver.event(event).status == 200
        slack.wait_idle()
    assert sorted(r["customer"] for r in stored(slack)) == ["Acme", "Nammo", "Tine"]
    said = [r.getMessage() for r in caplog.records if "SLACK_BOT_TOKEN" in r.getMessage()]
    assert len(said) == 1 and "refused" in said[0], said
    assert TOKEN not in caplog.text


# -- 2. kpibot removed from a team's channel ------------------------------------------------------
BOT = "UKPIBOT"  # the stand-in's bot user
MONDAYS = ["2026-11-30T07:00:00Z", "2026-12-07T07:00:00Z"]  # 08:00 in Oslo


def _event(slack, event: dict) -> None:  # type: ignore[no-untyped-def]
    assert slack.driver.event({"event_ts": "1764500000.000100", **event}).status == 200
    slack.wait_idle()


def _dms(slack, user: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text_of(c.params) for c in slack.api.calls_to("chat.postMessage")
            if c.params.get("channel") == user]  # fmt: skip


def _digests(slack, *, posted: bool) -> list[dict]:  # type: ignore[no-untyped-def]
    """Posts to the team's channel: tried (`posted` False), or made (the stand-in gave a ts)."""
    return [c.params for c in slack.api.calls_to("chat.postMessage")
            if c.params.get("channel") == SALES_CHANNEL and ("_ts" in c.params or not posted)]  # fmt: skip


@pytest.mark.parametrize(
    "removed",
    [
        {"type": "channel_left", "channel": SALES_CHANNEL, "actor_id": SELLER},
        {"type": "group_left", "channel": SALES_CHANNEL, "actor_id": SELLER},
        {"type": "member_left_channel", "channel": SALES_CHANNEL, "user": BOT,
         "channel_type": "C", "team": "T0DEMO"},
    ],
    ids=["channel_left", "group_left", "member_left_channel"],
)  # fmt: skip
def test_kpibot_removed_from_a_team_channel_tells_its_managers_at_once_and_once(
    team, removed: dict
) -> None:  # type: ignore[no-untyped-def]
    """Someone removes kpibot from the team's channel (/remove @kpibot; Slack says `channel_left`,
    `group_left` for a private channel, to the bot). Was: nothing said until Monday's digest met
    it (not a member), while every win and meeting posted in the channel all week went unread
    (Slack sends the bot nothing from a channel it is not in). Now the team's managers are told at
    once, privately, once (Slack's retry too), that nothing posted there is read and how to invite
    kpibot back; no digest is tried there meanwhile, and no second word on Monday. Invited back
    (member_joined_channel of the bot), the next digest is posted there."""
    slack = team
    slack.api.not_member_of.add(SALES_CHANNEL)
    _event(slack, removed)
    _event(slack, removed)  # Slack's retry, or the other replica's copy
    told = _dms(slack, MANAGER)
    assert len(told) == 1 and "/invite @kpibot" in told[0] and "read" in told[0], told
    assert _dms(slack, SELLER) == []  # the managers' business
    from tests.slack.test_digest import _jobs

    with freeze_time(MONDAYS[0]):
        _jobs(slack).tick()
    assert _digests(slack, posted=False) == []
    assert [t for t in _dms(slack, MANAGER) if ":warning:" in t] == told  # no second word
    slack.api.not_member_of.discard(SALES_CHANNEL)
    _event(slack, {"type": "member_joined_channel", "channel": SALES_CHANNEL, "user": BOT,
                   "channel_type": "C", "team": "T0DEMO", "inviter": MANAGER})  # fmt: skip
    with freeze_time(MONDAYS[1]):
        _jobs(slack).tick()
    assert len(_digests(slack, posted=True)) == 1


def test_kpibot_leaving_an_archived_team_channel_is_told_as_its_archiving(team) -> None:  # type: ignore[no-untyped-def]
    """A channel_left that comes with the channel's archiving (before its channel_archive) tells
    the managers it is archived (unarchive it), not to invite kpibot again: one notice a loss."""
    slack = team
    slack.api.archived.add(SALES_CHANNEL)
    _event(slack, {"type": "channel_left", "channel": SALES_CHANNEL, "actor_id": MANAGER})
    _event(slack, {"type": "channel_archive", "channel": SALES_CHANNEL, "user": MANAGER})
    told = [t for t in _dms(slack, MANAGER) if ":warning:" in t]
    assert len(told) == 1 and "archived" in told[0] and "/invite" not in told[0], told
