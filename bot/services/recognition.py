"""Who to recognise in the weekly digest, from facts. Progress against a seller's own baseline
counts as much as top results; nobody is ever named for a bad week. Pure functions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from bot.services.kpis import Week
from bot.services.reports import SellerStatus

RECOGNISED_KPIS = ("meetings", "calls", "offers")
# The rule (README, "Recognition"): a seller improved on a KPI when this week is at least 25 %
# above their own average AND at least this many more, over a baseline of at least two weeks
# in which they were active. So 1 → 2 meetings counts (+1, +100 %), 10 → 11 does not (+10 %),
# and nobody is praised "up from 0" in their first weeks.
RELATIVE_RISE = Decimal("1.25")
ABSOLUTE_RISE = {"meetings": Decimal(1), "calls": Decimal(2), "offers": Decimal(1)}
MIN_ACTIVE_WEEKS = 2
BEST_MIN_HISTORY = 4  # weeks of history before a "personal best" means something
BEST_MIN_VALUE = {"meetings": 3, "calls": 5, "offers": 2}
STREAK_MIN = 3


@dataclass(frozen=True)
class Improvement:
    name: str
    kpi: str
    value: Decimal
    baseline: Decimal


@dataclass(frozen=True)
class PersonalBest:
    name: str
    kpi: str
    value: Decimal
    previous_best: Decimal


@dataclass(frozen=True)
class Streak:
    name: str
    weeks: int


def _active_weeks(s: SellerStatus) -> int:
    if s.baseline is None:
        return 0
    return sum(1 for w in s.baseline.weeks if (c := s.history.get(w)) and c.activities)


def _weak_week(s: SellerStatus) -> bool:
    """Below the seller's own usual activity level overall: no week to single them out for."""
    return s.baseline is not None and s.week.activities < s.baseline.average["activities"]


def improvements(statuses: list[SellerStatus]) -> list[Improvement]:
    found = []
    for s in statuses:
        # Too little history to judge, away, or a weak week overall: not named.
        if _active_weeks(s) < MIN_ACTIVE_WEEKS or s.away_this_week or _weak_week(s):
            continue
        for kpi in RECOGNISED_KPIS:
            value, base = s.week.get(kpi), s.baseline.average.get(kpi, Decimal(0))
            if value >= base * RELATIVE_RISE and value - base >= ABSOLUTE_RISE[kpi]:
                found.append(
                    Improvement(s.name, kpi, value, base.quantize(Decimal("0.1"), ROUND_HALF_UP))
                )
    return sorted(found, key=lambda i: (-(i.value - i.baseline), i.name.casefold()))


def personal_bests(
    statuses: list[SellerStatus],
    week: Week,
    already: list[Improvement] = (),  # type: ignore[assignment]
) -> list[PersonalBest]:
    """Best week ever for a KPI (not repeated for a KPI already named as an improvement)."""
    named = {(i.name, i.kpi) for i in already}
    found = []
    for s in statuses:
        earlier = {w: c for w, c in s.history.items() if w < week}
        if len(earlier) < BEST_MIN_HISTORY or s.away_this_week:
            continue
        for kpi in RECOGNISED_KPIS:  # counts (ints): compared as they are, made Decimal once
            value = s.week.get(kpi)
            best = Decimal(max(getattr(c, kpi) for c in earlier.values()))
            if value > best and value >= BEST_MIN_VALUE[kpi] and (s.name, kpi) not in named:
                found.append(PersonalBest(s.name, kpi, value, best))
    return sorted(found, key=lambda b: b.name.casefold())


def streaks(statuses: list[SellerStatus], week: Week) -> list[Streak]:
    """Consecutive weeks up to this one with meetings on goal (the seller's full-week goal)."""
    found = []
    for s in statuses:
        goal = s.base_goals.get("meetings")
        if not goal:
            continue
        run, current = 0, week
        while s.history.get(current) is not None and s.history[current].meetings >= goal:
            run += 1
            current = current.shift(-1)
        if run >= STREAK_MIN:
            found.append(Streak(s.name, run))
    return sorted(found, key=lambda st: (-st.weeks, st.name.casefold()))


@dataclass(frozen=True)
class Welcome:
    """A seller whose first active week this is: welcomed, not praised "up from 0"."""

    name: str
    activities: int


def welcomes(statuses: list[SellerStatus], week: Week) -> list[Welcome]:
    """A deactivated account (or one made a guest) is not welcomed: their work still counts."""
    found = [
        Welcome(s.name, s.week.activities)
        for s in statuses
        if s.week.activities
        and not s.seller.gone
        and all(w >= week for w in s.history)
        and s.baseline is None
    ]
    return sorted(found, key=lambda w: w.name.casefold())


@dataclass(frozen=True)
class Recognised:
    """Who the digest names, each person once with their strongest fact."""

    bests: list[PersonalBest]
    improvements: list[Improvement]
    streaks: list[Streak]
    welcomes: list[Welcome]


def recognise(
    statuses: list[SellerStatus], week: Week, left: frozenset[int] = frozenset()
) -> Recognised:
    """Everyone who improved, each once: a personal best beats an improvement (the biggest
    rise of theirs), which beats a streak; newcomers are welcomed, in the team they came to
    only (`left`: the ids of those who left this team for another in the week, kpiargs25)."""
    named: set[str] = set()

    def first_per_person(items: list) -> list:  # type: ignore[type-arg]
        kept = []
        for item in items:
            if item.name not in named:
                named.add(item.name)
                kept.append(item)
        return kept

    bests = first_per_person(personal_bests(statuses, week))
    improved = first_per_person(
        sorted(
            improvements(statuses),
            key=lambda i: (
                -(i.value - i.baseline) / max(i.baseline, Decimal(1)),
                i.name.casefold(),
            ),
        )
    )
    on_goal = first_per_person(streaks(statuses, week))
    new = first_per_person(welcomes([s for s in statuses if s.seller.id not in left], week))
    return Recognised(
        bests=bests,
        improvements=sorted(improved, key=lambda i: i.name.casefold()),
        streaks=on_goal,
        welcomes=new,
    )


# views34. A quarter's progress on the seller's own previous quarter (the first digest after a
# quarter ends): at least RELATIVE_RISE and at least this many more, over a previous quarter
# they were counted all of.
QUARTER_KPIS = ("meetings", "calls", "offers", "wins")
QUARTER_RISE = {
    "meetings": Decimal(3),
    "calls": Decimal(5),
    "offers": Decimal(2),
    "wins": Decimal(1),
}


@dataclass(frozen=True)
class QuarterImprovement:
    name: str
    kpi: str
    value: Decimal
    previous: Decimal  # the same KPI in their previous quarter


def quarter_improvements(
    now: list[SellerStatus], before: list[SellerStatus], since: date, firsts: dict[int, date]
) -> list[QuarterImprovement]:
    """views34. The sellers who did better in a quarter than in their own previous one, each
    named once, with the KPI that rose most for them (relatively): at least 25 % and
    QUARTER_RISE more. Only over a previous quarter they were counted all of (`since`: its
    first day; `firsts`: each seller's first activity, on or before it): a newcomer's part of a
    quarter is no baseline. Praise only: nobody is named for a fall. By name, not a ranking."""
    previous = {s.seller.id: s for s in before}
    found = []
    for s in now:
        then, first = previous.get(s.seller.id), firsts.get(s.seller.id)
        if then is None or first is None or first > since:
            continue
        rises = []
        for kpi in QUARTER_KPIS:
            value, base = s.quarter.get(kpi), then.quarter.get(kpi)
            if value >= base * RELATIVE_RISE and value - base >= QUARTER_RISE[kpi]:
                rises.append(((value - base) / max(base, Decimal(1)), kpi, value, base))
        if rises:
            _rise, kpi, value, base = max(rises, key=lambda r: (r[0], -QUARTER_KPIS.index(r[1])))
            found.append(QuarterImprovement(s.name, kpi, value, base))
    return sorted(found, key=lambda i: i.name.casefold())
