"""The modal path end to end, the customer suggestions, and Undo (button and /kpi undo)."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, count_rows, leads, stored, text_of

ALEX = "U0ALEX"
KARI = "U0KARI"  # workspace admin, so a manager
LARS = "U0LARS"


def _values(
    customer=None,
    day=None,
    amount=None,
    temperature=None,
    next_what=None,
    next_date=None,
    note=None,
):  # type: ignore[no-untyped-def]
    values: dict = {}
    if customer is not None:
        values["customer"] = {
            "customer_input": {
                "type": "external_select",
                "selected_option": {
                    "text": {"type": "plain_text", "text": customer},
                    "value": customer,
                },
            }
        }
    values["date"] = {"date_picker": {"type": "datepicker", "selected_date": day}}
    if amount is not None:
        values["amount"] = {"amount_input": {"type": "plain_text_input", "value": amount}}
    values["temperature"] = {
        "temperature_select": {
            "type": "static_select",
            "selected_option": {"value": temperature} if temperature else None,
        }
    }
    values["next_what"] = {"next_what_input": {"type": "plain_text_input", "value": next_what}}
    values["next_date"] = {"next_date_picker": {"type": "datepicker", "selected_date": next_date}}
    values["note"] = {"note_input": {"type": "plain_text_input", "value": note}}
    return values


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_command_without_text_opens_the_modal_before_any_database_work(slack) -> None:  # type: ignore[no-untyped-def]
    result = slack.driver.command("/logoffer", "", ALEX)
    assert result.http.status == 200
    view = result.opened_view()
    # views.open is the first call the app makes (users.info comes after it).
    methods = [c.method for c in slack.api.calls if c.method != "auth.test"]  # Bolt's own authorize
    assert methods[0] == "views.open"
    assert view["callback_id"] == "log_activity_modal"
    block_ids = [b["block_id"] for b in view["blocks"]]
    assert block_ids == ["customer", "date", "amount", "note"]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_modal_submit_with_errors_then_valid(slack) -> None:  # type: ignore[no-untyped-def]
    view = slack.driver.command("/logoffer", "", ALEX).opened_view()
    view = {**view, "id": "V0MODAL1"}
    bad = slack.driver.submit_view(ALEX, view, _values("Equinor", "2026-12-24", "minus fifty"))
    assert bad.status == 200
    answer = bad.json()
    assert answer["response_action"] == "errors"
    assert set(answer["errors"]) == {"date", "amount"}
    assert "future" in answer["errors"]["date"]
    assert count_rows(slack) == 0

    good = slack.driver.submit_view(
        ALEX, view, _values("Equinor", "2026-11-19", "250k", note="Q1 licences")
    )
    assert good.status == 200
    assert not good.body or good.json() in (None, {})
    confirmation = slack.api.wait_for(
        lambda c: c.method in {"chat.postEphemeral", "chat.postMessage"}
    )[0]
    assert "Equinor" in text_of(confirmation.params)
    [row] = stored(slack)
    assert (
        row["customer"],
        row["kind"],
        row["date"],
        row["amount"],
        row["source"],
        row["note"],
    ) == (
        "Equinor",
        "offer",
        "2026-11-19",
        250000.0,
        "modal",
        "Q1 licences",
    )

    again = slack.driver.submit_view(ALEX, view, _values("Equinor", "2026-11-19", "250k"))
    assert again.status == 200
    slack.wait_idle()
    assert count_rows(slack) == 1  # the same view submitted twice stores once


def test_modal_meeting_with_next_step_and_missing_fields(slack) -> None:  # type: ignore[no-untyped-def]
    view = {**slack.driver.command("/logmeeting", "", ALEX).opened_view(), "id": "V0MODAL2"}
    bad = slack.driver.submit_view(ALEX, view, _values(None, "2026-11-20", next_what="demo")).json()
    assert set(bad["errors"]) == {"customer", "next_date"}
    ok = slack.driver.submit_view(
        ALEX,
        view,
        _values(
            "Aker BP", "2026-11-20", temperature="hot", next_what="demo", next_date="2026-11-27"
        ),
    )
    assert ok.status == 200
    slack.api.wait_for(lambda c: c.method == "chat.postEphemeral")
    [lead] = leads(slack)
    assert (lead.temperature, lead.next_step, str(lead.next_step_due)) == (
        "hot",
        "demo",
        "2026-11-27",
    )


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_customer_select_suggests_known_customers_and_the_typed_name(slack) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logmeeting", "Equinor ASA", ALEX).reply()
    result = slack.driver.interactive(
        {
            "type": "block_suggestion",
            "user": {"id": ALEX},
            "action_id": "customer_input",
            "block_id": "customer",
            "value": "equi",
            "view": {"id": "V1", "callback_id": "log_activity_modal"},
        }
    )
    assert result.status == 200
    options = result.json()["options"]
    assert options[0]["value"] == "Equinor ASA"
    assert options[-1]["value"] == "equi"  # or create it


def _log(slack, user: str, command: str, text: str):  # type: ignore[no-untyped-def]
    result = slack.driver.command(command, text, user)
    reply = result.reply()
    return result, [b for b in buttons(reply) if b["action_id"] == "activity_undo"][0]


def _click(slack, user: str, button: dict, result) -> dict:  # type: ignore[no-untyped-def]
    click = slack.driver.click(
        user,
        {"action_id": button["action_id"], "value": button["value"]},
        response_url=result.response_url,
    )
    assert click.status == 200
    return click.reply()  # the app's answer to this click


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_undo_removes_the_record_and_a_second_click_does_nothing_more(slack) -> None:  # type: ignore[no-untyped-def]
    result, undo = _log(slack, ALEX, "/logmeeting", "Acme warm")
    assert len(stored(slack)) == 1
    first = _click(slack, ALEX, undo, result)
    assert first["replace_original"] is True
    assert "Undone" in text_of(first) and "Acme" in text_of(first)
    assert stored(slack) == []
    assert count_rows(slack) == 1  # soft-deleted, not gone
    second = _click(slack, ALEX, undo, result)
    assert "already undone" in text_of(second)
    assert stored(slack) == []
    assert leads(slack) == []  # the lead the meeting created is gone with it


def test_another_seller_cannot_undo_but_a_manager_can(slack) -> None:  # type: ignore[no-untyped-def]
    result, undo = _log(slack, ALEX, "/logoffer", "Equinor 250k")
    refused = _click(slack, LARS, undo, result)
    assert refused.get("replace_original") is False
    assert "Bara den som loggade posten" in text_of(refused)  # Lars reads Swedish
    assert len(stored(slack)) == 1
    _click(slack, KARI, undo, result)  # Kari is a workspace admin
    assert stored(slack) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_undo_restores_the_lead_as_it_was(slack) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logoffer", "Equinor 250k", ALEX).reply()
    result, undo = _log(slack, ALEX, "/logoffer", "Equinor 300k")
    assert float(leads(slack)[0].offer_amount) == 300000.0
    _click(slack, ALEX, undo, result)
    assert float(leads(slack)[0].offer_amount) == 250000.0

    result, undo = _log(slack, ALEX, "/logwin", "Equinor")
    assert leads(slack)[0].status == "won"
    _click(slack, ALEX, undo, result)
    [lead] = leads(slack)
    assert (lead.status, float(lead.offer_amount), lead.closed_at) == ("open", 250000.0, None)


def test_kpi_undo_undoes_the_last_one(slack) -> None:  # type: ignore[no-untyped-def]
    slack.driver.command("/logmeeting", "Acme", ALEX).reply()
    slack.driver.command("/logcall", "Orkla", ALEX).reply()
    reply = slack.driver.command("/kpi", "undo", ALEX).reply()
    assert "Orkla" in text_of(reply)
    assert [r["customer"] for r in stored(slack)] == ["Acme"]
    slack.driver.command("/kpi", "undo", ALEX).reply()
    reply = slack.driver.command("/kpi", "undo", ALEX).reply()
    assert "nothing to undo" in text_of(reply)
    assert stored(slack) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_kpi_help_lists_every_logging_command(slack) -> None:  # type: ignore[no-untyped-def]
    text = text_of(slack.driver.command("/kpi", "help", ALEX).reply())
    for command in (
        "/logmeeting",
        "/logcall",
        "/logoffer",
        "/logwin",
        "/loglost",
        "/kpi undo",
        "/kpi back",
        "/kpi away",
        "/kpi customer",
        "/teamstatus",
        "/kpi setup",
        "/kpi settings",
        "/kpi goal",
        "/kpi managers",
        "/teamstatus customers",
    ):
        assert command in text
    unknown = text_of(slack.driver.command("/kpi", "frobnicate", ALEX).reply())
    assert "frobnicate" in unknown and "/logmeeting" in unknown


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_unexpected_failure_keeps_the_form_open_and_says_so(slack, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bot.services import activities

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("the database went away")

    monkeypatch.setattr(activities, "log", broken)
    view = {**slack.driver.command("/logoffer", "", ALEX).opened_view(), "id": "V0BROKEN"}
    answer = slack.driver.submit_view(ALEX, view, _values("Equinor", "2026-11-19", "250k"))
    assert answer.status == 200
    body = answer.json()
    assert body["response_action"] == "errors"
    assert "nothing was stored" in body["errors"]["customer"].lower()
    assert count_rows(slack) == 0


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_form_reads_pasted_invisible_marks_and_wide_forms_as_a_command_does(slack) -> None:  # type: ignore[no-untyped-def]
    """A name copied from a document carries a zero-width space or a direction mark, a phone's
    wide keyboard types "３２０ｋ": the typed command reads them (tests/slack/test_invisible_and_
    praise.py), and so does the form, instead of refusing the field."""
    view = {**slack.driver.command("/logoffer", "", ALEX).opened_view(), "id": "V0MODAL2"}
    answer = slack.driver.submit_view(
        ALEX,
        view,
        _values("Equinor\u200b", "2026-11-19", "３２０ｋ", note="\u200fQ1 licences"),
    )
    assert answer.status == 200 and (not answer.body or answer.json() in (None, {})), answer.body
    slack.wait_idle()
    [row] = stored(slack)
    assert (row["customer"], row["amount"], row["note"]) == ("Equinor", 320000.0, "Q1 licences")
