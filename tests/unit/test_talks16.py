"""Session 16's talk shapes, read without Slack (the Slack-level tests: tests/slack/test_talks16.py):
counts of the seller's own talks without names, talks booked with no day, in-between
temperatures before a temperature word, prices per period with the term aside."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.commands import booked_talk, booked_without_day, parse_log_command
from bot.services.log_questions import booking_days
from bot.services.talk_counts import CALLS, MEETINGS, TalkCount, talk_count

TODAY = date(2026, 11, 30)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ringte 12 kunder i dag, 3 var interessert", TalkCount(12, CALLS)),
        ("ringde runt till 15 st idag", TalkCount(15, CALLS)),
        ("8 calls this morning", TalkCount(8, CALLS)),
        ("5 møder i dag", TalkCount(5, MEETINGS)),
        ("Jeg har ringt 20 kunder i dag", TalkCount(20, CALLS)),
        ("Idag ringde jag 15 st", TalkCount(15, CALLS)),
        ("Had 3 meetings today", TalkCount(3, MEETINGS)),
        ("Kari ringte 12 kunder i dag", None),  # a colleague's
        ("Skal ringe 20 kunder i morgen", None),  # to come
        ("Målet er 10 møter i uka", None),  # a goal
        ("Hvor mange samtaler i dag?", None),  # a question
        # heldmsg32 (the lead, session 31): an unanswered call is a call (was None)
        ("ringt 12 stk i dag og ingen svarte", TalkCount(12, CALLS)),
        ("Called 8 prospects this morning, no answer from any of them", TalkCount(8, CALLS)),
        ("Ringde 10 st idag, bara telefonsvarare", TalkCount(10, CALLS)),
        ("Vant 3 kunder i dag", None),  # not talks
        # the lead, session 35: the week's count of the seller's own talks is told as today's is
        # (was None: "a status, not today's" — the five meetings were lost in silence)
        ("5 møter denne uka", TalkCount(5, MEETINGS)),
    ],
)
def test_a_count_of_own_talks(text: str, expected: TalkCount | None) -> None:
    assert talk_count(text) == expected


@pytest.mark.parametrize(
    ("unread", "what"),
    [
        ("booket møte", "møte"),
        ("bokade möte med dem", "möte"),
        ("booked a meeting", "meeting"),
        ("og fikk et møde", "møde"),
        ("avtalt nytt møte", "møte"),
        ("booket møte om budsjett", None),  # more said: asked as unread words
        ("møte", None),
        (None, None),
    ],
)
def test_a_talk_booked_with_no_day(unread: str | None, what: str | None) -> None:
    assert booked_without_day(unread) == what


def test_a_talk_booked_in_a_message() -> None:
    assert booked_talk("Ringte Equinor, booket møte.") == "møte"
    assert booked_talk("Ringte Equinor i dag") is None


@pytest.mark.parametrize(
    ("today", "days"),
    [
        (date(2026, 11, 30), [date(2026, 12, 4), date(2026, 12, 11)]),  # Monday
        (date(2026, 12, 3), [date(2026, 12, 4), date(2026, 12, 11)]),  # Thursday
        (date(2026, 12, 4), [date(2026, 12, 11)]),  # Friday: this week's is today
        (date(2026, 12, 6), [date(2026, 12, 11)]),  # Sunday
    ],
)
def test_the_fridays_a_booking_is_due_by(today: date, days: list[date]) -> None:
    assert booking_days(today) == days


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("Kiwi ikke varm", "ikke varm"),
        ("Kiwi not warm", "not warm"),
        ("Kiwi luke warm", "luke warm"),
        ("Kiwi lagom varm", "lagom varm"),
        ("Kiwi sort of warm", "sort of warm"),
        ("Kiwi ikke helt varm", "ikke helt varm"),
        ("Nyland tja-tja", "tja-tja"),
        ("Nyland lukewarm-ish", "lukewarm-ish"),
    ],
)
def test_an_in_between_temperature_is_unread(text: str, unread: str) -> None:
    cmd = parse_log_command(ActivityKind.MEETING, text, today=TODAY, known_customers=["Kiwi"])
    assert (cmd.temperature, cmd.unread) == (None, unread)
    assert cmd.customer in ("Kiwi", "Nyland")


def test_a_plain_temperature_stays_read() -> None:
    cmd = parse_log_command(ActivityKind.MEETING, "Kiwi varm", today=TODAY)
    assert (cmd.temperature is not None, cmd.unread) == (True, None)


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("Tine kr 4 500,- pr. mnd. (36 mnd)", 162_000),
        ("Tine årlig 120k i 3 år", 360_000),
        ("Tine 28 000/mnd i 12 mnd", 336_000),
    ],
)
def test_the_whole_value_counts_the_term(text: str, whole: int) -> None:
    cmd = parse_log_command(ActivityKind.OFFER, text, today=TODAY)
    assert cmd.whole_value == Decimal(whole)
