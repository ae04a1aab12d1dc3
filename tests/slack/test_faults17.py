"""Payloads and faults of round 17 (guests made so later, archived team channels, Enterprise
Grid), each as Slack sends it (signed, through the driver), each asserting the one record (or
none) and the one message it must leave."""

from __future__ import annotations

import pytest
from freezegun import freeze_time

from storage.db import make_session_factory, session_scope
from storage.models import Seller
from tests.helpers import set_up_team, stored, text_of
from tests.slack.test_nudges import _at, _dms, _log, _tick

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
GUESTS = ["is_restricted", "is_ultra_restricted"]


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    return set_up_team(slack, locale="en-GB", members=[KARI, LARS], reset=False)


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


def _members(slack, channel: str = CHANNEL) -> set[str]:  # type: ignore[no-untyped-def]
    """The Slack user ids of the team's sellers (the team of `channel`)."""
    from storage.models import SalesTeam

    with session_scope(make_session_factory(slack.engine)) as session:
        team = session.query(SalesTeam).filter_by(channel_id=channel).one()
        return {s.slack_user_id for s in session.query(Seller).filter_by(team_id=team.id)}


@pytest.mark.parametrize("how", ["joined", "at_setup"])
def test_a_guest_in_the_channel_made_a_full_member_joins_the_team(team, how: str) -> None:  # type: ignore[no-untyped-def]
    """A guest in the team's channel (joined it, or there at /kpi setup) is no seller. Made a
    full member (user_change: is_restricted false), they are one of the team's sellers at once,
    as a join makes them (was: not until they logged something in the channel: missing from
    /teamstatus and the digest). A guest who left the channel first joins nothing."""
    from bot.offline.slack_api import FakeUser
    from tests.slack.test_faults16 import SET_UP, _joined

    slack = team
    for user_id, name in (("U0GINA", "Gina Gjest"), ("U0GARD", "Gard Gjest")):
        slack.api.add_user(FakeUser(user_id, name, locale="en-GB", is_restricted=True))
    if how == "joined":
        for user_id in ("U0GINA", "U0GARD"):
            for _ in range(2):  # Slack's retry
                assert slack.driver.event(_joined(user_id, SET_UP + 60)).status == 200
    else:
        slack.api.channel_members[CHANNEL] = [KARI, LARS, "U0GINA", "U0GARD"]
        set_up_team(slack, reset=False)
    slack.wait_idle()
    assert _members(slack) == {KARI, LARS}
    left = {"type": "member_left_channel", "user": "U0GARD", "channel": CHANNEL, "team": "T0DEMO"}
    assert slack.driver.event(left).status == 200
    slack.wait_idle()
    _user_change(slack, "U0GINA", is_restricted=False)
    _user_change(slack, "U0GINA", is_restricted=False)  # again: nothing more
    _user_change(slack, "U0GARD", is_restricted=False)
    assert _members(slack) == {KARI, LARS, "U0GINA"}
    status = text_of(slack.driver.command("/teamstatus", "", KARI, CHANNEL).reply())
    assert "Gina" in status and "Gard" not in status, status


# -- 2. a team's channel archived or deleted ------------------------------------------------------
MONDAYS = ["2026-11-23T07:00:00Z", "2026-11-30T07:00:00Z", "2026-12-07T07:00:00Z"]  # 08:00 Oslo


def _digest_tick(slack, when: str) -> None:  # type: ignore[no-untyped-def]
    from tests.slack.test_digest import _jobs

    with freeze_time(when):
        _jobs(slack).tick()


def _channel_event(slack, kind: str, channel: str = CHANNEL) -> None:  # type: ignore[no-untyped-def]
    event = {"type": kind, "channel": channel, "user": KARI, "event_ts": "1.0"}
    assert slack.driver.event(event).status == 200
    slack.wait_idle()


def _posts_to(slack, channel: str) -> list[dict]:  # type: ignore[no-untyped-def]
    """Every post tried there, refused or not."""
    return [
        c.params
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == channel
    ]


def _told(slack, user: str, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [text_of(p) for p in _posts_to(slack, user) if words in text_of(p)]


@pytest.fixture
def english_team(team):  # type: ignore[no-untyped-def]
    from tests.slack.test_digest import _team

    _team(team)  # the team's language English
    team.driver.command("/logmeeting", "Acme warm 2026-11-17", LARS, CHANNEL).reply()
    return team


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("archive", ["channel_archive", "group_archive"])
def test_an_archived_team_channel_is_told_once_gets_no_digest_and_unarchived_gets_it_again(
    english_team, archive: str
) -> None:  # type: ignore[no-untyped-def]
    """The team's channel is archived (channel_archive; group_archive for a private one), Slack
    delivering the event twice. Was: each Monday the digest was posted, refused (is_archived),
    and the managers told again: a DM a week, for ever. Now the managers are told once, at the
    archive, what happened and how to mend it; no digest is tried while it is archived (the
    sellers' own summaries still go); unarchived (channel_unarchive), the next digest is posted."""
    slack = english_team
    slack.api.archived.add(CHANNEL)
    _channel_event(slack, archive)
    _channel_event(slack, archive)  # Slack's retry, or the other replica's copy
    told = _told(slack, KARI, "archived")
    assert len(told) == 1 and "/kpi setup" in told[0], told
    for monday in MONDAYS[:2]:
        _digest_tick(slack, monday)
    assert _posts_to(slack, CHANNEL) == []
    assert len(_told(slack, KARI, "archived")) == 1
    assert _told(slack, LARS, "Meetings")  # his own summary still reached him
    slack.api.archived.discard(CHANNEL)
    _channel_event(slack, archive.replace("archive", "unarchive"))
    _digest_tick(slack, MONDAYS[2])
    assert [p for p in _posts_to(slack, CHANNEL) if "_ts" in p]


def test_an_archived_team_channel_no_event_told_is_found_by_the_digest_once(english_team) -> None:  # type: ignore[no-untyped-def]
    """No event (an install that has not accepted the new subscriptions): the digest's look at
    the channel finds it archived: told once, never posted; unarchived, it is posted again."""
    slack = english_team
    slack.api.archived.add(CHANNEL)
    for monday in MONDAYS[:2]:
        _digest_tick(slack, monday)
    assert _posts_to(slack, CHANNEL) == []
    assert len(_told(slack, KARI, "archived")) == 1
    slack.api.archived.discard(CHANNEL)
    _digest_tick(slack, MONDAYS[2])
    assert [p for p in _posts_to(slack, CHANNEL) if "_ts" in p]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("event", [None, "channel_deleted", "group_deleted"])
def test_a_deleted_team_channel_is_told_once_with_what_to_do(english_team, event) -> None:  # type: ignore[no-untyped-def]
    """The team's channel deleted (channel_not_found from Slack from then on). Was: a digest
    tried and a DM to the managers every Monday. Now they are told once to set the team up in
    a new channel; nothing is tried into the void after that."""
    slack = english_team
    slack.api.deleted.add(CHANNEL)
    if event:
        _channel_event(slack, event)
    for monday in MONDAYS:
        _digest_tick(slack, monday)
    told = _told(slack, KARI, "/kpi setup")
    assert len(told) == 1, told
    assert len(_posts_to(slack, CHANNEL)) <= (0 if event else 1)


# -- 3. Enterprise Grid ---------------------------------------------------------------------------
ORG = "E0ORG"


def _grid_command(driver, command: str, text: str, user: str, *, org_wide: bool = False):  # type: ignore[no-untyped-def]
    """A slash command as Slack sends it from a workspace of an Enterprise Grid organisation."""
    from urllib.parse import parse_qsl, urlencode

    from bot.offline.driver import CommandResult

    body, key, trigger_id = driver.command_body(command, text, user, CHANNEL)
    form = dict(parse_qsl(body))
    form.update(
        enterprise_id=ORG,
        enterprise_name="Nordic Group",
        is_enterprise_install="true" if org_wide else "false",
    )
    http = driver.post(urlencode(form), "application/x-www-form-urlencoded")
    return CommandResult(driver, http, key, trigger_id)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_workspace_of_a_grid_organisation_works_as_any_workspace(team) -> None:  # type: ignore[no-untyped-def]
    """Commands and events of a workspace installed on its own in a Grid organisation carry
    enterprise_id (and the envelope's `enterprise`): read as before, recorded as before."""
    from tests.helpers import channel_message

    slack = team
    said = text_of(_grid_command(slack.driver, "/logmeeting", "Equinor warm", LARS).reply())
    assert "Logged a *meeting*" in said, said
    message = channel_message("Møte med Orkla i dag, varm lead", user=KARI)
    envelope = {"enterprise_id": ORG, "is_ext_shared_channel": False}
    assert slack.driver.event(message, envelope=envelope).status == 200
    slack.wait_idle()
    assert sorted((r["seller"], r["customer"]) for r in stored(slack)) == [
        (KARI, "Orkla"),
        (LARS, "Equinor"),
    ]


# -- hunted: a form submitted after its seller left the team --------------------------------------
def test_a_form_submitted_after_leaving_the_team_does_not_bring_its_seller_back(team) -> None:  # type: ignore[no-untyped-def]
    """Lars opened /logmeeting's form in the team's channel, then left the channel (and so the
    team), then submitted the form. Was: the submission named the channel it came from and put
    him back into the team (a leave silently undone: his figures in its digest again). Now his
    meeting is stored, his own, and he stays out; someone never in the team who submits a form
    from its channel still joins it, as a command typed there does."""
    from tests.slack.test_modal_and_undo import _values

    slack = team
    view = {**slack.driver.command("/logmeeting", "", LARS, CHANNEL).opened_view(), "id": "V0LEFT"}
    slack.wait_idle()  # the command's own work done (it was typed in the channel: in it then)
    left = {"type": "member_left_channel", "user": LARS, "channel": CHANNEL, "team": "T0DEMO"}
    assert slack.driver.event(left).status == 200
    slack.wait_idle()
    assert slack.driver.submit_view(LARS, view, _values("Aker BP", "2026-11-19")).status == 200
    slack.wait_idle()
    assert [(r["seller"], r["customer"]) for r in stored(slack)] == [(LARS, "Aker BP")]
    assert _members(slack) == {KARI}
    # Mette, in no team (her join never reached kpibot), submits a form from the channel: joins
    view = {**slack.driver.command("/logcall", "", "U0METTE", CHANNEL).opened_view(), "id": "V0M"}
    assert slack.driver.submit_view("U0METTE", view, _values("Orkla", "2026-11-19")).status == 200
    slack.wait_idle()
    assert _members(slack) == {KARI, "U0METTE"}
