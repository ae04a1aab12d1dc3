"""The KPI engine: ISO weeks, a seller's own baseline, trends, goals and the customer portfolio.

Pure: no clock, no database, no Slack. The storage layer hands in numbers it already
aggregated with SQL (GROUP BY week index / kind), never raw activity histories, and
"today" is always a parameter.

Vocabulary follows the domain notes (DOMAIN.md): *activity goals* (what a seller controls, per week)
versus *result goals* (money and rates), and recognition of progress against the seller's
own baseline, not only of who is on top.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from functools import cached_property, lru_cache
from statistics import median
from typing import Literal

from bot.services.money import Across, Foreign, add_across, add_foreign

ACTIVITY_KPIS = ("meetings", "calls", "offers", "activities")  # per week, what a seller controls
RESULT_KPIS = (
    "offer_value",
    "wins",
    "win_value",
    "revenue",
    "closing_rate",
    "pipeline",
    "new_customers",
    "new_customer_revenue",
)
# What a baseline averages: the activity KPIs plus the outcomes a week of activity produced.
BASELINE_KPIS = (*ACTIVITY_KPIS, "wins", "offer_value", "win_value")
# KPIs that are not sums over time, so a goal means the same in every period: a closing
# rate is a percentage, and a pipeline is a level (what is open right now), not a flow.
UNSCALED_KPIS = frozenset({"closing_rate", "pipeline"})

WORKING_DAYS = 5  # Monday to Friday
AWAY_WEEK_MIN_DAYS = 3  # a week is "away" when most of its working days were away

_EPOCH_MONDAY = date(2000, 1, 3)  # Monday of 2000-W01; the database groups by the same index
_WEEK_TEXT = re.compile(r"([0-9]{4})-?[Ww]([0-9]{1,2})")


def _dec(value: Decimal | int | float | str) -> Decimal:
    """Decimal from what SQL drivers return (SQLite may give float or int for a SUM)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(str(value))  # str() avoids binary noise such as 0.1 -> 0.1000000000000000055
    return Decimal(value)


# --------------------------------------------------------------------------- periods


@dataclass(frozen=True, order=True)
class Week:
    """An ISO week ("uke 47"): Monday start, week 1 holds the year's first Thursday.

    Field order (year, week) makes the generated ordering chronological.
    """

    year: int  # the ISO year, which differs from the calendar year around New Year
    week: int

    def __post_init__(self) -> None:
        # Reject weeks that do not exist (2025-W53, W00, W54) so every Week is a real week.
        try:
            date.fromisocalendar(self.year, self.week, 1)
        except ValueError as exc:
            raise ValueError(f"no such ISO week: {self.year}-W{self.week}") from exc

    @classmethod
    def of(cls, d: date) -> Week:
        return _week_of(d) if cls is Week else cls(*d.isocalendar()[:2])

    @classmethod
    def parse(cls, text: str) -> Week:
        """Parse "2026-W47", "2026-w47" or "2026W47"; ValueError for malformed or impossible weeks."""
        match = _WEEK_TEXT.fullmatch(text.strip())
        if match is None:
            raise ValueError(f"not an ISO week: {text!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    # Worked out once per Week (weeks are made once: Week.of, shift and from_index are cached).
    @cached_property
    def monday(self) -> date:
        return date.fromisocalendar(self.year, self.week, 1)

    @cached_property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def shift(self, n: int) -> Week:
        # Via the index, so year boundaries and 52/53-week years need no special cases.
        return Week.from_index(self.index() + n)

    def index(self) -> int:
        """Weeks since Monday 2000-01-03 (negative before); the SQL GROUP BY key for weeks."""
        return _week_index(self.year, self.week)

    @classmethod
    def from_index(cls, i: int) -> Week:
        return _week_from_index(i) if cls is Week else cls.of(_EPOCH_MONDAY + timedelta(weeks=i))

    def __str__(self) -> str:
        return f"{self.year}-W{self.week:02d}"


# Weeks are immutable values: the few hundred a process meets are made once (a report walks
# thousands of week shifts; each used to cost two calendar conversions and a validation).
@lru_cache(maxsize=4096)
def _week_of(d: date) -> Week:
    iso = d.isocalendar()
    return Week(iso.year, iso.week)


@lru_cache(maxsize=4096)
def _week_index(year: int, week: int) -> int:
    return (date.fromisocalendar(year, week, 1) - _EPOCH_MONDAY).days // 7


@lru_cache(maxsize=4096)
def _week_from_index(i: int) -> Week:
    return _week_of(_EPOCH_MONDAY + timedelta(weeks=i))


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter (result goals are often set per quarter or year)."""

    year: int
    quarter: int  # 1..4

    def __post_init__(self) -> None:
        if not 1 <= self.quarter <= 4:
            raise ValueError(f"no such quarter: {self.year}-Q{self.quarter}")

    @classmethod
    def of(cls, d: date) -> Quarter:
        return cls(d.year, (d.month - 1) // 3 + 1)

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.quarter - 2, 1)

    @property
    def last_day(self) -> date:
        if self.quarter == 4:
            return date(self.year, 12, 31)
        return date(self.year, 3 * self.quarter + 1, 1) - timedelta(days=1)

    def __str__(self) -> str:
        return f"{self.year}-Q{self.quarter}"


# --------------------------------------------------------------------------- counts


@dataclass(frozen=True)
class Counts:
    """One seller's activity in one period (from SQL aggregates)."""

    meetings: int = 0
    calls: int = 0
    offers: int = 0
    wins: int = 0
    losses: int = 0
    offer_value: Decimal = Decimal(0)  # in the team's currency (converted where a rate is set)
    win_value: Decimal = Decimal(0)
    # Amounts in currencies without a rate: shown beside the sums, never counted as zero.
    offer_foreign: Foreign = ()
    win_foreign: Foreign = ()
    # Revisions of offers sent before the period: how much they moved those offers, shown apart
    # from the value of the offers sent in it (never counted as offers, never in offer_value).
    revised_value: Decimal = Decimal(0)
    revised_foreign: Foreign = ()
    # Revisions into another currency that no rate converts, each pair whole: (from currency,
    # the amount replaced, to currency, the amount revised to, how many), sorted ("from DKK
    # 520 000 to NOK 600 000", never up by one and down by the other; mendB32).
    revised_across: Across = ()

    @classmethod
    def of(
        cls,
        meetings: int,
        calls: int,
        offers: int,
        wins: int,
        losses: int,
        offer_value: Decimal,
        win_value: Decimal,
        offer_foreign: Foreign,
        win_foreign: Foreign,
        revised_value: Decimal = Decimal(0),
        revised_foreign: Foreign = (),
        revised_across: Across = (),
    ) -> Counts:
        """The same as Counts(...) with every field given, made at a third of the cost: a frozen
        dataclass's __init__ sets each field through object.__setattr__, and a team report
        makes one per seller and week."""
        made = object.__new__(cls)
        made.__dict__.update(
            meetings=meetings,
            calls=calls,
            offers=offers,
            wins=wins,
            losses=losses,
            offer_value=offer_value,
            win_value=win_value,
            offer_foreign=offer_foreign,
            win_foreign=win_foreign,
            revised_value=revised_value,
            revised_foreign=revised_foreign,
            revised_across=revised_across,
        )
        return made

    @property
    def activities(self) -> int:
        """The activity level: every logged customer activity, wins and losses included."""
        return self.meetings + self.calls + self.offers + self.wins + self.losses

    def get(self, kpi: str) -> Decimal:
        """The value of a KPI by name, as Decimal so counts and amounts average alike."""
        if kpi not in _COUNTS_KPIS:
            raise KeyError(kpi)
        return _dec(getattr(self, kpi))

    def __add__(self, other: object) -> Counts:
        if not isinstance(other, Counts):
            return NotImplemented
        return Counts.total((self, other))

    @classmethod
    def total(cls, parts: Iterable[Counts]) -> Counts:
        """The sum of many (none: zero), one pass per field (a team's week from its sellers')."""
        items = list(parts)
        if len(items) == 1:
            return items[0]
        # One pass over the parts (a team's week adds up fifty): the same sums, field by field.
        meetings = calls = offers = wins = losses = 0
        offer_value = win_value = revised_value = Decimal(0)
        for c in items:
            meetings += c.meetings
            calls += c.calls
            offers += c.offers
            wins += c.wins
            losses += c.losses
            offer_value += c.offer_value
            win_value += c.win_value
            revised_value += c.revised_value
        return cls.of(
            meetings=meetings,
            calls=calls,
            offers=offers,
            wins=wins,
            losses=losses,
            offer_value=offer_value,
            win_value=win_value,
            offer_foreign=add_foreign(*(c.offer_foreign for c in items)),
            win_foreign=add_foreign(*(c.win_foreign for c in items)),
            revised_value=revised_value,
            revised_foreign=add_foreign(*(c.revised_foreign for c in items)),
            revised_across=add_across(*(c.revised_across for c in items)),
        )

    def __radd__(self, other: object) -> Counts:
        # Lets sum(counts) start from its default 0 when totalling a team.
        if other == 0:
            return self
        return self.__add__(other)

    @classmethod
    def from_kind_rows(cls, rows: Iterable[tuple[str, int, Decimal | None]]) -> Counts:
        """Build from `SELECT kind, count(*), sum(amount) ... GROUP BY kind` rows.

        Repeated kinds add up (the query may group by more than kind). Amounts count only
        for offers and wins; an unknown kind raises ValueError rather than vanish silently.
        """
        totals = {field: 0 for field in _KIND_FIELDS.values()}
        offer_value = Decimal(0)
        win_value = Decimal(0)
        for kind, count, amount in rows:
            field = _KIND_FIELDS.get(str(kind))
            if field is None:
                raise ValueError(f"unknown activity kind: {kind!r}")
            totals[field] += int(count)
            if amount is not None and field == "offers":
                offer_value += _dec(amount)
            elif amount is not None and field == "wins":
                win_value += _dec(amount)
        return cls(**totals, offer_value=offer_value, win_value=win_value)


_COUNTS_KPIS = frozenset(
    {"meetings", "calls", "offers", "activities", "wins", "losses", "offer_value", "win_value"}
)
# ActivityKind values (bot.domain) -> Counts fields; kept as strings so this module stays leaf.
_KIND_FIELDS = {
    "meeting": "meetings",
    "call": "calls",
    "offer": "offers",
    "win": "wins",
    "loss": "losses",
}


# --------------------------------------------------------------------------- working days


@dataclass(frozen=True)
class Calendar:
    """The public holidays of the place a seller works in, as a value services are handed
    (bot.services.public_holidays makes them with Calendar.of; services never look them up
    themselves). Only the holidays that fall on a weekday are kept, sorted: a weekend is no
    working day anyway. The empty calendar (NO_HOLIDAYS, a place kpibot does not know) keeps
    Monday to Friday."""

    place: str | None = None  # "NO", "SE", "GB-ENG" ...; None: no holidays known
    # The weekday holidays, sorted (Calendar.of); shown by its place alone (a report's repr)
    days: tuple[date, ...] = field(default=(), repr=False)

    @classmethod
    def of(cls, place: str | None, holidays: Iterable[date]) -> Calendar:
        return cls(place, tuple(sorted({d for d in holidays if d.weekday() < WORKING_DAYS})))

    def __hash__(self) -> int:  # by place (cheap): a report keys its cached goals by calendar
        return hash(self.place)

    @cached_property
    def _day_set(self) -> frozenset[date]:
        return frozenset(self.days)

    def is_holiday(self, day: date) -> bool:
        return day in self._day_set

    def holidays_between(self, first: date, last: date) -> int:
        """The weekday holidays from `first` to `last`, both included."""
        if last < first or not self.days:
            return 0
        return bisect_right(self.days, last) - bisect_left(self.days, first)


NO_HOLIDAYS = Calendar()


def is_working_day(day: date, calendar: Calendar = NO_HOLIDAYS) -> bool:
    """The one rule for a working day: Monday to Friday, not a public holiday where the seller
    works. Everything that counts working days (goals, paces, days away, days left) counts these."""
    return day.weekday() < WORKING_DAYS and not calendar.is_holiday(day)


def working_days_between(first: date, last: date, calendar: Calendar = NO_HOLIDAYS) -> int:
    """Working days (is_working_day) from `first` to `last`, both included (0 when last < first);
    counted by arithmetic, not day by day."""
    if last < first:
        return 0
    days = (last - first).days + 1
    whole, rest = divmod(days, 7)
    count = whole * WORKING_DAYS
    start = first.weekday()
    count += sum(1 for i in range(rest) if (start + i) % 7 < WORKING_DAYS)
    return count - calendar.holidays_between(first, last)


def week_working_days(week: Week, calendar: Calendar = NO_HOLIDAYS) -> int:
    """The week's working days: 5, less its public holidays (4 in the week of Ascension Day)."""
    return WORKING_DAYS - calendar.holidays_between(week.monday, week.sunday)


def away_working_days(
    week: Week, away: Iterable[tuple[date, date]], calendar: Calendar = NO_HOLIDAYS
) -> int:
    """How many of the week's working days fall inside any inclusive away period. A holiday is
    no working day, so an away period over it does not count it again.

    Overlapping periods count a day once; a period whose start is after its end is empty.
    """
    periods = list(away)  # may be a generator; we scan it once per day
    monday = week.monday
    days = (monday + timedelta(days=i) for i in range(WORKING_DAYS))
    return sum(
        1
        for d in days
        if is_working_day(d, calendar) and any(start <= d <= end for start, end in periods)
    )


def present_days(
    week: Week, away: Iterable[tuple[date, date]] = (), calendar: Calendar = NO_HOLIDAYS
) -> int:
    """The week's working days the seller was there for: its working days less days away."""
    return week_working_days(week, calendar) - away_working_days(week, away, calendar)


def away_all_week(
    week: Week, away: Iterable[tuple[date, date]], calendar: Calendar = NO_HOLIDAYS
) -> bool:
    """True when the seller was away every working day of the week: nothing of theirs to sum
    up in it (no private summary names it)."""
    return present_days(week, away, calendar) <= 0


def is_away_week(
    week: Week, away: Iterable[tuple[date, date]], calendar: Calendar = NO_HOLIDAYS
) -> bool:
    """True when at least 3 of the week's 5 weekdays were days away or public holidays: at most
    2 left to work (a week of holidays and days away is an away week by the same rule).

    Such weeks are left out of baselines: comparing a seller with their holiday would
    make every normal week look like progress.
    """
    return WORKING_DAYS - present_days(week, away, calendar) >= AWAY_WEEK_MIN_DAYS


# --------------------------------------------------------------------------- baseline


@dataclass(frozen=True)
class Baseline:
    weeks: tuple[Week, ...]  # the weeks averaged (most recent first)
    average: dict[str, Decimal]  # BASELINE_KPIS -> mean over `weeks` (unrounded)
    history: Mapping[Week, Counts] = field(repr=False, compare=False, default_factory=dict)

    @cached_property
    def best(self) -> dict[str, Decimal]:
        """BASELINE_KPIS -> max over ALL history weeks given. Worked out only when asked: a
        team report builds a baseline per seller and rarely needs their best."""
        return {
            kpi: max((counts.get(kpi) for counts in self.history.values()), default=Decimal(0))
            for kpi in BASELINE_KPIS
        }


def baseline(
    history: Mapping[Week, Counts],
    week: Week,
    away_weeks: Collection[Week],
    *,
    n: int = 4,
    lookback: int = 12,
    first_week: Week | None = None,
) -> Baseline | None:
    """The seller's own recent normal level, to recognise improvement against it.

    Averages the `n` most recent weeks before `week` (never `week` itself) that were not
    away weeks, looking back at most `lookback` weeks. A week missing from `history` was a
    zero week -- the storage layer only returns weeks with activity -- except before
    `first_week` (the seller's first active week; None = no lower bound), so a new seller
    is not averaged with weeks before they started. None when fewer than 2 weeks qualify:
    one week is too noisy to call anything an improvement.

    `best` is the maximum over every week in `history` (away weeks and weeks outside the
    window included); pass a history without `week` to compare against previous bests.
    """
    if n < 2:
        raise ValueError("a baseline needs n >= 2 weeks")
    used: list[Week] = []
    for candidate in _weeks_before(week, lookback):
        if first_week is not None and candidate < first_week:
            break  # everything further back is before the seller started
        if candidate in away_weeks:
            continue
        used.append(candidate)
        if len(used) == n:
            break
    if len(used) < 2:
        return None
    empty = Counts()
    weeks = [history.get(w, empty) for w in used]
    average = {
        kpi: _dec(sum(getattr(counts, kpi) for counts in weeks)) / len(used)
        for kpi in BASELINE_KPIS
    }
    return Baseline(weeks=tuple(used), average=average, history=history)


@lru_cache(maxsize=1024)
def _weeks_before(week: Week, n: int) -> tuple[Week, ...]:
    """The `n` weeks before `week`, most recent first."""
    return tuple(week.shift(-back) for back in range(1, n + 1))


# --------------------------------------------------------------------------- trend

Trend = Literal["up", "down", "flat"]
TREND_ARROWS = {"up": "↗", "down": "↘", "flat": "→"}


def trend(
    current: Decimal | int,
    base: Decimal | None,
    *,
    rel: Decimal = Decimal("0.2"),
    abs_min: Decimal = Decimal(1),
    base_before: Decimal | None = None,
) -> Trend | None:
    """Direction of `current` against a baseline, or None without a baseline.

    A change counts only when it is both relatively large (more than `rel` of the base)
    and absolutely meaningful (at least `abs_min`), so 10 -> 11 meetings is "flat" while
    1 -> 2 is "up" (+1 is the minimum and +100 % beats 20 %), and 0 -> 1 is "up".
    `base_before`: the baseline without the day under way, which "down" is judged against
    (a day still under way counts for the seller, never against them).
    """
    if base is None:
        return None
    diff = _dec(current) - base
    if diff > rel * abs(base) and diff >= abs_min:
        return "up"
    lower = base if base_before is None else base_before
    drop = lower - _dec(current)
    if drop > rel * abs(lower) and drop >= abs_min:
        return "down"
    return "flat"


TENTH = Decimal("0.1")


def shown_average(average: Decimal | None, share: Decimal = Decimal(1)) -> Decimal | None:
    """A seller's own average for `share` of a usual week, as it is shown (to a tenth, half up):
    what an arrow compares with, so that the arrow can be checked against the figures beside it."""
    if average is None:
        return None
    return (average * share).quantize(TENTH, ROUND_HALF_UP)


def present_share(
    week: Week, today: date, away: Iterable[tuple[date, date]], calendar: Calendar = NO_HOLIDAYS
) -> Decimal:
    """The share of a usual week a seller could work in `week`, to compare the week with their
    own average: its working days passed (all of them once it has ended; up to `today` in the
    week under way), less the days away among them, over 5. An away Wednesday to Friday leaves
    2/5, and so does the week of Ascension Day on its Wednesday: no meeting in days off is not
    a week "below average"."""
    if today < week.monday:
        return Decimal(0)
    last = min(today, week.monday + timedelta(days=WORKING_DAYS - 1))
    days = [week.monday + timedelta(days=i) for i in range((last - week.monday).days + 1)]
    worked = [d for d in days if is_working_day(d, calendar)]
    days_away = sum(1 for d in worked if _away_on(d, away))
    return Decimal(max(len(worked) - days_away, 0)) / WORKING_DAYS


def _away_on(day: date, away: Iterable[tuple[date, date]]) -> bool:
    return any(start <= day <= end for start, end in away)


# --------------------------------------------------------------------------- rates and bars


def closing_rate(wins: int, losses: int, *, minimum_closed: int = 5) -> Decimal | None:
    """Won share of closed deals, in whole percent (half up); None below `minimum_closed`.

    With only a few closed deals one loss swings the rate by 25+ points, which is noise.
    """
    closed = wins + losses
    if closed == 0 or closed < minimum_closed:
        return None
    return (Decimal(100) * wins / closed).quantize(Decimal(1), rounding=ROUND_HALF_UP)


def progress_bar(value: Decimal | int, goal: Decimal | int | None, width: int = 10) -> str:
    """A bar like "▰▰▰▰▰▱▱▱▱▱"; "" without a positive goal.

    Filled cells are rounded down, so the bar is full only once the goal is reached.
    """
    if goal is None or goal <= 0 or width <= 0:
        return ""
    value, goal = _dec(value), _dec(goal)
    if value >= goal:
        filled = width
    else:
        raw = (width * value / goal).to_integral_value(rounding=ROUND_FLOOR)
        filled = min(max(int(raw), 0), width - 1)
    return "▰" * filled + "▱" * (width - filled)


def percent_of(value: Decimal | int, goal: Decimal | int | None) -> int | None:
    """Rounded (half up) percentage of the goal, not capped at 100; None without a positive goal."""
    if goal is None or goal <= 0:
        return None
    pct = Decimal(100) * _dec(value) / _dec(goal)
    return int(pct.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# --------------------------------------------------------------------------- goals

Period = Literal["week", "quarter", "year"]
_WEEKS_PER = {"week": Decimal(1), "quarter": Decimal(13), "year": Decimal(52)}
_PERIOD_RANK = {"week": 0, "quarter": 1, "year": 2}


@dataclass(frozen=True)
class Goal:
    kpi: str
    period: Period
    target: Decimal

    def __post_init__(self) -> None:
        if self.period not in _WEEKS_PER:
            raise ValueError(f"unknown goal period: {self.period!r}")
        if not isinstance(self.target, Decimal):
            object.__setattr__(self, "target", _dec(self.target))  # accept int targets


# "10 qualified customer meetings per week, closing rate 75 %" (the sources' control platform)
DEFAULT_GOALS = (
    Goal("meetings", "week", Decimal(10)),
    Goal("closing_rate", "quarter", Decimal(75)),
)


def convert_goal(kpi: str, target: Decimal, from_period: str, to_period: str) -> Decimal:
    """A goal for one period expressed per another (a year is 4 quarters, 52 weeks, a quarter 13).

    Converted targets are rounded to 2 decimals; unscaled KPIs (rates, levels) pass as-is.
    """
    for period in (from_period, to_period):
        if period not in _WEEKS_PER:
            raise ValueError(f"unknown goal period: {period!r}")
    if kpi in UNSCALED_KPIS or from_period == to_period:
        return target
    converted = target * _WEEKS_PER[to_period] / _WEEKS_PER[from_period]
    return converted.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def resolve_goal(
    kpi: str, period: str, seller_goals: Iterable[Goal], team_goals: Iterable[Goal]
) -> Decimal | None:
    """The goal that applies to one seller for `kpi` per `period`, or None.

    The seller's own goals win over the team's, which win over DEFAULT_GOALS; the first
    source with any goal for the KPI decides, even if it has to convert between periods.
    Within a source the same period is preferred, then the nearest one (ties go to the
    longer period, where result goals are usually set); a later duplicate replaces an
    earlier one.
    """
    if period not in _WEEKS_PER:
        raise ValueError(f"unknown goal period: {period!r}")
    for source in (seller_goals, team_goals, DEFAULT_GOALS):
        by_period = {goal.period: goal.target for goal in source if goal.kpi == kpi}
        if not by_period:
            continue
        nearest = min(
            by_period,
            key=lambda p: (abs(_PERIOD_RANK[p] - _PERIOD_RANK[period]), -_PERIOD_RANK[p]),
        )
        return convert_goal(kpi, by_period[nearest], nearest, period)
    return None


def away_days_between(
    first: date, last: date, away: Iterable[tuple[date, date]], calendar: Calendar = NO_HOLIDAYS
) -> int:
    """Working days from `first` to `last` inside any (inclusive) away period (a holiday in one
    is no working day: never counted twice)."""
    total = 0
    for start, end in away:
        total += working_days_between(max(first, start), min(last, end), calendar)
    return total


@dataclass(frozen=True)
class Span:
    """A goal's period as one report sees it: the period's first and last day, and the last day
    its pace counts (today for the week under way, else the Sunday of the week shown)."""

    period: Period
    first: date
    last: date
    upto: date

    def __post_init__(self) -> None:
        if self.period not in _WEEKS_PER:
            raise ValueError(f"unknown goal period: {self.period!r}")

    @property
    def year(self) -> int:
        return self.first.year

    @property
    def quarter(self) -> Quarter:
        return Quarter.of(self.first)

    @property
    def week(self) -> Week:
        return Week.of(self.first)


def goal_span(period: str, week: Week, upto: date, anchor: date) -> Span:
    """The week, quarter or year a report of `week` measures a goal in. `anchor` picks the
    quarter and year (today for the week under way; a past week's Thursday, so 2030-W01 is in
    2030); `upto` is the last day whose pace counts, never past the period's end."""
    if period == "week":
        first, last = week.monday, week.sunday
    elif period == "quarter":
        q = Quarter.of(anchor)
        first, last = q.first_day, q.last_day
    elif period == "year":
        first, last = date(anchor.year, 1, 1), date(anchor.year, 12, 31)
    else:
        raise ValueError(f"unknown goal period: {period!r}")
    return Span(period, first, last, max(min(upto, last), first - timedelta(days=1)))  # type: ignore[arg-type]


def prorate(
    target: Decimal,
    span: Span,
    away: Iterable[tuple[date, date]] = (),
    *,
    level: bool = False,
    calendar: Calendar = NO_HOLIDAYS,
) -> tuple[Decimal, Decimal | None]:
    """A goal for `span`'s whole period less the working days away in it, and where the figures
    should stand by `span.upto`: the goal's share of the working days passed, less days away
    (2 decimals, half up). A level (pipeline) is what is open at any time: (target, None).
    Working days are the seller's (`calendar`): a public holiday is a day of neither.

    Away days count only inside the span; a period with no working days keeps its target."""
    target = _dec(target)
    if level:
        return target, None
    away = list(away)
    total = working_days_between(span.first, span.last, calendar)
    if total <= 0:
        return target, target
    present = total - away_days_between(span.first, span.last, away, calendar)
    passed = working_days_between(span.first, span.upto, calendar) - away_days_between(
        span.first, span.upto, away, calendar
    )
    cent = Decimal("0.01")
    goal = (target * max(present, 0) / total).quantize(cent, rounding=ROUND_HALF_UP)
    expected = (target * max(passed, 0) / total).quantize(cent, rounding=ROUND_HALF_UP)
    return goal, expected


def scale_for_away(
    goal: Decimal | None, working_days_present: int, working_days: int = WORKING_DAYS
) -> Decimal | None:
    """A week goal scaled to the working days the seller was present (1 decimal, half up).

    No days present means no goal at all that week. Only for counted KPIs: the caller does
    not scale rates such as closing_rate.
    """
    if goal is None or working_days_present <= 0 or working_days <= 0:
        return None
    present = min(working_days_present, working_days)
    return (goal * present / working_days).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


# --------------------------------------------------------------------------- portfolio

Quadrant = Literal["key", "star", "question_mark", "phase_out_or_new"]


def portfolio_quadrant(
    revenue: Decimal,
    margin_pct: Decimal | None,
    *,
    revenue_threshold: Decimal,
    margin_threshold: Decimal,
) -> Quadrant | None:
    """Place a customer in the portfolio (kundeplattform) by revenue and contribution margin.

    Key: large and profitable. Star: large revenue, margin below threshold (high sales cost).
    Question mark: small revenue, good margin. Phase out / new: small and unprofitable, or
    no revenue yet. None when no margin was ever logged ("margin unknown"): without it the
    matrix cannot say whether a customer is profitable, so it does not pretend to.
    Values equal to a threshold count as large / good.
    """
    if margin_pct is None:
        return None
    if revenue <= 0:
        return "phase_out_or_new"
    large = revenue >= revenue_threshold
    good = margin_pct >= margin_threshold
    if large:
        return "key" if good else "star"
    return "question_mark" if good else "phase_out_or_new"


def portfolio_thresholds(
    revenues: Sequence[Decimal], margins: Sequence[Decimal | None]
) -> tuple[Decimal, Decimal]:
    """Team-relative thresholds: median of positive revenues and of known margins.

    Medians split the team's own customers in halves, so the matrix works for a small
    agency and a large distributor alike. Defaults: revenue 0, margin 20 %.
    """
    positive = [r for r in revenues if r > 0]  # customers without revenue would drag it down
    known = [m for m in margins if m is not None]
    revenue_threshold = median(positive) if positive else Decimal(0)
    margin_threshold = median(known) if known else Decimal(20)
    return revenue_threshold, margin_threshold
