"""mendA32 (session 32). A count of calls or meetings written in words is read as the count the
digits are ("Ringde Scania idag, tre samtal" is asked as 3 calls, as "3 samtal" is; was one call
stored unasked, the count dropped), in the channel reader and the log commands alike, by
dates.count_said's one table of number words. A joint win said "together, Kari and I" gets the
joint-win question mendG31's "Kari and I won …" gets. A revision asked says it is one."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command
from bot.services.commands.times import said_times

TODAY = date(2027, 3, 16)  # a Tuesday
KNOWN = ["Scania", "Volvo", "Equinor", "Boots", "Tesco", "Lego", "Tine", "Orkla", "Hydro"]


def _read(text: str):  # type: ignore[no-untyped-def]
    return recognise(text, today=TODAY, known_customers=KNOWN)


# -- 1. a count in words is the count -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "customer", "count"),
    [
        ("Ringde Scania idag, tre samtal", ActivityKind.CALL, "Scania", 3),
        ("Ringte Equinor i dag, tre samtaler", ActivityKind.CALL, "Equinor", 3),
        ("Tre samtal med Volvo idag", ActivityKind.CALL, "Volvo", 3),
        ("Ringede til Lego i dag, tre opkald", ActivityKind.CALL, "Lego", 3),
        ("Tre opkald med Lego i dag", ActivityKind.CALL, "Lego", 3),
        ("Called Boots today, three calls", ActivityKind.CALL, "Boots", 3),
        ("Three calls with Boots today", ActivityKind.CALL, "Boots", 3),
        ("Fem samtaler med Tine i dag", ActivityKind.CALL, "Tine", 5),
        ("To møter med Tine i dag", ActivityKind.MEETING, "Tine", 2),
        ("Møte med Tine i dag, to møter", ActivityKind.MEETING, "Tine", 2),
        ("Två möten med Volvo idag", ActivityKind.MEETING, "Volvo", 2),
        ("Had two meetings with Tesco today", ActivityKind.MEETING, "Tesco", 2),
        ("Ringde Scania idag, fyra samtal", ActivityKind.CALL, "Scania", 4),
        ("Ringte Equinor i dag, ti samtaler", ActivityKind.CALL, "Equinor", 10),
    ],
)
def test_a_count_in_words_is_asked_as_that_many_as_digits_are(
    text: str, kind: ActivityKind, customer: str, count: int
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.when, found.times) == (
        Outcome.LIKELY,
        kind,
        customer,
        TODAY,
        count,
    ), found.reasons
    # the same as the digits: one rule
    digits = _read(text.replace(found.times_said or "?", f"{count} {found.times_said.split()[-1]}"))
    assert (digits.outcome, digits.times, digits.customer) == (Outcome.LIKELY, count, customer)


@pytest.mark.parametrize(
    "text",
    [
        "Went to meetings with Tesco today",  # "to", the English preposition
        "Ringde Scania idag, ett samtal",  # one
        "Møte med Tine i dag",
    ],
)
def test_a_word_that_is_no_count_keeps_one(text: str) -> None:
    found = _read(text)
    assert found.outcome is not Outcome.NOTHING and found.times == 1, found.reasons


def test_har_ni_moten_is_no_count_of_nine() -> None:
    assert said_times("Har ni möten med Volvo idag") is None
    assert said_times("Ni møter med Tine i dag").count == 9  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "kind", "count"),
    [
        ("Tine tre samtaler i dag", ActivityKind.CALL, 3),
        ("Boots three calls", ActivityKind.CALL, 3),
        ("Volvo två möten igår", ActivityKind.MEETING, 2),
        ("Lego fire møder i dag", ActivityKind.MEETING, 4),
    ],
)
def test_the_log_commands_read_the_count_in_words_too(
    text: str, kind: ActivityKind, count: int
) -> None:
    cmd = parse_log_command(kind, text, today=TODAY)
    assert (cmd.times, cmd.note) == (count, None)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Seks møter i dag: Tine, Orkla, Hydro, Equinor, Scania, Lego", ActivityKind.MEETING),
        ("Sex samtal idag: Tine, Orkla, Hydro, Equinor, Scania, Volvo", ActivityKind.CALL),
    ],
)
def test_a_count_in_words_heading_its_names_is_one_talk_each(text: str, kind: ActivityKind) -> None:
    """cues' count said first reads dates.count_said's words up to ten (was two to five: "Seks
    møter i dag: …" was nothing, six known customers dropped unsaid)."""
    found = _read(text)
    names = []
    while found is not None:
        assert (found.kind, found.times) == (kind, 1), found.reasons
        names.append(found.customer)
        found = found.also
    assert len(names) == 6


# -- 2. a joint win said "together, Kari and I" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "customer", "amount", "mate"),
    [
        ("Vi vann Orkla tillsammans, Kari och jag! 750 tkr", "Orkla", 750_000, "Kari"),
        ("Vi vandt Hydro sammen, Kari og jeg!", "Hydro", None, "Kari"),
        ("Vi vant Orkla sammen, Lars og jeg! 750k", "Orkla", 750_000, "Lars"),
        ("We closed Tesco together, me and Alex", "Tesco", None, "Alex"),
        ("Orkla vunnet – Kari og jeg sammen 🎉", "Orkla", None, "Kari"),
        ("Won Tesco together, Alex and I, £40k", "Tesco", 40_000, "Alex"),
        ("Vunnet Orkla, 750k – jeg og Lars", "Orkla", 750_000, "Lars"),
        ("Vann Volvo 2 mkr, jag och Kari tillsammans", "Volvo", 2_000_000, "Kari"),
        ("Vant Tine i dag! Kari og jeg sammen, 300k", "Tine", 300_000, "Kari"),
        ("Tesco signed! Me and Alex, together 🎉", "Tesco", None, "Alex"),
    ],
)
def test_a_win_with_the_pair_told_after_it_is_the_joint_win_question(
    text: str, customer: str, amount: int | None, mate: str
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.amount, found.together) == (
        Outcome.LIKELY,
        ActivityKind.WIN,
        customer,
        amount,
        mate,
    ), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Vant Tine 300k, Kari og jeg skal feire i kveld",  # the pair goes on to do another thing
        "Vant Tine 300k. Kari og jeg feirer i kveld",
    ],
)
def test_a_pair_doing_something_else_after_the_win_is_no_joint_win(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.together) == (Outcome.SURE, ActivityKind.WIN, None)


def test_a_meeting_with_the_pair_after_it_is_as_before() -> None:
    found = _read("Møte med Tine i dag, Kari og jeg")
    assert (found.outcome, found.kind, found.together) == (Outcome.SURE, ActivityKind.MEETING, None)


# -- 3. a revision word and its amount: sure in every shape and language ------------------------


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        # the shape "the Tesco proposal" was asked, "offer to Tesco" sure: one rule now
        ("Revised the Tesco proposal, now £52k", "Tesco", 52_000),
        ("Revised the Tesco quote, now £52k", "Tesco", 52_000),
        ("Updated the Tesco proposal to £52k", "Tesco", 52_000),
        ("Tesco proposal revised, now £52k", "Tesco", 52_000),
        ("Revidert Tine-tilbudet, nå 1,4 mill", "Tine", 1_400_000),
        ("Revideret Carlsberg-tilbuddet: 520.000 kr", "Carlsberg", 520_000),
        ("Uppdaterad Volvo-offert 1,2 mkr", "Volvo", 1_200_000),
        ("Orkla har fått justert tilbud – nå 900k", "Orkla", 900_000),
        # as before
        ("Revised offer to Tesco, now £52k", "Tesco", 52_000),
        ("Revideret tilbud til Carlsberg, nu 520.000 kr", "Carlsberg", 520_000),
    ],
)
def test_a_revision_word_and_its_amount_make_the_offer_sure(
    text: str, customer: str, amount: int
) -> None:
    found = recognise(
        text,
        today=TODAY,
        known_customers=[*KNOWN, "Carlsberg"],
        open_offers={customer.casefold()},
    )
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.SURE,
        ActivityKind.OFFER,
        customer,
        amount,
    ), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Revised the Tesco proposal",  # no amount: nothing to revise it to
        "Tesco proposal now £52k",  # no revision word: the weak noun, asked as before
    ],
)
def test_without_the_word_or_the_amount_it_is_as_before(text: str) -> None:
    found = recognise(text, today=TODAY, known_customers=KNOWN, open_offers={"tesco"})
    assert found.outcome is not Outcome.SURE, found.reasons


@pytest.mark.parametrize(
    ("text", "customer", "said"),
    [
        ("Ringte Tine et par ganger i dag", "Tine", "et par ganger"),
        ("Et par samtaler med Tine i dag", "Tine", "Et par samtaler"),
        ("Ringde Scania ett par gånger idag", "Scania", "ett par gånger"),
        ("Ringede til Lego et par gange i dag", "Lego", "et par gange"),
        ("Called Boots a couple of times today", "Boots", "a couple of times"),
        ("Had a couple of calls with Boots today", "Boots", "a couple of calls"),
        ("Met Tesco a few times this week", "Tesco", "a few times"),
    ],
)
def test_a_count_without_a_number_is_asked_never_one_unsaid(
    text: str, customer: str, said: str
) -> None:
    """ "a couple of" / "et par" is no count (dates.count_said): asked with its words shown,
    Record storing one with them as its note (was one stored unasked, the words dropped)."""
    found = _read(text)
    assert (found.outcome, found.customer, found.times, found.times_said) == (
        Outcome.LIKELY,
        customer,
        1,
        said,
    ), found.reasons
    assert found.command().times_said == said
