"""Session 41 (the lead): channel messages read wrong on main at the session's start, from a
held-out set of 110 messages in the four languages written by a helper who never saw the code
(/work/probe/held41, not in the repository), each a class of variants. Through the app:
tests/slack/test_cmds41.py (commands) and the rows here."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
HALF_PAST_THREE = time(15, 30)
KNOWN = ["Tine", "Orkla", "Boots", "Volvo", "Equinor", "Marks & Spencer"]
M, C, W = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.WIN
S, A = Outcome.SURE, Outcome.LIKELY


def _read(text: str):  # type: ignore[no-untyped-def]
    found = recognise(text, today=FRIDAY, known_customers=KNOWN, posted=HALF_PAST_THREE)
    return [
        (
            r.outcome,
            r.kind,
            r.customer,
            int(r.amount) if r.amount is not None else None,
            r.planned,
            r.next_step.due if r.next_step else None,
        )
        for r in chain(found)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Nynorsk "fekk ja frå" is "fikk ja fra" (was nothing)
        ("Fekk ja frå Fjord1 no nettopp!! 2,5 mill 🥳", [(S, W, "Fjord1", 2500000, False, None)]),
        # a role is no customer (was a second call to "VD:n"); the offer asked for its step
        (
            "Ringde Bröderna Anderssons Bygg, fick tag på VD:n. Han vill ha offert senast den 15:e.",
            [(S, C, "Bröderna Anderssons Bygg", None, False, None)],
        ),
        # a known name with "&" is one customer beside a dash and a second cue (was two offers
        # asked, "Marks" and "Spencer" at £48k)
        (
            "Sent a revised quote to Marks & Spencer – dropped to £48k after they pushed back",
            [(S, ActivityKind.OFFER, "Marks & Spencer", 48000, False, None)],
        ),
        # a company named after a person, and one with "Partnership" in its name (were nothing:
        # a person "John Lewis"; "partnership" read as a partner agreement)
        (
            "Sent the proposal to John Lewis, £12.5k",
            [(S, ActivityKind.OFFER, "John Lewis", 12500, False, None)],
        ),
        (
            "Sent John Lewis Partnership the revised SOW, £12.5k for phase 1",
            [(S, ActivityKind.OFFER, "John Lewis Partnership", 12500, False, None)],
        ),
        # a renewal closed is a win (was nothing)
        ("Renewed Brightwave Inc, $85k ARR", [(S, W, "Brightwave Inc", 85000, False, None)]),
        (
            "renewal sorted with Brightwave Inc, $85k ARR",
            [(S, W, "Brightwave Inc", 85000, False, None)],
        ),
        # "quid" is pounds (was no amount)
        (
            "Offer out to JD Sports: 12,500 quid for the pilot",
            [(S, ActivityKind.OFFER, "JD Sports", 12500, False, None)],
        ),
        # a talk the customer wants on a day ahead is planned (was nothing)
        ("Tine vil ha møte mandag", [(S, M, "Tine", None, True, date(2026, 12, 7))]),
        ("Volvo vill ha ett möte nästa vecka", [(S, M, "Volvo", None, True, date(2026, 12, 11))]),
        ("Boots want a meeting next Tuesday", [(S, M, "Boots", None, True, date(2026, 12, 8))]),
    ],
)
def test_read_as_meant(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call round's heading makes each name a call, whatever its brackets say (was the
        # answered call, "Statkraft (tok den)", dropped; "Tesco (keen, wants pricing)" too)
        (
            "Dagens ringerunde: Mesta (ingen svar), Statkraft (tok den), Elkjøp (svarte ikke)",
            ["Mesta", "Statkraft", "Elkjøp"],
        ),
        (
            "Call round: Boots (no answer), Tesco (keen, wants pricing), Greggs (voicemail)",
            ["Boots", "Tesco", "Greggs"],
        ),
        (
            "Tre opkald i dag: Coop DK (svarede ikke), Tiger (tog den), 3Shape (voicemail)",
            ["Coop DK", "Tiger", "3Shape"],
        ),
    ],
)
def test_a_call_rounds_names_are_each_a_call(text: str, expected: list[str]) -> None:
    _a_call_round(text, expected)


def test_a_call_rounds_step_and_the_sentence_after_it() -> None:
    # the step inside a name's brackets is its own clause, the sentence after the round an item
    # of its own (was: the call dated last Tuesday, the meeting after it too)
    text = (
        "Dagens ringerunde: Mesta (ingen svar), Statkraft (tok den, vil ha info på mail), "
        "Elkjøp (svarte ikke, prøver igjen tirsdag). + møte med Lyse kl 13 som gikk fint"
    )
    found = recognise(
        text,
        today=FRIDAY,
        known_customers=[*KNOWN, "Mesta", "Statkraft", "Elkjøp", "Lyse"],
        posted=HALF_PAST_THREE,
    )
    rows = [(r.kind, r.customer, r.when) for r in chain(found)]
    assert rows == [
        (C, "Mesta", FRIDAY),
        (C, "Statkraft", FRIDAY),
        (C, "Elkjøp", FRIDAY),
        (M, "Lyse", FRIDAY),
    ]
    elkjop = next(r for r in chain(found) if r.customer == "Elkjøp")
    assert elkjop.follow_up is not None and elkjop.follow_up.due == date(2026, 12, 8)


def _a_call_round(text: str, expected: list[str]) -> None:
    found = recognise(
        text,
        today=FRIDAY,
        known_customers=[*KNOWN, "Mesta", "Statkraft", "Elkjøp", "Tesco", "Greggs"],
        posted=HALF_PAST_THREE,
    )
    calls = [(r.kind, r.customer, r.when) for r in chain(found)]
    assert calls == [(C, name, FRIDAY) for name in expected]


@pytest.mark.parametrize(
    "text",
    [
        "↳ Jepp, de skrev på nyss! 🎉🎉",  # an interjection is no customer (was a win, "Jepp")
        "Tine vil ha møte",  # wanted, no day: nothing booked, nothing held
        "rang morrisons — spoke to Dave in IT",  # a first name is no customer (was "Dave")
        "Renewed our licence for Slack today",  # ours, bought: no win
        "Ringte Aker BP i dag, de vil ha et møte i januar",  # (the call; a month is no day)
    ],
)
def test_no_record_of_a_wish_or_a_word_for_yes(text: str) -> None:
    found = [r for r in _read(text) if r[1] is not None]
    assert all(r[2] not in ("Jepp", "Tine", "Dave") for r in found), found
    assert not any(r[4] for r in found), found


def test_and_we_opens_our_own_clause() -> None:
    # "They are positive and we will send offer next week": the step is ours (was no step: the
    # clause's first pronoun, "they", made it theirs)
    found = recognise(
        "Met Volvo yesterday. They are positive and we will send offer next week.",
        today=FRIDAY,
        known_customers=KNOWN,
        posted=HALF_PAST_THREE,
    )
    assert (found.kind, found.customer, found.when) == (M, "Volvo", date(2026, 12, 3))
    assert found.follow_up is not None
    assert (found.follow_up.what, found.follow_up.due) == ("offer", date(2026, 12, 11))


@pytest.mark.parametrize(
    ("text", "days"),
    [
        # a record said to come after another, with no day of its own, is that day's (was today)
        ("Met Tesco on Tuesday, then called Boots", [date(2026, 12, 1), date(2026, 12, 1)]),
        ("Møte med Tine på tirsdag, ringte Kiwi etterpå", [date(2026, 12, 1), date(2026, 12, 1)]),
        ("Met Tesco on Tuesday. Then called Boots", [date(2026, 12, 1), date(2026, 12, 1)]),
        # its own day stays its own
        (
            "Met Tesco on Tuesday, then called Boots on Thursday",
            [date(2026, 12, 1), date(2026, 12, 3)],
        ),
        ("Møte med Tine i går, ringte Kiwi i dag etterpå", [date(2026, 12, 3), FRIDAY]),
    ],
)
def test_then_is_the_same_day(text: str, days: list[date]) -> None:
    found = recognise(
        text, today=FRIDAY, known_customers=[*KNOWN, "Tesco", "Kiwi"], posted=HALF_PAST_THREE
    )
    assert [r.when for r in chain(found)] == days
