"""cmds28: a period named for done work instead of its day is asked, never stored on a day the
seller never named (was: "Store as read" on today). A long one ("i desember" said in January)
with a date picker opened on its first working day: a day picked outside it, or ahead, is said
so and stores nothing; the day picked is stored once however often it is picked. A short one
("i påsken" after Easter) with a button per working day, as the romjul's."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import SELLER, buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
CHANNEL = "C0SALES"
JANUARY = datetime(2027, 1, 12, 9, 0, tzinfo=UTC)  # a Tuesday
AFTER_EASTER = datetime(2027, 4, 12, 9, 0, tzinfo=UTC)  # Easter Sunday was 28 March 2027

pytestmark = pytest.mark.backends("sqlite")


def _picker(reply: dict) -> dict:
    [block] = [b for b in reply["blocks"] if b["type"] == "actions"]
    [picker] = [e for e in block["elements"] if e["type"] == "datepicker"]
    return {**picker, "block_id": block["block_id"]}


def _pick(team, result, picker: dict, day: str) -> dict:  # type: ignore[no-untyped-def]
    action = {
        "type": "datepicker",
        "action_id": picker["action_id"],
        "block_id": picker["block_id"],
        "selected_date": day,
    }
    team.driver.click(KARI, action, response_url=result.response_url)
    team.wait_idle()
    return team.api.responses(result.key)[-1]


def test_a_month_gone_is_asked_with_a_date_picker(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(JANUARY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    result = team.driver.command("/logoffer", "Tine 200k i desember", KARI, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == []
    assert "«i desember» er mer enn én dag" in text_of(reply)
    picker = _picker(reply)
    assert picker["initial_date"] == "2026-12-01"  # its first working day
    assert "31. des. 2026" in text_of(reply)
    outside = _pick(team, result, picker, "2026-11-30")
    assert "er ikke i «i desember»" in text_of(outside)
    ahead = _pick(team, result, picker, "2027-01-20")
    assert "har ikke kommet ennå" in text_of(ahead)
    assert stored(team) == []  # nothing half-recorded
    logged = _pick(team, result, picker, "2026-12-03")
    assert "Tine" in text_of(logged)
    _pick(team, result, picker, "2026-12-04")  # a second pick: answered already
    [row] = stored(team)
    assert (row["customer"], row["date"], row["kind"]) == ("Tine", "2026-12-03", "offer")
    assert float(row["amount"]) == 200000


def test_easter_gone_is_asked_with_its_working_days(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(AFTER_EASTER)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    result = team.driver.command("/logmeeting", "Equinor i påsken", KARI, CHANNEL)
    reply = result.reply()
    team.wait_idle()
    assert stored(team) == []
    days = [b["value"].split("|")[1] for b in buttons(reply)]
    # Monday to Wednesday of Holy Week: Maundy Thursday, Good Friday, Easter Monday are off
    assert days == ["day:2027-03-22", "day:2027-03-23", "day:2027-03-24", "cancel"]
    click(team, KARI, buttons(reply)[1], result, idle=True)
    click(team, KARI, buttons(reply)[1], result, idle=True)  # a double click stores once
    [row] = stored(team)
    assert (row["customer"], row["date"], row["kind"]) == ("Equinor", "2027-03-23", "meeting")


def test_a_danes_krone_unit_in_a_team_counting_in_euros_is_dkk(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """cmds28's decision on a krone said as a unit ("kr", "tkr", "mkr") by a seller whose krone
    is not the team's currency (for tense28's channel side to follow): it is the seller's own
    language's krone (a Dane's DKK, a Norwegian's NOK, a Swede's SEK) when the team counts in no
    other krone (EUR, GBP, USD), unasked: "85 tkr" can never be euros (was asked "DKK or EUR?",
    by command and in the channel). In a team counting in another krone (a Dane in a NOK team)
    the unit stays asked once, DKK or NOK, as review25 and kroner23 have it ("kr" the seller's
    own, "tkr" asked); a bare number is asked in both."""
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    team = set_up_team(slack, locales={SELLER: "da-DK"}, idle=True)
    view = team.driver.command("/kpi", "settings", KARI, CHANNEL).opened_view()
    values = {
        "language": {"value": {"type": "static_select", "selected_option": {"value": "en"}}},
        "currency": {"value": {"type": "static_select", "selected_option": {"value": "EUR"}}},
        "digest_time": {"value": {"type": "timepicker", "selected_time": "08:00"}},
    }
    assert team.driver.submit_view(KARI, view, values).status == 200
    team.wait_idle()
    said = team.driver.command("/logoffer", "Novo 85 tkr", SELLER, CHANNEL).reply()
    team.wait_idle()
    assert "85.000 DKK" in text_of(said)
    bare = team.driver.command("/logoffer", "Jysk 40000", SELLER, CHANNEL).reply()
    team.wait_idle()
    assert "DKK" in text_of(bare) and "EUR" in text_of(bare)  # a bare number: asked
    rows = [(r["customer"], float(r["amount"]), r["currency"]) for r in stored(team)]
    assert rows == [("Novo", 85000.0, "DKK")]


FIRST_MONDAY = datetime(2027, 1, 4, 9, 0, tzinfo=UTC)
FIRST_MONDAY_TS = "1798966800.000100"


def test_a_channel_messages_romjul_is_asked_with_the_commands_buttons(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """cmds28 item 4: "Møte med Tine i romjula" posted once the romjul is over was stored on its
    first working day (Mon 28 Dec), unasked, while "/logmeeting Tine i romjula" asks: now the
    message asks the same way, a button per working day, nothing stored until one is picked."""
    clock.set(FIRST_MONDAY)
    team = set_up_team(slack, locales={KARI: "nb-NO"})
    [note] = post(team, "Møte med Tine i romjula, varm", FIRST_MONDAY_TS, user=KARI)
    assert stored(team) == []
    assert "Romjula er mer enn én dag" in text_of(note.params)
    days = [b["value"].split("|")[1] for b in buttons(note.params)]
    assert [d for d in days if d.startswith("day:")] == [
        f"day:2026-12-{d}" for d in (28, 29, 30, 31)
    ]
    result = team.driver.command("/logmeeting", "Tine i romjula", KARI, CHANNEL)
    command = [b["value"].split("|")[1] for b in buttons(result.reply())]
    team.wait_idle()
    assert [d for d in command if d.startswith("day:")] == [d for d in days if d.startswith("day:")]
    [tuesday] = [b for b in buttons(note.params) if b["value"].endswith("|day:2026-12-29")]
    click(team, KARI, tuesday, idle=True)
    [row] = stored(team)
    assert (row["customer"], row["date"], row["kind"]) == ("Tine", "2026-12-29", "meeting")
