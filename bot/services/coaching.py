"""A seller's call-day list (`/kpi callday`): the open offers nobody has touched for two weeks
and the A-customers behind on four touchpoints a year, in the order to call them. Reads only;
no Slack, no clock reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from statistics import median

from sqlalchemy.orm import Session

from bot.errors import UserError
from bot.services import funnel, nudges, planning, reports
from bot.services.dates import fold
from bot.services.funnel import WINDOW_WEEKS, FunnelCounts, SplitCounts
from bot.services.kpis import Week
from bot.services.requester import Who, may_act_for
from bot.services.teams import as_team_viewer, team_of
from storage import aggregates as agg
from storage import repositories as repo
from storage.models import SalesTeam, Seller

QUIET_OFFER_DAYS = 14
A_WINDOW = timedelta(days=365)
SHOWN = 15


@dataclass(frozen=True)
class QuietOffer:
    lead_id: int
    customer: str
    amount: Decimal
    currency: str
    last_touch: date | None
    days_quiet: int | None


@dataclass(frozen=True)
class DueACustomer:
    customer: str
    touches: int  # in the last 12 months
    last_touch: date | None


@dataclass(frozen=True)
class CallDay:
    name: str
    own: bool
    offers: list[QuietOffer]
    a_customers: list[DueACustomer]
    # Beyond the SHOWN of each listed with a button: named on one line, never dropped unsaid.
    more_offers: tuple[QuietOffer, ...] = ()
    more_a_customers: tuple[DueACustomer, ...] = ()
    # views32: the team's currency, in which a krone not its own shows its code (was "kr")
    currency: str | None = None


def call_day(session: Session, who: Who, user_id: str | None = None) -> CallDay:
    seller = session.get(Seller, who.seller_id)
    assert seller is not None
    if user_id is not None and user_id != who.user_id:
        other = repo.seller_by_user(session, who.workspace_id, user_id)
        if other is None or not may_act_for(session, who, who.user_id, other):
            raise UserError("not_manager")
        seller = other
    today = who.today
    quiet = agg.quiet_offers(
        session, who.workspace_id, seller.id, today - timedelta(days=QUIET_OFFER_DAYS)
    )
    offers = [
        QuietOffer(
            lead_id,
            name,
            amount,
            currency or who.currency,
            last,
            (today - last).days if last is not None else None,
        )
        for lead_id, name, amount, currency, last, due in quiet
        if due is None or due < today  # a step planned ahead is not forgotten
    ]
    rows = agg.quiet_a_customers(
        session,
        [who.workspace_id],
        today - A_WINDOW,
        today - timedelta(days=nudges.A_QUIET_DAYS),
    )
    due = [
        DueACustomer(name, count, last)
        for _ws, _cid, name, count, last, owner in rows
        if owner == seller.id and nudges.a_customer_needs_touch(count, last, today)
    ]
    due.sort(key=lambda c: (c.last_touch or date.min, c.customer.casefold()))
    return CallDay(
        seller.display_name or seller.slack_user_id,
        seller.id == who.seller_id,
        offers[:SHOWN],
        due[:SHOWN],
        tuple(offers[SHOWN:]),
        tuple(due[SHOWN:]),
        who.currency,
    )


# -- /teamstatus funnel: the coaching facts per seller -------------------------------------------
# Why deals are lost, folded from free text into a few groups (folded words, four languages).
LOSS_GROUPS = {
    "price": (
        "pris",
        "price",
        "priset",
        "dyr",
        "dyrt",
        "dyre",
        "expensive",
        "cost",
        "kostnad",
        "billig",
        "cheaper",
        "rabatt",
        "discount",
    ),
    "competitor": (
        "konkurrent",
        "competitor",
        "competition",
        "valgte",
        "valde",
        "chose",
        "went with",
        "gikk for",
        "gick med",
        "incumbent",
        "leverandor",
        "vendor",
    ),
    "timing": (
        "budsjett",
        "budget",
        "timing",
        "utsatt",
        "uppskjut",
        "udskudt",
        "postpone",
        "senere",
        "later",
        "next year",
        "neste ar",
        "nasta ar",
        "naeste ar",
        "frys",
        "freeze",
        "not now",
    ),
    "no_decision": (
        "ingen beslutning",
        "inget beslut",
        "ingen beslutning",
        "no decision",
        "stoppet",
        "stoppad",
        "cancel",
        "avlyst",
        "skrinlagt",
        "droppet",
        "lagt pa is",
        "on hold",
    ),
    "fit": (
        "funksjon",
        "funktion",
        "feature",
        "behov",
        "need",
        "krav",
        "requirement",
        "fit",
        "passet ikke",
        "passade inte",
        "integrasjon",
        "integration",
    ),
}


def loss_group(reason: str | None) -> str:
    """The group of a free-text loss reason; "none" without one, "other" when no word fits."""
    if not reason or not reason.strip():
        return "none"
    text = " " + " ".join(fold(reason).split()) + " "
    for group, words in LOSS_GROUPS.items():
        if any(word in text for word in words):
            return group
    return "other"


@dataclass(frozen=True)
class Segment:
    """One seller's funnel with new or with existing customers over the window: their own
    figures, the trend of each ratio against the window before, and (with fewer than 5 closed
    offers) the closing rate plans use, the team's mixed in."""

    meetings: int
    calls: int
    offers: int
    wins: int
    losses: int
    activities_per_offer: Decimal | None
    closing_rate: Decimal | None  # percent
    average_deal: Decimal | None
    trends: dict[str, funnel.Trend]
    days_to_offer: int | None
    days_to_win: int | None
    blended: bool  # fewer than 5 closed offers of their own in this segment
    planning_rate: Decimal | None  # percent: the closing rate plans use (blended when thin)


@dataclass(frozen=True)
class SellerFunnel:
    name: str
    user_id: str
    meetings: int
    calls: int
    offers: int
    wins: int
    losses: int
    activities_per_offer: Decimal | None
    closing_rate: Decimal | None  # percent
    average_deal: Decimal | None
    meetings_with_next_step: Decimal | None  # percent of meetings that planned a next activity
    loss_groups: dict[str, int]
    a_customers_due: int
    days_to_offer: int | None = None  # median, first meeting or call to offer, of deals won
    days_to_win: int | None = None  # median, offer to win
    # Working backwards from the revenue goal (None without one, or without history).
    meetings_needed: Decimal | None = None
    calls_needed: Decimal | None = None  # the calls the ratio counts beside the meetings
    offers_needed: Decimal | None = None
    meeting_goal: Decimal | None = None
    # Working backwards from the goal for revenue from new customers: offers to and meetings
    # with new customers a week (None without such a goal, or without history).
    new_meetings_needed: Decimal | None = None
    new_calls_needed: Decimal | None = None
    new_offers_needed: Decimal | None = None
    # Each ratio against the previous window of the same length.
    trends: dict[str, funnel.Trend] = field(default_factory=dict)
    segments: dict[str, Segment] = field(default_factory=dict)  # "new", "existing"


@dataclass(frozen=True)
class TeamFunnel:
    weeks: int
    currency: str
    sellers: list[SellerFunnel]
    reasons: list[tuple[str, str, str]]  # (seller name, group, raw reason), newest first
    as_of: date | None = None  # the day the window ends, when it is not today


def _median(days: list[int]) -> int | None:
    return int(median(days)) if days else None


def _segment(
    own: FunnelCounts,
    before: FunnelCounts,
    team: FunnelCounts,
    cycles: tuple[list[int], list[int]],
) -> Segment:
    shown = funnel.ratios(own)
    used = funnel.funnel(own, team)
    return Segment(
        meetings=own.meetings,
        calls=own.calls,
        offers=own.offers,
        wins=own.wins,
        losses=own.losses,
        activities_per_offer=shown.activities_per_offer,
        closing_rate=shown.closing_rate,
        average_deal=shown.average_deal,
        trends=funnel.trends(own, before),
        days_to_offer=_median(cycles[0]),
        days_to_win=_median(cycles[1]),
        blended=used.blended,
        planning_rate=(used.closing_rate * 100).quantize(Decimal(1))
        if used.closing_rate is not None
        else None,
    )


def seller_funnels(
    session: Session,
    workspace_id: str,
    team: SalesTeam,
    shown: list[Seller],
    as_of: date,
    plans: dict[int, funnel.Plan] | None = None,
    new_plans: dict[int, funnel.Plan] | None = None,
    *,
    team_as_of: datetime | None = None,
) -> tuple[list[SellerFunnel], list[tuple[str, str, str]]]:
    """The coaching facts of `shown` (sellers of `team`) over the 26 weeks up to `as_of`: their
    funnel, split into new and existing customers, each ratio with its trend against the 26
    weeks before; loss reasons grouped; meetings that planned a next activity; A-customers due
    (only as of today: a touch after a past day would hide it). `team_as_of`: the end of a week
    that has ended, whose team (the sellers in it then) the team's figures are."""
    began = None if team_as_of is None else reports.week_began(team_as_of, team.timezone)
    members = [
        s
        for s in repo.team_members(session, workspace_id, team.id, as_of=team_as_of, began=began)
        if s.sells
    ]
    team_ids = sorted({s.id for s in members} | {s.id for s in shown})
    ids = [s.id for s in shown]
    first = as_of - timedelta(weeks=WINDOW_WEEKS) + timedelta(days=1)
    split = planning.window_split(session, workspace_id, team, team_ids, as_of, previous=True)
    now, before = split["window"], split["before"]
    everyone = sum((now.get(i, SplitCounts()) for i in team_ids), SplitCounts())
    notes = agg.loss_notes(session, workspace_id, ids, first, as_of)
    cycles = agg.cycle_days_split(session, workspace_id, ids, first, as_of)
    next_steps = agg.meetings_with_next_step(session, workspace_id, ids, first, as_of)
    due: dict[int, int] = {}
    if plans is not None:  # as of today
        for _ws, _cid, _name, count, last, owner in agg.quiet_a_customers(
            session,
            [workspace_id],
            as_of - A_WINDOW,
            as_of - timedelta(days=nudges.A_QUIET_DAYS),
        ):
            if owner is not None and nudges.a_customer_needs_touch(count, last, as_of):
                due[owner] = due.get(owner, 0) + 1
    names = {s.id: s.display_name or s.slack_user_id for s in shown}
    reasons = [(names.get(sid, "?"), loss_group(note), note or "") for sid, note in notes]
    rows = []
    for s in sorted(shown, key=lambda s: names[s.id].casefold()):
        mine, earlier = now.get(s.id, SplitCounts()), before.get(s.id, SplitCounts())
        total = mine.total
        shown_ratios = funnel.ratios(total)
        groups: dict[str, int] = {}
        for seller_id, note in notes:
            if seller_id == s.id:
                group = loss_group(note)
                groups[group] = groups.get(group, 0) + 1
        planned, meetings = next_steps.get(s.id, (0, 0))
        new_cycles = cycles.get((s.id, True), ([], []))
        old_cycles = cycles.get((s.id, False), ([], []))
        p = (plans or {}).get(s.id)
        new_plan = (new_plans or {}).get(s.id)
        rows.append(
            SellerFunnel(
                name=names[s.id],
                user_id=s.slack_user_id,
                meetings=total.meetings,
                calls=total.calls,
                offers=total.offers,
                wins=total.wins,
                losses=total.losses,
                activities_per_offer=shown_ratios.activities_per_offer,
                closing_rate=shown_ratios.closing_rate,
                average_deal=shown_ratios.average_deal,
                meetings_with_next_step=(Decimal(100) * planned / meetings).quantize(Decimal(1))
                if meetings
                else None,
                loss_groups=groups,
                a_customers_due=due.get(s.id, 0),
                days_to_offer=_median(new_cycles[0] + old_cycles[0]),
                days_to_win=_median(new_cycles[1] + old_cycles[1]),
                meetings_needed=p.meetings_per_week if p is not None else None,
                calls_needed=p.calls_per_week if p is not None else None,
                offers_needed=p.offers_per_week if p is not None else None,
                meeting_goal=p.meeting_goal if p is not None else None,
                new_meetings_needed=new_plan.meetings_per_week if new_plan is not None else None,
                new_calls_needed=new_plan.calls_per_week if new_plan is not None else None,
                new_offers_needed=new_plan.offers_per_week if new_plan is not None else None,
                trends=funnel.trends(total, earlier.total),
                segments={
                    "new": _segment(mine.new, earlier.new, everyone.new, new_cycles),
                    "existing": _segment(
                        mine.existing, earlier.existing, everyone.existing, old_cycles
                    ),
                },
            )
        )
    return rows, reasons


def team_funnel(session: Session, who: Who, week: Week | None = None) -> TeamFunnel:
    """Managers: each seller's funnel over the 26 weeks up to today (or to the end of a week
    that has ended), split into new and existing customers with the trend of each ratio, loss
    reasons grouped, the share of meetings that ended with a planned next activity, and (as of
    today) A-customers due and what each revenue goal needs."""
    who = as_team_viewer(session, who)
    if not who.is_manager:
        raise UserError("not_manager")
    team = team_of(session, who)
    today = who.today
    as_of = today if week is None or week >= Week.of(today) else week.sunday
    # A week that has ended: its team as it was at its end.
    then = None if week is None or as_of == today else reports.week_end(week, team.timezone)
    # A seller gone by then (deactivated, made a guest) is no one to coach: no row, no plan;
    # what they did still counts in the team's figures (`seller_funnels` reads all members).
    sellers = [
        s
        for s in repo.team_members(
            session,
            who.workspace_id,
            team.id,
            as_of=then,
            began=None if then is None else reports.week_began(then, team.timezone),
        )
        if s.sells and not reports.gone_by(s, then)
    ]
    plans = new_plans = None
    if as_of == today:
        report = reports.build_team_report(session, team, Week.of(today), today)
        both = planning.team_plans(session, team, report, today)
        plans, new_plans = both.revenue, both.new
    rows, reasons = seller_funnels(
        session, who.workspace_id, team, sellers, as_of, plans, new_plans, team_as_of=then
    )
    return TeamFunnel(
        WINDOW_WEEKS, team.currency, rows, reasons[:30], None if as_of == today else as_of
    )
