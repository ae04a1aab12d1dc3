"""msgsteps34. One reader of a next step, for slash commands and channel messages alike.

A log command's next step is read by the parser (next_steps: "neste steg i april", "next step
after Easter", "følger opp uke 14") and, from the words it leaves unread, by step_periods
("ringer igjen neste måned", "neste steg i løpet av uka": a period asked). A channel message
said the same step in a clause of its own ("Møte med Orkla i dag, varm, neste steg i april")
and the channel reader, with readers of its own, dropped some of them unsaid: the meeting
stored, the step not, the reply silent (figures34). Here a message's step clause is read as
the same words typed after a customer in a command: the same step (its words, its due day),
or the same period to ask; nothing read otherwise."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import LogCommand, NextStep, a_period_end_said, parse_log_command
from bot.services.commands.next_steps import TAKING, TO_COME, this_week_alone
from bot.services.commands.step_periods import (
    STEP_LINKS,
    StepPeriod,
    handed_over,
    holding_said,
    step_day_read_as_the_records,
    step_early_in_a_month,
    step_in_a_period,
    step_in_next_month,
    step_in_this_week,
    step_on_a_day,
    step_starts,
)
from bot.services.dates import fold

# A customer's name no step's words can be taken for (in quotes: read as the name alone)
_NAME = '"Kunde",'


def step_of_the_unread(
    cmd: LogCommand, text: str, today: date, worked: Callable[[date], bool]
) -> tuple[LogCommand, StepPeriod | None]:
    """steps30. The command's words left unread as its next step: `cmd` with the step on its
    day ("sending contract Friday", "ringer igjen neste måned"), or as it was with the period
    whose day is to ask ("ringer igjen over nyttår"); `cmd` as it was and None otherwise."""
    cmd = (
        step_on_a_day(cmd, today, worked)
        or step_day_read_as_the_records(cmd, text, today)
        or step_in_next_month(cmd, today, worked)  # mendE33: by its last working day
        or step_in_this_week(cmd, today, worked)  # mendA34: by this week's last working day
        or step_early_in_a_month(cmd, today, worked)  # mendE34: the first full week's end
        or cmd
    )
    return cmd, step_in_a_period(cmd, today, worked)


# Words that put a step in time ("etter sommerferien", "i høst", "over nyttår"), folded
_IN_TIME = {*STEP_LINKS, "etter", "efter", "after", "fra", "fran", "from", "til", "till", "to"}


class Undated(str):
    """msgsteps34. A step clause the command reader names no day nor period of ("neste steg
    etter sommerferien", "next step after the summer", "følger opp etter nyttår" said in March):
    its words as typed, to show (the command leaves them unread, asked as typed)."""


class WeekGone(Undated):
    """mendA34. A step clause said as the week under way ("sender tilbud denne uka", "sending
    the quote this wk") when no working day is left of it (said on a Saturday or Sunday, or on
    a Friday that is a holiday): which week is meant is asked, its words kept as typed."""


class EndsToday(Undated):
    """Session 69. A step clause said as a period's end or the month under way on its last day
    itself ("jag skickar offerten innan månadsskiftet" on 30 September): today, or the next
    one's? Asked (the command leaves it unread)."""


def a_clause_as_a_commands_step(
    clause: str,
    *,
    today: date,
    krone: str,
    language: str | None,
    worked: Callable[[date], bool],
) -> NextStep | StepPeriod | Undated | None:
    """msgsteps34. A message's clause that is a next step and nothing else ("neste steg i
    april", "ringer dem etter påske", "next step end of the month"), read as a command reads
    the same words after its customer: the step (its words, its due day) or the period to ask
    its day of; a step put in time the command reader cannot date, its words (Undated); None
    when the clause is no step of ours."""
    said, typed = clause, clause.split()
    if typed and typed[0][:1].isupper() and typed[0][1:].islower():
        # "Neste steg etter påske", "Ringer dem …" opening a sentence: the words, not a name
        typed[0] = typed[0].lower()
        clause = " ".join(typed)
    folded = [fold(word).strip(",;:.!") for word in typed]
    start = step_starts(folded)
    if start is None and TO_COME.isdisjoint(folded):
        return None
    # lead35: "vi snakkes fredag", "prøver i morgen", "hörs efter helgen", "will try tmrw": words
    # that say a talk to come, read whole by the command reader's clause to come
    start = start or 0
    if start and folded[start] in TAKING:
        start = 0  # session 67: "vi tager et møde i oktober": read whole, as the command reads it
    elif (held := holding_said(folded[start:])) and start + held < len(folded):
        start += held  # session 68: "vi setter opp oppstartsmøte i april": the talk from its noun
    if start:
        # "I'll chase after Easter", "vi ringer efter påske": the step from its verb ("chase",
        # as the channel reader names it; the command reader keeps "I'll chase")
        typed, folded, start = typed[start:], folded[start:], 0
        clause = " ".join(typed)
    text = f"{_NAME} {clause}"
    ours_to_them = handed_over(folded)
    try:
        cmd = parse_log_command(
            ActivityKind.MEETING, text, today=today, krone=krone, language=language
        )
    except UserError:
        if not ours_to_them:
            return None
        cmd = parse_log_command(ActivityKind.MEETING, _NAME, today=today, krone=krone)
    if ours_to_them and cmd.next_step is None:
        # session 67: "revised numbers go over to them tomorrow", "I'll get the revised artwork
        # to them this week": the whole clause the step's words and its day (the command reader
        # took its day for the record's, or left the words unread)
        cmd = replace(cmd, when=today, note=None, unread=clause.strip(" ,;.!"))
    if (
        cmd.next_step is not None
        and cmd.note
        and cmd.when == today
        and cmd.note.casefold().startswith(
            ("innan ", "inden ", "innen ", "før ", "för ", "före ", "before ")
        )
    ):
        return cmd.next_step  # session 69: "skickar kalkylen imorgon innan alla drar till landet"
    if cmd.when != today or cmd.temperature is not None or cmd.note or cmd.amount is not None:
        return None  # the clause said more than a step (a day of done work, how it went)
    cmd, period = step_of_the_unread(cmd, text, today, worked)
    if period is not None:
        return period
    if cmd.next_step is None and cmd.unread and this_week_alone(cmd.unread.split()):
        return WeekGone(said.strip(" ,;.!"))  # mendA34: no working day left of it: asked
    if cmd.next_step is None and cmd.unread and _IN_TIME & set(folded[start + 1 :]):
        return Undated(said.strip(" ,;.!"))
    if cmd.next_step is None and cmd.unread and a_period_end_said(folded[start + 1 :]):
        return EndsToday(said.strip(" ,;.!"))  # session 69: said on the period's last day
    if cmd.unread or cmd.next_step is None:
        return None
    return cmd.next_step
