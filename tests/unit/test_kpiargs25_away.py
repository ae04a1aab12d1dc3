"""Session 25 (kpiargs25): `/kpi away` with day ranges in slash (and dot) form. A date by figures
is day/month in every language, as the readers read it (bot.services.dates: "3/8" is 3 August for
an English seller too; month/day only where the second number can be no month, "12/21"). A
period's end follows its start: "3/8-3/10" in February is 3 August to 3 October this year (was:
away_syntax, 3 October being nearer last year's). "3/8-10" is 3 to 10 August (was: 3 August 2010,
asked about 3 August 2011)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.errors import UserError
from bot.services.kpi_args import parse_away

FEB = date(2027, 2, 23)  # a Tuesday
MAR = date(2027, 3, 3)  # a Wednesday
AUG_OCT = ("2027-08-03", "2027-10-03")
AUG_3_10 = ("2027-08-03", "2027-08-10")


@pytest.mark.parametrize(
    ("today", "language", "text", "days"),
    [
        (FEB, "nb", "3/8-3/10", AUG_OCT),  # was: away_syntax
        (FEB, "nb", "3.8.–3.10.", AUG_OCT),  # was: away_syntax
        (FEB, "sv", "3/8 - 3/10", AUG_OCT),  # was: away_syntax
        (FEB, "nb", "fra 3/8 til 3/10", AUG_OCT),  # was: away_syntax
        (FEB, "da", "fra 3.8 til 3.10", AUG_OCT),  # was: away_syntax
        (FEB, "en", "3/8-3/10", AUG_OCT),  # was: away_syntax
        (FEB, "en", "from 3/8 until 3/10", AUG_OCT),  # was: away_syntax
        (MAR, "sv", "3/8–3/10", AUG_OCT),  # was: away_syntax
        (FEB, "nb", "3. aug - 3. okt", AUG_OCT),  # was: away_syntax
        (FEB, "en", "Aug 3-Oct 3", AUG_OCT),  # was: away_syntax
        (MAR, "nb", "3/8-10", AUG_3_10),  # was: 3 August 2011, asked
        (MAR, "da", "3.8-10", AUG_3_10),  # was: 3 August 2011, asked
        (MAR, "nb", "3.8.-10.", AUG_3_10),  # was: away_syntax
        (MAR, "sv", "fr.o.m. 3/8-10", AUG_3_10),  # was: 3 August 2011, asked
        # read before, and still
        (MAR, "en", "Mar 8-Mar 10", ("2027-03-08", "2027-03-10")),
        (MAR, "en", "8/3-10/3", ("2027-03-08", "2027-03-10")),
        (MAR, "nb", "3/8-10/8", AUG_3_10),
        (MAR, "en", "12/21-1/3", ("2026-12-21", "2027-01-03")),  # month/day: 21 is no month
        (FEB, "nb", "28.12-3.1", ("2026-12-28", "2027-01-03")),  # said afterwards
    ],
)  # fmt: skip
def test_a_range_by_figures_is_read_day_first(
    today: date, language: str, text: str, days: tuple
) -> None:
    away = parse_away(text, today=today)
    assert (away.ask, away.coming, away.choices) == (False, None, ()), (language, text, away)
    assert (away.starts_on.isoformat(), away.ends_on.isoformat()) == days, (language, text, away)


@pytest.mark.parametrize("text", ["2027-10-03 2027-08-03", "3.10.2027-3.8.2027"])
def test_a_year_said_is_never_moved(text: str) -> None:
    """A guard (passes on main): with the year written, the wrong way round is no period."""
    with pytest.raises(UserError) as refused:
        parse_away(text, today=FEB)
    assert refused.value.code in {"away_syntax", "bad_date", "away_too_long_ago"}, refused.value


NOV = date(2026, 11, 25)  # a Wednesday, week 48


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        # why, said first (all were: away_syntax)
        ("nb", "syk i dag", ("2026-11-25", "2026-11-25")),
        ("sv", "sjuk idag", ("2026-11-25", "2026-11-25")),
        ("da", "syg i dag", ("2026-11-25", "2026-11-25")),
        ("sv", "vab i dag", ("2026-11-25", "2026-11-25")),
        ("en", "sick today", ("2026-11-25", "2026-11-25")),
        ("da", "kursus 1.-3. dec", ("2026-12-01", "2026-12-03")),
        ("sv", "tjänstledig v 50", ("2026-12-07", "2026-12-13")),
        ("en", "out of office until friday", ("2026-11-25", "2026-11-27")),
        ("en", "out Mon-Wed next week", ("2026-11-30", "2026-12-02")),
        ("en", "sick leave next week", ("2026-11-30", "2026-12-06")),
        ("en", "on leave next week", ("2026-11-30", "2026-12-06")),
        # a sentence's full stop (were: away_syntax)
        ("nb", "neste uke.", ("2026-11-30", "2026-12-06")),
        ("nb", "hele neste uke.", ("2026-11-30", "2026-12-06")),
        ("da", "uge 50.", ("2026-12-07", "2026-12-13")),
        # read before, and still ("fri" is Friday here, not a reason)
        ("en", "off fri & mon", ("2026-11-27", "2026-11-30")),
        ("nb", "juleferie uke 52", ("2026-12-21", "2026-12-27")),
    ],
)  # fmt: skip
def test_a_reason_or_a_full_stop_around_the_days(language: str, text: str, days: tuple) -> None:
    away = parse_away(text, today=NOV)
    assert (away.ask, away.coming, away.choices) == (False, None, ()), (language, text, away)
    assert (away.starts_on.isoformat(), away.ends_on.isoformat()) == days, (language, text, away)


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        # Swedish short weekdays, and a short one beside a longer one (all were: away_syntax)
        ("sv", "må-fr v.50", ("2026-12-07", "2026-12-11")),
        ("sv", "tis-tor v 50", ("2026-12-08", "2026-12-10")),
        ("sv", "lö-sö", ("2026-11-28", "2026-11-29")),
        ("nb", "to-fre", ("2026-11-26", "2026-11-27")),
        # read before, and still
        ("nb", "ma-fr uke 50", ("2026-12-07", "2026-12-11")),
        ("sv", "mån–fre v 50", ("2026-12-07", "2026-12-11")),
    ],
)  # fmt: skip
def test_short_weekdays_in_a_range(language: str, text: str, days: tuple) -> None:
    away = parse_away(text, today=NOV)
    assert (away.ask, away.coming, away.choices) == (False, None, ()), (language, text, away)
    assert (away.starts_on.isoformat(), away.ends_on.isoformat()) == days, (language, text, away)


@pytest.mark.parametrize("text", ["1st Dec", "1st December", "21st Dec"])
def test_an_english_ordinal_day_alone_is_asked(text: str) -> None:
    """ "1st Dec" alone: that day, or from today until then? Asked, as "1 Dec" is (was:
    away_syntax, the month read as named without a day)."""
    away = parse_away(text, today=NOV)
    assert away.ask and away.starts_on == NOV, away
    assert away.ends_on.month == 12 and away.ends_on.day in {1, 21}, away


@pytest.mark.parametrize("text", ["i januar", "jan-mar", "ferie-fredag"])
def test_a_month_or_words_without_days_are_still_refused(text: str) -> None:
    """A guard (passes on main): no days said, none guessed."""
    with pytest.raises(UserError):
        parse_away(text, today=NOV)
