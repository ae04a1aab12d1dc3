"""/teamstatus: a team's week for its managers, a seller's own figures and the team's totals
for everyone else, and the customer portfolio. Reads only; the figures come from
bot.services.reports and storage.aggregates."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from bot.errors import UserError
from bot.services import coaching, kpis, reports, sellers
from bot.services.coaching import SellerFunnel
from bot.services.kpi_args import MENTION, ended_quarter, mentioned_user, parse_week
from bot.services.kpis import Quarter, Week
from bot.services.money import Foreign, Rates, convert
from bot.services.read_models import LeadLine, OfferHistory
from bot.services.reports import SellerStatus, TeamReport
from bot.services.requester import Who
from bot.services.sellers import MyFigures
from bot.services.teams import as_team_viewer, team_of, typed_member
from storage import aggregates as agg
from storage import repositories as repo
from storage.models import SalesTeam, Seller

PORTFOLIO_DAYS = 365


@dataclass(frozen=True)
class TeamWeek:
    """For a manager: every seller of the team."""

    report: TeamReport


@dataclass(frozen=True)
class SellerWeek:
    """For a manager who asked about one seller."""

    status: SellerStatus
    report: TeamReport
    leads: list[LeadLine]
    offers: list[OfferHistory] = field(default_factory=list)
    funnel: SellerFunnel | None = None  # the coaching facts, as of the week's end


@dataclass(frozen=True)
class BeforeTeam:
    """A week that ended before the team was set up, with nothing logged for it: no figures (a
    table of zeros would say the sellers did nothing), said as such."""

    week: Week
    set_up: date
    # mendF34: a quarter asked about ("/kpi Q4 2026", "forrige kvartal"): said as the quarter
    # (was the week it ended in, "Week 53 of 2026")
    quarter: Quarter | None = None


@dataclass(frozen=True)
class OwnWeek:
    """For a seller: their own figures and the team's totals, never a colleague's."""

    status: SellerStatus | None
    report: TeamReport
    leads: list[LeadLine]
    offers: list[OfferHistory] = field(default_factory=list)


@dataclass(frozen=True)
class QuarterView:
    """views33. A quarter that has ended, asked for any day after it (`/teamstatus forrige
    kvartal`, `/kpi Q3`): the report of the week it ended in, standing at its last day's end
    (reports.build_team_report's `ends_on`). `status` None: the team's totals and one row per
    seller (a manager); else that seller's own figures, with the team's totals when `team`."""

    report: TeamReport
    status: SellerStatus | None = None
    leads: list[LeadLine] = field(default_factory=list)
    team: bool = False


QUARTER_OR_LONGER = {"longer_than_a_week", "quarter_ended", "quarter_ended_this_week"}


def parse_week_text(text: str, who: Who) -> Week | None:
    """The week named in a /teamstatus text (mentions aside), None when none is named."""
    week_text = MENTION.sub(" ", text).strip()
    try:
        return parse_week(week_text, today=who.today)
    except UserError as refused:
        if refused.code in QUARTER_OR_LONGER:  # "Q1", "maj", "i fjor": said as such
            raise
        raise UserError("bad_week", text=week_text) from None
    except ValueError:
        raise UserError("bad_week", text=week_text) from None


def week_status(
    session: Session, who: Who, text: str
) -> TeamWeek | SellerWeek | OwnWeek | BeforeTeam | QuarterView:
    """`/teamstatus [this week|last week|YYYY-Www] [@seller]`."""
    channel_team = who.team_id
    who = as_team_viewer(session, who)
    team = team_of(session, who)
    target_user = mentioned_user(text)
    if target_user is None and _unreadable_week(text, who):
        # "/teamstatus lars forrige uke": a team member named without @ is that seller.
        target_user, text = typed_member(session, team, text)
    quarter = ended_quarter(MENTION.sub(" ", text).strip(), who.today)
    if quarter is not None:  # "forrige kvartal", "Q1", "last quarter": shown, any day after it
        return _quarter_status(session, who, team, quarter, target_user, channel_team)
    week = parse_week_text(text, who) or Week.of(who.today)
    set_up = _set_up_after(session, team, week)
    if set_up is not None:
        return BeforeTeam(week, set_up)
    report = reports.build_team_report(session, team, week, who.today)
    statuses = {s.seller.slack_user_id: s for s in report.sellers}
    if who.is_manager:
        if target_user is None:
            return TeamWeek(report)
        status = statuses.get(target_user)
        if status is None:
            _not_shown(session, who, report, target_user, elsewhere=channel_team != who.team_id)
        return _seller_week(session, who, team, report, status)
    leads = reports.warm_lead_lines(session, report, who.seller_id)
    offers = reports.open_offer_lines(session, report, who.seller_id)
    return OwnWeek(statuses.get(who.user_id), report, leads, offers)


def _quarter_status(
    session: Session,
    who: Who,
    team: SalesTeam,
    quarter: Quarter,
    target_user: str | None,
    channel_team: int | None,
) -> QuarterView | BeforeTeam:
    """`/teamstatus forrige kvartal [@seller]`: the team's quarter to its last day (a manager:
    every seller's row; with @seller theirs), else the asker's own and the team's totals."""
    week = Week.of(quarter.last_day)
    set_up = _set_up_after(session, team, week)
    if set_up is not None:
        return BeforeTeam(week, set_up, quarter)
    report = team_quarter(session, team, quarter, who.today)
    statuses = {s.seller.slack_user_id: s for s in report.sellers}
    if who.is_manager and target_user is None:
        return QuarterView(report)
    user = target_user if who.is_manager else who.user_id
    status = statuses.get(user) if user else None
    if who.is_manager and status is None:
        _not_shown(session, who, report, user, elsewhere=channel_team != who.team_id)
    leads = reports.warm_lead_lines(session, report, status.seller.id) if status else []
    return QuarterView(report, status, leads, team=not who.is_manager)


def team_quarter(session: Session, team: SalesTeam, quarter: Quarter, today: date) -> TeamReport:
    """The team's quarter that has ended, to its last day: the report of the week it ended in,
    standing at that day's end (pipeline and warm leads as they stood then), against the goals
    in force at its end. The one aggregate of an ended quarter: `/teamstatus Q1`, the first
    digest after it (its wrap-up) and the App Home of the next quarter's first two weeks."""
    last = quarter.last_day
    return reports.build_team_report(
        session, team, Week.of(last), today, quarter_of=last, ends_on=last
    )


def before_team(session: Session, team: SalesTeam, quarter: Quarter) -> bool:
    """The quarter ended before the team was set up, nothing logged for it: no figure."""
    return _set_up_after(session, team, Week.of(quarter.last_day)) is not None


# views34. The App Home shows the quarter that ended for this many days of the next one.
HOME_QUARTER_DAYS = 14


def home_quarter(session: Session, who: Who) -> QuarterView | None:
    """views34. The quarter that has ended, on the App Home in the next quarter's first two
    weeks (1-14 April for 2027-Q1): a manager's team (its totals and every seller's row, as
    `/teamstatus Q1`), a seller's own (as `/kpi Q1`). None after them, for a team set up after
    the quarter, and for a seller with nothing logged in it (a newcomer's App Home is not a
    quarter of zeros)."""
    last = Quarter.of(who.today).first_day - timedelta(days=1)
    if (who.today - last).days > HOME_QUARTER_DAYS:
        return None
    quarter = Quarter.of(last)
    team = repo.team_by_id(session, who.workspace_id, who.team_id) if who.team_id else None
    if who.is_manager and team is not None:
        if before_team(session, team, quarter):
            return None
        return QuarterView(team_quarter(session, team, quarter, who.today))
    view = own_quarter(session, who, quarter)
    if not isinstance(view, QuarterView) or view.status is None:
        return None
    return None if view.status.quarter == kpis.Counts() else view


def own_quarter(session: Session, who: Who, quarter: Quarter) -> QuarterView | BeforeTeam:
    """`/kpi forrige kvartal`, `/kpi Q3`: the requester's own quarter that has ended, to its last
    day, against the goals in force at its end, pipeline and warm leads as they stood then."""
    then = _team_at_end(session, who, Week.of(quarter.last_day))
    set_up = None if then is None else _set_up_after(session, then, Week.of(quarter.last_day))
    if set_up is not None:
        return BeforeTeam(Week.of(quarter.last_day), set_up, quarter)
    mine = sellers.my_figures(session, who, quarter=quarter)
    return QuarterView(mine.report, mine.status, mine.leads)


def _not_shown(
    session: Session, who: Who, report: TeamReport, user_id: str, elsewhere: bool = False
) -> None:
    """Why a seller asked about is no row of the week: gone (deactivated, made a guest) by the
    week's end with nothing logged in it, which says when and points at the weeks they worked;
    moved (`_moved`); else not in the team: the asker's own, named, when they asked in another
    team's channel (`elsewhere`: Nord's manager in #salg-vest is shown Nord, and was told "not
    in this sales team" of a seller of the channel's)."""
    seller = repo.seller_by_user(session, who.workspace_id, user_id)
    if (
        seller is not None
        and seller.id in report.member_ids
        and seller.gone_at is not None
        and reports.gone_by(seller, report.as_of)
    ):
        gone = seller.gone_at.astimezone(reports.zone_of(report.team.timezone)).date()
        before = min(Week.of(gone), report.week.shift(-1))
        raise UserError(
            "seller_gone",
            name=seller.display_name or user_id,
            day=gone,
            number=report.week.week,
            week=str(before),
        )
    if seller is not None and report.team.id is not None:
        _moved(session, seller, report)
    if elsewhere:
        raise UserError("not_your_team_member", team=report.team.name or "")
    raise UserError("not_team_member")


def _moved(session: Session, seller: Seller, report: TeamReport) -> None:
    """A seller asked about in a week of another team's: moved out of this team in or before
    it (from the day of a move on, their days are the new team's; one who left for no team is
    said so), or into it
    after it. Says when, and the week to ask about instead (was: "not in this sales team", of a
    seller who was)."""
    zone = reports.zone_of(report.team.timezone)
    name = seller.display_name or seller.slack_user_id
    left = repo.last_move_at(session, seller.workspace_id, seller.id, report.team.id)
    if left is not None:
        day = left.astimezone(zone).date()
        # Left the channel for no team (was said "moved to another team", of no other team):
        # the week they left is still this team's (their work in it is counted in no other).
        if seller.team_id is None and Week.of(day) < report.week:
            raise UserError("seller_left", name=name, day=day, week=str(Week.of(day)))
        if seller.team_id is not None and Week.of(day) <= report.week:
            # The week of their last day here (kpiargs24: a week is split where they moved; one
            # moved on a Monday has none of it here)
            week = str(Week.of(day - timedelta(days=1)))
            raise UserError("seller_moved_out", name=name, day=day, week=week)
    came = repo.last_move_at(session, seller.workspace_id, seller.id)
    if seller.team_id == report.team.id and came is not None:
        day = came.astimezone(zone).date()
        if Week.of(day) > report.week:
            raise UserError("seller_moved_in", name=name, day=day, week=str(Week.of(day)))


def _seller_week(
    session: Session, who: Who, team: SalesTeam, report: TeamReport, status: SellerStatus
) -> SellerWeek:
    """One seller's week for a manager: figures, warm leads, offers, and the coaching facts
    (the funnel over the 26 weeks up to the week's end, with trends)."""
    leads = reports.warm_lead_lines(session, report, status.seller.id)
    offers = reports.open_offer_lines(session, report, status.seller.id)
    [facts], _reasons = coaching.seller_funnels(
        session, who.workspace_id, team, [status.seller], report.day, team_as_of=report.as_of
    )
    return SellerWeek(status, report, leads, offers, facts)


def own_week(session: Session, who: Who, week: Week) -> SellerWeek | MyFigures | BeforeTeam:
    """`/kpi last week`, `/kpi v47`: the requester's own week, as it stood at its end. A manager
    who sells in the team they see gets what `/teamstatus @self` gives them (the coaching facts
    too); anyone else their own figures only: the team's totals are /teamstatus's, and a
    colleague's figures are never theirs to see. A week that ended before their team was set
    up, with nothing logged for it, is no figure ("0 / 10" would say they did nothing): said as
    /teamstatus says it."""
    then = _team_at_end(session, who, week)
    set_up = None if then is None else _set_up_after(session, then, week)
    if set_up is not None:
        return BeforeTeam(week, set_up)
    viewer = as_team_viewer(session, who)
    if viewer.is_manager and viewer.team_id is not None:
        team = team_of(session, viewer)
        report = reports.build_team_report(session, team, week, who.today)
        mine = next((s for s in report.sellers if s.seller.slack_user_id == who.user_id), None)
        if mine is not None and mine.seller.id in report.parts:
            # Moved to this team in the week (kpiargs25): the team's row is its days only; their
            # own week is all their work, whichever team they were on.
            report = reports.build_team_report(session, team, week, who.today, only=[mine.seller])
            mine = report.sellers[0]
        if mine is not None:
            return _seller_week(session, viewer, team, report, mine)
    return sellers.my_figures(session, who, week)


def _team_at_end(session: Session, who: Who, week: Week) -> SalesTeam | None:
    """The team the requester was in at `week`'s end, as sellers.my_figures reads it (moved
    since: the old one); the channel's when they were in none."""
    seller = session.get(Seller, who.seller_id)
    team_id = seller.team_id if seller is not None else None
    if seller is not None:
        now_in = repo.team_by_id(session, who.workspace_id, team_id) if team_id else None
        zone = now_in.timezone if now_in else None
        end = reports.week_end(week, zone)
        team_id = repo.team_id_of(session, seller, end, reports.week_began(end, zone))
    team_id = team_id or who.team_id
    return repo.team_by_id(session, who.workspace_id, team_id) if team_id else None


def _unreadable_week(text: str, who: Who) -> bool:
    try:
        parse_week_text(text, who)
    except UserError:
        return True
    return False


def _set_up_after(session: Session, team: SalesTeam, week: Week) -> date | None:
    """The day the team was set up, when `week` ended before it and nothing was logged for the
    team up to its end (a table of zeros about a time kpibot did not count); None otherwise (a
    week with work logged for it or before it, its quarter's or year's wins, is shown)."""
    set_up = team.created_at.astimezone(ZoneInfo(team.timezone)).date()
    if week.sunday >= set_up or repo.team_worked_by(
        session, team.workspace_id, team.id, week.sunday
    ):
        return None
    return set_up


@dataclass(frozen=True)
class PortfolioCustomer:
    name: str
    tier: str | None
    revenue: Decimal  # in the team's currency (converted at the team's rates)
    foreign: Foreign  # won in currencies without a rate
    margin: Decimal | None  # revenue-weighted contribution margin %, None when never logged


@dataclass(frozen=True)
class Portfolio:
    """The customer portfolio (kundeplattform): customers by quadrant, and the thresholds used."""

    groups: dict[str, list[PortfolioCustomer]]  # quadrant -> customers, largest first
    revenue_threshold: Decimal
    margin_threshold: Decimal
    margin_is_default: bool  # no margins logged: the threshold is the default, not a median
    currency: str
    # No won revenue in the team's currency (or convertible to it): no median to call anyone
    # large by, so the header does not name one.
    revenue_is_default: bool = False


def portfolio(session: Session, who: Who) -> Portfolio:
    """`/teamstatus customers`: the team's customers over the last 12 months (managers only)."""
    who = as_team_viewer(session, who)
    team = team_of(session, who)
    if not who.is_manager:
        raise UserError("not_manager")
    first = who.today - timedelta(days=PORTFOLIO_DAYS - 1)
    sellers = [s.id for s in repo.team_members(session, who.workspace_id, team.id)]
    rows = agg.customer_portfolio(session, who.workspace_id, sellers, first, who.today)
    rates = Rates(team.currency, repo.currency_rates(session, who.workspace_id, team.id, who.today))
    return build_portfolio(rows, rates)


def build_portfolio(rows: list[agg.PortfolioRow], rates: Rates) -> Portfolio:
    """Convert each customer's wins into the team's currency and place the customer. Wins in a
    currency without a rate are shown but cannot place a customer; customers with no margin
    logged form their own group rather than being called small and unprofitable."""
    merged: dict[int, dict] = {}
    for row in rows:
        entry = merged.setdefault(
            row.customer_id,
            {
                "name": row.name,
                "tier": row.tier,
                "amounts": {},
                "weight": Decimal(0),
                "base": Decimal(0),
            },
        )
        if row.currency is None or not row.revenue:
            continue
        entry["amounts"][row.currency] = entry["amounts"].get(row.currency, 0) + row.revenue
        rate = rates.of(row.currency)
        if rate is not None and row.margin_base:
            entry["weight"] += row.margin_weight * rate
            entry["base"] += row.margin_base * rate
    customers = []
    for entry in merged.values():
        revenue, foreign = convert(entry["amounts"], rates)
        margin = (
            (entry["weight"] / entry["base"]).quantize(Decimal("0.1")) if entry["base"] else None
        )
        customers.append(PortfolioCustomer(entry["name"], entry["tier"], revenue, foreign, margin))
    revenue_threshold, margin_threshold = kpis.portfolio_thresholds(
        [c.revenue for c in customers], [c.margin for c in customers]
    )
    groups: dict[str, list[PortfolioCustomer]] = {}
    for c in sorted(customers, key=lambda c: (-c.revenue, c.name.casefold())):
        quadrant = kpis.portfolio_quadrant(
            c.revenue,
            c.margin,
            revenue_threshold=revenue_threshold,
            margin_threshold=margin_threshold,
        )
        if not c.revenue and c.foreign:
            # Won only in currencies without a rate: its size is unknown, not zero.
            quadrant = "not_converted"
        groups.setdefault(quadrant or "margin_unknown", []).append(c)
    return Portfolio(
        groups,
        revenue_threshold,
        margin_threshold,
        margin_is_default=all(c.margin is None for c in customers),
        currency=rates.currency,
        revenue_is_default=not any(c.revenue > 0 for c in customers),
    )
