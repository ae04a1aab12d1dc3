"""Session 21's fresh /kpi and /teamstatus texts (kpiargs21), four languages, typos included,
read by tests/unit/kpi_phrasings.py: goals with amounts in local forms and from a coming day,
weeks by holidays, away periods (school holidays, "til jul", a reason before when), languages,
tiers, exchange rates. "was:" is what main read at 7a50026."""

from __future__ import annotations

import pytest

from tests.unit.kpi_phrasings import (
    check_away_on,
    check_goal_from,
    check_language,
    check_rates,
    check_tier,
    check_week_on,
)

NOV30, DEC1, DEC28 = "2026-11-30", "2026-12-01", "2026-12-28"

# (lang, day typed, text, (kpi, target, period, first day | None) | refusal code)
GOALS = [
    ("nb", NOV30, "møter 12 i veka", ("meetings", "12", "week", None)),  # was: goal_amount (Nynorsk "veka")
    ("nb", NOV30, "møte 8 kvar veke", ("meetings", "8", "week", None)),  # was: goal_amount
    ("nb", NOV30, "omsetnign 3 mill i kvartalet", ("revenue", "3000000", "quarter", None)),
    ("nb", NOV30, "omsetning kr 3 000 000,- per kvartal", ("revenue", "3000000", "quarter", None)),
    ("nb", NOV30, "omsetning 3.000.000 pr. kvartal", ("revenue", "3000000", "quarter", None)),
    ("sv", NOV30, "omsätning 2,5 milj per kvartal", ("revenue", "2500000", "quarter", None)),
    ("sv", NOV30, "samtal 30/v", ("calls", "30", "week", None)),
    ("da", NOV30, "omsætning 10 mio om året", ("revenue", "10000000", "year", None)),
    ("da", NOV30, "opkald 25 om ugen", ("calls", "25", "week", None)),
    ("en", NOV30, "calls 40 pw", ("calls", "40", "week", None)),
    ("en", NOV30, "new customers 2 a month", "goal_period"),
    # From a coming day said in late November: next year's January or Q1, the nearest (was:
    # goal_period, this year's, gone)
    ("nb", NOV30, "omsetning 3 mill fra Q1 2027", ("revenue", "3000000", "quarter", "2027-01-01")),  # was: goal_period
    ("nb", NOV30, "omsetning 3 mill for Q1", ("revenue", "3000000", "quarter", "2027-01-01")),  # was: goal_period
    ("en", NOV30, "revenue 3m from jan", ("revenue", "3000000", "quarter", "2027-01-01")),  # was: goal_period
    ("da", NOV30, "omsætning 2 mio. fra januar", ("revenue", "2000000", "quarter", "2027-01-01")),  # was: goal_period
    ("sv", NOV30, "omsättning 3 mkr från 1 januari", ("revenue", "3000000", "quarter", "2027-01-01")),  # was: goal_period
    ("nb", NOV30, "omsetning 1 mill fra 1/1", ("revenue", "1000000", "quarter", "2027-01-01")),  # was: goal_amount
    ("nb", NOV30, "møter 8 fra neste uke", ("meetings", "8", "week", "2026-12-07")),  # was: goal_ahead
    ("nb", NOV30, "møter 10 f.o.m. uke 2", ("meetings", "10", "week", "2027-01-11")),  # was: goal_amount
    ("en", NOV30, "team revenue 40m for 2027", ("revenue", "40000000", "year", "2027-01-01")),  # was: goal_ahead
    ("nb", NOV30, "omsetning 3 mill i Q1 2026", "goal_period"),
    ("en", NOV30, "revenue 3m for Q4", "goal_period"),
]  # fmt: skip

# (lang, day typed, text, "2026-W52" | refusal code | None: not a week)
WEEKS = [
    ("sv", DEC28, "annandag jul", "2026-W52"),  # was: longer_than_a_week ("jul" read as July)
    ("sv", DEC28, "trettondedag jul", "2026-W02"),  # was: longer_than_a_week
    ("da", DEC28, "anden juledag", "2026-W52"),
    ("nb", DEC28, "2. juledag", "2026-W52"),
    ("en", DEC28, "boxing day", "2026-W52"),
    ("nb", DEC28, "lille julaften", "2026-W52"),
    ("nb", DEC28, "jul", "longer_than_a_week"),
    ("nb", DEC28, "i jul", "longer_than_a_week"),
    ("nb", DEC1, "førre veke", "2026-W48"),
    ("sv", DEC1, "två veckor sedan", "2026-W47"),
    ("da", DEC1, "for 2 uger siden", "2026-W47"),
]  # fmt: skip

# (lang, day typed, text, (first, last) | ("choose", (first, last), …) | refusal code)
AWAY = [
    ("nb", DEC1, "til jul", ("choose", ("2026-12-01", "2026-12-23"), ("2026-12-01", "2026-12-24"))),  # was: bad_date
    ("sv", DEC1, "till jul", ("choose", ("2026-12-01", "2026-12-23"), ("2026-12-01", "2026-12-24"))),  # was: bad_date
    ("en", DEC1, "until Christmas", ("choose", ("2026-12-01", "2026-12-23"), ("2026-12-01", "2026-12-24"))),  # was: bad_date
    # session 23: the weeks kpibot thinks, a button each (was: refused with an example)
    ("nb", DEC1, "vinterferien", ("choose", ("2027-02-15", "2027-02-21"), ("2027-02-22", "2027-02-28"), ("2027-03-01", "2027-03-07"))),  # was: away_syntax
    ("da", DEC1, "i vinterferien", ("choose", ("2027-02-15", "2027-02-21"), ("2027-02-22", "2027-02-28"), ("2027-03-01", "2027-03-07"))),  # was: away_syntax
    ("nb", DEC1, "høstferien", ("choose", ("2027-09-27", "2027-10-03"), ("2027-10-04", "2027-10-10"), ("2027-10-11", "2027-10-17"), ("2027-10-18", "2027-10-24"))),  # was: away_syntax
    ("sv", DEC1, "sportlovet", ("choose", ("2027-02-15", "2027-02-21"), ("2027-02-22", "2027-02-28"), ("2027-03-01", "2027-03-07"), ("2027-03-08", "2027-03-14"))),  # was: away_syntax
    ("en", DEC1, "half term", ("choose", ("2027-02-15", "2027-02-21"), ("2027-02-22", "2027-02-28"))),  # was: away_syntax
    ("da", DEC1, "efterårsferien", ("2027-10-18", "2027-10-24")),  # was: away_syntax (week 42)
    ("sv", DEC1, "höstlovet", ("2027-11-01", "2027-11-07")),  # was: away_syntax (week 44)
    ("da", "2027-10-19", "efterårsferien", ("2027-10-19", "2027-10-24")),  # this week: from today
    ("nb", DEC1, "juleferie uke 52", ("2026-12-21", "2026-12-27")),  # was: away_syntax
    ("nb", DEC1, "permisjon uke 50", ("2026-12-07", "2026-12-13")),  # was: away_syntax
    ("da", DEC1, "konference 3.-4. dec", ("2026-12-03", "2026-12-04")),  # was: away_syntax
    ("en", DEC1, "holiday 21.12-3.1", ("2026-12-21", "2027-01-03")),  # was: away_syntax
    ("nb", DEC1, "ferie", "away_syntax"),
]  # fmt: skip

LANGUAGES = [
    ("nb", "nynorsk", "nb"),  # was: None (refused); answered in Bokmål, said so
    ("nb", "nn", "nb"),  # answered in Bokmål, now said so
    ("nb", "norsk (nynorsk)", "nb"),
    ("nb", "på nynorsk takk", "nb"),
    ("sv", "språk svenska", "sv"),
    ("sv", "Svenska tack", "sv"),
    ("en", "deutsch", None),
]

TIERS = [
    ("sv", "ICA är nu A-kund", ("ICA", "A")),
    ("da", "Mærsk niveau B", ("Mærsk", "B")),
    ("sv", "Axfood klass C", ("Axfood", "C")),
    ("nb", "Scania tier a-kunde", ("Scania", "A")),
]

RATES = [
    ("nb", "EUR 11,55; SEK 0,98", {"EUR": "11.55", "SEK": "0.98"}),
    ("nb", "1 EUR = 11,6 NOK", {"EUR": "11.6"}),
    ("nb", "GBP=13.9", {"GBP": "13.9"}),
    ("nb", "USD 10,9 kr", {"USD": "10.9"}),
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


@pytest.mark.parametrize("row", LANGUAGES, ids=lambda r: f"{r[0]} {r[1]}")
def test_language(row: tuple) -> None:
    check_language(row)


@pytest.mark.parametrize("row", TIERS, ids=lambda r: f"{r[0]} {r[1]}")
def test_tier(row: tuple) -> None:
    check_tier(row)


@pytest.mark.parametrize("row", RATES, ids=lambda r: f"{r[0]} {r[1]}")
def test_rates(row: tuple) -> None:
    check_rates(row)
