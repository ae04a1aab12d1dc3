"""Fresh /kpi, /teamstatus and away texts (session 23, kpiargs23), typed as a new manager or
seller types them on Tue 1 Dec 2026 and not designed for beforehand: weeks and quarters in local
forms ("uke 48 i år", "w/c 23 Nov", "uka som var", "kvartal 3", "forr. kvartal", "last qtr",
"hittills i år"), away days joined by "og" ("i går og i dag", "fredag og mandag"), short and
misspelt words ("next wk", "nest uke", "man-fre", "ugen ud"), the rest of the year, Whitsun and
midsummer, and goals with a short year or a fiscal one ("Q1 '27", "FY27") or from Easter. "was:"
is what main read at 7f266ffd; rows without it read right there already and are kept."""

from __future__ import annotations

import pytest

from tests.unit.kpi_phrasings import check_away_on, check_goal_from, check_week_on

DEC1 = "2026-12-01"

# (lang, day typed, text after /teamstatus or /kpi, "2026-W48" | refusal code)
WEEKS = [
    ("nb", DEC1, "uke 48 i år", "2026-W48"),  # was: not a week
    ("en", DEC1, "week 48 this year", "2026-W48"),  # was: not a week
    ("nb", DEC1, "uke 50 i år", "2026-W50"),  # this year's, to come (was: not a week)
    ("en", DEC1, "w/c 23 Nov", "2026-W48"),  # was: not a week
    ("en", DEC1, "the week of 23rd November", "2026-W48"),  # was: not a week
    ("nb", DEC1, "uka som var", "2026-W48"),  # was: not a week
    ("sv", DEC1, "veckan som var", "2026-W48"),  # was: not a week
    ("da", DEC1, "seneste uge", "2026-W48"),  # was: not a week
    ("sv", DEC1, "senaste veckan", "2026-W48"),  # was: not a week
    ("en", DEC1, "the past week", "2026-W48"),  # was: not a week
    ("nb", DEC1, "kvartal 3", "quarter_ended"),  # was: longer_than_a_week
    ("en", DEC1, "quarter 3 2026", "quarter_ended"),  # was: longer_than_a_week
    ("nb", DEC1, "forr. kvartal", "quarter_ended"),
    ("en", DEC1, "last qtr", "quarter_ended"),  # was: not a week
    ("en", DEC1, "prior quarter", "quarter_ended"),  # was: not a week
    ("nb", DEC1, "så langt i år", "longer_than_a_week"),
    ("sv", DEC1, "hittills i år", "longer_than_a_week"),
    ("en", DEC1, "year-to-date", "longer_than_a_week"),
    ("nb", DEC1, "inneværende kvartal", "longer_than_a_week"),
    ("sv", DEC1, "v48 2026", "2026-W48"),
    # typed with a number word, a mark or a typo (were: not a week)
    ("nb", DEC1, "uke nr. 47", "2026-W47"),
    ("sv", DEC1, "vecka nummer 47", "2026-W47"),
    ("en", DEC1, "week no. 47", "2026-W47"),
    ("en", DEC1, "wk #47", "2026-W47"),
    ("nb", DEC1, "uke-47", "2026-W47"),
    ("nb", DEC1, "Uke 47 (2026)", "2026-W47"),
    ("nb", DEC1, "uek 47", "2026-W47"),
    ("nb", DEC1, "forrige ukke", "2026-W48"),
    ("en", DEC1, "lsat week", "2026-W48"),
    ("en", DEC1, "last weeek", "2026-W48"),
    # the week a day ends (were: not a week)
    ("en", DEC1, "week ending 22 Nov", "2026-W47"),
    ("en", DEC1, "w/e 22/11", "2026-W47"),
    ("nb", DEC1, "uka som slutta 22. nov", "2026-W47"),
    ("sv", DEC1, "veckan som slutade 22/11", "2026-W47"),
    ("nb", DEC1, "uke 47-48", "longer_than_a_week"),
    ("da", DEC1, "ugen før sidste", "2026-W47"),
    ("en", DEC1, "YTD", "longer_than_a_week"),
]

# (lang, day typed, text after /kpi away, (first, last) | ("choose", …) | refusal code)
AWAY = [
    ("nb", DEC1, "i går og i dag", ("2026-11-30", "2026-12-01")),  # was: away_syntax
    ("sv", DEC1, "igår och idag", ("2026-11-30", "2026-12-01")),  # was: away_syntax
    ("en", DEC1, "yesterday and today", ("2026-11-30", "2026-12-01")),  # was: away_syntax
    ("nb", DEC1, "fredag og mandag", ("2026-12-04", "2026-12-07")),  # was: away_syntax
    ("nb", DEC1, "tirsdag og onsdag", ("2026-12-01", "2026-12-02")),  # was: away_syntax
    ("nb", DEC1, "mandag og onsdag", "away_syntax"),  # two periods: not one
    ("en", DEC1, "next wk", ("2026-12-07", "2026-12-13")),  # was: away_syntax
    ("nb", DEC1, "nest uke", ("2026-12-07", "2026-12-13")),  # was: away_syntax
    ("da", DEC1, "man-fre", ("2026-11-30", "2026-12-04")),  # was: away_syntax (asked: coming?)
    ("da", DEC1, "ugen ud", ("2026-12-01", "2026-12-06")),  # was: away_syntax
    ("nb", DEC1, "resten av året", ("2026-12-01", "2026-12-31")),  # was: away_syntax
    ("da", DEC1, "resten af året", ("2026-12-01", "2026-12-31")),  # was: away_syntax
    ("en", DEC1, "rest of the year", ("2026-12-01", "2026-12-31")),  # was: away_syntax
    ("nb", DEC1, "i pinsen", ("2027-05-15", "2027-05-17")),  # was: away_syntax
    ("sv", DEC1, "pingst", ("2027-05-15", "2027-05-17")),  # was: away_syntax
    ("en", DEC1, "over Whitsun", ("2027-05-15", "2027-05-17")),  # was: away_syntax
    # was: away_syntax; Midsummer Eve or its weekend, asked
    (
        "sv",
        DEC1,
        "midsommar",
        ("choose", ("2027-06-25", "2027-06-25"), ("2027-06-25", "2027-06-27")),
    ),
    # was: Sat 19 June 2027 asked (this year's eve a year on), not Fri 25 June
    ("sv", DEC1, "midsommarafton", ("2026-12-01", "2027-06-25", "ask")),
    ("sv", DEC1, "21 dec - 3 jan", ("2026-12-21", "2027-01-03")),
    ("en", DEC1, "Dec 21st thru Jan 3rd", ("2026-12-21", "2027-01-03")),
    ("da", DEC1, "man - ons næste uge", ("2026-12-07", "2026-12-09")),
]

# (lang, day typed, text after "/kpi goal", (kpi, target, period, first day | None) | refusal)
GOALS = [
    ("en", DEC1, "revenue 2m for Q1 '27", ("revenue", "2000000", "quarter", "2027-01-01")),  # was: goal_amount
    ("sv", DEC1, "omsättning 2 mkr Q1/27", ("revenue", "2000000", "quarter", "2027-01-01")),  # was: goal_amount
    ("nb", DEC1, "omsetning 2 mill kvartal 1", ("revenue", "2000000", "quarter", "2027-01-01")),  # was: goal_amount
    ("en", DEC1, "revenue 12m FY27", "goal_period"),  # was: goal_amount (a fiscal year is no calendar year)
    ("en", DEC1, "revenue 3m from Easter", ("revenue", "3000000", "quarter", "2027-03-30")),  # was: goal_amount
    ("nb", DEC1, "møter 10 i uka fra påske", ("meetings", "10", "week", "2027-03-30")),  # was: goal_amount
    ("nb", DEC1, "omsetning 6 mill for andre halvår", "goal_period"),
    ("en", DEC1, "10 mtgs/wk", ("meetings", "10", "week", None)),
    # a number before "kvartal" with no ordinal mark, or the only number after it, is the goal
    ("nb", DEC1, "møter 2 kvartal", ("meetings", "2", "quarter", None)),
    ("nb", DEC1, "nye kunder per kvartal 3", ("new_customers", "3", "quarter", None)),
    ("nb", DEC1, "møter 20 i 1. kvartal", ("meetings", "20", "quarter", "2027-01-01")),  # was: goal_amount
]  # fmt: skip


@pytest.mark.parametrize("row", WEEKS, ids=lambda r: f"{r[0]} {r[2]}")
def test_week(row: tuple) -> None:
    check_week_on(row)


@pytest.mark.parametrize("row", AWAY, ids=lambda r: f"{r[0]} {r[2]}")
def test_away(row: tuple) -> None:
    check_away_on(row)


@pytest.mark.parametrize("row", GOALS, ids=lambda r: f"{r[0]} {r[2]}")
def test_goal(row: tuple) -> None:
    check_goal_from(row)
