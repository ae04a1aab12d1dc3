"""The nudge DM's one-click actions as a seller lives them (session 24): a stranger's click, a
snooze counted in working days, a loss that is no touchpoint. Lars sells from Stockholm (en-GB), Alex
is a colleague, Kari the manager; driven as Slack drives it: signed commands and clicks, the
scheduler's pass under freezegun."""

from __future__ import annotations

import pytest

from storage.db import make_session_factory, session_scope
from storage.models import Customer, Lead
from tests.helpers import stored, text_of
from tests.slack.test_nudges import ALEX, CHANNEL, LARS, _at, _button, _click, _dms, _log, _tick
from tests.slack.test_nudges import team as team  # noqa: F401  (the fixture)


def _lead(slack, customer: str) -> Lead:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as s:
        [lead] = [x for x in s.query(Lead) if x.customer.name == customer]
        s.expunge(lead)
        return lead


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("action", "says"),
    [
        ("nudge_snooze", "only they or a manager of their team can snooze it"),
        ("nudge_mark_cold", "only they or a manager of their team can mark it cold"),
        ("nudge_mark_lost", "only they or a manager of their team can mark it lost"),
    ],
)
def test_a_strangers_click_says_whose_lead_it_is_and_changes_nothing(
    team,  # noqa: F811
    clock,  # type: ignore[no-untyped-def]
    action: str,
    says: str,
) -> None:
    """Alex clicks a button on Lars's DM (shared with him, or forwarded). Was: "This lead belongs
    to a colleague. Only its owner or a manager can plan its next step." after a Snooze; now he
    is told, to him alone, whose lead it is and that only they can do what he clicked; nothing
    is changed, and the DM stays as it was."""
    slack = team
    _at(clock, "2026-11-13T10:00:00Z")
    _log(slack, LARS, "Acme warm")
    _tick(slack, "2026-11-16T08:00:00Z")
    [dm] = _dms(slack, LARS)
    _at(clock, "2026-11-16T08:05:00Z")
    refused = _click(slack, ALEX, dm, action, _button(dm, action)["value"])
    said = text_of(refused)
    assert refused["replace_original"] is False and refused["response_type"] == "ephemeral"
    assert said == f"This lead belongs to a colleague, <@{LARS}>: {says}. Nothing was changed.", (
        said
    )
    lead = _lead(slack, "Acme")
    assert (lead.status, lead.temperature, lead.snoozed_until) == ("open", "warm", None)
    assert [r["kind"] for r in stored(slack)] == ["meeting"]


@pytest.mark.backends("sqlite")
def test_snooze_on_a_friday_is_three_working_days(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """The button says "Snooze 3 working days", and the lead keeps quiet for three: snoozed on
    Friday 13 Nov, quiet Monday to Wednesday, back on Thursday. Was: "Snooze 3 days" woke on
    Monday, one working day later (Saturday and Sunday, no nudge days, were two of the three)."""
    slack = team
    _at(clock, "2026-11-12T10:00:00Z")  # Thursday
    _log(slack, LARS, "Acme warm")
    _tick(slack, "2026-11-13T08:00:00Z")  # Friday 09:00 in Stockholm
    [dm] = _dms(slack, LARS)
    snooze = _button(dm, "nudge_snooze")
    assert snooze["text"]["text"] == "Snooze 3 working days"
    _at(clock, "2026-11-13T08:05:00Z")
    snoozed = _click(slack, LARS, dm, "nudge_snooze", snooze["value"])
    assert "Snoozed until Wed 18 Nov 2026" in text_of(snoozed), text_of(snoozed)
    for day in ("16", "17", "18"):
        _tick(slack, f"2026-11-{day}T08:00:00Z")
    assert len(_dms(slack, LARS)) == 1
    _tick(slack, "2026-11-19T08:00:00Z")  # Thursday: the fourth working day
    assert len(_dms(slack, LARS)) == 2


@pytest.mark.backends("sqlite")
def test_snooze_over_a_public_holiday_skips_it(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Snoozed on Wednesday 5 May 2027 where Lars works (Stockholm): Thursday 6 May is Ascension
    Day, no working day, so the lead keeps quiet Friday, Monday and Tuesday and is back on
    Wednesday 12 May. Was: back on Sunday, the first nudge on Monday."""
    slack = team
    _at(clock, "2027-05-04T10:00:00Z")
    _log(slack, LARS, "Acme warm")
    _tick(slack, "2027-05-05T08:00:00Z")
    [dm] = _dms(slack, LARS)
    _at(clock, "2027-05-05T08:05:00Z")
    snoozed = _click(slack, LARS, dm, "nudge_snooze", _button(dm, "nudge_snooze")["value"])
    assert "Snoozed until Tue 11 May 2027" in text_of(snoozed), text_of(snoozed)
    for day in ("06", "07", "10", "11"):
        _tick(slack, f"2027-05-{day}T08:00:00Z")
    assert len(_dms(slack, LARS)) == 1
    _tick(slack, "2027-05-12T08:00:00Z")
    assert len(_dms(slack, LARS)) == 2


@pytest.mark.backends("sqlite")
def test_a_loss_marked_from_the_dm_is_no_touchpoint(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """Statoil, an A-customer, was last called on 1 July. Its warm lead is marked lost from the
    DM on 16 Nov: no contact with the customer happened. Was: the loss counted as a touchpoint,
    so /kpi callday no longer listed Statoil (and the DMs left it alone for a quarter); now it
    is still due, with its one call in 12 months. A typed /loglost is no touchpoint either; a
    call is."""
    slack = team
    _at(clock, "2026-11-13T10:00:00Z")
    _log(slack, LARS, "Statoil 2026-07-01", "/logcall")
    _log(slack, LARS, "Statoil warm 2026-07-02")
    _log(slack, LARS, "Equinor 2026-07-01", "/logcall")
    with session_scope(make_session_factory(slack.engine)) as s:
        for customer in s.query(Customer).filter(Customer.name.in_(["Statoil", "Equinor"])):
            customer.tier = "A"
    _tick(slack, "2026-11-16T08:00:00Z")
    [dm] = _dms(slack, LARS)
    assert "Statoil" in text_of(dm), text_of(dm)
    _at(clock, "2026-11-16T08:05:00Z")
    lost = _click(slack, LARS, dm, "nudge_mark_lost", _button(dm, "nudge_mark_lost")["value"])
    assert "Marked lost" in text_of(lost)
    _log(slack, LARS, "Equinor too expensive", "/loglost")
    callday = text_of(slack.driver.command("/kpi", "callday", LARS, CHANNEL).reply())
    assert "Statoil" in callday and "Equinor" in callday, callday
    _log(slack, LARS, "Equinor", "/logcall")  # a call is a touchpoint
    callday = text_of(slack.driver.command("/kpi", "callday", LARS, CHANNEL).reply())
    assert "Statoil" in callday and "Equinor" not in callday, callday
