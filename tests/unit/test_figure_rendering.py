"""How figures are written: own averages rounded the way people round (half up), and a money
goal's value with the amounts that have no rate beside it. Pure."""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace

from bot.rendering.status import activity_lines, result_goal_lines
from bot.services.kpis import Counts
from bot.services.reports import GoalProgress


def _status(average: dict[str, Decimal]) -> SimpleNamespace:
    return SimpleNamespace(
        week=Counts(),
        goals={},
        baseline=SimpleNamespace(average=average),
        trends={},
        compared_days=5,  # a week that has ended
    )


def test_an_own_average_of_a_quarter_is_rounded_half_up() -> None:
    average = {
        "meetings": Decimal("0.25"),
        "calls": Decimal("2.25"),
        "offers": Decimal("0.75"),
        "activities": Decimal(1) / 3,
    }
    # the report's currency: a seller's Offers line says her offers' value (mendB32)
    report = SimpleNamespace(currency="NOK")
    lines = activity_lines(_status(average), report, "en")  # type: ignore[arg-type]
    assert [line["base"] for line in lines] == ["0.3", "2.3", "0.8", "0.3"]


def test_a_money_goal_shows_what_has_no_rate_beside_its_sum() -> None:
    dkk = (("DKK", Decimal(40_000)),)
    won = GoalProgress("revenue", Decimal(150_000), Decimal(1_200_000), Decimal("745454.55"), dkk)
    [line] = result_goal_lines([won], "en", "NOK")
    assert (
        line["value"]
        == "NOK 150,000 + DKK 40,000 not converted, as no rate is set in /kpi settings"
    )
    assert line["goal"] == "NOK 1,200,000" and line["expected"] == "NOK 745,455"
    only = GoalProgress("revenue", Decimal(0), Decimal(1_000), None, dkk)
    assert result_goal_lines([only], "en", "NOK")[0]["value"].startswith("DKK 40,000 not conv")
    counted = GoalProgress("wins", Decimal(3), Decimal(5), Decimal(2))
    assert result_goal_lines([counted], "en", "NOK")[0]["value"] == "3"
