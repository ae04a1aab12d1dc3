"""mendF31: what the figures' views say. Clock: Friday 2026-11-20 (tests/slack/conftest)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import command_reply
from tests.slack.test_digest import _english, _log, _team

LARS, KARI = "U0LARS", "U0KARI"


@pytest.fixture(autouse=True)
def _english_team(slack) -> None:  # type: ignore[no-untyped-def]
    _english(slack)
    _team(slack)


def test_a_next_step_kept_on_its_day_is_not_said_overdue_in_kpi(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # A meeting on Monday with the next one planned for Wednesday; Wednesday's meeting held as
    # planned, no new step: the lead needs one, but its step was kept, not missed.
    clock.set(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
    _log(slack, LARS, "Tine warm next meeting wednesday")
    _log(slack, LARS, "Orkla warm next meeting thursday", "/logcall")
    clock.set(datetime(2026, 11, 18, 9, 0, tzinfo=UTC))
    _log(slack, LARS, "Tine")
    clock.set(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    own = command_reply(slack, LARS, "/kpi", "")
    assert "• Tine — no next step since Wed 18 Nov 2026" in own, own
    team = command_reply(slack, KARI, "/teamstatus", f"<@{LARS}|lars>")
    assert "• Tine — no next step since Wed 18 Nov 2026" in team, team
    # A step missed (nothing logged on the lead since its day) is still said overdue.
    assert "• Orkla — next step was due Thu 19 Nov 2026" in own, own


@pytest.mark.backends("sqlite")  # the digest's run: one backend is enough (tests/pg_sample.py)
def test_a_kept_step_is_not_overdue_in_a_week_that_has_ended_nor_in_the_private_summary(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    from freezegun import freeze_time

    from tests.helpers import text_of
    from tests.slack.test_digest import _jobs
    from tests.slack.test_nudges import _dms

    clock.set(datetime(2026, 11, 16, 9, 0, tzinfo=UTC))
    _log(slack, LARS, "Tine warm next meeting wednesday")
    _log(slack, LARS, "Orkla warm next meeting thursday", "/logcall")
    clock.set(datetime(2026, 11, 18, 9, 0, tzinfo=UTC))
    _log(slack, LARS, "Tine")
    clock.set(datetime(2026, 11, 23, 9, 0, tzinfo=UTC))  # Monday: week 47 has ended
    ended = command_reply(slack, LARS, "/kpi", "last week")
    assert "• Tine — no next step since Wed 18 Nov 2026" in ended, ended
    assert "• Orkla — next step was due Thu 19 Nov 2026" in ended, ended
    with freeze_time("2026-11-23T07:00:00Z"):
        _jobs(slack).tick()
    summary = "\n".join(text_of(dm) for dm in _dms(slack, LARS) if "Your week 47" in text_of(dm))
    assert "• Tine — no next step since Wed 18 Nov 2026" in summary, summary
    assert "• Orkla — next step was due Thu 19 Nov 2026" in summary, summary


def test_the_weeks_lost_deals_are_in_the_sellers_row_and_own_view(slack) -> None:  # type: ignore[no-untyped-def]
    _log(slack, LARS, "Equinor 400k 2026-11-16", "/logoffer")
    _log(slack, LARS, "Equinor 2026-11-18", "/loglost")
    team = command_reply(slack, KARI, "/teamstatus", "")
    [row] = [line for line in team.splitlines() if "Lost deals 1" in line]
    # Was: no week's loss count anywhere but the funnel's 26 weeks.
    assert row.endswith("· Wins 0 · Lost deals 1"), row
    own = command_reply(slack, LARS, "/kpi", "")
    assert "Lost deals: *1*" in own, own
    assert "Wins 0 · Lost deals 0" in team, team  # Mette's row: none
    mette = command_reply(slack, "U0METTE", "/kpi", "")
    assert "*This week*" in mette and "Lost deals" not in mette, mette  # none: no line
