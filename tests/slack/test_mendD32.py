"""mendD32, end to end (the clock set): a wrap-up's lone win with no amount and no open offer is
asked alone, the amount said missing with an example, its counts named as not recorded (was:
Record all, whose click dead-ended on "no open offer, so I need the amount"); a wrap-up's offer
is "til" its customer, as every offer question since mendF31; a plain "Vant Kiwi i går" says
the amount is missing. The readings: tests/unit/test_capture_mendD32.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, post, set_up_team, text_of

KARI = "U0KARI"
WEDNESDAY = datetime(2026, 12, 2, 13, 0, tzinfo=UTC)  # 14:00 in Oslo
TS = "1796216400.000100"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    "text",
    ["Ukens oppsummering:\n5 møter\nVant Kiwi i går", "Vant Kiwi i går"],
)
def test_a_win_with_no_amount_says_the_amount_is_missing(slack, clock, text: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    [note] = post(team, text, TS, user=KARI)
    said = text_of(note.params)
    assert "Beløpet mangler" in said and "`/logwin Kiwi 200k`" in said, said
    assert not [b for b in buttons(note.params) if b["value"].endswith(("|record_all", "|record"))]
    if "\n" in text:
        assert "Ikke registrert: «5 møter»" in said, said


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_wrap_ups_offer_is_to_its_customer(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack)
    [note] = post(team, "Ukens oppsummering: 4 møter, tilbud til Orkla 300k i går", TS, user=KARI)
    said = text_of(note.params)
    assert "et tilbud til *Orkla*" in said and "tilbud med" not in said, said
    assert "Ikke registrert: «4 møter»" in said, said
