"""cmds28. A period named for done work instead of its day ("/logoffer Tine 200k i desember"
said in January, "i påsken" after Easter, "last month", "i vinterferien"): the period's first
and last day gone, so the seller is asked which day it was (a button per working day, or a
date picker for a longer period), never a day kpibot picked (was: "Store as read" on today).

Pure: the caller says which days are worked (its calendar) and what today is."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.services.dates import MONTHS, easter_sunday, fold, names_a_month, names_the_romjul
from bot.services.public_holidays import a_day_off_in, off_by_custom_in

# Buttons at most; a longer period is asked with a date picker.
MOST_DAY_BUTTONS = 7


@dataclass(frozen=True)
class Period:
    said: str  # the words as typed ("i desember")
    first: date
    last: date  # never after today

    def working_days(self, worked: Callable[[date], bool]) -> tuple[date, ...]:
        days = (self.first + timedelta(days=n) for n in range((self.last - self.first).days + 1))
        return tuple(day for day in days if day.weekday() < 5 and worked(day))

    def first_working_day(self, worked: Callable[[date], bool]) -> date:
        return next(iter(self.working_days(worked)), self.first)


# Words before a period that say nothing more of it (folded).
_LEADING = {"i", "in", "under", "during", "over", "pa", "hele", "hela", "all", "the", "sist"}
_LAST_MONTH = {
    "forrige maned", "forrige mnd", "forrige maaned", "forige maned", "forrige manad",
    "forra manaden", "forra manad", "forra mnd", "forrige mnd.", "sidste maned", "sidste maaned",
    "sidste mnd", "sidste mnd.", "last month", "previous month", "manaden som var",
    "maneden som var", "forrige maneden",
}  # fmt: skip
_THIS_MONTH = {
    "denne maneden", "denne maned", "denne mnd", "denne maaned", "this month", "den har manaden",
    "denna manad", "denna manaden", "maneden", "manaden",
}  # fmt: skip
_EASTER = {
    "paske", "pasken", "paska", "paskehelga", "paskehelgen", "paskeferien", "paskeferie", "pask",
    "paskas", "paskhelgen", "pasklovet", "paskeuka", "paskeuken", "paskveckan", "paskeveckan",
    "paskeugen", "paskeuge", "easter", "easter week", "holy week", "easter break",
    "easter holidays", "the easter break", "the easter holidays", "easter weekend",
    "easter hols", "the easter hols", "easter holiday", "the easter holiday",  # days29
}  # fmt: skip
# days29. The week before last ("uka før forrige", "veckan innan förra", "the week before last")
_WEEK_BEFORE_LAST = {
    "uka for forrige", "uken for forrige", "veka for forrige", "veckan innan forra",
    "veckan fore forra", "ugen for sidste", "ugen inden sidste", "week before last",
    "the week before last",
}  # fmt: skip
# days29. The week before Easter week ("uka før påske", "veckan före påsk", "ugen før påske",
# "the week before Easter"): Monday to Sunday
_BEFORE_EASTER = {
    "uka for paske", "uken for paske", "uka for pasken", "veka for paske", "veckan fore pask",
    "veckan fore paska", "veckan innan pask", "ugen for paske", "ugen inden paske",
    "week before easter", "the week before easter",
}  # fmt: skip
# Christmas week, and Christmas as a holiday (its week and the romjul after it)
_CHRISTMAS_WEEK = {
    "juleuka", "juleuken", "juleuke", "julveckan", "julvecka", "juleugen", "juleuge",
    "christmas week",
}  # fmt: skip
_CHRISTMAS = {
    "jul", "jula", "julen", "christmas", "xmas", "juleferien", "jullovet", "juleferie",
    "julas",  # days29: a Swede's "i julas", the Christmas gone
}  # fmt: skip
# days29. New Year ("over nyttår", "i nyår", "over the new year"): the week of 1 January
_NEW_YEAR = {
    "nyttar", "nyttaar", "nyttaret", "nyar", "nyaret", "nytar", "nytaar", "nytaret", "new year",
    "new years", "new year's", "nyttarshelga", "nyttarshelgen", "nyarshelgen", "nytarsweekenden",
    "arsskiftet", "aarsskiftet",
}  # fmt: skip
# School breaks (folded): (first ISO week, last ISO week) by the seller's language
_WINTER = {
    "vinterferie", "vinterferien", "vinterferia", "vinterferieuka", "vinterferiuka",
    "vinterferieugen", "sportlov", "sportlovet", "sportlovsveckan", "vinterlov", "vinterlovet",
    "winter break", "february half term", "winter half term",
    "feb half term", "half term in feb", "half term in february", "february half-term",  # days29
}  # fmt: skip
_WINTER_WEEKS = {"nb": (8, 9), "da": (7, 8), "sv": (7, 10)}
_AUTUMN = {
    "hostferie", "hostferien", "hostferia", "efterarsferie", "efterarsferien", "hostlov",
    "hostlovet", "october half term", "autumn half term",
}  # fmt: skip
_AUTUMN_WEEKS = {"nb": (39, 41), "da": (42, 42), "sv": (44, 44), "en": (43, 44)}
_SUMMER_HOLIDAY = {
    "fellesferien", "fellesferie", "fellesferia", "sommerferien", "sommerferie", "sommerferia",
    "semestern", "semester", "sommarsemestern", "industrisemestern", "sommarlovet", "sommerlov",
    "summer holidays", "the summer holidays", "summer break",
}  # fmt: skip
_SUMMER = {"sommer", "sommar", "summer", "sommeren", "sommaren", "somras", "sommers"}


def period_gone(words: str, today: date, language: str | None = None) -> Period | None:
    """The period `words` name alone, its days up to today ("i desember" on 12 January 2027:
    1 to 31 December 2026; "denne måneden": the 1st to today); None when they name no period
    or a day, or one not begun."""
    said = " ".join(words.split()).rstrip(",;.:!")
    folded = [w for w in re.split(r"[\s,]+", fold(said)) if w]
    while len(folded) > 1 and folded[0] in _LEADING:
        folded = folded[1:]
    phrase = " ".join(folded).rstrip(".")
    span = _span(phrase, today, language)
    if span is None:
        return None
    first, last = span
    if first > today:
        return None
    return Period(said, first, min(last, today))


def _span(phrase: str, today: date, language: str | None) -> tuple[date, date] | None:
    if phrase in MONTHS and phrase != "jul" and len(phrase) > 3:
        month = MONTHS[phrase]
        year = today.year if month <= today.month else today.year - 1
        return _month(year, month)
    if phrase in _LAST_MONTH:
        before = today.replace(day=1) - timedelta(days=1)
        return _month(before.year, before.month)
    if phrase in _THIS_MONTH:
        return today.replace(day=1), today
    if phrase in _WEEK_BEFORE_LAST:
        monday = _monday(today) - timedelta(weeks=2)
        return monday, monday + timedelta(days=6)
    if phrase in _BEFORE_EASTER:
        year = (
            today.year
            if easter_sunday(today.year) - timedelta(days=13) <= today
            else today.year - 1
        )
        monday = easter_sunday(year) - timedelta(days=13)
        return monday, monday + timedelta(days=6)
    if phrase in _EASTER:
        year = (
            today.year if easter_sunday(today.year) - timedelta(days=6) <= today else today.year - 1
        )
        sunday = easter_sunday(year)
        return sunday - timedelta(days=6), sunday + timedelta(days=1)
    if phrase in _CHRISTMAS_WEEK or phrase in _CHRISTMAS:
        year = today.year if today >= _monday(date(today.year, 12, 24)) else today.year - 1
        monday = _monday(date(year, 12, 24))
        return monday, monday + timedelta(days=6) if phrase in _CHRISTMAS_WEEK else date(
            year, 12, 31
        )
    if phrase in _NEW_YEAR:
        monday = _monday(date(today.year, 1, 1))
        if monday > today:
            monday = _monday(date(today.year - 1, 1, 1))
        return monday, monday + timedelta(days=6)
    if today.month == 12 and today.day < 27 and names_the_romjul(phrase.split()):
        # days29: "i romjulen" said in December before it: the romjul gone, last year's (its
        # own is not yet; inside it and after it the romjul's own question asks)
        return date(today.year - 1, 12, 27), date(today.year - 1, 12, 31)
    if phrase in _WINTER:
        return _weeks(_WINTER_WEEKS.get(language or "", (7, 9)), today)
    if phrase in _AUTUMN:
        return _weeks(_AUTUMN_WEEKS.get(language or "", (39, 44)), today)
    if phrase in _SUMMER_HOLIDAY:
        return _weeks((27, 31), today)
    if phrase in _SUMMER:
        year = today.year if today >= date(today.year, 6, 1) else today.year - 1
        return date(year, 6, 1), date(year, 8, 31)
    return None


def worked(day: date, country: str | None) -> bool:
    """Whether `day` (a weekday) is worked in `country` ("NO", "SE", "DK", "GB"; None: every
    weekday): no public holiday (python-holidays, one year at a time: cheap while a slash command
    waits for its acknowledgement), no julaften or nyttårsaften in the Nordics, no Midsummer Eve
    in Sweden."""
    if country is None:
        return True
    return not a_day_off_in(country, day) and not off_by_custom_in(country, day)


def romjul_working_days(today: date) -> tuple[date, ...]:
    """The romjul's working days (27 to 31 December, weekdays) once it is over, within January
    and February; () in December (inside it, or not yet) and later in the year."""
    if today.month not in (1, 2):
        return ()
    days = (date(today.year - 1, 12, day) for day in range(27, 32))
    return tuple(day for day in days if day.weekday() < 5)


def _month(year: int, month: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _weeks(weeks: tuple[int, int], today: date) -> tuple[date, date]:
    """ISO weeks `weeks` of the latest year in which they have begun, Monday to Sunday."""
    year = today.isocalendar().year
    if date.fromisocalendar(year, weeks[0], 1) > today:
        year -= 1
    return date.fromisocalendar(year, weeks[0], 1), date.fromisocalendar(year, weeks[1], 7)


# days29. A week said as the day of done work ("forrige uke", "last week", "förra veckan",
# "sidste uge", "tidligere i uka", "i uke 47", "v. 47"): every word one of these (folded), one
# of them a week. A weekday, a count ("for en uke siden") or a week to come names something else.
_A_WEEK = {
    "uke", "uka", "uken", "veke", "veka", "vecka", "veckan", "uge", "ugen", "week",
    "wk", "v", "w", "kw",
    # Easter week by its name, once gone (was its Monday, sure: HOLDOUT_17_LEFT)
    "paskeuka", "paskeuken", "paskeuke", "paskeugen", "paskeuge", "paskveckan", "paskeveckan",
}  # fmt: skip
_AROUND_A_WEEK = {
    "i", "in", "pa", "paa", "during", "under", "the", "of", "av", "af", "lopet", "lobet",
    "forrige", "forige", "forrie", "forr", "sist", "siste", "sidste", "forra", "last",
    "previous", "denne", "this", "den", "har", "her", "tidligere", "tidigare", "tidlegare",
    "earlier", "easter", "holy",
    # lead35: the week before last ("week before last", "uka før forrige", "förrförra veckan")
    "before", "for", "fore", "forrforrige", "forrforra", "forforra",
}  # fmt: skip
_EARLIER = {"tidligere", "tidigare", "tidlegare", "earlier"}
_GLUED_WEEK = re.compile(r"(?:uke|veke|vecka|uge|week|wk|kw|v|w)\.?([0-9]{1,2})")


def names_a_week(words: list[str]) -> bool:
    """days29. Whether `words` (as typed) name a week alone, with no day of it."""
    folded = [fold(word).strip(",;:!?") for word in words]
    folded = [word.rstrip(".") or word for word in folded if word]
    if folded[:1] in (["w/c"], ["wc"], ["w/b"]) or folded[:2] in (
        ["week", "commencing"],
        ["week", "beginning"],
    ):
        # "w/c 29 March", "week commencing 29th March": the week of that Monday
        return True
    weekly = False
    for word in folded:
        if word in _A_WEEK or _GLUED_WEEK.fullmatch(word):
            weekly = True
        elif word.isdigit() and (1 <= int(word) <= 53 or len(word) == 4):
            continue  # the week's number, or its year
        elif word not in _AROUND_A_WEEK:
            return False
    return weekly


def week_gone(words: list[str], monday: date, today: date) -> Period | None:
    """days29. The week `words` name alone, read as its `monday`: its days up to today (up to
    yesterday for "tidligere i uka", "earlier this week"); None when they name no week, or its
    Monday is not `monday` or not gone."""
    if monday.weekday() != 0 or monday > today or not names_a_week(words):
        return None
    last = min(monday + timedelta(days=6), today)
    if any(fold(word).strip(",;:.!?") in _EARLIER for word in words):
        last = min(last, today - timedelta(days=1))
    if last < monday:
        return None
    return Period(" ".join(words).rstrip(",;:"), monday, last)


def a_month_not_begun(said: list[str], when: date, today: date) -> bool:
    """days29. An offer's or a win's day said as a month by its name alone that has not begun
    ("/logoffer Kiwi 200k i januar" said on 1 December: was refused as "Fri 1 Jan 2027 is
    ahead", a day never written). Done work, so the January gone, or a slip, or a plan: asked
    as the month gone is (a date picker on its days, and Cancel), never refused with a day."""
    words = [fold(word).strip(",;.") for word in said]
    return (
        when > today
        and when.day == 1
        and names_a_month(" ".join(said))
        and any(word in MONTHS for word in words)
        # the month by its name alone: "primo oktober", "innen januar", "neste januar" say more
        and all(word in MONTHS or word in _IN_A_MONTH for word in words)
    )


_IN_A_MONTH = {"i", "in", "pa", "during", "under", "hele", "hela", "all", "of", "the"}
