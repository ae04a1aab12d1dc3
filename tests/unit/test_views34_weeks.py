"""views34: the Christmas week named in /kpi and /teamstatus ("christmas week", "julveckan",
"juleuka", "juleugen"): the ISO week holding 24 December of this year when asked in December
(before it too: said as a week still to come), last year's when asked in January to November or
when last year is said ("i fjor", "i fjol", "sidste år", "last year's"). The week before
Christmas the same way. Rows marked "was:" were read otherwise before (what was read)."""

from __future__ import annotations

import pytest

from tests.unit.kpi_phrasings import check_week_on

DEC2, DEC28, JAN, JUL = "2026-12-02", "2026-12-28", "2027-01-10", "2026-07-01"

WEEKS = [
    ("en", DEC2, "christmas week", "2026-W52"),  # was: 2025-W52
    ("sv", DEC2, "julveckan", "2026-W52"),  # was: 2025-W52
    ("nb", DEC2, "juleuka", "2026-W52"),  # was: 2025-W52
    ("da", DEC2, "juleugen", "2026-W52"),  # was: 2025-W52
    ("nb", DEC2, "i juleuka", "2026-W52"),  # was: 2025-W52
    ("nb", DEC2, "juleuke", "2026-W52"),  # was: not a week
    ("en", DEC2, "xmas week", "2026-W52"),  # was: not a week
    ("nb", DEC2, "uka før jul", "2026-W52"),  # was: 2025-W52
    ("nb", DEC2, "juleuka i fjor", "2025-W52"),  # was: longer_than_a_week
    ("sv", DEC2, "julveckan i fjol", "2025-W52"),  # was: not a week
    ("da", DEC2, "juleugen sidste år", "2025-W52"),  # was: longer_than_a_week
    ("en", DEC2, "last year's christmas week", "2025-W52"),  # was: longer_than_a_week
    ("en", DEC2, "christmas week last year", "2025-W52"),  # was: longer_than_a_week
    ("nb", DEC2, "juleuka i år", "2026-W52"),  # was: longer_than_a_week
    ("en", DEC28, "christmas week", "2026-W52"),  # after it: this year's (held)
    ("en", JAN, "christmas week", "2026-W52"),  # asked after it (held)
    ("nb", JAN, "juleuka i fjor", "2026-W52"),  # last year: the one gone (was: refused)
    ("en", JUL, "christmas week", "2025-W52"),  # held
    ("nb", DEC2, "i fjor", "longer_than_a_week"),  # held: a year alone is no week
    ("nb", DEC2, "romjula", "2026-W01"),  # held: the romjul gone (days29's rule, unchanged)
]


@pytest.mark.parametrize("row", WEEKS, ids=lambda r: f"{r[1]} {r[2]}")
def test_christmas_week(row: tuple) -> None:
    check_week_on(row)
