"""days29: dates, periods and next steps in slash commands, read as the sellers meant them.

1. A week said as the day of done work ("/logmeeting Tine forrige uke", "last week", "förra
   veckan", "sidste uge", "tidligere i uka", "i uke 47", "v. 47") is asked, a button per working
   day of it up to today (was stored unasked on its Monday). The parser still reads it as its
   Monday (every corpus file does); the recorder asks which day, as cmds28 does for periods.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services import questions
from bot.services.commands import parse_log_command
from bot.services.log_questions import WHICH_DAY, period_question, week_said
from bot.services.requester import Who

M, C, OFFER, WIN, LOSS = (
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.OFFER,
    ActivityKind.WIN,
    ActivityKind.LOSS,
)
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "GBP"}
TUESDAY = date(2026, 12, 1)  # week 49; the review read on it
AFTER_EASTER = date(2027, 4, 12)  # Easter Sunday was 28 March 2027
LAST_WEEK = ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"]
WEEK_47 = ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20"]


def _who(language: str = "nb", today: date = TUESDAY) -> Who:
    zone = {"nb": "Europe/Oslo", "sv": "Europe/Stockholm", "da": "Europe/Copenhagen"}
    return Who(
        workspace_id="T1", user_id="U1", seller_id=1, language=language,
        timezone=zone.get(language, "Europe/London"), currency="NOK", krone=KRONE[language],
        team_id=1, is_manager=False, today=today, own_team_id=1, own_currency="NOK",
    )  # fmt: skip


def _asked(kind: ActivityKind, text: str, language: str, today: date = TUESDAY):  # type: ignore[no-untyped-def]
    who = _who(language, today)
    cmd = parse_log_command(kind, text, today=today, krone=who.krone, language=language)
    week = week_said(cmd, who)
    return cmd, (period_question(cmd, week, who) if week is not None else None)


@pytest.mark.parametrize(
    ("kind", "text", "language", "days", "unread"),
    [
        (M, "Tine forrige uke", "nb", LAST_WEEK, None),
        (M, "Tine i forrige uke, varm", "nb", LAST_WEEK, None),
        (C, "Volvo förra veckan", "sv", LAST_WEEK, None),
        (M, "Lego sidste uge", "da", LAST_WEEK, None),
        (M, "Tesco last week", "en", LAST_WEEK, None),
        (M, "Tine i uke 47", "nb", WEEK_47, None),
        (M, "Tine v. 47", "nb", WEEK_47, None),
        (OFFER, "Kiwi 200k uke 47", "nb", WEEK_47, None),
        (WIN, "ICA 300 tkr förra veckan", "sv", LAST_WEEK, None),
        (LOSS, "Aker forrige uke pris", "nb", LAST_WEEK, None),
        (M, "Kiwi denne uka", "nb", ["2026-11-30", "2026-12-01"], None),
        (WIN, "Tine 400k i påskeuka", "nb", ["2027-03-22", "2027-03-23", "2027-03-24"], None),
        (
            M,
            "Boots in Easter week",
            "en",
            ["2027-03-22", "2027-03-23", "2027-03-24", "2027-03-25"],
            None,
        ),
        # the words not read are asked after the day is picked
        (M, "Electrolux förra veckan ljummen", "sv", LAST_WEEK, "ljummen"),
    ],
)
def test_a_week_gone_is_asked_with_a_button_per_working_day(
    kind: ActivityKind, text: str, language: str, days: list[str], unread: str | None
) -> None:
    today = AFTER_EASTER if "påske" in text or "Easter" in text else TUESDAY
    cmd, asked = _asked(kind, text, language, today)
    assert asked is not None, cmd
    assert asked.code == WHICH_DAY
    assert asked.options == (*(f"{questions.DAY}{d}" for d in days), questions.CANCEL)
    assert cmd.when == date.fromisoformat(days[0])  # read as its Monday, as the corpora do
    assert cmd.unread == unread


def test_a_holiday_in_the_week_has_no_button() -> None:
    # week 52 of 2026: julaften (Thu), 1. and 2. juledag are off in Norway
    cmd, asked = _asked(M, "Tine forrige uke", "nb", date(2026, 12, 29))
    assert asked is not None
    days = ["2026-12-21", "2026-12-22", "2026-12-23"]
    assert asked.options == (*(f"{questions.DAY}{d}" for d in days), questions.CANCEL)


@pytest.mark.parametrize(
    ("kind", "text", "language"),
    [
        (M, "Tine for en uke siden", "nb"),  # a day: a week ago
        (M, "Tine mandag forrige uke", "nb"),  # its Monday, said
        (M, "Tine onsdag i forrige uke", "nb"),
        (M, "Tine tidligere i uka", "nb"),  # said on Tuesday: Monday, the only day before
        (M, "Tine i går, neste møte uke 50", "nb"),  # the week is the step's
        (M, "Tine x3 forrige uke", "nb"),  # a count keeps its own question (times_question)
    ],
)
def test_a_day_or_a_week_of_one_day_is_not_asked(
    kind: ActivityKind, text: str, language: str
) -> None:
    assert _asked(kind, text, language)[1] is None


# 5. heldcmd28's loose end: a step set before a day that is not worked ("før 17. mai") is due on
# the last working day before it (was the holiday itself); "innen fredag" stays by Friday.
@pytest.mark.parametrize(
    ("kind", "text", "language", "due"),
    [
        (M, "Tine, følger opp før 17. mai", "nb", date(2027, 5, 14)),  # Mon 17 May 2027
        (OFFER, "Tine 200k, neste steg tilbud innen 17. mai", "nb", date(2027, 5, 14)),
        (C, "Tine 2 ganger i dag, følger opp før 17. mai", "nb", date(2027, 5, 14)),
        (M, "Tine, følger opp før 24.12", "nb", date(2026, 12, 23)),  # julaften is off
        (M, "Tesco, follow up by Saturday", "en", date(2026, 12, 4)),
        (M, "Novo, følger op inden 1. maj", "da", date(2027, 4, 30)),  # a Saturday
        (M, "Tine, følger opp innen fredag", "nb", date(2026, 12, 4)),  # worked: by Friday
        (M, "Tine, neste møte 17. mai", "nb", date(2027, 5, 17)),  # on it, as said
    ],
)
def test_a_step_before_a_day_off_is_due_on_the_working_day_before(
    kind: ActivityKind, text: str, language: str, due: date
) -> None:
    cmd = parse_log_command(kind, text, today=TUESDAY, krone=KRONE[language], language=language)
    assert cmd.next_step is not None and cmd.next_step.due == due


# 4. A time of day is never part of a step's name: "Har møte med Aker BP i morgen kl 10" was
# answered "Planlagt: *møte kl 10*"; a time inside the step's words ("møte kl 10 med CFO") was
# stored in them.
@pytest.mark.parametrize(
    ("language", "what", "shown", "gone"),
    [
        ("nb", "møte kl 10", "Planlagt: *møte* med *Aker BP* ons. 2. des. 2026 kl. 10:00", "kl 10"),
        ("en", "meeting at 10am", "*meeting* with *Aker BP* on Wed 2 Dec 2026 at 10:00", "10am"),
        ("sv", "möte kl. 14:30", "*möte* med *Aker BP*", "möte kl"),
        ("da", "møde 10.30", "*møde* med *Aker BP*", "møde 10.30"),
    ],
)
def test_a_planned_steps_time_is_beside_its_day(
    language: str, what: str, shown: str, gone: str
) -> None:
    from bot.rendering.replies import planned_reply
    from bot.rendering.text import message_text
    from bot.services.activities import Planned

    text = message_text(planned_reply(language, Planned("Aker BP", what, date(2026, 12, 2))))
    assert shown in text and gone not in text, text


@pytest.mark.parametrize(
    ("text", "words", "at"),
    [
        ("Tine, next step møte kl 10 fredag", "møte", "10:00"),
        ("Tine, neste møte kl 10 med CFO fredag", "møte med CFO", "10:00"),
        ("Tine, neste møte fredag klokka 10", "møte", "10:00"),
        ("Tine, neste møte fredag 10.30", "møte", "10:30"),
    ],
)
def test_a_steps_time_is_kept_out_of_its_words(text: str, words: str, at: str) -> None:
    from bot.services.recording import step_clock, step_words

    cmd = parse_log_command(M, text, today=TUESDAY, krone="NOK", language="nb")
    assert step_words(cmd) == words
    assert str(step_clock(cmd))[:5] == at


# 2. Periods said for done work that were "could not read" with a Store-as-read on today, the
# term dropped: read in the seller's calendar and asked, the term kept (asked after the day).
@pytest.mark.parametrize(
    ("kind", "text", "language", "days", "rest"),
    [
        (
            OFFER,
            "ICA 200 tkr i julas",
            "sv",
            ["2025-12-22", "2025-12-23", "2025-12-29", "2025-12-30"],
            None,
        ),
        (
            OFFER,
            "Kiwi 200k i 24 mdr i påsken",
            "nb",
            ["2026-03-30", "2026-03-31", "2026-04-01"],
            "i 24 mdr",
        ),
        (
            OFFER,
            "Tine 5000 pr mnd i 24 mdr i påsken",
            "nb",
            ["2026-03-30", "2026-03-31", "2026-04-01"],
            "5000 pr mnd i 24 mdr",
        ),
        (OFFER, "Kiwi 200k i romjulen", "nb", ["2025-12-29", "2025-12-30"], None),
        (M, "Novo i romjulen", "da", ["2025-12-29", "2025-12-30"], None),
        (OFFER, "Kiwi 200k over nyttår", "nb", ["2025-12-29", "2025-12-30", "2026-01-02"], None),
        (M, "Volvo över nyår", "sv", ["2025-12-29", "2025-12-30", "2026-01-02"], None),
        (
            M,
            "Tesco over the New Year",
            "en",
            ["2025-12-29", "2025-12-30", "2025-12-31", "2026-01-02"],
            None,
        ),
        (
            OFFER,
            "Kiwi 200k i jula",
            "nb",
            ["2025-12-22", "2025-12-23", "2025-12-29", "2025-12-30"],
            None,
        ),
        (
            OFFER,
            "Tesco £20k in the Christmas week",
            "en",
            ["2025-12-22", "2025-12-23", "2025-12-24"],
            None,
        ),
    ],
)
def test_a_holiday_gone_is_asked_in_the_sellers_calendar(
    kind: ActivityKind, text: str, language: str, days: list[str], rest: str | None
) -> None:
    from bot.services.log_questions import period_rest, period_said

    who = _who(language)
    cmd = parse_log_command(kind, text, today=TUESDAY, krone=who.krone, language=language)
    period = period_said(cmd, who)
    assert period is not None, cmd
    asked = period_question(cmd, period, who)
    assert asked.code == WHICH_DAY
    assert asked.options == (*(f"{questions.DAY}{d}" for d in days), questions.CANCEL)
    assert period_rest(cmd.unread, period) == rest  # the term, asked after the day


def test_a_period_is_no_step_left_unread() -> None:
    from bot.services.log_questions import period_said

    # "følger opp i januar" is a step's time (asked as typed), never the meeting's period
    cmd = parse_log_command(M, "Tine, følger opp i januar", today=date(2027, 1, 4), language="nb")
    assert period_said(cmd, _who("nb", date(2027, 1, 4))) is None


# 3. "/logoffer Kiwi 200k i januar" said on 1 December answered "fre. 1. jan. 2027 er fram i tid",
# a day never written. Done work in a month not begun is the month gone, a slip or a plan: asked
# as the month gone is (a date picker on January 2026, and Cancel), nothing stored unasked.
@pytest.mark.parametrize(
    ("kind", "text", "language", "first", "last"),
    [
        (OFFER, "Kiwi 200k i januar", "nb", date(2026, 1, 1), date(2026, 1, 31)),
        (WIN, "Tesco £20k in January", "en", date(2026, 1, 1), date(2026, 1, 31)),
        (OFFER, "ICA 300 tkr i mars", "sv", date(2026, 3, 1), date(2026, 3, 31)),
        (LOSS, "Kiwi i januar pris", "nb", date(2026, 1, 1), date(2026, 1, 31)),
        (WIN, "Tine 1,2 mill i februar", "nb", date(2026, 2, 1), date(2026, 2, 28)),
    ],
)
def test_a_month_not_begun_for_done_work_is_asked_as_the_month_gone(
    kind: ActivityKind, text: str, language: str, first: date, last: date
) -> None:
    from bot.services.log_questions import WHICH_DAY_PICK, period_said

    who = _who(language)
    cmd = parse_log_command(kind, text, today=TUESDAY, krone=who.krone, language=language)
    period = period_said(cmd, who)
    assert period is not None and (period.first, period.last) == (first, last)
    assert period_question(cmd, period, who).code == WHICH_DAY_PICK


@pytest.mark.parametrize(
    ("kind", "text", "note"),
    [
        (OFFER, "Kiwi 200k, oppstart i januar", "oppstart i januar"),  # the start-up's month
        (OFFER, "Kiwi 200k gyldig til januar", "gyldig til januar"),
    ],
)
def test_a_month_tied_to_the_deal_stays_its_note(kind: ActivityKind, text: str, note: str) -> None:
    cmd = parse_log_command(kind, text, today=TUESDAY, language="nb")
    assert (cmd.when, cmd.note, cmd.unread) == (TUESDAY, note, None)


# Found on the way: a week number with its year ("uke 47 2026") read the year as the offer's
# amount (kr 2 026, the 200k dropped) or left it unread; now that year's week, asked as a week.
@pytest.mark.parametrize(
    ("kind", "text", "amount"),
    [
        (OFFER, "Tine 200k uke 47 2026", 200000),
        (M, "Tine v. 47 2026, varm", None),
    ],
)
def test_a_week_number_with_its_year(kind: ActivityKind, text: str, amount: int | None) -> None:
    cmd = parse_log_command(kind, text, today=TUESDAY, krone="NOK", language="nb")
    assert cmd.when == date.fromisocalendar(2026, 47, 1)
    assert cmd.amount == amount and cmd.unread is None and cmd.week is not None


# Found on the way: "last wk" (read by /teamstatus) and the week before last were "could not read"
# in a command, stored on today as read; now weeks, asked.
@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        ("Boots last wk", "en", date(2026, 11, 23)),
        ("Tesco the week before last", "en", date(2026, 11, 16)),
        ("Tine uka før forrige", "nb", date(2026, 11, 16)),
        ("Volvo veckan innan förra", "sv", date(2026, 11, 16)),  # "veckan" was this week's
    ],
)
def test_last_wk_and_the_week_before_last_are_asked(text: str, language: str, first: date) -> None:
    from bot.services.log_questions import period_said

    who = _who(language)
    cmd = parse_log_command(C, text, today=TUESDAY, krone=who.krone, language=language)
    asked = period_said(cmd, who) or week_said(cmd, who)
    assert asked is not None and asked.first == first, cmd
