"""Working backwards from a revenue goal through a seller's own funnel (pure)."""

from __future__ import annotations

from decimal import Decimal as D

from bot.services import funnel
from bot.services.funnel import FunnelCounts


def test_own_funnel_with_enough_history() -> None:
    own = FunnelCounts(meetings=40, calls=12, offers=20, wins=8, losses=12, won_value=D(2_480_000))
    f = funnel.funnel(own, own)
    assert not f.blended
    assert (f.activities_per_offer, f.closing_rate, f.average_deal) == (
        D("2.6"),
        D("0.4"),
        D(310_000),
    )


def test_thin_data_is_blended_with_the_team_and_says_so() -> None:
    own = FunnelCounts(meetings=4, offers=2, wins=2, won_value=D(200_000))  # 2 closed: 100 %
    team = FunnelCounts(meetings=60, offers=20, wins=5, losses=15, won_value=D(1_000_000))
    f = funnel.funnel(own, team)
    assert f.blended and f.closed == 2
    # 40 % own (2 of 5 closed: 100 %), 60 % the team's (25 %): 0.4 + 0.15.
    assert f.closing_rate == D("0.55")
    # Average deal: 0.4 × 100 k + 0.6 × 200 k.
    assert f.average_deal == D(160_000)


def test_the_plan_works_backwards_into_meetings_a_week() -> None:
    own = FunnelCounts(meetings=52, calls=0, offers=20, wins=8, losses=12, won_value=D(2_480_000))
    f = funnel.funnel(own, own)
    p = funnel.plan(
        f,
        goal=D(10_000_000),
        won=D(7_000_000),
        pipeline=D(1_500_000),
        weeks_left=D(6),
        meeting_goal=D(10),
    )
    # Missing: 10 M − 7 M − 1.5 M × 40 % = 2.4 M → 2.4 M / 310 k = 7.7 → 8 wins → 20 offers.
    assert (p.missing, p.wins_needed, p.offers_needed) == (D(2_400_000), 8, 20)
    assert p.offers_per_week == D("3.3") and p.meetings_per_week == D("8.7")
    assert p.state == "ahead"  # a goal of 10 meetings is more than 8.7
    assert funnel.suggested_goals(p) == {"meetings": 9, "offers": 4}


def test_fewer_weeks_left_for_days_away_ask_more_a_week() -> None:
    own = FunnelCounts(meetings=52, offers=20, wins=8, losses=12, won_value=D(2_480_000))
    f = funnel.funnel(own, own)
    kwargs = dict(goal=D(10_000_000), won=D(7_000_000), pipeline=D(0), meeting_goal=None)
    full = funnel.plan(f, weeks_left=D(6), **kwargs)  # type: ignore[arg-type]
    away = funnel.plan(f, weeks_left=D(4), **kwargs)  # type: ignore[arg-type]
    assert away.offers_per_week > full.offers_per_week  # type: ignore[operator]
    assert full.state == "behind"


def test_a_goal_already_reached_and_one_impossible_in_the_time_left() -> None:
    own = FunnelCounts(meetings=52, offers=20, wins=8, losses=12, won_value=D(2_480_000))
    f = funnel.funnel(own, own)
    done = funnel.plan(
        f, goal=D(1_000_000), won=D(1_200_000), pipeline=D(0), weeks_left=D(3), meeting_goal=None
    )
    assert done.state == "reached" and funnel.suggested_goals(done) == {}
    late = funnel.plan(
        f, goal=D(5_000_000), won=D(0), pipeline=D(0), weeks_left=D(0), meeting_goal=None
    )
    assert late.state == "no_time" and late.offers_needed == 43  # 17 wins / 0.4


def test_the_pipeline_can_cover_the_rest() -> None:
    own = FunnelCounts(meetings=52, offers=20, wins=8, losses=12, won_value=D(2_480_000))
    p = funnel.plan(
        funnel.funnel(own, own),
        goal=D(1_000_000),
        won=D(600_000),
        pipeline=D(1_000_000),
        weeks_left=D(5),
        meeting_goal=None,
    )
    assert p.state == "on_track" and p.missing == 0


def test_open_offers_bring_nothing_into_a_period_that_has_ended() -> None:
    """The week 53 digest plans 2026-Q4 from Sunday 3 January: the quarter is over, what is open
    can only be won in 2027 (found by tests/slack/test_year_end_ledger.py)."""
    own = FunnelCounts(meetings=52, offers=20, wins=8, losses=12, won_value=D(2_480_000))
    p = funnel.plan(
        funnel.funnel(own, own),
        goal=D(1_000_000),
        won=D(600_000),
        pipeline=D(1_000_000),
        weeks_left=D(0),
        meeting_goal=None,
        period_over=True,
    )
    assert p.expected_from_pipeline == 0 and p.missing == 400_000 and p.state == "no_time"


def test_no_history_means_no_numbers_guessed() -> None:
    f = funnel.funnel(FunnelCounts(), FunnelCounts())
    p = funnel.plan(
        f, goal=D(1_000_000), won=D(0), pipeline=D(0), weeks_left=D(5), meeting_goal=None
    )
    assert p.state == "no_history" and p.offers_per_week is None


def test_a_goal_scaled_for_days_away_is_planned_in_whole_kroner() -> None:
    own = FunnelCounts(meetings=52, calls=0, offers=20, wins=8, losses=12, won_value=D(2_480_000))
    p = funnel.plan(
        funnel.funnel(own, own),
        goal=D("1109090.91"),  # 1.2 M for a quarter less four days away
        won=D(0),
        pipeline=D(0),
        weeks_left=D(6),
        meeting_goal=None,
    )
    assert p.goal == D(1_109_091) and p.missing == D(1_109_091)
