"""heldmsg29: the rules held-out round 31 (messages_holdout31.yaml, read on the Monday of
midsummer week 2028) led to, each in the languages where it applies, on other days than the
file's: a next step booked by a bare weekday on a day off by custom where the author works
(Swedish midsommarafton) is asked, the day kept, as a public holiday is (heldmsg28); a week
gone told a line a day, each day in brackets ("• møte med Tine (tirs)"), is asked whole, each
row on its day of that week (a Monday's "(mån)" is never today); "Week in review:" said on a
Monday is the week gone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

S, L = Outcome.SURE, Outcome.LIKELY
KNOWN = ["Tine", "Kiwi", "Orkla", "Volvo", "ICA", "Scania", "Vestas", "Jysk", "Arla",
 "Tesco", "Boots", "Greggs"]  # fmt: skip


@pytest.mark.parametrize(
    ("today", "text", "krone", "outcome", "due"),
    [
        # midsommarafton: Fri 25 Jun 2027, Fri 22 Jun 2029, off by custom in Sweden
        (
            date(2027, 6, 22),
            "Möte med Volvo idag, nytt möte på fredag",
            "SEK",
            L,
            date(2027, 6, 25),
        ),
        (date(2029, 6, 18), "Ringde ICA idag, vi ses fredag", "SEK", L, date(2029, 6, 22)),
        # the same Friday is an ordinary working day in Norway and Denmark: sure
        (date(2027, 6, 22), "Møte med Tine i dag, nytt møte fredag", "NOK", S, date(2027, 6, 25)),
        (
            date(2027, 6, 22),
            "Møde med Vestas i dag, nyt møde på fredag",
            "DKK",
            S,
            date(2027, 6, 25),
        ),
    ],
)
def test_a_step_on_midsummer_eve_is_asked_where_it_is_off(
    today: date, text: str, krone: str, outcome: Outcome, due: date
) -> None:
    found = recognise(text, today=today, krone=krone, known_customers=KNOWN)
    step = found.next_step or found.follow_up
    assert (found.outcome, step and step.due) == (outcome, due), found.reasons


MON = date(2027, 9, 13)  # a Monday; the week gone Mon 6 .. Sun 12 Sep


@pytest.mark.parametrize(
    ("text", "krone", "want"),
    [
        (
            "Uka som gikk:\n• møte med Tine (man) 👍\n• tilbud til Kiwi 200k (tors)",
            "NOK",
            [
                (ActivityKind.MEETING, "Tine", date(2027, 9, 6)),
                (ActivityKind.OFFER, "Kiwi", date(2027, 9, 9)),
            ],
        ),
        (
            "Förra veckan:\n- möte Volvo (mån)\n- offert Scania 1,2 mkr (tis)",
            "SEK",
            [
                (ActivityKind.MEETING, "Volvo", date(2027, 9, 6)),
                (ActivityKind.OFFER, "Scania", date(2027, 9, 7)),
            ],
        ),
        (
            "Sidste uge:\n• møde med Arla (ons)\n• tilbud til Jysk 300 t.kr. (fre)",
            "DKK",
            [
                (ActivityKind.MEETING, "Arla", date(2027, 9, 8)),
                (ActivityKind.OFFER, "Jysk", date(2027, 9, 10)),
            ],
        ),
        (
            "Week wrap:\n• met Tesco (Mon)\n• quote to Boots £40k (Thu)",
            "NOK",
            [
                (ActivityKind.MEETING, "Tesco", date(2027, 9, 6)),
                (ActivityKind.OFFER, "Boots", date(2027, 9, 9)),
            ],
        ),
    ],
)
def test_a_week_gone_a_line_a_day_in_brackets_is_asked_whole_on_its_days(
    text: str, krone: str, want: list
) -> None:
    found = recognise(text, today=MON, krone=krone, known_customers=KNOWN)
    got, outcomes = [], set()
    while found is not None and found.outcome is not Outcome.NOTHING:
        got.append((found.kind, found.customer, found.when))
        outcomes.add(found.outcome)
        found = found.also
    assert (got, outcomes) == (want, {L})


@pytest.mark.parametrize(
    ("text", "krone", "first"),
    [
        ("Man ✅ møte Tine\nTirs ✅ tilbud Kiwi 200k\nTors ✅ ringte Orkla", "NOK", "Tine"),
        ("Man ✅ møde Arla\nTirs ✅ tilbud Jysk 300 t.kr.\nFre ✅ møde Vestas", "DKK", "Arla"),
    ],
)
def test_a_capitalised_man_ticked_opens_a_line_of_the_week_gone(
    text: str, krone: str, first: str
) -> None:
    """A Monday-morning list with no heading, every line ticked: "Man ✅" is Monday's (a week
    ago), as "Tirs ✅" is Tuesday's (was: "Man" read as a word, the first row today)."""
    found = recognise(text, today=MON, krone=krone, known_customers=KNOWN)
    assert (found.outcome, found.customer, found.when) == (L, first, date(2027, 9, 6))


@pytest.mark.parametrize(
    ("text", "krone", "first", "step", "then"),
    [
        (
            "Denna vecka: mån möte Volvo, tis offert Volvo, tors möte Scania",
            "SEK",
            "Volvo",
            date(2027, 9, 14),
            ("Scania", date(2027, 9, 16)),
        ),
        (
            "Denne uge: man møde Arla ✅, ons tilbud Arla, fre møde Jysk",
            "DKK",
            "Arla",
            date(2027, 9, 15),
            ("Jysk", date(2027, 9, 17)),
        ),
        (
            "This week:\nMon (today): meeting Tesco ✅\nWed: quote to Tesco\nFri: follow-up call Boots",
            "NOK",
            "Tesco",
            date(2027, 9, 15),
            ("Boots", date(2027, 9, 17)),
        ),
    ],
)
def test_this_weeks_list_on_its_monday_a_later_day_of_the_same_customer_is_its_step(
    text: str, krone: str, first: str, step: date, then: tuple
) -> None:
    """Today's row is the record; a later day naming the same customer is its next step (an
    offer with no amount yet too); a later day of another customer is that lead's plan, asked,
    never a record (was: the step dropped; "Fri: follow-up call Boots" a call last Friday)."""
    found = recognise(text, today=MON, krone=krone, known_customers=KNOWN)
    own = found.next_step or found.follow_up
    later = found.also
    assert (found.customer, found.when, own and own.due) == (first, MON, step), found.reasons
    assert later is not None and later.planned and later.next_step is not None
    assert (later.customer, later.next_step.due) == then


@pytest.mark.parametrize(
    ("text", "krone", "want"),
    [
        ("Kiwi i dag, tilbd sendt 300k", "NOK", (S, ActivityKind.OFFER, "Kiwi", 300000)),
        (
            "Volvo: 9 500 kr/mån i 24 mån, offet skickad idag",
            "SEK",
            (L, ActivityKind.OFFER, "Volvo", 228000),
        ),
    ],
)
def test_a_short_typo_of_a_record_word_opening_a_clause_is_read(
    text: str, krone: str, want: tuple
) -> None:
    """A short typo of the offer word right after a comma ("…, offet skickad idag"), as at a
    sentence's opening (was: nothing read)."""
    found = recognise(text, today=MON, krone=krone, known_customers=KNOWN)
    assert (found.outcome, found.kind, found.customer, found.amount) == want, found.reasons
