"""Payloads and faults of round 17 (guests made so later, archived team channels, Enterprise
Grid), each as Slack sends it (signed, through the driver), each asserting the one record (or
none) and the one message it must leave."""

from __future__ import annotations

from datetime import timedelta

import pytest
from freezegun import freeze_time

from storage.db import make_session_factory, session_scope
from storage.models import Seller
from tests.helpers import stored, text_of
from tests.slack.test_nudges import _at, _dms, _log, _tick

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
GUESTS = ["is_restricted", "is_ultra_restricted"]


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.api.channel_members[CHANNEL] = [KARI, LARS]
    slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply()
    return slack


def _user_change(slack, user: str, **flags: bool) -> None:  # type: ignore[no-untyped-def]
    """Slack's user_change: the user's whole users.info object, as it is after the change."""
    for flag, value in flags.items():
        setattr(slack.api.users[user], flag, value)
    body = slack.api.users[user].to_slack(slack.api.team_id)
    event = {"type": "user_change", "user": body, "event_ts": "1.0"}
    assert slack.driver.event(event).status == 200
    slack.wait_idle()


def _seller(slack, user: str) -> Seller:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as session:
        seller = session.query(Seller).filter_by(slack_user_id=user).one()
        session.expunge(seller)
        return seller


# -- 1. a member made a guest ---------------------------------------------------------------------
@pytest.mark.parametrize("flag", GUESTS)
def test_a_seller_made_a_guest_stops_selling_at_once_and_a_full_member_again_sells(
    team, clock, flag: str
) -> None:  # type: ignore[no-untyped-def]
    """Lars's account is made a guest (user_change with is_restricted / is_ultra_restricted).
    Was: a seller until his profile was read again (a day): his commands recorded, nudged about
    his warm leads. Now at once: his commands store nothing and say why, no nudge; his past
    entry and his lead stay his (a manager hands the lead over, as for a deactivated account).
    Slack's retry of the event changes nothing more. Made a full member again: he sells again."""
    slack = team
    _at(clock, "2026-11-13T10:00:00Z")  # Friday
    _log(slack, LARS, "Acme warm")
    _user_change(slack, LARS, **{flag: True})
    _user_change(slack, LARS, **{flag: True})  # Slack's retry, or the other replica's copy
    said = text_of(slack.driver.command("/logmeeting", "Equinor", LARS, CHANNEL).reply())
    assert "guest account" in said, said
    _tick(slack, "2026-11-16T08:00:00Z")  # Monday 09:00 in Oslo
    assert _dms(slack, LARS) == []
    assert [(r["seller"], r["customer"]) for r in stored(slack)] == [(LARS, "Acme")]
    assert _seller(slack, LARS).team_id is not None  # his lead is his team's to hand over
    # A manager hands his lead over, as for a deactivated seller's
    said = text_of(slack.driver.command("/kpi", "customer Acme owner <@U0KARI>", KARI).reply())
    assert "handed over (open leads moved: 1)" in said, said
    # A full member again (or before the hand-over): a seller again
    _user_change(slack, LARS, **{flag: False})
    _at(clock, "2026-11-17T10:00:00Z")
    said = text_of(slack.driver.command("/logmeeting", "Equinor warm", LARS, CHANNEL).reply())
    assert "guest" not in said, said
    assert [(r["seller"], r["customer"]) for r in stored(slack)][-1] == (LARS, "Equinor")


@pytest.mark.parametrize("flag", GUESTS)
def test_a_seller_made_a_guest_before_kpibot_heard_of_guests_is_out_at_their_profile_read(
    team, clock, flag: str
) -> None:  # type: ignore[no-untyped-def]
    """A seller made a guest while no user_change reached kpibot (an install that has not
    accepted the subscription, or before guests were known). Was: at their daily profile read
    the command was refused, and nothing more: still nudged every morning, summarised every
    Monday. Now that read marks them out as user_change does."""
    slack = team
    _at(clock, "2026-11-20T10:00:00Z")  # Friday; his profile was read at /kpi setup
    _log(slack, LARS, "Acme warm")
    setattr(slack.api.users[LARS], flag, True)  # no event
    _at(clock, "2026-11-21T11:00:00Z")  # the next day: his profile is read again
    said = text_of(slack.driver.command("/kpi", "", LARS, CHANNEL).reply())
    assert "guest account" in said, said
    _tick(slack, "2026-11-23T08:00:00Z")  # Monday 09:00 in Oslo
    assert _dms(slack, LARS) == []
    assert [(r["seller"], r["customer"]) for r in stored(slack)] == [(LARS, "Acme")]
