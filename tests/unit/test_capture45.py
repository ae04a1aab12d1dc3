"""Session 45 (the lead): channel messages met in silence on main at the session's start, from a
held-out set written by helpers who never saw the code (/work/held45, not in the repository),
each a class of variants. A lower-case name is never recorded unasked: these are asked."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
MONDAY = date(2026, 11, 30)
HALF_PAST_THREE = time(15, 30)
KNOWN = ["Tine", "Orkla", "Tesco"]
M, C, L = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.LOSS
A = Outcome.LIKELY


def _read(text: str):  # type: ignore[no-untyped-def]
    found = recognise(text, today=FRIDAY, known_customers=KNOWN, posted=HALF_PAST_THREE)
    return [
        (r.outcome, r.kind, r.customer, r.when)
        for r in chain(found)
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call's verb, the lower-case name, then that nobody answered (no day said)
        ("ringde axfood inget svar", [(A, C, "Axfood", FRIDAY)]),
        ("called bosch no answer", [(A, C, "Bosch", FRIDAY)]),
        ("ringte elkjop ingen svar", [(A, C, "Elkjop", FRIDAY)]),
        # the town between the name and its day
        ("møte med ikea i älmhult i måndags", [(A, M, "Ikea", MONDAY)]),
        ("møte med bama på alnabru i dag", [(A, M, "Bama", FRIDAY)]),
        # regret after a lost lower-case name
        ("forlorade ericsson tyvärr", [(A, L, "Ericsson", FRIDAY)]),
        ("mistede dsv desværre, de valgte en billigere leverandør", [(A, L, "Dsv", FRIDAY)]),
        ("lost vodafone sadly", [(A, L, "Vodafone", FRIDAY)]),
    ],
)  # fmt: skip
def test_a_lower_case_name_with_what_followed_it_is_asked(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ringte mamma ingen svar",  # no customer
        "ringte tilbake i dag",  # a direction, no name
        "møte med sjefen i morgen",  # a plan
        "ringte kunden ingen svar",  # a noun in its definite form, no name
    ],
)
def test_what_names_no_customer_stays_nothing(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == []


OF = ActivityKind.OFFER
S = Outcome.SURE
THU = date(2026, 12, 3)
THURSDAY_LAST_WEEK = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word of ours inside a company's name its legal form ends, mid-sentence (was a meeting
        # with "Point AS", an offer to "Best")
        ("sendt tilbud til Meeting Point AS på 1,2 mill", [(S, OF, "Meeting Point AS", FRIDAY)]),
        ("sent quote to Best Call Centre AS - NOK 128 000", [(S, OF, "Best Call Centre AS", FRIDAY)]),
        ("Proposal out to Meeting Room Solutions Ltd for $75,000", [(S, OF, "Meeting Room Solutions Ltd", FRIDAY)]),
        ("Møte med Offer Holdings Ltd i dag", [(S, M, "Offer Holdings Ltd", FRIDAY)]),
        # the verb opening the sentence stays the record's
        ("Vann Fokus AB 300k", [(S, ActivityKind.WIN, "Fokus AB", FRIDAY)]),
        # a person's common first name before "i"/"hos" and the company: the company's talk
        ("tlf med Mari i Hurtigruten i dag", [(S, C, "Hurtigruten", FRIDAY)]),
        ("hadde et kjapt tlf med Mari hos Hurtigruten i går", [(S, C, "Hurtigruten", THU)]),
        # a day in words, then its date in brackets: the date written out
        ("Meeting with Equinor last Thursday (26/11) – forgot to log it", [(S, M, "Equinor", THURSDAY_LAST_WEEK)]),
    ],
)  # fmt: skip
def test_the_customer_and_day_are_the_ones_written(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "sendte tilbud til Mester Grønn i morges, 205k.. sorry, 250k skulle det være 🙈",
        "Tilbud til Mester Grønn 205k, sorry 250k",
        "Tilbud til Mester Grønn 205k, beklager, 250k",
        "Tilbud til Mester Grønn 205k.. 250k skal det være",
    ],
)
def test_the_amount_said_after_regret_is_the_one_meant(text) -> None:  # type: ignore[no-untyped-def]
    """Was 205k stored sure: the amount the seller took back."""
    found = recognise(text, today=FRIDAY, known_customers=KNOWN, posted=HALF_PAST_THREE)
    assert (found.customer, int(found.amount or 0)) == ("Mester Grønn", 250_000)
    # session 67: put right in the post itself, the one record, sure (was asked as a correction
    # of a post before is; held-out writers of sessions 64–67 read it sure)
    assert found.outcome is Outcome.SURE


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        # "&" inside a name its legal form ends, and the form past four words (was nothing, or
        # the name without its form)
        ("skickat offert till Tak & Fasad Norr AB på 340 tkr", "Tak & Fasad Norr AB"),
        ("skickat offert till Bygg & Fasad Norr AB på 340 tkr", "Bygg & Fasad Norr AB"),
    ],
)
def test_a_name_with_an_ampersand_and_its_legal_form_is_whole(text, customer) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == [(S, OF, customer, FRIDAY)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # we did it, said to a colleague named first (was the colleague's news: nothing)
        ("<@U024BE7LH> vi hadde møte med Hafslund i dag", [(S, M, "Hafslund", FRIDAY)]),
        ("<@U024BE7LH> vi tapte Hafslund, de valgte Tieto.", [(A, L, "Hafslund", FRIDAY)]),
        ("<@U024BE7LH> we lost Hafslund", [(A, L, "Hafslund", FRIDAY)]),
        # the customer said again as who wants something: their wish, no plan of ours
        ("Møte med Tine i dag og Tine vil ha tilbud", [(S, M, "Tine", FRIDAY)]),
        ("Møde med Grundfos i dag og Grundfos vil have et tilbud", [(S, M, "Grundfos", FRIDAY)]),
    ],
)  # fmt: skip
def test_whose_news_it_is(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize("text", ["<@U024BE7LH> tapte Hafslund", "@Kari vant Tine! 🎉"])
def test_a_colleague_named_first_without_we_is_still_theirs(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a company's compound in the definite form, written small ("-gruppen", "-giganten",
        # "-kjøpet"): a name, where "sjefen", "kunden" are nouns (were nothing)
        ("möte med elgiganten idag", [(S, M, "Elgiganten", FRIDAY)]),
        ("møte med norgesgruppen i dag", [(S, M, "Norgesgruppen", FRIDAY)]),
        ("tapte norgesgruppen dessverre, de gikk for konkurrenten", [(A, L, "Norgesgruppen", FRIDAY)]),
    ],
)  # fmt: skip
def test_a_firms_compound_in_the_definite_form_is_a_name(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "møte med sjefen i dag",
        "ringte banken i dag",
        "ringte sparebanken i dag",
        "møte med huset i dag",
    ],
)
def test_a_noun_in_the_definite_form_is_still_no_name(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reply to a question quoted above it, the customer named only there (was nothing)
        ("> Hvordan gikk det med 3M?\nBra! Snakket med dem på telefon i går", [(A, C, "3M", THU)]),
        ("> Hur gick det med Telia?\nBra, skickade offerten igår: 3,5 mkr", [(A, OF, "Telia", THU)]),
        ("> Hvordan går det med Lego?\nHavde et opkald med dem i går", [(A, C, "Lego", THU)]),
        # the reply naming its own customer is read as it says
        ("> Har noen hørt fra Tine?\nJa, møte med Kiwi i dag", [(S, M, "Kiwi", FRIDAY)]),
        # nothing done in the reply: nothing
        ("> Hvordan gikk det med 3M?\nIkke hørt noe enda", []),
    ],
)  # fmt: skip
def test_a_reply_to_a_quoted_question(text, expected) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == expected


W = ActivityKind.WIN


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Won back Circle K 🙌 NOK 2.3M over 3 years", "Circle K", 2_300_000),
        ("Vant tilbake Circle K! 2,3 mill", "Circle K", 2_300_000),
    ],
)
def test_a_customer_won_back_is_a_win(text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    """Was nothing: "back" stood between the verb and the new name."""
    found = recognise(text, today=FRIDAY, known_customers=KNOWN, posted=HALF_PAST_THREE)
    assert (found.outcome, found.kind, found.customer, int(found.amount or 0)) == (
        S,
        W,
        customer,
        amount,
    )


@pytest.mark.parametrize(
    "text",
    [
        "ringte opp igjen til kiwi ang tilbudet, de trenger en uke til",
        "ringte opp igjen til kiwi i dag",
    ],
)
def test_a_call_made_again_to_a_lower_case_name_is_asked(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == [(A, C, "Kiwi", FRIDAY)]


@pytest.mark.parametrize(
    "text", ["ringte opp igjen i dag", "ringte kunden ang tilbudet", "ringte mamma ang middag"]
)
def test_no_one_named_after_the_call_stays_nothing(text) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == []
