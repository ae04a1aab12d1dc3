"""A manager's team tools: setting a channel up as a sales team, its managers, its goals and its
settings; and a team following its channel's members.

Each use case takes the request's session and requester (or, for channel events, the ids) and
returns plain values; the caller's unit of work commits. No Slack here: what Slack said about a
channel and its people is handed in. `now` is handed in too."""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.domain import (
    CURRENCIES,
    CURRENCY_BY_LANGUAGE,
    CURRENCY_BY_TIMEZONE,
    DEFAULT_ZONE,
    LANGUAGES,
)
from bot.errors import UserError
from bot.i18n import person_language
from bot.services import kpis, requester
from bot.services.amounts import parse_amount
from bot.services.dates import fold
from bot.services.kpi_args import MENTION, bare_small_amount, mentioned_user, parse_goal
from bot.services.money import parse_rates
from bot.services.requester import Who, apply_profile, is_admin_now
from bot.services.schedule import readable_schedule
from storage import claims
from storage import repositories as repo
from storage.models import SalesTeam, Seller

SLACKBOT = "USLACKBOT"


@dataclass(frozen=True)
class TeamSettings:
    """What a team is set to, as the confirmations and the settings form show it."""

    team_id: int
    channel_id: str
    name: str | None
    language: str
    timezone: str
    currency: str
    digest_weekday: int
    digest_time: str
    capture_enabled: bool
    chart_enabled: bool
    amount_ceiling: Decimal | None = None
    rates: dict[str, Decimal] = field(default_factory=dict)  # as they stand today


def settings_of(team: SalesTeam, rates: dict[str, Decimal] | None = None) -> TeamSettings:
    return TeamSettings(
        team_id=team.id,
        channel_id=team.channel_id,
        name=team.name,
        language=team.language,
        timezone=team.timezone,
        currency=team.currency,
        digest_weekday=team.digest_weekday,
        digest_time=team.digest_time,
        capture_enabled=team.capture_enabled,
        chart_enabled=team.chart_enabled,
        amount_ceiling=team.amount_ceiling,
        rates=dict(rates or {}),
    )


def is_person(user: dict[str, Any]) -> bool:
    """A users.info answer about a human: bots, apps and deactivated accounts are no sellers."""
    return requester.is_person(user)


def account_change_matters(
    session: Session,
    workspace_id: str,
    user_id: str,
    user: dict[str, Any],
    enterprise_id: str | None = None,
) -> bool:
    """Whether a user_change event changes anything kpibot keeps about a known seller, or
    makes a guest kept in a team's channel a full member (guest_made_member)."""
    seller = repo.seller_by_user(session, workspace_id, user_id)
    if seller is None:
        return requester.can_sell(user, workspace_id, enterprise_id) and bool(
            claims.waiting(session, workspace_id, GUEST, user_id)
        )
    gone = requester.no_longer_sells(user)
    return (seller.gone_at is not None) != gone or bool(requester.profile_changes(seller, user))


def account_changed(
    session: Session,
    workspace_id: str,
    user_id: str,
    user: dict[str, Any],
    enterprise_id: str | None = None,
    *,
    now: datetime,
) -> None:
    """A known seller's account deactivated, turned into a bot's or made a guest: no DMs from
    now on, and a guest's next request reads their profile again (refused); their past work
    and leads stay theirs, in their team, whose managers hand the leads over. Or a seller again:
    active again, a full member again. Their time zone, locale and name follow the profile at
    once (a seller who flew to New York logs Sunday evening's meeting on Sunday, not on Oslo's
    Monday). Someone kpibot never knew is not made a seller by it."""
    seller = repo.seller_by_user(session, workspace_id, user_id)
    if seller is None:
        guest_made_member(session, workspace_id, user_id, user, enterprise_id, now=now)
        return
    gone = requester.no_longer_sells(user)
    if gone and seller.gone_at is None:
        seller.gone_at = now
        if requester.is_guest(user):
            seller.profile_refreshed_at = None  # read again at their next request: refused
    elif not gone:
        seller.gone_at = None
    for column, value in requester.profile_changes(seller, user).items():
        setattr(seller, column, value)


of_this_organisation = requester.of_this_organisation
can_sell = requester.can_sell


def shared_outside(channel: dict[str, Any]) -> bool:
    """A conversations.info answer about a channel people of another organisation read (Slack
    Connect), or are invited to: not only shared between workspaces of this Enterprise Grid
    organisation (is_org_shared). An old shared channel that says no more counts as outside."""
    if channel.get("is_ext_shared") or channel.get("is_pending_ext_shared"):
        return True
    return bool(channel.get("is_shared")) and not channel.get("is_org_shared")


def team_of(session: Session, who: Who) -> SalesTeam:
    """The requester's sales team; a UserError when they are in none."""
    if who.team_id is None:
        raise UserError("not_a_team")
    team = repo.team_by_id(session, who.workspace_id, who.team_id)
    assert team is not None
    return team


def as_team_viewer(session: Session, who: Who) -> Who:
    """The requester as /teamstatus sees them. A manager of the channel's team (or a workspace
    admin) sees that team; anyone else sees their own team, where their work counts wherever it
    is typed (activities.actor, sellers.my_figures), as its manager or not. A seller of another
    team was shown the channel's team: its totals, and none of their own figures."""
    if who.is_manager:
        return who
    seller = session.get(Seller, who.seller_id)
    if seller is None or seller.team_id is None or seller.team_id == who.team_id:
        return who
    manager = repo.is_added_manager(session, who.workspace_id, seller.team_id, who.user_id)
    return replace(who, team_id=seller.team_id, is_manager=manager)


def _check_manager(who: Who) -> None:
    if not who.is_manager:
        raise UserError("not_manager")


# -- /kpi setup ----------------------------------------------------------------------------------
def check_setup(who: Who, channel_id: str | None) -> None:
    """Before asking Slack for the channel's members: a channel (not a DM), and a manager."""
    if not channel_id or not channel_id.startswith(("C", "G")):
        raise UserError("setup_in_channel")
    _check_manager(who)


def known_members(session: Session, who: Who, channel_id: str, now: datetime) -> frozenset[str]:
    """The Slack user ids of the channel's team's sellers whose profile was read today (the
    once-a-day refresh every request keeps): /kpi setup run again asks Slack about the others
    first, and keeps these as they are when Slack's rate limit stops it before their turn (a
    channel bigger than a minute of users.info is then taken in whole by running it again, as
    its answer says)."""
    team = repo.team_by_channel(session, who.workspace_id, channel_id)
    if team is None:
        return frozenset()
    return frozenset(
        s.slack_user_id
        for s in repo.team_members(session, who.workspace_id, team.id)
        if s.gone_at is None and not requester.profile_is_stale(s, now)  # type: ignore[arg-type]
    )


@dataclass(frozen=True)
class SetUp:
    again: bool  # the channel was a team already; its members are updated
    channel: str
    names: list[str]
    settings: TeamSettings
    sells: bool  # whether the manager who ran it counts as a seller (they are asked)
    # Members in another team already, left there: (name, that team's channel), for the
    # manager to choose whether they move here (never moved unasked).
    elsewhere: list[tuple[str, str]] = field(default_factory=list)
    elsewhere_ids: list[str] = field(default_factory=list)  # their Slack user ids, in order


def set_up(
    session: Session,
    who: Who,
    channel_id: str,
    channel_name: str | None,
    people: list[dict[str, Any]],
    *,
    now: datetime,
    move: Collection[str] = (),
    guests: Collection[str] = (),
    kept: Collection[str] = (),
) -> SetUp:
    """The channel becomes a sales team of `people` (users.info answers), with the requester as
    its manager. Run again, it updates the members. A member in another team stays there and
    is named in the answer, unless the manager said to move them here: `move` holds the Slack
    user ids of those the manager was shown (someone who joined the channel since, from
    another team, stays there and is named again; never moved unseen). `guests`: the guest
    accounts in the channel, no sellers (one who was a seller is marked out), kept so that
    made full members they join. `kept`: members known_members() found and Slack was not
    asked about (its rate limit): named in the answer as the team's, unchanged."""
    check_setup(who, channel_id)
    existing = repo.team_by_channel(session, who.workspace_id, channel_id)
    zone = _managers_zone(who, people)
    team = existing or repo.add_team(
        session,
        SalesTeam(
            workspace_id=who.workspace_id,
            channel_id=channel_id,
            name=channel_name,
            language=who.language,
            timezone=zone,
            currency=CURRENCY_BY_TIMEZONE.get(zone) or CURRENCY_BY_LANGUAGE[who.language],
            created_by=who.user_id,
            created_at=now,
        ),
    )
    team.name = channel_name or team.name
    names, elsewhere, elsewhere_ids = [], [], []
    channels = {t.id: t.channel_id for t in repo.teams_of_workspace(session, who.workspace_id)}
    for user in people:
        seller = repo.ensure_seller(session, who.workspace_id, user["id"])
        apply_profile(seller, user, now)
        other = channels.get(seller.team_id) if seller.team_id not in (None, team.id) else None
        if other is not None and user["id"] not in move:
            elsewhere.append((seller.display_name or user["id"], other))
            elsewhere_ids.append(user["id"])
            continue
        # The channel's members at its first setup were the team before kpibot knew it: no
        # join kept (the weeks before are theirs); run again, it joins who came since.
        repo.move_seller(session, seller, team.id, now, joins=existing is not None)
        names.append(seller.display_name or user["id"])
    for user_id in kept:
        seller = repo.seller_by_user(session, who.workspace_id, user_id)
        if seller is not None and seller.team_id == team.id:
            names.append(seller.display_name or user_id)
    for user_id in guests:  # guest accounts: no sellers; made full members later, they join
        requester.made_guest(session, who.workspace_id, user_id, now)  # a seller before: out
        guest_in_channel(session, who.workspace_id, channel_id, user_id, now=now)
    repo.add_manager(session, who.workspace_id, team.id, who.user_id, who.user_id, at=now)
    me = session.get(Seller, who.seller_id)
    return SetUp(
        existing is not None,
        team.name or channel_id,
        names,
        settings_of(team),
        sells=bool(me.sells) if me is not None else True,
        elsewhere=elsewhere,
        elsewhere_ids=elsewhere_ids,
    )


# -- channel members -----------------------------------------------------------------------------
def is_team_channel(session: Session, workspace_id: str, channel_id: str) -> bool:
    return repo.team_by_channel(session, workspace_id, channel_id) is not None


def channel_renamed(session: Session, workspace_id: str, channel_id: str, name: str) -> None:
    """A team's channel has a new name: the team is called by it (/teamstatus says #name)."""
    team = repo.team_by_channel(session, workspace_id, channel_id)
    if team is not None and name:
        team.name = name[:200]


def channel_id_changed(session: Session, workspace_id: str, old: str, new: str) -> None:
    """Slack gave a channel a new id for good (a private channel shared through Slack Connect:
    `channel_id_changed`): what kpibot keeps under the old one is kept under the new, so the
    team's channel stays its channel, and an edit or deletion of a message read before the
    change (delivered with the new id) still finds its record."""
    if old and new and old != new:
        repo.move_channel(session, workspace_id, old, new, GUEST)


# A team's channel archived, deleted or closed to the bot: its managers are told once (a notice
# claim, kept while the channel stays so: the digest is not tried meanwhile), whichever process
# meets it first (an event, a retry, the other replica, the digest's look at the channel).
# Forgotten when the channel is back, so a second archiving is told again.
NOTICE = "notice"
CHANNEL_GONE = "gone"


def channel_gone_claim(team_id: int) -> tuple[str, str, str]:
    """(kind, subject, period) of the notice that a team's channel is gone."""
    return NOTICE, f"{team_id}:{CHANNEL_GONE}", CHANNEL_GONE


@dataclass(frozen=True)
class ChannelGone:
    """A team's channel gone, to be told to its managers now (this process claimed the notice)."""

    claim_id: int
    team_id: int
    channel_id: str
    managers: dict[str, str]  # Slack user id -> the language they read privately


def managers_to_tell(
    session: Session, workspace_id: str, team_id: int
) -> tuple[str, dict[str, str]] | None:
    """A team's channel and its managers (and whoever set it up), each with the language they
    read privately in; None when the team is gone."""
    team = repo.team_by_id(session, workspace_id, team_id)
    if team is None:
        return None
    people = {m.slack_user_id for m in repo.managers_of(session, workspace_id, team_id)}
    if team.created_by:
        people.add(team.created_by)
    languages = {}
    for user_id in people:
        seller = repo.seller_by_user(session, workspace_id, user_id)
        languages[user_id] = (
            person_language(seller.locale, team.language, seller.language)
            if seller is not None
            else team.language
        )
    return team.channel_id, languages


def channel_gone(
    session: Session, workspace_id: str, channel_id: str, *, now: datetime
) -> ChannelGone | None:
    """A team's channel archived or deleted (Slack's event): the notice claimed, for the caller
    to tell the managers and then mark it told (notice_told). None when it is no team's channel,
    or its managers were told already (a retry, the other replica, the digest found it first)."""
    team = repo.team_by_channel(session, workspace_id, channel_id)
    if team is None:
        return None
    claim, _ = claims.take(session, workspace_id, *channel_gone_claim(team.id), now)
    if claim is None:
        return None
    found = managers_to_tell(session, workspace_id, team.id)
    return ChannelGone(claim.id, team.id, channel_id, found[1] if found else {})


def notice_told(session: Session, claim_id: int, now: datetime) -> None:
    claims.mark_sent(session, claim_id, None, None, now)


def channel_back(session: Session, workspace_id: str, channel_id: str) -> bool:
    """A team's channel unarchived: its digest is posted there again, and a second archiving is
    told again. Whether it was a team's channel told gone."""
    team = repo.team_by_channel(session, workspace_id, channel_id)
    if team is None:
        return False
    return claims.remove(session, workspace_id, *channel_gone_claim(team.id)) > 0


def member_joined(
    session: Session,
    workspace_id: str,
    channel_id: str,
    user_id: str,
    user: dict[str, Any],
    *,
    now: datetime,
) -> None:
    """Joining a team's channel joins the team, unless the person is in another team already.
    `user` is what users.info said about them. The join is kept (team_moves): the weeks that
    ended before it are not theirs in the team."""
    team = repo.team_by_channel(session, workspace_id, channel_id)
    seller = repo.ensure_seller(session, workspace_id, user_id)
    profile = user.get("profile") or {}
    seller.display_name = profile.get("display_name") or user.get("real_name") or user.get("name")
    seller.timezone = user.get("tz") or seller.timezone
    seller.locale = user.get("locale") or seller.locale
    if team is not None and seller.team_id is None:
        repo.move_seller(session, seller, team.id, now)


# A join whose person Slack could not describe then (users.info failed: a 5xx, a rate limit, a
# timeout) is a claim of this kind, checked again at the scheduler's tick: subject the person's
# user id, channel the team's, period the join's second (each join its own).
JOIN = "join"
JOIN_FIRST_RETRY = timedelta(minutes=1)


def check_join_later(
    session: Session,
    workspace_id: str,
    channel_id: str,
    user_id: str,
    joined_at: str,
    *,
    error: str,
    now: datetime,
) -> bool:
    """Someone joined a team's channel and Slack could not say who they are now: their join is
    kept, to be checked again at a later tick (join_checked), once, whichever process does it.
    False when it is kept already (the same event delivered again)."""
    second = joined_at.split(".", 1)[0]
    if not second.isdigit():
        second = str(int(now.timestamp()))
    return claims.later(
        session, workspace_id, JOIN, user_id[:64], second[:16],
        channel=channel_id[:32], error=error, due=now + JOIN_FIRST_RETRY, now=now,
    )  # fmt: skip


def join_checked(
    session: Session,
    workspace_id: str,
    channel_id: str,
    user_id: str,
    user: dict[str, Any],
    enterprise_id: str | None,
    *,
    now: datetime,
) -> bool:
    """A join kept by check_join_later, now that Slack described the person (`user`, from
    users.info): a person of this organisation joins the team as member_joined does. Whether
    they joined it."""
    if not requester.can_sell(user, workspace_id, enterprise_id):
        return False  # a bot, a guest, someone of another organisation
    if repo.team_by_channel(session, workspace_id, channel_id) is None:  # no team's channel now
        return False
    member_joined(session, workspace_id, channel_id, user_id, user, now=now)
    return True


# A guest in a team's channel (left out of its sellers at /kpi setup or on joining), kept as a
# claim of this kind (subject the user id, period and channel the team's channel) until they
# leave it: made a full member (user_change), they join the team as a join does.
GUEST = "guest"


def guest_in_channel(
    session: Session, workspace_id: str, channel_id: str, user_id: str, *, now: datetime
) -> bool:
    """A guest account in a team's channel, no seller: kept, so that a full member later they
    join the team. False when kept already (the event again, or the other replica's copy)."""
    return claims.later(
        session, workspace_id, GUEST, user_id[:64], channel_id[:16],
        channel=channel_id[:32], error=GUEST, due=now, now=now,
    )  # fmt: skip


def guest_made_member(
    session: Session,
    workspace_id: str,
    user_id: str,
    user: dict[str, Any],
    enterprise_id: str | None,
    *,
    now: datetime,
) -> bool:
    """A guest kept in a team's channel is a full member now (user_change): they join the team
    of that channel as member_joined does (was: no seller until they logged something in the
    channel, missing from /teamstatus and the digest). Whether they joined one."""
    if not requester.can_sell(user, workspace_id, enterprise_id):
        return False
    joined = False
    for channel_id in claims.waiting(session, workspace_id, GUEST, user_id):
        claims.drop(session, workspace_id, GUEST, user_id, channel_id, now, error="joined")
        if not joined and repo.team_by_channel(session, workspace_id, channel_id) is not None:
            member_joined(session, workspace_id, channel_id, user_id, user, now=now)
            joined = True
    return joined


def member_left(
    session: Session, workspace_id: str, channel_id: str, user_id: str, *, now: datetime
) -> list[str]:
    """Leaving a team's channel leaves the team; their history stays (and the weeks that ended
    while they were in it stay the team's). Returns the channels of
    the workspace's other teams when the person is now in none (they may be in one of those
    channels already: joined first, as people move, while still in this team). A join of
    theirs still to be checked again is dropped, first (it waits for a check in progress)."""
    claims.drop(session, workspace_id, JOIN, user_id, channel_id, now)
    claims.drop(session, workspace_id, GUEST, user_id, channel_id, now)
    team = repo.team_by_channel(session, workspace_id, channel_id)
    seller = repo.seller_by_user(session, workspace_id, user_id)
    if team is not None and seller is not None and seller.team_id == team.id:
        repo.move_seller(session, seller, None, now)
        return [
            t.channel_id for t in repo.teams_of_workspace(session, workspace_id) if t.id != team.id
        ]
    return []


def join_team_of(
    session: Session, workspace_id: str, channel_id: str, user_id: str, *, now: datetime
) -> bool:
    """A person in no team, found in this team's channel, joins its team (kept, as every join)."""
    team = repo.team_by_channel(session, workspace_id, channel_id)
    seller = repo.seller_by_user(session, workspace_id, user_id)
    if team is None or seller is None or seller.team_id is not None:
        return False
    repo.move_seller(session, seller, team.id, now)
    return True


# -- /kpi managers -------------------------------------------------------------------------------
def managers(session: Session, who: Who) -> list[str]:
    """The user ids added as managers of the requester's team."""
    team = team_of(session, who)
    return [m.slack_user_id for m in repo.managers_of(session, who.workspace_id, team.id)]


def _manager_to_change(who: Who, user_id: str | None) -> tuple[int, str]:
    if who.team_id is None:
        raise UserError("not_a_team")
    _check_manager(who)
    if user_id is None:
        raise UserError("no_mention")
    return who.team_id, user_id


def add_manager(
    session: Session,
    who: Who,
    user_id: str | None,
    *,
    now: datetime,
    sells: bool | None = None,
) -> None:
    """`sells=False`: they manage without selling; None keeps what they were."""
    team_id, user_id = _manager_to_change(who, user_id)
    repo.add_manager(session, who.workspace_id, team_id, user_id, who.user_id, at=now)
    if sells is not None:
        repo.ensure_seller(session, who.workspace_id, user_id).sells = sells


def set_selling(session: Session, who: Who, sells: bool) -> bool:
    """A manager says whether they sell themself (sellers always do). Returns what is stored."""
    _check_manager(who)
    seller = session.get(Seller, who.seller_id)
    assert seller is not None
    seller.sells = sells
    return sells


def remove_manager(session: Session, who: Who, user_id: str | None) -> bool:
    """False when the person was not an added manager."""
    team_id, user_id = _manager_to_change(who, user_id)
    return repo.remove_manager(session, who.workspace_id, team_id, user_id)


# -- /kpi goal -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class GoalSet:
    kpi: str
    target: Decimal | None  # None: removed
    period: str
    user_id: str | None  # None: the team's default (or the team's own goal)
    currency: str
    existed: bool = True  # for a removal: there was such a goal
    team: bool = False  # the sum the team aims for, not each seller's goal
    # A team default removed, or none to remove: kpibot's own default, in force for the KPI.
    builtin: GoalEntry | None = None
    # Set (or removed) for a period to come: its first day, and the goal in force until then
    # (the seller's own, else the team default, else kpibot's; None: none).
    starts_on: date | None = None
    until: GoalEntry | None = None
    # A removal from now: the days of the goals set to come that went with it.
    coming_removed: tuple[date, ...] = ()


def _managers_zone(who: Who, people: list[dict[str, Any]]) -> str:
    """A new team's time zone: its manager's, as Slack says it (the week's end, the digest's
    hour), when it is one the clock knows; else kpibot's default, Oslo."""
    profile = next((p for p in people if p.get("id") == who.user_id), None) or {}
    zone = profile.get("tz") or who.timezone
    return (
        zone
        if isinstance(zone, str) and 0 < len(zone) <= 64 and _known_zone(zone)
        else DEFAULT_ZONE
    )


def _known_zone(name: str) -> bool:
    """Whether the clock can use `name` as a time zone (the settings form checks it too)."""
    try:
        ZoneInfo(name)
    except (KeyError, ValueError, OSError):  # OSError: longer than a file name may be
        return False
    return True


def colleague_named(session: Session, who: Who, text: str) -> str | None:
    """Whom `/kpi plan lars`, `/kpi callday @kari` are about: a mention, or a member of the
    requester's team named without @ (as /teamstatus reads one); None for the requester (words
    that name nobody are not read as a person). A plain "@kari" is refused, as everywhere."""
    user = mentioned_user(text)
    if user is not None or not text.strip() or who.team_id is None:
        return user
    team = repo.team_by_id(session, who.workspace_id, who.team_id)
    return typed_member(session, team, text)[0] if team is not None else None


def typed_member(session: Session, team: SalesTeam, text: str) -> tuple[str | None, str]:
    """The team member whose name (full, or the first name when no one else has it) some words
    of `text` are, and the text without them; (None, text) when no words name one person."""
    names: dict[str, set[str]] = {}
    for member in repo.team_members(session, team.workspace_id, team.id):
        full = " ".join(fold(member.display_name or "").split())
        if full:
            names.setdefault(full, set()).add(member.slack_user_id)
            names.setdefault(full.split()[0], set()).add(member.slack_user_id)
    words = text.split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            said = fold(" ".join(words[i : i + n])).strip(".,:;")
            # "Lars' forrige uke", "Lars's last week": the name with its apostrophe
            said = re.sub(r"(?:['’]s|['’])$", "", said)
            ids = names.get(said, set())
            if len(ids) == 1:
                return next(iter(ids)), " ".join(words[:i] + words[i + n :])
    return None, text


def set_goal(session: Session, who: Who, text: str, *, now: datetime) -> GoalSet:
    """`/kpi goal meetings 10/week`, `/kpi goal @kari revenue 2m/quarter`, `/kpi goal team
    revenue 40m/year` (the team's own goal: the sum it aims for)."""
    if who.team_id is None:
        raise UserError("not_a_team")
    _check_manager(who)
    team = team_of(session, who)
    # readers26: the readers' krone ("850 tkr" from a Swedish manager of a NOK team is the
    # team's kroner, as typed; was SEK, refused as another currency than the team's)
    try:
        args = parse_goal(text, krone=requester.reading_krone(who), today=who.today)
    except UserError:
        # "møter 8/uke for lars": a team member named without @ is that seller's goal, never
        # a word the goal could not read (nor the team's default).
        user_id, rest = (None, text) if MENTION.search(text) else typed_member(session, team, text)
        if user_id is None:
            raise
        args = parse_goal(
            f"<@{user_id}> {rest}", krone=requester.reading_krone(who), today=who.today
        )
    if args.currency is not None and args.currency != team.currency:
        raise UserError("goal_currency", currency=args.currency, team_currency=team.currency)
    seller_id = None
    if args.user_id:
        seller = repo.seller_by_user(session, who.workspace_id, args.user_id)
        if seller is None or seller.team_id != team.id:
            raise UserError("not_team_member")
        seller_id = seller.id
    scope = "team" if args.team else "seller"
    if args.target is None:
        # "off": the goal in force and any set to come; "off from Q2": the one set from then
        gone = repo.remove_goal(
            session,
            who.workspace_id,
            team.id,
            seller_id,
            args.kpi,
            at=now,
            scope=scope,
            today=who.today,
            starts_on=args.starts_on,
            coming=True,
        )
        builtin = None
        if seller_id is None and not args.team and args.starts_on is None:
            found = goal_list(session, who).builtin  # each seller's default: kpibot's may apply
            builtin = next((g for g in found if g.kpi == args.kpi), None)
        later = tuple(sorted(g.starts_on for g in gone if g.starts_on and g.starts_on > who.today))
        return GoalSet(
            args.kpi,
            None,
            args.period,
            args.user_id,
            team.currency,
            bool(gone),
            args.team,
            builtin,
            starts_on=args.starts_on,
            coming_removed=() if args.starts_on else later,
        )
    repo.set_goal(
        session,
        who.workspace_id,
        team.id,
        seller_id,
        args.kpi,
        args.period,
        args.target,
        who.user_id,
        at=now,
        scope=scope,
        today=who.today,
        starts_on=args.starts_on,
    )
    until = None
    if args.starts_on is not None:
        until = _in_force_for(session, who, team.id, seller_id, args.kpi, scope)
    return GoalSet(
        args.kpi,
        args.target,
        args.period,
        args.user_id,
        team.currency,
        team=args.team,
        starts_on=args.starts_on,
        until=until,
    )


def _in_force_for(
    session: Session, who: Who, team_id: int, seller_id: int | None, kpi: str, scope: str
) -> GoalEntry | None:
    """The goal of `kpi` in force today for a seller (their own, else the team default, else
    kpibot's), the team's default or the team's own."""
    goals = repo.goals_of_team(session, who.workspace_id, team_id, on=who.today)
    for wanted in ((seller_id, scope), *([(None, "seller")] if seller_id is not None else [])):
        found = next((g for g in goals if (g.seller_id, g.scope) == wanted and g.kpi == kpi), None)
        if found is not None:
            return GoalEntry(found.kpi, found.period, found.target)
    builtin = [g for g in kpis.DEFAULT_GOALS if g.kpi == kpi and scope != "team"]
    return GoalEntry(builtin[0].kpi, builtin[0].period, builtin[0].target) if builtin else None


@dataclass(frozen=True)
class GoalEntry:
    kpi: str
    period: str
    target: Decimal
    starts_on: date | None = None  # set for a period to come: from that day


@dataclass(frozen=True)
class GoalList:
    """`/kpi goals`: the team's own goals (the sums it aims for), its defaults for each seller
    (and the built-in ones it has not replaced), and the goals of each seller that differ from
    them. A seller sees the team's goals, the defaults and their own."""

    team: list[GoalEntry]
    defaults: list[GoalEntry]
    builtin: list[GoalEntry]  # kpibot's defaults still in force (the team set none for the KPI)
    sellers: list[tuple[str, list[GoalEntry]]]  # (user id, own goals), by name
    currency: str


_KPI_ORDER = {
    kpi: n
    for n, kpi in enumerate(
        (*kpis.ACTIVITY_KPIS, "revenue", "wins", "offer_value", "new_customers", "pipeline")
    )
}


def _in_order(entries: Iterable[GoalEntry]) -> list[GoalEntry]:
    return sorted(
        entries, key=lambda g: (_KPI_ORDER.get(g.kpi, 99), g.kpi, g.starts_on or date.min)
    )


def goal_list(session: Session, who: Who) -> GoalList:
    """Every goal of the requester's team, whoever asks (the settings form shows them all)."""
    team = team_of(session, who)
    # In force today, then each one set for a period to come (listed "from <day>")
    goals = [
        *repo.goals_of_team(session, who.workspace_id, team.id, on=who.today),
        *repo.coming_goals(session, who.workspace_id, team.id, who.today),
    ]

    def entry(g: Any) -> GoalEntry:
        coming = g.starts_on is not None and g.starts_on > who.today
        return GoalEntry(g.kpi, g.period, g.target, g.starts_on if coming else None)

    team_goals = _in_order(entry(g) for g in goals if g.scope == "team")
    defaults = _in_order(entry(g) for g in goals if g.scope != "team" and g.seller_id is None)
    set_kpis = {g.kpi for g in defaults if g.starts_on is None}
    builtin = [
        GoalEntry(g.kpi, g.period, g.target) for g in kpis.DEFAULT_GOALS if g.kpi not in set_kpis
    ]
    members = {s.id: s for s in repo.team_members(session, who.workspace_id, team.id)}
    own: dict[int, list[GoalEntry]] = {}
    for g in goals:
        if g.seller_id is not None and g.seller_id in members:
            own.setdefault(g.seller_id, []).append(entry(g))
    sellers = [
        (members[sid].slack_user_id, _in_order(entries))
        for sid, entries in sorted(
            own.items(),
            key=lambda item: (members[item[0]].display_name or "").casefold(),
        )
    ]
    return GoalList(team_goals, defaults, builtin, sellers, team.currency)


def list_goals(session: Session, who: Who) -> GoalList:
    """`/kpi goals`: a manager sees every seller's own goals, a seller only their own."""
    listed = goal_list(session, who)
    if who.is_manager:
        return listed
    mine = [(user, entries) for user, entries in listed.sellers if user == who.user_id]
    return GoalList(listed.team, listed.defaults, listed.builtin, mine, listed.currency)


# -- /kpi settings -------------------------------------------------------------------------------
@dataclass(frozen=True)
class TeamGoal:
    period: str
    target: Decimal


@dataclass(frozen=True)
class SettingsForm:
    """What the settings modal is opened with."""

    settings: TeamSettings
    goals: dict[str, TeamGoal]  # the team's defaults, by KPI
    team_goals: dict[str, TeamGoal] = field(default_factory=dict)  # the team's own, by KPI
    listed: GoalList | None = None  # every goal, as /kpi goals lists them for a manager


def settings_form(session: Session, who: Who) -> SettingsForm:
    """`/kpi settings`: the requester's team as it is set now (managers only)."""
    if who.team_id is None:
        raise UserError("not_a_team")
    _check_manager(who)
    team = team_of(session, who)
    stored = repo.goals_of_team(session, who.workspace_id, team.id, on=who.today)
    goals = {
        g.kpi: TeamGoal(g.period, g.target)
        for g in stored
        if g.seller_id is None and g.scope != "team"
    }
    team_goals = {g.kpi: TeamGoal(g.period, g.target) for g in stored if g.scope == "team"}
    rates = repo.currency_rates(session, who.workspace_id, team.id, who.today)
    return SettingsForm(settings_of(team, rates), goals, team_goals, goal_list(session, who))


@dataclass(frozen=True)
class SettingsInput:
    """What was submitted, as typed or chosen; None where a field was left empty."""

    language: str | None
    timezone: str | None
    currency: str | None
    digest_day: str | None
    digest_time: str | None
    # Goals: as typed; "" where the field was left empty (no goal), None where the form had
    # no such field (left as it is).
    week_goals: dict[str, Any]  # KPI -> a whole number per week, as typed
    revenue: str | None
    closing_rate: Any
    capture: bool | None  # None: the form had no options (older views), leave them as they are
    chart: bool | None
    rates: str | None = None  # "SEK 0,97\nEUR 11,6": None in views opened before rates existed
    ceiling: str | None = None
    team_revenue: str | None = None  # the team's own revenue goal, "40m/year"


class Problem(StrEnum):
    """Why a settings field was refused."""

    NOT_MANAGER = "not_manager"
    LANGUAGE = "language"
    TIMEZONE = "timezone"
    CURRENCY = "currency"
    WHOLE_NUMBER = "whole_number"
    AMOUNT = "amount"
    PERCENTAGE = "percentage"
    DAY = "day"
    TIME = "time"
    RATES = "rates"
    GOAL = "goal"  # an amount with a period


# A weekly goal larger than this is a typo (or a test of the form), not a plan.
MAX_WEEK_GOAL = 1000


@dataclass(frozen=True)
class SettingsRefused:
    language: str  # the team's, for the messages
    # By field: "language", "timezone", "currency", "revenue", "closing_rate" or a weekly KPI.
    problems: dict[str, Problem]


def save_settings(
    session: Session, who: Who, team_id: int, form: SettingsInput, *, now: datetime
) -> TeamSettings | SettingsRefused:
    """The settings modal submitted: checked all at once (every problem is shown next to its
    field), then stored. Checked again on submit: a view can outlive someone's manager role."""
    team = repo.team_by_id(session, who.workspace_id, team_id)
    seller = session.get(Seller, who.seller_id)
    allowed = team is not None and (
        is_admin_now(seller, now)
        or repo.is_added_manager(session, who.workspace_id, team.id, who.user_id)
    )
    if team is None or not allowed:
        return SettingsRefused(team.language if team else "en", {"language": Problem.NOT_MANAGER})

    problems: dict[str, Problem] = {}
    language = form.language or team.language
    timezone = form.timezone or team.timezone
    currency = form.currency or team.currency
    if not _known_zone(timezone):
        problems["timezone"] = Problem.TIMEZONE
    if language not in LANGUAGES:
        problems["language"] = Problem.LANGUAGE
    if currency not in CURRENCIES:
        problems["currency"] = Problem.CURRENCY
    weekday, at = team.digest_weekday, form.digest_time or team.digest_time
    if form.digest_day is not None:
        day = str(form.digest_day)
        weekday = int(day) if day.isascii() and day.isdigit() and len(day) == 1 else -1
    if not 0 <= weekday <= 6:
        problems["digest_day"] = Problem.DAY
    elif not readable_schedule(weekday, at):
        problems["digest_time"] = Problem.TIME
    # A goal field left empty removes the team's default (the form shows each one set, and
    # says what empty means: kpibot's default, or none); a field the form did not have (None)
    # leaves it as it is.
    stored = {
        g.kpi: g
        for g in repo.goals_of_team(session, who.workspace_id, team.id, on=who.today)
        if g.seller_id is None and g.scope != "team"
    }
    goals: dict[str, tuple[str, Any]] = {}
    for kpi, raw in form.week_goals.items():
        if raw == "" and kpi in stored and stored[kpi].period == "week":
            goals[kpi] = ("week", None)
        elif raw not in (None, ""):
            text = str(raw)
            if not (text.isascii() and text.isdigit()) or int(text) > MAX_WEEK_GOAL:
                problems[kpi] = Problem.WHOLE_NUMBER
            else:
                goals[kpi] = ("week", int(raw))
    # Revenue: an amount with an optional period ("2,5 mill", "10m/year"; the quarter without
    # one), read as /kpi goal reads it; "off" or 0 removes the goal.
    team_own: dict[str, tuple[str, Any]] = {}
    for name, typed, into in (
        ("revenue", form.revenue, goals),
        ("team_revenue", form.team_revenue, team_own),
    ):
        text = (typed or "").strip()
        if not text:
            if typed is not None:  # left empty: no such goal
                into["revenue"] = ("quarter", None)
            continue
        try:
            args = parse_goal(f"revenue {text}", krone=currency)
        except UserError:
            problems[name] = Problem.GOAL
            continue
        if args.currency is not None and args.currency != currency:
            problems[name] = Problem.GOAL
        else:
            into["revenue"] = (args.period, args.target)
    closing = form.closing_rate
    if closing == "":
        goals["closing_rate"] = ("quarter", None)
    elif closing is not None:
        text = str(closing)
        if not (text.isascii() and text.isdigit()) or not 0 < int(text) <= 100:
            problems["closing_rate"] = Problem.PERCENTAGE
        else:
            goals["closing_rate"] = ("quarter", int(closing))
    rates = parse_rates(form.rates or "", currency)
    if rates is None:
        problems["rates"] = Problem.RATES
    ceiling = (form.ceiling or "").strip()
    ceiling_amount = None
    if ceiling:
        try:
            ceiling_money = parse_amount(ceiling, krone=currency, grouped_multiplier=True)
        except UserError:
            ceiling_money = None
        if ceiling_money is None or bare_small_amount(
            ceiling, ceiling_money.amount, ceiling_money.currency
        ):  # "1,5": 1,5 mill as typed? (was: a ceiling of 1.50, every amount asked about)
            problems["ceiling"] = Problem.AMOUNT
        else:
            ceiling_amount = ceiling_money.amount
    if problems:
        return SettingsRefused(team.language, problems)
    assert rates is not None
    if form.ceiling is not None:
        team.amount_ceiling = ceiling_amount
    # Rates are dated: a new one applies from today, and past periods keep the rate they had.
    today_rates = repo.currency_rates(session, who.workspace_id, team.id, who.today)
    for code, rate in rates.items():
        if today_rates.get(code) != rate:
            repo.set_currency_rate(
                session, who.workspace_id, team.id, code, rate, who.today, who.user_id
            )
            today_rates[code] = rate

    team.language, team.timezone, team.currency = language, timezone, currency
    team.digest_weekday, team.digest_time = weekday, at
    if form.capture is not None:
        team.capture_enabled = form.capture
    if form.chart is not None:
        team.chart_enabled = form.chart
    for scope, chosen in (("seller", goals), ("team", team_own)):
        for kpi, (period, target) in chosen.items():
            if target is None:
                repo.remove_goal(
                    session,
                    who.workspace_id,
                    team.id,
                    None,
                    kpi,
                    at=now,
                    scope=scope,
                    today=who.today,
                )  # the goal in force: one set for a period to come stays (listed)
                continue
            repo.set_goal(
                session,
                who.workspace_id,
                team.id,
                None,
                kpi,
                period,
                target,
                who.user_id,
                at=now,
                scope=scope,
                today=who.today,
            )
    return settings_of(team, today_rates)
