"""heldmsg32 (session 32): an unanswered call in a channel message is ASKED as a call, whatever
the phrasing (the lead's decision, session 31: the attempt is an activity the seller controls),
never stored unasked and never dropped. Its count said is that many; the words that say nobody
answered (or what was left: a voicemail, a message) are the note; the customer never takes them.
The rest of the reader follows the same rule: a call on two days with no answer on one (both
asked), a round of calls where only one answered (the others asked too), a count of calls nobody
answered with no names (a count of calls, the private note on how to log them)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise
from bot.services.talk_counts import CALLS, TalkCount, talk_count

TODAY = date(2026, 12, 2)  # a Wednesday
YESTERDAY = date(2026, 12, 1)
KNOWN = ["Tine", "Volvo", "Vestas", "Boots", "Scania", "Telenor", "Kiwi"]
CALL = ActivityKind.CALL


def _read(text: str) -> Recognition:
    return recognise(text, today=TODAY, known_customers=KNOWN)


def _asked_call(found: Recognition) -> tuple:
    note = found.command().note if found.kind is not None else None
    return (found.outcome, found.kind, found.customer, found.when, found.times, note)


# -- 1. "didn't get hold of X": no call verb, the attempt said by its failure -------------------
@pytest.mark.parametrize(
    ("text", "customer", "day", "note"),
    [
        ("Fikk ikke tak i Orkla i går 😕", "Orkla", YESTERDAY, "fikk ikke tak i"),
        ("Orkla: fikk ikkje tak i dem i dag", "Orkla", TODAY, "fikk ikkje tak i"),
        ("Fick inte tag på Scania idag, lämnade ett röstmeddelande", "Scania", TODAY,
         "lämnade ett röstmeddelande"),
        ("Fik ikke fat i Mærsk i går, lagde en talebesked", "Mærsk", YESTERDAY,
         "lagde en talebesked"),
        ("Couldn't get hold of Boots today 📞", "Boots", TODAY, "couldn't get hold of"),
        ("couldnt reach Tesco this morning, left a voicemail", "Tesco", TODAY,
         "left a voicemail"),
        ("Nådde ikke Orkla på telefon i dag", "Orkla", TODAY, "nådde ikke"),
        ("No answer from Boots", "Boots", TODAY, "no answer from"),
    ],
)  # fmt: skip
def test_not_getting_hold_of_a_customer_is_a_call_asked(
    text: str, customer: str, day: date, note: str
) -> None:
    # was: nothing (no call verb; "fikk ikke tak i" read as a negation only)
    found = _read(text)
    assert _asked_call(found) == (Outcome.LIKELY, CALL, customer, day, 1, note), found.reasons


def test_a_count_of_tries_without_a_call_verb_is_that_many() -> None:
    found = _read("No answer from Boots x3 today")
    assert (found.outcome, found.kind, found.customer, found.times) == (
        Outcome.LIKELY,
        CALL,
        "Boots",
        3,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Ingen svar fra Maersk endnu",  # their reply awaited (on what, unsaid): no call
        "No answer from Boots on the quote yet",
        "Inget svar från Scania på offerten",
        "Ringte ikke Orkla i dag",  # no call made
        "Har ikke ringt Orkla ennå",
        "Fikk ikke møte med Orkla denne uka",  # no meeting got, no call said
        "Didn't reach agreement with Tesco today",  # what was not reached is no customer
        "Nådde ikke målet med Orkla denne måneden",
        "Couldn't reach a deal with Boots",
    ],
)
def test_a_reply_awaited_or_a_call_not_made_is_no_call(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


# -- 2. "Ringte Orkla uten svar": a new customer, the no-answer words right after it ------------
@pytest.mark.parametrize(
    ("text", "customer", "day", "times", "note"),
    [
        ("Ringte Orkla uten svar", "Orkla", TODAY, 1, "uten svar"),
        ("Ringde Ericsson utan svar idag", "Ericsson", TODAY, 1, "utan svar"),
        ("Ringede Novo uden svar i går", "Novo", YESTERDAY, 1, "uden svar"),
        ("Called Greggs no answer", "Greggs", TODAY, 1, "no answer"),
        ("Ringte Orkla 3 ganger uten svar", "Orkla", TODAY, 3, "uten svar"),
    ],
)
def test_a_new_customers_call_without_an_answer_is_asked(
    text: str, customer: str, day: date, times: int, note: str
) -> None:
    # was: nothing ("uten svar" right after the name read as a call not made)
    found = _read(text)
    assert _asked_call(found) == (Outcome.LIKELY, CALL, customer, day, times, note), found.reasons


# -- 3. a voicemail or a message left: the note, asked --------------------------------------------
@pytest.mark.parametrize(
    ("text", "customer", "note"),
    [
        ("Ringde Volvo, lämnade röstmeddelande", "Volvo", "lämnade röstmeddelande"),
        ("Ringte Kiwi, la igjen talemelding", "Kiwi", "la igjen talemelding"),
        ("Called Boots, went to voicemail", "Boots", "went to voicemail"),
        ("Ringede til Vestas, lagde en talebesked", "Vestas", "lagde en talebesked"),
        ("Ringte Tine, tok ikke telefonen", "Tine", "tok ikke telefonen"),
    ],
)
def test_a_message_left_is_the_calls_note_asked(text: str, customer: str, note: str) -> None:
    # was: "lämnade röstmeddelande", "talemelding", "went to voicemail" stored sure, no note
    found = _read(text)
    assert _asked_call(found) == (Outcome.LIKELY, CALL, customer, TODAY, 1, note), found.reasons


# -- 4. the reader's other rules agree --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Ringte Tine mandag og tirsdag, ingen svar på mandag", "ingen svar på mandag"),
        ("Ringde Volvo mån + tis, inget svar på tisdagen", "inget svar på tisdagen"),
        ("Called Boots Mon and Tue, no answer on Tue", "no answer on Tue"),
    ],
)
def test_a_call_on_two_days_unanswered_on_one_asks_both(text: str, note: str) -> None:
    # weigh._twice: was the answered day's call alone, stored unasked
    found = _read(text)
    got = (found.outcome, found.kind, found.days, found.times, found.reason)
    assert got == (Outcome.LIKELY, CALL, (date(2026, 11, 30), YESTERDAY), 2, note), found.reasons


@pytest.mark.parametrize(
    ("text", "answered", "others", "note"),
    [
        ("Ringerunde i dag: Kiwi, Tine, Telenor – bare Kiwi svarte", "Kiwi", ["Tine", "Telenor"],
         "bare Kiwi svarte"),
        ("Ringde Volvo, Scania och Ica idag, bara Scania svarade", "Scania", ["Volvo", "Ica"],
         "bara Scania svarade"),
        ("Called Boots, Tesco and Asda today, only Boots picked up", "Boots", ["Tesco", "Asda"],
         "only Boots picked up"),
    ],
)  # fmt: skip
def test_a_round_of_calls_asks_the_unanswered_ones_too(
    text: str, answered: str, others: list[str], note: str
) -> None:
    # weigh._only_they_answered: the others were dropped from the chain unasked
    rows = []
    found: Recognition | None = _read(text)
    while found is not None:
        rows.append((found.outcome, found.kind, found.customer, found.reason))
        found = found.also
    # the one who answered: as before (the first of a list stored as it reads, or asked)
    assert [(r[1], r[3]) for r in rows if r[2] == answered] == [(CALL, None)]
    assert [r for r in rows if r[2] != answered] == [
        (Outcome.LIKELY, CALL, other, note) for other in others
    ]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("ringt 12 stk i dag og ingen svarte", 12),
        ("Called 8 prospects this morning, no answer from any of them", 8),
        ("Ringde 15 st idag, nästan ingen svarade", 15),
        ("Ringede til 10 kunder i dag, kun telefonsvarer", 10),
    ],
)
def test_a_count_of_calls_nobody_answered_is_a_count_of_calls(text: str, count: int) -> None:
    # talk_counts: was None (no count, no note on how to log them)
    assert _read(text).outcome is Outcome.NOTHING  # no customer named
    assert talk_count(text) == TalkCount(count, CALLS)
