"""cmds27: the log command's reader is told who is writing. A Swede's "/logmeeting Volvo på
fredag" on a Wednesday is this coming Friday: nothing stored, the talk offered as the lead's
next step (as "i morgon" is); a Norwegian's "på fredag" stays the Friday gone, stored. Sent
twice, so the second is read before the writer's turn (keys_ahead, with the language last
known) and reads the same."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import set_up_team, stored, text_of

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
