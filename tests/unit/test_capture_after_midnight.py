"""A message written after midnight (bot/services/capture/night.py): "i dag" of a held record is
the day that just ended, asked; "i går" is the calendar's, asked only where the author's own words
say it is past midnight and nothing pins the record to the hours just gone."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.capture.night import said_after_midnight
from bot.services.capture.signals import clean, tokenise

FRIDAY, THURSDAY = date(2026, 11, 20), date(2026, 11, 19)
KNOWN = ["Aker BP ASA", "Ruter", "Obos", "Equinor ASA", "Telenor", "Yara", "DNB"]


def _read(text: str, posted: time | None = None):  # type: ignore[no-untyped-def]
    return recognise(text, today=FRIDAY, known_customers=KNOWN, posted=posted)


@pytest.mark.parametrize(
    ("text", "outcome", "when"),
    [
        # came home from it just now: Thursday's, sure
        (
            "klokka er 00:40 og jeg kom akkurat hjem 😴 kundemiddag med Aker BP i går",
            Outcome.SURE,
            THURSDAY,
        ),
        (
            "01:15 here, just got home from the customer dinner with Equinor yesterday",
            Outcome.SURE,
            THURSDAY,
        ),
        (
            "kl er 01.30 og er på vei hjem fra kundemiddag med Telenor i går 🥱",
            Outcome.SURE,
            THURSDAY,
        ),
        # "yesterday" said at 1am, pinned to nothing: Thursday or Wednesday? asked (was sure)
        (
            "it's 1am and I just remembered 🙈 called Ruter yesterday, they're keen",
            Outcome.LIKELY,
            THURSDAY,
        ),
        (
            "klokka er 2 og jeg får ikke sove. Ringte Telenor i går, de vil ha demo",
            Outcome.LIKELY,
            THURSDAY,
        ),
        ("klockan är 00.20, glömde skriva: möte med Yara igår", Outcome.LIKELY, THURSDAY),
        ("past midnight already 🙃 met DNB yesterday, solid", Outcome.LIKELY, THURSDAY),
        # "i dag" of a thing that is over, at half past midnight: the day that just ended
        (
            "sitter fortsatt oppe kl 00:30 🦉 men altså: lunsjmøte med Obos i dag, veldig varme",
            Outcome.LIKELY,
            THURSDAY,
        ),
        ("it's 2am lol, demo for Yara today went great", Outcome.LIKELY, THURSDAY),
    ],
)
def test_a_record_written_after_midnight(text: str, outcome: Outcome, when: date) -> None:
    found = _read(text)
    assert (found.outcome, found.when) == (outcome, when), found.reasons
    assert found.kind in (ActivityKind.MEETING, ActivityKind.CALL)


def test_posted_after_midnight_i_dag_is_the_day_that_ended_and_i_gaar_the_calendars() -> None:
    today = _read("Møte med Obos i dag, veldig varme", posted=time(0, 30))
    assert (today.outcome, today.when) == (Outcome.LIKELY, THURSDAY)
    unsaid = _read("Møte med Obos, veldig varme", posted=time(0, 30))
    assert (unsaid.outcome, unsaid.when) == (Outcome.LIKELY, THURSDAY)
    yesterday = _read("Møte med Obos i går, veldig varme", posted=time(0, 30))
    assert (yesterday.outcome, yesterday.when) == (Outcome.SURE, THURSDAY)
    named = _read("Møte med Obos onsdag, veldig varme", posted=time(0, 30))
    assert named.when == date(2026, 11, 18)
    morning = _read("Møte med Obos i dag, veldig varme", posted=time(9, 30))
    assert (morning.outcome, morning.when) == (Outcome.SURE, FRIDAY)


def test_a_plan_written_after_midnight_keeps_its_day() -> None:
    found = _read("klokka er 00:40, booket møte med Obos tirsdag")
    assert found.next_step is not None and found.next_step.due == date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "late"),
    [
        ("klokka er 00:40", True),
        ("it's 1am", True),
        ("it's 1 am", True),
        ("kl er 3 og jeg er våken", True),
        ("sitter oppe kl 00:30", True),
        ("after midnight", True),
        ("Møte med DNB kl 1 i dag", False),  # one in the afternoon as often
        ("deadline midnight", False),
        ("Vi er 2 som var hos Yara", False),
        ("Sendt tilbud 01.10", False),  # a date
        ("klokka er 14:30", False),
    ],
)
def test_said_after_midnight(text: str, late: bool) -> None:
    assert said_after_midnight(tokenise(clean(text))) is late
