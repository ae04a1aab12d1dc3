"""left34 (session 34): next steps said right, asked right, confirmed right. Each class with
variants of its own in more than one language; each test failed before its rule (checked by
reverting the rule once). Read on Wednesday 2 December 2026.

2. A step said over the year's end by a follow-up phrase of ours ("återkopplar efter helgerna",
   "will call them after new year", "ringer igen efter nyår"): asked, as "følger opp over
   nyttår" is (was: sure, the step dropped unsaid); the question names it and its day
   (tests/slack/test_steps34.py).
1. A step said to come after a date ("ringer etter 14/12", "nytt møte etter 14/12", "sender
   tilbud efter den 5."): the day offered stores the step its words say (its kind, or its
   words as typed), not the follow-up whatever they said.
5. Two days joined by an or-word ("eller", "el.", "elr", "or", "alt.", "/"), the first a short
   weekday the date reader leaves alone ("tor"): asked as the two-day step is, in commands and
   in channel messages (was: the second day alone, or "ringer tor eller" due Friday).
6. Sending a document the sale needs ("will send the T&Cs Friday", "sender NDA'en mandag",
   "skickar NDA:n på måndag"): the next step, its words as typed, in messages as in commands
   (was: "T&Cs", "NDA'en" read as a second customer's name: the step dropped, or "sender");
   an invoice stays no step (mendC33).
4. A talk booked in a period ("booket møte i januar", "bokat möte i februari", "booked a
   meeting for next month", "aftalt møde i uge 3"): the lead's planned next step, due by the
   period's last working day (mendA33's rule), in messages (alone or after a talk held) and in
   commands (was: no step, a booking asked "by when?" with this and next Friday, or the week's
   Monday)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import Recognition, recognise
from tests.unit.steps30_reading import read

WED = date(2026, 12, 2)
KNOWN = ["Tine", "Netto", "Boots", "Volvo", "Orkla", "Tesco"]


def _read(text: str) -> Recognition:
    return recognise(text, today=WED, known_customers=KNOWN)


# -- 1. a step after a date keeps its kind and words -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "what", "after"),
    [
        ("Møtte Tine i dag, ringer etter 14/12", "call", date(2026, 12, 15)),
        ("Møtte Tine i dag, nytt møte etter 14/12", "meeting", date(2026, 12, 15)),
        ("Mødtes med Netto i dag, sender tilbud efter den 5.", "offer", date(2026, 12, 7)),
        ("Träffade Volvo idag, ringer dom efter den 10:e", "call", date(2026, 12, 11)),
        ("Met Boots today, new meeting after the 14th", "meeting", date(2026, 12, 15)),
        ("Ringte Orkla, sender kontrakten etter 14/12", "sender kontrakten", date(2026, 12, 15)),
        ("Sent Tesco a quote £40k, will call them after 14 Dec", "call", date(2026, 12, 15)),
    ],
)
def test_a_step_after_a_date_keeps_its_kind(text: str, what: str, after: date) -> None:
    found = _read(text)
    assert (found.step_what, found.step_after) == (what, after), (found.reasons, found.step_what)


# -- 5. two days joined by an or-word ----------------------------------------------------------------
THU, FRI, MON = date(2026, 12, 3), date(2026, 12, 4), date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Møtte Tine i dag, ringer tor eller fre", (THU, FRI)),
        ("Mødtes med Netto i dag, ringer tor el. fre", (THU, FRI)),
        ("Møtte Tine i dag, nytt møte man elr tir", (MON, date(2026, 12, 8))),
        ("Träffade Volvo idag, ringer fre alt. mån", (FRI, MON)),
        ("Met Boots today, call Thu alt. Fri", (THU, FRI)),
        ("Met Tesco today, will call Thu alternatively Fri", (THU, FRI)),
    ],
)
def test_a_messages_step_on_one_of_two_days_is_asked(text: str, days: tuple[date, ...]) -> None:
    found = _read(text)
    assert (found.clash_days, found.step_either) == (days, True), found.reasons


@pytest.mark.parametrize(
    ("lang", "text", "days"),
    [
        ("nb", "Tine ringer tor eller fre", ["2026-12-03", "2026-12-04"]),
        ("nb", "Tine ringer dem tor/fre", ["2026-12-03", "2026-12-04"]),
        ("sv", "Volvo ringer fre alt. mån", ["2026-12-04", "2026-12-07"]),
        ("da", "Netto ringer tor el. fre", ["2026-12-03", "2026-12-04"]),
        ("en", "Boots call Thu alt. Fri", ["2026-12-03", "2026-12-04"]),
        ("en", "Boots call Thu/Fri", ["2026-12-03", "2026-12-04"]),
    ],
)
def test_a_commands_step_on_one_of_two_days_is_asked(lang: str, text: str, days: list[str]) -> None:
    found = read("meeting", text, lang, WED)
    assert found.cmd.next_step is None, found.cmd.next_step  # was "ringer tor eller" by Friday
    assert found.asked is not None and found.asked.code == "step_when", found.cmd.unread
    assert [o.split(":", 1)[1] for o in found.asked.options if o.startswith("step:")] == days


# -- 6. sending a document is a next step ----------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        ("Met Boots today, will send the T&Cs Friday", "send the T&Cs", FRI),
        ("Met Boots today, sending the T&C's on Monday", "send the T&C's", MON),
        ("Møtte Tine i dag, sender NDA'en mandag", "sender NDA'en", MON),
        ("Mødtes med Netto i dag, sender NDA'en mandag", "sender NDA'en", MON),
        ("Träffade Volvo idag, skickar NDA:n på måndag", "skickar NDA:n", MON),
        ("Ringte Orkla, sender kontrakten fredag", "sender kontrakten", FRI),
        ("Met Tesco today, sending the invoice Friday", None, None),
    ],
)
def test_a_messages_document_sent_is_a_step(text: str, what: str | None, due: date | None) -> None:
    found = _read(text)
    step = found.follow_up or found.next_step
    assert found.outcome.value == "sure", found.reasons
    assert ((step.what, step.due) if step else (None, None)) == (what, due), step


@pytest.mark.parametrize(
    ("lang", "text", "what", "due"),
    [
        ("en", "Tesco will send the T&Cs Friday", "send the T&Cs", FRI),
        ("nb", "Coop sender NDA'en mandag", "sender NDA'en", MON),
        ("sv", "Ikea skickar NDA:n på måndag", "skickar NDA:n", MON),
        ("da", "Salling sender aftalen fredag", "sender aftalen", FRI),
    ],
)
def test_a_commands_document_sent_is_a_step(lang: str, text: str, what: str, due: date) -> None:
    found = read("meeting", text, lang, WED)
    assert found.asked is None and found.cmd.next_step is not None, found.cmd.unread
    assert (found.cmd.next_step.what, found.cmd.next_step.due) == (what, due)


# -- 4. a talk booked in a period --------------------------------------------------------------------
JAN_29, FEB_26, JAN_22 = date(2027, 1, 29), date(2027, 2, 26), date(2027, 1, 22)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Ringte Tine, booket møte i januar", JAN_29),
        ("Booket møte med Tine i januar", JAN_29),
        ("Ringde Volvo, bokat möte i februari", FEB_26),
        ("Bokat möte med Volvo i februari", FEB_26),
        ("Called Boots, booked a meeting for next month", JAN_29),
        ("Booked a meeting with Boots for next month", JAN_29),
        ("Ringede til Netto, aftalt møde i uge 3", JAN_22),
        ("Aftalt møde med Netto i uge 3", JAN_22),
        ("Ringde Volvo, bokade ett möte nästa månad", JAN_29),
    ],
)
def test_a_messages_talk_booked_in_a_period_is_the_step(text: str, due: date) -> None:
    found = _read(text)
    step = found.follow_up or found.next_step
    assert found.outcome.value == "sure", found.reasons
    assert step is not None and (step.what, step.due) == ("meeting", due), step


@pytest.mark.parametrize(
    ("lang", "text", "what", "due"),
    [
        ("en", "Asda booked a meeting for next month", "meeting", JAN_29),
        ("sv", "Volvo bokade ett möte nästa månad", "möte", JAN_29),
        ("nb", "Tine booket møte neste måned", "møte", JAN_29),
        ("da", "Netto aftalt et møde næste måned", "møde", JAN_29),
    ],
)
def test_a_commands_talk_booked_next_month_is_the_step(
    lang: str, text: str, what: str, due: date
) -> None:
    found = read("call", text, lang, WED)
    assert found.asked is None and found.cmd.next_step is not None, found.cmd.unread
    assert (found.cmd.next_step.what, found.cmd.next_step.due) == (what, due)


# -- 2. a step over the year's end said by a follow-up phrase ----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Träffade Volvo idag, återkopplar efter helgerna",
        "Träffade Volvo idag, ringer igen efter nyår",
        "Met Boots today, will call them after new year",
        "Møtte Tine i dag, ringer igjen etter jul",
    ],
)
def test_a_step_over_the_new_year_is_asked(text: str) -> None:
    found = _read(text)
    assert found.outcome.value == "likely" and "step-a-span" in found.reasons, found.reasons
