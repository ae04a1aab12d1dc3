"""Session 39 (the lead): command texts read wrong at a6731a36, each row's comment saying what was
read. Through the app: tests/slack/test_cmds39.py."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command

TODAY = date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "customer", "note"),
    [
        # were asked about the paper's words, unread
        ("Tine 2,1 mill, avtale signert i dag", "Tine", "avtale signert"),
        ("Volvo Cars 2,1 mkr, avtal signerat idag", "Volvo Cars", "avtal signerat"),
        ("Lego 2,1 mio, aftale underskrevet i dag", "Lego", "aftale underskrevet"),
        # guard: as before
        ("Tesco £40k, contract signed today", "Tesco", "contract signed"),
    ],
)
def test_a_win_said_again_with_its_paper_signed(text: str, customer: str, note: str) -> None:
    cmd = parse_log_command(ActivityKind.WIN, text, today=TODAY)
    assert (cmd.customer, cmd.note, cmd.unread, cmd.when) == (customer, note, None, TODAY)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("ringde tillbaka till Scania", "Scania"),  # was the customer "tillbaka till Scania"
        ("called Boots back", "Boots"),  # "back" unread
        ("ringte Tine tilbake", "Tine"),  # "tilbake" unread
        ("Greggs, called back", "Greggs"),  # "called back" unread
    ],
)
def test_a_call_returned(text: str, customer: str) -> None:
    cmd = parse_log_command(ActivityKind.CALL, text, today=TODAY)
    assert (cmd.customer, cmd.unread) == (customer, None)


def test_their_coming_back_is_still_the_note() -> None:
    cmd = parse_log_command(
        ActivityKind.CALL, "Vodafone, he'll come back to me Friday", today=TODAY
    )
    assert (cmd.customer, cmd.note, cmd.when) == ("Vodafone", "he'll come back to me Friday", TODAY)


@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        # was: the step read, the word before it asked as unread
        ("Tine 850k, svar neste uke", "svar", date(2026, 12, 11)),
        ("Tesco £40k, answer next week", "answer", date(2026, 12, 11)),
        ("Scania 850 tkr, besked nästa vecka", "besked", date(2026, 12, 11)),
        # guard: as before
        ("Tine 850k, svar innen fredag", "svar", date(2026, 12, 4)),
    ],
)
def test_an_answer_awaited_in_a_period_is_the_step(text: str, what: str, due: date) -> None:
    cmd = parse_log_command(ActivityKind.OFFER, text, today=TODAY)
    assert cmd.unread is None and cmd.next_step is not None
    assert (cmd.next_step.what, cmd.next_step.due) == (what, due)
