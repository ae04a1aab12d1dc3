"""cmds28: a period named for done work in a command is asked with its days, never stored on
today ("Store as read" was the only way on: "/logoffer Tine 200k i desember" said in January
was an offer of 12 January). A period of at most seven working days has a button per day (as
the romjul has, cmds27); a longer one a date picker opened on its first working day, the day
picked checked (outside the period, or ahead of today: said so, nothing stored).

Also here: the per-period price question says the term written ("i 24 mdr": 24 × the price;
was "(a year when none is written)" beside it), a Danish amount ending a sentence has one dot
("… 500.000 kr." was "kr.."), and heldcmd27's two leftovers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.domain import ActivityKind, Source
from bot.rendering.replies import answered_reply, question_reply
from bot.rendering.text import message_text
from bot.services import questions
from bot.services.activities import picked_day_outside
from bot.services.commands import parse_log_command
from bot.services.commands.vague_days import period_gone
from bot.services.log_questions import (
    PICKED_DAY,
    WHICH_DAY,
    WHICH_DAY_PICK,
    period_question,
    period_said,
    unread_question,
)
from bot.services.questions import Answers, Pending, Question
from bot.services.requester import Who, reading_krone

M, C, OFFER = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "GBP"}
JANUARY = date(2027, 1, 12)  # a Tuesday
AFTER_EASTER = date(2027, 4, 12)  # Easter Sunday was 28 March 2027
MARCH = date(2027, 3, 10)  # winter breaks gone (weeks 7-10)
TUESDAY = date(2026, 12, 1)


def _who(language: str = "nb", today: date = JANUARY, team: str = "NOK") -> Who:
    return Who(
        workspace_id="T1", user_id="U1", seller_id=1, language=language, timezone="Europe/Oslo",
        currency=team, krone=KRONE[language] if language != "en" else team, team_id=1,
        is_manager=False, today=today, own_team_id=1, own_currency=team,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("words", "today", "language", "first", "last"),
    [
        ("i desember", JANUARY, "nb", date(2026, 12, 1), date(2026, 12, 31)),
        ("in December", JANUARY, "en", date(2026, 12, 1), date(2026, 12, 31)),
        ("i januar", JANUARY, "nb", date(2027, 1, 1), JANUARY),  # under way: to today
        ("forrige måned", JANUARY, "nb", date(2026, 12, 1), date(2026, 12, 31)),
        ("förra månaden", JANUARY, "sv", date(2026, 12, 1), date(2026, 12, 31)),
        ("sidste måned", JANUARY, "da", date(2026, 12, 1), date(2026, 12, 31)),
        ("last month,", JANUARY, "en", date(2026, 12, 1), date(2026, 12, 31)),
        ("denne måneden", JANUARY, "nb", date(2027, 1, 1), JANUARY),
        ("i påsken", AFTER_EASTER, "nb", date(2027, 3, 22), date(2027, 3, 29)),
        ("over Easter", AFTER_EASTER, "en", date(2027, 3, 22), date(2027, 3, 29)),
        ("i påskveckan", AFTER_EASTER, "sv", date(2027, 3, 22), date(2027, 3, 29)),
        ("i juleuken", JANUARY, "nb", date(2026, 12, 21), date(2026, 12, 27)),
        ("i julveckan", JANUARY, "sv", date(2026, 12, 21), date(2026, 12, 27)),
        ("i julen", JANUARY, "nb", date(2026, 12, 21), date(2026, 12, 31)),
        ("i vinterferien", MARCH, "nb", date(2027, 2, 22), date(2027, 3, 7)),  # weeks 8-9
        ("i vinterferien", MARCH, "da", date(2027, 2, 15), date(2027, 2, 28)),  # weeks 7-8
        ("under sportlovet", MARCH, "sv", date(2027, 2, 15), MARCH),  # weeks 7-10, to today
        ("i fellesferien", date(2027, 8, 16), "nb", date(2027, 7, 5), date(2027, 8, 8)),
    ],
)
def test_a_period_gone_is_its_days_up_to_today(
    words: str, today: date, language: str, first: date, last: date
) -> None:
    period = period_gone(words, today, language)
    assert period is not None
    assert (period.first, period.last) == (first, last)
    assert period.said == words.rstrip(",")


@pytest.mark.parametrize(
    "words",
    ["i går", "Oslo", "review", "i morgen", "varm", "jul Bygg", "i mars 2027"],
)
def test_words_naming_no_period_gone_are_none(words: str) -> None:
    assert period_gone(words, date(2027, 2, 10), "nb") is None


@pytest.mark.parametrize(
    ("kind", "text", "language", "today", "days"),
    [
        # Holy Week's Monday to Wednesday (Maundy Thursday, Good Friday, Easter Monday are off)
        (M, "Equinor i påsken", "nb", AFTER_EASTER, ["2027-03-22", "2027-03-23", "2027-03-24"]),
        # Christmas week without julaften
        (C, "Posten i juleuka, varm", "nb", JANUARY, ["2026-12-21", "2026-12-22", "2026-12-23"]),
        (
            M,
            "Tine i jula",
            "nb",
            JANUARY,
            ["2026-12-21", "2026-12-22", "2026-12-23", "2026-12-28", "2026-12-29", "2026-12-30"],
        ),
    ],
)
def test_a_short_period_has_a_button_per_working_day(
    kind: ActivityKind, text: str, language: str, today: date, days: list[str]
) -> None:
    who = _who(language, today)
    cmd = parse_log_command(kind, text, today=today, krone=who.krone, language=language)
    period = period_said(cmd, who)
    assert period is not None
    asked = period_question(cmd, period, who)
    assert asked.code == WHICH_DAY
    assert asked.options == (*(f"{questions.DAY}{d}" for d in days), questions.CANCEL)


@pytest.mark.parametrize(
    ("kind", "text", "language", "today", "initial"),
    [
        (OFFER, "Tine 200k i desember", "nb", JANUARY, date(2026, 12, 1)),
        (M, "Equinor last month", "en", JANUARY, date(2026, 12, 1)),
        (C, "Volvo förra månaden, varm", "sv", JANUARY, date(2026, 12, 1)),
        (M, "Lego sidste måned", "da", JANUARY, date(2026, 12, 1)),
        (M, "Aker i vinterferien", "nb", MARCH, date(2027, 2, 22)),
        (M, "Tine i januar", "nb", date(2027, 1, 20), date(2027, 1, 4)),  # 1 January is off
    ],
)
def test_a_long_period_is_asked_with_a_date_picker_on_its_first_working_day(
    kind: ActivityKind, text: str, language: str, today: date, initial: date
) -> None:
    who = _who(language, today)
    cmd = parse_log_command(kind, text, today=today, krone=who.krone, language=language)
    period = period_said(cmd, who)
    assert period is not None
    asked = period_question(cmd, period, who)
    assert asked.code == WHICH_DAY_PICK
    assert asked.options == (PICKED_DAY, questions.CANCEL)
    assert asked.params["initial"] == initial
    shown = question_reply(language, Question("tok", asked.code, asked.params, asked.options))
    [row] = [b for b in shown["blocks"] if b["type"] == "actions"]
    picker = row["elements"][0]
    assert (picker["type"], picker["initial_date"]) == ("datepicker", initial.isoformat())
    assert row["block_id"].endswith("tok")
    assert period.said in message_text(shown)


def test_a_count_with_a_month_keeps_its_own_question() -> None:
    who = _who()
    cmd = parse_log_command(C, "Orkla 2 ganger i desember", today=JANUARY, language="nb")
    assert period_said(cmd, who) is None


@pytest.mark.parametrize(
    ("picked", "state"),
    [
        (date(2026, 11, 30), "day_outside"),
        (date(2027, 1, 13), "day_ahead"),
        (date(2026, 12, 3), None),
    ],
)
def test_the_day_picked_is_checked(picked: date, state: str | None) -> None:
    who = _who()
    cmd = parse_log_command(OFFER, "Tine 200k i desember", today=JANUARY, language="nb")
    period = period_said(cmd, who)
    assert period is not None
    asked = period_question(cmd, period, who)
    pending = Pending(
        cmd, Source.COMMAND, "ref", Answers(), asked.code, asked.params, asked.options
    )
    outside = picked_day_outside(pending, f"{questions.DAY}{picked.isoformat()}", JANUARY)
    assert (outside.state if outside else None) == state
    if outside is not None:
        text = message_text(answered_reply("nb", outside))
        assert "Ingenting ble lagret" in text, text


# --- the per-period price's term, as written, in four languages ------------------------------


@pytest.mark.parametrize(
    ("text", "language", "periods"),
    [
        ("Tine 50k/mnd i 24 mdr", "nb", "24 ×"),
        ("Tine 50k/mnd x 24", "nb", "24 ×"),
        ("Tesco £2k per month for 24 months", "en", "24 ×"),
        ("Volvo 40 000 kr/mån i 36 månader", "sv", "36 ×"),
        ("Lego 8.500 kr/md. i 24 mdr.", "da", "24 ×"),
        ("Aker 90 000 NOK/år i 3 år", "nb", "3 ×"),
    ],
)
def test_a_price_per_period_with_its_term_says_the_term_written(
    text: str, language: str, periods: str
) -> None:
    cmd = parse_log_command(OFFER, text, today=TUESDAY, krone=KRONE[language], language=language)
    asked = unread_question(cmd)
    shown = message_text(
        question_reply(language, Question("t", asked.code, asked.params, asked.options))
    )
    assert periods in shown, shown
    for a_year in ("ett år", "et år", "a year", "ett år när"):
        assert a_year not in shown, shown
    assert ".." not in shown.replace("...", ""), shown


@pytest.mark.parametrize(
    ("text", "language", "a_year"),
    [
        ("Tine 50k/mnd", "nb", "for ett år"),
        ("Tesco £2k per month", "en", "for a year"),
        ("Volvo 40 000 kr/mån", "sv", "för ett år"),
        ("Lego 8.500 kr/md.", "da", "for et år"),
    ],
)
def test_a_price_per_period_without_a_term_says_none_is_written(
    text: str, language: str, a_year: str
) -> None:
    cmd = parse_log_command(OFFER, text, today=TUESDAY, krone=KRONE[language], language=language)
    asked = unread_question(cmd)
    shown = message_text(
        question_reply(language, Question("t", asked.code, asked.params, asked.options))
    )
    assert a_year in shown, shown
    assert ".." not in shown.replace("...", ""), shown


def test_a_danish_amount_ending_a_sentence_has_one_dot() -> None:
    params = {
        "kind": "win", "customer": "Maersk", "when": TUESDAY, "was": 2_000_000,
        "was_currency": "DKK", "amount": 2_500_000, "currency": "DKK",
    }  # fmt: skip
    shown = message_text(question_reply("da", Question("t", "correction", params, ("mend",))))
    assert "kr.." not in shown


# --- heldcmd27's leftovers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "text", "today", "customer", "step"),
    [
        # the month's end read as the step's day, its last working day (31 Jan 2027 a Sunday)
        (M, "Tesco yesterday, review end of the month", TUESDAY, "Tesco", ("review", 31)),
        (M, "Tesco yesterday, review end of the month", JANUARY, "Tesco", ("review", 29)),
        (M, "Tine i går, følger opp i slutten av måneden", JANUARY, "Tine", ("følger opp", 29)),
        (M, "Tine i går, gjennomgang fredag", TUESDAY, "Tine", ("gjennomgang", 4)),
        # leading activity words before "with"/"med" are never the customer
        (C, "catch up with Tesco yesterday", TUESDAY, "Tesco", None),
        (C, "check-in with Tesco", TUESDAY, "Tesco", None),
        (M, "catch-up with Bank of America yesterday, warm", TUESDAY, "Bank of America", None),
    ],
)
def test_heldcmd27_leftovers(
    kind: ActivityKind, text: str, today: date, customer: str, step: tuple[str, int] | None
) -> None:
    cmd = parse_log_command(kind, text, today=today, language="en")
    assert cmd.customer == customer
    if step is not None:
        assert cmd.next_step is not None
        assert (cmd.next_step.what, cmd.next_step.due.day) == step
        assert cmd.unread is None
    assert cmd.when == today - timedelta(days=1) or "yesterday" not in text


def test_a_krone_unit_is_the_sellers_own_in_a_team_counting_in_no_krone() -> None:
    assert reading_krone(_who("da", team="EUR")) == "DKK"
    assert type(reading_krone(_who("da", team="EUR"))) is str  # not asked: never euros
    assert type(reading_krone(_who("da", team="NOK"))) is not str  # another krone: asked


@pytest.mark.parametrize(
    "zone", ["Europe/Oslo", "Europe/Stockholm", "Europe/Copenhagen", "Europe/London"]
)
def test_the_quick_working_days_are_the_calendars(zone: str) -> None:
    """vague_days.worked (cheap, read while a command waits for its acknowledgement) says what
    the public-holiday calendars and the Nordic eves say, day for day."""
    from bot.services.commands.vague_days import worked
    from bot.services.public_holidays import PLACES, calendar_for, day_off_by_custom

    calendar, country = calendar_for(zone), PLACES[zone][0]
    days = (date(2026, 1, 1) + timedelta(days=n) for n in range(3 * 366))
    for day in (d for d in days if d.weekday() < 5):
        expected = not calendar.is_holiday(day) and not day_off_by_custom(day, zone)
        assert worked(day, country) == expected, day
