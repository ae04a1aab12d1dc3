"""The Web API failing after the work is stored (a dropped line, a timeout, Slack's own errors):
the record stays exactly once, the person is still told what happened, and never "nothing was
stored" about something that was. Through signed requests, with the Web API stand-in failing on
demand (FakeSlackApi.fail)."""

from __future__ import annotations

import logging

import pytest

from bot.offline.slack_api import Failure
from tests.helpers import leads, stored, text_of

KARI, LARS = "U0KARI", "U0LARS"
CHANNEL = "C0SALES"
DROPPED = Failure(status=0)  # the connection closes without an answer


@pytest.fixture
def english(slack):  # type: ignore[no-untyped-def]
    for user in slack.api.users.values():
        user.locale = "en-GB"
    slack.driver.command("/kpi", "setup", KARI, CHANNEL).reply()
    slack.api.reset()
    return slack


def _message(text: str, ts: str = "1763630000.000100") -> dict:
    return {
        "type": "message",
        "channel": CHANNEL,
        "user": LARS,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel_type": "channel",
    }


def _unhandled(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.getMessage().startswith("unhandled")]


def test_a_dropped_reaction_is_tried_again_and_the_note_still_reaches_the_author(
    english, caplog
) -> None:  # type: ignore[no-untyped-def]
    slack = english
    # One drop: tried again (a second ✅ is only "already_reacted"), then the note.
    slack.api.fail("reactions.add", DROPPED)
    assert slack.driver.event(_message("Won Nammo 320k")).status == 200
    slack.wait_idle()
    assert len(slack.api.calls_to("reactions.add")) == 2
    [note] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert note["user"] == LARS and "Nammo" in text_of(note)
    # Slack unreachable for the reaction: the win is stored and the author still gets the note
    # with its Undo (before, the error ended the listener: no note, a traceback in the log).
    slack.api.reset()
    slack.api.fail("reactions.add", DROPPED, DROPPED, DROPPED)
    assert slack.driver.event(_message("Won Equinor 100k", ts="1763630001.000100")).status == 200
    slack.wait_idle()
    [note] = [c.params for c in slack.api.calls_to("chat.postEphemeral")]
    assert "Equinor" in text_of(note)
    assert [(r["customer"], r["amount"]) for r in stored(slack)] == [
        ("Nammo", 320000.0),
        ("Equinor", 100000.0),
    ]
    assert _unhandled(caplog) == []


def test_a_dropped_note_leaves_the_record_once_and_no_traceback(english, caplog) -> None:  # type: ignore[no-untyped-def]
    slack = english
    caplog.set_level(logging.INFO)
    slack.api.fail("chat.postEphemeral", DROPPED)
    event = _message("Vunnet Nammo 320k")
    assert slack.driver.event(event, event_id="Ev0DROP").status == 200
    slack.wait_idle()
    # Slack delivers the event again (as if our answer had been lost): still one record.
    assert slack.driver.event(event, event_id="Ev0DROP", retry_num=1).status == 200
    slack.wait_idle()
    assert len(stored(slack)) == 1
    assert _unhandled(caplog) == []
    assert any("note not delivered" in r.getMessage() for r in caplog.records)


def test_a_handed_over_customer_is_confirmed_even_when_the_new_owners_dm_fails(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    slack.driver.command("/logmeeting", "Nammo warm", KARI).reply()
    slack.api.fail("chat.postMessage", DROPPED)
    result = slack.driver.command("/kpi", "customer Nammo owner <@U0LARS|lars>", KARI)
    slack.wait_idle()
    said = " ".join(text_of(r) for r in result.replies())
    # The hand-over is stored: it is confirmed, never "nothing was stored".
    assert "handed over" in said and "nothing was stored" not in said
    assert len(slack.api.calls_to("chat.postMessage")) == 1  # the DM was tried


def test_a_logged_form_whose_confirmation_drops_is_confirmed_in_a_dm(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    view = slack.driver.command("/logmeeting", "", LARS).opened_view()
    slack.api.fail("chat.postEphemeral", DROPPED)
    values = {
        "customer": {
            "customer_input": {
                "type": "external_select",
                "selected_option": {"text": {"type": "plain_text", "text": "DNB"}, "value": "DNB"},
            }
        },
        "date": {"date_picker": {"type": "datepicker", "selected_date": "2026-11-19"}},
    }
    submitted = slack.driver.submit_view(LARS, view, values)
    assert submitted.status == 200
    slack.wait_idle()
    [dm] = [c.params for c in slack.api.calls_to("chat.postMessage")]
    assert dm["channel"] == LARS and "DNB" in text_of(dm)
    assert [(r["kind"], r["customer"]) for r in stored(slack)] == [("meeting", "DNB")]


@pytest.mark.parametrize("action_id", ["nudge_snooze", "nudge_mark_cold", "nudge_mark_lost"])
def test_a_nudge_button_for_a_lead_that_is_gone_says_so(english, action_id: str) -> None:  # type: ignore[no-untyped-def]
    slack = english
    slack.driver.command("/logmeeting", "Nammo warm", LARS).reply()
    [lead] = leads(slack)
    slack.driver.command("/kpi", "undo", LARS).reply()  # its only entry: the lead goes with it
    slack.wait_idle()
    assert leads(slack) == []
    # The nudge DM sent this morning still has its buttons.
    answer = slack.driver.click(LARS, {"action_id": action_id, "value": str(lead.id)}).reply()
    # Was "This lead belongs to a colleague": it is Lars's own lead, and it is gone.
    assert "no longer there" in text_of(answer) and "colleague" not in text_of(answer)
    assert stored(slack) == [] and leads(slack) == []


def test_a_colleagues_lead_is_still_refused_as_a_colleagues(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    slack.driver.command("/logmeeting", "Nammo warm", LARS).reply()
    [lead] = leads(slack)
    answer = slack.driver.click("U0ALEX", {"action_id": "nudge_mark_lost", "value": str(lead.id)})
    assert "colleague" in text_of(answer.reply())
    assert [r["kind"] for r in stored(slack)] == ["meeting"]


def test_planning_a_step_for_a_lead_that_is_gone_says_so_in_the_form(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    slack.driver.command("/logmeeting", "Nammo warm", LARS).reply()
    [lead] = leads(slack)
    slack.driver.command("/kpi", "undo", LARS).reply()
    slack.wait_idle()
    click = slack.driver.click(LARS, {"action_id": "lead_plan_next_step", "value": str(lead.id)})
    assert click.status == 200
    [update] = slack.api.wait_for(lambda c: c.method == "views.update")
    shown = " ".join(b["text"]["text"] for b in update.params["view"]["blocks"] if b.get("text"))
    assert "no longer there" in shown and "colleague" not in shown


def test_a_button_from_an_older_kpibot_message_is_answered_and_changes_nothing(
    english, caplog
) -> None:  # type: ignore[no-untyped-def]
    """A message an older version posted still has its buttons (here one whose id this version
    renamed). Was refused 400: Slack shows only a warning sign, nobody says what to do."""
    slack = english
    slack.driver.command("/logwin", "Nammo 320k", LARS).reply()
    click = slack.driver.click(LARS, {"action_id": "log_pick_customer", "value": '{"c": "Nammo"}'})
    assert click.status == 200
    said = text_of(click.reply())
    assert "older kpibot message" in said and "`/kpi help`" in said
    assert [(r["kind"], r["customer"]) for r in stored(slack)] == [("win", "Nammo")]
    assert not [r for r in caplog.records if r.exc_info or r.levelname == "ERROR"]


def test_an_old_button_in_the_app_home_draws_the_home_again(english) -> None:  # type: ignore[no-untyped-def]
    slack = english
    home = {"id": "V0HOME", "type": "home", "team_id": "T0DEMO"}
    click = slack.driver.click(LARS, {"action_id": "home_refresh_v1", "value": "1"}, view=home)
    assert click.status == 200
    slack.wait_idle()
    [published] = slack.api.calls_to("views.publish")
    assert published.params["user_id"] == LARS
