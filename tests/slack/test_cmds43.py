"""Session 43, through the app: what held-out sellers typed that was asked or stored wrong.
An in-between temperature ("lunken", "ljummen", "lukewarm") is asked warm or cold with a click
each (was: "I could not read «lunken»"); names that began with a word of the command's
("møte med Nye Veier AS", "Royal Mail") are stored whole. The readings:
tests/unit/test_parse_cmds43.py, test_capture43.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.domain import Temperature
from tests.helpers import buttons, click_answer, leads, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
FRIDAY = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)


def rows(team):  # type: ignore[no-untyped-def]
    return [(r["kind"], r["customer"], r["date"], r["note"]) for r in stored(team)]


@pytest.mark.parametrize(
    ("text", "pick", "temperature"),
    [
        ("Jernia i dag, lunken", "temperature:warm", Temperature.WARM),
        ("Tine i dag, ikke helt varm", "temperature:cold", Temperature.COLD),
    ],
)
def test_an_in_between_temperature_is_asked_warm_or_cold(
    slack, clock, text, pick, temperature
) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    result = team.driver.command("/logcall", text, KARI, CHANNEL)
    reply = result.reply()
    options = {b["value"].rsplit("|", 1)[-1]: b for b in buttons(reply)}
    assert {"temperature:warm", "temperature:cold", "as_read"} <= set(options), options
    assert "hvor varmt er leadet?" in text_of(reply) and stored(team) == []  # Kari writes nb
    done = click_answer(team, KARI, options[pick], result)
    assert [b["action_id"] for b in buttons(done)] == ["activity_undo"], text_of(done)
    [(kind, customer, day, note)] = rows(team)
    assert (kind, customer, day) == ("call", text.split(" i dag")[0], "2026-12-04")
    [lead] = leads(team)
    assert lead.temperature == temperature


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("command", "text", "customer"),
    [
        ("/logmeeting", "møte med Nye Veier AS igår, varm", "Nye Veier AS"),
        ("/logcall", "called Royal Mail today, warm, follow up Tuesday", "Royal Mail"),
        ("/logmeeting", "varm prat med Fjord Line i går, sender tilbud mandag", "Fjord Line"),
        ("/logcall", "quick call w Halfords, warm, ping again next wed", "Halfords"),
        ("/logmeeting", "met w Marks & Spencer yday, warm", "Marks & Spencer"),
    ],
)
def test_a_name_that_began_with_a_commands_word_is_stored_whole(
    slack, clock, command, text, customer
) -> None:  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    team = set_up_team(slack)
    reply = team.driver.command(command, text, KARI, CHANNEL).reply()
    assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"], text_of(reply)
    assert [r[1] for r in rows(team)] == [customer]
    [lead] = leads(team)
    assert lead.temperature == Temperature.WARM
