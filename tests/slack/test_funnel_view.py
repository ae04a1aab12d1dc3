"""/teamstatus funnel: each seller's funnel over 26 weeks, loss reasons folded into groups (raw
texts one click away), the share of meetings ending with a planned next activity, and A-customers
due; managers only. Clock: Friday 2026-11-20."""

from __future__ import annotations

import re

import pytest

from bot.services.coaching import loss_group
from tests.helpers import buttons, text_of
from tests.slack.test_digest import _english, _log, _team

KARI, LARS, ALEX = "U0KARI", "U0LARS", "U0ALEX"
CHANNEL = "C0SALES"


@pytest.mark.parametrize(
    ("reason", "group"),
    [
        ("price too high", "price"),
        ("for dyrt", "price"),
        ("Prisen var för hög", "price"),
        ("valgte konkurrenten", "competitor"),
        ("went with the incumbent", "competitor"),
        ("budsjettet er frosset", "timing"),
        ("utsatt til neste år", "timing"),
        ("Ingen beslutning fra ledelsen", "no_decision"),
        ("manglet integrasjon mot SAP", "fit"),
        ("kunden gikk konkurs", "other"),
        ("", "none"),
    ],
)
def test_loss_reasons_fold_into_groups(reason: str, group: str) -> None:
    assert loss_group(reason) == group


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_funnel_view_for_a_manager(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _log(slack, LARS, "Aker Solutions 2026-11-02 warm next demo 2026-11-30", "/logmeeting")
    _log(slack, LARS, "Bergen Kran 2026-11-03", "/logmeeting")
    for name in ("Aker Solutions", "Bergen Kran"):
        _log(slack, LARS, f"{name} 200k 2026-11-04", "/logoffer")
    _log(slack, LARS, "Aker Solutions 2026-11-10", "/logwin")
    _log(slack, LARS, "Bergen Kran price too high", "/loglost")
    result = slack.driver.command("/teamstatus", "funnel", KARI, CHANNEL)
    reply = result.reply()
    text = text_of(reply)
    lars = text.split("*Lars*")[1]
    assert "Meetings 2 · calls 0 · offers 2 · won 1 · lost 1" in lars
    assert "1 meeting or call per offer" in lars and "closing rate 50 %" in lars
    assert "average deal NOK 200,000" in lars
    assert "50 % of meetings ended with a planned next activity" in lars
    assert "Lost on: price 1" in lars
    # Aker Solutions: first meeting 2 Nov, offer 4 Nov, won 10 Nov.
    assert "a median of 2 days from first meeting to offer, 6 days from offer to win" in lars
    [reasons] = buttons(reply)
    slack.driver.click(KARI, reasons, response_url=result.response_url)
    slack.wait_idle()
    assert "Lars (price): price too high" in text_of(slack.api.responses(result.key)[-1])


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_days_to_offer_count_from_a_first_meeting_logged_without_a_temperature(slack) -> None:  # type: ignore[no-untyped-def]
    """A plain meeting opens no lead, so the lead the offer opened had no meeting of its own and
    the days from first meeting to offer were missing. The customer's meetings and calls on no
    lead since its previous deal closed are that deal's first ones; earlier ones are not."""
    _english(slack)
    _team(slack)
    _log(slack, LARS, "Cermaq 2026-09-01", "/logmeeting")  # an older deal's first meeting
    _log(slack, LARS, "Cermaq 100k 2026-09-10", "/logoffer")
    _log(slack, LARS, "Cermaq 2026-09-20", "/logwin")
    _log(slack, LARS, "Cermaq 2026-11-02", "/logmeeting")  # no temperature: no lead yet
    _log(slack, LARS, "Cermaq 2026-11-03", "/logcall")
    _log(slack, LARS, "Cermaq 300k 2026-11-05", "/logoffer")
    _log(slack, LARS, "Cermaq 2026-11-12", "/logwin")
    lars = text_of(slack.driver.command("/teamstatus", "funnel", KARI, CHANNEL).reply())
    lars = lars.split("*Lars*")[1]
    # 1 Sep -> 10 Sep (9 days), 2 Nov -> 5 Nov (3 days): median 6; offer to win 10 and 7.
    assert "a median of 6 days from first meeting to offer, 8 days from offer to win" in lars, lars


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_funnel_view_is_for_managers(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    reply = slack.driver.command("/teamstatus", "funnel", ALEX, CHANNEL).reply()
    assert "Only managers" in text_of(reply)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_funnel_view_says_what_each_revenue_goal_needs(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    for name in ("Aker Solutions", "Bergen Kran", "Cermaq"):
        _log(slack, LARS, f"{name} 2026-10-05", "/logmeeting")
        _log(slack, LARS, f"{name} 100k 2026-10-06", "/logoffer")
    for name in ("Aker Solutions", "Bergen Kran"):
        _log(slack, LARS, f"{name} 2026-10-20", "/logwin")
    slack.driver.command("/kpi", "goal revenue 1m/quarter", KARI, CHANNEL).reply()
    text = text_of(slack.driver.command("/teamstatus", "funnel", KARI, CHANNEL).reply())
    lars = text.split("*Lars*")[1].split("*Mette*")[0]
    assert "The revenue goal needs about" in lars and "meetings goal 10" in lars


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_funnel_view_names_the_calls_its_ratio_counts(slack) -> None:  # type: ignore[no-untyped-def]
    """A meeting and a call per offer: the goal needs as many calls a week as meetings, and
    the row said only "… and N meetings a week", half the work."""
    _english(slack)
    _team(slack)
    for name in ("Aker Solutions", "Bergen Kran", "Cermaq"):
        _log(slack, LARS, f"{name} 2026-10-05", "/logmeeting")
        _log(slack, LARS, f"{name} 2026-10-06", "/logcall")
        _log(slack, LARS, f"{name} 100k 2026-10-07", "/logoffer")
    for name in ("Aker Solutions", "Bergen Kran"):
        _log(slack, LARS, f"{name} 2026-10-20", "/logwin")
    slack.driver.command("/kpi", "goal revenue 1m/quarter", KARI, CHANNEL).reply()
    text = text_of(slack.driver.command("/teamstatus", "funnel", KARI, CHANNEL).reply())
    lars = text.split("*Lars*")[1].split("*Mette*")[0]
    need = re.search(
        r"The revenue goal needs about ([\d.]+) offers?, ([\d.]+) meetings? and ([\d.]+) calls? a week",
        lars,
    )
    assert need is not None, lars
    assert need[2] == need[3], lars  # one meeting and one call per offer


def test_the_funnel_view_says_what_each_new_customer_goal_needs(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    # Three new customers offered 100k each; Aker and Bergen Kran won (their first wins), Cermaq
    # still open: 2 of 2 closed, first deals of 100k, one meeting per offer.
    for name in ("Aker Solutions", "Bergen Kran", "Cermaq"):
        _log(slack, LARS, f"{name} 2026-10-05", "/logmeeting")
        _log(slack, LARS, f"{name} 100k 2026-10-06", "/logoffer")
    for name in ("Aker Solutions", "Bergen Kran"):
        _log(slack, LARS, f"{name} 2026-10-20", "/logwin")
    slack.driver.command("/kpi", f"goal <@{LARS}|lars> new_revenue 500k/quarter", KARI, CHANNEL)
    slack.wait_idle()
    text = text_of(slack.driver.command("/teamstatus", "funnel", KARI, CHANNEL).reply())
    lars = text.split("*Lars*")[1].split("*Mette*")[0]
    # 500k − 200k won − Cermaq's 100k × 100 % = 200k: 2 new customers, 2 offers, over the 5.6
    # weeks from Mon 23 Nov to 31 Dec (29 weekdays less Christmas Day, a holiday in Lars's
    # Sweden): 0.36 a week, at one meeting per offer.
    assert (
        "The goal for revenue from new customers needs about 0.4 offers to new customers "
        "and 0.4 meetings with new customers a week" in lars
    ), lars
    # No revenue goal: that line is not there, and no one else has a goal.
    assert "The revenue goal needs" not in text
    assert text.count("The goal for revenue from new customers needs") == 1
