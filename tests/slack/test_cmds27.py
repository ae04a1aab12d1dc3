"""cmds27: the log command's reader is told who is writing. A Swede's "/logmeeting Volvo på
fredag" on a Wednesday is this coming Friday: nothing stored, the talk offered as the lead's
next step (as "i morgon" is); a Norwegian's "på fredag" stays the Friday gone, stored. Sent
twice, so the second is read before the writer's turn (keys_ahead, with the language last
known) and reads the same."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, set_up_team, stored, text_of

LARS, KARI = "U0LARS", "U0KARI"
CHANNEL = "C0SALES"
WEDNESDAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

pytestmark = pytest.mark.backends("sqlite")


def test_a_swedes_coming_friday_is_planned_not_stored(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locales={LARS: "sv-SE", KARI: "nb-NO"})
    for _ in range(2):
        reply = team.driver.command("/logmeeting", "Volvo på fredag", LARS, CHANNEL).reply()
        team.wait_idle()
        assert stored(team) == []
        assert "4 dec" in text_of(reply)  # the coming Friday, Fri 4 Dec, named
    team.driver.command("/logmeeting", "Orkla på fredag", KARI, CHANNEL).reply()
    team.wait_idle()
    [row] = stored(team)
    assert (row["customer"], row["date"]) == ("Orkla", "2026-11-27")


FIRST_MONDAY = datetime(2028, 1, 3, 9, 0, tzinfo=UTC)


def test_the_romjul_is_asked_with_its_days_and_a_month_alone_is_asked(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # tests/unit/test_cmds27_vague.py's docstring: why asked, never a day kpibot picks
    clock.set(FIRST_MONDAY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    result = team.driver.command("/logcall", "Posten i romjula, varm", KARI, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == []
    days = [b["value"].split("|")[1] for b in buttons(reply)]
    assert days == [f"day:2027-12-{d}" for d in range(27, 32)] + ["cancel"]
    assert "«i romjula» er mer enn én dag" in text_of(reply)
    click(team, KARI, buttons(reply)[1], result, idle=True)
    [row] = stored(team)
    assert (row["customer"], row["date"], row["kind"]) == ("Posten", "2027-12-28", "call")
    month = team.driver.command("/logmeeting", "Orkla i desember, kald", KARI, CHANNEL).reply()
    team.wait_idle()
    assert len(stored(team)) == 1  # nothing more stored before the answer
    assert "i desember" in text_of(month)
    # cmds28: which day of December, in a date picker (was "Store as read" on today, or Edit)
    elements = [e for b in month["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert [e["type"] for e in elements] == ["datepicker", "button"]
