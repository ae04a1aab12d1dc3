"""A-customers due a touchpoint come in one nudge DM a week, not every working day (trial21:
Kari got the same Statkraft reminder on Wednesday and again on Friday). Driven as Slack does,
on both databases, over eight days of nudge ticks with the clock frozen."""

from __future__ import annotations

from datetime import datetime

from freezegun import freeze_time

from bot.clock import SystemClock
from bot.dependencies import Deps
from bot.jobs import Jobs
from bot.slack_client import build_client
from storage.db import make_session_factory, session_scope
from storage.models import Customer
from tests.helpers import set_up_team, text_of

LARS, CHANNEL = "U0LARS", "C0SALES"


def _at(clock, when: str) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime.fromisoformat(when.replace("Z", "+00:00")))


def _log(slack, text: str, command: str) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command(command, text, LARS, CHANNEL).reply()


def _texts(slack) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        text_of(c.params)
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == LARS and "_ts" in c.params
    ]


def test_a_customers_come_once_a_week_and_a_touched_one_drops_out(slack, clock) -> None:  # type: ignore[no-untyped-def]
    slack = set_up_team(slack, locale="en-GB", reset=False)
    _at(clock, "2026-11-13T10:00:00Z")  # Friday
    _log(slack, "Statkraft 2026-07-01", "/logcall")  # quiet since July: due a touchpoint
    _log(slack, "Equinor 2026-07-02", "/logcall")
    _log(slack, "Acme warm", "/logmeeting")  # a warm lead without a next step: DMs every 3 days
    with session_scope(make_session_factory(slack.engine)) as s:
        for customer in s.query(Customer).filter(Customer.name.in_(["Statkraft", "Equinor"])):
            customer.tier = "A"
    client = build_client(slack.settings)
    jobs = Jobs(
        deps=Deps(slack.settings, make_session_factory(slack.engine), SystemClock()),
        client_for=lambda _w: client,
    )
    sent: dict[str, list[str]] = {}
    for day in ("16", "17", "18", "19", "20", "23"):  # Monday to Friday, and Monday again
        if day == "17":
            _at(clock, "2026-11-17T10:00:00Z")
            _log(slack, "Equinor 2026-11-17", "/logcall")  # touched after Tuesday's nudge
        before = len(_texts(slack))
        with freeze_time(f"2026-11-{day}T08:00:00Z"):  # 09:00 in Oslo
            jobs.nudge_pass()
        sent[day] = _texts(slack)[before:]
    assert [day for day, texts in sent.items() if texts] == ["16", "19", "23"], sent
    monday, thursday, next_monday = sent["16"][0], sent["19"][0], sent["23"][0]
    assert "Acme" in monday and "Statkraft" in monday and "Equinor" in monday
    assert "Acme" in thursday and "Statkraft" not in thursday  # the lead's DM, 3 days on
    assert "Acme" in next_monday and "Statkraft" in next_monday  # a week on: listed again
    assert "Equinor" not in next_monday  # touched meanwhile: no longer due
