"""Which weekdays are public holidays where a seller works: a kpis.Calendar per place, read from
python-holidays (the `holidays` package), the one place kpibot learns about holidays.

The place is the seller's own Slack time zone when Slack told us it, else their team's; a zone
not listed in PLACES has no holidays (Monday to Friday are working days, as before kpibot kept
any). Only zones that name one country are listed: a zone shared by several countries would
give a seller another country's holidays.

What counts is the statutory public holidays (python-holidays' "public" category), without the
eves in NOT_COUNTED: Christmas Eve, New Year's Eve and Midsummer Eve are days off by custom or
agreement in the Nordics (many offices close at noon, shops are open) but not public holidays,
and a manager who counts them off does so with `/kpi away`. Change NOT_COUNTED to count them.
Nothing is stored: a calendar is worked out from the zone each time it is needed (once per
place and process)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta
from functools import lru_cache

from bot.services.kpis import NO_HOLIDAYS, Calendar

# Time zone -> (country, subdivision) as python-holidays names them.
PLACES: dict[str, tuple[str, str | None]] = {
    "Europe/Oslo": ("NO", None),
    "Arctic/Longyearbyen": ("NO", None),
    "Europe/Stockholm": ("SE", None),
    "Europe/Copenhagen": ("DK", None),
    "Europe/London": ("GB", "ENG"),  # the UK's one zone: England's calendar (England and Wales)
    "Europe/Helsinki": ("FI", None),
    "Europe/Mariehamn": ("FI", None),
    "Atlantic/Reykjavik": ("IS", None),
    "Europe/Dublin": ("IE", None),
}

# Days off by custom, not public holidays (names as python-holidays gives them in en_US).
NOT_COUNTED = frozenset({"Christmas Eve", "New Year's Eve", "Midsummer Eve"})

# Where the eves in NOT_COUNTED are days off by custom (Christmas Eve and New Year's Eve in the
# Nordics; Midsummer Eve in Sweden and Finland): still working days for goals and paces (they are
# no public holidays), but no day to be reminded of work (bot.jobs.tick: no nudge on julaften).
_EVES_OFF = frozenset({"NO", "SE", "DK", "FI", "IS"})
_MIDSUMMER_EVE_OFF = frozenset({"SE", "FI"})


def day_off_by_custom(day: date, seller_zone: str | None, team_zone: str | None = None) -> bool:
    """Christmas Eve or New Year's Eve where the seller works in the Nordics, or Midsummer Eve
    (the Friday from 19 to 25 June) in Sweden or Finland: offices close, nobody wants a reminder.
    England, Ireland and a zone kpibot does not know: none."""
    zone = seller_zone or team_zone
    place = PLACES.get(zone) if zone else None
    return place is not None and off_by_custom_in(place[0], day)


def off_by_custom_in(country: str, day: date) -> bool:
    """`day_off_by_custom` by country ("NO", "SE", ...) rather than time zone."""
    if country not in _EVES_OFF:
        return False
    if (day.month, day.day) in ((12, 24), (12, 31)):
        return True
    return (
        country in _MIDSUMMER_EVE_OFF
        and day.month == 6
        and 19 <= day.day <= 25
        and day.weekday() == 4
    )


# The years a calendar covers: before and after them every weekday is a working day.
FIRST_YEAR, LAST_YEAR = 2000, 2060


def calendar_for(seller_zone: str | None, team_zone: str | None = None) -> Calendar:
    """The calendar of the place a seller works: their own time zone when known, else the
    team's; NO_HOLIDAYS for a zone kpibot does not know."""
    zone = seller_zone or team_zone
    place = PLACES.get(zone) if zone else None
    if place is None:
        return NO_HOLIDAYS
    return _calendar(*place)


@lru_cache(maxsize=32)
def _calendar(country: str, subdivision: str | None) -> Calendar:
    import holidays  # imported when first needed: a process without teams never pays for it

    found = holidays.country_holidays(
        country,
        subdiv=subdivision,
        years=range(FIRST_YEAR, LAST_YEAR + 1),
        language="en_US",
        categories=(holidays.PUBLIC,),
    )
    # A day may carry two names ("Constitution Day; Pentecost Monday"): it counts when any does.
    days = [
        day
        for day, names in found.items()
        if any(name.strip() not in NOT_COUNTED for name in names.split(";"))
    ]
    place = country if subdivision is None else f"{country}-{subdivision}"
    return Calendar.of(place, days)


def england_days_off(year: int) -> dict[date, str]:
    """England's (and Wales') bank holidays of `year` that are days off, by python-holidays'
    name ("May Day", "Spring Bank Holiday", "Late Summer Bank Holiday", "Christmas Day
    (observed)" ...): a holiday on a weekend is off on the working day it is moved to, and a
    year's own changes (May Day on Fri 8 May 2020) are the library's. What "the bank holiday"
    in a British seller's message is read against (bot.services.dates)."""
    return dict(_england(year))


@lru_cache(maxsize=64)
def _england(year: int) -> tuple[tuple[date, str], ...]:
    import holidays

    found = holidays.country_holidays(
        "GB", subdiv="ENG", years=year, language="en_US", categories=(holidays.PUBLIC,)
    )
    return tuple(sorted((day, name) for day, name in found.items() if day.weekday() < 5))


# The names of holidays in the language kpibot speaks, where python-holidays has the country's
# names in it; else in English (en_US), which the renderer translates (bot.rendering.status
# HOLIDAY_NAMES: mendB32, was the country's own language, "Annandag påsk" to a Norwegian).
_NAME_LANGUAGES = {
    "nb": ("no",),
    "sv": ("sv", "sv_FI"),
    "da": ("da",),
    "en": ("en_GB", "en_IE", "en_US"),
}


def named_days(
    calendar: Calendar, first: date, last: date, language: str
) -> list[tuple[date, str]]:
    """The calendar's weekday public holidays from `first` to `last`, each with its name ("Andre
    pinsedag / Grunnlovsdag" for a day with two): what a view of those days names, so a week goal
    shrunk by a holiday says why. In `language` where python-holidays names the country's days
    in it, else in English (the renderer's gettext says those in the viewer's language)."""
    days = calendar.days[bisect_left(calendar.days, first) : bisect_right(calendar.days, last)]
    if not days or calendar.place is None:
        return []
    country, _, subdivision = calendar.place.partition("-")
    names = _names(country, subdivision or None, tuple(sorted({d.year for d in days})), language)
    return [(day, names.get(day, "")) for day in days]


@lru_cache(maxsize=64)
def _names(
    country: str, subdivision: str | None, years: tuple[int, ...], language: str
) -> dict[date, str]:
    import holidays

    known = holidays.country_holidays(country, subdiv=subdivision)
    wanted = _NAME_LANGUAGES.get(language.split("-")[0].split("_")[0], ())
    chosen = next((x for x in wanted if x in known.supported_languages), "en_US")
    if not wanted or chosen not in known.supported_languages:
        chosen = known.default_language
    found = holidays.country_holidays(
        country, subdiv=subdivision, years=years, language=chosen, categories=(holidays.PUBLIC,)
    )
    return {day: " / ".join(n.strip() for n in name.split(";")) for day, name in found.items()}


# -- days people name in December that are no holidays ------------------------------------------
def advent_sunday(year: int, number: int) -> date:
    """The `number`th Sunday of Advent (1 to 4) of `year`: the fourth is the last Sunday before
    Christmas Day (24 December when that is a Sunday), each other a week before the next."""
    christmas_eve = date(year, 12, 24)
    fourth = christmas_eve - timedelta(days=(christmas_eve.weekday() + 1) % 7)
    return fourth - timedelta(weeks=4 - number)


def black_friday(year: int) -> date:
    """The day after the fourth Thursday of November (US Thanksgiving): Black Friday, the sales
    day Nordic shops and sellers name too."""
    first = date(year, 11, 1)
    thursday = first + timedelta(days=(3 - first.weekday()) % 7)
    return thursday + timedelta(weeks=3, days=1)


_A_CAMPAIGNS_WEEKS = 13  # how long after a shopping day work is still dated by it (a quarter)
_A_SHOPPING_DAY_AHEAD = 14  # how close ahead a shopping day is dated (a done one refused)


def a_shopping_day_near(today: date) -> bool:
    """Black Friday or Cyber Monday may be the day of work logged `today`: the last gone
    thirteen weeks back or less (review: six weeks left a meeting on it logged in January
    undated), or the next two weeks ahead or less. Session 63: "Elkjøp black friday 800k" in
    September was dated last year's Black Friday, ten months back; far from one, the words
    name a campaign."""
    last = black_friday(today.year if black_friday(today.year) <= today else today.year - 1)
    ahead = black_friday(today.year + (black_friday(today.year) <= today))
    gone = (today - (last + timedelta(days=3))).days  # Cyber Monday's, the later of the two
    return gone <= 7 * _A_CAMPAIGNS_WEEKS or (ahead - today).days <= _A_SHOPPING_DAY_AHEAD


# -- a country's days off, for the channel reader -----------------------------------------------
def a_day_off_in(country: str, day: date) -> bool:
    """`day` is a weekday no one works in `country` ("NO", "SE", "DK" or "GB": England's): a
    public holiday (skjærtorsdag in Norway and Denmark, Good Friday and Easter Monday
    everywhere, 1 May in Norway, Sweden and the UK ...) or, in the Nordics, Christmas Eve or New
    Year's Eve. What a next step booked by a bare weekday or "i morgen" is checked against
    (heldmsg28: "nytt møte fredag" said the day before Easter is Good Friday, asked)."""
    if day.weekday() >= 5:
        return False
    if country in _EVES_OFF and (day.month, day.day) in ((12, 24), (12, 31)):
        return True
    return day in _days_off(country, day.year)


@lru_cache(maxsize=32)
def _days_off(country: str, year: int) -> frozenset[date]:
    import holidays

    found = holidays.country_holidays(
        country,
        subdiv="ENG" if country == "GB" else None,
        years=year,
        language="en_US",
        categories=(holidays.PUBLIC,),
    )
    return frozenset(
        day
        for day, names in found.items()
        if any(name.strip() not in NOT_COUNTED for name in names.split(";"))
    )
