"""Payloads and faults of round 20, each as Slack sends it or as the machine fails, each
asserting the one record (or none) and the one message it must leave."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta

import pytest
from freezegun import freeze_time
from sqlalchemy import Engine

from bot.offline.slack_api import FakeSlackApi
from storage.db import make_session_factory, session_scope
from storage.installations import installation_store
from storage.models import SalesTeam, Workspace
from tests.helpers import channel_message, set_up_team, stored, text_of
from tests.slack.test_oauth import ACME, BETA, KEY, OAuthSlack, oauth_slack


@pytest.fixture
def oauth(
    migrated_db_url: str, slack_api: FakeSlackApi, slot_engine: Engine
) -> Iterator[OAuthSlack]:
    """The app in OAuth mode, as tests/slack/test_oauth.py runs it."""
    with oauth_slack(slack_api, migrated_db_url, slot_engine) as local:
        yield local


def _say(oauth: OAuthSlack, team: str, user: str, command: str, text: str) -> str:
    result = oauth.driver(team).command(command, text, user, "C0SALES")
    result.reply()
    oauth.executor.wait_idle()
    return "\n".join(text_of(m) for m in result.replies())


def _left(oauth: OAuthSlack, team: str) -> bool:
    with session_scope(make_session_factory(oauth.engine)) as session:
        workspace = session.get(Workspace, team)
        return workspace is not None and workspace.uninstalled_at is not None


def _installed(oauth: OAuthSlack, team: str) -> bool:
    store = installation_store(oauth.settings.client_id or "", oauth.engine, KEY)
    return store.find_bot(enterprise_id=None, team_id=team) is not None


# -- 1. a bot token revoked and its event lost -----------------------------------------------------
def test_a_token_slack_refuses_marks_the_workspace_gone_and_answers_200(
    oauth: OAuthSlack,
) -> None:
    """The workspace's admin removed kpibot while it was down (or the tokens_revoked event was
    lost): the installation stayed stored, Bolt's auth.test was refused (invalid_auth), and every
    later event of the workspace was answered 503, for ever (Slack counts those toward turning off
    the app's event subscriptions, for every workspace). Now Slack's refusal of the token is taken
    as the event would be: the workspace has left (the grace period before the purge starts), the
    event is answered 200 and a command says kpibot is not installed. Installing again works."""
    token = oauth.install(ACME, "Acme AS")
    oauth.install(BETA, "Beta AB")
    assert "Logged a *meeting*" in _say(oauth, ACME, "U0LARS", "/logmeeting", "Equinor")
    oauth.api.revoked[token] = "invalid_auth"
    with freeze_time(timedelta(minutes=6), tick=True):  # past the cached auth.test answer
        for retry in (None, 1):
            answer = oauth.driver(ACME).event(
                channel_message("Won Nammo 250k!"), event_id="Ev0GONE", retry_num=retry
            )
            assert answer.status == 200
        oauth.executor.wait_idle()
        assert _left(oauth, ACME)
        said = _say(oauth, ACME, "U0LARS", "/logwin", "Nammo 250k")
        assert "not installed in this workspace" in said and "try again" not in said, said
        assert _installed(oauth, BETA) and not _left(oauth, BETA)  # the other one untouched
        assert [r["customer"] for r in stored(oauth, ACME)] == ["Equinor"]  # type: ignore[arg-type]
        oauth.install(ACME, "Acme AS")  # the admin adds it again
        assert not _left(oauth, ACME)
        assert "Logged a *win*" in _say(oauth, ACME, "U0LARS", "/logwin", "Nammo 250k")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_token_slack_refuses_to_the_scheduler_stops_the_workspaces_sends(
    oauth: OAuthSlack,
) -> None:
    """The same revoked token met first by the scheduler: every digest, summary and nudge of
    the workspace was tried and refused at each tick, and its managers were 'told' through the
    same dead token. Now the first refusal marks the workspace left, as the event would: the
    next ticks send nothing there; the other workspace's sends go on. Slack taking the token
    again (an IP allow-list mended), the workspace's use brings it back."""
    token = oauth.install(ACME, "Acme AS")
    beta_token = oauth.install(BETA, "Beta AB")
    for team in (ACME, BETA):
        _say(oauth, team, "U0KARI", "/kpi", "setup")
        _say(oauth, team, "U0LARS", "/logmeeting", "Equinor")
    with session_scope(make_session_factory(oauth.engine)) as session:  # no chart: cheaper
        for team in session.query(SalesTeam):
            team.chart_enabled = False
    oauth.api.revoked[token] = "account_inactive"
    oauth.api.calls.clear()
    with freeze_time("2026-11-30T07:00:00Z"):  # Monday morning: digests and summaries
        oauth.jobs().tick()
    assert _left(oauth, ACME)
    assert _installed(oauth, BETA) and not _left(oauth, BETA)
    # One call refused, then nothing more tried there (was: each of its sends refused, and the
    # managers 'told' of each through a dead token or none).
    assert len([c for c in oauth.api.calls if c.token == token]) == 1
    assert not [c for c in oauth.api.calls if not c.token]
    assert len(oauth.api.calls_to("chat.postMessage")) >= 5  # Beta's digest and summaries
    oauth.api.calls.clear()
    for later in ("07:06", "07:12", "08:00"):
        with freeze_time(f"2026-11-30T{later}:00Z"):
            oauth.jobs().tick()
    assert not [c for c in oauth.api.calls if c.token == token], oauth.api.calls
    assert all(c.token == beta_token for c in oauth.api.calls if c.token)
    # invalid_auth is also a call from an IP address the workspace does not allow: its admin
    # mends that, Slack takes the token again, and the workspace's use brings it back.
    del oauth.api.revoked[token]
    with freeze_time("2026-11-30T10:00:00Z"):  # Monday 11:00 in Oslo, 3 hours after
        assert "Logged a *meeting*" in _say(oauth, ACME, "U0LARS", "/logmeeting", "Orkla")
    with freeze_time("2026-12-01T09:00:00Z"):
        oauth.jobs().tick()  # the day's retention pass
    assert not _left(oauth, ACME)


# -- 2. a click or a form from a workspace with no installation ------------------------------------
STALE = "T0STALE"


def test_a_click_and_a_form_from_a_workspace_without_kpibot_are_told_so(
    oauth: OAuthSlack,
) -> None:
    """A button clicked or a form submitted in a workspace kpibot is no longer installed in was
    answered 200 and nothing: the person saw nothing happen. Now the click is told at its
    response URL (no token needed) and the form is answered with a view that says so."""
    oauth.install(ACME, "Acme AS")
    stale = oauth.driver(STALE)
    clicked = stale.click("U0LARS", {"action_id": "undo", "value": "1"})
    assert clicked.status == 200
    said = text_of(clicked.reply())
    assert "not installed in this workspace" in said, said
    view = {
        "type": "modal",
        "callback_id": "log_activity_modal",
        "private_metadata": "{}",
        "blocks": [],
    }
    submitted = stale.submit_view("U0LARS", view, {})
    assert submitted.status == 200
    answer = submitted.response_action
    assert answer is not None and answer["response_action"] == "update", submitted.body
    assert "not installed in this workspace" in json.dumps(answer["view"])


# -- 3. the App Home opened by a guest account or someone of another organisation ------------------
def test_the_app_home_of_a_guest_or_an_outsider_says_why_it_shows_no_figures(slack) -> None:  # type: ignore[no-untyped-def]
    """A guest account (or a person of another organisation, in a channel shared through Slack
    Connect) opening kpibot's App Home: the refusal their command gets had nowhere to go (an
    event has no response URL nor channel), so the Home stayed blank, and the log said "nobody
    to tell". Now the Home says it, as their command does; nobody becomes a seller."""
    from bot.offline.slack_api import FakeUser
    from tests.helpers import set_up_team
    from tests.slack.test_unseen_shapes import _sellers

    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.api.add_user(FakeUser("U0GUEST", "Gina Gjest", locale="en-GB", is_restricted=True))
    slack.api.add_user(FakeUser("U0EXT", "Otto Utenfor", locale="en-GB", team_id="T0OTHER"))
    set_up_team(slack)
    for user, words in (("U0GUEST", "guest account"), ("U0EXT", "another organisation")):
        slack.api.reset()
        opened = {"type": "app_home_opened", "user": user, "channel": "D0HOME", "tab": "home"}
        assert slack.driver.event(opened).status == 200
        slack.wait_idle()
        published = slack.api.calls_to("views.publish")
        assert [c.params["user_id"] for c in published] == [user]
        view = published[0].params["view"]
        assert view["type"] == "home" and words in json.dumps(view), view
    assert {"U0GUEST", "U0EXT"}.isdisjoint(_sellers(slack))


# -- 4. /kpi setup in a channel bigger than a minute of users.info ---------------------------------
def test_setup_of_a_channel_bigger_than_slacks_rate_limit_takes_everyone_in_two_runs(slack) -> None:  # type: ignore[no-untyped-def]
    """users.info is Slack's Tier 4 (about 100 calls a minute). /kpi setup in a channel of 150
    asked about every member one by one: past the limit each further call was refused (a 429
    not waited out), and the answer said to run it again in a minute; run again, it asked about
    the members it had just read first, met the limit at the same place, and the last 50 never
    joined. Now a run stops asking at the limit, and a run again asks only about the members it
    does not know yet (those read today are kept as they are): everyone is in."""
    from bot.offline.slack_api import FakeUser
    from tests.helpers import command_reply
    from tests.slack.test_unseen_shapes import _sellers

    for user in slack.api.users.values():
        user.locale = "en-GB"
    ids = [
        slack.api.add_user(FakeUser(f"U4{i:04d}", f"Seller{i:03d}", locale="en-GB")).id
        for i in range(150)
    ]
    slack.api.channel_members["C0SALES"] = ["U0KARI", *ids]
    command_reply(slack, "U0KARI", "/kpi", "help")  # Kari's own profile read first
    slack.api.reset()
    slack.api.rate_limit("users.info", 100)
    first = command_reply(slack, "U0KARI", "/kpi", "setup")
    assert "could not tell me about 51 more members just now" in first, first
    assert len(slack.api.calls_to("users.info")) <= 103  # stopped asking at the limit
    slack.api.reset()
    slack.api.rate_limit("users.info", 100)  # a minute later
    again = command_reply(slack, "U0KARI", "/kpi", "setup")
    assert "could not tell" not in again and "151 sellers" in again, again
    assert set(ids) <= _sellers(slack)


# -- 5. a customer list with more owners than a minute of users.lookupByEmail -------------------
@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_customer_list_with_more_owners_than_slacks_rate_limit_comes_through_shared_again(
    slack,
) -> None:  # type: ignore[no-untyped-def]
    """users.lookupByEmail is Slack's Tier 3 (about 50 a minute). A list of 60 customers, each
    with its own owner's e-mail, met the limit at the 51st: "try again in a moment"; shared
    again a minute later, it asked about the same 50 first and met the limit at the same place,
    for ever. Now the e-mails Slack answered lately are not asked again: the second share is
    reported, with every owner Slack knows."""
    from tests.helpers import text_of as said

    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.api.users["U0LARS"].email = "lars@example.com"
    rows = "".join(f"Kunde {i:02d};B;owner{i:02d}@example.com\n" for i in range(59))
    data = ("Navn;Nivå;Eier\n" + rows + "Equinor;A;lars@example.com\n").encode()

    def share(ts: str) -> str:
        slack.api.add_file("F0MANY", "kunder.csv", data, user="U0KARI")
        shared = channel_message(
            "", ts, user="U0KARI", channel="D0IMPORT", channel_type="im",
            subtype="file_share", files=[{"id": "F0MANY"}],
        )  # fmt: skip
        n = len(slack.api.calls)
        assert slack.driver.event(shared).status == 200
        slack.wait_idle()
        posts = [c for c in slack.api.calls[n:] if c.method == "chat.postMessage"]
        return "\n".join(said(c.params) for c in posts)

    set_up_team(slack, reset=False)
    slack.wait_idle()
    slack.api.reset()
    slack.api.rate_limit("users.lookupByEmail", 50)
    assert "try again" in share("1763630000.000200")
    asked = len(slack.api.calls_to("users.lookupByEmail"))
    assert asked <= 52  # 50 answered, then refused
    slack.api.rate_limit("users.lookupByEmail", 50)  # a minute later
    report = share("1763630060.000200")
    assert "try again" not in report and "nothing is changed yet" in report, report
    again = len(slack.api.calls_to("users.lookupByEmail")) - asked
    assert again <= 12, again  # only the e-mails not answered before (10), not all 60 again
