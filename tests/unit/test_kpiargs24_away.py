"""Session 24 (kpiargs24): how people write an away period, in four languages (`/kpi away …`), each
read as the days meant, asked with a button each when it may be days gone or coming, or refused with
the example message when it names no days. Today is Wednesday 3 March 2027 (week 9). The rows
marked "was" were not read before (away_syntax, or another period)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.errors import UserError
from bot.services.kpi_args import parse_away

TODAY = date(2027, 3, 3)  # a Wednesday, week 9
MON_WED = ("2027-03-08", "2027-03-10")  # next Monday to Wednesday
WED_FRI = ("2027-03-10", "2027-03-12")
WEEK_11 = ("2027-03-15", "2027-03-21")
WEEKS_11_12 = ("2027-03-15", "2027-03-28")
TOMORROW_FRI = ("2027-03-04", "2027-03-05")


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        # two dates with only a space between them (all were: away_syntax)
        ("en", "2027-03-10 2027-03-12", WED_FRI),
        ("en", "2027-03-10  2027-03-12", WED_FRI),
        ("nb", "10.3 12.3", WED_FRI),
        ("nb", "10.3.2027 12.3.2027", WED_FRI),
        ("sv", "10/3 12/3", WED_FRI),
        ("nb", "10. mars 12. mars", WED_FRI),
        ("en", "10 march 12 march", WED_FRI),
        ("nb", "mandag 8.3 onsdag 10.3", MON_WED),
        # two dates with a dash or a word
        ("en", "2027-03-10 - 2027-03-12", WED_FRI),
        ("en", "2027-03-10–2027-03-12", WED_FRI),
        ("nb", "2027-03-10 til 2027-03-12", WED_FRI),
        ("nb", "10.3 til 12.3", WED_FRI),
        ("nb", "10.3-12.3", WED_FRI),
        ("nb", "10.3.-12.3.", WED_FRI),
        ("nb", "10.3 - 12.3.2027", WED_FRI),
        ("sv", "10/3–12/3", WED_FRI),
        ("da", "10/3 - 12/3", WED_FRI),
        ("nb", "10.–12. mars", WED_FRI),
        ("nb", "10.-12.3", WED_FRI),
        ("nb", "10-12 mars", WED_FRI),
        ("sv", "10–12 mars", WED_FRI),
        ("da", "10.–12. marts", WED_FRI),
        ("en", "10-12 March", WED_FRI),
        ("en", "10th-12th March", WED_FRI),
        ("en", "March 10-12", WED_FRI),
        ("en", "March 10th - March 12th", WED_FRI),
        ("en", "10th March to 12th March", WED_FRI),
        ("nb", "fra 10. til 12. mars", WED_FRI),
        ("nb", "fra 10. mars til 12. mars", WED_FRI),
        ("nb", "fra den 10. til den 12.", WED_FRI),
        ("nb", "10. til og med 12. mars", WED_FRI),
        ("nb", "fra 10.3 til og med 12.3", WED_FRI),
        ("sv", "från 10 mars till 12 mars", WED_FRI),
        ("sv", "den 10 till den 12 mars", WED_FRI),  # was: away_syntax
        ("sv", "fr.o.m. 10/3 t.o.m. 12/3", WED_FRI),
        ("da", "fra 10. marts til 12. marts", WED_FRI),
        ("da", "fra den 10. til den 12. marts", WED_FRI),
        ("da", "d. 10.-12. marts", WED_FRI),
        ("en", "from 10 to 12 March", WED_FRI),
        ("en", "from the 10th to the 12th of March", WED_FRI),
        ("en", "10 through 12 March", WED_FRI),
        ("en", "March 10 through 12", WED_FRI),  # was: away_syntax
        ("en", "from March 10 to 12", WED_FRI),  # was: away_syntax
        ("en", "from 10/3 until 12/3", WED_FRI),
        ("en", "the 10th to the 12th", WED_FRI),
        # between … and … (all were: away_syntax)
        ("nb", "mellom 10. og 12. mars", WED_FRI),
        ("sv", "mellan 10 och 12 mars", WED_FRI),
        ("da", "mellem 10. og 12. marts", WED_FRI),
        ("en", "between 10 and 12 March", WED_FRI),
        # weekdays with their week
        ("nb", "onsdag til fredag neste uke", WED_FRI),
        ("nb", "ons-fre neste uke", WED_FRI),
        ("nb", "mandag til onsdag i neste uke", MON_WED),
        ("nb", "fra mandag til og med onsdag neste uke", MON_WED),
        ("nb", "neste mandag til onsdag", MON_WED),
        ("nb", "neste mandag-onsdag", MON_WED),
        ("nb", "kommende mandag til onsdag", MON_WED),
        ("nb", "førstkommende mandag til onsdag", MON_WED),  # was: away_syntax
        ("nb", "ma-on neste uke", MON_WED),  # was: away_syntax
        ("nb", "ma–fr uke 11", ("2027-03-15", "2027-03-19")),  # was: away_syntax
        ("nb", "mandag-onsdag uke 11", ("2027-03-15", "2027-03-17")),
        ("sv", "mån–ons nästa vecka", MON_WED),
        ("sv", "nästa mån-ons", MON_WED),
        ("sv", "nästa måndag till onsdag", MON_WED),
        ("sv", "från måndag till onsdag nästa vecka", MON_WED),
        ("sv", "ons–fre nästa vecka", WED_FRI),
        ("sv", "mån-ons v. 11", ("2027-03-15", "2027-03-17")),
        ("da", "man–ons næste uge", MON_WED),
        ("da", "næste mandag til onsdag", MON_WED),
        ("da", "mandag til onsdag i næste uge", MON_WED),
        ("da", "onsdag–fredag næste uge", WED_FRI),
        ("da", "man-ons uge 11", ("2027-03-15", "2027-03-17")),
        ("en", "next Mon to Wed", MON_WED),
        ("en", "next Mon-Wed", MON_WED),
        ("en", "next Monday to Wednesday", MON_WED),
        ("en", "next Monday through Wednesday", MON_WED),
        ("en", "Mon–Wed next week", MON_WED),
        ("en", "Monday-Wednesday next week", MON_WED),
        ("en", "Mon-Wed week 11", ("2027-03-15", "2027-03-17")),
        ("nb", "man 8.3 - ons 10.3", MON_WED),
        ("sv", "måndag 8/3 - onsdag 10/3", MON_WED),
        ("da", "mandag d. 8. marts til onsdag d. 10. marts", MON_WED),
        ("en", "Mon 8 Mar - Wed 10 Mar", MON_WED),
        ("en", "Monday 8th to Wednesday 10th March", MON_WED),
        # from a day, a number of days
        ("nb", "3 dager fra mandag", MON_WED),
        ("nb", "tre dager fra mandag", MON_WED),
        ("nb", "i tre dager fra mandag", MON_WED),
        ("sv", "3 dagar från måndag", MON_WED),
        ("sv", "tre dagar från och med måndag", MON_WED),
        ("da", "3 dage fra mandag", MON_WED),
        ("da", "tre dage fra på mandag", MON_WED),
        ("en", "3 days from Monday", MON_WED),
        ("en", "three days starting Monday", MON_WED),
        ("en", "for 3 days from Monday", MON_WED),
        ("nb", "tre dager fra i morgen", ("2027-03-04", "2027-03-06")),
        # tomorrow to a day
        ("nb", "i morgen til fredag", TOMORROW_FRI),  # was: away_syntax
        ("nb", "i morgen - fredag", TOMORROW_FRI),  # was: away_syntax
        ("nb", "fra i morgen til fredag", TOMORROW_FRI),
        ("sv", "i morgon till fredag", TOMORROW_FRI),  # was: away_syntax
        ("en", "tomorrow to Friday", TOMORROW_FRI),
        ("en", "tomorrow through Friday", TOMORROW_FRI),
        # a whole week by its number
        ("nb", "uke 11", WEEK_11),
        ("nb", "v. 11", WEEK_11),
        ("nb", "hele uke 11", WEEK_11),
        ("nb", "hele uka 11", WEEK_11),  # was: away_syntax
        ("nb", "hele uken 11", WEEK_11),  # was: away_syntax
        ("nb", "i uke 11", WEEK_11),
        ("sv", "vecka 11", WEEK_11),
        ("sv", "v11", WEEK_11),
        ("sv", "hela vecka 11", WEEK_11),
        ("sv", "under vecka 11", WEEK_11),  # was: away_syntax
        ("da", "uge 11", WEEK_11),
        ("da", "hele uge 11", WEEK_11),
        ("da", "i uge 11", WEEK_11),
        ("en", "week 11", WEEK_11),
        ("en", "wk 11", WEEK_11),
        ("en", "in week 11", WEEK_11),
        ("en", "all week 11", WEEK_11),
        ("en", "during week 11", WEEK_11),  # was: away_syntax
        ("en", "all of week 11", WEEK_11),  # was: away_syntax
        ("en", "the whole of week 11", WEEK_11),  # was: away_syntax
        # two weeks
        ("nb", "uke 11-12", WEEKS_11_12),
        ("nb", "uke 11 og 12", WEEKS_11_12),
        ("nb", "hele uke 11 og 12", WEEKS_11_12),
        ("sv", "vecka 11–12", WEEKS_11_12),
        ("sv", "v. 11 och 12", WEEKS_11_12),
        ("da", "uge 11 til 12", WEEKS_11_12),
        ("en", "weeks 11 and 12", WEEKS_11_12),
        ("en", "weeks 11-12", WEEKS_11_12),
        # next week, the rest of this one
        ("nb", "hele neste uke", ("2027-03-08", "2027-03-14")),
        ("sv", "hela nästa vecka", ("2027-03-08", "2027-03-14")),
        ("da", "hele næste uge", ("2027-03-08", "2027-03-14")),
        ("en", "all next week", ("2027-03-08", "2027-03-14")),
        ("nb", "resten av uka", ("2027-03-03", "2027-03-07")),
        ("sv", "resten av veckan", ("2027-03-03", "2027-03-07")),
        ("da", "resten af ugen", ("2027-03-03", "2027-03-07")),
        ("en", "rest of the week", ("2027-03-03", "2027-03-07")),
    ],
)  # fmt: skip
def test_an_away_period_is_read_as_the_days_meant(language: str, text: str, days: tuple) -> None:
    away = parse_away(text, today=TODAY)
    assert (away.ask, away.coming, away.choices) == (False, None, ()), (language, text, away)
    assert (away.starts_on.isoformat(), away.ends_on.isoformat()) == days, (language, text, away)


@pytest.mark.parametrize(
    ("text", "gone", "coming"),
    [
        # Monday to Wednesday on a Wednesday: this week's (said afterwards) or next? Asked.
        ("mandag til onsdag", ("2027-03-01", "2027-03-03"), ("2027-03-08", "2027-03-10")),
        ("fr.o.m. måndag t.o.m. onsdag", ("2027-03-01", "2027-03-03"), ("2027-03-08", "2027-03-10")),
        ("mellom mandag og onsdag", ("2027-03-01", "2027-03-03"), ("2027-03-08", "2027-03-10")),
        ("between Monday and Wednesday", ("2027-03-01", "2027-03-03"), ("2027-03-08", "2027-03-10")),
    ],
)  # fmt: skip
def test_weekdays_that_may_be_gone_or_coming_are_asked(
    text: str, gone: tuple, coming: tuple
) -> None:
    """The two between-rows were away_syntax."""
    away = parse_away(text, today=TODAY)
    assert (away.starts_on.isoformat(), away.ends_on.isoformat()) == gone, away
    assert away.coming is not None and tuple(d.isoformat() for d in away.coming) == coming, away


@pytest.mark.parametrize(
    "text",
    ["mellom jul og nyttår", "mellan jul och nyår", "between Christmas and New Year"],
)
def test_between_the_holidays_is_still_romjul(text: str) -> None:
    """A guard (passes on main): "mellom … og …" of two days by figures or weekdays is their
    range now; of the holidays it is romjula, as before (not "jul - nyttår")."""
    away = parse_away(text, today=TODAY)
    assert (away.starts_on, away.ends_on) == (date(2027, 12, 27), date(2027, 12, 31)), away


@pytest.mark.parametrize(
    "text",
    ["snart", "en gang i mars", "10.3 11.3 12.3", "2027-03-12 2027-03-10", "when I'm back"],
)
def test_words_that_name_no_period_are_refused_with_the_example(text: str) -> None:
    """A guard (passes on main): two dates with a space are a period now, but never guessed
    further: three dates, or two the wrong way round, are no period (the message gives "until
    Friday", "21.12-3.1", "next week")."""
    with pytest.raises(UserError) as refused:
        parse_away(text, today=TODAY)
    assert refused.value.code in {"away_syntax", "bad_date"}, refused.value
