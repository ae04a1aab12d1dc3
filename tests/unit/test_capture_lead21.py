"""A deal the customer walked away from, said without a loss word (session 21, the lead's
probe): "Ericsson vill inte gå vidare", "Northvolt drog sig ur, blev inget", "Hydro trakk seg i
siste liten" recorded nothing, while "Telia tackade nej" is asked as a loss. Asked as a loss now
(never stored unasked); a meeting that did not happen stays nothing. Read on Tue 1 Dec 2026."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.fresh_phrasings import LOSS, L, check_message

T = date(2026, 12, 1)
KNOWN = ["Tine", "Kiwi", "Ericsson", "Jysk", "Volvo"]
ROWS: list[tuple[str, list]] = [
    ("Ericsson vill inte gå vidare", [(L, LOSS, "Ericsson", None, T)]),
    ("Northvolt drog sig ur, blev inget", [(L, LOSS, "Northvolt", None, T)]),
    ("Hydro trakk seg i siste liten", [(L, LOSS, "Hydro", None, T)]),
    ("Tine vil ikke gå videre", [(L, LOSS, "Tine", None, T)]),
    ("Volvo doesn't want to proceed", [(L, LOSS, "Volvo", None, T)]),
    ("Kiwi-møtet ble ikke noe av i dag", []),  # a meeting not held: nothing
]


@pytest.mark.parametrize("row", ROWS, ids=[r[0][:40] for r in ROWS])
def test_a_deal_walked_away_from_is_asked_as_a_loss(row: tuple) -> None:
    check_message(row, T, KNOWN)
