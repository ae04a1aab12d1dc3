"""Session 37, through the app: a list of terse items with no heading, one of them read as done
("• Møte Tine / • Tlf Kiwi / • Tilbud Orkla 400k", "Møte Tine, tlf Kiwi, tilbud Orkla 400k"),
asks every item in one question and one click stores each once (was: the offer alone stored,
the meeting and the call dropped unsaid). The readings: tests/unit/test_capture_lead37.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
THURSDAY = datetime(2026, 12, 3, 14, 0, tzinfo=UTC)  # 15:00 in Oslo
TS = "1796392800.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(THURSDAY)
    return set_up_team(slack)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    "text",
    [
        "• Møte Tine\n• Tlf Kiwi\n• Tilbud Orkla 400k",
        "Møte Tine, tlf Kiwi, tilbud Orkla 400k",
    ],
)
def test_every_terse_item_is_asked_and_stored_once(team, text: str) -> None:  # type: ignore[no-untyped-def]
    [note] = post(team, text, TS, user=KARI)
    said = text_of(note.params)
    for customer in ("Tine", "Kiwi", "Orkla"):
        assert f"*{customer}*" in said, said
    assert stored(team) == []  # asked, never stored unasked
    [record_all] = [b for b in buttons(note.params) if b["value"].endswith("|record_all")]
    click(team, KARI, record_all, idle=True)
    click(team, KARI, record_all, idle=True)  # a double click stores nothing twice
    got = sorted((r["kind"], r["customer"], r["date"], r["amount"]) for r in stored(team))
    assert [g[:3] for g in got] == [
        ("call", "Kiwi", "2026-12-03"),
        ("meeting", "Tine", "2026-12-03"),
        ("offer", "Orkla", "2026-12-03"),
    ], got
    assert got[2][3] in ("400000", "400000.00", 400000), got
