"""Session 22's /kpi and /teamstatus texts (kpiargs22), four languages, read by
tests/unit/kpi_phrasings.py: goals said number first or as an amount alone ("mål: 12 vunne i
kvartalet", "goal 1,5 mill Q1") or from the new year; days and spans of December and January
(the Sundays of Advent, Black Friday, the Christmas break, the romjul said in words, the week
after New Year, 2026's ISO week 53); several exchange rates on one line. "was:" is what main
read at ba632e5."""

from __future__ import annotations

import pytest

from tests.unit.kpi_phrasings import check_away_on, check_goal_from, check_rates, check_week_on

DEC1, JAN5, NOV20 = "2026-12-01", "2027-01-05", "2026-11-20"

# (lang, day typed, text after "/kpi goal", (kpi, target, period, first day | None) | refusal)
GOALS = [
    ("nb", DEC1, "12 vunne i kvartalet", ("wins", "12", "quarter", None)),  # was: goal_kpi "12"
    ("nb", DEC1, "40 møter i uka", ("meetings", "40", "week", None)),  # was: goal_kpi "40"
    ("sv", DEC1, "30 samtal per vecka", ("calls", "30", "week", None)),  # was: goal_kpi
    ("en", DEC1, "10 meetings a week", ("meetings", "10", "week", None)),  # was: goal_kpi
    ("nb", DEC1, "1,5 mill Q1", ("revenue", "1500000", "quarter", "2027-01-01")),  # was: goal_kpi
    ("en", DEC1, "1.5m per quarter", ("revenue", "1500000", "quarter", None)),  # was: goal_kpi
    ("da", DEC1, "2 mio. om året", ("revenue", "2000000", "year", None)),  # was: goal_kpi
    ("nb", DEC1, "for Q1 1,5 mill", ("revenue", "1500000", "quarter", "2027-01-01")),
    # a month is no goal's period: said as such (was: "januar" is not a KPI)
    ("nb", DEC1, "for januar 40 møter", "goal_period"),
    ("nb", DEC1, "40 møter i januar", "goal_period"),
    ("nb", DEC1, "12", "goal_kpi"),  # a number alone names no KPI
    ("nb", DEC1, "12 i kvartalet", "goal_kpi"),
    # from the new year (was: goal_amount, "10 etter nyttår")
    ("nb", DEC1, "møter 10/uke etter nyttår", ("meetings", "10", "week", "2027-01-01")),
    ("nb", DEC1, "møter 10/uke fra nyttår", ("meetings", "10", "week", "2027-01-01")),
    ("sv", DEC1, "möten 10/vecka efter nyår", ("meetings", "10", "week", "2027-01-01")),
    ("da", DEC1, "møder 10/uge efter nytår", ("meetings", "10", "week", "2027-01-01")),
    ("en", DEC1, "meetings 10/week from the new year", ("meetings", "10", "week", "2027-01-01")),
    (
        "nb",
        DEC1,
        "omsetning 2 mill per kvartal fra årsskiftet",
        ("revenue", "2000000", "quarter", "2027-01-01"),
    ),  # fmt: skip
    ("nb", JAN5, "møter 10/uke etter nyttår", ("meetings", "10", "week", None)),  # it has come
    # week 53 of 2026 is a week of its own
    ("nb", DEC1, "møter 10/uke fra uke 53", ("meetings", "10", "week", "2026-12-28")),
]

# (lang, day typed, text after /teamstatus, "2026-W48" | refusal code | None: not a week)
WEEKS = [
    ("nb", DEC1, "1. advent", "2026-W48"),  # was: not a week (Sun 29 Nov)
    ("sv", DEC1, "första advent", "2026-W48"),  # was: not a week
    ("da", DEC1, "2. søndag i advent", "2026-W49"),  # Sun 6 December: this week, begun
    ("en", DEC1, "black friday", "2026-W48"),  # was: not a week (Fri 27 Nov)
    ("nb", DEC1, "black week", "2026-W48"),  # was: not a week
    ("en", NOV20, "black friday", "2025-W48"),  # not yet this year: last year's
    ("nb", DEC1, "juleferien", "longer_than_a_week"),  # was: not a week
    ("sv", DEC1, "jullovet", "longer_than_a_week"),  # was: not a week
    ("da", DEC1, "juleferie", "longer_than_a_week"),  # was: not a week
    ("da", DEC1, "mellem jul og nytår", "2026-W01"),  # was: longer_than_a_week ("jul": July)
    ("nb", DEC1, "mellom jul og nyttår", "2026-W01"),  # was: longer_than_a_week
    ("sv", DEC1, "mellan jul och nyår", "2026-W01"),  # was: longer_than_a_week
    ("nb", DEC1, "etter nyttår", "2026-W01"),  # was: not a week (Fri 2 Jan 2026's week)
    ("sv", JAN5, "veckan efter nyår", "2027-W01"),  # was: not a week (Mon 4 Jan 2027's)
    ("nb", JAN5, "forrige uke", "2026-W53"),
    ("nb", JAN5, "uke 53", "2026-W53"),
    ("sv", JAN5, "v53", "2026-W53"),
    ("en", DEC1, "week 53", "2026-W53"),
]

# (lang, day typed, text after /kpi away, (first, last) | (first, last, "ask") | ("choose", …))
AWAY = [
    # the Christmas break alone: Christmas Eve to New Year's Day, or its whole weeks (asked;
    # was: away_syntax)
    (
        "nb",
        DEC1,
        "juleferie",
        ("choose", ("2026-12-24", "2027-01-01"), ("2026-12-21", "2027-01-03")),
    ),  # fmt: skip
    (
        "sv",
        DEC1,
        "jullovet",
        ("choose", ("2026-12-24", "2027-01-01"), ("2026-12-21", "2027-01-03")),
    ),  # fmt: skip
    (
        "da",
        DEC1,
        "hele juleferien",
        ("choose", ("2026-12-24", "2027-01-01"), ("2026-12-21", "2027-01-03")),
    ),  # fmt: skip
    (
        "nb",
        "2026-12-28",
        "juleferie",
        ("choose", ("2026-12-28", "2027-01-01"), ("2026-12-28", "2027-01-03")),
    ),  # fmt: skip
    ("nb", DEC1, "juleferie uke 52", ("2026-12-21", "2026-12-27")),  # a reason, then when
    ("da", DEC1, "mellem jul og nytår", ("2026-12-27", "2026-12-31")),  # was: away_syntax
    ("nb", DEC1, "mellom jul og nyttår", ("2026-12-27", "2026-12-31")),  # was: away_syntax
    ("nb", DEC1, "fri i romjula", ("2026-12-27", "2026-12-31")),  # was: away_syntax
    ("en", DEC1, "black friday", ("2026-11-27", "2026-11-27")),  # was: away_syntax (said after)
    ("en", NOV20, "black friday", ("2026-11-20", "2026-11-27", "ask")),  # was: away_syntax
    ("nb", NOV20, "1. advent", ("2026-11-20", "2026-11-29", "ask")),  # was: away_syntax
    ("nb", DEC1, "uke 53", ("2026-12-28", "2027-01-03")),
    ("en", DEC1, "week 53", ("2026-12-28", "2027-01-03")),
]

# (lang, the settings form's exchange rates, {code: rate} | None: refused)
RATES = [
    ("nb", "eur 11,6 sek 0,97", {"EUR": "11.6", "SEK": "0.97"}),  # was: refused
    ("nb", "EUR=11.6, SEK=0.97", {"EUR": "11.6", "SEK": "0.97"}),
    ("nb", "1 eur = 11,6 nok", {"EUR": "11.6"}),
    ("nb", "EUR 11,6 kr SEK 0,97 kr", {"EUR": "11.6", "SEK": "0.97"}),  # was: refused
    ("nb", "1 EUR = 11,6 NOK 1 SEK = 0,97 NOK", {"EUR": "11.6", "SEK": "0.97"}),  # was: refused
    ("nb", "eur 11,6 og sek 0,97", {"EUR": "11.6", "SEK": "0.97"}),  # was: refused
    (
        "sv",
        "EUR 11,45 NOK 0,98 DKK 1,53",
        {"EUR": "11.45", "NOK": "0.98", "DKK": "1.53"},
    ),  # was: refused
    ("da", "EUR 7,46 / SEK 0,68", {"EUR": "7.46", "SEK": "0.68"}),  # was: refused
    # each rate checked: a third currency, the team's own, none above 0, twice, a word after
    ("nb", "eur 11,6 sek 0,97 dkk", None),
    ("nb", "1 eur = 11,6 sek", None),
    ("nb", "eur 11,6 nok 1", None),
    ("nb", "eur 11,6 sek 0", None),
    ("nb", "eur 11,6 eur 11,7", None),
    ("nb", "eur 11,6 fra i dag", None),
    ("nb", "€ 11,6", None),
]


@pytest.mark.parametrize("row", GOALS, ids=lambda r: f"{r[0]} {r[1]} {r[2]}")
def test_goal(row: tuple) -> None:
    check_goal_from(row)


@pytest.mark.parametrize("row", WEEKS, ids=lambda r: f"{r[0]} {r[1]} {r[2]}")
def test_week(row: tuple) -> None:
    check_week_on(row)


@pytest.mark.parametrize("row", AWAY, ids=lambda r: f"{r[0]} {r[1]} {r[2]}")
def test_away(row: tuple) -> None:
    check_away_on(row)


@pytest.mark.parametrize("row", RATES, ids=lambda r: f"{r[0]} {r[1]}")
def test_rates(row: tuple) -> None:
    check_rates(row)
