"""A team channel shared with another organisation (Slack Connect): the weekly digest names each
seller's figures, so it is never posted where a customer or partner reads it. Setup asks first;
the digest job asks Slack before each post and, shared or unsure, brings it to the managers."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from freezegun import freeze_time

from bot.clock import SystemClock
from bot.dependencies import Deps
from bot.jobs import Jobs
from bot.offline.slack_api import Failure
from bot.slack_client import build_client
from storage.db import make_session_factory, session_scope
from storage.models import Claim, SalesTeam
from tests.helpers import set_up_team, text_of

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"
CHANNEL = "C0SALES"
CONNECT = {"is_shared": True, "is_ext_shared": True, "is_org_shared": False}


def _english(slack) -> None:  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"


def _teams(slack) -> list[str]:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as s:
        return [t.channel_id for t in s.query(SalesTeam).all()]


def _buttons(message: dict) -> list[dict]:  # type: ignore[type-arg]
    return [e for b in message.get("blocks", []) if b["type"] == "actions" for e in b["elements"]]


def _jobs(slack) -> Jobs:  # type: ignore[no-untyped-def]
    deps = Deps(slack.settings, make_session_factory(slack.engine), SystemClock())
    client = build_client(slack.settings)
    return Jobs(deps=deps, client_for=lambda _ws: client)


def _set_up(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, language="en", reset=False)


def _posts_to(slack, channel: str) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    return [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == channel
    ]


# -- setup -----------------------------------------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "shared",
    [CONNECT, {"is_shared": True, "is_pending_ext_shared": True}, {"is_shared": True}],
)
def test_setup_in_a_channel_shared_with_another_organisation_asks_first(slack, shared) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    slack.api.channel_info[CHANNEL] = shared
    result = slack.driver.command("/kpi", "setup", KARI, CHANNEL)
    asked = result.reply()
    text = text_of(asked)
    assert "shared with another organisation" in text, text
    assert "privately" in text
    assert _teams(slack) == []  # was: bound at once, the digest then posted for the customer
    go, cancel = _buttons(asked)
    # Cancel: nothing set up.
    slack.driver.click(KARI, cancel, response_url=result.response_url)
    assert "Nothing was set up" in text_of(slack.api.wait_for_response(result.key, after=1))
    assert _teams(slack) == []
    # Set up anyway: the team is made, and the reply says where its digest goes.
    slack.driver.click(KARI, go, response_url=result.response_url)
    done = text_of(slack.api.wait_for_response(result.key, after=2))
    assert "is now a sales team" in done and "privately" in done, done
    assert _teams(slack) == [CHANNEL]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_setup_in_a_channel_shared_only_within_the_organisation_asks_nothing(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    # Enterprise Grid: shared between workspaces of the same organisation.
    slack.api.channel_info[CHANNEL] = {"is_shared": True, "is_org_shared": True}
    text = text_of(slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply())
    assert "is now a sales team" in text and "shared" not in text
    assert _teams(slack) == [CHANNEL]


def test_the_set_up_button_is_for_a_manager_only(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    slack.api.channel_info[CHANNEL] = CONNECT
    result = slack.driver.command("/kpi", "setup", KARI, CHANNEL)
    go, _cancel = _buttons(result.reply())
    slack.driver.click(ALEX, go, response_url=result.response_url)  # a seller, not an admin
    assert "Only managers" in text_of(slack.api.wait_for_response(result.key, after=1))
    assert _teams(slack) == []


# -- the digest --------------------------------------------------------------------------------------
def test_a_digest_for_a_channel_now_shared_goes_to_the_managers_not_the_channel(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _set_up(slack)
    slack.driver.command("/logwin", "Equinor 250k 2026-11-18", LARS, CHANNEL).reply()
    slack.api.channel_info[CHANNEL] = CONNECT  # shared with a customer after setup
    slack.api.reset()
    with freeze_time("2026-11-23T07:00:00Z"):
        outcome = _jobs(slack).tick()
        again = _jobs(slack).tick()
    assert _posts_to(slack, CHANNEL) == []  # was: every seller's figures posted for the customer
    assert slack.api.calls_to("files.completeUploadExternal") == []  # no chart in the channel
    [private] = [p for p in _posts_to(slack, KARI) if "Week 47 · kpibot" in text_of(p)]
    text = text_of(private)
    assert "shared with another organisation" in text and "Equinor" in text, text
    assert f"<#{CHANNEL}>" in text
    assert "digest:1:2026-W47" in outcome.sent and again.sent == []
    # Each seller's own summary still comes privately, once.
    assert len([p for p in _posts_to(slack, LARS) if "Your week 47" in text_of(p)]) == 1
    with session_scope(make_session_factory(slack.engine)) as s:
        claim = s.query(Claim).filter_by(kind="digest", subject="1").one()
        assert (claim.state, claim.channel) == ("sent", None)


def test_a_digest_is_never_posted_when_slack_cannot_say_whether_the_channel_is_shared(
    slack,
) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _set_up(slack)
    slack.api.reset()
    slack.api.fail(
        "conversations.info", *[Failure(200, {"ok": False, "error": "fatal_error"})] * 10
    )
    start = datetime(2026, 11, 23, 7, 0, tzinfo=UTC)
    for i in range(6):  # a tick every 6 minutes: asked again, then brought to the managers
        with freeze_time(start + timedelta(minutes=6 * i)):
            _jobs(slack).tick()
    assert _posts_to(slack, CHANNEL) == []
    assert len(slack.api.calls_to("conversations.info")) == 4  # three tries, then privately
    [private] = [p for p in _posts_to(slack, KARI) if "Week 47 · kpibot" in text_of(p)]
    assert "could not check" in text_of(private), text_of(private)
    with session_scope(make_session_factory(slack.engine)) as s:
        claim = s.query(Claim).filter_by(kind="digest", subject="1").one()
        assert (claim.state, claim.channel) == ("sent", None)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_moment_when_slack_cannot_say_only_delays_the_digest_in_the_channel(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _set_up(slack)
    slack.api.reset()
    slack.api.fail("conversations.info", Failure(200, {"ok": False, "error": "fatal_error"}))
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    assert _posts_to(slack, CHANNEL) == []  # not posted while unsure
    with freeze_time("2026-11-23T07:06:00Z"):
        _jobs(slack).tick()
    [post] = [p for p in _posts_to(slack, CHANNEL) if "_ts" in p]
    assert "Week 47" in text_of(post)
    assert not [p for p in _posts_to(slack, KARI) if "Week 47 · kpibot" in text_of(p)]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_digest_for_an_internal_channel_is_posted_there_as_before(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _set_up(slack)
    slack.api.channel_info[CHANNEL] = {"is_shared": True, "is_org_shared": True}
    slack.api.reset()
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    [post] = [p for p in _posts_to(slack, CHANNEL) if "_ts" in p]
    assert "Week 47" in text_of(post)
    assert not [p for p in _posts_to(slack, KARI) if "shared" in text_of(p)]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_channel_slack_cannot_find_is_told_to_the_managers_as_before(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _set_up(slack)
    slack.api.reset()
    gone = Failure(200, {"ok": False, "error": "channel_not_found"})
    slack.api.fail("conversations.info", *[gone] * 5)
    slack.api.fail("chat.postMessage", gone)
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    # Not "could not check whether it is shared" a quarter of an hour later: how to mend it.
    told = [p for p in _posts_to(slack, KARI) if "channel_not_found" in text_of(p)]
    assert len(told) == 1, _posts_to(slack, KARI)
    assert not [p for p in _posts_to(slack, KARI) if "could not check" in text_of(p)]
