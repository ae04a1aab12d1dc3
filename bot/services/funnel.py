"""Working backwards from a result goal: each seller's own funnel (meetings and calls per offer,
offers per win, average deal), measured over a rolling window, turns what is still missing of a
revenue goal into the activities needed per week from now. Pure: the numbers are handed in.

"The secret of setting goals is to work your way backwards into them" (DOMAIN.md)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

WINDOW_WEEKS = 26
MIN_CLOSED = 5  # fewer closed offers than this: the seller's own rates are blended with the team's
STRETCH = 3  # a plan asking this many times one's usual offers a week is out of reach
ONE = Decimal(1)

if TYPE_CHECKING:
    from bot.services.kpis import Span


@dataclass(frozen=True)
class FunnelCounts:
    """What happened over the window: counts, and won value in the team's currency.

    Every win counts toward the closing rate; only the wins whose amount is in `won_value` count
    toward the average deal. A win in a currency without a rate (`unrated_wins`, in the
    currencies `unrated`) or without an amount (`unpriced_wins`) would otherwise weigh as zero."""

    meetings: int = 0
    calls: int = 0
    offers: int = 0  # offers sent (revisions not counted)
    wins: int = 0
    losses: int = 0
    won_value: Decimal = Decimal(0)
    unrated_wins: int = 0
    unpriced_wins: int = 0
    unrated: tuple[str, ...] = ()

    @property
    def valued_wins(self) -> int:
        """The wins behind `won_value`."""
        return self.wins - self.unrated_wins - self.unpriced_wins

    def __add__(self, other: FunnelCounts) -> FunnelCounts:
        return FunnelCounts(
            self.meetings + other.meetings,
            self.calls + other.calls,
            self.offers + other.offers,
            self.wins + other.wins,
            self.losses + other.losses,
            self.won_value + other.won_value,
            self.unrated_wins + other.unrated_wins,
            self.unpriced_wins + other.unpriced_wins,
            tuple(sorted(set(self.unrated) | set(other.unrated))),
        )


@dataclass(frozen=True)
class Funnel:
    """Conversion rates. None where there is nothing to divide by."""

    activities_per_offer: Decimal | None  # meetings and calls per offer sent
    meetings_share: Decimal  # of those activities, the share that are meetings
    closing_rate: Decimal | None  # wins / (wins + losses)
    average_deal: Decimal | None  # won value / the wins behind it
    blended: bool  # the seller's own data was thin: the team's rates were mixed in
    closed: int  # the seller's own closed offers behind the rates
    # Wins left out of the average deal (of the counts it was taken from: the team's when
    # blended): in a currency without a rate (and which), and without an amount.
    unrated_wins: int = 0
    unrated: tuple[str, ...] = ()
    unpriced_wins: int = 0
    # Of those, the seller's own: all of them, and a plan says "1 win in DKK", not "the team's".
    own_unrated_wins: int = 0
    own_unpriced_wins: int = 0


def _ratio(a: Decimal | int, b: Decimal | int) -> Decimal | None:
    return Decimal(a) / Decimal(b) if b else None


def _rates(c: FunnelCounts) -> dict[str, Decimal | None]:
    activities = c.meetings + c.calls
    return {
        "activities_per_offer": _ratio(activities, c.offers),
        "meetings_share": _ratio(c.meetings, activities),
        "closing_rate": _ratio(c.wins, c.wins + c.losses),
        "average_deal": _ratio(c.won_value, c.valued_wins),
    }


def leans_on_team(own: FunnelCounts) -> bool:
    """Whether the seller's own closed offers are too few for rates of their own: then `funnel`
    reads the team's counts too (and only then)."""
    return own.wins + own.losses < MIN_CLOSED


def funnel(own: FunnelCounts, team: FunnelCounts) -> Funnel:
    """The seller's rates; with fewer than MIN_CLOSED closed offers of their own, each rate is
    weighted toward the team's: own data counts in proportion to how much of it there is (2
    closed offers of one's own weigh 40 %, the team's experience 60 %). `team` is not read
    unless `leans_on_team(own)`."""
    closed = own.wins + own.losses
    blended = leans_on_team(own)
    mine, theirs = _rates(own), _rates(team)
    if blended:
        weight = Decimal(closed) / MIN_CLOSED
        rates = {}
        for name, value in mine.items():
            other = theirs[name]
            if value is None or other is None:
                rates[name] = value if other is None else other
            else:
                rates[name] = weight * value + (ONE - weight) * other
    else:
        rates = mine
    deal = rates["average_deal"]
    behind = team if blended else own  # the team's counts hold the seller's own
    return Funnel(
        activities_per_offer=rates["activities_per_offer"],
        meetings_share=rates["meetings_share"] if rates["meetings_share"] is not None else ONE,
        closing_rate=rates["closing_rate"],
        average_deal=deal.quantize(ONE) if deal is not None else None,
        blended=blended,
        closed=closed,
        unrated_wins=behind.unrated_wins,
        unrated=behind.unrated,
        unpriced_wins=behind.unpriced_wins,
        own_unrated_wins=own.unrated_wins,
        own_unpriced_wins=own.unpriced_wins,
    )


# -- new and existing customers ----------------------------------------------------------------
# An activity is with a *new* customer when that customer had not been won before it (no earlier
# live win): the meetings, calls and offers before a first win, and the first win itself. The same
# rule counts "new customers" (a customer's first-ever win), so the new-customer funnel's wins are
# exactly the new customers won. Everything after a customer's first win is existing-customer work.
SEGMENTS = ("new", "existing")


@dataclass(frozen=True)
class SplitCounts:
    """Funnel counts over a window, split by customer."""

    new: FunnelCounts = FunnelCounts()
    existing: FunnelCounts = FunnelCounts()

    @property
    def total(self) -> FunnelCounts:
        return self.new + self.existing

    def __add__(self, other: SplitCounts) -> SplitCounts:
        return SplitCounts(self.new + other.new, self.existing + other.existing)


@dataclass(frozen=True)
class SplitFunnel:
    """The rates per segment, each blended with the team's same segment when thin."""

    new: Funnel
    existing: Funnel


def split_funnel(own: SplitCounts, team: SplitCounts) -> SplitFunnel:
    """A seller's funnel for new and for existing customers. The thin-data rule applies per
    segment: four closed offers to new customers are blended with the team's new-customer
    rates even when the seller has plenty of closed offers with existing customers."""
    return SplitFunnel(funnel(own.new, team.new), funnel(own.existing, team.existing))


# -- trend: this window against the one before ---------------------------------------------------
@dataclass(frozen=True)
class Trend:
    """One ratio now and in the previous window of the same length, as it is shown (rounded):
    the direction is that of the shown numbers, so "38 % (↑ from 31 %)" never says ↑ of two
    equal figures."""

    now: Decimal | None
    before: Decimal | None

    @property
    def direction(self) -> str | None:
        """ "up", "down", "same", or None when either window has no figure."""
        if self.now is None or self.before is None:
            return None
        if self.now > self.before:
            return "up"
        if self.now < self.before:
            return "down"
        return "same"


def _shown(value: Decimal | None, places: str) -> Decimal | None:
    return None if value is None else value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class Ratios:
    """A window's ratios as the funnel views show them (closing rate in whole percent)."""

    activities_per_offer: Decimal | None  # one decimal
    closing_rate: Decimal | None  # percent, whole
    average_deal: Decimal | None  # whole currency units


def ratios(c: FunnelCounts) -> Ratios:
    r = _rates(c)
    rate = r["closing_rate"]
    return Ratios(
        _shown(r["activities_per_offer"], "0.1"),
        _shown(rate * 100 if rate is not None else None, "1"),
        _shown(r["average_deal"], "1"),
    )


def trends(now: FunnelCounts, before: FunnelCounts) -> dict[str, Trend]:
    """Each ratio of this window against the previous window of the same length."""
    a, b = ratios(now), ratios(before)
    return {
        name: Trend(getattr(a, name), getattr(b, name))
        for name in ("activities_per_offer", "closing_rate", "average_deal")
    }


@dataclass(frozen=True)
class Plan:
    """What a revenue goal asks of the weeks left."""

    goal: Decimal
    won: Decimal
    pipeline: Decimal  # open offers' value
    expected_from_pipeline: Decimal  # the pipeline weighted by the closing rate
    missing: Decimal  # still to win beyond what the pipeline is expected to bring
    weeks_left: Decimal
    wins_needed: int | None
    offers_needed: int | None
    offers_per_week: Decimal | None
    meetings_per_week: Decimal | None
    calls_per_week: Decimal | None
    meeting_goal: Decimal | None  # the seller's current weekly meetings goal
    state: str  # "reached" | "on_track" | "ahead" | "behind" | "no_time" | "no_history"
    funnel: Funnel
    usual_offers_per_week: Decimal | None = None  # the seller's own pace over the window
    # The needs a week before rounding for the eye: what the weekly goals are made of (rounded
    # up to whole ones) and what a meetings goal is held against. 1.04 meetings a week shows as
    # "1" but takes a goal of 2: a goal of 1 makes 4.8 of the 5 meetings in 4.8 weeks.
    exact: dict[str, Decimal] = field(default_factory=dict, compare=False)
    # The goal's own period (a quarter unless the goal is set per year or week) and its last day.
    span: Span | None = None

    @property
    def out_of_reach(self) -> bool:
        """The offers a week it takes are STRETCH times the seller's usual pace or more: said
        plainly, not dressed up as a plan."""
        offers = self.exact.get("offers", self.offers_per_week)
        return bool(
            offers is not None
            and self.usual_offers_per_week
            and offers >= STRETCH * self.usual_offers_per_week
        )

    @property
    def pace_multiple(self) -> int | None:
        """How many times the usual offers a week the plan asks for (rounded down)."""
        offers = self.exact.get("offers", self.offers_per_week)
        if offers is None or not self.usual_offers_per_week:
            return None
        return int(offers / self.usual_offers_per_week)


def _up(value: Decimal) -> int:
    return int(value.to_integral_value(rounding=ROUND_CEILING))


def _one_decimal(value: Decimal) -> Decimal:
    """A need a week as shown: to the nearest tenth ("about 3.3 offers" for 20 in 6 weeks), but
    never down onto a whole number it is above: 1.04 meetings a week is "1.1", as the goal made
    of it is 2 (a goal of 1 makes 4.8 of the 5 meetings in 4.8 weeks), never "1"."""
    shown = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    if shown < value and shown == shown.to_integral_value():
        return value.quantize(Decimal("0.1"), rounding=ROUND_CEILING)
    return shown


def plan(
    f: Funnel,
    *,
    goal: Decimal,
    won: Decimal,
    pipeline: Decimal,
    weeks_left: Decimal,
    meeting_goal: Decimal | None,
    usual_offers_per_week: Decimal | None = None,
    period_over: bool = False,
) -> Plan:
    """From the goal, what is won, and the open pipeline weighted by the closing rate: how many
    wins, offers and meetings a week the rest takes, at the seller's own rates. `period_over`:
    the goal's period ended before the day planned from (a week 53 digest about 2026-Q4, worked
    out on Sunday 3 January): what is open can no longer be won in it."""
    expected = (
        pipeline * f.closing_rate if f.closing_rate is not None and not period_over else Decimal(0)
    )
    missing = max(goal - won - expected, Decimal(0))

    def result(state: str, **numbers: object) -> Plan:
        values = {
            "wins_needed": None,
            "offers_needed": None,
            "offers_per_week": None,
            "meetings_per_week": None,
            "calls_per_week": None,
        }
        values.update(numbers)  # type: ignore[arg-type]
        return Plan(
            goal=goal.quantize(Decimal(1), ROUND_HALF_UP),  # a goal scaled for days away: no øre
            won=won,
            pipeline=pipeline,
            expected_from_pipeline=expected.quantize(Decimal(1)),
            missing=missing.quantize(Decimal(1)),
            weeks_left=weeks_left,
            meeting_goal=meeting_goal,
            state=state,
            funnel=f,
            usual_offers_per_week=usual_offers_per_week,
            **values,  # type: ignore[arg-type]
        )

    if won >= goal:
        return result("reached")
    if missing == 0:
        return result("on_track")
    if not f.average_deal or not f.closing_rate or f.activities_per_offer is None:
        return result("no_history")
    wins_needed = _up(missing / f.average_deal)
    offers_needed = _up(wins_needed / f.closing_rate)
    if weeks_left <= 0:
        return result("no_time", wins_needed=wins_needed, offers_needed=offers_needed)
    offers_per_week = Decimal(offers_needed) / weeks_left
    if not f.activities_per_offer:
        # Offers logged, no meeting or call anywhere in the window: what the goal takes in
        # meetings is unknown, never "0 meetings" (nor a meetings goal said to cover it).
        return result(
            "offers_only",
            wins_needed=wins_needed,
            offers_needed=offers_needed,
            offers_per_week=_one_decimal(offers_per_week),
            exact={"offers": offers_per_week},
        )
    activities_per_week = offers_per_week * f.activities_per_offer
    meetings_per_week = activities_per_week * f.meetings_share
    calls_per_week = activities_per_week - meetings_per_week
    state = "behind"
    if meeting_goal is not None and meeting_goal >= meetings_per_week:
        state = "ahead"
    return result(
        state,
        wins_needed=wins_needed,
        offers_needed=offers_needed,
        offers_per_week=_one_decimal(offers_per_week),
        meetings_per_week=_one_decimal(meetings_per_week),
        calls_per_week=_one_decimal(calls_per_week),
        exact={"offers": offers_per_week, "meetings": meetings_per_week, "calls": calls_per_week},
    )


def suggested_goals(p: Plan) -> dict[str, int]:
    """The weekly activity goals that keep the seller on track (whole numbers, rounded up)."""
    goals = {}
    meetings = p.exact.get("meetings", p.meetings_per_week)
    offers = p.exact.get("offers", p.offers_per_week)
    if meetings is not None and p.meetings_per_week:  # a need shown as 0 asks no goal
        goals["meetings"] = _up(meetings)
    if offers is not None and p.offers_per_week:
        goals["offers"] = _up(offers)
    if p.calls_per_week is not None and p.calls_per_week >= 1:
        goals["calls"] = _up(p.exact.get("calls", p.calls_per_week))
    return goals
