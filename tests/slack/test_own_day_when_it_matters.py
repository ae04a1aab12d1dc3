"""Whether a log command typed today's date with digits (`LogCommand.own_day`) decides one thing:
after midnight, a day typed is the seller's own and not asked about (log_questions.night_question).
It is read when it can decide that: at night, and when the command is kept in a question to be
answered later, whatever asks it; a command stored in the daytime does not read it (acks16: it
was 6-8 % of a /logmeeting's CPU, the note's words included)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from bot.services import log_questions
from storage.db import make_session_factory, session_scope
from storage.models import PendingQuestion
from tests.helpers import buttons, stored

KARI = "U0KARI"  # Norwegian, Europe/Oslo

DAY = datetime(2026, 11, 20, 9, 40, tzinfo=UTC)  # Friday 20 November 2026, 10:40 in Oslo
NIGHT = datetime(2026, 11, 19, 23, 40, tzinfo=UTC)  # the same Friday, 00:40 in Oslo


def _kept(slack) -> list[bool]:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as session:
        states = session.scalars(select(PendingQuestion.state).order_by(PendingQuestion.id))
        return [json.loads(state)["command"]["own_day"] for state in states]


@pytest.fixture
def typed_reads(monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    seen: list[str] = []
    real = log_questions.typed_as_a_date

    def counted(text, day):  # type: ignore[no-untyped-def]
        seen.append(text)
        return real(text, day)

    monkeypatch.setattr(log_questions, "typed_as_a_date", counted)
    return seen


def test_a_question_asked_in_the_daytime_keeps_the_typed_day(slack, clock, typed_reads) -> None:  # type: ignore[no-untyped-def]
    clock.set(DAY)
    # Words the parser leaves unread: asked before anything is stored (log_text's question).
    slack.driver.command("/logmeeting", "Aker BP 20.11 møte om budsjett", KARI).reply()
    # A near miss of a known customer: asked by the recorder (log's question).
    slack.driver.command("/logoffer", "Equinor ASA 250k 19.11", KARI).reply()
    slack.driver.command("/logoffer", "Equinr 300k 20.11", KARI).reply()
    # Not today's date typed: kept as not the seller's typed day.
    slack.driver.command("/logmeeting", "Tine møte om budsjett", KARI).reply()
    assert _kept(slack) == [True, True, False]
    assert [r["customer"] for r in stored(slack)] == ["Equinor ASA"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_command_stored_in_the_daytime_does_not_read_it(slack, clock, typed_reads) -> None:  # type: ignore[no-untyped-def]
    clock.set(NIGHT)
    reply = slack.driver.command("/logmeeting", "Tine 20.11 -- bench run #17", KARI).reply()
    assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"]  # typed: not asked
    assert typed_reads == ["Tine 20.11 -- bench run #17"]
    clock.set(DAY)
    reply = slack.driver.command("/logmeeting", "Aker BP 20.11 -- bench run #18", KARI).reply()
    assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"]
    assert typed_reads == ["Tine 20.11 -- bench run #17"]  # not read again in the daytime
    assert [(r["customer"], r["date"]) for r in stored(slack)] == [
        ("Tine", "2026-11-20"),
        ("Aker BP", "2026-11-20"),
    ]
