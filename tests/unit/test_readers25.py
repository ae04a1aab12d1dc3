"""Session 25 (readers25), what the channel message reader still dropped or misread:
- "Møte med Tine, følger opp fredag kl 10" dropped the step's time (the slash command keeps it
  since readers24): kept with the step, by the command's rule (next_steps.time_after_the_day)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import KnownCustomers, Outcome, Recognition, recognise

THURSDAY = date(2026, 12, 3)  # Friday is 4 December, Monday 7 December
KNOWN = ["Tine", "ICA", "Mærsk", "Tesco", "Orkla"]


def read(text: str, today: date = THURSDAY, known: list[str] = KNOWN) -> Recognition:
    return recognise(
        text,
        today=today,
        krone="NOK",
        known_customers=KnownCustomers.of(known),
        open_offers=set(),
        posted=None,
    )


@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        ("Møte med Tine, følger opp fredag kl 10", "call kl 10", date(2026, 12, 4)),
        ("Møte med Tine i dag, følger opp fredag kl. 10.30.", "call kl. 10.30", date(2026, 12, 4)),
        ("Möte med ICA idag, följer upp fredag kl 9", "call kl 9", date(2026, 12, 4)),
        ("Möte med ICA, följer upp fredag 10:00", "call 10:00", date(2026, 12, 4)),
        ("Møde med Mærsk i dag, følger op fredag kl. 9", "call kl. 9", date(2026, 12, 4)),
        (
            "Meeting with Tesco, following up Friday at 2pm",
            "following up at 2pm",
            date(2026, 12, 4),
        ),
        ("Møte med Orkla, sender tilbud mandag kl 12", "offer kl 12", date(2026, 12, 7)),
    ],
)
def test_a_step_s_time_in_a_message_is_kept(text: str, what: str, due: date) -> None:
    found = read(text)
    assert found.outcome is Outcome.SURE, found
    assert found.follow_up is not None and (found.follow_up.what, found.follow_up.due) == (
        what,
        due,
    ), found.follow_up


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Møte med Tine, følger opp fredag", "call"),  # no time: as before
        ("Møte med Orkla, sender tilbud mandag", "offer"),
    ],
)
def test_a_step_without_a_time_stays_as_it_was(text: str, what: str) -> None:
    found = read(text)
    assert found.follow_up is not None and found.follow_up.what == what, found.follow_up

