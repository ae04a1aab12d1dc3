"""Session 30 (steps30). Slash commands read on Wed 2 Dec 2026 (bench/HISTORY.md, "Session 29: the
end-of-session runs"), each wrong on main:

1. A follow-up on a day or in a period left its words unread ("could not read …", the step lost
   with "Store as read"): a day said is the step's day; a period's day is asked, a button per
   day (or per week of a month), or no day with the words as the note.
2. "/logoffer Kiwi 200k i januar" said in December offered last January's days alone: the
   January to come is offered too (an offer: today, its follow-up's day asked in January; a
   win: today, the words its note).
3. An amount written as a range ("250-300k") was refused: asked, low, middle or high on its
   button, the range kept as the note."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.rendering.replies import question_reply
from bot.rendering.text import message_text
from bot.services import questions
from bot.services.activities import (
    AHEAD_MONTH,
    AMOUNT_RANGE,
    PICKED_DAY,
    STEP_NOTE,
    STEP_WHEN,
    WHICH_DAY_PICK,
    ahead_month_answer,
    amount_range_question,
    period_question,
    period_said,
    step_when_question,
)
from bot.services.commands import parse_log_command
from bot.services.commands.ranges import AmountRange
from bot.services.commands.step_periods import step_in_a_period, step_on_a_day
from bot.services.questions import Answers, Pending, Question
from bot.services.requester import Who
from bot.source import Source  # noqa: F401  (replaced below if absent)
