"""heldmsg34 (session 34, the lead's decision), through the app: every activity a channel message
holds is stored or asked, never dropped unsaid. "mötte Saab igår + skickade offert 1,1 MSEK, ringer
dem fre el mån" stores the meeting and asks the offer with the step's two days (was: the meeting
asked, the offer dropped); "Ringte Tine 2 ganger og sendte tilbud 300k" asks the two calls and the
offer (was: one call stored, an undercount); the step said beside a counted talk ("… Tilbud sendes
mandag") is shown in the question and kept with the calls. Each stored once however often clicked.
The reading itself: tests/unit/test_capture_rules36.py."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click, leads, post, set_up_team, stored, text_of

LARS = "U0LARS"
WEDNESDAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
WEDNESDAY_TS = "1764666000.000100"


def _options(note) -> dict:  # type: ignore[no-untyped-def]
    return {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_meeting_and_an_offer_beside_a_step_of_two_days_are_both_kept(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locale="sv-SE")
    text = "mötte Saab igår + skickade offert 1,1 MSEK, ringer dem fre el mån"
    logged, asked = post(team, text, WEDNESDAY_TS, user=LARS)  # was: one question, the meeting's
    assert "Saab" in text_of(logged.params) and not buttons(logged.params)[1:], logged.params
    assert "offert" in text_of(asked.params), text_of(asked.params)
    monday = _options(asked)["on:2026-12-07"]  # the step's two days, Fri 4 and Mon 7 Dec
    click(team, LARS, monday, idle=True)
    click(team, LARS, monday, idle=True)  # a double click stores it once
    got = sorted((r["kind"], r["date"], r["amount"], r["currency"]) for r in stored(team))
    assert got == [
        ("meeting", "2026-12-01", None, None),
        ("offer", "2026-12-01", Decimal("1100000"), "SEK"),
    ], got
    [lead] = leads(team)
    assert str(lead.next_step_due) == "2026-12-07", (lead.next_step, lead.next_step_due)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_counted_call_and_an_offer_are_each_asked_and_stored_once(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locale="nb-NO")
    calls, offer = post(team, "Ringte Tine 2 ganger og sendte tilbud 300k", WEDNESDAY_TS, user=LARS)
    assert "2 samtaler" in text_of(calls.params), text_of(calls.params)  # was: 1 call, stored
    assert "kr 300\xa0000" in text_of(offer.params), text_of(offer.params)
    for note in (calls, offer):
        click(team, LARS, _options(note)["record"], idle=True)
        click(team, LARS, _options(note)["record"], idle=True)
    got = sorted((r["kind"], r["amount"]) for r in stored(team))
    assert got == [("call", None), ("call", None), ("offer", Decimal("300000"))], got


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_step_beside_a_counted_call_is_shown_and_kept(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locale="da-DK")
    text = "Ringede til Carlsberg 3 gange i dag, de vil gerne se et tilbud. Tilbud sendes mandag"
    [note] = post(team, text, WEDNESDAY_TS, user=LARS)
    said = text_of(note.params)
    assert "3 opkald" in said and "man. 7. dec." in said, said  # was: the step unsaid
    click(team, LARS, _options(note)["record"], idle=True)
    click(team, LARS, _options(note)["record"], idle=True)
    assert [r["kind"] for r in stored(team)] == ["call"] * 3  # never an offer sent
    [lead] = leads(team)
    assert (lead.next_step, str(lead.next_step_due)) == ("tilbud", "2026-12-07")  # was: none


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_offer_sent_beside_a_call_is_asked_its_amount(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    team = set_up_team(slack, locale="nb-NO")
    logged, asked = post(team, "Ringte Tine, sendte tilbud mandag", WEDNESDAY_TS, user=LARS)
    assert "sendte tilbud" not in text_of(logged.params)  # was: the call's note, the offer lost
    said = text_of(asked.params)
    assert "man. 30. nov." in said and "`/logoffer Tine 200k`" in said, said
    assert set(_options(asked)) == {"edit", "not_a_sale"}, _options(asked)
    assert [r["kind"] for r in stored(team)] == ["call"]  # the offer: nothing stored unasked
