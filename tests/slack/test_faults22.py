"""Payloads and faults of round 22, each as Slack sends it or as the machine fails, each
asserting the one record (or none) and the one message it must leave."""

from __future__ import annotations

import logging

import pytest
from freezegun import freeze_time

from bot.clock import SystemClock
from bot.dependencies import Deps
from bot.jobs import Jobs
from bot.offline.slack_api import BOT_USER_ID, Failure
from bot.slack_client import build_client
from storage.db import make_session_factory, session_scope
from storage.models import Claim
from tests.helpers import (
    SALES_CHANNEL,
    SELLER,
    TO_THE_BOT,
    channel_message,
    command_replies,
    mention,
    message_edited,
    set_up_team,
    stored,
    text_of,
)


@pytest.fixture
def english(slack):  # type: ignore[no-untyped-def]
    return set_up_team(slack, locale="en-GB")


def _deliver(slack, *events: dict) -> None:  # type: ignore[no-untyped-def]
    for event in events:
        assert slack.driver.event(event).status == 200
        slack.wait_idle()


def _said(slack) -> list[str]:  # type: ignore[no-untyped-def]
    return [c.method for c in slack.api.calls if c.method.startswith(("chat.", "reactions."))]


# -- 1. an integration posting with the seller's own user token ----------------------------------
@pytest.mark.backends("sqlite")  # the listener's decision, before any query
def test_a_crm_app_posting_as_the_seller_with_their_user_token_is_not_their_words(english) -> None:  # type: ignore[no-untyped-def]
    """A CRM's Slack app (or any integration the seller authorised with their user token)
    posts "Deal won: Orkla 300 000" in the team channel as the seller: Slack names the seller as
    `user` and says only `app_id` (no bot_id, no bot_profile; "sent using <app>" under it). Was:
    counted as the seller's own win (✅, "Logged a win"), beside the one they log themselves:
    Orkla's 300 000 twice. Now nothing is recorded or said for the app's post, its edit or its
    @kpibot; the seller's own /logwin is the one record."""
    slack = english
    crm = {"app_id": "A0CRMSYNC"}
    posted = "1763630000.000100"
    _deliver(
        slack,
        channel_message("Deal won: Orkla 300 000", posted, **crm),
        channel_message("Vant Nammo 320k", "1763630001.000100", **crm),
        mention(f"<@{BOT_USER_ID}> win Telia 150k", "1763630002.000100", **crm),
    )
    edit = message_edited(
        posted, "Deal won: Orkla 320 000", before="Deal won: Orkla 300 000", at="1763630100.000100"
    )
    edit["message"].update(crm)
    _deliver(slack, edit)
    assert stored(slack) == []
    assert _said(slack) == []
    said = command_replies(slack, SELLER, "/logwin", "Orkla 300k")
    assert "Orkla" in said, said
    assert [(r["kind"], r["customer"], r["amount"]) for r in stored(slack)] == [
        ("win", "Orkla", 300000)
    ]
    # The seller's own words, typed in Slack, still count.
    _deliver(slack, channel_message("Won Nammo 320k", "1763630200.000100", channel=SALES_CHANNEL))
    assert sorted(r["customer"] for r in stored(slack)) == ["Nammo", "Orkla"]


# -- 2. the digest's trend chart refused for now, or the scheduler restarted after the digest ----
def _jobs(slack):  # type: ignore[no-untyped-def]
    """The scheduler's jobs as a fresh `kpibot scheduler` process builds them."""
    deps = Deps(slack.settings, make_session_factory(slack.engine), SystemClock())
    client = build_client(slack.settings)
    return Jobs(deps=deps, client_for=lambda _ws: client)


class _Died(BaseException):
    """The scheduler process killed (a deploy, the OOM killer) while it draws the chart."""


def _die(*_args: object) -> bytes:
    raise _Died


RATE_LIMITED = Failure(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "600"})
UNAVAILABLE = Failure(503, {"ok": False, "error": "service_unavailable"})


@pytest.mark.parametrize(
    "fault",
    [
        ("files.getUploadURLExternal", RATE_LIMITED),  # longer than a send waits
        ("files.getUploadURLExternal", UNAVAILABLE, UNAVAILABLE, UNAVAILABLE),
        # Slack shared it, then answered 500: the next try finds it in the thread.
        (
            "files.completeUploadExternal",
            Failure(500, {"ok": False, "error": "internal_error"}, processed=True),
        ),
        ("files.completeUploadExternal", UNAVAILABLE),  # not shared: shared at the next try
        "restart",
    ],
    ids=["429_ten_minutes", "503", "500_after_sharing", "503_before_sharing", "restart"],
)
def test_the_digests_chart_refused_for_now_or_cut_by_a_restart_comes_once_later(
    slack, fault, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Monday 08:00: the digest is posted, then its trend chart meets Slack's rate limit (Retry
    -After ten minutes, longer than a send waits), a 503, a 500 from files.completeUploadExternal
    (after Slack shared the file, or before), or the scheduler is restarted between the digest
    and the chart. Was: the chart was 'a bonus' tried once: lost for the week after any of
    these (the digest's claim was done, so no tick came back to it). Now the chart has its own
    claim, owed before the digest is posted: a later tick (not before Slack's Retry-After)
    looks in the digest's thread and uploads it there if it is not; the digest once, each
    summary once, the chart once, nobody told of a failure."""
    from bot.rendering import chart

    set_up_team(slack, locale="en-GB", language="en", reset=False)
    # Two counted weeks (46 and 47): one week is no trend and draws no chart.
    slack.driver.command("/logmeeting", "Acme 2026-11-10", SELLER, SALES_CHANNEL).reply()
    slack.driver.command("/logmeeting", "Acme warm 2026-11-17", SELLER, SALES_CHANNEL).reply()
    slack.wait_idle()
    slack.api.calls.clear()
    if fault == "restart":
        monkeypatch.setattr(chart, "draw", _die)
        with freeze_time("2026-11-23T07:00:00Z"), pytest.raises(_Died):
            _jobs(slack).tick()
        monkeypatch.undo()
    else:
        slack.api.fail(*fault)
        with freeze_time("2026-11-23T07:00:00Z"):
            _jobs(slack).tick()
    digests = [
        c for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == "C0SALES"
    ]
    assert len(digests) == 1
    thread = digests[0].params["_ts"]
    uploads_at_first = len(slack.api.calls_to("files.getUploadURLExternal"))
    with freeze_time("2026-11-23T07:06:00Z"):  # past a send's retry, within Slack's ten minutes
        _jobs(slack).tick()
    if fault[1:2] == (RATE_LIMITED,):
        assert len(slack.api.calls_to("files.getUploadURLExternal")) == uploads_at_first
    for minute in ("07:11", "07:17", "07:30", "07:50"):  # before the nudges (09:00 in Oslo)
        with freeze_time(f"2026-11-23T{minute}:00Z"):
            _jobs(slack).tick()
    in_thread = [
        f["name"] for m in slack.api.thread("C0SALES", thread) for f in m.get("files") or []
    ]
    assert in_thread == ["kpibot-2026-W47.png"], in_thread
    posts = [c.params["channel"] for c in slack.api.calls_to("chat.postMessage")]
    assert sorted(posts) == ["C0SALES", "U0ALEX", "U0KARI", "U0LARS", "U0METTE"], posts
    with session_scope(make_session_factory(slack.engine)) as session:
        assert {(c.kind, c.state) for c in session.query(Claim)} == {
            ("digest", "sent"), ("summary", "sent"), ("chart", "sent")
        }  # fmt: skip


# -- 3. half an emoji: a lone UTF-16 surrogate in the JSON Slack sends ----------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_half_an_emoji_in_what_slack_sends_is_dropped_and_the_words_are_read(
    english, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    """A client or an integration cut an emoji in two ("🏆" is \\ud83c\\udfc6 in JSON; one
    half sent): valid JSON, but a lone surrogate no database and no UTF-8 encoder takes. Was: a
    DM "win Nammo 320k" or an "@kpibot meeting Orkla warm" with it was an unhandled error
    (UnicodeEncodeError at the INSERT) and the author heard nothing; so was the log form with it
    in the customer's name. Now the half character is dropped at the edge and the words are read
    as typed: each recorded once, answered as ever, no error logged."""
    slack = english
    _deliver(
        slack,
        channel_message("win Nammo\ud83c 320k", "1763630000.000100", **TO_THE_BOT),
        mention(f"<@{BOT_USER_ID}> meeting Orkla warm \udfc6", "1763630001.000100"),
    )
    view = slack.driver.command("/logmeeting", "", SELLER).opened_view()
    values = {
        "customer": {
            "customer_input": {
                "type": "external_select",
                "selected_option": {
                    "text": {"type": "plain_text", "text": "Telia\ud83c"},
                    "value": "Telia\ud83c",
                },
            }
        },
        "date": {"date_picker": {"type": "datepicker", "selected_date": "2026-11-19"}},
    }
    assert slack.driver.submit_view(SELLER, view, values).status == 200
    slack.wait_idle()
    assert sorted((r["kind"], r["customer"]) for r in stored(slack)) == [
        ("meeting", "Orkla"),
        ("meeting", "Telia"),
        ("win", "Nammo"),
    ]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]
    told = [text_of(c.params) for c in slack.api.calls_to("chat.postEphemeral")]
    assert len(told) == 3 and all("Logged" in t for t in told), told


# -- 4. an error reading a person's message is told to its author ---------------------------------
@pytest.mark.backends("sqlite")  # the guard's answer, whatever the database
@pytest.mark.parametrize(
    "event",
    [
        channel_message("win Nammo 320k", "1763630000.000100", **TO_THE_BOT),
        mention(f"<@{BOT_USER_ID}> win Nammo 320k", "1763630000.000100"),
        channel_message("Won Nammo 320k", "1763630000.000100"),
    ],
    ids=["dm", "mention", "team_channel"],
)
def test_a_message_that_could_not_be_read_is_told_to_its_author_once(
    english, event: dict, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Any unexpected error reading a person's message (a bug, a database error that cannot be
    held). A command's or a click's error is said at its response_url; an event has none. Was:
    logged 'response_url failed (ValueError) and there is nobody to tell', and the seller who
    wrote "win Nammo 320k" to the bot heard nothing, the win not stored. Now they are told
    privately where they wrote it that nothing was stored, once."""
    from bot.listeners.events import messages

    def broken(*_args: object, **_kw: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(messages, "_understand", broken)
    monkeypatch.setattr(messages.activities, "log_text", broken)
    _deliver(slack := english, event)
    told = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert [(t["channel"], t["user"]) for t in told] == [(event["channel"], SELLER)], told
    assert "nothing was stored" in text_of(told[0])
    assert stored(slack) == []
    _deliver(slack, {**event, "user": "U0OTHER", "bot_id": "B0ZAP"})  # an app's: nobody waits
    assert len(slack.api.calls_to("chat.postEphemeral")) == 1


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_guest_is_told_why_when_they_write_to_kpibot_never_for_each_channel_post(english) -> None:  # type: ignore[no-untyped-def]
    """A guest account writing "win Nammo 320k" to the bot, or "@kpibot win Nammo 320k": was
    silence (the refusal had no response_url); now the same words as their command gets. Their
    posts in the team channel are not answered (each one would be)."""
    from bot.offline.slack_api import FakeUser

    slack = english
    slack.api.add_user(FakeUser("U0GUEST", "Gina Gjest", locale="en-GB", is_restricted=True))
    guest = {"user": "U0GUEST"}
    _deliver(slack, channel_message("Won Nammo 320k", "1763630000.000100", **guest))
    _deliver(slack, channel_message("Lunch at 12?", "1763630001.000100", **guest))
    assert slack.api.calls_to("chat.postEphemeral") == []
    _deliver(
        slack,
        channel_message("win Nammo 320k", "1763630002.000100", **guest, channel="D0GUEST",
                        channel_type="im"),
        mention(f"<@{BOT_USER_ID}> win Nammo 320k", "1763630003.000100", **guest),
    )  # fmt: skip
    told = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert [(t["channel"], t["user"]) for t in told] == [
        ("D0GUEST", "U0GUEST"),
        (SALES_CHANNEL, "U0GUEST"),
    ]
    assert all("guest account" in text_of(t) for t in told)
    assert stored(slack) == []
