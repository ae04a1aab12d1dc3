"""`/kpi november`, `/kpi mai`, `/kpi forrige måned` (session 21, trial21 and the lead's probe) answered
"«november» is no week I can read", while `/teamstatus mai` said it is longer than a week: a month
is a period the seller named, not words the bot could not read. Said as such now, with where the
quarter is."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import MANAGER, command_reply, set_up_team

pytestmark = pytest.mark.backends("sqlite")  # a listener's words; no storage involved


@pytest.mark.parametrize("said", ["november", "forrige måned", "last month", "mai"])
def test_a_month_in_kpi_is_said_to_be_longer_than_a_week(slack, clock, said: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 12, 1, 12, 0, tzinfo=UTC))
    set_up_team(slack)
    reply = command_reply(slack, MANAGER, "/kpi", said)
    assert "lengre enn en uke" in reply and "2026-Q4" in reply, reply
    assert "ingen uke jeg kan lese" not in reply
