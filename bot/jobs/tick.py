"""What is due now? Asked of the database every minute, nothing remembered between ticks, so a
restart, downtime, a DST change or changed settings all follow from the data.

A handful of queries whatever the number of teams and sellers: the teams, the sellers, who is
away, and which of the due claims are settled already (sent, given up, or being sent by another
process under a running lease). Only teams and sellers with work left are planned."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.clock import local_date
from bot.services import nudges, public_holidays
from bot.services.kpis import WORKING_DAYS, Week, away_all_week, is_working_day
from bot.services.schedule import due_digests, readable_schedule
from storage import claims
from storage.models import AwayPeriod, SalesTeam, Seller, TeamMove, Workspace

log = logging.getLogger(__name__)
Key = tuple[str, str, str, str]  # a claim's (workspace, kind, subject, period)


class Team(NamedTuple):
    id: int
    workspace_id: str
    digest_weekday: int
    digest_time: str
    timezone: str
    nudge_hour: int
    language: str
    chart_enabled: bool = False
    currency: str | None = None  # views32: the nudge writes a krone not the team's with its code


class Member(NamedTuple):
    id: int
    workspace_id: str
    team_id: int | None
    user_id: str
    name: str
    timezone: str | None
    locale: str | None
    language: str | None  # chosen with /kpi language


@dataclass(frozen=True)
class DueDigest:
    """A team's weekly digest (and its sellers' summaries) with something left to send."""

    workspace_id: str
    team_id: int
    week: Week
    settled: frozenset[Key]  # this team-week's claims nobody may take now: not tried again


@dataclass
class Due:
    digests: list[DueDigest] = field(default_factory=list)
    nudges: list[nudges.Recipient] = field(default_factory=list)
    settled: list[str] = field(default_factory=list)  # labels of what is done already
    unreadable: list[Team] = field(default_factory=list)  # a digest schedule that cannot be read


def _left() -> Any:
    """Workspaces that uninstalled the app: nothing is sent there (their data awaits the purge)."""
    return select(Workspace.id).where(Workspace.uninstalled_at.is_not(None))


def teams(session: Session) -> list[Team]:
    return [
        Team(*row)
        for row in session.execute(
            select(
                SalesTeam.id,
                SalesTeam.workspace_id,
                SalesTeam.digest_weekday,
                SalesTeam.digest_time,
                SalesTeam.timezone,
                SalesTeam.nudge_hour,
                SalesTeam.language,
                SalesTeam.chart_enabled,
                SalesTeam.currency,
            )
            .where(SalesTeam.workspace_id.not_in(_left()))
            .order_by(SalesTeam.id)
        )
    ]


def members(session: Session) -> list[Member]:
    return [
        Member(sid, ws, team_id, user, name or user, tz, locale, language)
        for sid, ws, team_id, user, name, tz, locale, language in session.execute(
            select(
                Seller.id,
                Seller.workspace_id,
                Seller.team_id,
                Seller.slack_user_id,
                Seller.display_name,
                Seller.timezone,
                Seller.locale,
                Seller.language,
            )
            # A deactivated account is nudged about nothing (its leads wait for a hand-over),
            # and nor is one who left their team's channel for no team (was: nudged on, about
            # leads they no longer work in a team); someone in no team who never left one is.
            .where(
                Seller.workspace_id.not_in(_left()),
                Seller.gone_at.is_(None),
                Seller.team_id.is_not(None) | ~_has_left_a_team(),
            )
            .order_by(Seller.id)
        )
    ]


def _has_left_a_team() -> Any:
    """The seller left a team (for another or none: team_moves; a join from no team is none)."""
    return (
        select(TeamMove.id)
        .where(TeamMove.seller_id == Seller.id, TeamMove.joined.is_(False))
        .exists()
    )


def away_on(
    session: Session, workspace_ids: set[str], days: set[date]
) -> dict[int, list[tuple[date, date]]]:
    """Per seller, the away periods touching any of `days` (a moment's local dates around the
    world: two or three), in these workspaces."""
    if not workspace_ids or not days:
        return {}
    found: dict[int, list[tuple[date, date]]] = {}
    for seller_id, starts_on, ends_on in session.execute(
        select(AwayPeriod.seller_id, AwayPeriod.starts_on, AwayPeriod.ends_on).where(
            AwayPeriod.workspace_id.in_(sorted(workspace_ids)),
            AwayPeriod.ends_on >= min(days),
            AwayPeriod.starts_on <= max(days),
        )
    ):
        found.setdefault(seller_id, []).append((starts_on, ends_on))
    return found


def _is_away(away: dict[int, list[tuple[date, date]]], seller_id: int, day: date) -> bool:
    return any(start <= day <= end for start, end in away.get(seller_id, ()))


class Candidate(NamedTuple):
    """A seller in their nudge window, with their local date (a Recipient once due)."""

    member: Member
    team: Team | None
    zone: str
    hour: int
    day: date

    def recipient(self) -> nudges.Recipient:
        s = self.member
        return nudges.Recipient(
            seller_id=s.id,
            workspace_id=s.workspace_id,
            user_id=s.user_id,
            name=s.name,
            locale=s.locale,
            timezone=self.zone,
            nudge_hour=self.hour,
            team_language=self.team.language if self.team else None,
            language=s.language,
            currency=self.team.currency if self.team else None,
        )


def nudge_candidates(
    now: datetime, all_teams: Sequence[Team], sellers: Sequence[Member], *, force: bool
) -> list[Candidate]:
    """Sellers in their nudge window now (a working day where they work, public holidays not,
    from the team's nudge hour, in their own time zone), or every seller with `force`. Pure; the window is worked out once per zone and
    hour, not per seller."""
    by_id = {t.id: t for t in all_teams}
    windows: dict[tuple[str, int], tuple[bool, date]] = {}
    found = []
    for s in sellers:
        team = by_id.get(s.team_id) if s.team_id is not None else None
        if team is not None and team.workspace_id != s.workspace_id:
            team = None
        zone = nudges.zone(s.timezone, team.timezone if team else None)
        hour = team.nudge_hour if team else nudges.DEFAULT_NUDGE_HOUR
        window = windows.get((zone, hour))
        if window is None:
            here = nudges.local_now(now, zone)
            # A public holiday where the seller works is no working day: no nudge on 17 May;
            # nor on a day off by custom there (julaften, nyårsafton, midsommarafton).
            due = (
                nudges.due_now(here, hour)
                and is_working_day(here.date(), public_holidays.calendar_for(zone))
                and not public_holidays.day_off_by_custom(here.date(), zone)
            )
            window = windows[(zone, hour)] = (force or due, here.date())
        if window[0]:
            found.append(Candidate(s, team, zone, hour, window[1]))
    return found


def nudge_recipients(
    session: Session,
    now: datetime,
    *,
    force: bool = False,
    all_teams: Sequence[Team] | None = None,
    sellers: Sequence[Member] | None = None,
) -> list[tuple[nudges.Recipient, date]]:
    """Who may get a nudge now: in their window (or `force`) and not away today."""
    all_teams = teams(session) if all_teams is None else all_teams
    sellers = members(session) if sellers is None else sellers
    found = nudge_candidates(now, all_teams, sellers, force=force)
    away = away_on(session, {c.member.workspace_id for c in found}, {c.day for c in found})
    return [(c.recipient(), c.day) for c in found if not _is_away(away, c.member.id, c.day)]


def what_is_due(
    session: Session, now: datetime, grace: timedelta, *, catch_up_all: bool = False
) -> Due:
    """The digests with work left and the sellers to nudge now, from four queries: teams,
    sellers, who is away, and which of the claims due now are settled."""
    all_teams = teams(session)
    schedules: dict[tuple[int, str, str], list] = {}  # teams mostly share a few schedules
    unreadable = []
    for team in all_teams:
        key = _schedule(team)
        if key not in schedules:
            # A row stored before its values were checked (a time 25:99, an unknown zone) stops
            # that team's digest, never the tick: it is skipped and its managers are told.
            try:
                if not readable_schedule(team.digest_weekday, team.digest_time):
                    raise ValueError("digest day or time")
                schedules[key] = due_digests(*key, now, grace, catch_up_all=catch_up_all)
            except (ValueError, KeyError, TypeError):
                schedules[key] = []
                unreadable.append(key)
        if key in unreadable:
            log.warning("team %s: its digest schedule cannot be read; skipped", team.id)
    digests = [(team, due.week) for team in all_teams for due in schedules[_schedule(team)]]
    sellers = members(session)
    candidates = nudge_candidates(now, all_teams, sellers, force=False)
    days = {c.day for c in candidates}
    team_days = {team.id: local_date(now, team.timezone) for team, _ in digests}
    workspaces = {c.member.workspace_id for c in candidates} | {t.workspace_id for t, _ in digests}
    # A summary is due unless its seller was away every working day of the week it names.
    weeks_days = {w.monday + timedelta(days=i) for _, w in digests for i in range(WORKING_DAYS)}
    away = away_on(session, workspaces, days | set(team_days.values()) | weeks_days)
    settled = claims.settled(
        session,
        kinds=({"digest", "summary", "chart"} if digests else set())
        | ({"nudge"} if candidates else set()),
        periods={str(week) for _, week in digests} | {day.isoformat() for day in days},
        now=now,
    )
    due = Due(unreadable=[t for t in all_teams if _schedule(t) in unreadable])
    by_team: dict[int, list[Member]] = {}
    for s in sellers:
        if s.team_id is not None:
            by_team.setdefault(s.team_id, []).append(s)
    for team, week in digests:
        ws, period = team.workspace_id, str(week)
        keys: list[Key] = [(ws, "digest", str(team.id), period)]
        keys += [
            (ws, "summary", str(s.id), period)
            for s in by_team.get(team.id, [])
            if s.workspace_id == ws
            and not (
                s.id in away
                and away_all_week(
                    week, away[s.id], public_holidays.calendar_for(s.timezone, team.timezone)
                )
            )
        ]
        # The trend chart in the digest's thread: work left until it is uploaded (or it is
        # settled that it never will be), a restart or a refusal between the two too.
        chart: list[Key] = [(ws, "chart", str(team.id), period)] if team.chart_enabled else []
        done = frozenset(k for k in keys + chart if k in settled)
        if len(done) == len(keys + chart):
            due.settled += [_label(k) for k in keys]
        else:
            due.digests.append(DueDigest(team.workspace_id, team.id, week, done))
    for c in candidates:
        key = (c.member.workspace_id, "nudge", str(c.member.id), c.day.isoformat())
        if key in settled:
            due.settled.append(_label(key))
        elif not (c.member.id in away and _is_away(away, c.member.id, c.day)):
            due.nudges.append(c.recipient())
    return due


def _schedule(team: Team) -> tuple[int, str, str]:
    return (team.digest_weekday, team.digest_time, team.timezone)


def _label(key: Any) -> str:
    _ws, kind, subject, period = key
    return f"{kind}:{subject}:{period}"
