"""A goal set for a period to come (kpiargs21): read with the first day it takes effect, by
tests/unit/kpi_phrasings.py. "was:" says what main read before (goal_ahead: refused, nothing
stored); a day gone is refused, friendly, with a correct example."""

from __future__ import annotations

import pytest

from tests.unit.kpi_phrasings import check_goal_from

MAR30, APR1, DEC, JAN = "2027-03-30", "2027-04-01", "2026-12-01", "2027-01-06"
Q2 = "2027-04-01"
R15 = ("revenue", "1500000", "quarter", Q2)
W14 = ("revenue", "1500000", "quarter", "2027-04-05")

# (lang, day typed, text, (kpi, target (None: removed), period, first day | None: now) | code)
ROWS = [
    # Session 21's refusals, now stored from the period's first day.
    ("da", MAR30, "omsætning 1,5 mio. for Q2", R15),  # was: goal_ahead
    ("da", MAR30, "omsætning 1,5 mio. fra 1. april", R15),  # was: goal_ahead
    ("da", MAR30, "omsætning 1,5 mio. fra april", R15),  # was: goal_ahead
    ("da", MAR30, "omsætning 1,5 mio. næste kvartal", R15),  # was: goal_ahead
    ("nb", MAR30, "omsetning 1,5 mill neste kvartal", R15),  # was: goal_ahead
    ("nb", MAR30, "omsetning 1,5 mill i Q2", R15),  # was: goal_ahead
    ("sv", MAR30, "omsättning 1,5 mkr nästa kvartal", R15),  # was: goal_ahead
    ("sv", MAR30, "omsättning 1,5 mkr från april", R15),  # was: goal_ahead
    ("en", MAR30, "revenue 1.5m next quarter", R15),  # was: goal_ahead
    ("en", MAR30, "revenue 1.5m for 2027-Q2", R15),  # was: goal_ahead
    ("nb", DEC, "omsetning 10 mill neste år", ("revenue", "10000000", "year", "2027-01-01")),  # was: goal_ahead
    ("nb", DEC, "omsetning 10 mill i 2027", ("revenue", "10000000", "year", "2027-01-01")),  # was: goal_ahead
    ("en", MAR30, "revenue 10m for 2028", ("revenue", "10000000", "year", "2028-01-01")),  # was: goal_ahead
    ("nb", MAR30, "møter 10 neste uke", ("meetings", "10", "week", "2027-04-05")),  # was: goal_ahead
    ("sv", MAR30, "möten 100 för Q2", ("meetings", "100", "quarter", Q2)),  # was: goal_ahead
    # "200k next month" is a month's goal, which no goal can have (was: goal_ahead)
    ("en", MAR30, "revenue 200k next month", "goal_period"),
    # "from …": the day it takes effect, the period as said (or the KPI's own).
    ("en", MAR30, "revenue 1.5m from May", ("revenue", "1500000", "quarter", "2027-05-01")),  # was: goal_ahead
    ("nb", MAR30, "omsetning 1,5 mill fra uke 14", W14),  # was: goal_amount
    ("sv", MAR30, "omsättning 1,5 mkr från vecka 14", W14),  # was: goal_amount
    ("da", MAR30, "omsætning 1,5 mio. fra uge 14", W14),  # was: goal_amount
    ("en", MAR30, "revenue 1.5m starting next week", W14),  # was: goal_ahead
    ("nb", DEC, "<@U1> møter 8 fra uke 2", ("meetings", "8", "week", "2027-01-11")),  # was: goal_amount
    ("nb", MAR30, "møter 8 per uke fra og med 5. april", ("meetings", "8", "week", "2027-04-05")),  # was: goal_ahead
    ("nb", MAR30, "omsetning 1,5 mill fra 15. april", ("revenue", "1500000", "quarter", "2027-04-15")),  # was: goal_ahead, 1 April named
    ("nb", MAR30, "omsetning 1,5 mill per kvartal fra Q2", R15),  # was: goal_ahead
    ("nb", MAR30, "omsetning 2 mill fra neste kvartal", ("revenue", "2000000", "quarter", Q2)),  # was: goal_ahead
    ("en", MAR30, "team revenue 6m/year from Q2", ("revenue", "6000000", "year", Q2)),  # was: goal_ahead
    # From today: a goal now.
    ("nb", MAR30, "omsetning 1,5 mill fra i dag", ("revenue", "1500000", "quarter", None)),  # was: goal_period
    ("da", APR1, "omsætning 1,5 mio. fra 1. april", ("revenue", "1500000", "quarter", None)),  # was: goal_period
    # Removals: the coming one ("off from Q2"), or every one ("off").
    ("en", MAR30, "revenue off from Q2", ("revenue", None, "quarter", Q2)),  # was: the goal in force removed
    ("nb", MAR30, "omsetning av fra neste kvartal", ("revenue", None, "quarter", Q2)),  # was: the goal in force removed
    ("en", MAR30, "revenue off for Q2", ("revenue", None, "quarter", Q2)),  # was: the goal in force removed
    ("en", MAR30, "revenue off", ("revenue", None, "quarter", None)),
    ("da", MAR30, "møder fra", ("meetings", None, "week", None)),
    # A day gone: refused (a goal holds from the day it is set), as a period begun is.
    ("nb", MAR30, "omsetning 1,5 mill fra 1. mars", "goal_start_past"),  # was: goal_period
    ("da", MAR30, "omsætning 1,5 mio. fra marts", "goal_start_past"),  # was: goal_period
    ("nb", MAR30, "møter 8 fra uke 2", "goal_start_past"),  # was: goal_amount
    ("en", MAR30, "revenue 1.5m from Q1", "goal_start_past"),  # was: goal_period
    ("da", MAR30, "omsætning 1,5 mio. for Q1", "goal_period"),
    ("da", APR1, "omsætning 1,5 mio. for Q2", "goal_period"),
    ("nb", JAN, "omsetning 10 mill for 2026", "goal_period"),
]  # fmt: skip


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r[0]} {r[1]} {r[2]}")
def test_goal_from(row: tuple) -> None:
    check_goal_from(row)
