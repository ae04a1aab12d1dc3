"""Payloads and faults of round 16, each as Slack sends it (signed, through the driver), each
asserting the one record (or none) and the one message it must leave."""

from __future__ import annotations

from datetime import timedelta

import pytest
from freezegun import freeze_time

from bot.offline.slack_api import Failure
from storage.db import make_session_factory, session_scope
from storage.models import Claim
from tests.helpers import set_up_team, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


def _rate_limited(seconds: int) -> Failure:
    return Failure(
        429, {"ok": False, "error": "ratelimited"}, headers={"Retry-After": str(seconds)}
    )


# -- a takeover of a scheduled send under a long rate limit ---------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_taken_over_send_rate_limited_at_its_look_and_its_post_ends_within_its_lease(
    slack, _retries_without_waiting
) -> None:  # type: ignore[no-untyped-def]
    """A digest whose post was answered 503 (posted or not, nobody knew) is taken over at a later
    tick: the look in the channel for the earlier post (conversations.history) and then the post
    were each answered 429, Retry-After: 60, three times. Each was waited out: six minutes under
    a five-minute lease; the second scheduler took the claim over meanwhile, found nothing posted
    and posted it; then the first one posted it again. Now the waits of one send end within its
    lease, a longer rate limit is left for a later tick (not before Slack's Retry-After), and the
    digest is posted once."""
    from tests.slack.test_digest import _english, _jobs, _posts, _team

    _english(slack)
    _team(slack)
    first, second = _jobs(slack), _jobs(slack)
    slack.api.fail("chat.postMessage", Failure(503, {"ok": False, "error": "service_unavailable"}))
    retry_clock = _retries_without_waiting
    with freeze_time("2026-11-23T07:00:00Z") as frozen:  # Monday 08:00 in Oslo
        first.tick()
        assert _posts(slack) == []
        frozen.tick(timedelta(minutes=6))  # the claim's lease ran out: the first one takes over
        slack.api.fail("conversations.history", *[_rate_limited(60)] * 3)
        slack.api.fail("chat.postMessage", *[_rate_limited(60)] * 3)
        waited = timedelta()
        took_over_by_second = False

        def sleep(seconds: float) -> None:  # the first scheduler waits; time goes on
            nonlocal waited, took_over_by_second
            retry_clock.waits.append(seconds)
            frozen.tick(timedelta(seconds=seconds))
            waited += timedelta(seconds=seconds)
            if waited > timedelta(minutes=5) and not took_over_by_second:  # its lease ran out
                took_over_by_second = True
                second.tick()

        retry_clock.sleep = sleep
        try:
            first.tick()
        finally:
            del retry_clock.sleep
        with session_scope(make_session_factory(slack.engine)) as s:
            claim = s.query(Claim).filter_by(kind="digest").one()
            state, lease = claim.state, claim.lease_until
        for _ in range(4):  # the next ticks, each scheduler's
            frozen.tick(timedelta(minutes=6))
            first.tick()
            second.tick()
    assert len(_posts(slack)) == 1
    assert waited <= timedelta(minutes=4), waited
    assert state != "sent" and lease is not None  # tried again at a later tick


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_send_slack_asks_to_wait_ten_minutes_is_not_tried_before_them(slack) -> None:  # type: ignore[no-untyped-def]
    """429 with Retry-After: 600 on a digest: it was tried again at the next tick after five
    minutes (RETRY_AFTER), before the ten minutes Slack asked for, and refused again."""
    from tests.slack.test_digest import _english, _jobs, _posts, _team

    _english(slack)
    _team(slack)
    jobs = _jobs(slack)
    slack.api.fail("chat.postMessage", _rate_limited(600))
    with freeze_time("2026-11-23T07:00:00Z") as frozen:  # Monday 08:00 in Oslo
        jobs.tick()
        tried = len(slack.api.calls_to("chat.postMessage"))
        frozen.tick(timedelta(minutes=6))
        jobs.tick()
        assert len(slack.api.calls_to("chat.postMessage")) == tried  # Slack said ten minutes
        frozen.tick(timedelta(minutes=5))
        jobs.tick()
    assert len(_posts(slack)) == 1


# -- a join whose person Slack could not describe then --------------------------------------------
SET_UP = 1795165200  # DEFAULT_NOW (tests/conftest.py): the team is set up then


def _joined(user: str, at: int, kind: str = "member_joined_channel") -> dict:
    return {
        "type": kind,
        "user": user,
        "channel": CHANNEL,
        "channel_type": "C",
        "team": "T0DEMO",
        "event_ts": f"{at}.000200",
    }


def _team_of(slack, user_id: str) -> int | None:  # type: ignore[no-untyped-def]
    from storage.models import Seller

    with session_scope(make_session_factory(slack.engine)) as s:
        seller = s.query(Seller).filter_by(slack_user_id=user_id).one_or_none()
        return None if seller is None else seller.team_id


NOT_NOW = {
    "503": Failure(503, {"ok": False, "error": "service_unavailable"}),
    "429": _rate_limited(30),  # longer than a listener waits (5 s)
    "dropped": Failure(0),
}


@pytest.fixture
def joined_unseen(slack, request):  # type: ignore[no-untyped-def]
    """Nina joins the team channel while users.info fails (each of the listener's tries)."""
    from bot.offline.slack_api import FakeUser

    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.api.channel_members[CHANNEL] = [KARI, LARS]
    slack.api.add_user(FakeUser("U0NINA", "Nina Berg", locale="en-GB"))
    set_up_team(slack, reset=False)
    slack.api.fail("users.info", *[NOT_NOW[request.param]] * 3)
    assert slack.driver.event(_joined("U0NINA", SET_UP + 60)).status == 200
    slack.wait_idle()
    slack.api.recover("users.info")
    assert _team_of(slack, "U0NINA") is None
    return slack


@pytest.mark.parametrize("joined_unseen", sorted(NOT_NOW), indirect=True)
def test_a_join_slack_could_not_describe_is_checked_again_at_a_tick_once(joined_unseen) -> None:  # type: ignore[no-untyped-def]
    """users.info failed for a new member (a 5xx, a rate limit, a dropped line): the join was
    lost until the person's first activity (missing from /teamstatus and the digest). Now the
    next tick, of either of two schedulers, asks Slack again, once: she is in the team."""
    from tests.slack.test_digest import _jobs

    slack = joined_unseen
    team = _team_of(slack, LARS)
    first, second = _jobs(slack), _jobs(slack)
    asked = len(slack.api.calls_to("users.info"))
    with freeze_time("2026-11-20T09:03:00Z"):
        first.tick()
        second.tick()
    assert _team_of(slack, "U0NINA") == team
    assert len(slack.api.calls_to("users.info")) == asked + 1
    status = text_of(slack.driver.command("/teamstatus", "", KARI, CHANNEL).reply())
    assert "*Nina" in status, status


@pytest.mark.parametrize("joined_unseen", ["503"], indirect=True)
def test_a_join_checked_again_after_the_person_left_joins_nothing(joined_unseen) -> None:  # type: ignore[no-untyped-def]
    slack = joined_unseen
    from tests.slack.test_digest import _jobs

    event = _joined("U0NINA", SET_UP + 90, kind="member_left_channel")
    assert slack.driver.event(event).status == 200
    slack.wait_idle()
    with freeze_time("2026-11-20T09:03:00Z"):
        _jobs(slack).tick()
    assert _team_of(slack, "U0NINA") is None


@pytest.mark.parametrize("joined_unseen", ["503"], indirect=True)
def test_a_join_slack_keeps_failing_is_tried_five_times_then_left(joined_unseen) -> None:  # type: ignore[no-untyped-def]
    slack = joined_unseen
    from tests.slack.test_digest import _jobs

    slack.api.fail("users.info", *[NOT_NOW["503"]] * 30)
    asked = len(slack.api.calls_to("users.info"))
    with freeze_time("2026-11-20T09:03:00Z") as frozen:
        for _ in range(12):
            _jobs(slack).tick()
            frozen.tick(timedelta(minutes=20))
    assert len(slack.api.calls_to("users.info")) == asked + 5 * 3  # five tries, each with retries
    assert _team_of(slack, "U0NINA") is None


# -- a record told in the thread it was written in ------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("how", ["mention", "message"])
def test_a_record_written_in_a_thread_is_told_in_that_thread(slack, how: str) -> None:  # type: ignore[no-untyped-def]
    """`@kpibot meeting Nammo` (or "Won Nammo 320k") as a reply in a thread: the private note
    went to the channel's main view, not to the thread its author was writing in (Slack shows
    an ephemeral message in a thread when given the thread's ts)."""
    from bot.offline.slack_api import BOT_USER_ID
    from tests.helpers import channel_message, mention
    from tests.slack.test_unseen_shapes import _dated, _deliver

    for user in slack.api.users.values():
        user.locale = "en-GB"
    set_up_team(slack, reset=False)
    slack.api.reset()
    parent, ts = f"{SET_UP + 50}.000100", f"{SET_UP + 60}.000100"
    if how == "mention":
        event = mention(f"<@{BOT_USER_ID}> win Nammo 320k", ts=ts, thread_ts=parent)
    else:
        event = channel_message("Won Nammo 320k", ts=ts, thread_ts=parent)
    _deliver(slack, event)
    assert _dated(slack) == [("win", "Nammo", 320000.0, "2026-11-20")]
    [note] = slack.api.calls_to("chat.postEphemeral")
    assert note.params.get("thread_ts") == parent and "Logged a *win*" in text_of(note.params)


# -- an edit that takes a record's customer out --------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_recorded_win_edited_to_name_no_customer_is_asked_never_dropped_unsaid(slack) -> None:  # type: ignore[no-untyped-def]
    """ "Won Nammo 320k" edited into "Won 320k" (the customer's name taken out of a public
    channel): the win left the figures without a word, only its ✅ went. Now its author is
    asked whether it stands, with it; Record puts it back, once."""
    from tests.helpers import buttons, channel_message, message_edited
    from tests.slack.test_unseen_shapes import _dated, _deliver

    for user in slack.api.users.values():
        user.locale = "en-GB"
    set_up_team(slack, reset=False)
    ts = f"{SET_UP + 60}.000100"
    _deliver(slack, channel_message("Won Nammo 320k", ts=ts))
    slack.api.reset()
    _deliver(slack, message_edited(ts, "Won 320k", before="Won Nammo 320k", at=f"{SET_UP + 70}.1"))
    assert _dated(slack) == []
    [asked] = slack.api.calls_to("chat.postEphemeral")
    assert "Record this as *a win* with *Nammo*, NOK 320,000?" in text_of(asked.params)
    assert [c.params["name"] for c in slack.api.calls_to("reactions.remove")] == [
        "white_check_mark"
    ]
    [record] = [b for b in buttons(asked.params) if b["value"].endswith("|record")]
    slack.driver.click(LARS, record).reply()
    slack.driver.click(LARS, record).reply()
    assert _dated(slack) == [("win", "Nammo", 320000.0, "2026-11-20")]
