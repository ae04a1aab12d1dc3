"""The Edit form's round trip (kpiargs22): a log command asked about (a word it could not
read), its "Edit" form saved as it opened, stores every field as the form showed it (customer,
date, amount and currency, temperature, next step and its day, note); each field changed alone
changes that field and no other."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from tests.helpers import buttons, click, leads, set_up_team, stored

KARI = "U0KARI"

# (command, text: each with a word not read, so the answer asks; what the form opens with)
KINDS = {
    "meeting": ("/logmeeting", "Nyco varm blorg neste demo 2026-11-27 -- ta med pris"),
    "call": ("/logcall", "Nyco het blorg neste ring tilbake 2026-11-25 -- notat"),
    "offer": ("/logoffer", "Nyco 250 000 EUR blorg -- notat"),
    "offer_cents": ("/logoffer", "Nyco 1 250 000,50 kr blorg"),
    "win": ("/logwin", "Nyco 1 250 000,50 kr blorg -- signert"),
    "win_nok": ("/logwin", "Nyco 330 000 NOK blorg"),
    "offer_krone": ("/logoffer", "Nyco 330 000 blorg"),
    "meeting_due_only": ("/logmeeting", "Nyco varm blorg neste fredag"),
    "meeting_yesterday": ("/logmeeting", "Nyco i går kald blorg"),
    "call_due_word": ("/logcall", "Nyco varm blorg neste: send tilbud fredag"),
    "offer_small": ("/logoffer", "Nyco 950 kr blorg"),
    "offer_words": ("/logoffer", "Nyco en halv mill blorg"),
    "meeting_2x": ("/logmeeting", "Novo 2 ganger blorg"),
}

# One change per field: (kind, block, the new state of its input, what the stored field is).
CHANGES = [
    (
        "meeting",
        "customer",
        {"type": "external_select", "selected_option": {"value": "Orkla"}},
        ("customer", "Orkla"),
    ),  # fmt: skip
    (
        "meeting",
        "date",
        {"type": "datepicker", "selected_date": "2026-11-18"},
        ("date", "2026-11-18"),
    ),  # fmt: skip
    (
        "meeting",
        "temperature",
        {"type": "static_select", "selected_option": {"value": "cold"}},
        ("temperature", "cold"),
    ),  # fmt: skip
    (
        "meeting",
        "next_what",
        {"type": "plain_text_input", "value": "befaring"},
        ("next_step", "befaring"),
    ),  # fmt: skip
    (
        "meeting",
        "next_date",
        {"type": "datepicker", "selected_date": "2026-12-02"},
        ("next_due", "2026-12-02"),
    ),  # fmt: skip
    (
        "meeting",
        "note",
        {"type": "plain_text_input", "value": "ny notat"},
        ("note", "ny notat"),
    ),  # fmt: skip
    (
        "offer",
        "amount",
        {"type": "plain_text_input", "value": "300 000 EUR"},
        ("amount", Decimal(300_000)),
    ),  # fmt: skip
    (
        "offer",
        "amount",
        {"type": "plain_text_input", "value": "250 000 SEK"},
        ("currency", "SEK"),
    ),  # fmt: skip
]


def _state(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What Slack sends back for a form saved as it opened: each input's initial value."""
    values: dict[str, dict[str, Any]] = {}
    for block in view["blocks"]:
        if block.get("type") != "input":
            continue
        element = block["element"]
        kind = element["type"]
        if kind in ("external_select", "static_select"):
            state = {"selected_option": element.get("initial_option")}
        elif kind == "datepicker":
            state = {"selected_date": element.get("initial_date")}
        else:
            state = {"value": element.get("initial_value")}
        values[block["block_id"]] = {element["action_id"]: {"type": kind, **state}}
    return values


def _edit_form(team, kind: str) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    command, text = KINDS[kind]
    result = team.driver.command(command, text, KARI)
    reply = result.reply()
    edit = next((b for b in buttons(reply) if b["value"].endswith("|edit")), None)
    assert edit is not None, reply
    before = len(team.api.calls_to("views.open"))
    click(team, KARI, edit, result, idle=True)
    return team.api.calls_to("views.open")[before].params["view"]


def _saved(team, view: dict[str, Any], values: dict[str, Any]) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    result = team.driver.submit_view(KARI, view, values)
    assert result.status == 200 and "errors" not in result.body, result.body
    team.wait_idle()
    [row] = stored(team)
    lead = next((lead for lead in leads(team) if lead.id == row["deal"]), None)
    talk = row["kind"] in ("meeting", "call")  # an offer's lead is warm of itself
    lead = lead if talk else None
    return {
        "customer": row["customer"],
        "date": row["date"],
        "amount": row["amount"],
        "currency": row["currency"],
        "note": row["note"],
        "temperature": lead.temperature if lead is not None else None,
        "next_step": lead.next_step if lead is not None else None,
        "next_due": lead.next_step_due.isoformat() if lead and lead.next_step_due else None,
    }


def _shown(view: dict[str, Any]) -> dict[str, Any]:
    """The fields as the form shows them, read as the stored record says them."""
    state = {block: next(iter(inputs.values())) for block, inputs in _state(view).items()}
    amount = (state.get("amount") or {}).get("value")
    number, _, code = (amount or "").rpartition(" ")
    if amount and not code.isalpha():  # "330000": the team's currency (NOK), said by none
        number, code = amount or "", "NOK"
    temperature = (state.get("temperature") or {}).get("selected_option")
    return {
        "customer": state["customer"]["selected_option"]["value"],
        "date": state["date"]["selected_date"],
        "amount": Decimal(number) if amount else None,
        "currency": code or None,
        "note": state["note"]["value"],
        "temperature": temperature["value"] if temperature else None,
        "next_step": (state.get("next_what") or {}).get("value"),
        "next_due": (state.get("next_date") or {}).get("selected_date"),
    }


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize("kind", list(KINDS))
def test_the_edit_form_saved_as_it_opened_stores_what_it_showed(slack, kind: str) -> None:  # type: ignore[no-untyped-def]
    team = set_up_team(slack)
    view = _edit_form(team, kind)
    shown = _shown(view)
    saved = _saved(team, view, _state(view))
    assert saved == shown


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(("kind", "block", "state", "field"), CHANGES, ids=lambda x: str(x)[:20])
def test_each_field_changed_in_the_edit_form_changes_that_field_alone(  # type: ignore[no-untyped-def]
    slack, kind: str, block: str, state: dict[str, Any], field: tuple[str, Any]
) -> None:
    team = set_up_team(slack)
    view = _edit_form(team, kind)
    shown = _shown(view)
    values = _state(view)
    values[block] = {next(iter(values[block])): state}
    saved = _saved(team, view, values)
    name, value = field
    assert saved[name] == value
    changed = {k for k in saved if saved[k] != shown[k]}
    assert changed == {name}, (saved, shown)
