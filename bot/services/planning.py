"""`/kpi plan`: a seller's result goal for the quarter, worked backwards through their own funnel
into this week's activities, and adopting the suggestion as their weekly goals.

Takes the request's session and requester, returns plain values; the caller's unit of work
commits. No Slack here, no clock reads."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from bot.errors import UserError
from bot.services import funnel, kpis, reports
from bot.services.funnel import FunnelCounts, Plan, SplitCounts
from bot.services.kpis import Quarter, Week
from bot.services.money import Rates, convert
from bot.services.requester import Who, may_act_for
from bot.services.sellers import personal_team
from storage import aggregates as agg
from storage import history
from storage import repositories as repo
from storage.models import SalesTeam, Seller


@dataclass(frozen=True)
class PlanView:
    user_id: str  # whose plan
    name: str
    plan: Plan | None  # None: no revenue goal to plan from
    quarter: str
    quarter_end: date
    currency: str
    suggested: dict[str, int]  # weekly goals that keep them on track
    own: bool  # the requester's own plan
    # The goal for revenue from new customers, worked backwards through the new-customer funnel
    # (None without such a goal).
    new_plan: Plan | None = None


@dataclass(frozen=True)
class Adopted:
    user_id: str
    goals: dict[str, int]


def _target(session: Session, who: Who, user_id: str | None) -> Seller:
    if user_id is None or user_id == who.user_id:
        seller = session.get(Seller, who.seller_id)
        assert seller is not None
        return seller
    seller = repo.seller_by_user(session, who.workspace_id, user_id)
    if seller is None or not may_act_for(session, who, who.user_id, seller):
        raise UserError("not_manager")
    return seller


def _team(session: Session, who: Who, seller: Seller) -> SalesTeam:
    team_id = seller.team_id or who.team_id
    team = repo.team_by_id(session, who.workspace_id, team_id) if team_id else None
    return team or personal_team(who)


def _counts(totals: agg.KindTotals | None, rates: Rates) -> FunnelCounts:
    """Funnel counts in the team's currency: wins in a currency without a rate, and wins
    without an amount, are counted as wins but left out of the won value and its count."""
    if totals is None:
        return FunnelCounts()
    won, _foreign = convert(totals.win_amount, rates)
    priced = {code: int(n) for code, n in totals.win_priced.items() if n}
    unrated = {code: n for code, n in priced.items() if rates.of(code) is None}
    return FunnelCounts(
        totals.meeting,
        totals.call,
        totals.offer,
        totals.win,
        totals.loss,
        won,
        unrated_wins=sum(unrated.values()),
        unpriced_wins=totals.win - sum(priced.values()),
        unrated=tuple(sorted(unrated)),
    )


def window_counts(
    session: Session,
    workspace_id: str,
    team: SalesTeam | reports.TeamRef,
    ids: list[int],
    today: date,
    report: reports.TeamReport | None = None,
) -> dict[int, FunnelCounts]:
    """Each seller's funnel counts over the last 26 weeks: one query for the whole team, none
    when `report` was built with this window for these sellers (reports.build_team_report)."""
    rates = _rates(session, workspace_id, team, today, report)
    if (
        report is not None
        and report.window == plan_window(today)
        and set(ids) <= set(report.member_ids)
    ):
        found = report.window_totals
        return {sid: _counts(found[sid], rates) for sid in ids if sid in found}
    _weekly, periods = agg.team_counts(
        session,
        workspace_id,
        ids,
        (today, today),
        {"window": (window_start(today), today)},
        team.currency,
    )
    return {sid: _counts(t, rates) for sid, t in periods["window"].items()}


def window_split(
    session: Session,
    workspace_id: str,
    team: SalesTeam,
    ids: list[int],
    today: date,
    *,
    previous: bool = False,
    report: reports.TeamReport | None = None,
) -> dict[str, dict[int, SplitCounts]]:
    """Each seller's funnel counts split into new and existing customers over the 26 weeks up
    to `today` ("window") and, with `previous`, the 26 weeks before them ("before"): one query."""
    rates = _rates(session, workspace_id, team, today, report)
    span = timedelta(weeks=funnel.WINDOW_WEEKS)
    periods = {"window": (today - span + timedelta(days=1), today)}
    if previous:
        periods["before"] = (today - 2 * span + timedelta(days=1), today - span)
    found = agg.funnel_split(session, workspace_id, ids, periods, team.currency)
    split: dict[str, dict[int, SplitCounts]] = {}
    for name, rows in found.items():
        table: dict[int, SplitCounts] = {}
        for (sid, new), totals in rows.items():
            part = _counts(totals, rates)
            was = table.get(sid, SplitCounts())
            table[sid] = (
                SplitCounts(was.new + part, was.existing)
                if new
                else SplitCounts(was.new, was.existing + part)
            )
        split[name] = table
    return split


def weeks_left(
    today: date,
    away: list[tuple[date, date]],
    last: date | None = None,
    calendar: kpis.Calendar = kpis.NO_HOLIDAYS,
) -> Decimal:
    """Working weeks from tomorrow to `last` (the goal period's last day; the quarter's end by
    default), less the days away and the public holidays where the seller works (`calendar`)."""
    last = last or Quarter.of(today).last_day
    tomorrow = today + timedelta(days=1)
    days_left = kpis.working_days_between(tomorrow, last, calendar) - kpis.away_days_between(
        tomorrow, last, away, calendar
    )
    return Decimal(max(days_left, 0)) / kpis.WORKING_DAYS


def _result_goal(status: reports.SellerStatus, kpi: str) -> reports.GoalProgress | None:
    """The seller's goal for `kpi` in its own period (a year goal against the year), scaled
    for days away, with what was done in that period; None without one."""
    found = next((g for g in status.result_goals if g.kpi == kpi and g.span is not None), None)
    if found is None or found.goal <= 0:
        return None
    return found


def _planned(plan: Plan, goal: reports.GoalProgress) -> Plan:
    return replace(plan, span=goal.span)


def window_start(today: date) -> date:
    """The first day of the 26 weeks up to `today`."""
    return today - timedelta(weeks=funnel.WINDOW_WEEKS) + timedelta(days=1)


def plan_window(day: date) -> tuple[date, date]:
    """The 26 weeks up to `day` a plan reads: what a report built for planning carries
    (build_team_report's `window`)."""
    return window_start(day), day


def logged_weeks(
    today: date,
    first_activity: date | None,
    away: list[tuple[date, date]] | None = None,
    calendar: kpis.Calendar = kpis.NO_HOLIDAYS,
) -> Decimal:
    """The working weeks of the window the seller has been logging in and was not away (nor on
    a public holiday), for their usual pace: a seller who started four weeks ago sends their
    offers in four weeks, not in 26, and one away for three of them in one. At least a week, at
    most the window."""
    start = window_start(today)
    if first_activity is not None:
        start = max(start, first_activity)
    days = kpis.working_days_between(start, today, calendar) - kpis.away_days_between(
        start, today, away or [], calendar
    )
    weeks = Decimal(days) / kpis.WORKING_DAYS
    return min(max(weeks, Decimal(1)), Decimal(funnel.WINDOW_WEEKS))


def _usual(own: FunnelCounts, weeks: Decimal) -> Decimal:
    return Decimal(own.offers) / weeks


def plan_of(
    status: reports.SellerStatus,
    own: FunnelCounts,
    everyone: FunnelCounts,
    today: date,
    away: list[tuple[date, date]],
    weeks: Decimal = Decimal(funnel.WINDOW_WEEKS),
) -> Plan | None:
    """The plan for one seller of a report, or None without a revenue goal. `weeks`: how much
    of the window the seller has been logging (logged_weeks), for their usual pace."""
    goal = _result_goal(status, "revenue")
    if goal is None or goal.span is None:
        return None
    p = funnel.plan(
        funnel.funnel(own, everyone),
        goal=goal.goal,
        won=goal.value,
        pipeline=status.pipeline_value,
        weeks_left=weeks_left(today, away, goal.span.last, status.calendar),
        meeting_goal=status.base_goals.get("meetings"),
        usual_offers_per_week=_usual(own, weeks),
        period_over=today > goal.span.last,
    )
    return _planned(p, goal)


def new_customer_plan_of(
    status: reports.SellerStatus,
    own: SplitCounts,
    everyone: SplitCounts,
    pipeline: Decimal,
    today: date,
    away: list[tuple[date, date]],
    weeks: Decimal = Decimal(funnel.WINDOW_WEEKS),
) -> Plan | None:
    """The goal for revenue from new customers worked backwards through the new-customer
    funnel: their closing rate, first deals and activities per offer, the open offers to
    customers never won. None without such a goal."""
    goal = _result_goal(status, "new_customer_revenue")
    if goal is None or goal.span is None:
        return None
    p = funnel.plan(
        funnel.funnel(own.new, everyone.new),
        goal=goal.goal,
        won=goal.value,
        pipeline=pipeline,
        weeks_left=weeks_left(today, away, goal.span.last, status.calendar),
        meeting_goal=None,  # the meetings goal is not split by customer
        usual_offers_per_week=_usual(own.new, weeks),
        period_over=today > goal.span.last,
    )
    return _planned(p, goal)


@dataclass(frozen=True)
class TeamPlans:
    """Every seller's plans from a team report: the revenue goal's, and the goal for revenue from
    new customers' (each only for sellers with such a goal)."""

    revenue: dict[int, Plan]
    new: dict[int, Plan]


def _rates(
    session: Session,
    workspace_id: str,
    team: SalesTeam | reports.TeamRef,
    today: date,
    report: reports.TeamReport | None = None,
) -> Rates:
    if (
        report is not None
        and report.rates is not None
        and report.team.id == team.id
        and report.team.workspace_id == workspace_id
        and report.day == today
    ):
        return report.rates  # read by the report at the same day
    return Rates(
        team.currency,
        repo.currency_rates(session, workspace_id, team.id, today) if team.id else {},
    )


def _new_goal(status: reports.SellerStatus) -> bool:
    return _result_goal(status, "new_customer_revenue") is not None


def team_plans(
    session: Session, team: SalesTeam | reports.TeamRef, report: reports.TeamReport, today: date
) -> TeamPlans:
    """Every seller's plans from a team report: four queries for the whole team, three more
    when someone has a goal for revenue from new customers. For a report of fewer sellers than
    the team (a seller's App Home), the team's counts are read only if a seller shown has too
    few closed offers of their own."""
    ws = team.workspace_id
    shown = [s.seller.id for s in report.sellers]
    # What the report read already is not read again: its members who sell, days away, first
    # active days and rates (when it is this team's, read as far back and at the same day).
    own_report = report.team.id == team.id and report.team.workspace_id == ws
    if not team.id:
        selling: list[int] = []
    elif own_report and report.selling_ids is not None:
        selling = report.selling_ids
    else:
        selling = [m.id for m in repo.team_members(session, ws, team.id) if m.sells]
    ids = selling or shown
    # The team's counts are read only when the report shows less than the team (one seller's
    # App Home) and a seller shown has too few closed offers of their own to plan by.
    sellers = set(ids)
    whole = sellers <= set(shown)
    own_ids = ids if whole else [i for i in shown if i in sellers]
    planned = [s.seller.id for s in report.sellers if _result_goal(s, "revenue") is not None]
    counts = window_counts(session, ws, team, own_ids, today, report) if planned else {}
    if whole or not any(funnel.leans_on_team(counts.get(i, FunnelCounts())) for i in planned):
        everyone = sum((counts.get(i, FunnelCounts()) for i in ids), FunnelCounts())
    else:
        everyone = sum(window_counts(session, ws, team, ids, today).values(), FunnelCounts())
    away: dict[int, list[tuple[date, date]]] = {}
    # Since the window's start: days away in it are left out of the usual pace.
    since = window_start(today)
    if own_report and report.away_since is not None and report.away_since <= since:
        for sid in shown:
            kept = [p for p in report.away.get(sid, ()) if p[1] >= since]
            if kept:
                away[sid] = kept
        firsts = {sid: report.firsts[sid] for sid in shown if sid in report.firsts}
    else:
        for period in repo.away_periods(session, ws, shown, since):
            away.setdefault(period.seller_id, []).append((period.starts_on, period.ends_on))
        firsts = agg.first_activity(session, ws, shown)
    new_goals = [s.seller.id for s in report.sellers if _new_goal(s)]
    split: dict[int, SplitCounts] = {}
    team_split = SplitCounts()
    open_new: dict[int, Decimal] = {}
    if new_goals:
        asked = sorted(set(ids) | set(new_goals)) if whole else new_goals
        split = window_split(session, ws, team, asked, today, report=report)["window"]
        if not whole and any(
            funnel.leans_on_team(split.get(i, SplitCounts()).new) for i in new_goals
        ):
            split = window_split(
                session, ws, team, sorted(set(ids) | set(new_goals)), today, report=report
            )["window"]
        team_split = sum((split.get(i, SplitCounts()) for i in ids), SplitCounts())
        rates = _rates(session, ws, team, today, report)
        # As the pipeline of the report: now, or as it stood at the end of a week that has ended.
        if report.as_of is None:
            found = agg.new_customer_pipeline(session, ws, new_goals, team.currency)
        else:
            found = history.new_customer_pipeline_as_of(
                session, ws, new_goals, team.currency, report.as_of
            )
        for sid, (_n, amounts) in found.items():
            open_new[sid] = convert(amounts, rates)[0]
    revenue, new = {}, {}
    for status in report.sellers:
        sid = status.seller.id
        weeks = logged_weeks(today, firsts.get(sid), away.get(sid, []), status.calendar)
        p = plan_of(
            status, counts.get(sid, FunnelCounts()), everyone, today, away.get(sid, []), weeks
        )
        if p is not None:
            revenue[sid] = p
        if sid in new_goals:
            n = new_customer_plan_of(
                status,
                split.get(sid, SplitCounts()),
                team_split,
                open_new.get(sid, Decimal(0)),
                today,
                away.get(sid, []),
                weeks,
            )
            if n is not None:
                new[sid] = n
    return TeamPlans(revenue, new)


def most_pressing(revenue: Plan | None, new: Plan | None) -> tuple[str, Plan] | None:
    """Of a seller's two plans, the one that matters most this week, for a summary's one line:
    ("revenue" | "new", plan). A plan that asks for activity comes before one already covered;
    of two that do, the one asking more against the seller's usual pace (no usual pace at all:
    the most), then the one asking more offers a week; the revenue goal when nothing tells
    them apart."""
    candidates = [(kind, p) for kind, p in (("revenue", revenue), ("new", new)) if p is not None]
    if not candidates:
        return None

    def weight(item: tuple[str, Plan]) -> tuple:
        _kind, p = item
        if p.offers_per_week is None:
            # Covered or reached: least; not enough history or no time left: said in /kpi plan.
            return (0, Decimal(0), Decimal(0))
        usual = p.usual_offers_per_week
        pace = p.offers_per_week / usual if usual else Decimal("Infinity")
        return (1, pace, p.offers_per_week)

    best = max(weight(c) for c in candidates)
    return next(c for c in candidates if weight(c) == best)


def plan_for(session: Session, who: Who, user_id: str | None = None) -> PlanView:
    seller = _target(session, who, user_id)
    team = _team(session, who, seller)
    today = who.today
    report = reports.build_team_report(
        session, team, Week.of(today), today, only=[seller], members=None if team.id else [seller]
    )
    if not report.sellers:
        report = reports.build_team_report(
            session, team, Week.of(today), today, only=[seller], members=[seller]
        )
    status = report.sellers[0]
    quarter = Quarter.of(today)
    members = repo.team_members(session, who.workspace_id, team.id) if team.id else [seller]
    ids = [m.id for m in members if m.sells or m.id == seller.id] or [seller.id]
    counts = window_counts(session, who.workspace_id, team, ids, today)
    away = [
        (p.starts_on, p.ends_on)
        for p in repo.away_periods(session, who.workspace_id, [seller.id], window_start(today))
    ]
    weeks = logged_weeks(
        today,
        agg.first_activity(session, who.workspace_id, [seller.id]).get(seller.id),
        away,
        status.calendar,
    )
    p = plan_of(
        status,
        counts.get(seller.id, FunnelCounts()),
        sum(counts.values(), FunnelCounts()),
        today,
        away,
        weeks,
    )
    new_plan = None
    if _new_goal(status):
        split = window_split(session, who.workspace_id, team, ids, today)["window"]
        open_new = agg.new_customer_pipeline(session, who.workspace_id, [seller.id], team.currency)
        rates = _rates(session, who.workspace_id, team, today)
        pipeline = convert(open_new.get(seller.id, (0, agg.NO_AMOUNTS))[1], rates)[0]
        new_plan = new_customer_plan_of(
            status,
            split.get(seller.id, SplitCounts()),
            sum(split.values(), SplitCounts()),
            pipeline,
            today,
            away,
            weeks,
        )
    suggested = funnel.suggested_goals(p) if p is not None else {}
    if not suggested and p is None and new_plan is not None:
        suggested = funnel.suggested_goals(new_plan)
    # A weekly goal already as high as the plan needs stays: adopting the plan never lowers one
    # ("meetings goal 12 covers it" must not offer, and set, 1 meeting a week).
    suggested = {
        kpi: target
        for kpi, target in suggested.items()
        if status.base_goals.get(kpi) is None or status.base_goals[kpi] < target
    }
    return PlanView(
        seller.slack_user_id,
        seller.display_name or seller.slack_user_id,
        p,
        str(quarter),
        quarter.last_day,
        team.currency,
        suggested,
        seller.id == who.seller_id,
        new_plan,
    )


@dataclass(frozen=True)
class Outlook:
    """Where the team's pace leads by the quarter's end: `share` percent of `goal`, the quarter
    goals of its sellers who have one, added up. `on_line`: every seller has one and that sum
    is the quarter's line the team's totals show for the KPI (not the team's own goal, nor one
    in another period), so the sentence may say "the team reaches … of the quarter's goal";
    otherwise it says whose goals and names their sum. `ended`: the quarter ended by the last
    day the report covers (the week 53 digest about 2026-Q4): `share` is what it reached."""

    share: Decimal
    goal: Decimal
    quarter: str
    on_line: bool = False
    ended: bool = False


def team_outlook(
    plans: dict[int, Plan],
    report: reports.TeamReport,
    recent_offers: dict[int, int] | None = None,
    kpi: str = "revenue",
) -> Outlook | None:
    """How much of the team's quarter goals its current pace should reach, in percent: what is
    won, what the open offers should bring, and the offers of the last four weeks kept up for the
    weeks left (at each seller's closing rate and average deal). `recent_offers`: each seller's
    offers of those four weeks, when not all offers count (the offers to new customers, for the
    goal for revenue from new customers)."""
    goal = projected = Decimal(0)
    everyone = True  # every seller of the team has such a goal: the projection is the team's
    ended = report.as_of is not None and report.quarter.last_day <= report.day
    for status in report.sellers:
        p = plans.get(status.seller.id)
        if p is None or (p.span is not None and p.span.period != "quarter"):
            everyone = everyone and not status.seller.sells
            continue  # the quarter's goal: a year or week goal is planned in its own period
        if recent_offers is None:
            recent = [status.history.get(report.week.shift(-b)) for b in range(4)]
            offers = sum(c.offers for c in recent if c is not None)
        else:
            offers = recent_offers.get(status.seller.id, 0)
        offers_a_week = Decimal(offers) / 4
        future = Decimal(0)
        if p.funnel.closing_rate is not None and p.funnel.average_deal is not None:
            future = offers_a_week * p.weeks_left * p.funnel.closing_rate * p.funnel.average_deal
        goal += p.goal
        # views34: a quarter that has ended reached what it won; its open offers then (a win
        # logged on its last day a day late) are no part of it.
        projected += p.won if ended else p.won + p.expected_from_pipeline + future
    if not goal or not any(p.funnel.closing_rate is not None for p in plans.values()):
        return None  # nothing closed in the team yet: no pace to project, not "about 0 %"
    # "The team reaches …% of the quarter's goal" only when the projection is the whole team's
    # against the line shown: a seller without such a goal adds to the line's value, never to
    # the projection.
    on_line = everyone and any(
        g.kpi == kpi and g.period == "quarter" and g.source == "sum" and abs(g.goal - goal) < 1
        for g in report.result_goals
    )
    return Outlook(
        (Decimal(100) * projected / goal).quantize(Decimal(1)),
        goal,
        str(report.quarter),
        on_line,
        ended,
    )


def recent_new_offers(
    session: Session, report: reports.TeamReport, ids: list[int]
) -> dict[int, int]:
    """Each seller's offers to new customers in the report's week and the three before (to the
    last day the report covers): one query."""
    if not ids:
        return {}
    first = report.week.shift(-3).monday
    found = agg.funnel_split(
        session, report.team.workspace_id, ids, {"recent": (first, report.day)}, report.currency
    )["recent"]
    return {sid: totals.offer for (sid, new), totals in found.items() if new}


def adopt(session: Session, who: Who, user_id: str, *, now: datetime) -> Adopted:
    """The suggestion, worked out again now, becomes the seller's own weekly goals (the seller
    themself, or a manager of their team)."""
    view = plan_for(session, who, user_id)
    if not view.suggested:
        raise UserError("plan_nothing_to_adopt")
    seller = _target(session, who, user_id)
    if seller.team_id is None:
        raise UserError("not_a_team")
    for kpi, target in view.suggested.items():
        repo.set_goal(
            session,
            who.workspace_id,
            seller.team_id,
            seller.id,
            kpi,
            "week",
            target,
            who.user_id,
            at=now,
            today=who.today,
        )
    return Adopted(seller.slack_user_id, view.suggested)
