"""Session 24 (holdout 23). Last year's year typed by habit in January: "Orkla 5.1.2026",
"booket møte 12.1.2026", "4/1/26" typed on 7 January 2027. As typed the day is a year back: a
meeting logged a year and two days late (refused as too old) or a next step a year gone (refused
as passed). A careful colleague reads the slip: the same day this January, when that is on the
side of today the record needs (done work by today, a next step from today). A date typed
with last year's year that makes sense as typed (30.12.2026, or 8.1.2026 for done work, whose
8 January this year is still ahead) is kept as typed."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

# "5.1.2026", "4/1/26", "2026-01-05", "5. januar 2026", "Jan 5, 2026": the year, as typed
_YEAR_TYPED = r"(?:^|[./-]){year}[.,;:]*$|^{full}-[0-9]{{1,2}}-[0-9]{{1,2}}[.,;:]*$"


def typed_last_year(day: date, today: date, words: Sequence[str], *, ahead: bool) -> date:
    """`day` read from `words` (the date as typed); this January's day when the year typed
    is last year's by habit (see the module), else `day` unchanged."""
    if today.month != 1 or day.month != 1 or day.year != today.year - 1:
        return day
    full, short = str(day.year), f"{day.year % 100:02d}"
    typed = re.compile(_YEAR_TYPED.format(year=f"(?:{full}|{short})", full=full), re.IGNORECASE)
    if not any(typed.search(word) for word in words):
        return day  # no year typed ("i fjor", "last year"): the day said is last year's
    this_year = day.replace(year=today.year)
    return this_year if (this_year >= today if ahead else this_year <= today) else day
