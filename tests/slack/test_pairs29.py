"""pairs29, end to end as Slack sends it (the clock set on Tue 1 Dec 2026): meetings or calls
with two customers or more are one question a message. A list with no "one customer or two?"
choice is one "Record all" question (was: a question a customer, stacked); a pair sent again is
one question for both, another of each or the same (was: the first asked as a duplicate, the
second asked anew)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import click, option, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 13, 0, tzinfo=UTC)  # 14:00 in Oslo


def _customers(slack) -> list[str]:  # type: ignore[no-untyped-def]
    return sorted(r["customer"] for r in stored(slack))


@pytest.mark.backends("sqlite")
def test_three_calls_named_are_one_question(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Item 6: "Ringte Tine, Orkla og Bama i dag" (no one-or-two choice): one question."""
    clock.set(TUESDAY)
    team = set_up_team(slack)
    [note] = post(team, "Ringte Tine, Orkla og Bama i dag", "1796130000.000100", user=KARI)
    assert "Registrere alle 3?" in text_of(note.params), text_of(note.params)
    click(team, KARI, option(note.params, "record_all"), idle=True)
    assert _customers(team) == ["Bama", "Orkla", "Tine"]


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(("answer", "want"), [("cancel", 2), ("record_all", 4)])
def test_a_pair_sent_again_is_one_question_for_both(slack, clock, answer: str, want: int) -> None:  # type: ignore[no-untyped-def]
    """Item 4: "Møte med Aker og Yara i dag" sent twice: one question for both, another of each
    or the same sent twice; nothing stored before the click, nothing counted twice unasked (was:
    Aker asked as a duplicate, Yara asked anew)."""
    clock.set(TUESDAY)
    team = set_up_team(slack)
    [asked] = post(team, "Møte med Aker og Yara i dag", "1796130000.000100", user=KARI)
    click(team, KARI, option(asked.params, "record"), idle=True)
    assert _customers(team) == ["Aker", "Yara"]
    notes = post(team, "Møte med Aker og Yara i dag", "1796130100.000100", user=KARI)
    assert len(notes) == 1, [text_of(n.params) for n in notes]
    said = text_of(notes[0].params)
    assert "allerede logget disse den dagen" in said and "Aker" in said and "Yara" in said, said
    assert len(stored(team)) == 2
    click(team, KARI, option(notes[0].params, answer), idle=True)
    assert len(stored(team)) == want
    assert {r["customer"] for r in stored(team)} == {"Aker", "Yara"}


@pytest.mark.backends("sqlite")
def test_a_pair_with_one_logged_already_asks_the_other_in_the_same_question(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    team = set_up_team(slack)
    [asked] = post(team, "Møte med Aker og Yara i dag", "1796130000.000100", user=KARI)
    click(team, KARI, option(asked.params, "record"), idle=True)
    notes = post(team, "Møte med Aker og Telenor i dag", "1796130100.000100", user=KARI)
    assert len(notes) == 1, [text_of(n.params) for n in notes]
    said = text_of(notes[0].params)
    assert "Telenor" in said and "Allerede logget den dagen" in said and "Aker" in said, said
    click(team, KARI, option(notes[0].params, "record_all"), idle=True)
    assert _customers(team) == ["Aker", "Telenor", "Yara"]


@pytest.mark.backends("sqlite")
def test_a_summary_booking_a_meeting_plans_it_and_says_the_calls_are_not_counted(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    """Item 3: "Did 12 calls today and booked a meeting with Boots for Thursday" gave the
    calls-not-counted notice alone; now the Boots meeting is planned and the notice said too."""
    clock.set(TUESDAY)
    team = set_up_team(slack, locale="en-GB")
    text = "Did 12 calls today and booked a meeting with Boots for Thursday"
    notes = [text_of(n.params) for n in post(team, text, "1796130000.000100", user=KARI)]
    assert any("Planned" in n and "Boots" in n for n in notes), notes
    assert any("12 calls in your message were not counted" in n for n in notes), notes
    assert stored(team) == []
    # delivered again: nothing more said
    assert post(team, text, "1796130000.000100", user=KARI) == []
