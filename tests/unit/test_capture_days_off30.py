"""heldmsg28 (held-out round 30, read the day before Maundy Thursday): a next step never lands
on a day its author's country is off. A step booked by a bare weekday or "i morgen" /
"tomorrow" that falls on a public holiday (or a Nordic Christmas or New Year's Eve) is asked,
the day kept as said (holdout 28's Christmas Eve rule, for every holiday): skjærtorsdag in
Norway and Denmark, Good Friday and Easter Monday everywhere, Ascension Day, Whit Monday where
it is off. A week said for a step ("neste uke", "i næste uge", "nästa vecka", "next week", "uke
16") is its first working day: the Tuesday when its Monday is a holiday. Whose days off: the
team's krone says the Nordic country of a Scandinavian word; an English word, written by a
British seller or a Nordic one, a day off in both the UK and the team's country."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import Outcome, recognise

KNOWN = ["Tine", "Kiwi", "Volvo", "Vestas", "Tesco", "DNB"]
S, L = Outcome.SURE, Outcome.LIKELY
EASTER_EVE = date(2028, 4, 12)  # Wednesday before skjærtorsdag (Thu 13 Apr)
BEFORE_MAY = date(2028, 4, 26)  # Wednesday; Mon 1 May is off in NO, SE, UK, not DK
BEFORE_ASCENSION = date(2028, 5, 23)  # Tuesday; Thu 25 May off in NO, SE, DK, not UK
BEFORE_WHIT = date(2028, 5, 31)  # Wednesday; Mon 5 Jun off in NO, DK, not SE, UK


def _step(found):  # the first record's next step: a booked meeting's or the follow-up's
    return found.next_step or found.follow_up


@pytest.mark.parametrize(
    ("today", "krone", "text", "outcome", "due"),
    [
        # a day said by a word, on a holiday where the author works: asked, kept as said
        (EASTER_EVE, "NOK", "Ringte Kiwi nå, booket møte i morgen kl 10", L, date(2028, 4, 13)),
        (EASTER_EVE, "DKK", "Møde med Vestas i dag, nyt møde i morgen", L, date(2028, 4, 13)),
        (EASTER_EVE, "NOK", "Meeting with Tesco today, next meeting Friday", L, date(2028, 4, 14)),
        (EASTER_EVE, "SEK", "Möte med Volvo idag, nytt möte på fredag", L, date(2028, 4, 14)),
        (
            BEFORE_ASCENSION,
            "SEK",
            "Möte med Volvo idag, nytt möte på torsdag",
            L,
            date(2028, 5, 25),
        ),
        (BEFORE_ASCENSION, "NOK", "Møte med Tine i dag, nytt møte torsdag", L, date(2028, 5, 25)),
        (BEFORE_WHIT, "DKK", "Møde med Vestas i dag, nyt møde mandag", L, date(2028, 6, 5)),
        # holdout 28's Christmas Eve, said with "på": the coming Friday asked (was a sure
        # meeting last Friday, 17 Dec, counted)
        (
            date(2027, 12, 21),
            "NOK",
            "Møte med Tine i dag, nytt møte på fredag",
            L,
            date(2027, 12, 24),
        ),
        # ... and where the day is a working one, sure
        (EASTER_EVE, "SEK", "Möte med Volvo idag, nytt möte imorgon", S, date(2028, 4, 13)),
        (EASTER_EVE, "NOK", "Met Tesco today, follow-up call tomorrow", S, date(2028, 4, 13)),
        (
            BEFORE_ASCENSION,
            "NOK",
            "Met Tesco today, follow-up meeting Thursday",
            S,
            date(2028, 5, 25),
        ),
        (BEFORE_WHIT, "SEK", "Möte med Volvo idag, nytt möte på måndag", S, date(2028, 6, 5)),
        # a week said: its first working day where the author works
        (EASTER_EVE, "NOK", "Ringte Kiwi i dag, følger opp neste uke", S, date(2028, 4, 21)),
        (
            EASTER_EVE,
            "DKK",
            "Ringede til Vestas i dag, jeg følger op i næste uge",
            S,
            date(2028, 4, 21),
        ),
        (EASTER_EVE, "SEK", "Ringde Volvo idag, jag följer upp nästa vecka", S, date(2028, 4, 21)),
        (EASTER_EVE, "NOK", "Called Tesco today, I'll chase next week", S, date(2028, 4, 21)),
        (EASTER_EVE, "NOK", "Møte med Tine i dag, nytt møte uke 16", S, date(2028, 4, 21)),
        (BEFORE_MAY, "NOK", "Møte med Tine i dag, nytt møte neste uke", S, date(2028, 5, 5)),
        (BEFORE_MAY, "SEK", "Möte med Volvo idag, nytt möte nästa vecka", S, date(2028, 5, 5)),
        (BEFORE_MAY, "DKK", "Møde med Vestas i dag, nyt møde i næste uge", S, date(2028, 5, 5)),
        (BEFORE_MAY, "NOK", "Met Tesco today, follow-up next week", S, date(2028, 5, 5)),
        (BEFORE_WHIT, "NOK", "Møte med Tine i dag, nytt møte neste uke", S, date(2028, 6, 9)),
        (BEFORE_WHIT, "SEK", "Möte med Volvo idag, nytt möte nästa vecka", S, date(2028, 6, 9)),
        # holdout 20: said in English by a Nordic team before Christmas 2027, Mon 27 Dec (a UK
        # bank holiday, Christmas Day moved; a working day in Norway) is kept
        (
            date(2027, 12, 22),
            "NOK",
            "Called DNB and got a meeting for next week 👍",
            S,
            date(2027, 12, 31),
        ),
    ],
)
def test_a_next_step_never_lands_on_a_day_off_unasked(
    today: date, krone: str, text: str, outcome: Outcome, due: date
) -> None:
    found = recognise(text, today=today, krone=krone, known_customers=KNOWN)
    assert (found.outcome, found.when, _step(found).due) == (outcome, today, due), found.reasons
