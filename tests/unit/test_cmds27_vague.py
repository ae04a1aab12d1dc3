"""cmds27: a vague day for done work in a command is asked, never picked.

The decision (what a seller reading the reply expects): "/logmeeting Novo Nordisk i december"
said on 3 January was stored on Wed 1 December and "/logcall Posten i romjula" on Mon 27
December, its first working day. The reply named the day ("Dato: ons. 1. dec. 2027") as if the
seller had said it, and the only button was Undo: changing the day meant undoing and typing the
command again, never one click. A seller who wrote "i december" does not expect a record in the
week of 1 December, which the words never named (the held-out writers of files 19 to 25 all ask
it). So nothing is stored before the seller answers: the romjul's working days each on a button
(log_questions.romjul_days, which_day_question), a month alone asked as "før jul" is (the unread
question: the rest as read, "Edit" opens the form with its date picker). The channel reader's
reading (bot.services.dates, the romjul's first working day) is not the command reader's."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.commands import LogCommand, parse_log_command
from bot.services.log_questions import romjul_days

FIRST_MONDAY = date(2028, 1, 3)  # the first working day of 2028; the romjul was 27-31 Dec 2027
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "GBP"}
M, C, OFFER = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER


@pytest.mark.parametrize(
    ("kind", "text", "language", "said"),
    [
        (M, "Novo Nordisk i december, kold", "da", "i december"),
        (M, "Aker BP i desember", "nb", "i desember"),
        (M, "Volvo i december, varm", "sv", "i december"),
        (M, "Tesco in December", "en", "in December"),
        (C, "Orkla forrige måned", "nb", "forrige måned"),
        (C, "Tesco last month, warm", "en", "last month"),
        (OFFER, "Mowi 1,2 mill i november", "nb", "i november"),
        (M, "Posten i romjula, varm", "nb", "i romjula"),
        (M, "Sage between Christmas and New Year, warm", "en", "between Christmas and New Year"),
        (C, "ICA mellandagarna, kall", "sv", "mellandagarna"),
        (OFFER, "Rockwool 1,15 mio i romjulen", "da", "i romjulen"),
    ],
)
def test_a_month_or_the_romjul_alone_is_asked_with_the_rest_read(
    kind: ActivityKind, text: str, language: str, said: str
) -> None:
    cmd = parse_log_command(
        kind, text, today=FIRST_MONDAY, krone=KRONE[language], language=language
    )
    assert (cmd.when, cmd.unread) == (FIRST_MONDAY, said)
    assert cmd.second_customer is None  # "and New Year" is no second customer


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Aker BP 3. desember", date(2027, 12, 3)),  # a day of the month: that day
        ("Aker BP tirsdag i romjula", date(2027, 12, 28)),  # a day of the romjul: that day
        ("Aker BP midt i desember", None),  # asked as before (session 25)
    ],
)
def test_a_day_said_in_them_is_that_day(text: str, day: date | None) -> None:
    cmd = parse_log_command(M, text, today=FIRST_MONDAY, language="nb")
    assert cmd.when == (day or FIRST_MONDAY)
    assert (cmd.unread is None) == (day is not None)


def test_the_romjuls_days_are_its_working_days_gone() -> None:
    cmd = LogCommand(M, "Posten", FIRST_MONDAY, unread="i romjula")
    assert romjul_days(cmd, FIRST_MONDAY) == tuple(date(2027, 12, d) for d in range(27, 32))
    inside = LogCommand(M, "Posten", date(2026, 12, 29), unread="i romjula")
    assert romjul_days(inside, date(2026, 12, 29)) == ()  # yesterday or today? (holdout 13)
    assert romjul_days(LogCommand(M, "Posten", FIRST_MONDAY, unread="før jul"), FIRST_MONDAY) == ()
