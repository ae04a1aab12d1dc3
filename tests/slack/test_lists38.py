"""Session 38, through the app: wins bulleted under their heading and sentences each opened by
a customer and a colon, each recorded (asked, or stored as the same post line by line is; were:
one record, the others dropped unasked). The readings: tests/unit/test_capture_lead38.py."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored

KARI = "U0KARI"
THURSDAY = datetime(2026, 12, 3, 14, 30, tzinfo=UTC)  # 15:30 in Oslo
AT_HALF_PAST_THREE = "1796308200.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    return set_up_team(slack)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dagens salg:\n• Tine 300k\n• Kiwi 150k\n• Rema 80k",
         [("win", "Kiwi", Decimal(150000)), ("win", "Rema", Decimal(80000)),
          ("win", "Tine", Decimal(300000))]),
        ("Tine: møte i dag, varm. Kiwi: tilbud 250k sendt.",
         [("meeting", "Tine", None), ("offer", "Kiwi", Decimal(250000))]),
    ],
)  # fmt: skip
def test_every_item_is_recorded_with_one_click(team, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    for note in post(team, text, AT_HALF_PAST_THREE, user=KARI):
        for button in buttons(note.params):
            if button["value"].endswith("|record"):
                click(team, KARI, button, idle=True)
    rows = sorted(
        (r["kind"], r["customer"], None if r["amount"] is None else Decimal(str(r["amount"])))
        for r in stored(team)
    )
    assert rows == expected, rows
    assert {str(r["date"]) for r in stored(team)} == {"2026-12-03"}
