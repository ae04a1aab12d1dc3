"""What a team's weekly digest and each seller's private summary say, from live data at send time
(so an undo or edit before the digest is reflected in it)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from bot.services import kpis, planning, recognition, reports
from bot.services import status as views
from bot.services.funnel import Plan
from bot.services.kpis import Counts, Quarter, Week
from bot.services.read_models import LeadLine
from bot.services.reports import SellerStatus, TeamRef, TeamReport
from storage import aggregates as agg
from storage import history
from storage import repositories as repo
from storage.models import SalesTeam

TREND_WEEKS = 8
STALE_OFFER_DAYS = 30


@dataclass(frozen=True)
class Win:
    seller: str
    customer: str
    amount: Decimal | None
    currency: str | None
    new_customer: bool


@dataclass(frozen=True)
class QuarterWrap:
    """views34. The quarter that ended inside the digest's week (2027-Q1 on Wednesday 31 March,
    in week 13; 2026-Q4 on Thursday 31 December, in week 53): the team's quarter to its last
    day (status.team_quarter, `/teamstatus Q1`'s report), what it reached of its revenue goal,
    and the sellers who did better than in their own previous quarter (praise only)."""

    report: TeamReport
    improvements: list[recognition.QuarterImprovement]
    previous: Quarter
    outlook: planning.Outlook | None = None


@dataclass
class Digest:
    team: TeamRef
    week: Week
    report: TeamReport
    # Last week's totals; None when it ended before the team was set up with nothing logged
    # for it or before it (a week kpibot did not count is no figure, as /teamstatus says).
    last_week: Counts | None
    improvements: list[recognition.Improvement]
    bests: list[recognition.PersonalBest]
    streaks: list[recognition.Streak]
    wins: list[Win]
    welcomes: list[recognition.Welcome]
    # The team's last 8 weeks, oldest first: only those it was counted for (from the week it
    # was set up in, or the first week with work logged for it, whichever is earlier).
    trend: list[tuple[Week, Counts]]
    # Working backwards: each seller's plan, and how much of the team's revenue goal its pace
    # should reach (percent; None without revenue goals).
    plans: dict[int, Plan] = field(default_factory=dict)
    outlook: planning.Outlook | None = None
    # The same for the goals for revenue from new customers (None without such goals).
    new_plans: dict[int, Plan] = field(default_factory=dict)
    new_outlook: planning.Outlook | None = None
    # What the team reached of the revenue goal of the quarter that ended inside the week
    # (report.ended: 2027-Q1 in week 13, Q2's). None in every other week.
    ended_outlook: planning.Outlook | None = None
    # The day the team was set up (where it works): the weeks before it, nothing logged for
    # them, are no figures, in the digest or in its sellers' summaries.
    set_up: date | None = None
    # views34. The wrap-up of the quarter that ended inside the week; None in other weeks.
    wrap: QuarterWrap | None = None


@dataclass
class Summary:
    status: SellerStatus
    report: TeamReport
    leads: list[LeadLine]
    suggestion: tuple[str, dict]  # (kind, params) for the renderer
    # One line from the plans: the one that matters most this week (planning.most_pressing),
    # of the revenue goal ("revenue") or the goal for revenue from new customers ("new").
    plan: Plan | None = None
    plan_kind: str = "revenue"
    # The seller's own last 8 weeks, oldest first: meetings, calls, offers per week; only those
    # they were counted for (from the week the team was set up or they joined it, or their first
    # week with work logged, whichever is earlier).
    trend: list[tuple[Week, Counts]] = field(default_factory=list)
    # mendB33: the trend's weeks the seller was away (3 or more working days, as the baseline
    # leaves out): shown as such, never as a week of zeros with no word (figures33).
    away_weeks: frozenset[Week] = frozenset()
    # views34. Their own row of the quarter that ended inside the week (the digest's wrap-up).
    quarter: SellerStatus | None = None
    wrapped: Quarter | None = None  # which quarter that is


def build_digest(session: Session, team: SalesTeam, week: Week, today: date) -> Digest:
    """The team's week: one report (whose 12-week history also holds last week's totals and the
    8-week trend), the week's wins, and who to recognise."""
    # The plans' 26 weeks up to the last day the report covers, read in the report's own pass.
    window = planning.plan_window(min(today, week.sunday))
    report = reports.build_team_report(session, team, week, today, window=window)
    won: list[Win] = []
    # Every win in the week's total is named, a manager's who does not sell included.
    ids = report.member_ids
    for row in agg.wins(session, team.workspace_id, ids, week.monday, week.sunday):
        won.append(_win(row))
    named = recognition.recognise(report.sellers, week, left=report.visitors)
    # Worked out as at the last day the report covers: a week that has ended keeps its outlook
    # when the pipeline moves on afterwards.
    plans = planning.team_plans(session, team, report, report.day)
    new_outlook = None
    if plans.new:
        recent = planning.recent_new_offers(session, report, sorted(plans.new))
        new_outlook = planning.team_outlook(plans.new, report, recent, "new_customer_revenue")
    counted = team_counted_from(team, report)
    ended_outlook = None
    if report.ended is not None:  # what the quarter that ended inside the week reached
        ended_plans = planning.team_plans(session, team, report.ended, report.ended.day)
        ended_outlook = planning.team_outlook(ended_plans.revenue, report.ended)
    return Digest(
        team=report.team,
        week=week,
        report=report,
        last_week=team_totals(report, week.shift(-1)) if week.shift(-1) >= counted else None,
        improvements=named.improvements,
        bests=named.bests,
        streaks=named.streaks,
        wins=won,
        welcomes=named.welcomes,
        plans=plans.revenue,
        outlook=planning.team_outlook(plans.revenue, report),
        new_plans=plans.new,
        new_outlook=new_outlook,
        ended_outlook=ended_outlook,
        set_up=set_up_day(team),
        trend=[(w, team_totals(report, w)) for w in trend_weeks(week) if w >= counted],
        wrap=quarter_wrap(session, team, week, today),
    )


def quarter_wrap(session: Session, team: SalesTeam, week: Week, today: date) -> QuarterWrap | None:
    """views34. The wrap-up of the quarter that ended inside `week` (its last day in it, the
    day over by `today`): the first digest after a quarter ends carries it, whichever weekday
    it ended on. None in other weeks, and for a quarter before the team was set up."""
    quarter = Quarter.of(week.monday)
    if not week.monday <= quarter.last_day <= week.sunday or quarter.last_day >= today:
        return None
    if views.before_team(session, team, quarter):
        return None
    report = views.team_quarter(session, team, quarter, today)
    previous = Quarter.of(quarter.first_day - timedelta(days=1))
    improved = []
    if not views.before_team(session, team, previous):
        before = views.team_quarter(session, team, previous, today)
        improved = recognition.quarter_improvements(
            report.sellers, before.sellers, previous.first_day, report.firsts
        )
    plans = planning.team_plans(session, team, report, report.day)
    outlook = planning.team_outlook(plans.revenue, report)
    return QuarterWrap(report, improved, previous, outlook)


def trend_weeks(week: Week) -> list[Week]:
    """The TREND_WEEKS weeks up to `week`, oldest first."""
    return [week.shift(-b) for b in range(TREND_WEEKS - 1, -1, -1)]


def set_up_day(team: SalesTeam) -> date:
    """The day the team was set up, where it works."""
    return team.created_at.astimezone(reports.zone_of(team.timezone)).date()


def team_counted_from(team: SalesTeam, report: TeamReport) -> Week:
    """The team's first week that is a figure: the week it was set up in, or an earlier one
    work was logged for (backdated); the weeks before, nothing logged, kpibot did not count."""
    logged = [w for w, counts in report.team_history.items() if counts != Counts()]
    return min([Week.of(set_up_day(team)), *logged])


def team_totals(report: TeamReport, week: Week) -> Counts:
    """The whole team's figures for a week of the report's history (LOOKBACK_WEEKS back): every
    member's entries, a manager's who does not sell included, as in the week's own totals."""
    if week < report.week.shift(-reports.LOOKBACK_WEEKS) or week > report.week:
        raise ValueError(f"{week} is outside the report's history")
    return report.team_history.get(week, Counts())


def _win(row: agg.WinRow) -> Win:
    return Win(
        seller=row.display_name or row.slack_user_id,
        customer=row.customer,
        amount=row.amount,
        currency=row.currency,
        new_customer=row.first,
    )


def suggestion(status: SellerStatus, stale_offers: int, leads: int) -> tuple[str, dict]:
    """One suggestion drawn from the facts, most useful first. Never a reproach."""
    if stale_offers:
        return "stale_offers", {"count": stale_offers, "days": STALE_OFFER_DAYS}
    if leads:
        return "leads_without_next_step", {"count": leads}
    goal = status.goals.get("meetings")
    if goal and status.week.meetings < goal:
        return "meetings_to_goal", {"missing": int(goal - status.week.meetings), "goal": int(goal)}
    if status.trends.get("activities") == "up":
        return "above_average", {}
    return "keep_going", {}


def build_summaries(session: Session, digest: Digest, today: date) -> list[Summary]:
    """Every seller's private summary from the team's digest: three queries for the whole team
    (their leads needing attention, their stale offers, who joined it since it was set up),
    never one per seller."""
    ws = digest.team.workspace_id
    ids = [status.seller.id for status in digest.report.sellers]
    as_of, day = digest.report.as_of, digest.report.day
    stale_before = day - timedelta(days=STALE_OFFER_DAYS)
    if as_of is None:
        found = agg.leads_needing_attention_by_owner(session, ws, ids, day)
        # Each with its last activity's day: a next step kept on its day is not overdue.
        days = agg.last_activity_days(session, ws, [x.id for f in found.values() for x in f])
        leads = {sid: [LeadLine.of(x, days.get(x.id)) for x in f] for sid, f in found.items()}
        stale = agg.stale_offers_by_owner(session, ws, ids, stale_before)
    else:
        # A week that has ended: its leads and offers as they stood at its end.
        then = history.leads_needing_attention_as_of(session, ws, ids, day, as_of)
        days = history.last_activity_days_as_of(
            session, ws, [x.id for f in then.values() for x in f], day, as_of
        )
        leads = {sid: reports.lines_then(found, days) for sid, found in then.items()}
        stale = history.stale_offers_as_of(session, ws, ids, stale_before, as_of)
    counted = _sellers_counted_from(session, digest)
    whole = _whole_weeks(session, digest, today)
    summaries = []
    for status in digest.report.sellers:
        sid = status.seller.id
        if sid in digest.report.visitors:
            continue  # moved on in the week: summed up by the team they moved to, whole
        status = whole.get(sid, status)
        chosen = planning.most_pressing(digest.plans.get(sid), digest.new_plans.get(sid))
        kind, plan = chosen if chosen is not None else ("revenue", None)
        summary = _summary(digest, status, leads, stale, kind, plan, counted[sid])
        if digest.wrap is not None:
            rows = {s.seller.id: s for s in digest.wrap.report.sellers}
            summary.quarter, summary.wrapped = rows.get(sid), digest.wrap.report.quarter
        summaries.append(summary)
    return summaries


def _whole_weeks(session: Session, digest: Digest, today: date) -> dict[int, SellerStatus]:
    """The sellers who came to the team from another in the week: their whole week (both
    teams' days, against their whole week's goal), for their own summary (the digest shows only
    their days in this team). Empty for most weeks."""
    report = digest.report
    came = [sid for sid in report.parts if sid not in report.visitors]
    team = repo.team_by_id(session, report.team.workspace_id, report.team.id) if came else None
    if team is None:
        return {}
    found = {}
    for seller in repo.sellers_by_id(session, team.workspace_id, came):
        own = reports.build_team_report(session, team, digest.week, today, only=[seller])
        found.update({s.seller.id: s for s in own.sellers})
    return found


def _sellers_counted_from(session: Session, digest: Digest) -> dict[int, Week]:
    """Each seller's first week that is a figure of theirs: the week the team was set up, or
    the week they joined it from no team since, unless work of theirs was logged for an earlier
    one (then from that week)."""
    report, team = digest.report, digest.team
    ids = [status.seller.id for status in report.sellers]
    zone = reports.zone_of(team.timezone)
    joined = {}
    if ids and team.id is not None and digest.set_up is not None:
        since = datetime.combine(digest.set_up, time(0), tzinfo=zone).astimezone(UTC)
        joined = repo.joined_in(session, team.workspace_id, team.id, ids, since)
    counted = {}
    for status in report.sellers:
        sid = status.seller.id
        start = Week.of(digest.set_up) if digest.set_up else digest.week.shift(-TREND_WEEKS)
        if sid in joined:
            start = max(start, Week.of(joined[sid].astimezone(zone).date()))
        if sid in report.firsts:
            start = min(start, Week.of(report.firsts[sid]))
        counted[sid] = start
    return counted


def _summary(
    digest: Digest,
    status: SellerStatus,
    leads: dict[int, list[LeadLine]],
    stale: dict[int, int],
    plan_kind: str,
    plan: Plan | None,
    counted: Week,
) -> Summary:
    trend = [(w, status.history.get(w, Counts())) for w in trend_weeks(digest.week) if w >= counted]
    return Summary(
        status=status,
        report=digest.report,
        leads=leads.get(status.seller.id, []),
        suggestion=suggestion(
            status, stale.get(status.seller.id, 0), status.leads_without_next_step
        ),
        trend=trend,
        away_weeks=_away_weeks(
            [w for w, _counts in trend],
            digest.report.away.get(status.seller.id, ()),
            status.calendar,
        ),
        plan=plan,
        plan_kind=plan_kind,
    )


def _away_weeks(
    weeks: list[Week], away: Iterable[tuple[date, date]], calendar: kpis.Calendar
) -> frozenset[Week]:
    """The weeks of `weeks` the seller was away: days away in it, and at most two working days
    left (kpis.is_away_week, the rule their average leaves weeks out by)."""
    periods = list(away)
    return frozenset(
        w
        for w in weeks
        if any(first <= w.sunday and last >= w.monday for first, last in periods)
        and kpis.is_away_week(w, periods, calendar)
    )


@dataclass
class TeamWeek:
    """One computation per team and week: the channel's digest and every private summary."""

    digest: Digest
    summaries: list[Summary]

    def summary_of(self, seller_id: int) -> Summary | None:
        return next((s for s in self.summaries if s.status.seller.id == seller_id), None)


def plan_team_week(session: Session, team: SalesTeam, week: Week, today: date) -> TeamWeek:
    digest = build_digest(session, team, week, today)
    return TeamWeek(digest=digest, summaries=build_summaries(session, digest, today))
