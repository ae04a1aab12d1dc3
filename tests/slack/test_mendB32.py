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


def _rate(slack, code: str, rate: str, since: str) -> None:  # type: ignore[no-untyped-def]
    from datetime import date
    from decimal import Decimal

    from sqlalchemy import select

    from storage import repositories as repo
    from storage.db import session_scope
    from storage.models import SalesTeam

    with session_scope(make_session_factory(slack.engine)) as session:
        team = session.scalars(select(SalesTeam)).one()
        repo.set_currency_rate(
            session,
            team.workspace_id,
            team.id,
            code,
            Decimal(rate),
            date.fromisoformat(since),
            None,
        )


@pytest.mark.backends("sqlite")
def test_an_offer_revised_into_another_currency_is_one_revision(team, clock) -> None:  # type: ignore[no-untyped-def]
    _said(team, clock, "2027-03-18T09:30:00", METTE, "/logoffer", "Carlsberg 450.000 kr")
    _said(team, clock, "2027-03-23T09:30:00", METTE, "/logoffer", "Carlsberg 520.000 kr")
    done = _said(team, clock, "2027-03-31T08:30:00", METTE, "/logoffer", "Carlsberg 600.000 NOK")
    # Her krone by its code (was "Revideret fra 520.000 kr. til 600.000 NOK")
    assert "Revideret fra 520.000 DKK til 600.000 NOK" in done, done
    status = _said(team, clock, "2027-03-31T08:31:00", KARI, "/teamstatus")
    # Was "Tilbud 0 (tidligere tilbud revidert opp med kr 600 000; tidligere tilbud revidert
    # ned med DKK 520 000 ikke omregnet)": one revision, up and down at once
    assert "Tilbud 0 (tidligere tilbud revidert fra DKK 520 000 til NOK 600 000 ikke omregnet)" in (
        status
    ), status
    assert "revidert opp" not in status and "revidert ned" not in status, status
    own = _said(team, clock, "2027-03-31T08:32:00", METTE, "/kpi")
    assert "tidligere tilbud revideret fra 520.000 DKK til 600.000 NOK ikke omregnet" in own, own
    # With a DKK rate: the difference in the team's currency, as any revision (600 000 - 520 000
    # x 1.5 = 180 000 down)
    _rate(team, "DKK", "1.5", "2027-03-01")
    status = _said(team, clock, "2027-03-31T08:33:00", KARI, "/teamstatus")
    assert "Tilbud 0 (tidligere tilbud revidert ned med kr 180 000)" in status, status


@pytest.mark.backends("sqlite")
def test_the_week_a_quarter_ended_in_shows_the_teams_totals_of_that_quarter(team, clock) -> None:  # type: ignore[no-untyped-def]
    _said(team, clock, "2027-03-15T09:00:00", KARI, "/logoffer", "Orkla 750k")
    _said(team, clock, "2027-03-15T09:01:00", METTE, "/logoffer", "Carlsberg 450.000 kr")
    _said(team, clock, "2027-03-17T09:00:00", KARI, "/logwin", "Orkla")
    _said(team, clock, "2027-03-17T09:01:00", KARI, "/logoffer", "Tine 300k")
    _said(team, clock, "2027-03-17T09:02:00", KARI, "/loglost", "Tine pris")
    _said(team, clock, "2027-04-01T08:30:00", KARI, "/logoffer", "Equinor 100k")
    status = _said(team, clock, "2027-04-05T08:30:00", KARI, "/teamstatus", "uke 13")
    totals = status.split("*Totalt for teamet*")[1].split("*Alex*")[0]
    # Week 13 is Q2's (its Thursday): its line counts Q2's new customers; Q1 to its last day
    # has the team's totals of its own (was: each seller's part only, the team's nowhere)
    assert (
        "*2027-Q1 til og med ons. 31. mars 2027*\n"
        "Tilbud: 3 (kr 1 050 000 + DKK 450 000 ikke omregnet)\n"
        "Vunne avtaler: 1 (kr 750 000) · Tapte avtaler: 1\n"
        "Nye kunder i 2027-Q1: 1\n"
    ) in totals, totals
    assert "Nye kunder i 2027-Q2: 0" in totals, totals  # Orkla is Q1's
