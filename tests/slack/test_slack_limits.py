"""Slack's limits (bot/offline/limits.py), at the largest realistic sizes.

The stand-in refuses what Slack refuses and the suite fails any test that made the app send it
(tests/conftest.py `_within_slack_limits`); these tests make the biggest payloads kpibot builds
(a team of 60 sellers with long names in each of the four languages, a seller with many open
leads to customers with the longest names kpibot takes, a customer with 30 open offers) and
check that each is within the limits AND shows every figure, or says how many more there are and
where they are listed."""

from __future__ import annotations

import hashlib
import json
import re
import urllib.error
import urllib.request
from datetime import UTC, datetime

import pytest
from freezegun import freeze_time
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.clock import SystemClock
from bot.dependencies import Deps
from bot.jobs import Jobs
from bot.offline import limits
from bot.offline.slack_api import FakeSlackApi, FakeUser, take_violations
from bot.services.kpis import Week
from bot.services.recording import MAX_NAME
from bot.slack_client import build_client
from storage.db import make_session_factory, session_scope
from storage.models import SalesTeam
from tests.helpers import set_up_team, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
LOCALES = {"en": "en-GB", "nb": "nb-NO", "sv": "sv-SE", "da": "da-DK"}
SYLLABLES = ("ba", "ke", "mo", "ti", "ru", "fel", "dun", "sor", "vik", "lan", "gos", "pim")


def _customer(n: int, length: int = MAX_NAME) -> str:
    """A customer's name as long as kpibot takes one, like no other's (made-up words, so no
    reader takes one for a KPI, an amount, a day or a temperature, nor two names for one)."""
    digest = hashlib.sha512(str(n).encode()).digest()
    name = f"K{n:03d}"
    for i in range(0, len(digest) - 2, 3):
        word = "".join(SYLLABLES[b % len(SYLLABLES)] for b in digest[i : i + 3]).title()
        if len(name) + 1 + len(word) > length:
            break
        name += f" {word}"
    return name


def _say(slack, user: str, command: str, text: str) -> dict:  # type: ignore[no-untyped-def]
    return slack.driver.command(command, text, user, CHANNEL).reply()


def _replies(slack, user: str, command: str, text: str) -> list[dict]:  # type: ignore[no-untyped-def]
    result = slack.driver.command(command, text, user, CHANNEL)
    result.reply()
    slack.wait_idle()
    return result.replies()


def _jobs(slack) -> Jobs:  # type: ignore[no-untyped-def]
    client = build_client(slack.settings)
    return Jobs(
        deps=Deps(slack.settings, make_session_factory(slack.engine), SystemClock()),
        client_for=lambda _w: client,
    )


def _within_limits(method: str, payload: dict) -> None:
    found = limits.check(method, payload)
    assert not found, "\n".join(map(str, found))


def _home(slack, user: str) -> dict:  # type: ignore[no-untyped-def]
    slack.api.reset()
    slack.driver.event({"type": "app_home_opened", "user": user, "channel": "D0X", "tab": "home"})
    return slack.api.wait_for(lambda c: c.method == "views.publish")[0].params["view"]


# -- the stand-in refuses what Slack refuses ------------------------------------------------------
def test_the_stand_in_refuses_what_slack_refuses_and_records_it(slack_api: FakeSlackApi) -> None:
    slack_api.restore()
    client = WebClient(token="xoxb-test", base_url=slack_api.api_url)
    section = {"type": "section", "text": {"type": "mrkdwn", "text": "x"}}
    with pytest.raises(SlackApiError) as refused:
        client.chat_postMessage(channel=CHANNEL, text="t", blocks=[section] * 51)
    assert refused.value.response["error"] == "invalid_blocks"
    assert "[json-pointer:/blocks]" in refused.value.response["response_metadata"]["messages"][0]
    long_header = {"type": "header", "text": {"type": "plain_text", "text": "h" * 151}}
    with pytest.raises(SlackApiError, match="invalid_blocks"):
        client.chat_postEphemeral(channel=CHANNEL, user=LARS, text="t", blocks=[long_header])
    modal = {
        "type": "modal",
        "title": {"type": "plain_text", "text": "A title of twenty-five ch"},
        "blocks": [section],
    }
    with pytest.raises(SlackApiError) as refused:
        client.views_open(trigger_id="t", view=modal)
    assert refused.value.response["error"] == "invalid_arguments"
    # Within the limits: answered as before.
    assert client.chat_postMessage(channel=CHANNEL, text="t", blocks=[section] * 50)["ok"]
    # A response URL answers 400 and the error.
    request = urllib.request.Request(
        slack_api.response_url("k1"),
        data=json.dumps({"blocks": [section] * 51}).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    with pytest.raises(urllib.error.HTTPError) as http:
        urllib.request.urlopen(request, timeout=10)
    assert http.value.code == 400 and http.value.read() == b"invalid_blocks"
    # Text beyond 40,000 characters is posted cut off (Slack's truncation): recorded all the same.
    assert client.chat_postMessage(channel=CHANNEL, text="x" * 40_001)["ok"]
    found = take_violations()
    assert [v.method for v in found] == [
        "chat.postMessage",
        "chat.postEphemeral",
        "views.open",
        "response_url",
        "chat.postMessage",
    ]
    assert slack_api.violations == found


# -- a team of sixty sellers, in each language ----------------------------------------------------
SELLERS = 60


@pytest.mark.backends("sqlite")  # the sizes are the renderers'; one backend says it
def test_a_team_of_sixty_sellers_in_each_language_fits_and_shows_every_seller(slack) -> None:  # type: ignore[no-untyped-def]
    ids = [
        slack.api.add_user(
            FakeUser(f"U3{i:04d}", f"Seller{i:02d} Kristine-Marie Haugland Johannessen")
        ).id
        for i in range(SELLERS)
    ]
    slack.api.channel_members[CHANNEL] = [KARI, *ids]
    set_up_team(slack, reset=False)
    for n, user in enumerate(ids):  # a row each, with a win of the week and a goal of their own
        _say(slack, user, "/logwin", f"{_customer(100 + n)} 1250000 2026-11-17")
        _say(slack, KARI, "/kpi", f"goal <@{user}> meetings 5/week")
    client = build_client(slack.settings)
    for language, locale in LOCALES.items():
        for user in slack.api.users.values():
            user.locale = locale
        with session_scope(make_session_factory(slack.engine)) as s:
            s.query(SalesTeam).one().language = language
        where = f"({language})"

        # /teamstatus: every seller's row, in messages within the limits.
        messages = _replies(slack, KARI, "/teamstatus", "")
        status = "\n".join(text_of(m) for m in messages)
        for i in range(SELLERS):
            assert f"*Seller{i:02d}*" in status, f"/teamstatus {where} lacks Seller{i:02d}"

        # The digest of week 47: posted by the app (through the stand-in), every win in it.
        with session_scope(make_session_factory(slack.engine)) as s:
            team_id = s.query(SalesTeam).one().id
        with freeze_time("2026-11-23T07:00:00Z"):
            week = _jobs(slack).digests.messages("T0DEMO", team_id, Week(2026, 47))
        assert week is not None
        for outgoing in [week.digest, *(summary for _id, summary in week.summaries)]:
            posted = client.chat_postMessage(channel=outgoing.channel, **outgoing.message)
            assert posted["ok"], where
        assert len(week.summaries) == SELLERS + 1  # Kari sells too
        text = text_of(week.digest.message)
        for n in range(SELLERS):
            assert f"K{100 + n:03d} " in text, f"digest {where} lacks the win of Seller{n:02d}"

        # The settings form: every goal, or where they all are.
        view = slack.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
        form = text_of(view)
        assert all(f"U3{i:04d}" in form for i in range(SELLERS)) or "`/kpi goals`" in form
        goals = "\n".join(text_of(m) for m in _replies(slack, KARI, "/kpi", "goals"))
        for user in ids:
            assert f"<@{user}>" in goals, f"/kpi goals {where} lacks {user}"

        # The manager's App Home: every seller's row, or how many more and where.
        home = text_of(_home(slack, KARI))
        shown = sum(f"*Seller{i:02d}*" in home for i in range(SELLERS))
        more = re.findall(r"(\d+)[^\n]*`/teamstatus`", home)
        assert shown == SELLERS or (more and shown + int(more[0]) == SELLERS), where


# -- a seller with many open leads --------------------------------------------------------------
# Enough for every list to run over what the App Home shows (20 warm, 8 open) and /kpi me over a
# section; 200 and more are rendered in tests/unit/test_slack_limits.py (a command costs ~30 ms).
LEADS = 45


@pytest.mark.backends("sqlite")
def test_a_seller_with_many_open_leads_sees_each_or_how_many_more_and_where(slack, clock) -> None:  # type: ignore[no-untyped-def]
    slack.api.users[LARS].locale = "en-GB"
    set_up_team(slack, reset=False)
    clock.set(datetime(2026, 11, 13, 10, 0, tzinfo=UTC))  # a week ago: due for a nudge
    for n in range(LEADS):
        _say(slack, LARS, "/logmeeting", f"{_customer(n)} warm")
    clock.set(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))

    home = text_of(_home(slack, LARS))  # refused by the stand-in (and failed) beyond the limits
    listed = sum(f"K{n:03d} " in home for n in range(LEADS))
    assert "…and 25 more warm leads without a next step: `/kpi me` lists them all." in home
    assert "…and 37 more open leads" in home and "/kpi customer Equinor owner @ola" in home
    assert listed == 20 + 8  # the oldest warm ones, the open ones changed last

    # /kpi me lists every one of them (in as many sections as it takes: before, the list was
    # cut off unsaid at the end of its first section).
    messages = _replies(slack, LARS, "/kpi", "me")
    mine = "\n".join(text_of(m) for m in messages)
    assert all(_customer(n) in mine for n in range(LEADS))

    # The nudge: the first leads and the rest counted (rendering.nudge).
    with freeze_time("2026-11-23T08:00:00Z"):
        _jobs(slack).nudge_pass()
    dm = [c.params for c in slack.api.calls_to("chat.postMessage") if c.params["channel"] == LARS]
    assert dm and "…and 35 more" in text_of(dm[0])


# -- a customer with 30 open offers --------------------------------------------------------------
@pytest.mark.backends("sqlite")
def test_which_offer_question_with_thirty_open_offers_has_a_button_for_each(slack) -> None:  # type: ignore[no-untyped-def]
    slack.api.users[LARS].locale = "en-GB"
    set_up_team(slack, reset=False)
    customer = _customer(1)
    for n in range(30):  # each a deal of its own, as the seller says
        _say(slack, LARS, "/logoffer", f"{customer} {100_000 + n * 1000} another offer")
    question = _say(slack, LARS, "/logwin", customer)
    shown = [e for b in question["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert len(shown) == 31, text_of(question)  # each offer, and Cancel
    last = [b for b in shown if "100,000" in b["text"]["text"]]  # the first, listed last
    assert last and shown.index(last[0]) >= 25, [b["text"]["text"] for b in shown]
    # A button of the second row answers as those of the first do.
    answer = slack.driver.click(
        LARS, {"action_id": last[0]["action_id"], "value": last[0]["value"]}
    ).reply()
    assert "100,000" in text_of(answer) and "win" in text_of(answer).lower()
