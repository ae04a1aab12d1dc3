"""A customer taken over by a colleague in the middle of a week: from the change its warm leads
without a next step and its A-customer reminder go to the new owner, never to both, never to
none; what the old owner did before stays theirs."""

from __future__ import annotations

import pytest

from storage.db import make_session_factory, session_scope
from storage.models import Customer
from tests.helpers import text_of
from tests.slack.test_nudges import LARS, NINA, _at, _dms, _log, _tick, team  # noqa: F401


def _say(slack, user: str, text: str) -> str:  # type: ignore[no-untyped-def]
    return "\n".join(
        text_of(m) for m in [slack.driver.command("/kpi", text, user, "C0SALES").reply()]
    )


def test_a_customer_taken_over_mid_week_is_the_new_owners_to_be_reminded_of(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    slack = team
    _at(clock, "2026-11-13T10:00:00Z")
    _log(slack, LARS, "Acme warm")
    _log(slack, LARS, "Statoil 2026-07-01", "/logcall")
    _log(slack, LARS, "Statoil 2026-03-01", "/logcall")
    with session_scope(make_session_factory(slack.engine)) as s:
        s.query(Customer).filter_by(name="Statoil").one().tier = "A"
    _tick(slack, "2026-11-16T10:00:00Z")  # Monday: Lars's DM lists Acme and Statoil
    [monday] = _dms(slack, LARS)
    assert "*Acme*" in text_of(monday) and "*Statoil*" in text_of(monday)
    _at(clock, "2026-11-17T09:00:00Z")  # Tuesday: Nina takes both over
    assert "handed over" in _say(slack, LARS, "customer Acme owner <@U0NINA>")
    assert "handed over" in _say(slack, LARS, "customer Statoil owner <@U0NINA>")
    for day in ("17", "18", "19", "20"):
        _tick(slack, f"2026-11-{day}T15:00:00Z")  # 16:00 in Oslo, 10:00 in New York
    assert len(_dms(slack, LARS)) == 1  # nothing more to Lars
    nina = [text_of(dm) for dm in _dms(slack, NINA) if ":wave:" in text_of(dm)]
    # Statoil the day it changed hands, Acme the next (the day of the change she was told of it).
    assert ["*Statoil*" in t for t in nina] == [True, False]
    assert ["*Acme*" in t for t in nina] == [False, True]
    # Lars's meeting with Acme before the change stays his (week 46).
    said = _say(slack, LARS, "last week")
    assert "Week 46" in said and "Meetings: *1*" in said, said


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_old_owners_dm_redrawn_after_a_hand_over_says_whose_the_lead_is(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Lars's Monday DM lists Acme and Orkla; on Tuesday Nina takes Acme over, then Lars snoozes
    Orkla on that DM. Was: the redrawn DM still listed Acme as his to act on, with its buttons
    (the reminder at both owners); now its line says it is Nina's, without buttons."""
    from tests.slack.test_nudges import _click

    slack = team
    _at(clock, "2026-11-13T10:00:00Z")
    _log(slack, LARS, "Acme warm")
    _log(slack, LARS, "Orkla warm")
    _tick(slack, "2026-11-16T10:00:00Z")
    [dm] = _dms(slack, LARS)
    acme, orkla = (
        b["block_id"].split("_")[1]
        for b in dm["blocks"]
        if b.get("block_id", "").startswith("lead_")
    )
    _at(clock, "2026-11-17T09:00:00Z")
    assert "handed over" in _say(slack, LARS, "customer Acme owner <@U0NINA>")
    redrawn = _click(slack, LARS, dm, "nudge_snooze", orkla)
    text = text_of(redrawn)
    assert "Snoozed until" in text
    assert "Handed over to <@U0NINA>: reminders about it go to them now." in text
    actions = [b for b in redrawn["blocks"] if b["type"] == "actions"]
    assert [b["block_id"] for b in actions] == []  # Acme's buttons gone, Orkla's done
    assert all(acme not in (b.get("block_id") or "") for b in actions)
