"""The customer portfolio's groups and thresholds (bot/services/status.build_portfolio)."""

from __future__ import annotations

from decimal import Decimal as D

from bot.services.money import Rates
from bot.services.status import build_portfolio
from storage.aggregates import PortfolioRow

RATES = Rates("NOK", {"EUR": D("11.5")})


def _row(
    cid: int, name: str, currency: str | None, revenue: int, margin: int | None = None
) -> PortfolioRow:
    weight = D(revenue * margin) if margin is not None else D(0)
    base = D(revenue) if margin is not None else D(0)
    return PortfolioRow(cid, name, None, currency, D(revenue), weight, base)


def test_a_customer_won_only_in_a_currency_without_a_rate_is_not_placed_and_not_zero() -> None:
    got = build_portfolio(
        [
            _row(1, "Orkla", "NOK", 400_000, 30),
            _row(2, "Aker", "EUR", 8_000, 35),  # NOK 92,000
            _row(3, "Maersk", "DKK", 10_000, 40),  # no DKK rate: its margin is known, its size not
            _row(3, "Maersk", "DKK", 40_000),
        ],
        RATES,
    )
    names = {k: [c.name for c in v] for k, v in got.groups.items()}
    # Orkla: large (400,000 ≥ 246,000), margin 30 below 32.5: a star; Aker the other way round.
    assert names == {"star": ["Orkla"], "question_mark": ["Aker"], "not_converted": ["Maersk"]}
    maersk = got.groups["not_converted"][0]
    assert maersk.revenue == 0 and maersk.foreign == (("DKK", D(50_000)),)
    # The medians of what can be said in NOK: revenues 400,000 and 92,000; margins 30 and 35.
    assert (got.revenue_threshold, got.margin_threshold) == (D(246_000), D("32.5"))
    assert not got.revenue_is_default and not got.margin_is_default


def test_without_any_revenue_in_the_teams_currency_no_size_threshold_is_claimed() -> None:
    got = build_portfolio(
        [
            _row(1, "Volvo", "SEK", 1_000_000),
            PortfolioRow(2, "Ukjent", "A", None, D(0), D(0), D(0)),
        ],
        RATES,
    )
    assert got.revenue_is_default and got.margin_is_default
    assert {k: [c.name for c in v] for k, v in got.groups.items()} == {
        "not_converted": ["Volvo"],
        "margin_unknown": ["Ukjent"],
    }
