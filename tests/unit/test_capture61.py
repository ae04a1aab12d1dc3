"""Session 61: channel messages misread around session 60's notes. A Swede's "sökte" (tried to
reach) before a customer ("Sökte Swedbank två gånger idag, inget svar" was nothing): a call
tried, asked as any attempt; someone who looked for us, or for something, is no call."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

THURSDAY = date(2027, 2, 4)
KNOWN = ("Swedbank", "Volvo Cars", "ICA Gruppen")


def _read(text: str):  # type: ignore[no-untyped-def]
    return recognise(
        text,
        today=THURSDAY,
        krone="SEK",
        posted=time(15),
        known_customers=KNOWN,
        open_offers=set(),
    )


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Sökte Swedbank två gånger idag, inget svar", "Swedbank"),
        ("sökte Volvo Cars hela förmiddagen utan svar", "Volvo Cars"),
    ],
)  # fmt: skip
def test_a_swedes_call_tried(text, customer) -> None:  # type: ignore[no-untyped-def]
    found = _read(text)
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.LIKELY,
        ActivityKind.CALL,
        customer,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Anna på Ica sökte dig, ring henne",
        "Vi sökte nya säljare förra året",
        "Sökte efter Ica:s inköpare på LinkedIn",
        # (review: applying for something is no call)
        "Vi har sökt bidrag från Vinnova",
        "Har sökt jobb hos Volvo Cars",
    ],
)  # fmt: skip
def test_looked_for_is_no_call(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text).outcome is Outcome.NOTHING


MONDAY = date(2027, 4, 19)
NORDIC = ("Nordic Semiconductor ASA", "Bang & Olufsen", "Velux", "AF Gruppen ASA", "Linak")


def _read_on_monday(text: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return recognise(
        text, today=MONDAY, krone=krone, posted=time(15), known_customers=NORDIC, open_offers=set()
    )


@pytest.mark.parametrize(
    ("text", "krone", "due"),
    [
        # (held61 messages_g) their wish before the talk's noun and its day: the next one
        ("møde hos Bang & Olufsen i torsdags, de vil se en demo i næste uge", "DKK", date(2027, 4, 30)),
        ("møde hos Bang & Olufsen i torsdags, de ønsker en demo på fredag", "DKK", date(2027, 4, 23)),
        ("met Velux on Thursday, they want to see a demo next week", "GBP", date(2027, 4, 30)),
        # a town where the next one is held, before or after its day, in a sentence or a form
        ("Møte med Nordic Semiconductor ASA 15.4, neste: demo 28/4 i Trondheim", "NOK", date(2027, 4, 28)),
        ("Møtereferat 📝\nkunde: Nordic Semiconductor ASA\ndato: 15.4\nneste steg: demo i Trondheim 28/4", "NOK", date(2027, 4, 28)),
    ],
)  # fmt: skip
def test_the_next_step_wished_or_held_in_a_town(text, krone, due) -> None:  # type: ignore[no-untyped-def]
    found = _read_on_monday(text, krone)
    assert found.outcome is Outcome.SURE
    assert found.also is None
    step = found.next_step or found.follow_up  # (a talk said to come, or a follow-up's day)
    assert step is not None and step.due == due


@pytest.mark.parametrize(
    ("text", "krone", "customer", "when"),
    [
        ("AF Gruppen ASA: telefonmøte i mandags, ny runde mandag", "NOK", "AF Gruppen ASA", date(2027, 4, 12)),
        ("Linak: telefonmøde i dag, ny snak mandag", "DKK", "Linak", MONDAY),
    ],
)  # fmt: skip
def test_a_phone_meeting_is_a_call(text, krone, customer, when) -> None:  # type: ignore[no-untyped-def]
    found = _read_on_monday(text, krone)
    assert (found.kind, found.customer, found.when) == (ActivityKind.CALL, customer, when)
    step = found.next_step or found.follow_up
    assert step is not None and step.due == date(2027, 4, 26)


UK_SE = (
    "Sandvik AB",
    "Rolls-Royce",
    "Vodafone",
    "Lloyds Banking Group",
    "Alfa Laval",
    "Network Rail",
)


def _read_h(text: str, krone: str):  # type: ignore[no-untyped-def]
    return recognise(
        text, today=MONDAY, krone=krone, posted=time(15), known_customers=UK_SE, open_offers=set()
    )


@pytest.mark.parametrize(
    ("text", "krone", "outcome", "kind", "customer", "when", "due"),
    [
        # a walkthrough at the customer's, and meeting there again
        ("Riktigt bra genomgång hos Sandvik AB idag, ses igen tors 29/4", "SEK", Outcome.SURE, ActivityKind.MEETING, "Sandvik AB", MONDAY, date(2027, 4, 29)),
        ("Really good session at Rolls-Royce today, back there Thu 29/4", "GBP", Outcome.SURE, ActivityKind.MEETING, "Rolls-Royce", MONDAY, date(2027, 4, 29)),
        # the tender pulled: a loss, asked
        ("Vodafone pulled the tender, budget freeze 🥶 dead for now", "GBP", Outcome.LIKELY, ActivityKind.LOSS, "Vodafone", MONDAY, None),
        # another go tomorrow, "tomorrow" misspelt
        ("Tried Lloyds Banking Group twice, straight to voicemail 📵 will have another go tomorow", "GBP", Outcome.LIKELY, ActivityKind.CALL, "Lloyds Banking Group", MONDAY, date(2027, 4, 20)),
        # a form's heading in the singular, and its "Who:" field
        ("Mötesanteckning 📝\nKund: Alfa Laval\nDatum: tis 13/4\nMed: jag + Oskar\nNästa: workshop 4/5", "SEK", Outcome.SURE, ActivityKind.MEETING, "Alfa Laval", date(2027, 4, 13), date(2027, 5, 4)),
        ("Meeting notes 📝\nClient: Network Rail\nDate: Tue 13/4\nWho: me + Priya\nNext: site visit Wed 5/5", "GBP", Outcome.SURE, ActivityKind.MEETING, "Network Rail", date(2027, 4, 13), date(2027, 5, 5)),
    ],
)  # fmt: skip
def test_held61_messages_h(text, krone, outcome, kind, customer, when, due) -> None:  # type: ignore[no-untyped-def]
    found = _read_h(text, krone)
    assert (found.outcome, found.kind, found.customer, found.when) == (
        outcome,
        kind,
        customer,
        when,
    )
    step = found.next_step or found.follow_up
    assert (step.due if step else None) == due


@pytest.mark.parametrize(
    "text",
    [
        "Ica är kund hos oss sedan länge",
        "Tesco is a customer of ours, great people",
        # (review: a customer said to be one is no win, whatever its figures)
        "Tesco is a customer, invoice £40k overdue",
        "Alfa Laval är kund – fakturan på 120 000 kr är betald",
    ],
)
def test_a_customer_of_long_standing_is_no_win(text) -> None:  # type: ignore[no-untyped-def]
    assert _read_h(text, "SEK").outcome is Outcome.NOTHING


FRIDAY_JUNE = date(2027, 6, 11)


def _read_friday(text: str, krone: str):  # type: ignore[no-untyped-def]
    return recognise(
        text,
        today=FRIDAY_JUNE,
        krone=krone,
        posted=time(15),
        known_customers=("Tesco PLC", "Electrolux", "Fjordkraft"),
        open_offers=set(),
    )


@pytest.mark.parametrize(
    ("text", "krone", "customer", "when"),
    [
        # (held61 round two) the one day said is the booking's: the talk's is today
        ("Called Tesco, they want a demo, booked Thursday", "GBP", "Tesco PLC", FRIDAY_JUNE),
        ("Ringte Tine, de vil ha demo, booket torsdag", "NOK", "Tine", FRIDAY_JUNE),
        # the demo wanted in the call's own clause, booked after it
        ("Electrolux ringde mig i onsdags och vill ha en demo, bokat torsdag 10:00", "SEK", "Electrolux", date(2027, 6, 9)),
        # their ask for another call, with its day
        ("Called Tesco, they asked for another call Monday", "GBP", "Tesco PLC", FRIDAY_JUNE),
    ],
)  # fmt: skip
def test_held61_round_two_the_talks_day_and_its_booking(text, krone, customer, when) -> None:  # type: ignore[no-untyped-def]
    found = _read_friday(text, krone)
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE, ActivityKind.CALL, customer, when
    )  # fmt: skip
    step = found.next_step or found.follow_up
    assert step is not None and step.due in (date(2027, 6, 17), date(2027, 6, 14))


def test_a_talk_said_on_its_day_keeps_it_beside_the_booking() -> None:
    found = _read_friday("Called Tesco Thursday, booked a demo Thursday", "GBP")
    assert found.when == date(2027, 6, 10)


def test_a_british_companys_plural_before_its_win_word() -> None:
    """(held61 messages_h) "Argos are on board £30k": asked as "Argos is on board" is (was
    nothing); chatter with "are" stays nothing."""
    found = _read_h("Argos are on board £30k", "GBP")
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.LIKELY, ActivityKind.WIN, "Argos", 30000
    )  # fmt: skip
    for chatter in ("Boots are a nightmare to deal with", "The kids are in Tesco with my wife"):
        assert _read_h(chatter, "GBP").outcome is Outcome.NOTHING
