"""End to end, as Slack sends it (the clock set; Kari reads Norwegian): the same talk said N times is N records.
"/logcall Novo 2 ganger i dag" was asked with "2 ganger" unread and, recorded, one call; "Ringte
Novo 2 ganger i dag" was asked and its Record stored one. Now: N activities (the KPI counts N,
the export has N rows), one confirmation, one Undo for all N; a retried command, a retried
event and a second click store N once. The decisions: tests/unit/test_times21.py."""

from __future__ import annotations

from datetime import UTC, datetime
from urllib.parse import parse_qsl

import pytest

from bot.offline.driver import CommandResult
from tests.helpers import (
    buttons,
    channel_message,
    click,
    leads,
    message_deleted,
    message_edited,
    post,
    set_up_team,
    stored,
    text_of,
)

KARI = "U0KARI"
CHANNEL = "C0SALES"
TUESDAY = datetime(2026, 12, 1, 14, 0, tzinfo=UTC)  # 15:00 in Oslo
TUESDAY_TS = "1796133600.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    return set_up_team(slack)


def _command_twice(slack, command: str, text: str) -> tuple[CommandResult, CommandResult]:  # type: ignore[no-untyped-def]
    """`command text` as Slack sends it, then the very same request again (a retry: one
    trigger_id)."""
    body, key, trigger_id = slack.driver.command_body(command, text, KARI, CHANNEL)
    first = CommandResult(
        slack.driver, slack.driver.post(body, "application/x-www-form-urlencoded"), key, trigger_id
    )
    again = CommandResult(
        slack.driver, slack.driver.post(body, "application/x-www-form-urlencoded"), key, trigger_id
    )
    assert dict(parse_qsl(body))["trigger_id"] == trigger_id
    return first, again


def _button(message: dict, ending: str) -> dict:  # type: ignore[type-arg]
    [button] = [b for b in buttons(message) if b["value"].endswith(ending)]
    return button


def _calls(team) -> list[tuple[str, str, str, str | None]]:  # type: ignore[no-untyped-def]
    return sorted((r["kind"], r["customer"], r["date"], r["note"] or "") for r in stored(team))


def test_a_commands_count_is_n_records_once_and_one_undo_takes_them_all(team) -> None:  # type: ignore[no-untyped-def]
    first, again = _command_twice(
        team, "/logcall", "Novo 2 ganger i dag, varm, neste møte fredag -- ring igjen"
    )
    said = text_of(first.reply())
    assert "Logget *2 samtaler* med *Novo*" in said and "Angre tar tilbake begge" in said, said
    again.reply()
    team.wait_idle()
    # Two calls, one day, the note on the first; never four (the retry), never one
    assert _calls(team) == [
        ("call", "Novo", "2026-12-01", ""),
        ("call", "Novo", "2026-12-01", "ring igjen"),
    ]
    [lead] = leads(team)  # one lead, warm, one next step: not one a call (nor two nudges)
    assert (lead.temperature, lead.next_step, str(lead.next_step_due)) == (
        "warm", "møte", "2026-12-04"
    )  # fmt: skip
    me = text_of(team.driver.command("/kpi", "me", KARI, CHANNEL).reply())
    assert "Samtaler: *2*" in me, me  # the week's figure counts both
    status = text_of(team.driver.command("/teamstatus", "", KARI, CHANNEL).reply())
    assert "Samtaler: *2*" in status and "Samtaler 2 ·" in status, status  # the team's, Kari's
    undo = _button(first.reply(), "")
    undone = text_of(click(team, KARI, undo, first, idle=True).reply())
    assert "Angret: 2 samtaler med *Novo*" in undone, undone
    assert "hadde ingen andre oppføringer" in undone  # the customer the log made goes with it
    assert stored(team) == [] and leads(team) == []
    second = text_of(click(team, KARI, undo, first, idle=True).reply())
    assert "allerede angret" in second and stored(team) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_messages_count_is_asked_and_its_record_stores_n_once(team) -> None:  # type: ignore[no-untyped-def]
    [asked] = post(team, "Ringte Novo 2 ganger i dag", TUESDAY_TS, user=KARI)
    assert "Registrere dette som *2 samtaler* med *Novo*?" in text_of(asked.params)
    assert stored(team) == []
    record = _button(asked.params, "|record")
    first = click(team, KARI, record, idle=True)
    click(team, KARI, record, idle=True)  # a second click
    event = channel_message("Ringte Novo 2 ganger i dag", TUESDAY_TS, user=KARI)
    assert team.driver.event(event, event_id="Ev0TIMES", retry_num=1).status == 200
    team.wait_idle()
    assert _calls(team) == [("call", "Novo", "2026-12-01", "")] * 2
    confirmation = first.reply()
    assert "Logget *2 samtaler* med *Novo*" in text_of(confirmation)
    click(team, KARI, _button(confirmation, ""), idle=True)
    assert stored(team) == []
    assert team.api.calls_to("reactions.remove"), "its ✅ taken back"


def test_a_week_with_no_day_is_asked_which_day_never_guessed(team) -> None:  # type: ignore[no-untyped-def]
    result = team.driver.command("/logmeeting", "Orkla x3 forrige uke", KARI, CHANNEL)
    asked = result.reply()
    assert "uke 48" in text_of(asked) and "*3 møter* med *Orkla*" in text_of(asked)
    assert stored(team) == []
    friday = _button(asked, "|day:2026-11-27")
    click(team, KARI, friday, result, idle=True)
    assert _calls(team) == [("meeting", "Orkla", "2026-11-27", "")] * 3
    undone = text_of(team.driver.command("/kpi", "undo", KARI, CHANNEL).reply())
    assert "Angret: 3 møter med *Orkla*" in undone and stored(team) == [], undone  # all three


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_edit_or_the_deletion_of_a_counted_message_takes_all_its_records(team) -> None:  # type: ignore[no-untyped-def]
    [asked] = post(team, "Ringte Novo 2 ganger i dag", TUESDAY_TS, user=KARI)
    click(team, KARI, _button(asked.params, "|record"), idle=True)
    edit = message_edited(
        TUESDAY_TS, "Ringte Novo 3 ganger i dag", before="Ringte Novo 2 ganger i dag",
        at="1796133900.000200", user=KARI,
    )  # fmt: skip
    assert team.driver.event(edit).status == 200
    team.wait_idle()
    assert _calls(team) == [("call", "Novo", "2026-12-01", "")] * 3  # recorded: its Record holds
    gone = message_deleted(TUESDAY_TS, at="1796134200.000300", user=KARI)
    assert team.driver.event(gone).status == 200
    team.wait_idle()
    assert stored(team) == []
