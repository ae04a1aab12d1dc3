"""An offer logged as a revision and split off into a deal of its own a week later ("It's a
separate offer"): the week that ended before the split shows its offers as they stood (the older
deal revised from 200k to 250k, as its pipeline and lead line say); a week after the split, and
today, show each deal with its own offer. Through signed requests."""

from __future__ import annotations

from datetime import UTC, datetime

from tests.helpers import click_answer, command_replies, set_up_team
from tests.slack.test_parallel_deals import ALEX, KARI, _button, _log

THURSDAY_W47 = datetime(2026, 11, 19, 9, 0, tzinfo=UTC)
TUESDAY_W48 = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
TUESDAY_W49 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def _history(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("• Equinor: ")]


def test_a_split_offer_is_shown_where_it_was_in_each_week(slack, clock) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale="en-GB", reset=False)
    clock.set(THURSDAY_W47)
    _log(slack, ALEX, "/logoffer", "Equinor 200k")
    result, reply = _log(slack, ALEX, "/logoffer", "Equinor 250k")
    clock.set(TUESDAY_W48)
    click_answer(slack, ALEX, _button(reply, "offer_separate"), result)
    week47 = command_replies(slack, KARI, "/teamstatus", f"last week <@{ALEX}|alex>")
    assert "Week 47" in week47 and "Pipeline: NOK 250,000" in week47
    assert _history(week47) == [
        "• Equinor: NOK 200,000 (Thu 19 Nov 2026) → *NOK 250,000* (Thu 19 Nov 2026)"
    ]
    assert _history(command_replies(slack, ALEX, "/kpi", "last week")) == _history(week47)
    apart = [
        "• Equinor: *NOK 250,000* (Thu 19 Nov 2026)",
        "• Equinor: *NOK 200,000* (Thu 19 Nov 2026)",
    ]
    assert _history(command_replies(slack, KARI, "/teamstatus", f"<@{ALEX}|alex>")) == apart
    clock.set(TUESDAY_W49)
    week48 = command_replies(slack, KARI, "/teamstatus", f"last week <@{ALEX}|alex>")
    assert "Week 48" in week48 and _history(week48) == apart
