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
    # mendF34 (the lead's rule): a quarter named alone not begun this year is last year's
    ("2027-04-01", "Q3", "2026-Q3"),  # was None (to come)
    ("2027-04-01", "neste kvartal", None),
]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r[0]} {r[1]}")
def test_the_quarter_shown(row: tuple) -> None:
    day, text, want = row
    quarter = ended_quarter(text, date.fromisoformat(day))
    assert quarter == (None if want is None else Quarter(int(want[:4]), int(want[-1])))


def test_a_refusal_after_the_commit_never_says_nothing_was_stored() -> None:
    """bot.errors.error_message: a log command's UserError adds "Nothing was stored." unless a
    unit of work of the request committed what it wrote (views33)."""
    from types import SimpleNamespace

    from bot.errors import UserError, error_message
    from tests.helpers import text_of

    body = {"command": "/logmeeting", "team_id": "T1", "user_id": "U1"}
    refused = UserError("bad_date", text="31.2.")
    for committed, said in ((False, True), (True, False)):
        request = SimpleNamespace(language="en", example=None, committed=committed)
        text = text_of(error_message(refused, body, {"request": request}))
        assert "“31.2.” is not a date on the calendar" in text, text
        assert ("nothing was stored" in text.lower()) is said, text
    request = SimpleNamespace(language="nb", example=None, committed=True)
    text = text_of(error_message(RuntimeError("a bug"), body, {"request": request}))
    assert text.startswith(":warning: Det du gjorde ble lagret"), text
