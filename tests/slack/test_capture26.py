"""End to end, as Slack sends it (session 26, the clock set; Kari reads Norwegian): counts per
customer in one message. "2 samtaler med Greggs i dag, en med Pret" asked "a call with Greggs"
(the count lost) and its Record stored one. Now each customer is asked with its own count, and
Record stores that many. The readings: tests/unit/test_capture_left26.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # 15:00 in Oslo
TUESDAY_TS = "1796133600.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    return set_up_team(slack)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_each_customer_is_asked_with_its_own_count_and_record_stores_that_many(team) -> None:  # type: ignore[no-untyped-def]
    notes = post(team, "2 samtaler med Greggs i dag, en med Pret", TUESDAY_TS, user=KARI)
    said = [text_of(n.params) for n in notes]
    assert any("*2 samtaler* med *Greggs*" in s for s in said), said
    assert stored(team) == []  # nothing stored unasked
    [record] = [b for b in buttons(notes[0].params) if b["value"].endswith("|record")]
    click(team, KARI, record, idle=True)
    calls = sorted((r["kind"], r["customer"], r["date"]) for r in stored(team))
    assert calls == [("call", "Greggs", "2026-12-01")] * 2, calls
