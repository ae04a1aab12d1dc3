"""mendB32, through the app: the figures the review (figures32) found off in a NOK team with a
Dane (Mette, no rates set) over Easter 2027 and the Q1/Q2 turn."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from bot.clock import SystemClock
from bot.dependencies import Deps
from bot.jobs import Jobs
from bot.services.kpis import Week
from bot.slack_client import build_client
from storage.db import make_session_factory
from tests.helpers import said_at, set_up_team

KARI, METTE = "U0KARI", "U0METTE"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    set_up_team(slack, clock=clock, at="2027-03-15T08:00:00", idle=True)
    return slack


def _digest(slack, week: Week) -> str:  # type: ignore[no-untyped-def]
    deps = Deps(slack.settings, make_session_factory(slack.engine), SystemClock())
    client = build_client(slack.settings)
    jobs = Jobs(deps=deps, client_for=lambda _ws: client)
    _outcome, texts = jobs.run_now(channel=None, week=week, dry_run=True)
    return "\n".join(texts)


def _said(slack, clock, when: str, user: str, command: str, text: str = "") -> str:  # type: ignore[no-untyped-def]
    return said_at(slack, clock, when, user, command, text).replace("\xa0", " ")


@pytest.mark.backends("sqlite")
def test_a_sellers_own_views_show_her_revision_and_team_totals_their_losses(team, clock) -> None:  # type: ignore[no-untyped-def]
    _said(team, clock, "2027-03-18T09:30:00", METTE, "/logoffer", "Carlsberg 450.000 kr")
    _said(team, clock, "2027-03-23T09:30:00", METTE, "/logoffer", "Carlsberg 520.000 kr")
    own = _said(team, clock, "2027-03-23T09:35:00", METTE, "/kpi")
    # Her week 12: no offer sent, one revised up by DKK 70 000 (was "Tilbud: *0*" alone, while
    # her row in /teamstatus said the revision)
    week = own.split("*Denne uge*")[1].split("*Dette kvartal")[0]
    assert "Tilbud: *0* (tidligere tilbud revideret op med 70.000 DKK" in week, own
    row = _said(team, clock, "2027-03-23T09:36:00", KARI, "/teamstatus")
    assert "Tilbud 0 (tidligere tilbud revidert opp med DKK 70 000" in row, row
    # Losses beside wins in the team's totals and the digest (was: wins only)
    _said(team, clock, "2027-03-24T09:30:00", KARI, "/logwin", "Equinor 100k")
    _said(team, clock, "2027-03-24T09:30:30", KARI, "/logoffer", "Orkla 200k")
    _said(team, clock, "2027-03-24T09:31:00", KARI, "/loglost", "Orkla pris")
    totals = _said(team, clock, "2027-03-24T09:32:00", KARI, "/teamstatus")
    assert "Vunne avtaler: 1 (kr 100 000) · Tapte avtaler: 1\n" in totals, totals
    with freeze_time("2027-03-29T07:00:00Z"):
        digest = _digest(team, Week(2027, 12)).replace("\xa0", " ")
    assert "Vunne avtaler: 1 (kr 100 000) · Tapte avtaler: 1" in digest, digest
