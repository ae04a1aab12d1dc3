"""Session 37, the log commands through the app: a count times a price ("/logoffer Kiwi 4 x
125 000", "Boots 3x £10k", "ICA 2 st à 150 000 kr") and two amounts added ("/logwin Kiwi 1,2
mill + 200k") are asked at the worked-out value, the words shown, and "Store as read" stores that
value with the words as its note (was: the unit price, or one part, offered and stored)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click_answer, count_rows, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
THURSDAY = datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    return set_up_team(slack)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("command", "text", "amount", "shown"),
    [
        ("/logoffer", "Kiwi 4 x 125 000", Decimal(500_000), "500 000"),
        ("/logoffer", "Kiwi 4 x 125k", Decimal(500_000), "500 000"),
        ("/logwin", "Kiwi 1,2 mill + 200k", Decimal(1_400_000), "1 400 000"),
        ("/logoffer", "ICA 2 st à 150 000 kr", Decimal(300_000), "300 000"),
        ("/logwin", "Volvo 1 mkr + 250 tkr", Decimal(1_250_000), "1 250 000"),
        ("/logoffer", "Lego 10 licenser á 12.000 kr", Decimal(120_000), "120 000"),
    ],
)
def test_a_worked_out_value_is_asked_and_stored_as_read(  # type: ignore[no-untyped-def]
    team, command: str, text: str, amount: Decimal, shown: str
) -> None:
    result = team.driver.command(command, text, KARI, CHANNEL)
    reply = result.reply()
    said = text_of(reply).replace("\xa0", " ")
    assert shown in said, said
    assert count_rows(team) == 0  # asked, nothing stored before the click
    [as_read] = [b for b in buttons(reply) if b["value"].endswith("|as_read")]
    click_answer(team, KARI, as_read, result)
    [row] = [r for r in stored(team) if r["kind"] in ("offer", "win")]
    assert row["amount"] == amount, row
