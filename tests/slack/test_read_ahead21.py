"""A log command's text is read before it waits for a writer's turn, with the requester's today
and krone as this process last knew them and the customers it last found
(activities.keys_ahead's `read`); in the turn that reading is used only if those are what the
requester and the customers read there are, else the text is read again: what is stored is the
same either way."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from bot.services import activities, requester
from tests.helpers import stored, text_of
from tests.slack.test_request_cost import KARI


@pytest.fixture
def readings(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    calls: list[Any] = []
    real = activities.parse_log_command

    def counted(*args: Any, **kw: Any) -> Any:
        where = "ahead" if sys._getframe(1).f_code.co_name == "keys_ahead" else "turn"
        calls.append((where, frozenset(kw["known_customers"])))
        return real(*args, **kw)

    monkeypatch.setattr(activities, "parse_log_command", counted)
    monkeypatch.setattr(activities, "_found_keys", set())  # this process knows no one yet
    monkeypatch.setattr(requester, "_place_hint", {})
    return calls


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_read_ahead_once_and_again_only_when_the_guess_was_wrong(slack, readings) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logmeeting", "Aker BP", KARI).reply()  # a first: nothing known ahead
    slack.wait_idle()
    assert readings == [("turn", frozenset())]
    slack.driver.command("/logmeeting", "Aker BP -- again", KARI).reply()  # now found
    slack.wait_idle()
    # Aker BP was new when read ahead: not known to this process then.
    assert readings == [("turn", frozenset()), ("ahead", frozenset()), ("turn", {"aker bp"})]
    readings.clear()
    result = slack.driver.command("/logmeeting", "Aker BP warm -- kaffe", KARI)
    slack.wait_idle()
    assert "Aker BP" in text_of(result.http.json())
    assert readings == [("ahead", {"aker bp"})]  # and not again in the turn
    readings.clear()
    activities._found_keys.clear()  # guessed unknown: read ahead without it, then again
    result = slack.driver.command("/logmeeting", "Aker BP hot -- lunsj", KARI)
    slack.wait_idle()
    assert readings == [("ahead", frozenset()), ("turn", {"aker bp"})]
    last = stored(slack)[-1]
    assert (last["customer"], last["note"]) == ("Aker BP", "lunsj"), last
