"""Session 47, through the app: held-out channel messages (/work/held47). Slack sends an emoji
in a message's text by its name (":tada:", ":handshake:"); a meeting told with one between its
clauses was read as nothing where the same message typed with the pictograph was stored. The
readings: tests/unit/test_capture47.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import post, set_up_team, stored, text_of

KARI = "U0KARI"
FRIDAY = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)  # 15:30 in Oslo
TS = [f"17648587{n:02d}.000100" for n in range(10)]


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    return set_up_team(slack)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    "message",
    [
        "Møte med Mester Grønn på Skøyen i går :handshake: de vil se en pilot",
        "Møte med Mester Grønn i går :tada: de vil se en pilot",
        "Møte med Mester Grønn i går :smile: de vil se en pilot",
    ],
)
def test_a_meeting_told_with_an_emojis_name_between_its_clauses_is_stored(team, message) -> None:  # type: ignore[no-untyped-def]
    [note] = post(team, message, TS[0], user=KARI)
    assert "Mester Grønn" in text_of(note.params)
    assert [(r["kind"], r["customer"], str(r["date"])) for r in stored(team)] == [
        ("meeting", "Mester Grønn", "2026-12-03")
    ]


@pytest.mark.backends("sqlite")
def test_a_win_said_in_the_present_tense_is_stored(team) -> None:  # type: ignore[no-untyped-def]
    [note] = post(team, "Stockmann godkände anbudet! 120 000 euro :tada:", TS[1], user=KARI)
    assert "Stockmann" in text_of(note.params)
    assert [
        (r["kind"], r["customer"], str(r["amount"]).split(".")[0], r["currency"])
        for r in stored(team)
    ] == [("win", "Stockmann", "120000", "EUR")]
