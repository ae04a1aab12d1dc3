"""The Edit form of a talk said N times (kpiargs22): it says how many its Save stores, and
stores them all with the form's fields, one confirmation and one Undo (was: the count's words
left in the note, one talk saved, the others dropped unsaid)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"  # today: Friday 20 November 2026


def _state(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What Slack sends back for a form saved as it opened."""
    values: dict[str, dict[str, Any]] = {}
    for block in view["blocks"]:
        if block.get("type") != "input":
            continue
        element = block["element"]
        if element["type"] in ("external_select", "static_select"):
            state = {"selected_option": element.get("initial_option")}
        elif element["type"] == "datepicker":
            state = {"selected_date": element.get("initial_date")}
        else:
            state = {"value": element.get("initial_value")}
        values[block["block_id"]] = {element["action_id"]: {"type": element["type"], **state}}
    return values


def _edit(team, result, reply) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    edit = next(b for b in buttons(reply) if b["value"].endswith("|edit"))
    before = len(team.api.calls_to("views.open"))
    click(team, KARI, edit, result, idle=True)
    return team.api.calls_to("views.open")[before].params["view"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_edit_form_of_two_calls_says_so_and_saves_both(slack) -> None:  # type: ignore[no-untyped-def]
    team = set_up_team(slack)
    result = team.driver.command("/logcall", "Novo 2 ganger i går blorg", KARI)
    reply = result.reply()
    assert "2 samtaler" in text_of(reply), text_of(reply)
    view = _edit(team, result, reply)
    said = json.dumps(view["blocks"], ensure_ascii=False)
    assert "*2 samtaler*" in said and "begge" in said, said
    note = next(b for b in view["blocks"] if b.get("block_id") == "note")
    assert "2 ganger" not in (note["element"].get("initial_value") or "")  # counted, not a note
    saved = team.driver.submit_view(KARI, view, _state(view))
    assert saved.status == 200 and "errors" not in saved.body, saved.body
    team.wait_idle()
    rows = stored(team)
    assert [(r["customer"], r["kind"], r["date"]) for r in rows] == [("Novo", "call", "2026-11-19")] * 2  # fmt: skip
    [confirmation] = [c for c in team.api.calls_to("chat.postEphemeral") if "Novo" in str(c.params)]
    assert "begge" in text_of(confirmation.params), text_of(confirmation.params)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_edit_form_of_a_channel_message_said_twice_saves_both(slack) -> None:  # type: ignore[no-untyped-def]
    team = set_up_team(slack)
    [asked] = post(team, "ringte Orkla 2 ganger i helgen", user=KARI)
    assert "2 samtaler" in text_of(asked.params), text_of(asked.params)
    edit = next(b for b in buttons(asked.params) if b["value"].endswith("|edit"))
    before = len(team.api.calls_to("views.open"))
    click(team, KARI, edit, idle=True)
    view = team.api.calls_to("views.open")[before].params["view"]
    assert "*2 samtaler*" in json.dumps(view["blocks"], ensure_ascii=False)
    values = _state(view)
    values["date"]["date_picker"]["selected_date"] = "2026-11-15"  # Sunday, not Saturday
    saved = team.driver.submit_view(KARI, view, values)
    assert saved.status == 200 and "errors" not in saved.body, saved.body
    team.wait_idle()
    assert [(r["customer"], r["date"]) for r in stored(team)] == [("Orkla", "2026-11-15")] * 2


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_edit_form_of_one_talk_says_no_count(slack) -> None:  # type: ignore[no-untyped-def]
    team = set_up_team(slack)
    result = team.driver.command("/logcall", "Novo i går blorg", KARI)
    view = _edit(team, result, result.reply())
    assert "samtaler" not in json.dumps(view["blocks"], ensure_ascii=False)
    saved = team.driver.submit_view(KARI, view, _state(view))
    assert saved.status == 200 and "errors" not in saved.body, saved.body
    team.wait_idle()
    assert len(stored(team)) == 1
