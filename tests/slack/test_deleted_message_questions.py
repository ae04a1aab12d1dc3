"""A channel message deleted while its author is asked about it: nothing it said is recorded
later, whichever button or form comes after, and the author is told why, with the command that
logs it anyway. A record already stored from a message goes when the message goes."""

from __future__ import annotations

import json

import pytest

from tests.helpers import buttons, channel_message, message_deleted, set_up_team, stored, text_of
from tests.slack.test_modal_and_undo import _values

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
LIKELY = "Kontrakt med Yara 330k"  # a contract noun, no signing word: asked, not recorded


def _setup(slack, locale: str = "en-GB") -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locale=locale)


DELETED_AT = "1763639999.000100"


def _question(slack, ts: str, text: str = LIKELY) -> dict:  # type: ignore[no-untyped-def,type-arg]
    assert slack.driver.event(channel_message(text, ts)).status == 200
    [call] = slack.api.wait_for(lambda c: c.method == "chat.postEphemeral")
    return {b["value"].split("|")[1]: b for b in buttons(call.params)}


def _click(slack, button: dict):  # type: ignore[no-untyped-def,type-arg]
    result = slack.driver.click(LARS, {"action_id": button["action_id"], "value": button["value"]})
    assert result.status == 200
    slack.wait_idle()
    return result


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_edit_form_submitted_after_its_message_was_deleted_records_nothing(slack) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    ts = "1763630000.003100"
    by_option = _question(slack, ts)
    _click(slack, by_option["edit"])
    [opened] = slack.api.calls_to("views.open")
    view = opened.params["view"]
    assert "Yara" in json.dumps(view)
    # Deleted while the form is open.
    assert slack.driver.event(message_deleted(ts, at=DELETED_AT)).status == 200
    slack.wait_idle()
    result = slack.driver.submit_view(LARS, view, _values("Yara", "2026-11-20", "330k"))
    slack.wait_idle()
    assert stored(slack) == []  # was: recorded as a win from a message that no longer exists
    errors = result.json()["errors"]
    said = " ".join(errors.values())
    assert "was deleted" in said and "nothing was recorded" in said, said
    # how to log it anyway (no code: a bare amount from them is the team's NOK; kpiargs24)
    assert "`/logwin Yara 330000`" in said, said
    assert slack.api.calls_to("reactions.add") == []


def test_a_button_clicked_after_its_message_was_deleted_says_so(slack) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    ts = "1763630000.003200"
    by_option = _question(slack, ts)
    slack.driver.event(message_deleted(ts, at=DELETED_AT))
    slack.wait_idle()
    said = text_of(_click(slack, by_option["record"]).reply())
    assert "was deleted" in said and "nothing was recorded" in said.lower(), said
    assert stored(slack) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_follow_up_question_about_a_deleted_message_is_closed_too(slack) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    slack.driver.command("/logwin", "Equinor ASA 100k", LARS, CHANNEL).reply()
    slack.api.reset()
    # A sure win whose name is close to a known customer: asked which one ("customer").
    ts = "1763630000.003300"
    assert slack.driver.event(channel_message("Vunnet Equinr 200k", ts)).status == 200
    [call] = slack.api.wait_for(lambda c: c.method == "chat.postEphemeral")
    choices = buttons(call.params)
    assert choices, text_of(call.params)
    slack.driver.event(message_deleted(ts, at=DELETED_AT))
    slack.wait_idle()
    said = text_of(_click(slack, choices[0]).reply())
    assert "was deleted" in said, said
    assert [r["amount"] for r in stored(slack)] == [100000.0]


def test_a_record_from_a_deleted_message_is_taken_back_also_when_made_by_the_edit_form(
    slack,
) -> None:  # type: ignore[no-untyped-def]
    _setup(slack)
    ts = "1763630000.003400"
    by_option = _question(slack, ts)
    _click(slack, by_option["edit"])
    [opened] = slack.api.calls_to("views.open")
    slack.driver.submit_view(LARS, opened.params["view"], _values("Yara", "2026-11-20", "330k"))
    slack.wait_idle()
    assert [r["amount"] for r in stored(slack)] == [330000.0]
    slack.driver.event(message_deleted(ts, at=DELETED_AT))
    slack.wait_idle()
    assert stored(slack) == []  # as a message's own record: the message gone, the record gone
