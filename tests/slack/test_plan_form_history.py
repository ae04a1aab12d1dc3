"""The "Plan next step" form says what the lead's last activity was, however old (a warm lead
gone quiet for months is the one that most needs it), or that nothing is logged on it yet."""

from __future__ import annotations

import pytest

from tests.helpers import channel_message
from tests.slack.test_nudges import LARS, _at, _button, _dms, _log, _tick, team  # noqa: F401


def _plan_form(slack, dm: dict) -> dict:  # type: ignore[no-untyped-def]
    opened = len(slack.api.calls_to("views.update"))
    plan = _button(dm, "lead_plan_next_step")
    slack.driver.click(
        LARS,
        {"action_id": plan["action_id"], "value": plan["value"]},
        channel_id=LARS,
        message=dm,
    )
    slack.api.wait_for_count(lambda c: c.method == "views.update", opened + 1)
    return slack.api.calls_to("views.update")[opened].params["view"]


def _context(view: dict) -> list[str]:
    return [el["text"] for b in view["blocks"] if b["type"] == "context" for el in b["elements"]]


@pytest.mark.backends("sqlite")
def test_the_plan_form_shows_the_last_activity_however_old(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    slack = team
    _at(clock, "2026-03-02T10:00:00Z")
    _log(slack, LARS, "Acme warm")  # a meeting in March, nothing since
    _tick(slack, "2026-11-16T08:00:00Z")
    [dm] = _dms(slack, LARS)
    _at(clock, "2026-11-16T08:05:00Z")
    view = _plan_form(slack, dm)
    assert view["blocks"][0]["text"]["text"] == "*Acme*"
    assert _context(view) == ["Last activity: meeting, Mon 2 Mar 2026"]


@pytest.mark.backends("sqlite")
def test_the_plan_form_says_when_nothing_is_logged_on_the_lead(team, clock) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """A meeting planned ("Møte med Volvo i morgen") makes a warm lead with its next step and no
    activity; once that day has passed the lead is nudged, and its form says nothing is logged."""
    slack = team
    _at(clock, "2026-11-13T10:00:00Z")
    slack.driver.event(channel_message("Møte med Volvo i morgen", "1763028000.000100"))
    slack.wait_idle()
    _tick(slack, "2026-11-16T08:00:00Z")
    [dm] = _dms(slack, LARS)
    _at(clock, "2026-11-16T08:05:00Z")
    view = _plan_form(slack, dm)
    assert view["blocks"][0]["text"]["text"] == "*Volvo*"
    assert _context(view) == ["Nothing is logged on this lead yet."]
