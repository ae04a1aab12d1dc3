"""Session 21's /kpi goal and /teamstatus texts about a quarter to come or gone (trial20's Danish
team on Tue 30 March and Thu 1 April 2027), read by tests/unit/kpi_phrasings.py. Rows marked
"was:" failed before this session (what was read instead)."""

from __future__ import annotations

import pytest

from tests.unit.kpi_phrasings import check_goal_on, check_week_on

MAR30, APR1, APR5, FEB, DEC = "2027-03-30", "2027-04-01", "2027-04-05", "2027-02-10", "2026-12-01"

# A goal said for a period to come: stored from its first day since kpiargs21 (those rows are
# in tests/unit/test_kpi_coming21.py). (lang, day typed, text, want)
GOALS = [
    # A period begun or gone: no goal of its own, as before.
    ("da", MAR30, "omsætning 1,5 mio. for Q1", "goal_period"),
    ("da", APR1, "omsætning 1,5 mio. for Q2", "goal_period"),
    ("nb", FEB, "omsetning 2 mill i januar", "goal_period"),
    ("en", MAR30, "revenue 1.5m for last quarter", "goal_period"),
    ("nb", MAR30, "omsetning 60k per måned", "goal_period"),
    # Per quarter now: the goal in force from now, as before.
    ("da", MAR30, "omsætning 1,5 mio. pr. kvartal", ("revenue", "1500000", "quarter")),
]

# A quarter that has ended, where a week is read: the week it ended in (was: "longer than a
# week", pointing at /kpi, which shows only this quarter).
WEEKS = [
    ("da", APR1, "Q1", "quarter_ended_this_week"),  # was: longer_than_a_week
    ("da", APR1, "forrige kvartal", "quarter_ended_this_week"),  # was: longer_than_a_week
    ("da", APR1, "sidste kvartal", "quarter_ended_this_week"),  # was: longer_than_a_week
    ("sv", APR1, "förra kvartalet", "quarter_ended_this_week"),  # was: longer_than_a_week
    ("en", APR1, "last quarter", "quarter_ended_this_week"),  # was: longer_than_a_week
    ("da", APR5, "Q1", "quarter_ended"),  # was: longer_than_a_week
    ("da", APR5, "forrige kvartal", "quarter_ended"),  # was: longer_than_a_week
    ("sv", APR5, "förra kvartalet", "quarter_ended"),  # was: longer_than_a_week
    ("en", APR5, "previous quarter", "quarter_ended"),  # was: longer_than_a_week
    ("nb", APR1, "Q4 2026", "quarter_ended"),  # was: longer_than_a_week
    ("nb", APR1, "2026-Q4", "quarter_ended"),  # was: longer_than_a_week
    ("nb", APR1, "k4 2026", "quarter_ended"),  # was: longer_than_a_week
    # This quarter or one to come: as before.
    ("da", APR1, "kvartal", "longer_than_a_week"),
    ("da", APR1, "Q2", "longer_than_a_week"),
    ("da", MAR30, "Q1", "longer_than_a_week"),
    ("nb", APR1, "i fjor", "longer_than_a_week"),
    ("da", APR1, "uge 13", "2027-W13"),
]


@pytest.mark.parametrize("row", GOALS, ids=lambda r: f"{r[0]} {r[1]} {r[2]}")
def test_goal_on(row: tuple) -> None:
    check_goal_on(row)


@pytest.mark.parametrize("row", WEEKS, ids=lambda r: f"{r[0]} {r[1]} {r[2]}")
def test_week_on(row: tuple) -> None:
    check_week_on(row)


def test_the_quarter_ended_names_the_week_it_ended_in() -> None:
    from datetime import date

    from bot.errors import UserError
    from bot.services.kpi_args import parse_week

    with pytest.raises(UserError) as raised:
        parse_week("forrige kvartal", today=date(2027, 4, 1))
    assert raised.value.code == "quarter_ended_this_week"
    params = raised.value.params
    assert (params["quarter"], params["number"], params["year"]) == ("2027-Q1", 13, 2027)
    assert (params["last_day"], params["shown_on"]) == (date(2027, 3, 31), date(2027, 4, 5))


@pytest.mark.parametrize(
    ("text", "quarter"),
    [("kvartal", True), ("Q2", True), ("neste kvartal", True), ("this quarter", True),
     ("forrige måned", False), ("i fjor", False), ("uke 13", False), ("Q2 omsetning", False)],
)  # fmt: skip
def test_only_a_quarter(text: str, quarter: bool) -> None:
    from bot.services.kpi_args import only_a_quarter

    assert only_a_quarter(text) is quarter
