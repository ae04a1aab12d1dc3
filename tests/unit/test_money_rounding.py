"""Whole amounts of money are rounded the way people round: half up. Pure."""

from __future__ import annotations

from decimal import Decimal

from bot.rendering.status import result_goal_lines
from bot.services.reports import GoalProgress


def test_a_money_goal_rounds_its_whole_amounts_half_up() -> None:
    # A win of NOK 12,500.50: the revenue reads 12,501 (not 12,500, banker's rounding).
    won = GoalProgress("revenue", Decimal("12500.50"), Decimal("1200000"), Decimal("2.50"))
    [line] = result_goal_lines([won], "nb", "NOK")
    assert line["value"] == "kr 12\u00a0501" and line["expected"] == "kr 3", line
