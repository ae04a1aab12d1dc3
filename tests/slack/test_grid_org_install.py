"""kpibot installed to a whole Enterprise Grid organisation at once (an org-wide install:
`is_enterprise_install`, `enterprise_id`, no workspace in the installation), through the OAuth
routes against the local Slack stand-in. Commands and events of two workspaces of the
organisation carry the organisation (`authorizations[].enterprise_id`, `is_enterprise_install`,
`context_team_id`): each workspace keeps its own teams and sellers, the scheduler finds the
organisation's token for each workspace, and the export names each activity's own workspace."""

from __future__ import annotations

import json

import pytest
from freezegun import freeze_time

from bot.offline.driver import BOT_USER_ID
from storage.installations import installation_store
from tests.helpers import channel_message, stored
from tests.slack.test_oauth import ACME, BETA, OAuthSlack, _grid_say, oauth  # noqa: F401

ORG = "E0ORG"  # tests.slack.test_faults17's organisation


def _install_org(oauth: OAuthSlack) -> str:  # noqa: F811
    state, cookie = oauth.start_install()
    token = oauth.api.authorize_install(
        "code-org", ACME, "Acme AS", enterprise_id=ORG, org_wide=True
    )
    page = oauth.get(f"/slack/oauth_redirect?code=code-org&state={state}", cookie)
    assert page.status == 200, page.body
    return token


def _org_say(oauth: OAuthSlack, team: str, user: str, command: str, text: str) -> str:  # noqa: F811
    return _grid_say(oauth, team, user, command, text, org_wide=True)


def _org_event(oauth: OAuthSlack, team: str, event: dict) -> int:  # noqa: F811
    """An event as Slack delivers it to an org-wide installation: the authorization is the
    organisation's (no workspace), the workspace it happened in is `context_team_id`."""
    envelope = {
        "team_id": ORG,  # the organisation's installation: not the workspace
        "enterprise_id": ORG,
        "context_team_id": team,
        "context_enterprise_id": ORG,
        "is_ext_shared_channel": False,
        "authorizations": [
            {
                "enterprise_id": ORG,
                "team_id": None,
                "user_id": BOT_USER_ID,
                "is_bot": True,
                "is_enterprise_install": True,
            }
        ],
    }
    status = oauth.driver(team).event(event, envelope=envelope).status
    oauth.executor.wait_idle()
    return status


def test_an_org_wide_install_serves_each_workspace_of_the_organisation_apart(
    oauth: OAuthSlack,  # noqa: F811
) -> None:
    token = _install_org(oauth)
    store = installation_store(
        oauth.settings.client_id or "", oauth.engine, oauth.settings.encryption_key
    )
    org = store.find_bot(enterprise_id=ORG, team_id=None, is_enterprise_install=True)
    assert org is not None and org.bot_token == token
    for team in (ACME, BETA):
        assert "Logged" not in _org_say(oauth, team, "U0KARI", "/kpi", "setup")
    assert "Logged a *meeting*" in _org_say(oauth, ACME, "U0LARS", "/logmeeting", "Equinor warm")
    assert "Logged a *meeting*" in _org_say(oauth, BETA, "U0LARS", "/logmeeting", "Hydro warm")
    # A message in each workspace's team channel, delivered to the organisation's installation.
    assert (
        _org_event(oauth, ACME, channel_message("Møte med Orkla i dag, varm lead", user="U0KARI"))
        == 200
    )
    assert (
        _org_event(oauth, BETA, channel_message("Møte med Yara i dag, varm lead", user="U0KARI"))
        == 200
    )
    acme = sorted((r["seller"], r["customer"]) for r in stored(oauth, ACME))  # type: ignore[arg-type]
    beta = sorted((r["seller"], r["customer"]) for r in stored(oauth, BETA))  # type: ignore[arg-type]
    assert acme == [("U0KARI", "Orkla"), ("U0LARS", "Equinor")]
    assert beta == [("U0KARI", "Yara"), ("U0LARS", "Hydro")]
    # Each workspace's figures are its own.
    said = _org_say(oauth, ACME, "U0LARS", "/kpi", "")
    assert "Meetings: *1*" in said
    # The scheduler finds the organisation's token for each of its workspaces.
    for team in (ACME, BETA):
        bot = store.find_workspace_bot(team)
        assert bot is not None and bot.bot_token == token
    oauth.api.calls.clear()
    with freeze_time("2026-11-23T07:00:00Z"):  # Monday morning in Oslo: digests and summaries
        oauth.jobs().tick()
    posts = oauth.api.calls_to("chat.postMessage")
    digests = [c for c in posts if c.params.get("channel") == "C0SALES"]
    assert len(digests) == 2, [c.params.get("channel") for c in posts]
    assert {c.token for c in posts} == {token}


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_export_names_each_activitys_own_workspace_under_an_org_wide_install(
    oauth: OAuthSlack,  # noqa: F811
    monkeypatch,  # type: ignore[no-untyped-def]
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    from bot.cli import main

    _install_org(oauth)
    for team in (ACME, BETA):
        _org_say(oauth, team, "U0KARI", "/kpi", "setup")
    _org_event(oauth, ACME, channel_message("Møte med Orkla i dag, varm lead", user="U0LARS"))
    _org_event(oauth, BETA, channel_message("Møte med Yara i dag, varm lead", user="U0LARS"))
    monkeypatch.setenv("DATABASE_URL", oauth.engine.url.render_as_string(hide_password=False))
    monkeypatch.setenv("KPIBOT_SPOOL_DIR", oauth.settings.spool_dir or "")
    capsys.readouterr()
    assert main(["export", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert sorted((r["team_id"], r["customer"]) for r in rows) == [(ACME, "Orkla"), (BETA, "Yara")]


def test_removing_the_app_from_the_organisation_is_every_workspace_leaving(
    oauth: OAuthSlack,  # noqa: F811
) -> None:
    from sqlalchemy import select

    from storage.db import make_session_factory, session_scope
    from storage.models import Workspace

    _install_org(oauth)
    for team in (ACME, BETA):
        _org_say(oauth, team, "U0KARI", "/kpi", "setup")
        _org_say(oauth, team, "U0LARS", "/logmeeting", "Equinor warm")
    assert _org_event(oauth, ACME, {"type": "app_uninstalled"}) == 200
    with session_scope(make_session_factory(oauth.engine)) as s:
        left = dict(s.execute(select(Workspace.id, Workspace.uninstalled_at)).all())
    assert left[ACME] is not None and left[BETA] is not None
    store = installation_store(
        oauth.settings.client_id or "", oauth.engine, oauth.settings.encryption_key
    )
    assert store.find_bot(enterprise_id=ORG, team_id=None, is_enterprise_install=True) is None
    assert store.find_workspace_bot(BETA) is None
    oauth.api.calls.clear()
    with freeze_time("2026-11-23T07:00:00Z"):
        oauth.jobs().tick()
    assert oauth.api.calls_to("chat.postMessage") == []
    # Installed to the organisation again within the grace period: both are back.
    token = _install_org(oauth)
    with session_scope(make_session_factory(oauth.engine)) as s:
        left = dict(s.execute(select(Workspace.id, Workspace.uninstalled_at)).all())
    assert left[ACME] is None and left[BETA] is None
    assert store.find_workspace_bot(BETA).bot_token == token  # type: ignore[union-attr]
