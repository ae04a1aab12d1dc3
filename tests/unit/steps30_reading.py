"""steps30. The log-command recorder's decisions that need no database, in its order
(activities.log_text): an amount range asked; a period of done work asked (with the month to
come for an offer or a win); the next step read from the words left unread (on its day, or its
day of a period asked); else what was read. For the unit tests of tests/unit/test_steps30*.py."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from bot.domain import ActivityKind
from bot.services.commands import LogCommand, parse_log_command
from bot.services.commands.ranges import AmountRange
from bot.services.log_questions import (
    amount_range_question,
    period_question,
    period_rest,
    period_said,
    step_read,
    step_when_question,
)
from bot.services.questions import NeedsAnswer
from bot.services.requester import Who

KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "GBP"}
ZONE = {"nb": "Europe/Oslo", "sv": "Europe/Stockholm", "da": "Europe/Copenhagen"}
ZONE["en"] = "Europe/London"


def who(language: str, today: date) -> Who:
    currency = KRONE[language]
    return Who(
        workspace_id="T1", user_id="U1", seller_id=1, language=language,
        timezone=ZONE[language], currency=currency, krone=currency, team_id=1,
        is_manager=False, today=today, own_team_id=1, own_currency=currency,
    )  # fmt: skip


@dataclass(frozen=True)
class Read:
    cmd: LogCommand
    asked: NeedsAnswer | None


def read(kind: str, text: str, language: str, today: date) -> Read:
    seller = who(language, today)
    activity = ActivityKind(kind)
    try:
        cmd = parse_log_command(
            activity, text, today=today, krone=KRONE[language], language=language
        )
    except AmountRange as ranged:
        needs, cmd = amount_range_question(ranged, activity, text, seller, KRONE[language], ())
        return Read(cmd, needs)
    period = period_said(cmd, seller)
    if period is not None:  # its words are the period's (log_text)
        cmd = replace(cmd, unread=period_rest(cmd.unread, period))
        return Read(cmd, period_question(cmd, period, seller))
    cmd, step = step_read(cmd, seller, text)
    return Read(cmd, step_when_question(cmd, step) if step else None)
