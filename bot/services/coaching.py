"""A seller's call-day list (`/kpi callday`): the open offers nobody has touched for two weeks
and the A-customers behind on four touchpoints a year, in the order to call them. Reads only;
no Slack, no clock reads."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from statistics import median

from sqlalchemy.orm import Session

from bot.errors import UserError
from bot.services import nudges, planning, reports
from bot.services.dates import fold
from bot.services.funnel import WINDOW_WEEKS
from bot.services.kpis import Week
from bot.services.money import Rates, convert
from bot.services.requester import Who, may_act_for
from bot.services.teams import team_of
from storage import aggregates as agg
from storage import repositories as repo
from storage.models import Seller

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


def call_day(session: Session, who: Who, user_id: str | None = None) -> CallDay:
    seller = session.get(Seller, who.seller_id)
    assert seller is not None
    if user_id is not None and user_id != who.user_id:
        other = repo.seller_by_user(session, who.workspace_id, user_id)
        if other is None or not may_act_for(session, who.workspace_id, who.user_id, other):
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
    offers_needed: Decimal | None = None
    meeting_goal: Decimal | None = None


@dataclass(frozen=True)
class TeamFunnel:
    weeks: int
    currency: str
    sellers: list[SellerFunnel]
    reasons: list[tuple[str, str, str]]  # (seller name, group, raw reason), newest first


def team_funnel(session: Session, who: Who) -> TeamFunnel:
    """Managers: each seller's funnel over the last 26 weeks, loss reasons grouped, the share of
    meetings that ended with a planned next activity, and A-customers due."""
    if not who.is_manager:
        raise UserError("not_manager")
    team = team_of(session, who)
    sellers = [s for s in repo.team_members(session, who.workspace_id, team.id) if s.sells]
    ids = [s.id for s in sellers]
    today = who.today
    first = today - timedelta(weeks=WINDOW_WEEKS) + timedelta(days=1)
    _weekly, periods = agg.team_counts(
        session, who.workspace_id, ids, (today, today), {"window": (first, today)}, team.currency
    )
    rates = Rates(team.currency, repo.currency_rates(session, who.workspace_id, team.id, today))
    notes = agg.loss_notes(session, who.workspace_id, ids, first, today)
    cycles = agg.cycle_days(session, who.workspace_id, ids, first, today)
    report = reports.build_team_report(session, team, Week.of(today), today)
    plans = planning.plans_of_team(session, team, report, today)
    next_steps = agg.meetings_with_next_step(session, who.workspace_id, ids, first, today)
    due_rows = agg.quiet_a_customers(
        session, [who.workspace_id], today - A_WINDOW, today - timedelta(days=nudges.A_QUIET_DAYS)
    )
    due: dict[int, int] = {}
    for _ws, _cid, _name, count, last, owner in due_rows:
        if owner is not None and nudges.a_customer_needs_touch(count, last, today):
            due[owner] = due.get(owner, 0) + 1
    rows = []
    reasons = []
    names = {s.id: s.display_name or s.slack_user_id for s in sellers}
    for seller_id, note in notes:
        reasons.append((names.get(seller_id, "?"), loss_group(note), note or ""))
    for s in sorted(sellers, key=lambda s: (s.display_name or s.slack_user_id).casefold()):
        t = periods["window"].get(s.id)
        meetings, calls, offers, wins, losses = (
            (t.meeting, t.call, t.offer, t.win, t.loss) if t else (0, 0, 0, 0, 0)
        )
        won, _foreign = convert(t.win_amount, rates) if t else (Decimal(0), ())
        groups: dict[str, int] = {}
        for seller_id, note in notes:
            if seller_id == s.id:
                group = loss_group(note)
                groups[group] = groups.get(group, 0) + 1
        planned, total = next_steps.get(s.id, (0, 0))
        to_offer, to_win = cycles.get(s.id, ([], []))
        p = plans.get(s.id)
        rows.append(
            SellerFunnel(
                name=names[s.id],
                user_id=s.slack_user_id,
                meetings=meetings,
                calls=calls,
                offers=offers,
                wins=wins,
                losses=losses,
                activities_per_offer=(Decimal(meetings + calls) / offers).quantize(Decimal("0.1"))
                if offers
                else None,
                closing_rate=(Decimal(100) * wins / (wins + losses)).quantize(Decimal(1))
                if wins + losses
                else None,
                average_deal=(won / wins).quantize(Decimal(1)) if wins else None,
                meetings_with_next_step=(Decimal(100) * planned / total).quantize(Decimal(1))
                if total
                else None,
                loss_groups=groups,
                a_customers_due=due.get(s.id, 0),
                days_to_offer=int(median(to_offer)) if to_offer else None,
                days_to_win=int(median(to_win)) if to_win else None,
                meetings_needed=p.meetings_per_week if p is not None else None,
                offers_needed=p.offers_per_week if p is not None else None,
                meeting_goal=p.meeting_goal if p is not None else None,
            )
        )
    return TeamFunnel(WINDOW_WEEKS, team.currency, rows, reasons[:30])
