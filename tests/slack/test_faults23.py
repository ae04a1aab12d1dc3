"""Payloads and faults of round 23, each as Slack sends it or as the machine fails, each
asserting the one record (or none) and the one message it must leave."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from bot.clock import SystemClock
from bot.dependencies import Deps
from bot.jobs import Jobs
from bot.offline.slack_api import Failure
from bot.slack_client import build_client
from storage.db import make_session_factory, session_scope
from storage.models import Claim, SalesTeam
from tests.helpers import (
    MANAGER,
    SALES_CHANNEL,
    SELLER,
    buttons,
    click,
    command_replies,
    customers,
    set_up_team,
    stored,
    text_of,
)
from tests.slack.test_oauth import oauth  # noqa: F401 (the OAuth app's fixture)

MONDAY = "2026-11-30T07:00:00Z"  # 08:00 in Oslo: the digest is due


@pytest.fixture
def team(slack):  # type: ignore[no-untyped-def]
    """Kari's team in C0SALES, in English, Kari and Lars its managers, a meeting of last week."""
    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.api.channel_members[SALES_CHANNEL] = [MANAGER, SELLER]
    with freeze_time("2026-11-24T09:00:00Z"):
        slack.driver.command("/kpi", "setup", MANAGER, SALES_CHANNEL).reply()
        slack.wait_idle()
        command_replies(slack, MANAGER, "/kpi", f"managers add <@{SELLER}|lars>")
        slack.driver.command("/logmeeting", "Acme warm 2026-11-17", SELLER, SALES_CHANNEL).reply()
        slack.wait_idle()
    with session_scope(make_session_factory(slack.engine)) as session:
        for each in session.query(SalesTeam):
            each.language, each.chart_enabled = "en", False
    slack.api.calls.clear()
    return slack


def _jobs(slack) -> Jobs:  # type: ignore[no-untyped-def]
    """The scheduler's jobs as a fresh `kpibot scheduler` process builds them (a restart)."""
    deps = Deps(slack.settings, make_session_factory(slack.engine), SystemClock())
    client = build_client(slack.settings)
    return Jobs(deps=deps, client_for=lambda _ws: client)


def _event(slack, event: dict) -> None:  # type: ignore[no-untyped-def]
    assert slack.driver.event({"event_ts": "1764500000.000100", **event}).status == 200
    slack.wait_idle()


def _told(slack, user: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The warnings posted (a ts given) in `user`'s DM."""
    return [
        text_of(c.params)
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == user
        and "_ts" in c.params
        and ":warning:" in text_of(c.params)
    ]


# -- 1. the managers' notice refused for now for every manager -----------------------------------
UNAVAILABLE = Failure(503, {"ok": False, "error": "service_unavailable"})
# Slack posted it, then answered 500: the next try finds it in the DM, never posts it twice.
POSTED_THEN_500 = Failure(500, {"ok": False, "error": "internal_error"}, processed=True)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("refusal", ["429_two_minutes", "503", "500_after_posting"])
def test_a_managers_notice_refused_for_now_for_every_manager_comes_later_once(
    team, refusal: str
) -> None:  # type: ignore[no-untyped-def]
    """Monday's digest finds the team's channel archived: Kari and Lars, its managers, are to
    be told. Slack answers both DMs 429 with Retry-After two minutes (longer than a send waits
    it out), or 503, or posts them and answers 500. Was: the notice was marked told all the
    same: neither ever heard that the digest had nowhere to go. Now each manager's DM is tried
    again at a later tick, by whichever scheduler runs then (a restart in between), and each is
    told exactly once."""
    slack = team
    slack.api.archived.add(SALES_CHANNEL)
    if refusal == "429_two_minutes":
        slack.api.rate_limit("chat.postMessage", 0, retry_after=120)
    else:
        slack.api.fail(
            "chat.postMessage", *[UNAVAILABLE if refusal == "503" else POSTED_THEN_500] * 2
        )
    with freeze_time(MONDAY):
        _jobs(slack).tick()
    if refusal != "500_after_posting":
        assert (_told(slack, MANAGER), _told(slack, SELLER)) == ([], [])
    slack.api.rate_limit("chat.postMessage", 10**6)
    for at in ("2026-11-30T07:06:00Z", "2026-11-30T07:12:00Z", "2026-11-30T08:00:00Z"):
        with freeze_time(at):
            _jobs(slack).tick()  # a scheduler restarted between ticks
    for manager in (MANAGER, SELLER):
        told = _told(slack, manager)
        assert len(told) == 1 and "archived" in told[0], (manager, told)
    assert [c for c in slack.api.calls_to("chat.postMessage") if c.params.get("channel") ==
            SALES_CHANNEL] == []  # fmt: skip


def test_a_channel_archived_event_whose_notice_slack_refused_for_now_is_told_later_once(
    team,
) -> None:  # type: ignore[no-untyped-def]
    """Someone archives the team's channel; Slack rate-limits the managers' DMs for two minutes
    (longer than a listener waits). Was: the notice marked told, nobody told, and no digest
    tried there (so no second chance either). Now the managers not told are told at the next
    tick after the limit, once; one told at once is not told again."""
    slack = team
    slack.api.archived.add(SALES_CHANNEL)
    # Kari's DM goes through, Lars's is refused (each of the client's tries).
    slack.api.rate_limit("chat.postMessage", 1, retry_after=120)
    with freeze_time("2026-11-26T10:00:00Z"):
        _event(slack, {"type": "channel_archive", "channel": SALES_CHANNEL, "user": MANAGER})
    assert len(_told(slack, MANAGER)) == 1 and _told(slack, SELLER) == []
    slack.api.rate_limit("chat.postMessage", 10**6)
    for at in ("2026-11-26T10:06:00Z", "2026-11-26T10:12:00Z", MONDAY):
        with freeze_time(at):
            _jobs(slack).tick()
    for manager in (MANAGER, SELLER):
        told = _told(slack, manager)
        assert len(told) == 1 and "archived" in told[0], (manager, told)
    with session_scope(make_session_factory(slack.engine)) as session:
        notice = session.query(Claim).filter_by(kind="notice").one()
        assert notice.state == "sent"


# -- 2. an organisation-wide installation taken from one of its workspaces ---------------------
def _org_level(oauth, event: dict) -> int:  # type: ignore[no-untyped-def]  # noqa: F811
    """An event about the organisation's installation itself, as Slack delivers it to it: the
    organisation's authorization, no workspace."""
    from bot.offline.driver import BOT_USER_ID
    from tests.slack.test_grid_org_install import ORG
    from tests.slack.test_oauth import ACME

    envelope = {
        "team_id": ORG,
        "enterprise_id": ORG,
        "authorizations": [
            {"enterprise_id": ORG, "team_id": None, "user_id": BOT_USER_ID, "is_bot": True,
             "is_enterprise_install": True}
        ],
    }  # fmt: skip
    status = oauth.driver(ACME).event(event, envelope=envelope).status
    oauth.executor.wait_idle()
    return status


def test_an_org_wide_install_taken_from_one_workspace_stops_its_sends_and_comes_back(
    oauth,  # type: ignore[no-untyped-def]  # noqa: F811
) -> None:
    """kpibot is installed to a whole Grid organisation; an org admin takes it away from the
    workspace Beta (Slack: team_access_revoked, team_ids [Beta]), later gives it back
    (team_access_granted). Was: neither event subscribed to nor read: Beta kept its digest,
    summaries and nudges, each refused by Slack (no access) every week, and its data was never
    purged. Now Beta has left as after an uninstall (nothing sent there, the purge clock runs)
    while Acme goes on; granted again, Beta is back with its figures."""
    from sqlalchemy import select

    from storage.models import Workspace
    from tests.slack.test_grid_org_install import _install_org, _org_say
    from tests.slack.test_oauth import ACME, BETA

    token = _install_org(oauth)
    for workspace in (ACME, BETA):
        _org_say(oauth, workspace, "U0KARI", "/kpi", "setup")
        _org_say(oauth, workspace, "U0LARS", "/logmeeting", "Equinor warm")
    assert _org_level(oauth, {"type": "team_access_revoked", "team_ids": [BETA]}) == 200
    with session_scope(make_session_factory(oauth.engine)) as session:
        left = dict(session.execute(select(Workspace.id, Workspace.uninstalled_at)).all())
    assert left[ACME] is None and left[BETA] is not None
    oauth.api.calls.clear()
    with freeze_time("2026-11-23T07:00:00Z"):  # Monday morning in Oslo
        oauth.jobs().tick()
    posts = oauth.api.calls_to("chat.postMessage")
    assert len([c for c in posts if c.params.get("channel") == SALES_CHANNEL]) == 1  # Acme's
    assert {c.token for c in posts} == {token}
    assert _org_level(oauth, {"type": "team_access_granted", "team_ids": [BETA]}) == 200
    with session_scope(make_session_factory(oauth.engine)) as session:
        left = dict(session.execute(select(Workspace.id, Workspace.uninstalled_at)).all())
    assert left == {ACME: None, BETA: None}
    assert "Meetings: *1*" in _org_say(oauth, BETA, "U0LARS", "/kpi", "")
    oauth.api.calls.clear()
    with freeze_time("2026-11-30T07:00:00Z"):  # the next Monday: both teams' digests
        oauth.jobs().tick()
    posts = oauth.api.calls_to("chat.postMessage")
    assert len([c for c in posts if c.params.get("channel") == SALES_CHANNEL]) == 2


# -- 3. a new customer asked about, then cancelled ---------------------------------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("answer", ["cancel", "without_offer", "double_click"])
def test_a_new_customer_is_created_only_with_the_record_that_needs_it(slack, answer: str) -> None:  # type: ignore[no-untyped-def]
    """`/loglost Acme pris`, Acme a customer nobody logged before: kpibot asks whether to count
    a lost deal without an offer. Was: Acme was created before the question, and Cancel left it
    in the customer list (and the autocomplete, the export) with no activity. Now nothing is
    stored while it asks: Cancel leaves no Acme; "count it" stores Acme with its one loss, once,
    a double click too."""
    with freeze_time("2026-11-25T10:00:00Z"):
        set_up_team(slack, locale="en-GB", language="en")
        command_replies(slack, SELLER, "/logmeeting", "Orkla warm")
        result = slack.driver.command("/loglost", "Acme pris", SELLER, SALES_CHANNEL)
        asked = result.reply()
        slack.wait_idle()
        assert "Count a lost deal anyway?" in text_of(asked), text_of(asked)
        assert customers(slack) == ["Orkla"]
        choice = {b["value"].rsplit("|", 1)[-1]: b for b in buttons(asked)}
        if answer == "cancel":
            click(slack, SELLER, choice["cancel"], result, idle=True)
            assert customers(slack) == ["Orkla"]
            assert [r["customer"] for r in stored(slack)] == ["Orkla"]
            return
        click(slack, SELLER, choice["without_offer"], result, idle=answer != "double_click")
        if answer == "double_click":
            click(slack, SELLER, choice["without_offer"], result, idle=True)
        assert customers(slack) == ["Orkla", "Acme"]
        assert sorted((r["customer"], r["kind"]) for r in stored(slack)) == [
            ("Acme", "loss"),
            ("Orkla", "meeting"),
        ]


# -- 4. a thread reply that names no customer; a customer's name written as a link -------------
def _at(clock, seconds: int) -> str:  # type: ignore[no-untyped-def]
    """A message ts `seconds` after Tuesday 1 December 2026 10:00 UTC, the clock just after."""
    from datetime import UTC, datetime

    clock.set(datetime(2026, 12, 1, 10, 5, tzinfo=UTC))
    return f"{1764583200 + seconds}.000100"


def _posted(slack, event: dict) -> list[str]:  # type: ignore[no-untyped-def]
    """What the app said (its chat. and reactions. calls) after `event` arrived."""
    n = len(slack.api.calls)
    assert slack.driver.event(event).status == 200
    slack.wait_idle()
    return [
        c.method + ":" + text_of(c.params)
        for c in slack.api.calls[n:]
        if c.method.startswith(("chat.", "reactions."))
    ]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("reply", "asked"),
    [
        ("Won it! 300k", "Record this as *a win* with *Orkla*, NOK 300,000?"),
        ("Vant! 300k", "Record this as *a win* with *Orkla*, NOK 300,000?"),
        ("Sent the offer, 450k", "Record this as *an offer* to *Orkla*, NOK 450,000?"),
    ],
)
@pytest.mark.parametrize("broadcast", [False, True], ids=["reply", "thread_broadcast"])
def test_a_thread_reply_naming_no_customer_is_asked_about_with_the_threads_customer(
    slack, clock, reply: str, asked: str, broadcast: bool
) -> None:  # type: ignore[no-untyped-def]
    """Lars posts "Meeting with Orkla today, hot lead" (recorded), and later replies in its
    thread "Won it! 300k" (then edits it to 305k before answering) (or sends the reply to the channel too: thread_broadcast). Was:
    nothing recorded and nothing said: the win lost. Now he is asked privately, once, whether
    it is a win with Orkla, NOK 300 000 (the thread's customer); nothing is stored unasked, and
    "Record" stores it once. A reply that says nothing of a deal ("Nice!") is left alone."""
    from tests.helpers import channel_message, message_edited

    set_up_team(slack, locale="en-GB", language="en")
    parent = _at(clock, 0)
    said = _posted(slack, channel_message("Meeting with Orkla today, hot lead", parent))
    assert any("Logged a *meeting* with *Orkla*" in s for s in said), said
    extra = {"subtype": "thread_broadcast"} if broadcast else {}
    assert _posted(slack, channel_message("Nice!", _at(clock, 30), thread_ts=parent)) == []
    posted = _at(clock, 60)
    said = _posted(slack, channel_message(reply, posted, thread_ts=parent, **extra))
    assert said == [f"chat.postEphemeral:{asked}"], said
    assert [(r["customer"], r["kind"]) for r in stored(slack)] == [("Orkla", "meeting")]
    # Edited before it was answered (the amount put right): asked again, with the new amount.
    edit = message_edited(posted, reply.replace("0k", "5k"), before=reply, at=_at(clock, 90))
    edit["message"]["thread_ts"] = parent
    said = _posted(slack, edit)
    assert said == [f"chat.postEphemeral:{asked.replace('0,000', '5,000')}"], said
    assert [(r["customer"], r["kind"]) for r in stored(slack)] == [("Orkla", "meeting")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "message",
    [
        {"text": "Won <https://www.orkla.no|Orkla> 300k"},
        # The deal's page in the CRM pasted after the words: an address, no words of them.
        {"text": "Won Orkla 300k <https://crm.example.com/deals/4711>"},
        {
            "text": "",
            "blocks": [
                {
                    "type": "rich_text",
                    "elements": [
                        {
                            "type": "rich_text_section",
                            "elements": [
                                {"type": "text", "text": "Won "},
                                {"type": "link", "url": "https://www.orkla.no", "text": "Orkla"},
                                {"type": "text", "text": " 300k "},
                                {"type": "emoji", "name": "tada"},
                                {"type": "link", "url": "https://crm.example.com/deals/4711"},
                            ],
                        }
                    ],
                }
            ],
        },
    ],
    ids=["text", "crm_link", "blocks_only"],
)
def test_a_customer_name_written_as_a_link_is_read_as_its_name(slack, clock, message: dict) -> None:  # type: ignore[no-untyped-def]
    """The composer turns "Orkla" into a link to orkla.no (Slack writes it
    `<https://www.orkla.no|Orkla>` in `text`, a `link` element in the blocks), or the deal's
    page in the CRM is pasted after the words (`<https://crm.example.com/deals/4711>`). Was:
    nothing recorded, nothing said: the win lost. Now a link is read as the words it shows,
    and an address as none."""
    from tests.helpers import channel_message

    set_up_team(slack, locale="en-GB", language="en")
    event = {**channel_message("", _at(clock, 0)), **message}
    said = _posted(slack, event)
    assert any("Logged a *win* with *Orkla*: NOK 300,000" in s for s in said), said
    assert [(r["customer"], r["kind"], r["amount"]) for r in stored(slack)] == [
        ("Orkla", "win", 300000)
    ]


# -- 5. a recorded message deleted after its week's digest named it ---------------------------
def test_a_recorded_message_deleted_after_the_digest_named_it_is_told_to_its_author(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """Lars posts "Won Orkla 300k" on Wednesday (recorded), Monday's digest names the win, and
    on Monday he (or an admin) deletes the message. The record goes with it, as a deleted
    message's does. Was: without a word, after the team was told of the win; Lars's figures
    and the team's dropped and nobody knew why. Now Lars is told privately, once (Slack's
    retry of the deletion says nothing more), that it is no longer counted and how to log it
    again. A message deleted before its week was reported goes quietly, as before."""
    from datetime import UTC, datetime

    from tests.helpers import channel_message, message_deleted

    clock.set(datetime(2026, 11, 25, 10, 0, tzinfo=UTC))  # Wednesday of week 48
    set_up_team(slack, locale="en-GB", language="en")
    won, quiet = "1764064800.000100", "1764064900.000100"
    assert _posted(slack, channel_message("Won Orkla 300k", won))
    assert _posted(slack, channel_message("Won Nammo 200k", quiet))
    assert (
        _posted(slack, message_deleted(quiet, at="1764065000.000100", text="Won Nammo 200k")) == []
    )
    with freeze_time(MONDAY):
        _jobs(slack).tick()
    clock.set(datetime(2026, 11, 30, 9, 0, tzinfo=UTC))
    deleted = message_deleted(won, at="1764493200.000100", text="Won Orkla 300k")
    said = _posted(slack, deleted)
    assert said == [
        "chat.postEphemeral::information_source: Your message about a win with *Orkla* (Wed 25 "
        "Nov 2026) was deleted, so it is no longer counted: the digest for week 48 named it, and "
        "your figures and the team's now leave it out. If it did happen, log it again with "
        "`/logwin`."
    ], said
    assert [c.params["user"] for c in slack.api.calls_to("chat.postEphemeral")][-1] == SELLER
    assert _posted(slack, deleted) == []  # Slack's retry
    assert stored(slack) == []
