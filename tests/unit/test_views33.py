"""views33: the phrasings of a quarter that has ended which /kpi and /teamstatus now show, any
day after its last day (bot.services.kpi_args.ended_quarter, read as before; the views are
tests/slack/test_views33.py), and those still running or to come, which keep their answer."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.kpi_args import ended_quarter
from bot.services.kpis import Quarter

# (day typed, text after /kpi or /teamstatus, the quarter shown | None: keeps its answer)
ROWS = [
    ("2027-04-01", "forrige kvartal", "2027-Q1"),  # the lead's case: Thursday 1 April
    ("2027-04-01", "last quarter", "2027-Q1"),
    ("2027-04-01", "förra kvartalet", "2027-Q1"),
    ("2027-04-01", "sidste kvartal", "2027-Q1"),
    ("2027-04-01", "Q1", "2027-Q1"),
    ("2027-05-20", "Q1", "2027-Q1"),  # any day after it
    ("2026-12-01", "Q3", "2026-Q3"),
    ("2027-04-01", "Q4 2026", "2026-Q4"),
    ("2027-01-01", "forrige kvartal", "2026-Q4"),  # the first day after the year's last
    ("2027-03-31", "Q1", None),  # its last day: still running
    ("2027-04-01", "Q2", None),  # running
    ("2027-04-01", "kvartal", None),
    ("2027-04-01", "Q3", None),  # to come
    ("2027-04-01", "neste kvartal", None),
]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r[0]} {r[1]}")
def test_the_quarter_shown(row: tuple) -> None:
    day, text, want = row
    quarter = ended_quarter(text, date.fromisoformat(day))
    assert quarter == (None if want is None else Quarter(int(want[:4]), int(want[-1])))
