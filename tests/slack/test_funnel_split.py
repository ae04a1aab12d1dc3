"""The funnel split into new and existing customers, through signed requests: a goal for revenue
from new customers set, listed and worked backwards by /kpi plan through the new-customer funnel;
/teamstatus funnel and /teamstatus @seller showing the split and each ratio against the 26 weeks
before; both refused to sellers who are not managers. Clock: Friday 2026-11-20."""

from __future__ import annotations

import pytest

from tests.helpers import bare_amounts_in, command_reply
from tests.slack.test_digest import _english, _log, _team

KARI, LARS, METTE, ALEX = "U0KARI", "U0LARS", "U0METTE", "U0ALEX"
CHANNEL = "C0SALES"


def _two_windows(slack) -> None:  # type: ignore[no-untyped-def]
    """The 26 weeks before the window (to 23 May 2026): Aker won (its first win), Bergen Kran
    and Cermaq lost: 1 of 3 closed, all with new customers.
    The window (from 24 May): Aker won again (an existing customer now); Dovre won and Elkem
    lost (new customers): 2 of 3 closed."""
    for customer, day, outcome in (
        ("Aker Solutions", "2026-02-02", "/logwin"),
        ("Bergen Kran", "2026-02-09", "/loglost"),
        ("Cermaq", "2026-03-02", "/loglost"),
        ("Aker Solutions", "2026-09-07", "/logwin"),
        ("Dovre Group", "2026-09-14", "/logwin"),
        ("Elkem", "2026-10-05", "/loglost"),
    ):
        _log(slack, LARS, f"{customer} {day}", "/logmeeting")
        _log(slack, LARS, f"{customer} 200k {day}", "/logoffer")
        _log(slack, LARS, f"{customer} {day}", outcome)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_funnel_view_splits_new_and_existing_customers_with_trends(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _two_windows(slack)
    text = command_reply(slack, KARI, "/teamstatus", "funnel")
    lars = text.split("*Lars*")[1].split("*Mette*")[0]
    # The whole funnel: 2 of 3 closed now, 1 of 3 before.
    assert "Meetings 3 · calls 0 · offers 3 · won 2 · lost 1" in lars
    assert "closing rate 67 % (↑ from 33 %)" in lars
    assert "average deal NOK 200,000 (→ unchanged)" in lars
    new = lars.split("New customers_:")[1].split("\n")[0]
    existing = lars.split("Existing customers_:")[1].split("\n")[0]
    # New customers: Dovre won, Elkem lost; before: Aker won, Bergen Kran and Cermaq lost.
    assert "offers 2 · won 1 · lost 1" in new and "closing rate 50 % (↑ from 33 %)" in new
    # Aker, won before the window, is an existing customer's win; nothing existing before.
    assert "offers 1 · won 1 · lost 0" in existing and "closing rate 100 %" in existing
    assert "from" not in existing.split("closing rate 100 %")[1].split("·")[0]
    # Thin data in each segment is said, with the rate plans use instead.
    assert "Only 2 closed deals here: plans use a closing rate of" in lars
    assert "Arrows: against the 26 weeks before" in text


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_past_week_is_shown_as_of_its_end(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _two_windows(slack)
    _log(slack, LARS, "Fjord Line 200k 2026-11-18", "/logoffer")
    _log(slack, LARS, "Fjord Line 2026-11-19", "/logwin")
    now = command_reply(slack, KARI, "/teamstatus", "funnel").split("*Lars*")[1]
    before = command_reply(slack, KARI, "/teamstatus", "funnel last week").split("*Lars*")[1]
    assert "won 3 · lost 1" in now and "closing rate 75 %" in now
    assert "won 2 · lost 1" in before and "closing rate 67 %" in before
    assert "As it stood on Sun 15 Nov 2026" in command_reply(
        slack, KARI, "/teamstatus", "funnel last week"
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_coaching_facts_on_one_seller_have_the_split_and_trends(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _two_windows(slack)
    text = command_reply(slack, KARI, "/teamstatus", f"<@{LARS}|lars>")
    facts = text.split("Funnel, last 26 weeks")[1]
    assert "closing rate 67 % (↑ from 33 %)" in facts
    assert "New customers_:" in facts and "Existing customers_:" in facts


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_coaching_facts_are_for_managers(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _two_windows(slack)
    assert "Only managers" in command_reply(slack, ALEX, "/teamstatus", "funnel")
    own = command_reply(slack, LARS, "/teamstatus", f"<@{METTE}|mette>")
    assert "Funnel, last 26 weeks" not in own and "Mette" not in own


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_goal_for_revenue_from_new_customers_is_set_listed_and_planned(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _two_windows(slack)
    set_reply = command_reply(slack, KARI, "/kpi", f"goal <@{LARS}|lars> nye kunder 1 mill/quarter")
    assert "Revenue from new customers NOK 1,000,000 per quarter" in set_reply
    assert "Revenue from new customers NOK 1,000,000" in command_reply(slack, KARI, "/kpi", "goals")
    plan = command_reply(slack, LARS, "/kpi", "plan")
    assert "There is no revenue goal" not in plan
    part = plan.split("Revenue from new customers")[1]
    # Nothing won from new customers this quarter (Dovre was won in September: Q3).
    assert (
        "To reach NOK 1,000,000 from new customers by Thu 31 Dec 2026, NOK 1,000,000 more is"
        in part
    )
    # Two closed with new customers: the team's (Lars's own) new-customer rates are mixed in.
    assert "new-customer closing rate" in part and "average first deal of NOK 200,000" in part
    assert "offers to new customers a week" in part and "meetings with new customers a week" in part
    assert "Few closed deals to new customers yet (2)" in part
    # A manager sees it too; a colleague may not.
    assert "Revenue from new customers" in command_reply(
        slack, KARI, "/kpi", f"plan <@{LARS}|lars>"
    )
    refused = command_reply(slack, ALEX, "/kpi", f"plan <@{LARS}|lars>")
    assert "Only managers" in refused and "new customers" not in refused


def test_new_customer_revenue_is_the_quarters_first_wins(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)
    _two_windows(slack)
    command_reply(slack, KARI, "/kpi", f"goal <@{LARS}|lars> new_revenue 500k/quarter")
    # Fjord Line is new (its first win): counts. Aker again: an existing customer's, does not.
    _log(slack, LARS, "Fjord Line 300k 2026-11-02", "/logoffer")
    _log(slack, LARS, "Fjord Line 2026-11-03", "/logwin")
    _log(slack, LARS, "Aker Solutions 400k 2026-11-04", "/logoffer")
    _log(slack, LARS, "Aker Solutions 2026-11-05", "/logwin")
    status = command_reply(slack, KARI, "/teamstatus", f"<@{LARS}|lars>")
    assert "Revenue from new customers: *NOK 300,000* / NOK 500,000" in status
    plan = command_reply(slack, LARS, "/kpi", "plan").split("Revenue from new customers")[1]
    assert "NOK 200,000 more is needed" in plan


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_new_customer_plan_in_the_sellers_language(slack) -> None:  # type: ignore[no-untyped-def]
    _team(slack)
    bare_amounts_in(slack, "NOK", LARS)  # a Swede in a NOK team: his "200k" is NOK (kroner23)
    _two_windows(slack)
    # Kari writes Norwegian; Lars reads Swedish.
    set_reply = command_reply(
        slack, KARI, "/kpi", f"mål <@{LARS}|lars> nye kunder 1 mill per kvartal"
    )
    assert "Omsetning fra nye kunder kr 1\u00a0000\u00a0000 per kvartal" in set_reply
    plan = command_reply(slack, LARS, "/kpi", "plan")
    assert "Omsättning från nya kunder" in plan
    assert "offerter till nya kunder i veckan" in plan and "möten med nya kunder" in plan
