"""The day a team set up within a goal's period is measured from (teamstart24): its set-up, or
the first day of the work backdated before it while that work runs up to the set-up. Was
(teamstart23): the first backdated day whenever it was, so one call backdated to January by a
team set up on 20 March made the whole of Q1 its period."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.kpis import first_counted_day

SET_UP = date(2027, 3, 20)  # a Saturday; the rule does not care


@pytest.mark.parametrize(
    ("worked", "counted"),
    [
        # Nothing backdated: the set-up.
        ((), SET_UP),
        # Work logged for the set-up day or after it is no backdating.
        ((date(2027, 3, 20), date(2027, 3, 22)), SET_UP),
        # Last week logged afterwards: from its first day.
        ((date(2027, 3, 15), date(2027, 3, 17), date(2027, 3, 19)), date(2027, 3, 15)),
        # One call backdated to January: counted, but no reason to measure the team from it.
        ((date(2027, 1, 5),), SET_UP),
        ((date(2027, 1, 5), date(2027, 3, 18)), date(2027, 3, 18)),
        # A run with gaps of up to 13 empty days (Easter, a quiet week) counts whole.
        ((date(2027, 2, 22), date(2027, 3, 8), date(2027, 3, 19)), date(2027, 2, 22)),
        # 14 empty days (6 to 19 March) part the run: the set-up.
        ((date(2027, 3, 5),), SET_UP),
        ((date(2027, 3, 6),), date(2027, 3, 6)),
    ],
)
def test_a_team_is_measured_from_its_set_up_or_the_backdated_run_up_to_it(
    worked: tuple[date, ...], counted: date
) -> None:
    assert first_counted_day(SET_UP, worked) == counted


def test_the_run_over_christmas_and_new_year_is_one_run() -> None:
    # Logged to Wed 23 Dec, again from Mon 4 Jan (11 empty days); set up Mon 11 Jan.
    worked = [date(2026, 12, d) for d in (14, 16, 21, 23)] + [date(2027, 1, 4), date(2027, 1, 8)]
    assert first_counted_day(date(2027, 1, 11), worked) == date(2026, 12, 14)
