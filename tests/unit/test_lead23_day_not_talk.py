"""Lead, session 23: the property test (tests/unit/test_parsing_properties.py) failed on about one
seed in six on this session's merged code; its examples, pinned here so that no seed decides.

- A day of the month before a talk's noun is the day, not the talk's ordinal: "7-Eleven den 16.
  møte om budsjett" stored a customer "7-Eleven den" with the note "16. møte" (session 22's lead
  rule read any one- or two-digit ordinal; a talk's ordinal in digits is one to nine, and never
  after "den", "the", "on" or a month's name).
- A month's short name after a figure-and-capitals name is the day's month: "3M Norge Nov 18" was
  a customer "3M Norge Nov" with "18" unread (cmds23's "3M last Monday" rule took capitalised
  words into the name; "Nov" is no date word of four letters or more).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.commands import parse_log_command

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "customer", "day", "note"),
    [
        ("7-Eleven den 16. møte om budsjett", "7-Eleven", date(2026, 11, 16), None),
        ("Fredag Bygg November 18th møte om budsjett", "Fredag Bygg", date(2026, 11, 18), None),
        ("Acme 16. møte", "Acme", date(2026, 11, 16), None),
        ("Acme nov 3. møte", "Acme", date(2026, 11, 3), None),
        ("3M Norge Nov 18", "3M Norge", date(2026, 11, 18), None),
        ("3M Norge Nov 18 uke 4x", "3M Norge", date(2026, 11, 18), None),
        ("3M Des 1", "3M", date(2026, 12, 1), None),
        # the talk's ordinal is still the note
        ("Sainsbury's, 2nd meeting, warm", "Sainsbury's", TODAY, "2nd meeting"),
        ("Acme 2. møte", "Acme", TODAY, "2. møte"),
        ("Acme 3rd call", "Acme", TODAY, "3rd call"),
        ("Volvo andra mötet", "Volvo", TODAY, "andra mötet"),
        ("3M last Monday, warm", "3M", date(2026, 11, 30), None),
        ("3M Norge i går", "3M Norge", date(2026, 11, 30), None),
    ],
)
def test_a_day_before_a_talk_is_the_day(
    text: str, customer: str, day: date, note: str | None
) -> None:
    cmd = parse_log_command(ActivityKind.MEETING, text, today=TODAY, krone="NOK")
    assert (cmd.customer, cmd.when, cmd.note) == (customer, day, note), cmd
