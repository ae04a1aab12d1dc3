"""Session 47, through the app: held-out channel messages (/work/held47). Slack sends an emoji
in a message's text by its name (":tada:", ":handshake:"); a meeting told with one between its
clauses was read as nothing where the same message typed with the pictograph was stored. The
readings: tests/unit/test_capture47.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
FRIDAY = datetime(2026, 12, 4, 14, 30, tzinfo=UTC)  # 15:30 in Oslo
TS = [f"17648587{n:02d}.000100" for n in range(10)]


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(FRIDAY)
    return set_up_team(slack)


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    "message",
    [
        "Møte med Mester Grønn på Skøyen i går :handshake: de vil se en pilot",
        "Møte med Mester Grønn i går :tada: de vil se en pilot",
        "Møte med Mester Grønn i går :smile: de vil se en pilot",
    ],
)
def test_a_meeting_told_with_an_emojis_name_between_its_clauses_is_stored(team, message) -> None:  # type: ignore[no-untyped-def]
    [note] = post(team, message, TS[0], user=KARI)
    assert "Mester Grønn" in text_of(note.params)
    assert [(r["kind"], r["customer"], str(r["date"])) for r in stored(team)] == [
        ("meeting", "Mester Grønn", "2026-12-03")
    ]


@pytest.mark.backends("sqlite")
def test_a_win_said_in_the_present_tense_is_stored(team) -> None:  # type: ignore[no-untyped-def]
    [note] = post(team, "Stockmann godkände anbudet! 120 000 euro :tada:", TS[1], user=KARI)
    assert "Stockmann" in text_of(note.params)
    assert [
        (r["kind"], r["customer"], str(r["amount"]).split(".")[0], r["currency"])
        for r in stored(team)
    ] == [("win", "Stockmann", "120000", "EUR")]


def _by_option(message: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {b["value"].split("|", 1)[1]: b for b in buttons(message)}


def _talks(team) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    return [(r["kind"], r["customer"], str(r["date"])) for r in stored(team)]


@pytest.mark.backends("sqlite")
def test_last_thursday_said_on_a_friday_is_asked_by_message(team) -> None:  # type: ignore[no-untyped-def]
    # was stored on yesterday, unasked; the held-out writers split on which day it is
    [asked] = post(
        team, "Møte med Max Burgers forrige torsdag, de åpner 5 nye restauranter", TS[2], user=KARI
    )
    options = _by_option(asked.params)
    assert list(options)[:2] == ["day:2026-11-26", "day:2026-12-03"], text_of(asked.params)
    assert stored(team) == []
    click(team, KARI, options["day:2026-11-26"], idle=True)
    click(team, KARI, options["day:2026-11-26"], idle=True)  # a double click records once
    assert _talks(team) == [("meeting", "Max Burgers", "2026-11-26")]


@pytest.mark.backends("sqlite")
def test_last_thursday_said_on_a_friday_is_asked_by_command(team) -> None:  # type: ignore[no-untyped-def]
    result = team.driver.command("/logmeeting", "Coop Extra forrige torsdag, kald", KARI, "C0SALES")
    options = _by_option(result.reply())
    assert list(options) == ["day:2026-11-26", "day:2026-12-03", "cancel"], options
    click(team, KARI, options["day:2026-12-03"], result, idle=True)
    assert _talks(team) == [("meeting", "Coop Extra", "2026-12-03")]


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("message", "day"),
    [
        ("Møte med Tine forrige tirsdag", "2026-12-01"),  # not yesterday's weekday: the latest
        ("Meeting with Equinor last Thursday (26/11)", "2026-11-26"),  # its date said
    ],
)
def test_last_with_another_weekday_or_its_date_is_not_asked(team, message, day) -> None:  # type: ignore[no-untyped-def]
    post(team, message, TS[3], user=KARI)
    assert [str(r["date"]) for r in stored(team)] == [day]
