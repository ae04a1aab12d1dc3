"""Who to recognise in the weekly digest, from facts. Progress against a seller's own baseline
counts as much as top results; nobody is ever named for a bad week. Pure functions."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from bot.services.kpis import Week
from bot.services.reports import SellerStatus

RECOGNISED_KPIS = ("meetings", "calls", "offers")
# "Clearly above": half again the seller's own average AND at least this many more, so that
# 1 → 2 meetings is not "most improved" while 2, 2, 2 → 8 is.
RELATIVE_RISE = Decimal("1.5")
ABSOLUTE_RISE = {"meetings": Decimal(3), "calls": Decimal(4), "offers": Decimal(2)}
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


def improvements(statuses: list[SellerStatus]) -> list[Improvement]:
    found = []
    for s in statuses:
        if s.baseline is None or s.away_this_week:  # fewer than 2 weeks of history: not judged
            continue
        for kpi in RECOGNISED_KPIS:
            value, base = s.week.get(kpi), s.baseline.average.get(kpi, Decimal(0))
            if value >= base * RELATIVE_RISE and value - base >= ABSOLUTE_RISE[kpi]:
                found.append(Improvement(s.name, kpi, value, base.quantize(Decimal("0.1"))))
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
        if len(earlier) < BEST_MIN_HISTORY:
            continue
        for kpi in RECOGNISED_KPIS:
            value = s.week.get(kpi)
            best = max(c.get(kpi) for c in earlier.values())
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
