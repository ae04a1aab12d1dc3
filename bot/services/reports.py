"""A team's figures for a week: per seller (activity KPIs against goal and own baseline, result
KPIs) and team totals. Reads SQL aggregates; the arithmetic is in bot.services.kpis."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.errors import UserError
from bot.services import kpis, public_holidays
from bot.services.kpis import Baseline, Counts, Quarter, Week
from bot.services.money import Across, Foreign, Rates, add_foreign, convert, convert_across
from bot.services.read_models import LeadLine, OfferHistory, offer_histories
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


# The result goals shown with progress, in their own period (week, quarter or year).
RESULT_GOAL_KPIS = QUARTER_GOAL_KPIS
# Every goal shown with progress in its period: results always, activities when their goal is
# per quarter or year (a week's activity goal is shown on the week's own lines).
PERIOD_GOAL_KPIS = (*RESULT_GOAL_KPIS, *WEEK_GOAL_KPIS)
PERIOD_ORDER = ("quarter", "year", "week")
# A level (pipeline) is compared with its goal as it stands, not pro-rated over the period.
LEVEL_KPIS = {"pipeline"}


@dataclass(frozen=True)
class GoalProgress:
    """One goal in its own period (`span`): where it stands, and where it should stand by now
    (the share of the period's working days passed, less days away)."""

    kpi: str
    value: Decimal
    goal: Decimal
    expected: Decimal | None  # None for levels (pipeline)
    # Amounts of the value in currencies without a rate: shown beside it, never dropped.
    foreign: Foreign = ()
    span: kpis.Span | None = None
    # For the team's line: "team" (the team's own goal) or "sum" (its sellers' goals added up).
    source: str | None = None
    # A sum's goals set for other periods, counted at their share of this one ("quarter").
    converted_from: tuple[str, ...] = ()

    @property
    def on_pace(self) -> bool:
        return self.value >= (self.expected if self.expected is not None else self.goal)

    @property
    def period(self) -> str:
        return self.span.period if self.span is not None else "quarter"


def shows_in_period(goal: kpis.Goal) -> bool:
    """Whether a goal is shown with its period's progress (not on the week's activity lines)."""
    return goal.kpi in RESULT_GOAL_KPIS or (goal.kpi in WEEK_GOAL_KPIS and goal.period != "week")


@dataclass(frozen=True)
class PeriodFigures:
    """What one seller (or the team) did in a goal's period, as its goals are measured."""

    counts: Counts
    pipeline: Decimal
    pipeline_foreign: Foreign
    new_customers: int
    new_revenue: Decimal

    def value(self, kpi: str) -> Decimal:
        if kpi in WEEK_GOAL_KPIS:
            return self.counts.get(kpi)
        if kpi == "revenue":
            return self.counts.win_value
        if kpi == "wins":
            return Decimal(self.counts.wins)
        if kpi == "offer_value":
            return self.counts.offer_value
        if kpi == "new_customers":
            return Decimal(self.new_customers)
        if kpi == "new_customer_revenue":
            return self.new_revenue
        if kpi == "pipeline":
            return self.pipeline
        raise KeyError(kpi)

    def foreign(self, kpi: str) -> Foreign:
        if kpi == "revenue":
            return self.counts.win_foreign
        if kpi == "offer_value":
            return self.counts.offer_foreign
        if kpi == "pipeline":
            return self.pipeline_foreign
        return ()


def progress_of(
    goal: kpis.Goal,
    span: kpis.Span,
    figures: PeriodFigures,
    away: list[tuple[date, date]] | tuple = (),
    *,
    source: str | None = None,
    prorated: dict[tuple[kpis.Goal, kpis.Span, kpis.Calendar], tuple[Decimal, Decimal | None]]
    | None = None,
    calendar: kpis.Calendar = kpis.NO_HOLIDAYS,
) -> GoalProgress:
    """One goal against what was done in its period, pro-rated for the part passed and days away
    (working days where the seller works: `calendar`). `prorated`: where a report keeps what a
    goal comes to for someone never away in its span (most of its sellers share their goals)."""
    level = goal.kpi in LEVEL_KPIS
    if away or prorated is None:
        target, expected = kpis.prorate(goal.target, span, away, level=level, calendar=calendar)
    else:
        found = prorated.get((goal, span, calendar))
        if found is None:
            found = prorated[(goal, span, calendar)] = kpis.prorate(
                goal.target, span, level=level, calendar=calendar
            )
        target, expected = found
    return GoalProgress(
        goal.kpi,
        figures.value(goal.kpi),
        target,
        expected,
        figures.foreign(goal.kpi),
        span,
        source,
    )


def _sum_period(kpi: str, default: kpis.Goal | None, goals: list[kpis.Goal]) -> str:
    """The period a sum of sellers' goals is said in: the team default's, else the one most of
    them have (ties to the longer period)."""
    if default is not None:
        return default.period
    counted: dict[str, int] = defaultdict(int)
    for g in goals:
        counted[g.period] += 1
    rank = {"week": 0, "quarter": 1, "year": 2}
    return max(counted, key=lambda p: (counted[p], rank[p]))


@dataclass(frozen=True)
class SellerRef:
    """Whom a status is about, as plain values: what renderers and jobs read of a seller."""

    id: int
    slack_user_id: str
    display_name: str | None = None
    sells: bool = True
    team_id: int | None = None
    locale: str | None = None
    language: str | None = None  # chosen with /kpi language
    gone: bool = False  # the Slack account was deactivated: no DMs (its work still counts)

    @classmethod
    def of(cls, seller: Seller) -> SellerRef:
        return cls(
            seller.id,
            seller.slack_user_id,
            seller.display_name,
            bool(seller.sells),
            seller.team_id,
            seller.locale,
            seller.language,
            seller.gone_at is not None,
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
    # Every goal shown in its period (result goals; activities per quarter or year), with pace.
    result_goals: list[GoalProgress] = field(default_factory=list)
    # The working days of the week its figures are compared with the seller's own average for:
    # those passed (today included; all once it has ended), less public holidays and days away.
    # Below 5 the average is shown for them too, as the arrows compare with that part of it.
    compared_days: int = kpis.WORKING_DAYS
    # The public holidays where the seller works (their time zone's, else the team's): what
    # their goals, paces and plans count as working days.
    calendar: kpis.Calendar = kpis.NO_HOLIDAYS

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
    # The team's own goals, else its sellers' goals added up, each in its period.
    result_goals: list[GoalProgress] = field(default_factory=list)
    # Per weekly activity KPI: "team" when the week's goal is the team's own, else "sum".
    team_goal_sources: dict[str, str] = field(default_factory=dict)
    closing_goal: Decimal | None = None  # the team's own closing-rate goal, if it set one
    # The whole team's figures per week of the lookback (everyone's entries, as in `totals`).
    team_history: dict[Week, Counts] = field(default_factory=dict)
    member_ids: list[int] = field(default_factory=list)  # everyone counted, shown or not
    # A week that has ended: the moment its pipeline, leads and closing rate are read as of (its
    # end). None for the week under way, which shows them as they are now.
    as_of: datetime | None = None
    # Asked for by a caller that plans (build_team_report's `window`): each member's totals over
    # that span, read in the report's own pass over the activities.
    window: tuple[date, date] | None = None
    window_totals: dict[int, agg.KindTotals] = field(default_factory=dict)
    # What the report read on the way, for a caller that plans from it (planning.team_plans)
    # instead of reading it again: the members who sell (None: the membership was handed in),
    # every member's days away ending on or after `away_since`, the first active day of each
    # seller shown, and the rates at the report's last day.
    selling_ids: list[int] | None = None
    away: dict[int, list[tuple[date, date]]] = field(default_factory=dict)
    away_since: date | None = None
    firsts: dict[int, date] = field(default_factory=dict)
    rates: Rates | None = None
    # Warm leads without a next step in the team's total whose owner has no row (an account
    # deactivated, a manager who does not sell): (owner, how many, their customers).
    unshown_leads: list[tuple[str, int, list[str]]] = field(default_factory=list)
    # A week that has ended belongs to its Thursday's quarter; the quarter before, when it ended
    # inside the week (2027-Q1 on Wednesday 31 March, in week 13, Q2's), is this report of it
    # (build_team_report's `quarter_of`), or no view of a week would ever show its last days.
    ended: TeamReport | None = None
    # kpiargs24. A seller who moved between teams in the week: the days of it they were in this
    # team (their work and week's goal here are those days'; the rest is the other team's).
    # `visitors`: those of them who left this team for another in the week (their quarter,
    # pipeline and summary go with them; only their days here count here).
    parts: dict[int, tuple[tuple[date, date], ...]] = field(default_factory=dict)
    visitors: frozenset[int] = frozenset()
    # kpiargs25. The first day kpibot counted the team (its set-up, or the first work backdated
    # before it), when after the first day of the quarter (or the year, with a goal per year)
    # shown: the heading of a period it started in says so. None otherwise.
    counted_from: date | None = None
    # views33. A report standing at the end of a day inside its week (build_team_report's
    # `ends_on`: an ended quarter's last day); None for a week's own.
    ends_on: date | None = None

    @property
    def currency(self) -> str:
        return self.team.currency

    @property
    def day(self) -> date:
        """The last day the figures cover: the week's Sunday once it has ended, else today (or
        the day the report ends on)."""
        if self.ends_on is not None:
            return self.ends_on
        return self.today if self.as_of is None else self.week.sunday


def _counts(t: agg.KindTotals, rates: Rates) -> Counts:
    offer_value, offer_foreign = convert(t.offer_amount, rates)
    win_value, win_foreign = convert(t.win_amount, rates)
    revised_value, revised_foreign = (
        convert(t.revised_amount, rates) if t.revised_amount else (Decimal(0), ())
    )
    across: Across = ()
    if t.revised_across:  # revisions into another currency: converted where both are
        moved, across = convert_across(t.revised_across, rates)
        revised_value += moved
    return Counts.of(
        t.meeting,
        t.call,
        t.offer,
        t.win,
        t.loss,
        offer_value,
        win_value,
        offer_foreign,
        win_foreign,
        revised_value,
        revised_foreign,
        across,
    )


_BUILTIN_GOALS = {g.kpi: g for g in kpis.DEFAULT_GOALS}


@dataclass(frozen=True)
class TeamGoals:
    """A team's goals by whom they are for: the team as a whole, each seller by default, and
    sellers' own (each one goal per KPI)."""

    team: dict[str, kpis.Goal]
    defaults: dict[str, kpis.Goal]
    own: dict[int, dict[str, kpis.Goal]]

    @classmethod
    def of(cls, goals: list[Goal]) -> TeamGoals:
        team: dict[str, kpis.Goal] = {}
        defaults: dict[str, kpis.Goal] = {}
        own: dict[int, dict[str, kpis.Goal]] = defaultdict(dict)
        for g in sorted(goals, key=lambda g: g.id or 0):
            goal = kpis.Goal(g.kpi, g.period, Decimal(g.target))  # type: ignore[arg-type]
            if g.scope == "team":
                team[g.kpi] = goal
            elif g.seller_id is None:
                defaults[g.kpi] = goal
            else:
                own[g.seller_id][g.kpi] = goal
        return cls(team, defaults, dict(own))

    def of_seller(self, seller_id: int) -> dict[str, kpis.Goal]:
        """The goal that applies to a seller per KPI: their own, else the team's default, else
        kpibot's."""
        return _BUILTIN_GOALS | self.defaults | self.own.get(seller_id, {})

    def periods_of(self, kpi: str) -> set[str]:
        """The periods of every goal for `kpi`, whoever it is for."""
        every = (
            *self.team.values(),
            *self.defaults.values(),
            *(g for own in self.own.values() for g in own.values()),
        )
        return {g.period for g in every if g.kpi == kpi}

    @property
    def periods(self) -> set[str]:
        found = {g.period for g in (*self.team.values(), *self.defaults.values())}
        return found | {g.period for goals in self.own.values() for g in goals.values()}


def week_end(week: Week, timezone: str | None) -> datetime:
    """The moment a week ends: the next Monday 00:00 in the team's time zone (aware UTC)."""
    zone = zone_of(timezone)
    return datetime.combine(week.shift(1).monday, time(0), tzinfo=zone).astimezone(UTC)


def week_began(end: datetime, timezone: str | None) -> datetime:
    """The moment the week ending at `end` (its week_end) began: the Monday 00:00 before, in
    the team's time zone (aware UTC; a week with a change to or from summer time is 167 or 169
    hours)."""
    return (end.astimezone(zone_of(timezone)) - timedelta(days=7)).astimezone(UTC)


def day_end(day: date, timezone: str | None) -> datetime:
    """The moment a day ends: the next day's 00:00 in the team's time zone (aware UTC)."""
    midnight = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone_of(timezone))
    return midnight.astimezone(UTC)


def build_team_report(
    session: Session,
    team: SalesTeam,
    week: Week,
    today: date,
    *,
    only: list[Seller] | None = None,
    members: list[Seller] | None = None,
    window: tuple[date, date] | None = None,
    quarter_of: date | None = None,
    ends_on: date | None = None,
) -> TeamReport:
    """`only` limits the sellers shown (totals still cover the team); `members` replaces the
    team's membership (a seller who is in no team yet sees their own figures). `window`: a span
    whose per-member totals a caller needs as well (the plans' 26 weeks), read in the same pass.
    `quarter_of`: a day of another quarter than the week's own, whose figures and goals the report
    shows (a quarter that ended inside a week that has ended, before its Thursday: 2027-Q1 ended
    on Wednesday 31 March, in week 13, which is Q2's), against the goals that applied at its end.
    `ends_on` (views33): a day of `week` before today, a quarter's last day, with `quarter_of`
    that day: the report stands at that day's end, even in a week still under way (`/kpi forrige
    kvartal` on Thursday 1 April 2027): its quarter, pace and closing rate to that day, pipeline
    and warm leads as they stood then; the same build as any ended week's.

    A week that has ended is shown as it stood at its end (`week_end`): pipeline, warm leads
    without a next step and the closing rate as they were known then (storage.history), the
    quarter up to its Sunday, and the team's sellers as they were at its end (one who left or
    moved since is still in it). Its activity counts are the ledger's (a meeting logged late still
    counts for the day it happened). A week still to come is refused.

    A seller who moved from one team to another within the week (kpiargs24) is in both teams'
    reports, each with the days of the week they were in it (the day of the move is the new
    team's): their activities on those days, and their week's goal pro-rated for those days less
    their days away. Their quarter, pipeline and leads stay with the team they were in at the
    week's end. With `only` or `members` given (a seller's own view) the week is not split."""
    current_week = Week.of(today)
    if week > current_week:
        raise UserError("future_week", week=str(week), number=week.week, year=week.year)
    as_of = week_end(week, team.timezone) if week < current_week else None
    # The last day the report stands at: the week's Sunday, or the day it ends on (`ends_on`).
    last = week.sunday
    if ends_on is not None:
        assert quarter_of is not None and week.monday <= ends_on <= week.sunday
        assert ends_on < today  # a day that has ended
        as_of, last = day_end(ends_on, team.timezone), ends_on
    ws = team.workspace_id
    given = members is not None
    # A seller who moved between teams in the week has it split between them (not in a
    # seller's own view): the week's moves, read once for the members and the split.
    split = not given and only is None and team.id is not None
    end = as_of or week_end(week, team.timezone)
    moves = repo.moves_since(session, ws, week_began(end, team.timezone)) if split else None
    if members is None:
        # A week that has ended is its team's as it was then: the sellers in it at its end (and
        # one who joined later from no team, only if they logged something in it).
        # One who left for no team in it is in it: their week is the team they were last in.
        began = week_began(week_end(week, team.timezone), team.timezone) if as_of else None
        members = repo.team_members(
            session,
            ws,
            team.id,
            as_of=as_of,
            worked=(week.monday, week.sunday),
            began=began,
            moves=moves,
        )
    parts: dict[int, tuple[tuple[date, date], ...]] = {}
    visitors: set[int] = set()
    if moves:
        parts, added = _moved_within(session, team, week, members, moves)
        visitors = {s.id for s in added}
        members = [*members, *added]
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
    # The quarter and year a week belongs to: today's for the week under way, else its Thursday's.
    anchor = today if as_of is None else week.monday + timedelta(days=3)
    goals_as_of = as_of
    if quarter_of is not None and as_of is not None:
        anchor = quarter_of
        # Its goals as they were when it ended (one set for the next quarter since is not its).
        goals_as_of = min(as_of, day_end(Quarter.of(anchor).last_day, team.timezone))
    quarter = Quarter.of(anchor)
    # The day whose goals apply (one set for a period to come holds from its first day): the
    # week under way today's; a week that has ended its Sunday's, within the quarter it belongs
    # to (its Thursday's: week 13 2027, Thu 1 Apr, has Q2's goals; week 39 2027, Fri 1 Oct, Q3's),
    # and a quarter shown to its end its own last day's.
    goals_on = today if as_of is None else min(last, quarter.last_day)
    quarter_end = min(quarter.last_day, last)
    # A past week against the goals that applied at its end, as its pipeline is as it stood then
    goals = TeamGoals.of(
        repo.goals_of_team(session, ws, team.id, as_of=goals_as_of, on=goals_on)
        if team.id is not None
        else []
    )
    # Each goal is measured in its own period; pace counts up to today, or the week's Sunday.
    spans = {
        p: kpis.goal_span(p, week, today if as_of is None else last, anchor)
        for p in ("week", "quarter", "year")
    }
    year = spans["year"]
    year_end = min(year.last, last)
    with_year = "year" in goals.periods
    # Days a member was no seller of the team, for their goals: before joining it from no team
    # in the goals' periods (the week's, the quarter's, the year's when a goal is set per
    # year), and from their account's deactivation (or being made a guest) on.
    since = min(week.monday, year.first if with_year else quarter.first_day)
    # Also for members given (the App Home reads its one seller: a joiner there too)
    # A team set up within the goals' periods is measured from the day kpibot counted it: the
    # days before, as days away for the quarter's and the year's goals (a week's goal is the
    # week's, as the digest has always shown the week the team was set up in).
    counted = team_counted_since(session, team, since)
    team_absent = [(since, min(counted - timedelta(days=1), last))] if counted > since else []
    absent = _absent_days(session, team, week, since, members, as_of)
    closing_end = min(today, last)
    closing_start = closing_end - timedelta(days=CLOSING_WINDOW_DAYS - 1)
    # Sums in the team's currency, at the rates that applied at the end of the period shown.
    rates = Rates(
        currency,
        repo.currency_rates(session, ws, team.id, min(today, last)) if team.id is not None else {},
    )
    # One pass over the activities gives the weeks, the quarter and the closing window.
    per_week, per_period = agg.team_counts(
        session,
        ws,
        ids,
        (first.monday, week.sunday),
        {
            "quarter": (quarter.first_day, quarter_end),
            "closing": (closing_start, closing_end),
            # The year only when a goal is set per year (it widens the pass to January).
            **({"year": (year.first, year_end)} if with_year else {}),
            **({"window": window} if window is not None else {}),
        },
        currency,
    )
    weekly: dict[int, dict[Week, Counts]] = defaultdict(dict)
    # The whole team's weeks, managers who do not sell included (as in the week's totals).
    everyone_weekly: dict[Week, list[Counts]] = defaultdict(list)
    this_week = week.index()
    # A seller who moved in the week: only their days in this team count in its week.
    in_part = _counts_in_parts(session, ws, parts, week, currency, rates)
    for (seller_id, index), totals in per_week.items():
        counts = _counts(totals, rates)
        if index == this_week and seller_id in in_part:
            counts = in_part[seller_id]
        when = by_index.get(index) or Week.from_index(index)
        everyone_weekly[when].append(counts)
        if index == this_week or seller_id in shown_ids:  # others count only this week
            weekly[seller_id][when] = counts
    team_weekly = {when: Counts.total(parts) for when, parts in everyone_weekly.items()}
    # Gone before the week or in it (deactivated, made a guest), and nothing logged in it: no
    # row with zeros and no goal, as a manager who does not sell (what they did still counts).
    quiet = {
        s.id
        for s in members
        if s.id in absent
        and gone_by(s, as_of)
        and weekly.get(s.id, {}).get(week, Counts()) == Counts()
    }
    if only is None:
        shown_ids -= quiet
    for part in per_period.values():  # a visitor's quarter and year go with them
        for sid in visitors:
            part.pop(sid, None)
    per_quarter = {sid: _counts(t, rates) for sid, t in per_period["quarter"].items()}
    closing = {sid: _counts(t, rates) for sid, t in per_period["closing"].items()}
    per_year = {sid: _counts(t, rates) for sid, t in per_period.get("year", {}).items()}
    if as_of is not None:
        # What was known at the week's end: logged before it, not undone before it.
        known = history.known_at(
            {sid: (c.wins, c.losses) for sid, c in closing.items()},
            history.closing_corrections(session, ws, ids, closing_start, closing_end, as_of),
        )
        closing = {sid: Counts(wins=w, losses=n) for sid, (w, n) in known.items()}

    # Days away that end in the report's weeks, quarter or year: the report's own.
    away: dict[int, list[tuple[date, date]]] = defaultdict(list)
    report_since = min(first.monday, year.first if with_year else quarter.first_day)
    # The plans leave days away in their window out of the usual pace: read from there as well
    # (kept for them in `read_away`), in the same query.
    away_since = min(report_since, window[0]) if window is not None else report_since
    read_away: dict[int, list[tuple[date, date]]] = defaultdict(list)
    for period in repo.away_periods(session, ws, ids, away_since):
        days = (period.starts_on, period.ends_on)
        read_away[period.seller_id].append(days)
        if period.ends_on >= report_since:
            away[period.seller_id].append(days)
    # Sellers not shown only add to the team's totals: no history, baseline or first activity.
    firsts = agg.first_activity(session, ws, [i for i in ids if i in shown_ids])

    # A visitor's pipeline, leads and new customers are the team they moved to's.
    held = [i for i in ids if i not in visitors] if visitors else ids
    if as_of is None:
        pipeline = agg.pipeline(session, ws, held, currency)
        no_next = agg.leads_without_next_step(session, ws, held, today)
    else:
        pipeline = history.pipeline_as_of(session, ws, held, currency, as_of)
        no_next = history.leads_without_next_step_as_of(session, ws, held, closing_end, as_of)
    new_customers = agg.new_customers(session, ws, held, quarter.first_day, quarter_end)
    # New customers in the week and the year, only when a goal asks about them.
    new_in: dict[str, dict[int, int]] = {"quarter": new_customers}
    wanted = goals.periods_of("new_customers")
    if "week" in wanted:
        new_in["week"] = agg.new_customers(session, ws, held, week.monday, week.sunday)
    if "year" in wanted:
        new_in["year"] = agg.new_customers(session, ws, held, year.first, year_end)
    # Revenue from new customers, in each period a goal asks about it.
    ends = {
        "week": (week.monday, week.sunday),
        "quarter": (quarter.first_day, quarter_end),
        "year": (year.first, year_end),
    }
    new_revenue_in: dict[str, dict[int, Decimal]] = {}
    for period in sorted(goals.periods_of("new_customer_revenue")):
        new_revenue_in[period] = {
            sid: convert(amounts, rates)[0]
            for sid, amounts in agg.new_customer_revenue(
                session, ws, held, *ends[period], currency
            ).items()
        }

    # A week still under way is compared with the same share of the usual week.
    this_week = Week.of(today)
    share = (
        Decimal(min(kpis.WORKING_DAYS, today.weekday() + 1)) / kpis.WORKING_DAYS
        if week == this_week
        else Decimal(1)
    )
    yesterday = today - timedelta(days=1)
    share_before_today = Decimal(min(kpis.WORKING_DAYS, today.weekday())) / kpis.WORKING_DAYS
    resolved: dict[tuple[kpis.Goal, ...], tuple] = {}  # most sellers share the team's goals
    defaults = tuple(goals.defaults.values())

    def goals_of(sid: int) -> tuple:
        """(week goals, quarter goals, closing-rate goal, the goals shown in their period in
        the order shown) that apply to a seller: worked out once per set of own goals."""
        own = tuple(goals.own.get(sid, {}).values())
        if own not in resolved:
            applying = goals.of_seller(sid)
            resolved[own] = (
                {k: kpis.resolve_goal(k, "week", own, defaults) for k in WEEK_GOAL_KPIS},
                {k: kpis.resolve_goal(k, "quarter", own, defaults) for k in QUARTER_GOAL_KPIS},
                kpis.resolve_goal("closing_rate", "quarter", own, defaults),
                sorted(
                    (g for g in applying.values() if shows_in_period(g)),
                    key=lambda g: (PERIOD_ORDER.index(g.period), PERIOD_GOAL_KPIS.index(g.kpi)),
                ),
            )
        return resolved[own]

    # Goals scaled for the days present, per set of goals (by identity: goals_of keeps them)
    # and days: most sellers share both.
    scaled_week: dict[tuple[int, int], dict[str, Decimal | None]] = {}
    scaled_quarter: dict[tuple[int, int, int], dict[str, Decimal | None]] = {}
    prorated: dict[tuple[kpis.Goal, kpis.Span, kpis.Calendar], tuple[Decimal, Decimal | None]] = {}
    # The quarter's working days, per calendar (the plan's quarter goals).
    quarter_days_of: dict[kpis.Calendar, int] = {}

    def counts_in(period: str, sid: int) -> Counts:
        if period == "week":
            return weekly.get(sid, {}).get(week, Counts())
        return (per_quarter if period == "quarter" else per_year).get(sid, Counts())

    no_goals: tuple = (dict.fromkeys(WEEK_GOAL_KPIS), dict.fromkeys(QUARTER_GOAL_KPIS), None, [])

    statuses: list[SellerStatus] = []
    pipelines: dict[int, Decimal] = {}
    lookback_first, week_last = first.monday, week.sunday
    for seller in members:
        sid = seller.id
        seller_weeks = weekly.get(sid, {})
        periods = away[sid]
        # The goals leave out the days away and the days the seller was no seller of the team.
        goal_periods = periods + absent[sid] if sid in absent else periods
        long_periods = _merged(goal_periods + team_absent) if team_absent else goal_periods
        sells = bool(seller.sells) and sid not in quiet
        # Moved between teams in the week: the days of it in the other team are not this one's
        # (its goal and the share of the usual week compared with leave them out, as days away).
        elsewhere = _days_elsewhere(parts[sid], week) if sid in parts else []
        # Working days are the seller's: Monday to Friday less the public holidays where they work.
        cal = public_holidays.calendar_for(seller.timezone, team.timezone)
        holidays_this_week = cal.holidays_between(week.monday, week.sunday) > 0
        # Only days away in the lookback's weeks can make one of them a week away (or three
        # public holidays in one week).
        near = [p for p in periods if p[1] >= lookback_first and p[0] <= week_last]
        away_weeks = (
            {w for w in lookback if kpis.is_away_week(w, near, cal)}
            if near or cal.holidays_between(lookback_first, week_last) >= kpis.AWAY_WEEK_MIN_DAYS
            else set()
        )
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
        # A public holiday is a day of neither.
        exact = bool(periods) or holidays_this_week or bool(elsewhere)
        in_week = periods + elsewhere if elsewhere else periods
        present_share = kpis.present_share(week, today, in_week, cal) if exact else share
        # The day under way counts for the seller, never against them: at nine on Monday no
        # one is "below their average" yet.
        share_before = (
            (kpis.present_share(week, yesterday, in_week, cal) if exact else share_before_today)
            if week == this_week
            else present_share
        )
        # Away every working day of it (so far): nothing to compare, as there is no goal. A meeting
        # logged on a holiday's Sunday is not "above own average" against a share of nothing.
        compared = base if present_share else None
        # The figure compared with is the one shown: the average for the working days counted,
        # to the tenth it is printed with ("own average 2.8 a week, 1.1 for 2 working days").
        trends = {
            k: kpis.trend(
                current.get(k),
                kpis.shown_average(compared.average.get(k), present_share) if compared else None,
                base_before=kpis.shown_average(compared.average.get(k), share_before)
                if compared
                else None,
            )
            for k in WEEK_GOAL_KPIS
        }
        week_periods = goal_periods + elsewhere if elsewhere else goal_periods
        present = (
            kpis.present_days(week, week_periods, cal)
            if week_periods or holidays_this_week
            else kpis.WORKING_DAYS
        )
        # A manager who does not sell has no goals, in the team's sums or in their own view.
        week_goals, quarter_goals, closing_goal, period_goals = goals_of(sid) if sells else no_goals
        if sid in visitors:  # their quarter's and year's goals went with them
            quarter_goals, closing_goal = no_goals[1], None
            period_goals = [g for g in period_goals if g.period == "week"]
        base_goals = dict(week_goals)
        key = (id(week_goals), present)
        if key not in scaled_week:
            scaled_week[key] = {k: kpis.scale_for_away(g, present) for k, g in week_goals.items()}
        week_scaled = dict(scaled_week[key])
        closed = closing.get(sid, Counts())
        pipe_count, pipe_amounts = pipeline.get(sid, (0, agg.NO_AMOUNTS))
        pipe_value, pipe_foreign = convert(pipe_amounts, rates)
        pipelines[sid] = pipe_value
        # The quarter's goals, less the working days the seller is away in it (for the plan).
        quarter_days = quarter_days_of.get(cal)
        if quarter_days is None:
            quarter_days = quarter_days_of[cal] = kpis.working_days_between(
                quarter.first_day, quarter.last_day, cal
            )
        away_in_quarter = (
            kpis.away_days_between(quarter.first_day, quarter.last_day, long_periods, cal)
            if long_periods
            else 0
        )
        present = max(quarter_days - away_in_quarter, 0)
        key = (id(quarter_goals), present, quarter_days)
        if key not in scaled_quarter:
            scaled_quarter[key] = {
                k: (g * present / quarter_days).quantize(Decimal("0.01"))
                if g is not None and quarter_days and k not in LEVEL_KPIS
                else g
                for k, g in quarter_goals.items()
            }
        quarter_scaled = dict(scaled_quarter[key])
        # Every goal shown in its own period, pro-rated for the part passed and days away.
        progress = [
            progress_of(
                g,
                spans[g.period],
                PeriodFigures(
                    counts_in(g.period, sid),
                    pipe_value,
                    pipe_foreign,
                    new_in.get(g.period, {}).get(sid, 0),
                    new_revenue_in.get(g.period, {}).get(sid, Decimal(0)),
                ),
                week_periods if g.period == "week" else long_periods,
                prorated=prorated,
                calendar=cal,
            )
            for g in period_goals
        ]
        ref = SellerRef.of(seller)
        statuses.append(
            SellerStatus(
                seller=ref if sells == ref.sells else replace(ref, sells=sells),
                week=current,
                baseline=base,
                trends=trends,
                compared_days=int(present_share * kpis.WORKING_DAYS),
                goals=week_scaled,
                base_goals=base_goals,
                away_this_week=week in away_weeks,
                quarter=per_quarter.get(sid, Counts()),
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
                new_customer_revenue=new_revenue_in.get("quarter", {}).get(sid, Decimal(0)),
                result_goals=progress,
                calendar=cal,
            )
        )

    totals = Counts.total(s.week for s in statuses)
    quarter_totals = Counts.total(s.quarter for s in statuses)
    closed_total = Counts.total(closing.get(s.seller.id, Counts()) for s in statuses)
    visible = sorted(
        (s for s in statuses if s.seller.id in shown_ids), key=lambda s: s.name.casefold()
    )
    team_counts = {
        "week": totals,
        "quarter": quarter_totals,
        "year": Counts.total(per_year.get(s.seller.id, Counts()) for s in statuses),
    }
    team_pipeline = sum(pipelines.values(), Decimal(0))
    team_pipeline_foreign = add_foreign(*(s.pipeline_foreign for s in statuses))

    def team_figures(period: str) -> PeriodFigures:
        return PeriodFigures(
            team_counts[period],
            team_pipeline,
            team_pipeline_foreign,
            sum(new_in.get(period, {}).values()),
            sum(new_revenue_in.get(period, {}).values(), Decimal(0)),
        )

    # A visitor's quarter and year went with them: not in the sums of this team's goals.
    sellers = [s for s in statuses if s.seller.sells and s.seller.id not in visitors]
    goal_away = {sid: away[sid] + absent.get(sid, []) for sid in ids}
    team_results = _team_results(
        goals,
        sellers,
        spans,
        goal_away,
        team_figures,
        public_holidays.calendar_for(team.timezone),
        team_absent,
    )
    week_goals_of_team, sources = {}, {}
    for kpi in WEEK_GOAL_KPIS:
        own = goals.team.get(kpi)
        if own is not None and own.period == "week":
            week_goals_of_team[kpi], sources[kpi] = own.target, "team"
        else:
            week_goals_of_team[kpi], sources[kpi] = _team_week_goal(kpi, statuses), "sum"
    team_closing = goals.team.get("closing_rate")
    report = TeamReport(
        team=TeamRef.of(team),
        week=week,
        quarter=quarter,
        today=today,
        sellers=visible,
        totals=totals,
        quarter_totals=quarter_totals,
        team_goals=week_goals_of_team,
        closing_rate=kpis.closing_rate(closed_total.wins, closed_total.losses),
        pipeline_value=team_pipeline,
        leads_without_next_step=sum(s.leads_without_next_step for s in statuses),
        new_customers=sum(s.new_customers for s in statuses),
        pipeline_foreign=team_pipeline_foreign,
        result_goals=team_results,
        as_of=as_of,
        team_goal_sources=sources,
        closing_goal=team_closing.target if team_closing is not None else None,
        team_history=dict(team_weekly),
        member_ids=ids,
        window=window,
        window_totals=per_period.get("window", {}),
        selling_ids=None if given else [s.seller.id for s in statuses if s.seller.sells],
        away=dict(read_away),
        away_since=away_since,
        firsts=firsts,
        rates=rates,
        parts=parts,
        visitors=frozenset(visitors),
        counted_from=counted if counted > since else None,
        ends_on=ends_on,
    )
    # Named under the team's total, or nobody would know whose leads to hand over.
    unshown = [
        st for st in statuses if st.seller.id not in shown_ids and st.leads_without_next_step
    ]
    for st in unshown if only is None else []:
        lines = warm_lead_lines(session, report, st.seller.id)
        report.unshown_leads.append(
            (st.name, st.leads_without_next_step, sorted({line.customer for line in lines}))
        )
    if quarter_of is None and Quarter.of(week.monday) != quarter:
        # mendF34: in the week under way too (Thu 1 - Sun 4 April 2027, week 13): the quarter
        # that ended in it to its last day, as `/kpi Q1` builds it (was shown only once the
        # week had ended: a 31 March win was in no view of the week for four days)
        report.ended = build_team_report(
            session, team, week, today, only=only, members=members if given else None,
            quarter_of=week.monday,
            ends_on=None if as_of is not None else Quarter.of(week.monday).last_day,
        )  # fmt: skip
    return report


def _moved_within(
    session: Session, team: SalesTeam, week: Week, members: list[Seller], moves: list[repo.Move]
) -> tuple[dict[int, tuple[tuple[date, date], ...]], list[Seller]]:
    """The sellers who were in this team for part of the week and in another for the rest
    (repo.team_stints): the days of the week each was in this team, and those of them who are
    not among `members` (they left it for another team in the week) to add."""
    end = week_end(week, team.timezone)
    began = week_began(end, team.timezone)
    stints = repo.team_stints(session, team.workspace_id, began, end, moves)
    if not stints:
        return {}, []
    zone = zone_of(team.timezone)
    parts = {}
    for sid, spans in stints.items():
        days = []
        for team_id, start, until in spans:
            # The day of a move is the new team's: the team left has the days before it.
            first = start.astimezone(zone).date()
            last = until.astimezone(zone).date() - timedelta(days=1) if until < end else week.sunday
            if team_id == team.id and max(first, week.monday) <= min(last, week.sunday):
                days.append((max(first, week.monday), min(last, week.sunday)))
        if days:
            parts[sid] = tuple(days)
    have = {s.id for s in members}
    missing = [sid for sid in parts if sid not in have]
    added = repo.sellers_by_id(session, team.workspace_id, missing) if missing else []
    return parts, added


def _days_elsewhere(days: tuple[tuple[date, date], ...], week: Week) -> list[tuple[date, date]]:
    """The days of the week outside `days` (a seller's days in one team)."""
    outside, day = [], week.monday
    for first, last in sorted(days):
        if first > day:
            outside.append((day, first - timedelta(days=1)))
        day = max(day, last + timedelta(days=1))
    if day <= week.sunday:
        outside.append((day, week.sunday))
    return outside


def _counts_in_parts(
    session: Session,
    workspace_id: str,
    parts: dict[int, tuple[tuple[date, date], ...]],
    week: Week,
    currency: str,
    rates: Rates,
) -> dict[int, Counts]:
    """What each seller who moved in the week did on their days of it in this team (one pass
    per stretch of days; a few sellers at most)."""
    found: dict[int, Counts] = {}
    for sid, days in parts.items():
        spans = {f"part{n}": span for n, span in enumerate(days)}
        _, per = agg.team_counts(
            session, workspace_id, [sid], (week.monday, week.sunday), spans, currency
        )
        found[sid] = Counts.total(
            _counts(per[name].get(sid, agg.KindTotals()), rates) for name in spans
        )
    return found


def _absent_days(
    session: Session,
    team: SalesTeam,
    week: Week,
    since: date,
    members: list[Seller],
    as_of: datetime | None,
) -> dict[int, list[tuple[date, date]]]:
    """Per member, the days they were no seller of the team, as days away for their goals: the
    days from `since` (the first day of the goals' periods) before they joined it from no team
    (one who was in it on that day and left and came back is whole: a joiner's quarter goal is
    the part of the quarter they were in the team, as their week's is), and the days from their
    account's deactivation on (or their being made a guest), when that was before the week's
    end. Empty for most teams."""
    zone = zone_of(team.timezone)
    absent: dict[int, list[tuple[date, date]]] = {}
    if team.id is not None:
        began = datetime.combine(since, time(0), tzinfo=zone).astimezone(UTC)
        ids = [s.id for s in members]
        for sid, at in repo.joined_in(session, team.workspace_id, team.id, ids, began).items():
            day = at.astimezone(zone).date()
            if day > since:
                absent[sid] = [(since, min(day - timedelta(days=1), week.sunday))]
    for seller in members:
        if gone_by(seller, as_of):
            assert seller.gone_at is not None
            day = seller.gone_at.astimezone(zone).date()
            absent.setdefault(seller.id, []).append((day, date.max))
    return absent


def team_counted_since(session: Session, team: SalesTeam, since: date) -> date:
    """The first day from `since` on that kpibot counts for the team: the day it was set up, or
    the first day work was logged for before it, when earlier (backdated work counts, and so do
    the days from it on; work logged for a day before `since` makes the whole period count). A
    team set up within a goal's period is measured from that day, as a joiner is from their
    join."""
    set_up = team.created_at.astimezone(zone_of(team.timezone)).date() if team.created_at else since
    if set_up <= since or team.id is None:
        return since
    backdated = repo.first_team_work_before(session, team.workspace_id, team.id, set_up)
    return set_up if backdated is None else max(since, backdated)


def _merged(days: list[tuple[date, date]]) -> list[tuple[date, date]]:
    """Spans of days with those that overlap or touch made one (none counted twice)."""
    found: list[tuple[date, date]] = []
    for first, last in sorted(days):
        if found and (first - found[-1][1]).days <= 1:
            found[-1] = (found[-1][0], max(found[-1][1], last))
        else:
            found.append((first, last))
    return found


def gone_by(seller: Seller, as_of: datetime | None) -> bool:
    """Deactivated (or made a guest) before the end of the week shown (now, for this week)."""
    return seller.gone_at is not None and (as_of is None or seller.gone_at < as_of)


def zone_of(timezone: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(timezone or "Europe/Oslo")
    except (KeyError, ValueError):
        return ZoneInfo("Europe/Oslo")


def _team_results(
    goals: TeamGoals,
    sellers: list[SellerStatus],
    spans: dict[str, kpis.Span],
    away: dict[int, list[tuple[date, date]]],
    team_figures: Callable[[str], PeriodFigures],
    team_calendar: kpis.Calendar = kpis.NO_HOLIDAYS,
    team_away: list[tuple[date, date]] | None = None,
) -> list[GoalProgress]:
    """The team's line per KPI: its own goal when set (paced by the team's place's holidays),
    else, when every seller has one, its sellers' goals added up (each converted to one period
    and pro-rated for their own days away and holidays) against the team's figures."""
    found: list[GoalProgress] = []
    applying_to = {s.seller.id: goals.of_seller(s.seller.id) for s in sellers}
    calendars = {s.seller.id: s.calendar for s in sellers}
    for kpi in PERIOD_GOAL_KPIS:
        own = goals.team.get(kpi)
        if own is not None:
            if shows_in_period(own):
                span = spans[own.period]
                found.append(
                    progress_of(
                        own,
                        span,
                        team_figures(own.period),
                        team_away if team_away and own.period != "week" else (),
                        source="team",
                        calendar=team_calendar,
                    )
                )
            continue
        applying = {
            s.seller.id: g for s in sellers if (g := applying_to[s.seller.id].get(kpi)) is not None
        }
        if not applying or len(applying) < len(sellers):
            # Not every seller has one: their goals added up would be measured against what the
            # whole team did (one seller's goal against everyone's wins). Those goals show on
            # their own rows only.
            continue
        period = _sum_period(kpi, goals.defaults.get(kpi), list(applying.values()))
        if kpi in WEEK_GOAL_KPIS and period == "week":
            continue  # on the week's activity lines
        span = spans[period]
        goal_sum, expected_sum = Decimal(0), Decimal(0)
        for sid, g in applying.items():
            days_away = away.get(sid, [])
            if team_away and period != "week":
                days_away = _merged(days_away + team_away)
            target, expected = kpis.prorate(
                kpis.convert_goal(kpi, g.target, g.period, period),
                span,
                days_away,
                level=kpi in LEVEL_KPIS,
                calendar=calendars[sid],
            )
            goal_sum += target
            expected_sum += expected or Decimal(0)
        figures = team_figures(period)
        found.append(
            GoalProgress(
                kpi,
                figures.value(kpi),
                goal_sum,
                None if kpi in LEVEL_KPIS else expected_sum,
                figures.foreign(kpi),
                span,
                "sum",
                tuple(sorted({g.period for g in applying.values() if g.period != period})),
            )
        )
    return sorted(found, key=lambda p: PERIOD_ORDER.index(p.period))


def _team_week_goal(kpi: str, statuses: list[SellerStatus]) -> Decimal | None:
    """The team's goal is the sum of its sellers' goals (each already scaled for days away);
    managers who do not sell have none. None unless every seller has one: the team's line counts
    what all of them did. A seller away the whole week has a goal of nothing that week (their own
    row shows none): the Christmas week's line is the others' goals, not no goal at all. With
    every seller away the whole week there is none (was "Meetings: 1 / 0" and an empty bar)."""
    selling = [s for s in statuses if s.seller.sells]
    goals = []
    for s in selling:
        goal = s.goals.get(kpi)
        if goal is None and s.base_goals.get(kpi) is not None:
            goal = Decimal(0)  # away the whole week
        if goal is not None:
            goals.append(goal)
    if not goals or len(goals) < len(selling):
        return None
    return sum(goals, Decimal(0)) or None


# A seller's warm leads without a next step are listed whole (/kpi me, /teamstatus @name); the
# App Home shows the first of them and counts the rest (rendering.home).
EVERY_LEAD = 1_000_000


def warm_leads(session: Session, workspace_id: str, seller_id: int, today: date) -> list[Lead]:
    return agg.leads_needing_attention(session, workspace_id, seller_id, today, EVERY_LEAD)


def warm_lead_lines(session: Session, report: TeamReport, seller_id: int) -> list[LeadLine]:
    """A seller's warm leads without a next step, for the report's week: as they are now, or
    as they stood at the end of a week that has ended."""
    ws = report.team.workspace_id
    if report.as_of is None:
        leads = warm_leads(session, ws, seller_id, report.today)
        days = agg.last_activity_days(session, ws, [lead.id for lead in leads])
        return [LeadLine.of(lead, days.get(lead.id)) for lead in leads]
    then = history.leads_needing_attention_as_of(
        session, ws, [seller_id], report.day, report.as_of, limit=EVERY_LEAD
    ).get(seller_id, [])
    days = history.last_activity_days_as_of(
        session, ws, [lead.id for lead in then], report.day, report.as_of
    )
    return lines_then(then, days)


def open_offer_lines(session: Session, report: TeamReport, seller_id: int) -> list[OfferHistory]:
    """The seller's open offers and their revisions: as they are now, or as they stood at the
    end of a week that has ended."""
    ws = report.team.workspace_id
    if report.as_of is None:
        return offer_histories(agg.open_offer_history(session, ws, seller_id))
    return offer_histories(history.open_offer_history_as_of(session, ws, seller_id, report.as_of))


def lines_then(
    leads: list[history.LeadThen], days: dict[int, date] | None = None
) -> list[LeadLine]:
    """Leads as they stood at a past moment, as the lines the renderers show; `days`: each
    one's last activity's day then (history.last_activity_days_as_of)."""
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
            last_activity_on=(days or {}).get(lead.id),
        )
        for lead in leads
    ]
