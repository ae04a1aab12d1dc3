"""A channel message with two records: "Demo for Elkjøp i dag + sendte tilbud etterpå, 260k", "Var
hos Netto og Salling i dag". The first said is read as it reads (stored at once when sure); the
second is asked about on its own, one click to record it: it was lost (only the weightier record
was kept, or the two customers were one question about the first). Two customers after one
meeting or call word are one question naming both, one click for both (booked30). An edit or a deletion of the
message takes both records with it."""

from __future__ import annotations

import pytest

from tests.helpers import (
    buttons,
    channel_message,
    message_deleted,
    message_edited,
    set_up_team,
    stored,
    text_of,
)

LARS, KARI = "U0LARS", "U0KARI"
CHANNEL = "C0SALES"
TS = "1795165200.000100"  # 08:00 UTC on the suite's today, Friday 20 November 2026

TWO_RECORDS = "Demo for Elkjøp i dag + sendte tilbud etterpå, 260k"  # a meeting, then an offer

pytestmark = pytest.mark.backends("sqlite")  # reading words; storing is the common path


@pytest.fixture
def team(slack):  # type: ignore[no-untyped-def]
    set_up_team(slack, locales={LARS: "nb-NO"}, reset=False)
    for customer in ("Elkjøp", "Netto", "Salling Group", "Telenor"):
        slack.driver.command("/logcall", customer, KARI, CHANNEL).reply()
    slack.api.reset()
    return slack


def _say(slack, text: str) -> list:  # type: ignore[no-untyped-def]
    n = len(slack.api.calls)
    assert slack.driver.event(channel_message(text, TS)).status == 200
    slack.wait_idle()
    return [c for c in slack.api.calls[n:] if c.method == "chat.postEphemeral"]


def _mine(slack) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r for r in stored(slack) if r["source"] == "message"]


def _record(slack, note) -> None:  # type: ignore[no-untyped-def]
    [button] = [b for b in buttons(note.params) if b["value"].endswith("|record")]
    slack.driver.click(LARS, {"action_id": button["action_id"], "value": button["value"]})
    slack.wait_idle()


def test_a_meeting_and_an_offer_store_the_meeting_and_ask_about_the_offer(team) -> None:  # type: ignore[no-untyped-def]
    notes = _say(team, TWO_RECORDS)
    [row] = _mine(team)
    assert (row["kind"], row["customer"]) == ("meeting", "Elkjøp")
    assert len(notes) == 2  # the meeting stored, the offer asked
    asked = notes[1]
    assert "260" in text_of(asked.params)
    _record(team, asked)
    assert sorted((r["kind"], r["amount"]) for r in _mine(team)) == [
        ("meeting", None),
        ("offer", 260000),
    ]


def test_two_known_customers_met_are_one_question_for_both(team) -> None:  # type: ignore[no-untyped-def]
    # booked30 (the lead's decision, session 30): both known, one question naming both, nothing
    # stored before the click, one click records both (was: Netto stored, Telenor asked)
    notes = _say(team, "Var hos Netto og Telenor i dag, begge ret varme")
    assert _mine(team) == [] and len(notes) == 1
    assert "Netto" in text_of(notes[0].params) and "Telenor" in text_of(notes[0].params)
    [button] = [b for b in buttons(notes[0].params) if b["value"].endswith("|record_all")]
    for _ in range(2):  # a double click stores nothing twice
        team.driver.click(LARS, {"action_id": button["action_id"], "value": button["value"]})
        team.wait_idle()
    assert sorted(r["customer"] for r in _mine(team)) == ["Netto", "Telenor"]


def test_deleting_the_message_takes_both_records(team) -> None:  # type: ignore[no-untyped-def]
    notes = _say(team, TWO_RECORDS)
    _record(team, notes[-1])
    assert len(_mine(team)) == 2
    deleted = message_deleted(TS, text=TWO_RECORDS, at="1795165300.000100")
    assert team.driver.event(deleted).status == 200
    team.wait_idle()
    assert _mine(team) == []


def test_an_edit_to_one_record_takes_the_second_away(team) -> None:  # type: ignore[no-untyped-def]
    notes = _say(team, TWO_RECORDS)
    _record(team, notes[-1])
    edited = message_edited(TS, "Demo for Elkjøp i dag", before=TWO_RECORDS, at="1795165400.000100")
    assert team.driver.event(edited).status == 200
    team.wait_idle()
    assert [(r["kind"], r["customer"]) for r in _mine(team)] == [("meeting", "Elkjøp")]


def test_a_status_list_stores_its_first_line_and_asks_about_each_other(team) -> None:  # type: ignore[no-untyped-def]
    text = (
        "• Netto: møte i går\n• Elkjøp: tilbud sendt, 1,4 mill\n• Telenor: ringte, de vil ha demo"
    )
    notes = _say(team, text)
    [row] = _mine(team)
    assert (row["kind"], row["customer"], row["date"]) == ("meeting", "Netto", "2026-11-19")
    assert len(notes) == 3  # the meeting stored; the offer and the call asked, each on its own
    for note in notes[1:]:
        _record(team, note)
    assert sorted((r["kind"], r["customer"]) for r in _mine(team)) == [
        ("call", "Telenor"),
        ("meeting", "Netto"),
        ("offer", "Elkjøp"),
    ]


@pytest.mark.parametrize(
    ("text", "kind", "customers"),
    [
        ("Ringte Tine og Posten i dag", "call", ["Posten", "Tine"]),
        ("Møte med DNB og Storebrand i dag", "meeting", ["DNB", "Storebrand"]),
    ],
)
def test_two_new_customers_called_are_each_asked(team, text, kind, customers) -> None:  # type: ignore[no-untyped-def]
    # Customers kpibot does not know: the first was asked about and the second dropped unasked
    # (found by the month ledger, session 13). Asked now, one customer or two, in one question
    # (lists28: was one question each, stacked); "Two customers" records both.
    notes = _say(team, text)
    assert _mine(team) == [] and len(notes) == 1
    _record(team, notes[0])
    assert sorted((r["kind"], r["customer"]) for r in _mine(team)) == [(kind, c) for c in customers]
