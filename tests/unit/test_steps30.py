"""Session 30 (steps30). Slash commands read on Wed 2 Dec 2026 (bench/HISTORY.md, "Session 29: the
end-of-session runs"), each wrong on main:

1. A follow-up on a day or in a period left its words unread ("could not read …", the step lost
   with "Store as read"): a day said is the step's day; a period's day is asked, a button per
   day (or per week of a month), or no day with the words as the note.
2. "/logoffer Kiwi 200k i januar" said in December offered last January's days alone (a
   meeting or a call was planned on 1 January): the January to come is offered too (an offer:
   today, its follow-up's day asked; a win: today, the words its note; a talk: planned).
3. An amount written as a range ("250-300k") was refused: asked, low, middle or high on its
   button, the range kept as the note."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import Source
from bot.rendering.replies import question_reply
from bot.rendering.text import message_text
from bot.services import questions
from bot.services.questions import Answers, Pending, Question
from tests.unit.steps30_reading import read, who

TODAY = date(2026, 12, 2)  # Wednesday
YESTERDAY = date(2026, 12, 1)
# January 2027's weeks, by their first working day (1 January is a holiday in all four)
JANUARY_WEEKS = ["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-25"]
# The new year's first working week (6 January is a holiday in Sweden)
NEW_YEAR = {lang: ["2027-01-04", "2027-01-05", "2027-01-06", "2027-01-07", "2027-01-08"]
            for lang in ("nb", "da", "en")}  # fmt: skip
NEW_YEAR["sv"] = ["2027-01-04", "2027-01-05", "2027-01-07", "2027-01-08"]


def _steps(asked: questions.NeedsAnswer) -> list[str]:
    return [o.removeprefix(questions.STEP) for o in asked.options if o.startswith(questions.STEP)]


def _pending(read_: object, asked: questions.NeedsAnswer) -> Pending:
    return Pending(
        read_.cmd, Source.COMMAND, "cmd:1", Answers(), asked.code, dict(asked.params),  # type: ignore[attr-defined]
        tuple(asked.options),
    )  # fmt: skip


# 1a. A step and its coming day, in the words the parser left unread
STEP_ON_A_DAY = [
    ("meeting", "en", "Tesco yesterday, sending contract Friday", YESTERDAY, "send contract", date(2026, 12, 4)),
    ("call", "en", "Aldi, sending the proposal on Monday", TODAY, "send the proposal", date(2026, 12, 7)),
    ("offer", "en", "Boots £40k, sending revised terms Monday", TODAY, "send revised terms", date(2026, 12, 7)),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "text", "when", "what", "due"), STEP_ON_A_DAY)
def test_a_step_on_a_day_is_kept_on_it(kind, lang, text, when, what, due) -> None:  # type: ignore[no-untyped-def]
    """Was: "could not read «sending contract Friday»" (Store as read: the step lost), or the
    Monday read as the call's own (last Monday)."""
    found = read(kind, text, lang, TODAY)
    assert found.asked is None
    assert (found.cmd.when, found.cmd.unread) == (when, None)
    assert (found.cmd.next_step.what, found.cmd.next_step.due) == (what, due)  # type: ignore[union-attr]


# 1b. A step in a period to come: its day asked, the record as read
STEP_IN_A_PERIOD = [
    ("offer", "nb", "Tine 85 tkr, følger opp over nyttår", TODAY, "følger opp", "over nyttår", NEW_YEAR["nb"]),
    ("offer", "nb", "Bama 120k, tar det opp igjen etter jul", TODAY, "tar det opp igjen", "etter jul", NEW_YEAR["nb"]),
    ("call", "sv", "ICA, ringer igen efter helgerna", TODAY, "ringer igen", "efter helgerna", NEW_YEAR["sv"]),
    ("meeting", "da", "Carlsberg i går, følger op efter nytår", YESTERDAY, "følger op", "efter nytår", NEW_YEAR["da"]),
    ("meeting", "en", "Boots yesterday, will follow up after Christmas", YESTERDAY, "follow up", "after Christmas", NEW_YEAR["en"]),
    ("offer", "en", "Greggs £12k, chasing after the new year", TODAY, "chasing", "after the new year", NEW_YEAR["en"]),
    ("offer", "sv", "Axfood 300 tkr, följer upp efter nyår", TODAY, "följer upp", "efter nyår", NEW_YEAR["sv"]),
]  # fmt: skip


# mendE33 (the lead's rule, mendA33): a step said as the month to come is due by its last
# working day, as in a channel message (were asked here with January's weeks)
STEP_NEXT_MONTH = [
    ("call", "nb", "Orkla ringer igjen neste måned", "ringer igjen"),
    ("call", "en", "Aldi calling back next month", "calling back"),
    ("call", "sv", "Volvo idag, följer upp nästa månad", "följer upp"),
    ("call", "da", "Netto, ringer igen i næste måned", "ringer igen"),
]


@pytest.mark.parametrize(("kind", "lang", "text", "what"), STEP_NEXT_MONTH)
def test_a_step_next_month_is_due_by_its_last_working_day(kind, lang, text, what) -> None:  # type: ignore[no-untyped-def]
    found = read(kind, text, lang, TODAY)
    assert found.asked is None and found.cmd.unread is None and found.cmd.when == TODAY
    assert found.cmd.next_step is not None
    assert (found.cmd.next_step.what, found.cmd.next_step.due) == (what, date(2027, 1, 29))


@pytest.mark.parametrize(("kind", "lang", "text", "when", "what", "said", "days"), STEP_IN_A_PERIOD)
def test_a_step_in_a_period_is_asked_its_day(kind, lang, text, when, what, said, days) -> None:  # type: ignore[no-untyped-def]
    """Was: "could not read «ringer igjen neste måned»", Store as read the only way on."""
    found = read(kind, text, lang, TODAY)
    assert found.asked is not None and found.asked.code == "step_when"
    assert (found.cmd.when, found.asked.params["what"], found.asked.params["said"]) == (
        when,
        what,
        said,
    )
    assert _steps(found.asked) == days
    assert found.asked.options[-2:] == ("step_note", questions.EDIT)
    pending = _pending(found, found.asked)
    picked, _ = questions.apply(pending, f"{questions.STEP}{days[1]}")
    assert picked.next_step is not None and picked.unread is None
    assert (picked.next_step.what, picked.next_step.due.isoformat(), picked.when) == (
        what,
        days[1],
        when,
    )
    noted, _ = questions.apply(pending, "step_note")
    assert noted.next_step is None and noted.note is not None and said in noted.note
    shown = message_text(question_reply(lang, Question("tok", found.asked.code, found.asked.params, found.asked.options)))  # fmt: skip
    assert what in shown and found.cmd.customer in shown, shown


def test_the_step_question_is_said_in_each_language() -> None:
    # mendE33: "over nyttår" (a step "neste måned" is now dated, not asked)
    found = read("call", "Orkla ringer igjen over nyttår", "nb", TODAY)
    assert found.asked is not None
    q = Question("tok", found.asked.code, found.asked.params, found.asked.options)
    texts = {lang: message_text(question_reply(lang, q)) for lang in ("en", "nb", "sv", "da")}
    assert "You wrote “ringer igjen over nyttår”: the next step *ringer igjen*" in texts["en"]
    assert "Du skrev «ringer igjen over nyttår»: neste steg *ringer igjen*" in texts["nb"]
    assert (
        "nästa steg *ringer igjen*" in texts["sv"] and "næste skridt *ringer igjen*" in texts["da"]
    )


# 2. A month by its name said in December: the one gone, or the one to come
MONTH_TO_COME = [
    ("offer", "nb", "Kiwi 200k i januar", "i januar"),
    ("offer", "sv", "ICA 200 tkr i januari", "i januari"),
    ("offer", "da", "Netto 200.000 kr i januar", "i januar"),
    ("offer", "en", "Tesco £20k in January", "in January"),
    ("win", "nb", "Kiwi 200k i januar", "i januar"),
    ("win", "sv", "ICA 150 tkr i januari", "i januari"),
    ("win", "da", "Netto 90.000 kr i januar", "i januar"),
    ("win", "en", "Tesco £20k in January", "in January"),
    ("meeting", "nb", "Tine i januar", "i januar"),
    ("meeting", "sv", "Volvo i januari", "i januari"),
    ("call", "da", "Maersk i januar", "i januar"),
    ("call", "en", "Aldi in January", "in January"),
]


@pytest.mark.parametrize(("kind", "lang", "text", "said"), MONTH_TO_COME)
def test_a_month_said_in_december_offers_the_one_to_come(kind, lang, text, said) -> None:  # type: ignore[no-untyped-def]
    """Was: last January's days alone and Cancel (an offer, a win), or a talk planned on 1
    January (a meeting, a call)."""
    from bot.services.log_questions import AHEAD_MONTH, PICKED_DAY, ahead_month_answer

    found = read(kind, text, lang, TODAY)
    assert found.asked is not None and found.asked.code == "which_day_pick"
    assert found.asked.options == (PICKED_DAY, AHEAD_MONTH, questions.CANCEL)
    assert (found.asked.params["first"], found.asked.params["coming"]) == (date(2026, 1, 1), date(2027, 1, 1))  # fmt: skip
    pending = _pending(found, found.asked)
    then, cmd = ahead_month_answer(pending, who(lang, TODAY))
    assert cmd.when == TODAY
    if kind == "offer":
        assert then is not None and then.code == "step_when" and _steps(then) == JANUARY_WEEKS
        stored, _ = questions.apply(Pending(cmd, Source.COMMAND, "c", Answers(), then.code, dict(then.params), then.options), f"{questions.STEP}2027-01-11")  # fmt: skip
        assert stored.next_step is not None and stored.next_step.due == date(2027, 1, 11)
        assert stored.when == TODAY and stored.amount == found.cmd.amount
    elif kind == "win":
        assert then is None and cmd.note == said and cmd.unread is None
    else:
        assert then is not None and then.code == "booked_when" and then.params["plan"]
        assert _steps(then) == JANUARY_WEEKS
    q = Question("tok", found.asked.code, found.asked.params, found.asked.options)
    message = question_reply(lang, q)
    labels = [e["text"]["text"] for b in message["blocks"] if b["type"] == "actions" for e in b["elements"] if e["type"] == "button"]  # fmt: skip
    assert len(labels) == 2 and said in labels[0], labels


def test_a_month_gone_near_is_not_offered_ahead() -> None:
    """ "i november" said in December is last month: no November a year ahead offered."""
    found = read("offer", "Bama 100k i november", "nb", TODAY)
    assert found.asked is not None and found.asked.code == "which_day_pick"
    assert "ahead_month" not in found.asked.options


# 3. An amount as a range: which one, on its button
RANGES = [
    ("offer", "nb", "Posten 250-300k", "250-300k", 250000, 300000, None),
    ("offer", "nb", "Posten 1,2–1,5 mill", "1,2–1,5 mill", 1200000, 1500000, None),
    ("win", "nb", "Posten 250 til 300'", "250 til 300'", 250000, 300000, None),
    ("offer", "nb", "Posten ca 250-300k", "ca 250-300k", 250000, 300000, None),
    ("offer", "sv", "ICA 250–300 tkr", "250–300 tkr", 250000, 300000, "SEK"),
    ("win", "sv", "Volvo 400 till 450 tkr", "400 till 450 tkr", 400000, 450000, "SEK"),
    (
        "offer",
        "da",
        "Maersk mellem 300 og 400 t.kr.",
        "mellem 300 og 400 t.kr.",
        300000,
        400000,
        "DKK",
    ),
    ("offer", "en", "Tesco 20-25k", "20-25k", 20000, 25000, None),
    ("offer", "nb", "Telenor 2-300k", "2-300k", 200000, 300000, None),  # 200 to 300k
    ("offer", "da", "Pandora A/S ca. 1-1,5 mio", "ca. 1-1,5 mio", 1000000, 1500000, None),
]


@pytest.mark.parametrize(("kind", "lang", "text", "span", "low", "high", "currency"), RANGES)
def test_an_amount_range_is_asked_low_middle_or_high(
    kind, lang, text, span, low, high, currency
) -> None:  # type: ignore[no-untyped-def]
    """Was: bad_amount ("could not read «250-300k» as an amount"), nothing stored."""
    found = read(kind, text, lang, TODAY)
    assert found.asked is not None and found.asked.code == "amount_range"
    assert found.asked.options == ("range:low", "range:middle", "range:high", questions.CANCEL)
    assert (found.cmd.note, found.cmd.currency, found.cmd.when) == (span, currency, TODAY)
    pending = _pending(found, found.asked)
    for end, amount in (("low", low), ("middle", (low + high) / 2), ("high", high)):
        cmd, answers = questions.apply(pending, f"range:{end}")
        assert cmd.amount == Decimal(amount) and cmd.note == span and answers.confirmed
    q = Question("tok", found.asked.code, found.asked.params, found.asked.options)
    shown = message_text(question_reply(lang, q))
    assert span in shown and found.cmd.customer in shown, shown


def test_a_range_that_is_no_range_stays_refused() -> None:
    from bot.errors import UserError

    for text in ("Posten 300-250k", "Posten 250-300"):
        with pytest.raises(UserError) as refused:
            read("offer", text, "nb", TODAY)
        assert refused.value.code == "bad_amount"


def test_a_noun_before_a_weekday_gone_is_left_as_it_was() -> None:
    """ "/logmeeting Tine, demo mandag" may be Monday's demo, held: the weekday stays the
    meeting's and "demo" is asked as before (only a verb of ours moves the day to the step)."""
    found = read("meeting", "Tine, demo mandag", "nb", TODAY)
    assert (found.cmd.when, found.cmd.unread, found.cmd.next_step) == (
        date(2026, 11, 30),
        "demo",
        None,
    )
