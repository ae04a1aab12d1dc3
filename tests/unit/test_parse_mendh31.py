"""mendH31: review31's slash-command defects, read as the app reads them (the seller's language
passed; the question the recorder asks where the reading is unsure), on Wednesday 2 December
2026. Each row was read wrong on int at b97734e8."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.log_questions import weekday_clash_question
from tests.unit.steps30_reading import KRONE, read, who

TODAY = date(2026, 12, 2)  # Wednesday, ISO week 49
YESTERDAY = date(2026, 12, 1)
FRI, MON = date(2026, 12, 4), date(2026, 12, 7)
M = Decimal


# 1. A step on one of two days or weeks with no day said for the activity itself, or its day
# said before the step (with or without a comma): the activity on its own day (today when none
# is said) and the step asked with a button for each day (was: the step's last day read as the
# meeting's, "Dato: man. 30. nov." and "fredag eller" unread, stored on a Monday nobody said;
# "uke 50 eller 51", "tirsdag 8. eller onsdag 9." refused as ahead; "met yesterday" dropped).
# The README's own example "Lidl call back Fri or Mon" was stored unasked as the step "call back
# Fri or" by Monday.
EITHER = [
    ("meeting", "nb", "Rema varm neste møte fredag eller mandag", TODAY, "møte", "fredag eller mandag", (FRI, MON)),
    ("meeting", "sv", "Rema varm nästa möte fredag eller måndag", TODAY, "möte", "fredag eller måndag", (FRI, MON)),
    ("meeting", "da", "Netto varm næste møde fredag eller mandag", TODAY, "møde", "fredag eller mandag", (FRI, MON)),
    ("meeting", "nb", "Orkla neste møte uke 50 eller 51", TODAY, "møte", "uke 50 eller 51", (MON, date(2026, 12, 14))),
    ("meeting", "nb", "Rema neste møte tirsdag 8. eller onsdag 9.", TODAY, "møte", "tirsdag 8. eller onsdag 9", (date(2026, 12, 8), date(2026, 12, 9))),
    ("meeting", "en", "Lidl met yesterday, next meeting Fri or Mon", YESTERDAY, "meeting", "Fri or Mon", (FRI, MON)),
    ("meeting", "en", "Lidl yesterday call back Fri or Mon", YESTERDAY, "call back", "Fri or Mon", (FRI, MON)),
    ("meeting", "nb", "Rema i dag ringer igjen fredag eller mandag", TODAY, "ringer igjen", "fredag eller mandag", (FRI, MON)),
    ("meeting", "en", "Lidl call back Fri or Mon", TODAY, "call back", "Fri or Mon", (FRI, MON)),
    ("call", "sv", "Ica igår ringer igen fredag eller måndag", YESTERDAY, "ringer igen", "fredag eller måndag", (FRI, MON)),
    ("call", "da", "Netto i går, ringer igen fredag eller mandag", YESTERDAY, "ringer igen", "fredag eller mandag", (FRI, MON)),
    ("meeting", "en", "Tesco next call week 50 or 51", TODAY, "call", "week 50 or 51", (MON, date(2026, 12, 14))),
    ("meeting", "nb", "Rema 30.11 neste møte fredag evt. mandag", date(2026, 11, 30), "møte", "fredag evt. mandag", (FRI, MON)),
    ("meeting", "nb", "Rema i går, neste møte tirsdag 8. eller onsdag 9.", YESTERDAY, "møte", "tirsdag 8. eller onsdag 9", (date(2026, 12, 8), date(2026, 12, 9))),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "text", "when", "what", "said", "days"), EITHER)
def test_a_step_on_one_of_two_days_is_asked_the_activity_on_its_own_day(
    kind: str, lang: str, text: str, when: date, what: str, said: str, days: tuple[date, date]
) -> None:
    found = read(kind, text, lang, TODAY)
    asked = found.asked
    assert found.cmd.when == when
    assert found.cmd.next_step is None
    assert asked is not None and asked.code == "step_when", asked
    assert (asked.params["what"], asked.params["said"]) == (what, said)
    assert asked.options[:2] == tuple(f"step:{day.isoformat()}" for day in days)


# 4. A bare year after a hyphen typed as a dash is no amount: the note, as after "–" (was: "Aker
# BP - 2027" stored at kr 2 027, "Revidert fra kr 1 200 000 til kr 2 027"; "1,2 mill - 2027"
# stored at kr 2 027, "1,2 mill" unread). With its unit it is an amount, as after "–".
YEAR_AFTER_A_HYPHEN = [
    ("offer", "nb", "Aker BP 1,2 mill - 2027", M(1200000), "2027"),
    ("offer", "en", "Shell £45k - 2027", M(45000), "2027"),
    ("win", "sv", "Ica 1,2 mkr - 2026", M(1200000), "2026"),
    ("win", "da", "Netto - 2027", None, "2027"),
    ("offer", "nb", "Aker BP - 2027 kr", M(2027), None),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "text", "amount", "note"), YEAR_AFTER_A_HYPHEN)
def test_a_bare_year_after_a_hyphen_is_no_amount(
    kind: str, lang: str, text: str, amount: Decimal | None, note: str | None
) -> None:
    cmd = read(kind, text, lang, TODAY).cmd
    assert (cmd.amount, cmd.note, cmd.unread) == (amount, note, None)


@pytest.mark.parametrize("text", ["Aker BP - 2027", "Aker BP – 2027", "Aker BP - 2028"])
def test_an_offer_of_a_bare_year_after_a_dash_is_refused_as_without_an_amount(text: str) -> None:
    with pytest.raises(UserError) as refused:
        read("offer", text, "nb", TODAY)
    assert refused.value.code == "missing_amount"


# 3. A weekday and a date that disagree, for done work: the day(s) it can be, up to today, each
# on its button, the command read on the first (was: refused, "«tirsdag 3.» finnes ikke i
# kalenderen", the 3rd a Thursday; the channel reader asks the same words).
CLASH = [
    ("meeting", "nb", "Møte med Tine tirsdag 3.", "Tine", (YESTERDAY,)),
    ("meeting", "sv", "Möte med Ica tisdag 3:e", "Ica", (YESTERDAY,)),
    ("meeting", "da", "Møde med Netto tirsdag d. 3.", "Netto", (YESTERDAY,)),
    ("call", "en", "Tesco Tuesday 3rd", "Tesco", (YESTERDAY,)),
    ("meeting", "nb", "Tine mandag 1.12 varm", "Tine", (date(2026, 11, 30), YESTERDAY)),
    ("offer", "en", "Tesco £40k Tuesday 3rd", "Tesco", (YESTERDAY,)),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "text", "customer", "days"), CLASH)
def test_a_weekday_and_a_date_that_disagree_are_asked(
    kind: str, lang: str, text: str, customer: str, days: tuple[date, ...]
) -> None:
    with pytest.raises(UserError) as refused:
        read(kind, text, lang, TODAY)
    assert refused.value.code == "bad_date"  # as the parser says it; the recorder asks
    asked = weekday_clash_question(
        refused.value, ActivityKind(kind), text, who(lang, TODAY), KRONE[lang], ()
    )
    assert asked is not None
    needs, cmd = asked
    assert (needs.code, needs.params["days_clash"], cmd.customer) == ("which_day", True, customer)
    assert needs.options == (*(f"day:{day.isoformat()}" for day in days), "cancel")
    assert cmd.when == days[0]


def test_a_clash_with_no_day_gone_by_is_refused_as_a_day_ahead() -> None:
    text = "Tine tirsdag 10."  # Thursday 10th, Tuesday 8th: both ahead
    with pytest.raises(UserError) as refused:
        read("meeting", text, "nb", TODAY)
    # heldcmd32: refused as a day ahead, both days named (was refused as bad_date, "«tirsdag
    # 10.» finnes ikke i kalenderen"; tests/unit/test_parse_cmds32_left.py)
    with pytest.raises(UserError) as ahead:
        weekday_clash_question(
            refused.value, ActivityKind.MEETING, text, who("nb", TODAY), "NOK", ()
        )
    assert ahead.value.code == "date_in_future"
    assert (ahead.value.params["date"], ahead.value.params["other"]) == (
        date(2026, 12, 8),
        date(2026, 12, 10),
    )


# 3b. The same in a step: the date said and the weekday said next, both ahead, each on its
# button, the step's words kept for "no day" (was refused, "«tirsdag 3.» finnes ikke i kalenderen")
STEP_CLASH = [
    ("meeting", "nb", "Tine i går, neste møte tirsdag 3.", YESTERDAY, "møte", "neste møte tirsdag 3.", (date(2026, 12, 3), date(2026, 12, 8))),
    ("meeting", "nb", "Tine neste møte tirsdag 10.", TODAY, "møte", "neste møte tirsdag 10.", (date(2026, 12, 8), date(2026, 12, 10))),
    ("meeting", "en", "Tesco yesterday, next meeting Tuesday 3rd", YESTERDAY, "meeting", "next meeting Tuesday 3rd", (date(2026, 12, 3), date(2026, 12, 8))),
    ("call", "sv", "Ica igår, nästa möte tisdag 3:e", YESTERDAY, "möte", "nästa möte tisdag 3:e", (date(2026, 12, 3), date(2026, 12, 8))),
]  # fmt: skip


@pytest.mark.parametrize(("kind", "lang", "text", "when", "what", "words", "days"), STEP_CLASH)
def test_a_steps_weekday_and_date_that_disagree_are_asked(
    kind: str, lang: str, text: str, when: date, what: str, words: str, days: tuple[date, ...]
) -> None:
    with pytest.raises(UserError) as refused:
        read(kind, text, lang, TODAY)
    asked = weekday_clash_question(
        refused.value, ActivityKind(kind), text, who(lang, TODAY), KRONE[lang], ()
    )
    assert asked is not None
    needs, cmd = asked
    assert (needs.code, needs.params["days_clash"], needs.params["what"]) == (
        "step_when",
        True,
        what,
    )
    assert needs.options[:2] == tuple(f"step:{day.isoformat()}" for day in days)
    assert (cmd.when, cmd.next_step, cmd.unread) == (when, None, words)
