"""Session 25 (the lead's review, through the console): a meeting named with a bare weekday and
no word of whether it was held, said before that weekday comes round again.

- "Møte med Storebrand torsdag 10:00 ang. fornyelse", "Demo for Tine onsdag 13-14", "Meeting
  with Tesco Thursday re renewal", said on Tuesday 1 Dec 2026: stored SURE as held LAST week
  (26 Nov, 25 Nov), counted unasked. What a meeting is about ("ang.", "vedr.", "angående", "re",
  "om ny avtale", "for å diskutere", "to discuss") and a demo's "for" say nothing of whether it
  was held: asked, as "Møte med DNB fredag" is.
- Every such question now carries the coming day as well (`ahead`): "held Fri 27 Nov, or coming
  Fri 4 Dec?" (was: only last Friday offered; a seller who meant this Friday had to edit).
- A word of how it went ("bra møte", "went well"), a past verb or "i går" keep it held, sure."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import KnownCustomers, Outcome, recognise

TUESDAY = date(2026, 12, 1)


def read(text: str):  # type: ignore[no-untyped-def]
    return recognise(
        text,
        today=TUESDAY,
        krone="NOK",
        known_customers=KnownCustomers.of(["Storebrand", "Tine", "Tesco", "DNB", "Volvo"]),
        open_offers=set(),
        posted=None,
    )


ASKED = [  # (text, last, coming)
    ("Møte med Storebrand torsdag 10:00 ang. fornyelse", date(2026, 11, 26), date(2026, 12, 3)),
    ("Demo for Tine onsdag 13-14", date(2026, 11, 25), date(2026, 12, 2)),
    ("Demo for Tine onsdag", date(2026, 11, 25), date(2026, 12, 2)),
    ("Meeting with Tesco Thursday re renewal", date(2026, 11, 26), date(2026, 12, 3)),
    ("Meeting with Tesco Thursday 10am", date(2026, 11, 26), date(2026, 12, 3)),
    ("Møte med DNB fredag kl 14 om ny avtale", date(2026, 11, 27), date(2026, 12, 4)),
    ("Møte med DNB fredag kl 14", date(2026, 11, 27), date(2026, 12, 4)),
    ("Möte med Volvo torsdag angående förnyelse", date(2026, 11, 26), date(2026, 12, 3)),
    ("Møde med Tine torsdag vedr. fornyelse af aftalen", date(2026, 11, 26), date(2026, 12, 3)),
    ("Møte med DNB fredag for å diskutere fornyelse", date(2026, 11, 27), date(2026, 12, 4)),
    ("Meeting with Tesco Friday to discuss the renewal", date(2026, 11, 27), date(2026, 12, 4)),
    ("Presentasjon for Storebrand torsdag", date(2026, 11, 26), date(2026, 12, 3)),
]


@pytest.mark.parametrize(("text", "last", "coming"), ASKED, ids=[r[0][:40] for r in ASKED])
def test_a_bare_weekday_with_no_word_of_it_held_is_asked_with_both_days(
    text: str, last: date, coming: date
) -> None:
    found = read(text)
    assert (found.outcome, found.when, found.ahead) == (Outcome.LIKELY, last, coming), found


HELD = [  # (text, day): a word of it held keeps it held, sure, with no coming day offered
    ("Møte med Storebrand torsdag, bra møte", date(2026, 11, 26)),
    ("Meeting with Tesco Thursday re renewal, went well", date(2026, 11, 26)),
    ("Demo for Tine onsdag, gikk bra", date(2026, 11, 25)),
    ("Hadde møte med DNB fredag om ny avtale", date(2026, 11, 27)),
    ("Møte med Tine i går om ny avtale", date(2026, 11, 30)),
    ("Demo for Tine i går", date(2026, 11, 30)),
]


@pytest.mark.parametrize(("text", "day"), HELD, ids=[r[0][:40] for r in HELD])
def test_a_word_of_it_held_keeps_it_held(text: str, day: date) -> None:
    found = read(text)
    assert (found.outcome, found.when, found.ahead) == (Outcome.SURE, day, None), found


# Session 25, the review after the merge: who has the meeting, in the present ("Vi har møte
# med DNB på fredag kl 13") was read as held last Friday, sure, counted unasked; a weekday
# heading done work ("Mandag: møte Equinor. I dag: ringte Orkla 2 ganger") took the other
# line's count (two meetings with Equinor) and was offered as coming next Monday.
HAVING = [  # (text, planned for, or asked with the coming day)
    ("Vi har møte med DNB på fredag kl 13", "plan", date(2026, 12, 4)),
    ("Vi har möte med Volvo på fredag kl 13", "plan", date(2026, 12, 4)),
    # session 55: the present of having it says it is to come with a bare weekday too (was
    # asked, held last Friday or coming)
    ("Vi har møte med DNB fredag", "plan", date(2026, 12, 4)),
    ("We have a meeting with Tesco on Friday", "plan", date(2026, 12, 4)),
    ("Jeg har et møte med Tine torsdag", "plan", date(2026, 12, 3)),
]


@pytest.mark.parametrize(("text", "how", "coming"), HAVING, ids=[r[0] for r in HAVING])
def test_a_meeting_had_in_the_present_is_never_held_unasked(
    text: str, how: str, coming: date
) -> None:
    found = read(text)
    if how == "plan":
        assert found.next_step is not None and found.next_step.due == coming, found
    else:
        assert (found.outcome, found.ahead) == (Outcome.LIKELY, coming), found


def test_a_weekday_heading_done_work_keeps_its_own_count_and_day() -> None:
    found = read("Mandag: møte Storebrand. I dag: ringte Tine 2 ganger")
    assert (found.kind.value, found.customer, found.when, found.times, found.ahead) == (
        "meeting",
        "Storebrand",
        date(2026, 11, 30),
        1,
        None,
    ), found
