"""A team's figures for a week: per seller (activity KPIs against goal and own baseline, result
KPIs) and team totals. Reads SQL aggregates; the arithmetic is in bot.services.kpis."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.errors import UserError
from bot.services import kpis
from bot.services.kpis import Baseline, Counts, Quarter, Week
from bot.services.money import Foreign, Rates, add_foreign, convert
from bot.services.read_models import LeadLine, lead_lines
from storage import aggregates as agg
from storage import history
from storage import repositories as repo
from storage.models import Goal, Lead, SalesTeam, Seller

LOOKBACK_WEEKS = 12
CLOSING_WINDOW_DAYS = 90
WEEK_GOAL_KPIS = ("meetings", "calls", "offers", "activities")
QUARTER_GOAL_KPIS = (
    "revenue",
    "wins",
    "offer_value",
    "new_customers",
    "new_customer_revenue",
    "pipeline",
)


# The result goals shown with progress, per quarter: what each is measured by.
RESULT_GOAL_KPIS = QUARTER_GOAL_KPIS
# A level (pipeline) is compared with its goal as it stands, not pro-rated over the quarter.
LEVEL_KPIS = {"pipeline"}


@dataclass(frozen=True)
class GoalProgress:
    """One result goal of the quarter: where it stands, and where it should stand by now (the
    share of the quarter's working days passed, less days away)."""

    kpi: str
    value: Decimal
    goal: Decimal
    expected: Decimal | None  # None for levels (pipeline)
    # Amounts of the value in currencies without a rate: shown beside it, never dropped.
    foreign: Foreign = ()

    @property
    def on_pace(self) -> bool:
        return self.value >= (self.expected if self.expected is not None else self.goal)


def _result_value(
    kpi: str,
    quarter: Counts,
    pipeline: Decimal,
    new_customers: int,
    new_revenue: Decimal = Decimal(0),
) -> Decimal:
    return {
        "revenue": quarter.win_value,
        "wins": Decimal(quarter.wins),
        "offer_value": quarter.offer_value,
        "new_customers": Decimal(new_customers),
        "new_customer_revenue": new_revenue,
        "pipeline": pipeline,
    }[kpi]


def _result_foreign(kpi: str, quarter: Counts, pipeline_foreign: Foreign) -> Foreign:
    return {
        "revenue": quarter.win_foreign,
        "offer_value": quarter.offer_foreign,
        "pipeline": pipeline_foreign,
    }.get(kpi, ())


def _progress(
    goals: dict[str, Decimal | None],
    quarter: Counts,
    pipeline: Decimal,
    pipeline_foreign: Foreign,
    new_customers: int,
    share: Decimal,
    new_revenue: Decimal = Decimal(0),
) -> list[GoalProgress]:
    found = []
    for kpi in RESULT_GOAL_KPIS:
        goal = goals.get(kpi)
        if goal is None or goal <= 0:
            continue
        expected = None if kpi in LEVEL_KPIS else (goal * share).quantize(Decimal("0.01"))
        found.append(
            GoalProgress(
                kpi,
                _result_value(kpi, quarter, pipeline, new_customers, new_revenue),
                goal,
                expected,
                _result_foreign(kpi, quarter, pipeline_foreign),
            )
        )
    return found


@dataclass(frozen=True)
class SellerRef:
    """Whom a status is about, as plain values: what renderers and jobs read of a seller."""

    id: int
    slack_user_id: str
    display_name: str | None = None
    sells: bool = True
    team_id: int | None = None
    locale: str | None = None

    @classmethod
    def of(cls, seller: Seller) -> SellerRef:
        return cls(
            seller.id,
            seller.slack_user_id,
            seller.display_name,
            bool(seller.sells),
            seller.team_id,
            seller.locale,
        )


@dataclass
class SellerStatus:
    seller: SellerRef
    week: Counts
    baseline: Baseline | None
    trends: dict[str, str | None]
    goals: dict[str, Decimal | None]  # weekly activity goals, scaled for days away
    base_goals: dict[str, Decimal | None]  # the same goals for a full week
    away_this_week: bool
    quarter: Counts
    quarter_goals: dict[str, Decimal | None]
    closing_rate: Decimal | None
    closed_90d: int
    closing_goal: Decimal | None
    pipeline_count: int
    pipeline_value: Decimal
    leads_without_next_step: int
    new_customers: int
    history: dict[Week, Counts] = field(default_factory=dict)
    new_customer_revenue: Decimal = Decimal(0)  # this quarter's first wins (to date)
    pipeline_foreign: Foreign = ()  # open offers in currencies without a rate
    result_goals: list[GoalProgress] = field(default_factory=list)  # the quarter's, with pace

    @property
    def name(self) -> str:
        return self.seller.display_name or self.seller.slack_user_id

    @property
    def overall_trend(self) -> str | None:
        return self.trends.get("activities")


@dataclass(frozen=True)
class TeamRef:
    """The team a report is about, as plain values."""

    id: int | None
    workspace_id: str
    channel_id: str | None = None
    name: str | None = None
    language: str = "en"
    timezone: str = "Europe/Oslo"
    currency: str = "NOK"
    chart_enabled: bool = True

    @classmethod
    def of(cls, team: SalesTeam | TeamRef) -> TeamRef:
        if isinstance(team, TeamRef):
            return team
        return cls(
            team.id,
            team.workspace_id,
            team.channel_id,
            team.name,
            team.language,
            team.timezone,
            team.currency,
            team.chart_enabled is not False,
        )


@dataclass
class TeamReport:
    team: TeamRef
    week: Week
    quarter: Quarter
    today: date
    sellers: list[SellerStatus]
    totals: Counts
    quarter_totals: Counts
    team_goals: dict[str, Decimal | None]
    closing_rate: Decimal | None
    pipeline_value: Decimal
    leads_without_next_step: int
    new_customers: int
    pipeline_foreign: Foreign = ()
    result_goals: list[GoalProgress] = field(default_factory=list)  # the team's sums
    # A week that has ended: the moment its pipeline, leads and closing rate are read as of (its
    # end). None for the week under way, which shows them as they are now.
    as_of: datetime | None = None
    # The whole team's figures per week of the lookback (everyone's entries, as in `totals`).
    team_history: dict[Week, Counts] = field(default_factory=dict)
    member_ids: list[int] = field(default_factory=list)  # everyone counted, shown or not

    @property
    def currency(self) -> str:
        return self.team.currency

    @property
    def day(self) -> date:
        """The last day the figures cover: the week's Sunday once it has ended, else today."""
        return self.today if self.as_of is None else self.week.sunday


def _counts(t: agg.KindTotals, rates: Rates) -> Counts:
    offer_value, offer_foreign = convert(t.offer_amount, rates)
    win_value, win_foreign = convert(t.win_amount, rates)
    return Counts(
        meetings=t.meeting,
        calls=t.call,
        offers=t.offer,
        wins=t.win,
        losses=t.loss,
        offer_value=offer_value,
        win_value=win_value,
        offer_foreign=offer_foreign,
        win_foreign=win_foreign,
    )


def _goals_by_seller(goals: list[Goal]) -> tuple[list[kpis.Goal], dict[int, list[kpis.Goal]]]:
    team: list[kpis.Goal] = []
    per_seller: dict[int, list[kpis.Goal]] = defaultdict(list)
    for g in goals:
        goal = kpis.Goal(g.kpi, g.period, Decimal(g.target))  # type: ignore[arg-type]
        (per_seller[g.seller_id] if g.seller_id is not None else team).append(goal)
    return team, per_seller


def week_end(week: Week, timezone: str | None) -> datetime:
    """The moment a week ends: the next Monday 00:00 in the team's time zone (aware UTC)."""
    try:
        zone = ZoneInfo(timezone or "Europe/Oslo")
    except (KeyError, ValueError):
        zone = ZoneInfo("Europe/Oslo")
    return datetime.combine(week.shift(1).monday, time(0), tzinfo=zone).astimezone(UTC)


def quarter_of(week: Week) -> Quarter:
    """The quarter a week belongs to: its Thursday's, as its ISO year is (2030-W01 is in
    2030-Q1 although its Monday is 31 December 2029)."""
    return Quarter.of(week.monday + timedelta(days=3))


def build_team_report(
    session: Session,
    team: SalesTeam,
    week: Week,
    today: date,
    *,
    only: list[Seller] | None = None,
    members: list[Seller] | None = None,
) -> TeamReport:
    """`only` limits the sellers shown (totals still cover the team); `members` replaces the
    team's membership (a seller who is in no team yet sees their own figures).

    A week that has ended is shown as it stood at its end (`week_end`): pipeline, warm leads
    without a next step and the closing rate as they were known then (storage.history), the
    quarter up to its Sunday. Its activity counts are the ledger's (a meeting logged late still
    counts for the day it happened). A week still to come is refused."""
    current_week = Week.of(today)
    if week > current_week:
        raise UserError("future_week", week=str(week), number=week.week, year=week.year)
    as_of = week_end(week, team.timezone) if week < current_week else None
    ws = team.workspace_id
    if members is None:
        members = repo.team_members(session, ws, team.id)
    shown = only if only is not None else members
    ids = [s.id for s in members]
    # A manager who does not sell has no row, summary, goal or baseline; their own entries, if
    # any, still count in the team's totals.
    shown_ids = {s.id for s in shown if s.sells or only is not None}
    first = week.shift(-LOOKBACK_WEEKS)
    currency = team.currency

    # The report's weeks, newest first, worked out once (not per seller and row).
    lookback = [week.shift(-i) for i in range(LOOKBACK_WEEKS + 1)]
    by_index = {w.index(): w for w in lookback}
    quarter = Quarter.of(today) if as_of is None else quarter_of(week)
    quarter_end = min(quarter.last_day, week.sunday)
    closing_end = min(today, week.sunday)
    closing_start = closing_end - timedelta(days=CLOSING_WINDOW_DAYS - 1)
    # Sums in the team's currency, at the rates that applied at the end of the period shown.
    rates = Rates(
        currency,
        repo.currency_rates(session, ws, team.id, min(today, week.sunday))
        if team.id is not None
        else {},
    )
    # One pass over the activities gives the weeks, the quarter and the closing window.
    per_week, per_period = agg.team_counts(
        session,
        ws,
        ids,
        (first.monday, week.sunday),
        {"quarter": (quarter.first_day, quarter_end), "closing": (closing_start, closing_end)},
        currency,
    )
    weekly: dict[int, dict[Week, Counts]] = defaultdict(dict)
    # The whole team's weeks, managers who do not sell included (as in the week's totals).
    team_weekly: dict[Week, Counts] = defaultdict(Counts)
    this_week = week.index()
    for (seller_id, index), totals in per_week.items():
        counts = _counts(totals, rates)
        when = by_index.get(index) or Week.from_index(index)
        team_weekly[when] = team_weekly[when] + counts
        if index == this_week or seller_id in shown_ids:  # others count only this week
            weekly[seller_id][when] = counts
    per_quarter = {sid: _counts(t, rates) for sid, t in per_period["quarter"].items()}
    closing = {sid: _counts(t, rates) for sid, t in per_period["closing"].items()}
    if as_of is not None:
        # What was known at the week's end: logged before it, not undone before it.
        known = history.known_at(
            {sid: (c.wins, c.losses) for sid, c in closing.items()},
            history.closing_corrections(session, ws, ids, closing_start, closing_end, as_of),
        )
        closing = {sid: Counts(wins=w, losses=n) for sid, (w, n) in known.items()}

    away: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for period in repo.away_periods(session, ws, ids, first.monday):
        away[period.seller_id].append((period.starts_on, period.ends_on))
    # Sellers not shown only add to the team's totals: no history, baseline or first activity.
    firsts = agg.first_activity(session, ws, [i for i in ids if i in shown_ids])

    if as_of is None:
        pipeline = agg.pipeline(session, ws, ids, currency)
        no_next = agg.leads_without_next_step(session, ws, ids, today)
    else:
        pipeline = history.pipeline_as_of(session, ws, ids, currency, as_of)
        no_next = history.leads_without_next_step_as_of(session, ws, ids, closing_end, as_of)
    new_customers = agg.new_customers(session, ws, ids, quarter.first_day, quarter_end)
    stored_goals = repo.goals_of_team(session, ws, team.id) if team.id is not None else []
    team_goals, seller_goals = _goals_by_seller(stored_goals)
    # Revenue from new customers is asked for only where a goal needs it.
    new_revenue: dict[int, Decimal] = {}
    if any(g.kpi == "new_customer_revenue" for g in stored_goals):
        for sid, amounts in agg.new_customer_revenue(
            session, ws, ids, quarter.first_day, quarter_end, currency
        ).items():
            new_revenue[sid] = convert(amounts, rates)[0]

    # A week still under way is compared with the same share of the usual week.
    share = (
        Decimal(min(kpis.WORKING_DAYS, today.weekday() + 1)) / kpis.WORKING_DAYS
        if week == Week.of(today)
        else Decimal(1)
    )
    resolved: dict[tuple[kpis.Goal, ...], tuple] = {}  # most sellers share the team's goals

    def goals_of(sid: int) -> tuple:
        own = tuple(seller_goals.get(sid, ()))
        if own not in resolved:
            resolved[own] = (
                {k: kpis.resolve_goal(k, "week", own, team_goals) for k in WEEK_GOAL_KPIS},
                {k: kpis.resolve_goal(k, "quarter", own, team_goals) for k in QUARTER_GOAL_KPIS},
                kpis.resolve_goal("closing_rate", "quarter", own, team_goals),
            )
        return resolved[own]

    no_goals: tuple = (
        dict.fromkeys(WEEK_GOAL_KPIS),
        dict.fromkeys(QUARTER_GOAL_KPIS),
        None,
    )

    # How far into the quarter the report stands, in working days (its pace for result goals):
    # up to today in the week under way ("by now" is not the week's Friday still to come).
    quarter_days = kpis.working_days_between(quarter.first_day, quarter.last_day)
    pace_end = min(quarter_end, today)
    passed = kpis.working_days_between(quarter.first_day, pace_end)

    statuses: list[SellerStatus] = []
    for seller in members:
        sid = seller.id
        seller_weeks = weekly.get(sid, {})
        periods = away[sid]
        away_weeks = {w for w in lookback if kpis.is_away_week(w, periods)} if periods else set()
        first_week = Week.of(firsts[sid]) if sid in firsts else None
        # No activity ever: nothing to compare with yet (not an average of zeros).
        base = (
            kpis.baseline(seller_weeks, week, away_weeks, first_week=first_week)
            if first_week is not None and sid in shown_ids
            else None
        )
        current = seller_weeks.get(week, Counts())
        # Compared with the share of the usual week the seller was there for (days passed, less
        # days away): a week away is not a week "below average".
        present_share = kpis.present_share(week, today, periods) if periods else share
        trends = {
            k: kpis.trend(current.get(k), base.average.get(k) * present_share if base else None)
            for k in WEEK_GOAL_KPIS
        }
        present = kpis.WORKING_DAYS - kpis.away_working_days(week, periods)
        # A manager who does not sell has no goals, in the team's sums or in their own view.
        week_goals, quarter_goals, closing_goal = goals_of(sid) if seller.sells else no_goals
        base_goals = dict(week_goals)
        goals = {k: kpis.scale_for_away(g, present) for k, g in base_goals.items()}
        closed = closing.get(sid, Counts())
        pipe_count, pipe_amounts = pipeline.get(sid, (0, agg.NO_AMOUNTS))
        pipe_value, pipe_foreign = convert(pipe_amounts, rates)
        # Result goals are the quarter's, less the working days the seller is away in it.
        away_in_quarter = kpis.away_days_between(quarter.first_day, quarter.last_day, periods)
        present = max(quarter_days - away_in_quarter, 0)
        quarter_scaled = {
            k: (g * present / quarter_days).quantize(Decimal("0.01"))
            if g is not None and quarter_days and k not in LEVEL_KPIS
            else g
            for k, g in quarter_goals.items()
        }
        pace = (
            Decimal(max(passed - kpis.away_days_between(quarter.first_day, pace_end, periods), 0))
            / present
            if present
            else Decimal(0)
        )
        seller_quarter = per_quarter.get(sid, Counts())
        statuses.append(
            SellerStatus(
                seller=SellerRef.of(seller),
                week=current,
                baseline=base,
                trends=trends,
                goals=goals,
                base_goals=base_goals,
                away_this_week=week in away_weeks,
                quarter=seller_quarter,
                quarter_goals=quarter_scaled,
                closing_rate=kpis.closing_rate(closed.wins, closed.losses),
                closed_90d=closed.wins + closed.losses,
                closing_goal=closing_goal,
                pipeline_count=pipe_count,
                pipeline_value=pipe_value,
                leads_without_next_step=no_next.get(sid, 0),
                new_customers=new_customers.get(sid, 0),
                history=seller_weeks,
                pipeline_foreign=pipe_foreign,
                new_customer_revenue=new_revenue.get(sid, Decimal(0)),
                result_goals=_progress(
                    quarter_scaled,
                    seller_quarter,
                    pipe_value,
                    pipe_foreign,
                    new_customers.get(sid, 0),
                    pace,
                    new_revenue.get(sid, Decimal(0)),
                ),
            )
        )

    totals, quarter_totals, closed_total = Counts(), Counts(), Counts()
    for s in statuses:
        totals = totals + s.week
        quarter_totals = quarter_totals + s.quarter
        closed_total = closed_total + closing.get(s.seller.id, Counts())
    visible = sorted(
        (s for s in statuses if s.seller.id in shown_ids), key=lambda s: s.name.casefold()
    )
    # The team's result goals: the sum of its sellers' goals (managers who do not sell have
    # none) against the whole team's figures.
    team_pipeline = sum((s.pipeline_value for s in statuses), Decimal(0))
    team_pipeline_foreign = add_foreign(*(s.pipeline_foreign for s in statuses))
    team_new = sum(s.new_customers for s in statuses)
    team_new_revenue = sum((s.new_customer_revenue for s in statuses), Decimal(0))
    sums: dict[str, tuple[Decimal, Decimal | None]] = {}
    for s in statuses:
        if not s.seller.sells:
            continue
        for p in s.result_goals:
            goal, expected = sums.get(p.kpi, (Decimal(0), Decimal(0)))
            sums[p.kpi] = (
                goal + p.goal,
                None if p.expected is None else (expected or Decimal(0)) + p.expected,
            )
    team_results = {
        kpi: GoalProgress(
            kpi,
            _result_value(kpi, quarter_totals, team_pipeline, team_new, team_new_revenue),
            goal,
            expected,
            _result_foreign(kpi, quarter_totals, team_pipeline_foreign),
        )
        for kpi, (goal, expected) in sums.items()
    }
    return TeamReport(
        team=TeamRef.of(team),
        week=week,
        quarter=quarter,
        today=today,
        sellers=visible,
        totals=totals,
        quarter_totals=quarter_totals,
        team_goals={k: _team_week_goal(k, statuses, team_goals) for k in WEEK_GOAL_KPIS},
        closing_rate=kpis.closing_rate(closed_total.wins, closed_total.losses),
        pipeline_value=sum((s.pipeline_value for s in statuses), Decimal(0)),
        leads_without_next_step=sum(s.leads_without_next_step for s in statuses),
        new_customers=sum(s.new_customers for s in statuses),
        pipeline_foreign=team_pipeline_foreign,
        result_goals=[team_results[k] for k in RESULT_GOAL_KPIS if k in team_results],
        as_of=as_of,
        team_history=dict(team_weekly),
        member_ids=ids,
    )


def _team_week_goal(
    kpi: str, statuses: list[SellerStatus], team_goals: list[kpis.Goal]
) -> Decimal | None:
    """The team's goal is the sum of its sellers' goals (each already scaled for days away);
    managers who do not sell have none."""
    goals = [s.goals[kpi] for s in statuses if s.seller.sells and s.goals.get(kpi) is not None]
    if not goals:
        return None
    return sum(goals, Decimal(0))


def warm_leads(session: Session, workspace_id: str, seller_id: int, today: date) -> list[Lead]:
    return agg.leads_needing_attention(session, workspace_id, seller_id, today)


def warm_lead_lines(session: Session, report: TeamReport, seller_id: int) -> list[LeadLine]:
    """A seller's warm leads without a next step, for the report's week: as they are now, or
    as they stood at the end of a week that has ended."""
    ws = report.team.workspace_id
    if report.as_of is None:
        return lead_lines(warm_leads(session, ws, seller_id, report.today))
    then = history.leads_needing_attention_as_of(session, ws, [seller_id], report.day, report.as_of)
    return lines_then(then.get(seller_id, []))


def lines_then(leads: list[history.LeadThen]) -> list[LeadLine]:
    """Leads as they stood at a past moment, as the lines the renderers show."""
    return [
        LeadLine(
            id=lead.id,
            customer=lead.customer,
            status=lead.status,
            temperature=lead.temperature,
            offer_amount=lead.offer_amount,
            currency=lead.currency,
            next_step=None,
            next_step_due=lead.next_step_due,
            snoozed_until=None,
            updated_at=lead.since,
        )
        for lead in leads
    ]
