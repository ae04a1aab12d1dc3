"""mendA33 (session 33, the lead's decision): a next step said as a week or a month is due by
that period's last working day where the seller works, and nudged only after that day has
passed with nothing done. Was (figures33's year-turn review): "følg opp i januar" said in
December due Fri 1 Jan (New Year's Day) and nudged as lapsed on Mon 4 Jan; in a channel
message the month's step was dropped and the seller nudged "no next step yet" the next
morning. Lars (Oslo) on the nudge suites' team."""

from __future__ import annotations

import pytest

from tests.helpers import at as _at
from tests.helpers import channel_message, set_up_nudge_team, text_of
from tests.helpers import dms as _dms
from tests.helpers import nudge_pass as _tick

LARS = "U0LARS"
DECEMBER_17 = "1797501600.000100"  # Thu 17 Dec 2026 10:00 UTC


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    return set_up_nudge_team(slack)


def _nudged_only_after_january(slack, what: str) -> None:  # type: ignore[no-untyped-def]
    _tick(slack, "2026-12-18T08:00:00Z")  # the next morning: a step is planned
    _tick(slack, "2027-01-04T08:00:00Z")  # the first working day of January: not lapsed
    _tick(slack, "2027-01-29T08:00:00Z")  # January's last working day: due today, fine
    assert _dms(slack, LARS) == []
    _tick(slack, "2027-02-01T08:00:00Z")  # nothing done by then: nudged
    assert len(_dms(slack, LARS)) == 1
    assert f"the next step ({what}) was due Fri 29 Jan" in text_of(_dms(slack, LARS)[0])


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_commands_step_in_january_is_due_by_its_last_working_day(team, clock) -> None:  # type: ignore[no-untyped-def]
    slack = team
    _at(clock, "2026-12-17T10:00:00Z")
    reply = slack.driver.command(
        "/logmeeting", "Kiwi warm follow up in January", LARS, "C0SALES"
    ).reply()
    # left34: the month said is shown beside its due day (the decided format)
    assert "follow up in January (by Fri 29 Jan 2027)" in text_of(reply)  # was Fri 1 Jan
    _nudged_only_after_january(slack, "follow up")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_messages_step_in_january_is_kept_and_due_by_its_last_working_day(team, clock) -> None:  # type: ignore[no-untyped-def]
    slack = team
    _at(clock, "2026-12-17T10:00:00Z")
    slack.driver.event(channel_message("Met Boots today, warm, follow up in January", DECEMBER_17))
    slack.wait_idle()
    _nudged_only_after_january(slack, "follow up")
