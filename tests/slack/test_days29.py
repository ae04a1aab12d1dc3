"""days29: a week said as the day of done work is asked, a button per working day of it (was
stored unasked on its Monday); the words not read beside it are asked after the day is picked,
through the same answer (they were never shown: stored, they were dropped)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click_answer, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.backends("sqlite")


def _button(reply: dict, value: str) -> dict:
    [button] = [b for b in buttons(reply) if b["value"].endswith(f"|{value}")]
    return button


def test_a_week_gone_is_asked_then_the_words_not_read(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    result = team.driver.command("/logmeeting", "Electrolux forrige uke lunka", KARI, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == []
    assert "«forrige uke» er mer enn én dag" in text_of(reply)
    days = [b["value"].split("|")[1] for b in buttons(reply)]
    assert days == [
        *(f"day:2026-11-{day}" for day in (23, 24, 25, 26, 27)),
        "cancel",
    ]
    then = click_answer(team, KARI, _button(reply, "day:2026-11-25"), result)
    assert stored(team) == []  # nothing half-recorded: the words are asked first
    assert "«lunka»" in text_of(then) and "25. nov. 2026" in text_of(then)
    done = click_answer(team, KARI, _button(then, "as_read"), result)
    assert "Electrolux" in text_of(done)
    [row] = stored(team)
    assert (row["customer"], row["date"], row["note"]) == ("Electrolux", "2026-11-25", "lunka")
