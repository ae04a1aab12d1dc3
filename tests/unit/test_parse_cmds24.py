"""Session 24 (cmds24), the log commands' texts as the sellers meant them:
- the time of a next step was dropped unsaid ("følger opp torsdag kl 14" stored "følger opp"):
  kept with the step, as typed;
- "sista mars", "siste mars", "sidste marts", "end of March": the month's last day;
- "1 250 tkr" followed by words not read: one amount, 1 250 000 (was 1 250, "tkr" unread)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command

MEETING, WIN = ActivityKind.MEETING, ActivityKind.WIN
MONDAY = date(2027, 3, 8)


@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        ("Acme varm, følger opp torsdag kl 14", "følger opp kl 14", date(2027, 3, 11)),
        ("Acme ringer dem fredag 10:00", "ringer dem 10:00", date(2027, 3, 12)),
        ("Acme följer upp på torsdag kl. 9", "följer upp kl. 9", date(2027, 3, 11)),
        ("Acme chasing them on Thursday at 2pm", "chasing them at 2pm", date(2027, 3, 11)),
        ("Acme follow up 18/03 at 10:30", "follow up at 10:30", date(2027, 3, 18)),
        ("Acme neste møte fredag kl 10", "møte kl 10", date(2027, 3, 12)),
        ("Acme neste møte fredag", "møte", date(2027, 3, 12)),
        ("Acme følger opp torsdag", "følger opp", date(2027, 3, 11)),
    ],
)
def test_a_next_step_keeps_its_time(text: str, what: str, due: date) -> None:
    step = parse_log_command(MEETING, text, today=MONDAY, krone="NOK").next_step
    assert step is not None and (step.what, step.due) == (what, due)


@pytest.mark.parametrize(
    "said", ["sista februari", "siste februar", "sidste februar", "end of February"]
)
def test_the_last_of_a_month(said: str) -> None:
    cmd = parse_log_command(WIN, f"Volvo 1250 tkr {said}", today=MONDAY, krone="SEK")
    assert (cmd.when, cmd.amount, cmd.unread) == (date(2027, 2, 28), Decimal(1_250_000), None)


def test_grouped_thousands_before_their_unit_are_one_amount_whatever_follows() -> None:
    cmd = parse_log_command(WIN, "Volvo 1 250 tkr enligt avtal", today=MONDAY, krone="SEK")
    assert (cmd.customer, cmd.amount, cmd.unread) == ("Volvo", Decimal(1_250_000), "enligt avtal")
