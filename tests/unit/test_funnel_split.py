"""The funnel split into new and existing customers, each segment blended with the team's same
segment when thin, the trend of each ratio against the window before, and a goal for revenue
from new customers worked backwards (pure, literal data)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from bot.services import funnel, planning
from bot.services.funnel import FunnelCounts, SplitCounts
from bot.services.kpi_args import parse_goal
from bot.services.money import Rates
from storage.aggregates import KindTotals


def test_new_and_existing_customers_are_measured_apart() -> None:
    # New customers: 30 meetings, 6 calls, 12 offers, 3 won (NOK 900 k), 9 lost.
    # Existing customers: 10 meetings, 10 offers, 7 won (NOK 1.4 M), 3 lost.
    own = SplitCounts(
        new=FunnelCounts(meetings=30, calls=6, offers=12, wins=3, losses=9, won_value=D(900_000)),
        existing=FunnelCounts(meetings=10, offers=10, wins=7, losses=3, won_value=D(1_400_000)),
    )
    f = funnel.split_funnel(own, own)
    assert not f.new.blended and not f.existing.blended
    assert (f.new.activities_per_offer, f.new.closing_rate, f.new.average_deal) == (
        D(3),
        D("0.25"),
        D(300_000),
    )
    assert (f.existing.activities_per_offer, f.existing.closing_rate) == (D(1), D("0.7"))
    assert f.existing.average_deal == D(200_000)
    # The whole funnel is the sum of the two: 10 wins of 22 closed.
    assert own.total == FunnelCounts(40, 6, 22, 10, 12, D(2_300_000))
    assert funnel.funnel(own.total, own.total).closing_rate == D(10) / D(22)


def test_thin_data_is_blended_per_segment_and_said() -> None:
    # Plenty closed with existing customers (10), but only 2 with new ones (1 won, 1 lost).
    own = SplitCounts(
        new=FunnelCounts(meetings=8, offers=2, wins=1, losses=1, won_value=D(100_000)),
        existing=FunnelCounts(meetings=10, offers=10, wins=8, losses=2, won_value=D(800_000)),
    )
    team = SplitCounts(
        new=FunnelCounts(meetings=80, offers=20, wins=4, losses=16, won_value=D(1_200_000)),
        existing=FunnelCounts(meetings=40, offers=30, wins=20, losses=10, won_value=D(2_000_000)),
    )
    f = funnel.split_funnel(own, team)
    assert f.new.blended and f.new.closed == 2
    assert not f.existing.blended and f.existing.closing_rate == D("0.8")  # own only
    # New: 40 % own (50 %), 60 % the team's new-customer rate (20 %): 0.2 + 0.12.
    assert f.new.closing_rate == D("0.32")
    # Average first deal: 0.4 × 100 k + 0.6 × 300 k.
    assert f.new.average_deal == D(220_000)
    # Meetings per offer: 0.4 × 4 + 0.6 × 4.
    assert f.new.activities_per_offer == D(4)


def test_nothing_closed_with_new_customers_takes_the_teams_new_customer_rates() -> None:
    own = SplitCounts(existing=FunnelCounts(meetings=9, offers=6, wins=5, losses=1))
    team = SplitCounts(
        new=FunnelCounts(meetings=30, offers=10, wins=2, losses=8, won_value=D(500_000))
    )
    f = funnel.split_funnel(own, team)
    assert f.new.blended and f.new.closed == 0
    assert (f.new.closing_rate, f.new.average_deal) == (D("0.2"), D(250_000))


def test_each_ratio_against_the_window_before() -> None:
    now = FunnelCounts(meetings=52, offers=20, wins=6, losses=10, won_value=D(1_800_000))
    before = FunnelCounts(meetings=40, offers=20, wins=5, losses=11, won_value=D(1_500_000))
    t = funnel.trends(now, before)
    # Closing rate 6/16 = 37.5 % → 38 %, before 5/16 = 31.25 % → 31 %.
    assert (t["closing_rate"].now, t["closing_rate"].before) == (D(38), D(31))
    assert t["closing_rate"].direction == "up"
    assert (t["activities_per_offer"].now, t["activities_per_offer"].before) == (D("2.6"), D(2))
    assert t["activities_per_offer"].direction == "up"
    assert t["average_deal"].direction == "same"  # NOK 300 k both times


def test_a_trend_follows_the_shown_figures_and_needs_both_windows() -> None:
    # 1/3 = 33.3 % and 33/100 = 33 %: shown alike, so no arrow up.
    same = funnel.trends(FunnelCounts(wins=1, losses=2), FunnelCounts(wins=33, losses=67))
    assert same["closing_rate"].direction == "same"
    down = funnel.trends(FunnelCounts(wins=1, losses=3), FunnelCounts(wins=1, losses=1))
    assert down["closing_rate"].direction == "down"
    first = funnel.trends(FunnelCounts(wins=1, losses=1), FunnelCounts())
    assert first["closing_rate"].direction is None and first["closing_rate"].before is None


NEW = FunnelCounts(meetings=36, offers=12, wins=3, losses=9, won_value=D(900_000))


def test_a_new_customer_goal_worked_backwards() -> None:
    f = funnel.funnel(NEW, NEW)  # 25 %, NOK 300 k first deals, 3 meetings per offer
    p = funnel.plan(
        f,
        goal=D(2_000_000),
        won=D(500_000),
        pipeline=D(400_000),  # open offers to customers never won
        weeks_left=D(6),
        meeting_goal=None,
        usual_offers_per_week=D(12) / 26,
    )
    # Missing: 2 M − 500 k − 400 k × 25 % = 1.4 M → 4.67 → 5 new customers → 20 offers.
    assert (p.missing, p.wins_needed, p.offers_needed) == (D(1_400_000), 5, 20)
    assert (p.offers_per_week, p.meetings_per_week) == (D("3.3"), D(10))
    # 3.3 a week against a usual 0.46: seven times the pace, said plainly.
    assert p.out_of_reach and p.pace_multiple == 7


def test_a_new_customer_goal_already_reached() -> None:
    p = funnel.plan(
        funnel.funnel(NEW, NEW),
        goal=D(1_000_000),
        won=D(1_000_000),
        pipeline=D(0),
        weeks_left=D(6),
        meeting_goal=None,
    )
    assert p.state == "reached" and p.offers_per_week is None and funnel.suggested_goals(p) == {}


def test_a_new_customer_goal_impossible_in_the_time_left() -> None:
    f = funnel.funnel(NEW, NEW)
    late = funnel.plan(
        f, goal=D(2_000_000), won=D(0), pipeline=D(0), weeks_left=D(0), meeting_goal=None
    )
    assert late.state == "no_time" and (late.wins_needed, late.offers_needed) == (7, 28)
    # Time left, but at a pace the seller keeps: within reach, nothing flagged.
    steady = funnel.plan(
        f,
        goal=D(600_000),
        won=D(0),
        pipeline=D(0),
        weeks_left=D(8),
        meeting_goal=None,
        usual_offers_per_week=D(1),
    )
    assert steady.offers_per_week == D(1) and not steady.out_of_reach


@pytest.mark.parametrize(
    ("first", "weeks"),
    [
        (None, D(26)),
        (date(2026, 1, 5), D(26)),  # long before the window: the whole window
        (date(2026, 10, 24), D(4)),  # four weeks of logging up to Fri 20 Nov
        (date(2026, 11, 20), D(1)),  # started today: at least a week
    ],
)
def test_the_usual_pace_counts_only_the_weeks_logged(first: date | None, weeks: D) -> None:
    assert planning.logged_weeks(date(2026, 11, 20), first) == weeks


@pytest.mark.parametrize(
    ("text", "kpi", "target", "period"),
    [
        ("new_revenue 2m/year", "new_customer_revenue", D(2_000_000), "year"),
        ("new customer revenue 1,5 mill", "new_customer_revenue", D(1_500_000), "quarter"),
        ("nye kunder 2 mill/år", "new_customer_revenue", D(2_000_000), "year"),
        ("nya kunder 500 000 kr", "new_customer_revenue", D(500_000), "quarter"),
        ("nysalg 800k per kvartal", "new_customer_revenue", D(800_000), "quarter"),
        ("new customers 5", "new_customers", D(5), "quarter"),
        ("nye kunder 12 per år", "new_customers", D(12), "year"),
    ],
)
def test_a_goal_for_new_customers_in_money_is_their_revenue(
    text: str, kpi: str, target: D, period: str
) -> None:
    args = parse_goal(text)
    assert (args.kpi, args.target, args.period) == (kpi, target, period)


def test_wins_that_cannot_be_converted_are_left_out_of_the_average_deal() -> None:
    # Won NOK 100 k, NOK 50 k and DKK 40 k, with no DKK rate; and one win without an amount.
    totals = KindTotals(
        offer=6,
        win=4,
        loss=2,
        win_amount={"NOK": D(150_000), "DKK": D(40_000)},
        win_priced={"NOK": D(2), "DKK": D(1)},
    )
    counts = planning._counts(totals, Rates("NOK", {}))
    assert (counts.wins, counts.won_value, counts.valued_wins) == (4, D(150_000), 2)
    assert (counts.unrated_wins, counts.unrated, counts.unpriced_wins) == (1, ("DKK",), 1)
    f = funnel.funnel(counts, counts)
    # 150 k over the two NOK wins, not over all four (37,500) nor three (50,000).
    assert f.average_deal == D(75_000)
    # Every win still counts toward the closing rate: 4 of 6 closed.
    assert f.closing_rate == D(4) / D(6)
    assert (f.unrated_wins, f.unrated, f.unpriced_wins) == (1, ("DKK",), 1)
    # With a DKK rate (0.6 NOK per DKK) the DKK win is in: 174 k over three wins.
    rated = planning._counts(totals, Rates("NOK", {"DKK": D("0.6")}))
    assert funnel.funnel(rated, rated).average_deal == D(58_000)
    assert (rated.unrated_wins, rated.unpriced_wins) == (0, 1)


def test_the_blended_average_deal_says_the_teams_left_out_wins() -> None:
    own = FunnelCounts(offers=2, wins=1, losses=0, won_value=D(100_000))
    team = own + FunnelCounts(
        offers=4, wins=3, losses=1, won_value=D(200_000), unrated_wins=1, unrated=("DKK",)
    )
    f = funnel.funnel(own, team)
    assert f.blended and (f.unrated_wins, f.unrated) == (1, ("DKK",))
    # Team: 300 k over 3 valued wins = 100 k; own 100 k: 100 k either way.
    assert f.average_deal == D(100_000)


@pytest.mark.parametrize(
    ("first", "away", "weeks"),
    [
        # Away Mon 2 – Fri 13 Nov: two of the four weeks logged up to Fri 20 Nov.
        (date(2026, 10, 24), [(date(2026, 11, 2), date(2026, 11, 13))], D(2)),
        # Three days away (Wed 11 – Fri 13 Nov): 17 working days of 20.
        (date(2026, 10, 24), [(date(2026, 11, 11), date(2026, 11, 13))], D("3.4")),
        # Away before the seller's first entry, or before the window: nothing left out.
        (date(2026, 10, 24), [(date(2026, 10, 5), date(2026, 10, 16))], D(4)),
        (None, [(date(2025, 1, 6), date(2025, 3, 28))], D(26)),
        # Ten weeks away in the window (Mon 1 Jun – Fri 7 Aug): 16 of 26 weeks.
        (None, [(date(2026, 6, 1), date(2026, 8, 7))], D(16)),
        # Away from the first entry until today: still at least a week.
        (date(2026, 11, 2), [(date(2026, 11, 2), date(2026, 11, 20))], D(1)),
    ],
)
def test_the_usual_pace_leaves_out_the_days_away(
    first: date | None, away: list[tuple[date, date]], weeks: D
) -> None:
    assert planning.logged_weeks(date(2026, 11, 20), first, away) == weeks


def test_a_plan_is_judged_against_the_pace_kept_while_present() -> None:
    # 20 offers in the window, and away 16 of its 26 weeks (Mon 1 Jun – Fri 18 Sep): 2 offers a
    # week while present, not 20/26 = 0.77.
    own = FunnelCounts(meetings=40, offers=20, wins=10, losses=10, won_value=D(2_000_000))
    away = [(date(2026, 6, 1), date(2026, 9, 18))]
    present = planning.logged_weeks(date(2026, 11, 20), None, away)
    assert present == D(10)

    def judged(usual: D) -> funnel.Plan:
        return funnel.plan(
            funnel.funnel(own, own),
            goal=D(1_400_000),
            won=D(0),
            pipeline=D(0),
            weeks_left=D(4),
            meeting_goal=None,
            usual_offers_per_week=usual,
        )

    # 1.4 M / 200 k = 7 wins at 50 % = 14 offers, 3.5 a week: under twice the usual 2.
    p = judged(D(own.offers) / present)
    assert p.offers_per_week == D("3.5") and not p.out_of_reach and p.pace_multiple == 1
    # Counted over all 26 weeks, the same seller would be told it is out of reach.
    assert judged(D(own.offers) / 26).out_of_reach
