from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from bot.domain import ActivityKind
from bot.services.kpis import (
    ACTIVITY_KPIS,
    BASELINE_KPIS,
    DEFAULT_GOALS,
    RESULT_KPIS,
    TREND_ARROWS,
    Counts,
    Goal,
    Quarter,
    Week,
    away_working_days,
    baseline,
    closing_rate,
    convert_goal,
    is_away_week,
    percent_of,
    portfolio_quadrant,
    portfolio_thresholds,
    progress_bar,
    resolve_goal,
    scale_for_away,
    trend,
)

D = Decimal
W47 = Week(2026, 47)  # Monday 16 - Sunday 22 November 2026
OSLO = ZoneInfo("Europe/Oslo")


# --------------------------------------------------------------------------- Week


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 11, 20), Week(2026, 47)),
        (date(2026, 11, 16), Week(2026, 47)),  # Monday
        (date(2026, 11, 22), Week(2026, 47)),  # Sunday
        (date(2026, 12, 28), Week(2026, 53)),  # 2026 has 53 ISO weeks
        (date(2026, 12, 31), Week(2026, 53)),
        (date(2027, 1, 1), Week(2026, 53)),  # calendar 2027, ISO year 2026
        (date(2027, 1, 3), Week(2026, 53)),
        (date(2027, 1, 4), Week(2027, 1)),
        (date(2025, 12, 29), Week(2026, 1)),  # calendar 2025, ISO year 2026
        (date(2026, 1, 1), Week(2026, 1)),
        (date(2025, 12, 28), Week(2025, 52)),
    ],
)
def test_week_of(day: date, expected: Week) -> None:
    assert Week.of(day) == expected


def test_week_across_year_boundary() -> None:
    w53 = Week(2026, 53)
    assert w53.monday == date(2026, 12, 28)
    assert w53.sunday == date(2027, 1, 3)
    assert w53.shift(1) == Week(2027, 1)
    assert Week(2027, 1).shift(-1) == w53
    assert Week(2026, 1).shift(-1) == Week(2025, 52)  # 2025 has only 52 weeks
    assert Week(2025, 47).shift(52) == Week(2026, 47)
    assert Week(2026, 47).shift(52) == Week(2027, 46)  # the extra W53 in between
    assert W47.shift(0) == W47
    assert W47.shift(-47) == Week(2025, 52)


def test_week_is_ordered_chronologically() -> None:
    weeks = [Week(2027, 1), Week(2026, 53), Week(2026, 2), Week(2025, 52)]
    assert sorted(weeks) == [Week(2025, 52), Week(2026, 2), Week(2026, 53), Week(2027, 1)]
    assert Week(2026, 53) < Week(2027, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-W47", Week(2026, 47)),
        ("2026-w47", Week(2026, 47)),
        ("2026W47", Week(2026, 47)),
        ("2026w47", Week(2026, 47)),
        (" 2026-W47 ", Week(2026, 47)),
        ("2026-W07", Week(2026, 7)),
        ("2026-W7", Week(2026, 7)),
        ("2026-W53", Week(2026, 53)),
        ("2020-W53", Week(2020, 53)),
        ("2027-W01", Week(2027, 1)),
    ],
)
def test_week_parse(text: str, expected: Week) -> None:
    assert Week.parse(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "2025-W53",  # 2025 has 52 ISO weeks
        "2027-W53",
        "2026-W00",
        "2026-W54",
        "2026-W99",
        "2026-47",
        "W47",
        "26-W47",
        "2026-W470",
        "2026-W4x",
        "2026-W47-5",
        "",
    ],
)
def test_week_parse_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        Week.parse(text)


def test_week_constructor_rejects_impossible_weeks() -> None:
    with pytest.raises(ValueError):
        Week(2025, 53)
    with pytest.raises(ValueError):
        Week(2026, 0)


def test_week_str() -> None:
    assert str(W47) == "2026-W47"
    assert str(Week(2026, 7)) == "2026-W07"
    assert str(Week(2026, 53)) == "2026-W53"
    assert Week.parse(str(Week(2026, 7))) == Week(2026, 7)


def test_week_index() -> None:
    assert Week(2000, 1).index() == 0  # Monday 2000-01-03
    assert Week.from_index(0) == Week(2000, 1)
    assert Week.of(date(2000, 1, 2)).index() == -1  # 1999-W52
    assert Week.from_index(-1) == Week(1999, 52)
    assert W47.index() == 1402
    assert W47.index() == (date(2026, 11, 16) - date(2000, 1, 3)).days // 7
    assert Week.from_index(1402) == W47
    assert Week(2027, 1).index() - Week(2026, 53).index() == 1


def test_week_index_round_trip_for_many_weeks() -> None:
    previous: Week | None = None
    for i in range(-600, 2700):  # 1988 to 2051, including every 53-week year between
        week = Week.from_index(i)
        assert week.index() == i
        assert Week.parse(str(week)) == week
        assert week.sunday - week.monday == timedelta(days=6)
        assert (week.monday - date(2000, 1, 3)).days == 7 * i
        if previous is not None:
            assert previous < week
            assert previous.shift(1) == week
            assert week.shift(-1) == previous
        previous = week


@pytest.mark.parametrize(
    ("monday", "expected"),
    [
        (date(2026, 3, 23), Week(2026, 13)),  # summer time starts Sunday 29 March
        (date(2026, 10, 19), Week(2026, 43)),  # summer time ends Sunday 25 October
    ],
)
def test_week_of_dst_week(monday: date, expected: Week) -> None:
    days = [monday + timedelta(days=i) for i in range(7)]
    assert {Week.of(d) for d in days} == {expected}
    assert expected.monday == monday
    assert expected.sunday == monday + timedelta(days=6)
    assert expected.sunday - expected.monday == timedelta(days=6)  # still 7 days
    assert expected.shift(1).monday - expected.monday == timedelta(days=7)
    # Local timestamps at both ends of each day (the DST Sunday is 23 or 25 hours long).
    for d in days:
        for hour, minute in ((0, 0), (0, 30), (23, 30), (23, 59)):
            local = datetime(d.year, d.month, d.day, hour, minute, tzinfo=OSLO)
            assert Week.of(local.date()) == expected
    assert Week.of(monday + timedelta(days=7)) == expected.shift(1)
    assert Week.of(monday - timedelta(days=1)) == expected.shift(-1)


# --------------------------------------------------------------------------- Quarter


@pytest.mark.parametrize(
    ("day", "expected", "first", "last"),
    [
        (date(2026, 11, 20), Quarter(2026, 4), date(2026, 10, 1), date(2026, 12, 31)),
        (date(2026, 1, 1), Quarter(2026, 1), date(2026, 1, 1), date(2026, 3, 31)),
        (date(2024, 3, 31), Quarter(2024, 1), date(2024, 1, 1), date(2024, 3, 31)),
        (date(2026, 4, 1), Quarter(2026, 2), date(2026, 4, 1), date(2026, 6, 30)),
        (date(2026, 9, 30), Quarter(2026, 3), date(2026, 7, 1), date(2026, 9, 30)),
    ],
)
def test_quarter(day: date, expected: Quarter, first: date, last: date) -> None:
    quarter = Quarter.of(day)
    assert quarter == expected
    assert quarter.first_day == first
    assert quarter.last_day == last


def test_quarter_str_and_validation() -> None:
    assert str(Quarter(2026, 4)) == "2026-Q4"
    assert Quarter(2026, 4) < Quarter(2027, 1)
    with pytest.raises(ValueError):
        Quarter(2026, 5)
    with pytest.raises(ValueError):
        Quarter(2026, 0)


# --------------------------------------------------------------------------- Counts


def test_kpi_names() -> None:
    assert ACTIVITY_KPIS == ("meetings", "calls", "offers", "activities")
    assert "closing_rate" in RESULT_KPIS
    assert BASELINE_KPIS == (*ACTIVITY_KPIS, "wins", "offer_value", "win_value")


def test_counts_activities_and_get() -> None:
    c = Counts(meetings=3, calls=5, offers=2, wins=1, losses=1, offer_value=D("250000"))
    assert c.activities == 12
    assert c.get("meetings") == D(3)
    assert isinstance(c.get("meetings"), Decimal)
    assert c.get("activities") == D(12)
    assert c.get("losses") == D(1)
    assert c.get("offer_value") == D("250000")
    assert c.get("win_value") == D(0)
    with pytest.raises(KeyError):
        c.get("revenue")


def test_counts_add_and_sum() -> None:
    a = Counts(meetings=3, offers=1, offer_value=D("100.50"))
    b = Counts(meetings=2, calls=4, wins=1, win_value=D("1000"))
    total = a + b
    assert total == Counts(
        meetings=5, calls=4, offers=1, wins=1, offer_value=D("100.50"), win_value=D("1000")
    )
    assert sum([a, b]) == total  # team totals with the builtin sum
    assert sum([], Counts()) == Counts()


def test_counts_from_kind_rows() -> None:
    rows = [
        ("meeting", 3, None),
        ("call", 5, D(0)),
        ("offer", 2, D("250000")),
        ("win", 1, D("100000.50")),
        ("loss", 1, D("40000")),  # lost value is not a KPI here
        ("meeting", 1, None),  # repeated kinds add up
    ]
    assert Counts.from_kind_rows(rows) == Counts(
        meetings=4,
        calls=5,
        offers=2,
        wins=1,
        losses=1,
        offer_value=D("250000"),
        win_value=D("100000.50"),
    )


def test_counts_from_kind_rows_accepts_enum_and_sqlite_numbers() -> None:
    rows = [(ActivityKind.OFFER, 2, 0.1), (ActivityKind.OFFER, 1, 0.2), (ActivityKind.WIN, 1, 7)]
    counts = Counts.from_kind_rows(rows)
    assert counts.offers == 3
    assert counts.offer_value == D("0.3")  # no float noise
    assert counts.win_value == D(7)
    assert Counts.from_kind_rows([]) == Counts()


def test_counts_from_kind_rows_rejects_unknown_kind() -> None:
    with pytest.raises(ValueError):
        Counts.from_kind_rows([("visit", 1, None)])


# --------------------------------------------------------------------------- away weeks


@pytest.mark.parametrize(
    ("away", "days", "expected"),
    [
        ([], 0, False),
        ([(date(2026, 11, 18), date(2026, 11, 19))], 2, False),  # Wed-Thu
        ([(date(2026, 11, 18), date(2026, 11, 20))], 3, True),  # Wed-Fri
        ([(date(2026, 11, 19), date(2026, 11, 22))], 2, False),  # weekend days do not count
        ([(date(2026, 11, 9), date(2026, 11, 18))], 3, True),  # from last week to Wednesday
        ([(date(2026, 11, 1), date(2026, 11, 30))], 5, True),
        (
            [(date(2026, 11, 16), date(2026, 11, 17)), (date(2026, 11, 17), date(2026, 11, 17))],
            2,
            False,
        ),
        (
            [(date(2026, 11, 16), date(2026, 11, 17)), (date(2026, 11, 20), date(2026, 11, 20))],
            3,
            True,
        ),
        ([(date(2026, 11, 20), date(2026, 11, 16))], 0, False),  # start after end: empty
        ([(date(2026, 11, 21), date(2026, 11, 29))], 0, False),  # weekend + next week
    ],
)
def test_is_away_week(away: list[tuple[date, date]], days: int, expected: bool) -> None:
    assert away_working_days(W47, away) == days
    assert is_away_week(W47, away) is expected
    assert is_away_week(W47, iter(away)) is expected  # a generator is read once


@pytest.mark.parametrize(
    ("goal", "present", "expected"),
    [
        (D(10), 5, D("10.0")),
        (D(10), 4, D("8.0")),
        (D(10), 3, D("6.0")),
        (D(7), 3, D("4.2")),
        (D(9), 1, D("1.8")),
        (D("9.62"), 5, D("9.6")),
        (D(10), 7, D("10.0")),  # more days than the week has: full goal
        (D(10), 0, None),  # away all week: no goal
        (D(10), -1, None),
        (None, 3, None),
    ],
)
def test_scale_for_away(goal: Decimal | None, present: int, expected: Decimal | None) -> None:
    assert scale_for_away(goal, present) == expected


def test_scale_for_away_rounds_half_up() -> None:
    assert scale_for_away(D(5), 1, working_days=4) == D("1.3")  # 1.25
    assert scale_for_away(D(10), 2) == D("4.0")
    assert str(scale_for_away(D(10), 2)) == "4.0"


# --------------------------------------------------------------------------- baseline


def weeks_before(week: Week, *meetings: int) -> dict[Week, Counts]:
    """History with `meetings[0]` in the week before `week`, `meetings[1]` before that, ..."""
    return {week.shift(-i): Counts(meetings=m) for i, m in enumerate(meetings, start=1)}


def test_baseline_averages_four_previous_weeks() -> None:
    history = weeks_before(W47, 8, 6, 10, 4, 100)  # W46..W42
    history[W47] = Counts(meetings=50)  # the current week itself
    result = baseline(history, W47, away_weeks=set())
    assert result is not None
    assert result.weeks == (Week(2026, 46), Week(2026, 45), Week(2026, 44), Week(2026, 43))
    assert result.average["meetings"] == D(7)  # (8 + 6 + 10 + 4) / 4, not the 50 of W47
    assert result.average["activities"] == D(7)
    assert result.average["calls"] == D(0)
    assert set(result.average) == set(BASELINE_KPIS)


def test_baseline_never_includes_current_week() -> None:
    history = {W47: Counts(meetings=50), W47.shift(-1): Counts(meetings=2)}
    result = baseline(history, W47, away_weeks=set(), first_week=W47.shift(-2))
    assert result is not None
    assert W47 not in result.weeks
    assert result.average["meetings"] == D(1)  # (2 + 0) / 2
    # Only the current week exists: nothing to compare with.
    assert baseline({W47: Counts(meetings=5)}, W47, set(), first_week=W47) is None


def test_baseline_skips_away_weeks() -> None:
    history = weeks_before(W47, 8, 0, 10, 4, 100)
    result = baseline(history, W47, away_weeks={Week(2026, 45)})
    assert result is not None
    assert result.weeks == (Week(2026, 46), Week(2026, 44), Week(2026, 43), Week(2026, 42))
    assert result.average["meetings"] == D("30.5")  # (8 + 10 + 4 + 100) / 4


def test_baseline_missing_weeks_count_as_zero() -> None:
    history = {Week(2026, 46): Counts(meetings=8), Week(2026, 44): Counts(meetings=4)}
    result = baseline(history, W47, away_weeks=set())
    assert result is not None
    assert result.weeks == (Week(2026, 46), Week(2026, 45), Week(2026, 44), Week(2026, 43))
    assert result.average["meetings"] == D(3)  # (8 + 0 + 4 + 0) / 4


def test_baseline_not_before_first_week() -> None:
    history = {Week(2026, 46): Counts(meetings=8)}
    result = baseline(history, W47, away_weeks=set(), first_week=Week(2026, 45))
    assert result is not None
    assert result.weeks == (Week(2026, 46), Week(2026, 45))
    assert result.average["meetings"] == D(4)  # (8 + 0) / 2, not diluted by W44 and W43
    # One usable week is not a baseline.
    assert baseline(history, W47, away_weeks=set(), first_week=Week(2026, 46)) is None
    # A seller who starts this week (or later) has none.
    assert baseline(history, W47, away_weeks=set(), first_week=W47) is None


def test_baseline_fewer_than_two_usable_weeks() -> None:
    history = weeks_before(W47, *range(1, 13))
    away = {W47.shift(-i) for i in range(1, 12)}  # away 11 of the last 12 weeks
    assert baseline(history, W47, away) is None
    away.discard(W47.shift(-5))
    result = baseline(history, W47, away)
    assert result is not None
    assert result.weeks == (W47.shift(-5), W47.shift(-12))
    assert result.average["meetings"] == D("8.5")  # (5 + 12) / 2
    # The lookback limits how far it goes.
    assert baseline(history, W47, away, lookback=11) is None
    assert baseline({}, W47, {W47.shift(-1), W47.shift(-2)}, lookback=3) is None


def test_baseline_uncommon_divisor_is_unrounded_mean() -> None:
    history = weeks_before(W47, 1, 1, 2)
    result = baseline(history, W47, set(), first_week=W47.shift(-3))
    assert result is not None
    assert len(result.weeks) == 3
    assert result.average["meetings"] == D(4) / D(3)


def test_baseline_across_year_boundary() -> None:
    week = Week(2027, 2)
    history = {
        Week(2027, 1): Counts(calls=4),
        Week(2026, 53): Counts(calls=8),
        Week(2026, 52): Counts(calls=0),
        Week(2026, 51): Counts(calls=12),
    }
    result = baseline(history, week, away_weeks={Week(2026, 52)})
    assert result is not None
    assert result.weeks == (Week(2027, 1), Week(2026, 53), Week(2026, 51), Week(2026, 50))
    assert result.average["calls"] == D(6)  # (4 + 8 + 12 + 0) / 4


def test_baseline_money_and_wins() -> None:
    history = {
        Week(2026, 46): Counts(offers=2, wins=1, offer_value=D("300000"), win_value=D("120000")),
        Week(2026, 45): Counts(offers=1, offer_value=D("100000.50")),
    }
    result = baseline(history, W47, set(), first_week=Week(2026, 45))
    assert result is not None
    assert result.average["offer_value"] == D("200000.25")
    assert result.average["win_value"] == D("60000")
    assert result.average["wins"] == D("0.5")
    assert result.average["offers"] == D("1.5")
    assert result.average["activities"] == D(2)  # (3 + 1) / 2


def test_baseline_best_is_over_all_history() -> None:
    history = weeks_before(W47, 8, 6, 10, 4, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 25)
    history[Week(2026, 46)] = Counts(meetings=8, calls=30, win_value=D("500000"))
    result = baseline(history, W47, away_weeks={Week(2026, 44)})
    assert result is not None
    assert result.best["meetings"] == D(25)  # 20 weeks back: outside the lookback
    assert result.best["calls"] == D(30)
    assert result.best["activities"] == D(38)
    assert result.best["win_value"] == D("500000")
    assert result.best["offers"] == D(0)
    assert set(result.best) == set(BASELINE_KPIS)
    # The current week counts too when the caller passes it (equal to best = personal best).
    history[W47] = Counts(meetings=40)
    with_current = baseline(history, W47, away_weeks=set())
    assert with_current is not None and with_current.best["meetings"] == D(40)


def test_baseline_rejects_n_below_two() -> None:
    with pytest.raises(ValueError):
        baseline({}, W47, set(), n=1)


def test_baseline_n_and_lookback() -> None:
    history = weeks_before(W47, 2, 4, 6, 8)
    result = baseline(history, W47, set(), n=2)
    assert result is not None
    assert result.weeks == (Week(2026, 46), Week(2026, 45))
    assert result.average["meetings"] == D(3)
    result = baseline(history, W47, set(), lookback=3)
    assert result is not None
    assert result.average["meetings"] == D(4)  # (2 + 4 + 6) / 3


# --------------------------------------------------------------------------- trend


@pytest.mark.parametrize(
    ("current", "base", "expected"),
    [
        (2, D(1), "up"),  # +1 meets abs_min and +100 % is over 20 %
        (11, D(10), "flat"),  # +1 is only 10 %
        (12, D(10), "flat"),  # +2 is exactly 20 %: not *more than* 20 %
        (13, D(10), "up"),
        (8, D(2), "up"),
        (5, D(10), "down"),
        (8, D(10), "flat"),
        (7, D(10), "down"),
        (0, D(1), "down"),
        (1, D(0), "up"),  # first activity after a zero baseline
        (0, D(0), "flat"),
        (D("1.5"), D(1), "flat"),  # +50 % but less than one whole meeting
        (D("0.5"), D("1.5"), "down"),
        (6, D(5), "flat"),  # +1 equals 20 % of 5: needs more
        (D("7.25"), D("6"), "up"),
        (3, None, None),
    ],
)
def test_trend(current: Decimal | int, base: Decimal | None, expected: str | None) -> None:
    assert trend(current, base) == expected


def test_trend_custom_thresholds() -> None:
    assert trend(D(150000), D(100000), abs_min=D(100000)) == "flat"
    assert trend(D(250000), D(100000), abs_min=D(100000)) == "up"
    assert trend(11, D(10), rel=D("0.05")) == "up"
    assert TREND_ARROWS == {"up": "↗", "down": "↘", "flat": "→"}


def test_present_share_is_the_part_of_a_usual_week_the_seller_was_there_for() -> None:
    from bot.services.kpis import present_share

    w46 = Week(2026, 46)  # Mon 9 – Sun 15 Nov 2026
    wed_to_fri = [(date(2026, 11, 11), date(2026, 11, 13))]
    after = date(2026, 11, 26)
    assert present_share(w46, after, []) == 1
    assert present_share(w46, after, wed_to_fri) == D("0.4")  # Mon, Tue
    # The week under way: the days passed, less the days away among them (not those to come).
    assert present_share(w46, date(2026, 11, 12), wed_to_fri) == D("0.4")  # Thu: Mon, Tue
    assert present_share(w46, date(2026, 11, 10), wed_to_fri) == D("0.4")  # Tue
    assert present_share(w46, date(2026, 11, 9), []) == D("0.2")
    assert present_share(w46, date(2026, 11, 14), []) == 1  # Saturday: the whole week
    # A seller away all week: nothing to compare, never "below average".
    assert present_share(w46, after, [(date(2026, 11, 6), date(2026, 11, 20))]) == 0
    # No meeting in those two days against a usual 1 a week: 0 vs 0.4, steady (not 0 vs 1).
    assert trend(0, D(1) * present_share(w46, after, wed_to_fri)) == "flat"
    assert trend(0, D(1)) == "down"


# --------------------------------------------------------------------------- closing rate


@pytest.mark.parametrize(
    ("wins", "losses", "kwargs", "expected"),
    [
        (3, 1, {}, None),  # 4 closed: too few
        (3, 2, {}, D(60)),
        (5, 0, {}, D(100)),
        (0, 5, {}, D(0)),
        (5, 3, {}, D(63)),  # 62.5 rounds half up
        (2, 1, {"minimum_closed": 3}, D(67)),
        (1, 0, {"minimum_closed": 1}, D(100)),
        (0, 0, {}, None),
        (0, 0, {"minimum_closed": 0}, None),  # nothing closed: no rate
    ],
)
def test_closing_rate(
    wins: int, losses: int, kwargs: dict[str, int], expected: Decimal | None
) -> None:
    assert closing_rate(wins, losses, **kwargs) == expected


def test_closing_rate_is_whole_percent() -> None:
    assert str(closing_rate(3, 2)) == "60"
    assert str(closing_rate(2, 4)) == "33"


# --------------------------------------------------------------------------- bars


@pytest.mark.parametrize(
    ("value", "goal", "expected"),
    [
        (5, 10, "▰▰▰▰▰▱▱▱▱▱"),
        (0, 10, "▱▱▱▱▱▱▱▱▱▱"),
        (10, 10, "▰▰▰▰▰▰▰▰▰▰"),
        (15, 10, "▰▰▰▰▰▰▰▰▰▰"),  # over the goal: full, never longer
        (D("9.9"), 10, "▰▰▰▰▰▰▰▰▰▱"),  # not full until the goal is reached
        (1, 3, "▰▰▰▱▱▱▱▱▱▱"),
        (2, 3, "▰▰▰▰▰▰▱▱▱▱"),
        (D("6.0"), D("6.0"), "▰▰▰▰▰▰▰▰▰▰"),
        (-1, 10, "▱▱▱▱▱▱▱▱▱▱"),
        (5, 0, ""),
        (5, -3, ""),
        (5, None, ""),
    ],
)
def test_progress_bar(value: Decimal | int, goal: Decimal | int | None, expected: str) -> None:
    assert progress_bar(value, goal) == expected


def test_progress_bar_width() -> None:
    assert progress_bar(3, 6, width=4) == "▰▰▱▱"
    assert progress_bar(1, 3, width=1) == "▱"
    assert progress_bar(3, 3, width=1) == "▰"
    assert progress_bar(3, 3, width=0) == ""


@pytest.mark.parametrize(
    ("value", "goal", "expected"),
    [
        (5, 10, 50),
        (0, 10, 0),
        (10, 10, 100),
        (15, 10, 150),  # not capped
        (1, 3, 33),
        (2, 3, 67),
        (1, 8, 13),  # 12.5 rounds half up
        (D("250000"), D("1000000"), 25),
        (5, 0, None),
        (5, -1, None),
        (5, None, None),
    ],
)
def test_percent_of(value: Decimal | int, goal: Decimal | int | None, expected: int | None) -> None:
    assert percent_of(value, goal) == expected


# --------------------------------------------------------------------------- goals


def test_default_goals() -> None:
    assert DEFAULT_GOALS == (
        Goal("meetings", "week", D(10)),
        Goal("closing_rate", "quarter", D(75)),
    )
    assert resolve_goal("meetings", "week", [], []) == D(10)
    assert resolve_goal("meetings", "quarter", [], []) == D(130)
    assert resolve_goal("meetings", "year", [], []) == D(520)
    assert resolve_goal("closing_rate", "quarter", [], []) == D(75)
    assert resolve_goal("calls", "week", [], []) is None
    assert resolve_goal("revenue", "year", [], []) is None


def test_resolve_goal_precedence() -> None:
    team = [Goal("meetings", "week", D(12)), Goal("calls", "week", D(20))]
    seller = [Goal("meetings", "week", D(8))]
    assert resolve_goal("meetings", "week", seller, team) == D(8)  # seller override
    assert resolve_goal("meetings", "week", [], team) == D(12)  # team default over built-in
    assert resolve_goal("calls", "week", seller, team) == D(20)
    assert resolve_goal("offers", "week", seller, team) is None
    assert resolve_goal("closing_rate", "quarter", seller, team) == D(75)  # built-in default
    team_rate = [Goal("closing_rate", "quarter", D(60))]
    assert resolve_goal("closing_rate", "quarter", [], team_rate) == D(60)


def test_resolve_goal_period_conversion() -> None:
    team = [Goal("revenue", "year", D(10_000_000))]
    assert resolve_goal("revenue", "year", [], team) == D(10_000_000)
    assert resolve_goal("revenue", "quarter", [], team) == D(2_500_000)
    assert resolve_goal("revenue", "week", [], team) == D("192307.69")  # / 52, 2 decimals
    quarter = [Goal("new_customers", "quarter", D(13))]
    assert resolve_goal("new_customers", "week", quarter, []) == D(1)
    assert resolve_goal("new_customers", "year", quarter, []) == D(52)
    weekly = [Goal("offers", "week", D(3))]
    assert resolve_goal("offers", "quarter", weekly, []) == D(39)
    assert resolve_goal("offers", "year", weekly, []) == D(156)


def test_resolve_goal_seller_source_wins_even_when_converted() -> None:
    team = [Goal("revenue", "year", D(10_000_000))]
    seller = [Goal("revenue", "quarter", D(3_000_000))]
    assert resolve_goal("revenue", "year", seller, team) == D(12_000_000)


def test_resolve_goal_prefers_same_then_nearest_period() -> None:
    seller = [Goal("revenue", "year", D(12_000_000)), Goal("revenue", "quarter", D(2_000_000))]
    assert resolve_goal("revenue", "quarter", seller, []) == D(2_000_000)
    assert resolve_goal("revenue", "year", seller, []) == D(12_000_000)
    assert resolve_goal("revenue", "week", seller, []) == D("153846.15")  # from the quarter
    # Equally near (week and year around a quarter): the longer period decides.
    tie = [Goal("meetings", "week", D(10)), Goal("meetings", "year", D(400))]
    assert resolve_goal("meetings", "quarter", tie, []) == D(100)
    # A later duplicate replaces an earlier one.
    dup = [Goal("calls", "week", D(10)), Goal("calls", "week", D(15))]
    assert resolve_goal("calls", "week", dup, []) == D(15)


def test_resolve_goal_never_scales_rates_or_levels() -> None:
    assert resolve_goal("closing_rate", "week", [], []) == D(75)
    assert resolve_goal("closing_rate", "year", [], []) == D(75)
    seller = [Goal("closing_rate", "year", D(80))]
    assert resolve_goal("closing_rate", "week", seller, []) == D(80)
    assert resolve_goal("closing_rate", "quarter", seller, []) == D(80)
    # The pipeline is a level (what is open now), so NOK 2.5 mill holds every week.
    pipeline = [Goal("pipeline", "year", D(2_500_000))]
    assert resolve_goal("pipeline", "week", [], pipeline) == D(2_500_000)


def test_convert_goal() -> None:
    assert convert_goal("meetings", D(10), "week", "week") == D(10)
    assert convert_goal("meetings", D(500), "year", "week") == D("9.62")
    assert convert_goal("closing_rate", D(75), "quarter", "year") == D(75)
    with pytest.raises(ValueError):
        convert_goal("meetings", D(10), "month", "week")


def test_goal_validation() -> None:
    with pytest.raises(ValueError):
        Goal("meetings", "month", D(10))  # type: ignore[arg-type]
    assert Goal("meetings", "week", 10).target == D(10)  # type: ignore[arg-type]
    assert isinstance(Goal("meetings", "week", 10).target, Decimal)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        resolve_goal("meetings", "day", [], [])


def test_away_week_goal_end_to_end() -> None:
    away = [(date(2026, 11, 16), date(2026, 11, 17))]  # Monday and Tuesday off
    goal = resolve_goal("meetings", "week", [], [])
    present = 5 - away_working_days(W47, away)
    assert scale_for_away(goal, present) == D("6.0")
    assert progress_bar(6, scale_for_away(goal, present)) == "▰" * 10


# --------------------------------------------------------------------------- portfolio

RT = D(200_000)  # revenue threshold
MT = D(20)  # margin threshold, %


@pytest.mark.parametrize(
    ("revenue", "margin", "expected"),
    [
        (D(500_000), D(30), "key"),
        (D(200_000), D(20), "key"),  # on both thresholds: large and profitable
        (D(500_000), D(10), "star"),
        (D(500_000), D("19.9"), "star"),
        (D(100_000), D(30), "question_mark"),
        (D(100_000), D(10), "phase_out_or_new"),
        (D(100_000), D(-5), "phase_out_or_new"),
        (D(0), None, None),  # no margin logged: not called unprofitable
        (D(0), D(50), "phase_out_or_new"),
        (D(500_000), None, None),  # margin unknown
        (D(1), None, None),
    ],
)
def test_portfolio_quadrant(revenue: Decimal, margin: Decimal | None, expected: str | None) -> None:
    assert (
        portfolio_quadrant(revenue, margin, revenue_threshold=RT, margin_threshold=MT) == expected
    )


def test_portfolio_thresholds() -> None:
    revenues = [D(0), D(100_000), D(300_000), D(200_000), D(0)]
    margins = [D(10), D(30), D(25), D(15)]
    assert portfolio_thresholds(revenues, margins) == (D(200_000), D(20))  # (15 + 25) / 2
    assert portfolio_thresholds([D(100), D(300)], [D("22.5")]) == (D(200), D("22.5"))
    assert portfolio_thresholds([D(100)], [None, D(30), None]) == (D(100), D(30))


def test_portfolio_thresholds_defaults() -> None:
    assert portfolio_thresholds([], []) == (D(0), D(20))
    assert portfolio_thresholds([D(0), D(0)], [None]) == (D(0), D(20))
    # With the defaults every customer with revenue counts as large.
    rt, mt = portfolio_thresholds([], [])
    assert portfolio_quadrant(D(1), D(25), revenue_threshold=rt, margin_threshold=mt) == "key"
