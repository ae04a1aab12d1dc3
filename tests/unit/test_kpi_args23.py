"""Session 23's /kpi away, goal and period words (kpiargs23), four languages, read by
tests/unit/kpi_phrasings.py: the Christmas and Easter holidays said alike in every language; a
holiday's name before its week ("vinterferie uke 8"); school and works holidays whose weeks
differ by place or employer offered as the weeks kpibot thinks, a button each (vinterferie,
sportlov, høstferie, half term, fellesferien, industrisemester), fixed ones read (efterårsferie,
höstlov, May half term); a month said whole; goals for a quarter said by its ordinal ("2.
kvartal", "andra kvartalet", "second quarter") and from after Easter (the Tuesday after Easter
Monday); "sist kvartal" as "forrige kvartal". "was:" is what main read at 7f266ffd."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.kpi_args import ended_quarter
from bot.services.kpis import Quarter
from tests.unit.kpi_phrasings import check_away_on, check_goal_from

DEC1, MAR30, JUN1 = "2026-12-01", "2027-03-30", "2027-06-01"
FEB = (("2027-02-15", "2027-02-21"), ("2027-02-22", "2027-02-28"))
CHRISTMAS = ("choose", ("2026-12-24", "2027-01-01"), ("2026-12-21", "2027-01-03"))
EASTER = ("choose", ("2027-03-25", "2027-03-29"), ("2027-03-22", "2027-03-29"))
EASTER_SV = ("choose", ("2027-03-26", "2027-03-29"), ("2027-03-22", "2027-03-29"))

# (lang, day typed, text after /kpi away, (first, last) | ("choose", (first, last), …) | refusal)
AWAY = [
    # Christmas and New Year, alike in the four languages
    ("sv", DEC1, "ledig mellan jul och nyår", ("2026-12-27", "2026-12-31")),
    ("da", DEC1, "fri mellem jul og nytår", ("2026-12-27", "2026-12-31")),
    ("da", DEC1, "imellem jul og nytår", ("2026-12-27", "2026-12-31")),  # was: away_syntax
    ("en", DEC1, "between Christmas and New Year's", ("2026-12-27", "2026-12-31")),  # was: refused
    ("sv", DEC1, "semester hela mellandagarna", ("2026-12-27", "2026-12-31")),
    ("nb", DEC1, "borte i romjula", ("2026-12-27", "2026-12-31")),  # was: away_syntax ("borte")
    ("da", DEC1, "væk i juleferien", CHRISTMAS),  # was: away_syntax ("væk")
    ("sv", DEC1, "borta v. 52-53", ("2026-12-21", "2027-01-03")),  # was: away_syntax ("borta")
    ("nb", DEC1, "i julen", CHRISTMAS),  # was: away_syntax
    ("sv", DEC1, "hela julen", CHRISTMAS),  # was: away_syntax
    ("en", DEC1, "over Christmas", CHRISTMAS),  # was: away_syntax
    ("nb", DEC1, "jul", "away_syntax"),  # July's short name alone: not guessed
    # Easter
    ("nb", DEC1, "fri i påsken", EASTER),
    ("nb", DEC1, "ledig påskeuka", ("2027-03-22", "2027-03-28")),
    ("en", DEC1, "away over Easter", EASTER_SV),  # was: away_syntax ("away")
    ("da", DEC1, "i påskeferien", EASTER),
    ("sv", DEC1, "påsklov", EASTER_SV),  # was: away_syntax
    ("sv", DEC1, "ledig påskelov", EASTER),  # was: away_syntax
    ("en", DEC1, "Easter hols", EASTER_SV),  # was: away_syntax
    # a holiday's name, then its week: the week (was: away_syntax; /kpi: the help)
    ("nb", DEC1, "vinterferie uke 8", ("2027-02-22", "2027-02-28")),
    ("sv", DEC1, "sportlov v. 9", ("2027-03-01", "2027-03-07")),
    ("da", DEC1, "vinterferie uge 7", ("2027-02-15", "2027-02-21")),
    ("nb", "2027-02-01", "høstferie uke 40", ("2027-10-04", "2027-10-10")),
    ("da", "2027-02-01", "efterårsferie uge 42", ("2027-10-18", "2027-10-24")),
    ("sv", "2027-02-01", "höstlov v. 44", ("2027-11-01", "2027-11-07")),
    ("sv", DEC1, "semester v. 28-31", ("2027-07-12", "2027-08-08")),
    # held in different weeks by place or employer: the weeks kpibot thinks, a button each
    ("nb", DEC1, "vinterferien", ("choose", *FEB, ("2027-03-01", "2027-03-07"))),
    (
        "sv",
        DEC1,
        "sportlov",
        ("choose", *FEB, ("2027-03-01", "2027-03-07"), ("2027-03-08", "2027-03-14")),
    ),  # fmt: skip
    ("en", DEC1, "half term", ("choose", *FEB)),  # was: refused (away_school_holiday)
    (
        "en",
        DEC1,
        "October half term",
        ("choose", ("2027-10-25", "2027-10-31"), ("2027-11-01", "2027-11-07")),
    ),  # fmt: skip
    ("en", "2027-03-01", "half term", ("choose", ("2027-05-31", "2027-06-06"))),  # May's: one week
    (
        "nb",
        "2027-02-23",
        "vinterferie",
        ("choose", ("2027-02-23", "2027-02-28"), ("2027-03-01", "2027-03-07")),
    ),  # fmt: skip
    (
        "nb",
        DEC1,
        "fellesferien",
        ("choose", ("2027-07-12", "2027-08-01"), ("2027-07-19", "2027-08-08")),
    ),  # fmt: skip
    (
        "sv",
        DEC1,
        "industrisemester",
        ("choose", ("2027-07-12", "2027-08-08"), ("2027-07-05", "2027-08-01")),
    ),  # fmt: skip
    # a month said whole is its days (was: away_syntax); a month alone is still asked
    ("nb", DEC1, "sommerferie hele juli", ("2027-07-01", "2027-07-31")),
    ("sv", DEC1, "hela juli", ("2027-07-01", "2027-07-31")),
    ("en", DEC1, "all of July", ("2027-07-01", "2027-07-31")),
    ("nb", DEC1, "hele november", ("2026-11-01", "2026-11-30")),  # said afterwards
    ("sv", DEC1, "i juli", "away_syntax"),
    # the UK's bank holiday Monday: the next one (the substitute Boxing Day), that day or until
    ("en", DEC1, "bank holiday Monday", ("2026-12-01", "2026-12-28", "ask")),
]

# (lang, day typed, text after "/kpi goal", (kpi, target, period, first day | None) | refusal)
GOALS = [
    ("nb", DEC1, "omsetning 3 mill for Q2", ("revenue", "3000000", "quarter", "2027-04-01")),
    (
        "da",
        DEC1,
        "12 vundne i 2. kvartal",
        ("wins", "12", "quarter", "2027-04-01"),
    ),  # was: goal_amount
    (
        "sv",
        DEC1,
        "omsättning 2 mkr för andra kvartalet",
        ("revenue", "2000000", "quarter", "2027-04-01"),
    ),  # fmt: skip
    (
        "sv",
        DEC1,
        "omsättning 2 mkr 2:a kvartalet",
        ("revenue", "2000000", "quarter", "2027-04-01"),
    ),  # fmt: skip
    (
        "da",
        DEC1,
        "omsætning 2 mio. i andet kvartal",
        ("revenue", "2000000", "quarter", "2027-04-01"),
    ),  # fmt: skip
    (
        "en",
        DEC1,
        "revenue 2m for the second quarter",
        ("revenue", "2000000", "quarter", "2027-04-01"),
    ),  # fmt: skip
    (
        "nb",
        DEC1,
        "omsetning 2 mill i 3. kvartal 2027",
        ("revenue", "2000000", "quarter", "2027-07-01"),
    ),  # fmt: skip
    (
        "nb",
        DEC1,
        "omsetning 2 mill første kvartal",
        ("revenue", "2000000", "quarter", "2027-01-01"),
    ),  # fmt: skip
    ("nb", JUN1, "omsetning 2 mill for første kvartal", "goal_period"),  # begun: refused as Q1
    # after Easter: the Tuesday after Easter Monday (was: goal_amount "40 from after Easter")
    ("en", DEC1, "40 calls per week from after Easter", ("calls", "40", "week", "2027-03-30")),
    ("nb", DEC1, "møter 10 i uka etter påske", ("meetings", "10", "week", "2027-03-30")),
    ("sv", DEC1, "möten 10 per vecka efter påsk", ("meetings", "10", "week", "2027-03-30")),
    ("da", DEC1, "møder 10 om ugen efter påske", ("meetings", "10", "week", "2027-03-30")),
    ("nb", MAR30, "møter 10 i uka etter påske", ("meetings", "10", "week", None)),  # it has come
    ("sv", DEC1, "20 möten i april", "goal_period"),  # a month is no goal's period
]

# (lang, day typed, text after /kpi or /teamstatus, the quarter that has ended | None)
QUARTERS = [
    ("nb", DEC1, "sist kvartal", "2026-Q3"),  # was: longer than a week
    ("nb", DEC1, "siste kvartal", "2026-Q3"),
    ("sv", DEC1, "senaste kvartalet", "2026-Q3"),
    ("da", DEC1, "seneste kvartal", "2026-Q3"),
    ("nb", DEC1, "første kvartal", "2026-Q1"),  # was: longer than a week
    ("da", DEC1, "3. kvartal", "2026-Q3"),
    ("sv", DEC1, "tredje kvartalet", "2026-Q3"),
    ("en", DEC1, "third quarter", "2026-Q3"),
    ("nb", DEC1, "første kvartal 2027", None),  # to come: no quarter that has ended
    ("nb", DEC1, "kvartal", None),
]


@pytest.mark.parametrize("row", AWAY, ids=lambda r: f"{r[0]} {r[1]} {r[2]}")
def test_away(row: tuple) -> None:
    check_away_on(row)


@pytest.mark.parametrize("row", GOALS, ids=lambda r: f"{r[0]} {r[1]} {r[2]}")
def test_goal(row: tuple) -> None:
    check_goal_from(row)


@pytest.mark.parametrize("row", QUARTERS, ids=lambda r: f"{r[0]} {r[1]} {r[2]}")
def test_ended_quarter(row: tuple) -> None:
    lang, day, text, want = row
    quarter = ended_quarter(text, date.fromisoformat(day))
    expected = None if want is None else Quarter(int(want[:4]), int(want[-1]))
    assert quarter == expected
