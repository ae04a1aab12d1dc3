"""Session 44 (the lead): channel messages read wrong on main at the session's start, from a
held-out set of 160 messages in four languages written by a helper who never saw the code
(/work/held44, not in the repository), each a class of variants."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
THU = date(2026, 12, 3)
HALF_PAST_THREE = time(15, 30)
KNOWN = ["Tine", "Orkla", "Tesco"]
M, W, OF, L = ActivityKind.MEETING, ActivityKind.WIN, ActivityKind.OFFER, ActivityKind.LOSS
S, A = Outcome.SURE, Outcome.LIKELY
NONE: list[tuple] = []


def _read(text: str):  # type: ignore[no-untyped-def]
    found = recognise(text, today=FRIDAY, known_customers=KNOWN, posted=HALF_PAST_THREE)
    return [
        (r.outcome, r.kind, r.customer, int(r.amount) if r.amount is not None else None, r.when)
        for r in chain(found)
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a win announced, then its name, then the deal's term in a clause of its own before the
        # amount (was nothing: the term stood between the name and its amount)
        ("Signed! Deliveroo, 2 year deal, £340,000 total 🥳", [(S, W, "Deliveroo", 340_000, FRIDAY)]),
        ("Signed! Deliveroo, two year deal, £340,000", [(S, W, "Deliveroo", 340_000, FRIDAY)]),
        ("Signert!! Ringnes AS, 3-årsavtale, totalt 2,1 mill 🎉", [(S, W, "Ringnes AS", 2_100_000, FRIDAY)]),
        ("Underskrevet!! ISS A/S, 3 år, samlet 1,8 mio. kr 🥳", [(S, W, "ISS A/S", 1_800_000, FRIDAY)]),
        ("Vunnet! Tine, 24 mnd binding, 1,2 mill", [(S, W, "Tine", 1_200_000, FRIDAY)]),
        # the term's number is no part of the name ("Deliveroo 2"), a chain's number still is
        ("Signed Deliveroo 2 year deal £340,000", [(S, W, "Deliveroo", 340_000, FRIDAY)]),
        ("Vant Sparebank 1 i dag, 300k", [(S, W, "Sparebank 1", 300_000, FRIDAY)]),
    ],
)  # fmt: skip
def test_a_win_with_its_term_between_name_and_amount(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a terse lower-case loss: the verb and the name alone (emoji, a sigh, its day): asked
        # (was nothing, the loss never counted)
        ("tapt bama", [(A, L, "Bama", None, FRIDAY)]),
        ("förlorade sandvik 😞", [(A, L, "Sandvik", None, FRIDAY)]),
        ("tabt maersk", [(A, L, "Maersk", None, FRIDAY)]),
        ("lost marks & spencer 😭", [(A, L, "Marks & Spencer", None, FRIDAY)]),
        ("tapte kiwi i går, dessverre", [(A, L, "Kiwi", None, THU)]),
        # what people lose that is no customer stays nothing
        ("lost weight", NONE),
        ("tapte stemmen i går", NONE),
        ("lost my keys again", NONE),
        ("lost track of time", NONE),
        # a no heard, said how sure or how sad
        ("Fick definitivt nej på offerten till Bonnier 🙁", [(A, L, "Bonnier", None, FRIDAY)]),
        ("Fikk dessverre nei fra Telenor i dag", [(A, L, "Telenor", None, FRIDAY)]),
    ],
)
def test_a_terse_loss_is_asked(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coffee or lunch with someone from a company: that company's meeting, asked as a meal
        # with the company is (was nothing)
        ("Kaffe med Lise fra Fjordkraft i morges ☕ De er i gang med anbudet", [(A, M, "Fjordkraft", None, FRIDAY)]),
        ("Coffee with Priya from Asda this morning – really useful", [(A, M, "Asda", None, FRIDAY)]),
        ("Lunsj med Per fra Tine i dag", [(A, M, "Tine", None, FRIDAY)]),
        ("Fika med Lisa och Erik från Stockholms stad", [(A, M, "Stockholms stad", None, FRIDAY)]),
        # family, or no company, stays nothing
        ("Middag med Mamma fra Bergen i går", NONE),
        ("Lunch with Tom from accounting", NONE),
    ],
)  # fmt: skip
def test_a_meal_with_someone_from_a_company(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


def test_a_talks_day_in_a_later_sentence_is_not_the_offers() -> None:
    found = _read(
        "Proposal to Octopus Energy Ltd: £210k. Also spoke to their CFO on the phone Tues."
    )
    assert found == [(S, OF, "Octopus Energy Ltd", 210_000, FRIDAY)]  # was dated Tuesday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the offer's noun opening a terse note, then a lower-case name and its amount: asked
        # (was nothing)
        ("tilbud kiwi 150k", [(A, OF, "Kiwi", 150_000, FRIDAY)]),
        ("offer boots £7k", [(A, OF, "Boots", 7_000, FRIDAY)]),
        ("tilbud kiwi", NONE),
        # two talks counted, each with its hour: both asked (was nothing; "after lunch" read as
        # a lunch among ourselves)
        (
            "Two meetings today: Whitbread in the morning and Travelodge after lunch ☕☕",
            [(A, M, "Whitbread", None, FRIDAY), (A, M, "Travelodge", None, FRIDAY)],
        ),
        (
            "2 møter i dag: Tine i formiddag og Kiwi etter lunsj",
            [(A, M, "Tine", None, FRIDAY), (A, M, "Kiwi", None, FRIDAY)],
        ),
        ("Møte med Orkla etter lunsj i dag", [(S, M, "Orkla", None, FRIDAY)]),
    ],
)
def test_terse_notes_and_counted_talks(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an offer said sent "now" beside a talk on another day is today's (was the talk's day)
        (
            "Demoen for Storebrand på onsdag gikk knallbra, de ba om pricing. Quote sendt nå, 780k ARR",
            [(S, M, "Storebrand", None, date(2026, 12, 2)), (A, OF, "Storebrand", 780_000, FRIDAY)],
        ),
        (
            "Met Boots on Monday, just sent the quote £40k",
            [(S, M, "Boots", None, date(2026, 11, 30)), (A, OF, "Boots", 40_000, FRIDAY)],
        ),
        # with no day of its own, still the talk's
        (
            "Bra möte med Volvo i måndags! Offert på 1,2 mkr skickad",
            [(S, M, "Volvo", None, date(2026, 11, 30)), (A, OF, "Volvo", 1_200_000, date(2026, 11, 30))],
        ),
    ],
)  # fmt: skip
def test_an_offer_sent_now_is_todays(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # how a meeting went, said in more words, and visits said "up at" or "down at"
        ("Aye, grand meeting wi the lads at AG Barr yesterday, they're keen", [(S, M, "AG Barr", None, THU)]),
        ("Cracking meeting with Greggs this morning", [(S, M, "Greggs", None, FRIDAY)]),
        ("Var oppe ved Skiold i Sæby i går, godt møde.", [(S, M, "Skiold", None, THU)]),
        ("Var nede hos Orkla i går", [(S, M, "Orkla", None, THU)]),
        ("Var oppe ved hytta i helgen", NONE),
    ],
)  # fmt: skip
def test_meetings_said_in_other_words(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a customer chose a rival and the author is sorry about it: our loss, asked (was
        # nothing unless the customer was known with an offer out)
        ("Vattenfall valde Tietoevry. Surt.", [(A, L, "Vattenfall", None, FRIDAY)]),
        ("Lego valgte Tietoevry 😒", [(A, L, "Lego", None, FRIDAY)]),
        ("Orkla valgte Visma :disappointed:", [(A, L, "Orkla", None, FRIDAY)]),
        ("Northvolt gick med en konkurrent", [(A, L, "Northvolt", None, FRIDAY)]),
        # their news, with nothing of ours in it, stays nothing
        ("Equinor valgte Microsoft for skyen", NONE),
        ("Orkla valgte Visma", NONE),
        # nothing came of it with them: a loss, asked; a meeting that did not happen is none
        ("Det blev ikke til noget med Netcompany", [(A, L, "Netcompany", None, FRIDAY)]),
        ("Det ble ikke noe av med Orkla", [(A, L, "Orkla", None, FRIDAY)]),
        ("Kiwi-møtet ble ikke noe av i dag", NONE),
        ("Tine ville ikke ha møte før jul", NONE),
        # a yes that came back, and a lower-case loss with the rival said after it
        ("Bestseller kom tilbage med et ja 🎉 kvart mio", [(A, W, "Bestseller", 250_000, FRIDAY)]),
        ("lost rentokil. they're staying with the incumbent", [(A, L, "Rentokil", None, FRIDAY)]),
        # a face of regret leaves a plain note as it was
        ("tapt bama 😞", [(A, L, "Bama", None, FRIDAY)]),
        ("møte med kiwi i dag 😞", [(S, M, "Kiwi", None, FRIDAY)]),
    ],
)
def test_losses_said_as_their_choice_or_nothing_come_of_it(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "known", "customer"),
    [
        # a known short name in capitals at the end of a longer name is another company (the
        # end-to-end review: "Aker BP" was read as BP once BP was a customer)
        ("Møte med Aker BP i dag", ["BP"], "Aker BP"),
        ("Vant Aker BP 300k", ["BP"], "Aker BP"),
        ("Møte med BP i dag", ["BP"], "BP"),
        ("Møte BP i dag", ["BP"], "BP"),
        ("Ringte Per DNB", ["DNB"], "DNB"),
    ],
)
def test_a_known_acronym_inside_a_longer_name_is_not_that_customer(text, known, customer) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=FRIDAY, known_customers=known, posted=HALF_PAST_THREE)
    assert found.customer == customer, found.reasons


@pytest.mark.parametrize(
    "text",
    ["Tilbud til Tine 900k, justert ned etter 1,1 mill", "Vant Tine 900k (ned etter 1,1 mill)"],
)
def test_the_amount_it_was_before_stays_told_apart(text: str) -> None:
    # review of session 44: a second `_FROM` in judge shadowed the first for a few commits, and
    # "etter 1,1 mill" (the old amount) was asked about as one of two
    [found] = _read(text)
    assert found[0] is S and found[3] == 900_000, found
