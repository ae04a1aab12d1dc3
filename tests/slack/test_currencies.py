"""Sums are in the team's currency: other currencies are converted at the team's dated rates, and
without a rate shown beside the sum, never as zero. Through signed requests; the clock stands at
Friday 2026-11-20 10:00 in Oslo."""

from __future__ import annotations

import pytest

from tests.helpers import command_replies, set_up_team

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"  # Kari is a workspace admin
CHANNEL = "C0SALES"


def _settings(slack, **fields: str) -> None:  # type: ignore[no-untyped-def]
    view = slack.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
    values = {
        "language": {"value": {"type": "static_select", "selected_option": {"value": "en"}}},
        "currency": {"value": {"type": "static_select", "selected_option": {"value": "NOK"}}},
        "digest_time": {"value": {"type": "timepicker", "selected_time": "08:00"}},
        **{
            block: {"value": {"type": "plain_text_input", "value": value}}
            for block, value in fields.items()
        },
    }
    result = slack.driver.submit_view(KARI, view, values)
    assert result.status == 200
    return result


def _team(slack) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locales={KARI: "en-GB", LARS: "sv-SE"}, idle=True, reset=False)
    _settings(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_win_in_another_currency_is_never_summed_as_zero(slack) -> None:  # type: ignore[no-untyped-def]
    _team(slack)
    command_replies(slack, LARS, "/logoffer", "Volvo 2,5 MSEK")
    command_replies(slack, LARS, "/logwin", "Volvo")
    command_replies(slack, KARI, "/logwin", "Equinor 400k")
    mine = command_replies(slack, LARS, "/kpi", "")
    # His SEK in a NOK team: its code, "kr" is the team's krone (was "2 500 000 kr", mendF31).
    assert "Vunna affärer: 1 (2\u00a0500\u00a0000 SEK inte omräknat" in mine, mine
    assert "0 Nkr" not in mine and "Nkr" not in mine
    team = command_replies(slack, KARI, "/teamstatus", "")
    assert "NOK 400,000 + SEK 2,500,000 not converted" in team


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_teams_rates_convert_foreign_amounts(slack) -> None:  # type: ignore[no-untyped-def]
    _team(slack)
    command_replies(slack, LARS, "/logwin", "Volvo 2,5 MSEK")
    command_replies(slack, KARI, "/logwin", "Equinor 400k")
    _settings(slack, currency_rates="SEK 0,97\nEUR 11.6")
    team = command_replies(slack, KARI, "/teamstatus", "")
    assert "Wins: 2 (NOK 2,825,000)" in team  # 400 000 + 2 500 000 × 0.97
    assert "not converted" not in team
    view = slack.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
    [rates] = [b for b in view["blocks"] if b.get("block_id") == "currency_rates"]
    assert rates["element"]["initial_value"] == "EUR 11.6\nSEK 0.97"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_unreadable_rate_is_refused_next_to_its_field(slack) -> None:  # type: ignore[no-untyped-def]
    _team(slack)
    result = _settings(slack, currency_rates="sek is about one")
    assert "currency_rates" in result.json()["errors"]
    assert "SEK 0,97" in result.json()["errors"]["currency_rates"]


def test_a_past_week_keeps_the_rate_it_had(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team(slack)
    command_replies(slack, LARS, "/logwin", "Volvo 1 MSEK")
    _settings(slack, currency_rates="SEK 0,90")
    clock.advance(days=7)
    _settings(slack, currency_rates="SEK 1,10")
    last_week = command_replies(slack, KARI, "/teamstatus", "2026-W47")
    assert "NOK 900,000" in last_week
