"""Session 25 (readers25), what the channel message reader still dropped or misread:
- "Møte med Tine, følger opp fredag kl 10" dropped the step's time (the slash command keeps it
  since readers24): kept with the step, by the command's rule (next_steps.time_after_the_day)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import KnownCustomers, Outcome, Recognition, recognise
from bot.services.commands import parse_log_command
from bot.services.dates import typed_last_year

THURSDAY = date(2026, 12, 3)  # Friday is 4 December, Monday 7 December
KNOWN = ["Tine", "ICA", "Mærsk", "Tesco", "Orkla"]
CALL, MEETING = ActivityKind.CALL, ActivityKind.MEETING


def read(text: str, today: date = THURSDAY, known: list[str] = KNOWN) -> Recognition:
    return recognise(
        text,
        today=today,
        krone="NOK",
        known_customers=KnownCustomers.of(known),
        open_offers=set(),
        posted=None,
    )


@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        ("Møte med Tine, følger opp fredag kl 10", "call kl 10", date(2026, 12, 4)),
        ("Møte med Tine i dag, følger opp fredag kl. 10.30.", "call kl. 10.30", date(2026, 12, 4)),
        ("Möte med ICA idag, följer upp fredag kl 9", "call kl 9", date(2026, 12, 4)),
        ("Möte med ICA, följer upp fredag 10:00", "call 10:00", date(2026, 12, 4)),
        ("Møde med Mærsk i dag, følger op fredag kl. 9", "call kl. 9", date(2026, 12, 4)),
        (
            "Meeting with Tesco, following up Friday at 2pm",
            "following up at 2pm",
            date(2026, 12, 4),
        ),
        ("Møte med Orkla, sender tilbud mandag kl 12", "offer kl 12", date(2026, 12, 7)),
    ],
)
def test_a_step_s_time_in_a_message_is_kept(text: str, what: str, due: date) -> None:
    found = read(text)
    assert found.outcome is Outcome.SURE, found
    assert found.follow_up is not None and (found.follow_up.what, found.follow_up.due) == (
        what,
        due,
    ), found.follow_up


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Møte med Tine, følger opp fredag", "call"),  # no time: as before
        ("Møte med Orkla, sender tilbud mandag", "offer"),
    ],
)
def test_a_step_without_a_time_stays_as_it_was(text: str, what: str) -> None:
    found = read(text)
    assert found.follow_up is not None and found.follow_up.what == what, found.follow_up


MONDAY, WEDNESDAY = date(2026, 11, 30), date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "customer", "said"),
    [
        ("ringte Tine mandag og onsdag", "Tine", "mandag og onsdag"),
        ("Ringte Tine man og ons", "Tine", "man og ons"),
        ("ringde ICA måndag och onsdag", "ICA", "måndag och onsdag"),
        ("ringede til Mærsk mandag og onsdag", "Mærsk", "mandag og onsdag"),
        ("called Tesco Mon and Wed", "Tesco", "Mon and Wed"),
        ("Called Tesco mon and wed", "Tesco", "mon and wed"),
        ("Had calls with Tesco Mon & Wed", "Tesco", "Mon & Wed"),
    ],
)
def test_one_talk_on_two_days_is_one_question_for_both(text: str, customer: str, said: str) -> None:
    # was: Monday's call recorded, Wednesday's asked on its own ("called Tesco Mon and Wed":
    # customers "Tesco Mon" and "Wed"); now both asked at once, each on its day
    for known in (KNOWN, []):
        found = read(text, known=known)
        got = (found.outcome, found.kind, found.customer, found.when, found.times, found.days)
        assert got == (Outcome.LIKELY, CALL, customer, MONDAY, 2, (MONDAY, WEDNESDAY)), found
        assert found.also is None and found.times_said == said
        cmd = found.command()
        assert (cmd.times, cmd.days) == (2, (MONDAY, WEDNESDAY))


TUESDAY = date(2026, 12, 1)
FRIDAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "customer", "what"),
    [
        ("Møte med Tine i dag, nytt møte torsdag, flyttet til fredag", "Tine", "meeting"),
        ("Møte med Tine i dag, nytt møte torsdag, men flyttet til fredag", "Tine", "meeting"),
        ("Möte med ICA idag, nytt möte torsdag, flyttat till fredag", "ICA", "meeting"),
        ("Møde med Mærsk i dag, nyt møde torsdag, flyttet til fredag", "Mærsk", "meeting"),
        ("Met Tesco today, next call Thu - moved to Fri", "Tesco", "call"),
    ],
)
def test_a_booked_day_moved_in_the_same_message_is_the_step_s(
    text: str, customer: str, what: str
) -> None:
    # was: nothing recorded (the move read as the held meeting called off)
    found = read(text, today=TUESDAY)
    assert (found.outcome, found.customer, found.when) == (Outcome.SURE, customer, TUESDAY)
    assert found.follow_up is not None and (found.follow_up.what, found.follow_up.due) == (
        what,
        FRIDAY,
    ), found.follow_up


def test_the_talk_itself_moved_is_still_no_record() -> None:
    assert read("Møte med Tine i dag, flyttet til fredag", today=TUESDAY).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Møte i Drammen bygg i dag", "Drammen bygg"),
        ("Besøk hos Bergen offshore", "Bergen offshore"),
        ("Møde i Aarhus vand i går", "Aarhus vand"),
        ("Möte i Malmö stad idag", "Malmö stad"),
        ("Meeting in Leeds City Council", "Leeds City Council"),
        ("Møte hos Drammen Bygg i dag", "Drammen Bygg"),
        ("Besøg hos Aarhus Vand i dag", "Aarhus Vand"),
    ],
)
def test_a_town_beginning_a_company_s_name_is_the_customer(text: str, customer: str) -> None:
    # was: the town ("Drammen", "Bergen", "Aarhus", "Leeds") asked about as a place
    found = read(text, known=[])
    assert (found.customer, found.place) == (customer, False), found.reasons
    assert "place" not in found.reasons


@pytest.mark.parametrize(
    ("text", "known", "customer"),
    [
        ("Møte i Drammen bygg i dag", ["Drammen Bygg"], "Drammen Bygg"),
        ("Besøk hos Bergen offshore i dag", ["Bergen Offshore"], "Bergen Offshore"),
    ],
)
def test_a_known_customer_beginning_with_a_town_is_theirs(
    text: str, known: list[str], customer: str
) -> None:
    found = read(text, known=known)
    assert (found.outcome, found.customer, found.place) == (Outcome.SURE, customer, False)


@pytest.mark.parametrize("text", ["Møte i Drammen i dag", "Meeting in Leeds today"])
def test_a_town_alone_is_still_asked_about(text: str) -> None:
    found = read(text, known=[])
    assert found.place and found.outcome is Outcome.LIKELY


JANUARY_7 = date(2027, 1, 7)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Møte med Tine 5.1.2026", date(2027, 1, 5)),
        ("Möte med ICA 4/1/26", date(2027, 1, 4)),
        ("Meeting with Tesco on 2026-01-05", date(2027, 1, 5)),
        ("Ringede til Mærsk 6.1.2026", date(2027, 1, 6)),
        ("Møde med Mærsk 30.12.2026", date(2026, 12, 30)),  # makes sense as typed: kept
    ],
)
def test_last_year_s_year_typed_by_habit_in_a_message(text: str, when: date) -> None:
    # was: a meeting a year and two days back ("Møte med Tine 5.1.2026" on 7 Jan 2027)
    found = read(text, today=JANUARY_7)
    assert (found.outcome, found.when) == (Outcome.SURE, when), found.reasons


def test_last_year_s_year_on_a_step_in_a_message() -> None:
    found = read("Møte med Tine i dag, nytt møte 12.1.2026", today=JANUARY_7)
    assert found.follow_up is not None and found.follow_up.due == date(2027, 1, 12), found


@pytest.mark.parametrize(
    ("text", "when"),
    [("Tine 5.1.2026", date(2027, 1, 5)), ("Tine 30.12.2026", date(2026, 12, 30))],
)
def test_last_year_s_year_in_a_command_reads_as_before(text: str, when: date) -> None:
    # the same rule, now in the shared date reader (dates.typed_last_year)
    cmd = parse_log_command(MEETING, text, today=JANUARY_7)
    assert cmd.when == when
    assert typed_last_year(date(2026, 1, 5), JANUARY_7, ["5.1.2026"], ahead=False) == date(
        2027, 1, 5
    )


MONDAY_30 = date(2026, 11, 30)  # "i går" is Sunday 29 November


@pytest.mark.parametrize(
    "text",
    [
        "Hadde møte med Tine i går",
        "Hade möte med ICA igår",
        "Havde møde med Mærsk i går",
        "Had a meeting with Tesco yesterday",
    ],
)
def test_yesterday_said_on_a_monday_is_sunday_as_said(text: str) -> None:
    # Item 6, decided by the corpora's earlier judgements (messages_holdout17 'var innom Bergen
    # Kran AS … i går', messages_holdout21's header 'a day said plainly is that day',
    # commands_holdout16/21 'Kiwi i går', test_parse_fresh_phrasings12/15/17's meetings 'i går'
    # read on a Monday: all sure on Sunday); only messages_holdout26 asks, and calls its row
    # disputed. One rule for all four languages: the day said, never Friday guessed, not asked.
    found = read(text, today=MONDAY_30)
    assert (found.outcome, found.when) == (Outcome.SURE, date(2026, 11, 29)), found.reasons
