"""mendA34, the lead's decision (session 34). A next step said as the week under way ("sender
tilbud denne uka", "følger opp i løpet av uka", "skickar offert denna vecka", "följer upp under
veckan", "sender tilbud i denne uge", "følger op i løbet af ugen", "sending the quote this week",
"follow up later this wk") is due by this week's LAST working day where the seller works (the
session-33 rule for weeks: "neste uke" by its last working day), stored sure with the step, in
slash commands and channel messages alike (one reader: commands/clause_steps.py). Only when that
day is gone (said on a Saturday or Sunday, or on a Friday that is a holiday) is it asked. Was:
the command left "sender tilbud denne uka" unread (asked), and a message asked the week's days
("step-a-period"), held-out files 14 and 16 among them."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.capture import Outcome, recognise
from tests.unit.steps30_reading import KRONE, read

WED = date(2026, 12, 2)  # Wednesday 2 December 2026: Friday 4th the week's last working day
FRI = date(2026, 12, 4)

# (language, the command's words, the message, the step's words, the week as said)
SAID = [
    ("nb", "DNB i dag, sender tilbud denne uka", "Møte med DNB i dag, sender tilbud denne uka",
     "sender tilbud", "denne uka"),
    ("nb", "Orkla varm neste steg i løpet av uka",
     "Møte med Orkla i dag, varm, neste steg i løpet av uka", "follow-up", "i løpet av uka"),
    ("nb", "Orkla følger opp denne uken", "Møte med Orkla i dag, følger opp denne uken",
     "følger opp", "denne uken"),
    ("nb", "Orkla neste møte denne uka", "Møte med Orkla i dag, neste møte denne uka",
     "neste møte", "denne uka"),
    ("sv", "Volvo idag, skickar offert denna vecka",
     "Möte med Volvo idag, skickar offert denna vecka", "skickar offert", "denna vecka"),
    ("sv", "Volvo följer upp under veckan", "Möte med Volvo idag, följer upp under veckan",
     "följer upp", "under veckan"),
    ("da", "Lego i dag, sender tilbud i denne uge",
     "Møde med Lego i dag, sender tilbud i denne uge", "sender tilbud", "i denne uge"),
    ("da", "Lego følger op i løbet af ugen", "Møde med Lego i dag, følger op i løbet af ugen",
     "følger op", "i løbet af ugen"),
    ("en", "Ocado Thursday, sending the quote this week",
     "Met Ocado Thursday, went well, sending the quote this week", "send the quote", "this week"),
    ("en", "Aviva warm, follow up later this wk", "Met Aviva today, warm, follow up later this wk",
     "follow up", "later this wk"),
]  # fmt: skip


def _message_step(text: str, language: str, today: date, known: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    found = recognise(text, today=today, krone=KRONE[language], known_customers=list(known))
    return found, found.next_step or found.follow_up


@pytest.mark.parametrize(
    ("language", "command", "message", "what", "period"), SAID, ids=[s[1] for s in SAID]
)
def test_a_step_this_week_is_due_by_its_last_working_day(
    language: str, command: str, message: str, what: str, period: str
) -> None:
    done = read("meeting", command, language, WED)
    step = done.cmd.next_step
    assert (done.asked, done.cmd.unread) == (None, None)
    assert step is not None and (step.what, step.due, step.period) == (what, FRI, period)
    found, said = _message_step(message, language, WED)
    assert found.outcome is Outcome.SURE, found.reasons  # stored with its step, unasked
    assert said is not None and (said.what, said.due) == (what, FRI)


@pytest.mark.parametrize(
    ("language", "due"),
    [
        # Good Friday 26 March 2027; skjærtorsdag 25th off in Norway and Denmark too
        ("nb", date(2027, 3, 24)),
        ("da", date(2027, 3, 24)),
        ("sv", date(2027, 3, 25)),
        ("en", date(2027, 3, 25)),
    ],
)
def test_a_week_whose_friday_is_a_holiday_is_due_on_its_last_working_day(
    language: str, due: date
) -> None:
    tuesday = date(2027, 3, 23)
    words = {"nb": "følger opp denne uka", "da": "følger op i denne uge"}
    words |= {"sv": "följer upp denna vecka", "en": "follow up this week"}
    step = read("meeting", f"Orkla {words[language]}", language, tuesday).cmd.next_step
    assert step is not None and step.due == due
    found, said = _message_step(f"Met Orkla today, {words[language]}", language, tuesday)
    assert found.outcome is Outcome.SURE and said is not None and said.due == due


def test_said_on_the_weeks_last_working_day_it_is_due_that_day() -> None:
    step = read("meeting", "DNB i dag, sender tilbud denne uka", "nb", FRI).cmd.next_step
    assert step is not None and step.due == FRI
    found, said = _message_step("Møte med DNB i dag, sender tilbud denne uka", "nb", FRI)
    assert found.outcome is Outcome.SURE and said is not None and said.due == FRI


@pytest.mark.parametrize(
    ("language", "words", "today"),
    [
        ("nb", "sender tilbud denne uka", date(2026, 12, 5)),  # a Saturday
        ("sv", "följer upp under veckan", date(2026, 12, 6)),  # a Sunday
        ("en", "sending the quote this week", date(2027, 3, 26)),  # Good Friday
        ("da", "følger op i løbet af ugen", date(2027, 3, 26)),
    ],
)
def test_a_week_with_no_working_day_left_is_asked(language: str, words: str, today: date) -> None:
    done = read("meeting", f"Orkla i dag, {words}", language, today)
    assert (done.cmd.next_step, done.cmd.unread) == (None, words)  # asked as typed
    found, said = _message_step(f"Met Orkla today, {words}", language, today)
    assert (found.outcome, said, found.aside) == (Outcome.LIKELY, None, words)
    assert "step-week-gone" in found.reasons


@pytest.mark.parametrize(
    ("text", "today", "due", "known"),
    [
        (
            "<@U06JOE> and I met Ocado at their Hatfield office Thursday - went well, sending "
            "the quote this week",
            date(2026, 12, 7),
            date(2026, 12, 11),
            "Ocado",
        ),
        (
            "Friday Labs Ltd mtg on Friday (yes, NYD, they're keen 😅), hot, sending quote this wk",
            date(2027, 1, 4),
            date(2027, 1, 8),
            "Friday Labs Ltd",
        ),
    ],
)
def test_the_held_out_rows_are_sure_with_their_step(
    text: str, today: date, due: date, known: str
) -> None:
    """Held-out files 14 and 16 (both said on a Monday, the customer known as the files have
    it): sure meetings, the step by that week's Friday."""
    found, said = _message_step(text, "en", today, (known,))
    assert (found.outcome, found.kind.value) == (Outcome.SURE, "meeting")  # type: ignore[union-attr]
    assert said is not None and said.due == due


@pytest.mark.parametrize(
    ("language", "said", "due"),
    [
        ("nb", "neste steg i løpet av neste uke", date(2027, 3, 24)),
        ("da", "næste skridt i løbet af næste uge", date(2027, 3, 24)),
        ("sv", "nästa steg under nästa vecka", date(2027, 3, 25)),
        ("en", "next step during next week", date(2027, 3, 25)),
    ],
)
def test_a_step_label_before_some_day_of_next_week_is_a_follow_up(
    language: str, said: str, due: date
) -> None:
    """Said on Thu 18 March 2027 (Easter week next: its last working day Wed 24 in Norway and
    Denmark, Thu 25 in Sweden and the UK). The label, then "i løpet av"/"under"/"during": the
    step is the label's follow-up (was the step "i løpet av", "under", "during")."""
    today = date(2027, 3, 18)
    step = read("meeting", f"Orkla {said}", language, today).cmd.next_step
    assert step is not None and (step.what, step.due) == ("follow-up", due)
    found, follow = _message_step(f"Met Orkla today, {said}", language, today)
    assert found.outcome is Outcome.SURE
    assert follow is not None and (follow.what, follow.due) == ("follow-up", due)
