"""mendG31 (session 31): an unanswered call in a channel message is asked as a call, its "no
answer" words the note, "twice" two (the lead's decision; was dropped in silence); a customer's
warmth said "varme på det" / "varma på det" / "kalde på ideen" is the lead's temperature (was
none in Norwegian and Swedish); a win the author says they won together with a named colleague is
asked, never stored unasked."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind, Temperature
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 12, 2)  # a Wednesday
KNOWN = ["Tine", "Volvo", "Vestas", "HSBC", "Orkla", "Telenor", "Kiwi", "Boots", "Carlsberg"]


def _read(text: str):  # type: ignore[no-untyped-def]
    return recognise(text, today=TODAY, known_customers=KNOWN)


@pytest.mark.parametrize(
    ("text", "customer", "day", "times", "note"),
    [
        ("Ringte Tine i går, fikk ikke svar", "Tine", date(2026, 12, 1), 1, "fikk ikke svar"),
        ("Ringde Volvo, inget svar", "Volvo", TODAY, 1, "inget svar"),
        ("Ringede til Vestas i går, ingen svar", "Vestas", date(2026, 12, 1), 1, "ingen svar"),
        ("Called HSBC twice today, no answer", "HSBC", TODAY, 2, "no answer"),
        ("Ringte Orkla i dag uten svar", "Orkla", TODAY, 1, "uten svar"),
        ("Ringte Kiwi, de svarte ikke", "Kiwi", TODAY, 1, "de svarte ikke"),
    ],
)
def test_an_unanswered_call_is_asked_as_a_call_its_words_the_note(
    text: str, customer: str, day: date, times: int, note: str
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.when, found.times) == (
        Outcome.LIKELY,
        ActivityKind.CALL,
        customer,
        day,
        times,
    ), found.reasons
    assert found.command().note == note


def test_an_answered_call_keeps_no_note_and_a_no_stays_a_held_call() -> None:
    assert _read("Ringte Tine i dag").command().note is None
    found = _read("Ringte Tine, de er ikke interessert")  # they answered and said no
    assert (found.outcome, found.kind, found.command().note) == (
        Outcome.SURE,
        ActivityKind.CALL,
        None,
    )


@pytest.mark.parametrize(
    ("text", "temperature"),
    [
        ("Møte med Orkla i dag, de er varme på det", Temperature.WARM),
        ("Ringte Tine, hun er varm på det", Temperature.WARM),
        ("Møte med Orkla i går, de var kalde på det", Temperature.COLD),
        ("Möte med Volvo idag, de är varma på det", Temperature.WARM),
        ("Möte med Volvo idag, de var heta på offerten", Temperature.HOT),
        ("Møde med Vestas i dag, de er varme på ideen", Temperature.WARM),
        ("Møte med Kiwi i dag, de er varme på tilbudet", Temperature.WARM),
        ("Møte med Kiwi i dag, de er varme på dette", Temperature.WARM),
    ],
)
def test_warm_on_it_is_the_leads_temperature(text: str, temperature: Temperature) -> None:
    found = _read(text)
    assert (found.outcome, found.temperature) == (Outcome.SURE, temperature), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Møte med Orkla i dag, de er kalde på prisen",  # cold on one thing of it
        "Møte med Orkla i dag, de er varme på det nye produktet",  # on a thing named
    ],
)
def test_warm_on_one_thing_of_it_is_no_temperature(text: str) -> None:
    assert _read(text).temperature is None


@pytest.mark.parametrize(
    ("text", "customer", "amount", "mate"),
    [
        ("Jag och Kari vann Telenor 2 mkr", "Telenor", 2_000_000, "Kari"),
        ("Lars og jeg vant Kiwi 500k", "Kiwi", 500_000, "Lars"),
        ("Mette and I closed Boots £22k", "Boots", 22_000, "Mette"),
        ("Alex og jeg har vundet Carlsberg 300.000 kr", "Carlsberg", 300_000, "Alex"),
        ("Vi (Kari og jeg) vant Telenor 2 mill", "Telenor", 2_000_000, "Kari"),
        ("Me and <@U0LARS> closed Boots today, £22k", "Boots", 22_000, "@person"),
        ("Closed Boots with Mette, £22k", "Boots", 22_000, "Mette"),
        ("Vant Telenor sammen med Kari, 2 mill", "Telenor", 2_000_000, "Kari"),
    ],
)
def test_a_win_won_with_a_named_colleague_is_asked(
    text: str, customer: str, amount: int, mate: str
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
    ("text", "outcome", "kind"),
    [
        ("Kari vann Telenor, 2 mkr", Outcome.NOTHING, None),  # hers alone: nothing, as before
        ("Vant Telenor 2 mill", Outcome.SURE, ActivityKind.WIN),
        ("Signerte avtale med Telenor 2 mill", Outcome.SURE, ActivityKind.WIN),
        # a meeting or an offer together is each seller's own activity: as before
        ("Jeg og Kari hadde møte med Orkla i dag", Outcome.SURE, ActivityKind.MEETING),
        ("Kari og jeg sendte tilbud til Kiwi på 200k i dag", Outcome.SURE, ActivityKind.OFFER),
    ],
)
def test_a_win_alone_and_talks_together_are_as_before(
    text: str, outcome: Outcome, kind: ActivityKind | None
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind if kind else None, found.together) == (outcome, kind, None)
