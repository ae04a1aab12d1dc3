"""The Web API failing where the other suites do not make it fail: a form Slack does not open
(rate-limited, its trigger expired, a 5xx, a dropped line), for every button and command that
opens one. The person is told at once what to do, nothing is stored or changed, and no
traceback is logged."""

from __future__ import annotations

import logging

import pytest

from bot.offline.slack_api import Failure
from tests.helpers import TO_THE_BOT, channel_message, leads, set_up_team, stored, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"


@pytest.fixture
def english(slack):  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="en-GB", reset=False)
    slack.driver.command("/logmeeting", "Nammo warm", LARS).reply()
    slack.api.reset()
    return slack


FAILURES = {
    # Slack's Retry-After is often longer than the trigger lives (3 s): waited out, the form
    # could never open, and the person heard nothing for as long.
    "rate-limited": Failure(
        429, {"ok": False, "error": "ratelimited"}, headers={"Retry-After": "30"}
    ),
    "trigger-expired": Failure(body={"ok": False, "error": "expired_trigger_id"}),
    "server-error": Failure(503, {"ok": False, "error": "service_unavailable"}),
    "dropped": Failure(status=0),
}


def _open(slack, where: str):  # type: ignore[no-untyped-def]
    [lead] = leads(slack)
    if where == "settings":
        return slack.driver.command("/kpi", "settings", KARI)
    if where == "plan-next-step":
        return slack.driver.click(LARS, {"action_id": "lead_plan_next_step", "value": str(lead.id)})
    if where == "hand-over-in-home":
        home = {"id": "V0HOME", "type": "home", "team_id": "T0DEMO"}
        return slack.driver.click(
            LARS, {"action_id": "lead_hand_over", "value": str(lead.id)}, view=home
        )
    return slack.driver.click(LARS, {"action_id": "callday_log_call", "value": "Nammo"})


def _our_errors(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Errors and tracebacks kpibot logged (slack_sdk logs a dropped line as an error itself)."""
    return [
        r.getMessage()
        for r in caplog.records
        if r.name.startswith(("bot", "kpibot")) and (r.levelno >= logging.ERROR or r.exc_info)
    ]


def _told(slack) -> list[str]:  # type: ignore[no-untyped-def]
    """What the person was told, wherever it went (response_url, ephemeral, DM)."""
    return [
        text_of(c.params)
        for c in slack.api.calls
        if c.method in {"response_url", "chat.postEphemeral", "chat.postMessage"}
    ]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("failure", list(FAILURES))
@pytest.mark.parametrize("where", ["settings", "plan-next-step", "hand-over-in-home", "call-day"])
def test_a_form_slack_does_not_open_is_said_at_once_and_changes_nothing(
    english, caplog, where: str, failure: str
) -> None:  # type: ignore[no-untyped-def]
    slack = english
    before = stored(slack)
    slack.api.fail("views.open", FAILURES[failure])
    result = _open(slack, where)
    slack.wait_idle()
    assert getattr(result, "status", 200) == 200
    # One try: a retry after Retry-After or a 5xx only meets a spent trigger.
    assert len(slack.api.calls_to("views.open")) == 1
    # Was "Something went wrong on our side" and a traceback (in the App Home: nothing at all).
    [said] = _told(slack)
    assert "Slack did not open the form in time, so nothing was changed" in said, said
    if where == "call-day":
        assert "/logcall" in said  # the way to log the call without the form
    if where == "hand-over-in-home":
        [dm] = slack.api.calls_to("chat.postMessage")
        assert dm.params["channel"] == LARS
    assert stored(slack) == before
    assert _our_errors(caplog) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_log_form_not_opened_on_a_rate_limit_is_answered_with_the_command_at_once(
    english,
) -> None:  # type: ignore[no-untyped-def]
    slack = english
    slack.api.fail("views.open", FAILURES["rate-limited"])
    said = text_of(slack.driver.command("/logmeeting", "", LARS).reply())
    assert len(slack.api.calls_to("views.open")) == 1  # was: 30 s waited, then a spent trigger
    assert "/logmeeting" in said and "Nothing was stored" in said, said


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_form_that_opens_but_cannot_be_filled_in_stays_usable(english, caplog) -> None:  # type: ignore[no-untyped-def]
    slack = english
    [lead] = leads(slack)
    slack.api.fail("views.update", Failure(body={"ok": False, "error": "not_found"}))
    slack.driver.click(LARS, {"action_id": "lead_plan_next_step", "value": str(lead.id)})
    slack.wait_idle()
    # Was "Something went wrong" under a form that is open and works (it checks the lead
    # again when submitted), and a traceback.
    assert _told(slack) == []
    assert _our_errors(caplog) == []


def _rate_limited(seconds: str) -> Failure:
    return Failure(429, {"ok": False, "error": "ratelimited"}, headers={"Retry-After": seconds})


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_long_rate_limit_never_holds_a_listener_thread(english, _retries_without_waiting) -> None:  # type: ignore[no-untyped-def]
    """Listeners share a few threads: a minute's Retry-After on the ✅ of every message of a busy
    channel, waited out (three times), left none to answer the next command within 3 s."""
    slack = english
    waits = _retries_without_waiting.waits
    before = len(waits)
    slack.api.fail("reactions.add", _rate_limited("60"))
    assert slack.driver.event(channel_message("Won Nammo 320k")).status == 200
    slack.wait_idle()
    assert [w for w in waits[before:] if w >= 60] == []  # not waited for
    assert len(slack.api.calls_to("reactions.add")) == 1
    [note] = slack.api.calls_to("chat.postEphemeral")  # the note and its Undo still come
    assert "Nammo" in text_of(note.params)
    wins = [(r["customer"], r["amount"]) for r in stored(slack) if r["kind"] == "win"]
    assert wins == [("Nammo", 320000.0)]
    # A short one is still waited out and the call made again.
    slack.api.reset()
    slack.api.fail("reactions.add", _rate_limited("2"))
    slack.driver.event(channel_message("Won Orkla 100k", ts="1763630001.000100"))
    slack.wait_idle()
    assert len(slack.api.calls_to("reactions.add")) == 2


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_scheduled_jobs_still_wait_out_a_long_rate_limit(english) -> None:  # type: ignore[no-untyped-def]
    from bot.slack_client import build_client

    slack = english
    slack.api.fail("chat.postMessage", _rate_limited("60"))
    client = build_client(slack.settings)  # as bot.scheduler builds it
    client.chat_postMessage(channel=CHANNEL, text="digest")
    assert len(slack.api.calls_to("chat.postMessage")) == 2


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_retry_after_in_fractions_of_a_second_is_no_error(english, caplog) -> None:  # type: ignore[no-untyped-def]
    slack = english
    slack.api.fail("reactions.add", _rate_limited("1.5"))
    slack.driver.event(channel_message("Won Nammo 320k"))
    slack.wait_idle()
    # slack_sdk reads Retry-After with int(): a ValueError escaped the listener after the win
    # was stored, and the author never got the note with its Undo.
    [note] = slack.api.calls_to("chat.postEphemeral")
    assert "Nammo" in text_of(note.params)
    assert _our_errors(caplog) == []


def test_a_dropped_dm_to_one_manager_still_tells_the_others_of_a_failed_digest(
    slack, caplog
) -> None:  # type: ignore[no-untyped-def]
    from freezegun import freeze_time

    from tests.slack.test_digest import _english, _jobs, _team

    _english(slack)
    _team(slack)
    slack.driver.command("/kpi", "managers add <@U0METTE|mette>", KARI, CHANNEL).reply()
    slack.api.reset()
    slack.api.fail(
        "chat.postMessage",
        Failure(body={"ok": False, "error": "is_archived"}),  # the digest: the channel is gone
        Failure(status=0),  # the first manager's DM drops
    )
    with freeze_time("2026-11-23T07:00:00Z"):
        outcome = _jobs(slack).tick()
    told = [
        c.params["channel"]
        for c in slack.api.calls_to("chat.postMessage")
        if "is_archived" in text_of(c.params)
    ]
    # Was: the drop ended the loop ("failed unexpectedly", a traceback): the others never knew.
    assert told == [KARI, "U0METTE"]
    assert outcome.failed == ["digest:1:2026-W47"]
    assert _our_errors(caplog) == []


# -- Slack cannot confirm the app's token (auth.test) ---------------------------------------------
AUTH_TEST_FAILURES = {
    "server-error": Failure(503, {"ok": False, "error": "service_unavailable"}),
    "rate-limited": _rate_limited("30"),
    "dropped": Failure(status=0),
}


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("failure", list(AUTH_TEST_FAILURES))
def test_an_event_that_comes_while_slack_cannot_confirm_the_token_is_delivered_again(
    slack, failure: str
) -> None:  # type: ignore[no-untyped-def]
    """Bolt asks Slack's auth.test about the token once a process (with OAuth, every few minutes
    per workspace). Failing, it answered the event 200 "your installation is no longer
    available": Slack never sent it again, and the win in it was lost."""
    # As many as one request's tries (a 5xx and a drop are tried again twice, a long 429 never).
    tries = 1 if failure == "rate-limited" else 3
    slack.api.fail("auth.test", *[AUTH_TEST_FAILURES[failure]] * tries)
    # The process's first request: a message to the bot.
    event = channel_message("win Nammo 320k", **TO_THE_BOT)
    answer = slack.driver.event(event, event_id="Ev0AUTH")
    slack.wait_idle()
    assert answer.status == 503  # Slack delivers it again
    assert slack.driver.event(event, event_id="Ev0AUTH", retry_num=1).status == 200
    slack.wait_idle()
    assert [(r["kind"], r["customer"]) for r in stored(slack)] == [("win", "Nammo")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_command_that_comes_while_slack_cannot_confirm_the_token_is_told_to_try_again(
    slack,
) -> None:  # type: ignore[no-untyped-def]
    slack.api.fail("auth.test", *[AUTH_TEST_FAILURES["server-error"]] * 3)
    said = text_of(slack.driver.command("/logwin", "Nammo 320k", LARS, CHANNEL).reply())
    # Was Bolt's English "your installation with this app is no longer available. Please
    # reinstall this app into your workspace".
    # (In the language this process last knew the person in: Slack cannot be asked now.)
    assert "reinstall" not in said and "/logwin Statkraft 400k" in said, said
    assert stored(slack) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_note_slack_rate_limits_for_long_comes_in_a_dm(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    slack.api.fail("chat.postEphemeral", _rate_limited("60"))
    slack.driver.event(channel_message("Won Nammo 320k"))
    slack.wait_idle()
    # Not waited out (a listener thread held a minute): the note and its Undo in a DM instead.
    [dm] = slack.api.calls_to("chat.postMessage")
    assert dm.params["channel"] == LARS and "Nammo" in text_of(dm.params)
    assert len(slack.api.calls_to("chat.postEphemeral")) == 1
