"""Payloads and faults of round 15, each as Slack sends it (signed, through the driver), each
asserting the one record (or none) and the one message it must leave."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, channel_message, message_edited, set_up_team, stored, text_of
from tests.slack.test_unseen_shapes import (  # the same delivery and reading
    SET_UP,
    _dated,
    _deliver,
)

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


@pytest.fixture
def english(slack):  # type: ignore[no-untyped-def]
    """The team of tests/slack/test_unseen_shapes.py (a fixture is not imported: its name is
    every test's argument)."""
    return set_up_team(slack, locale="en-GB")


# -- message_changed that no person made -------------------------------------------------------
def _changed_by_slack(ts: str, text: str, at: int) -> dict:
    """`message_changed` as Slack's reference shows it, here with no `edited` and no
    previous_message: Slack's language detection adding metadata, or an unfurl, changed the
    message; its author did not."""
    return {
        "type": "message",
        "subtype": "message_changed",
        "hidden": True,
        "channel": CHANNEL,
        "channel_type": "channel",
        "ts": f"{at}.000100",
        "event_ts": f"{at}.000100",
        "message": {
            "type": "message",
            "user": LARS,
            "text": text,
            "ts": ts,
            "attachments": [{"id": 1, "from_url": "https://nammo.example", "title": "Nammo"}],
        },
    }


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "text, asked",
    [("We won Nammo 320k <https://nammo.example>", False), ("Lost Telia on price", True)],
    ids=["recorded", "asked"],
)
def test_a_message_slack_changed_but_its_author_did_not_is_not_read_again(
    english, text: str, asked: bool
) -> None:  # type: ignore[no-untyped-def]
    """Was read as an edit: a second "Logged a win" note to the author (or the question asked
    a second time), for a message nobody touched."""
    slack = english
    ts = f"{SET_UP + 60}.000100"
    _deliver(slack, channel_message(text, ts=ts))
    before = _dated(slack)
    notes = len(slack.api.calls_to("chat.postEphemeral"))
    assert notes == 1 and (before == []) == asked
    _deliver(slack, _changed_by_slack(ts, text, SET_UP + 70))
    assert _dated(slack) == before
    assert len(slack.api.calls_to("chat.postEphemeral")) == notes
    assert slack.api.calls_to("reactions.remove") == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_message_from_before_kpibot_joined_that_slack_changed_records_nothing(english) -> None:  # type: ignore[no-untyped-def]
    """A win posted two days before the team was set up (kpibot read nothing of it), then
    changed by Slack: was recorded as an edit, a figure nobody logged."""
    slack = english
    ts = f"{SET_UP - 2 * 86400}.000100"
    _deliver(slack, _changed_by_slack(ts, "Won Nammo 320k", SET_UP + 70))
    assert _dated(slack) == []
    assert slack.api.calls_to("chat.postEphemeral") == []


# -- an edit of a message posted long before ----------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_edit_of_a_message_from_weeks_ago_never_read_is_asked_for_the_day_it_was_posted(
    english,
) -> None:  # type: ignore[no-untyped-def]
    """A win announced in September, before kpibot was in the channel, its typo put right
    today: was recorded unasked as a win of today (this week's figures, 320k nobody won this
    week; perhaps logged since by a command). Asked now, naming the day it was posted; "Record"
    stores it on that day."""
    slack = english
    posted = f"{SET_UP - 60 * 86400}.000100"  # Monday 21 September 2026, 10:00 in Oslo
    _deliver(
        slack,
        message_edited(
            posted, "Won Nammo 320k!", before="Won Nammo 320k", at=f"{SET_UP + 100}.000100"
        ),
    )
    assert stored(slack) == []
    [question] = slack.api.calls_to("chat.postEphemeral")
    assert "Record this as *a win* with *Nammo*, NOK 320,000, on Mon 21 Sept 2026?" in text_of(
        question.params
    )
    [record] = [b for b in buttons(question.params) if b["value"].endswith("|record")]
    slack.driver.click(LARS, record).reply()
    assert _dated(slack) == [("win", "Nammo", 320000.0, "2026-09-21")]


# -- a team channel renamed ---------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["channel_rename", "group_rename"])
def test_the_team_is_called_by_its_channels_new_name(english, kind: str) -> None:  # type: ignore[no-untyped-def]
    """Renamed in Slack, the team channel kept the name it had at /kpi setup in /teamstatus
    for good ("#sales-c0sales" after it became #salg-oslo)."""
    slack = english
    renamed = {"id": CHANNEL, "name": "salg-oslo", "created": SET_UP}
    other = {"id": "C0RANDOM", "name": "random-2", "created": SET_UP}
    for channel in (renamed, other):
        _deliver(slack, {"type": kind, "channel": channel, "event_ts": f"{SET_UP + 60}.000100"})
    status = text_of(slack.driver.command("/teamstatus", "", KARI, CHANNEL).reply())
    assert "#salg-oslo" in status and "sales-c0sales" not in status


# -- the team channel archived ------------------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "locale, said",
    [
        ("en-GB", "channel is archived, so I post no"),
        ("nb-NO", "kanal er arkivert, så jeg poster ingen"),
    ],
)
def test_a_digest_to_an_archived_channel_tells_the_managers_to_unarchive_it(
    slack, locale: str, said: str
) -> None:  # type: ignore[no-untyped-def]
    """Slack refuses a post to an archived channel (is_archived): the managers were told to
    invite the bot again with /invite, which an archived channel does not allow."""
    from freezegun import freeze_time

    from bot.offline.slack_api import Failure
    from tests.slack.test_digest import _jobs, _team

    for user in slack.api.users.values():
        user.locale = locale
    _team(slack)
    slack.api.fail("chat.postMessage", Failure(200, {"ok": False, "error": "is_archived"}))
    with freeze_time("2026-11-23T07:00:00Z"):  # Monday 08:00 in Oslo
        outcome = _jobs(slack).tick()
    assert [f for f in outcome.failed if f.startswith("digest")], outcome
    told = [
        text_of(c.params)
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == KARI and ":warning:" in text_of(c.params)
    ]
    assert len(told) == 1 and said in told[0] and "/invite" not in told[0], told


# -- two schedulers and a long rate limit -------------------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_digest_rate_limited_for_longer_than_its_claim_is_posted_once_by_two_schedulers(
    slack, _retries_without_waiting
) -> None:  # type: ignore[no-untyped-def]
    """Slack answered the digest's post 429 with Retry-After: 120, three times. The scheduler
    waited each out (six minutes) under its claim's five-minute lease; the second scheduler
    (README: run two) took the claim over when the lease ran out, found no digest in the
    channel and posted it; then the first one's fourth try posted it again: two digests."""
    from datetime import timedelta

    from freezegun import freeze_time

    from bot.offline.slack_api import Failure
    from tests.slack.test_digest import _english, _jobs, _posts, _team

    _english(slack)
    _team(slack)
    first, second = _jobs(slack), _jobs(slack)
    too_long = Failure(429, {"ok": False, "error": "ratelimited"}, headers={"Retry-After": "120"})
    slack.api.fail("chat.postMessage", too_long, too_long, too_long)
    retry_clock = _retries_without_waiting
    with freeze_time("2026-11-23T07:00:00Z") as frozen:  # Monday 08:00 in Oslo
        waited = timedelta()

        def sleep(seconds: float) -> None:  # the first scheduler waits; time goes on
            nonlocal waited
            retry_clock.waits.append(seconds)
            frozen.tick(timedelta(seconds=seconds))
            waited += timedelta(seconds=seconds)
            if waited > timedelta(minutes=5):  # the lease ran out: the second one's tick
                second.tick()

        retry_clock.sleep = sleep
        try:
            first.tick()
        finally:
            del retry_clock.sleep
        frozen.tick(timedelta(minutes=6))  # the next ticks, each scheduler's
        first.tick()
        second.tick()
    assert len(_posts(slack)) == 1
