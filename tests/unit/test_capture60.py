"""Session 60: channel messages the blind held-out sets (held60, today Thu 4 Feb 2027) misread.
A meeting with the customer's team praised after its name ("First meeting with Harrow & Finch
Ltd today, nice team." was nothing: "team" a meeting among ourselves); a new name written small
with its legal form ("möte med polarbröd ab i måndags", "møte med hagen bygg as i går" were
nothing)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

THURSDAY = date(2027, 2, 4)
M = ActivityKind.MEETING
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "GBP"}
KNOWN = ("Tesco", "Storebrand")


def _read(text: str, language: str = "nb"):  # type: ignore[no-untyped-def]
    return recognise(
        text,
        today=THURSDAY,
        krone=KRONE[language],
        posted=time(15),
        known_customers=KNOWN,
        open_offers=set(),
    )


@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [
        ("First meeting with Harrow & Finch Ltd today, nice team.", "en", "Harrow & Finch Ltd"),
        ("First meeting with Harrow & Finch Ltd today, nice team. Sending pricing Weds", "en", "Harrow & Finch Ltd"),
        ("Met Tesco today, lovely team", "en", "Tesco"),
        ("Møte med Storebrand i dag, veldig hyggelig team", "nb", "Storebrand"),
    ],
)  # fmt: skip
def test_the_customers_team_praised_after_its_name_is_no_internal_meeting(
    text, language, customer
) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, language)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, M, customer)


@pytest.mark.parametrize("text", ["Team meeting today, great team", "Teammøte i dag, bra team"])
def test_our_own_team_meeting_stays_nothing(text: str) -> None:
    assert _read(text, "en").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "language", "customer", "when"),
    [
        ("möte med polarbröd ab i måndags", "sv", "polarbröd AB", date(2027, 2, 1)),
        ("møte med hagen bygg as i går", "nb", "hagen bygg AS", date(2027, 2, 3)),
    ],
)
def test_a_new_name_written_small_with_its_legal_form(text, language, customer, when) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, language)
    assert found.outcome is not Outcome.NOTHING
    assert (found.kind, found.customer, found.when) == (M, customer, when)


def test_a_noun_written_small_stays_no_customer() -> None:
    assert _read("møte med hagen i går").outcome is Outcome.NOTHING
    assert _read("møte med sjefen i dag").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "language", "kind", "customer", "when", "step"),
    [
        ("Møte Nammo\nDato: tirs 2.2\nMed: meg og Eirik\nNeste steg: demo uke 7", "nb", M, "Nammo", date(2027, 2, 2), date(2027, 2, 19)),
        ("Møte med Nammo\nDato: tirs 2.2\nNeste steg: demo uke 7", "nb", M, "Nammo", date(2027, 2, 2), date(2027, 2, 19)),
        ("Workshop Alfa Laval\nDatum: tis 2/2\nDeltog: jag + Johan\nNästa: offert v. 7", "sv", M, "Alfa Laval", date(2027, 2, 2), date(2027, 2, 19)),
        ("Mødenotat 📝\nKunde: Rockwool\nDato: tirs 2.2\nDeltagere: mig + Line\nNæste skridt: workshop d. 23/2", "da", M, "Rockwool", date(2027, 2, 2), date(2027, 2, 23)),
        ("Call notes 📞\nCustomer: Severn Trent\nDate: Tues 2/2\nWith: me + Hannah\nNext: site visit 22/2", "en", ActivityKind.CALL, "Severn Trent", date(2027, 2, 2), date(2027, 2, 22)),
        # a customer's field wins over a heading's capitalised word
        ("Møte Tirsdag\nKunde: Nammo\nDato: tirs 2.2", "nb", M, "Nammo", date(2027, 2, 2), None),
    ],
)  # fmt: skip
def test_a_form_under_a_heading_with_its_customer_or_whom_the_seller_went_with(
    text, language, kind, customer, when, step
) -> None:  # type: ignore[no-untyped-def]
    found = recognise(
        text,
        today=THURSDAY,
        krone=KRONE[language],
        posted=time(15),
        known_customers=("Nammo", "Alfa Laval", "Rockwool", "Severn Trent"),
        open_offers=set(),
    )
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE,
        kind,
        customer,
        when,
    )
    follow = found.next_step or found.follow_up
    assert (follow.due if follow else None) == step


@pytest.mark.parametrize(
    "text",
    [
        "Tilbud til Coloplast 920.000 DKK. Følger op i denne uge",
        "Nyt tilbud til Coloplast efter deres feedback – nu 920.000 kr i stedet for 1 mio. Følger op i denne uge",
    ],
)
def test_a_step_opening_the_next_sentence_with_its_verb_capitalised(text: str) -> None:
    found = recognise(
        text, today=THURSDAY, krone="DKK", known_customers=("Coloplast",), open_offers=set()
    )
    follow = found.next_step or found.follow_up
    assert (
        found.kind is ActivityKind.OFFER and follow is not None and follow.due == date(2027, 2, 5)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Tilbud ude hos Kamstrup, 450 t.kr.",
        "Tilbud ude hos Kamstrup, 450 t.kr., følger op om to uger",
    ],
)
def test_an_offer_out_with_the_customer_in_danish_is_the_offer_sent(text: str) -> None:
    found = recognise(
        text, today=THURSDAY, krone="DKK", known_customers=("Kamstrup",), open_offers=set()
    )
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.SURE,
        ActivityKind.OFFER,
        "Kamstrup",
    )
    assert found.also is None


def test_out_at_the_customer_without_an_offer_is_still_a_visit() -> None:
    found = recognise(
        "Var ude hos Kamstrup i dag",
        today=THURSDAY,
        krone="DKK",
        known_customers=("Kamstrup",),
        open_offers=set(),
    )
    assert (found.outcome, found.kind) == (Outcome.SURE, M)


def test_a_day_then_a_dash_and_the_amount_in_a_message() -> None:
    found = recognise(
        "Vant Coop Øst SA 28.01 – 600 000 kr", today=THURSDAY, krone="NOK", open_offers=set()
    )
    assert (found.kind, found.customer, found.when, found.amount) == (
        ActivityKind.WIN,
        "Coop Øst SA",
        date(2027, 1, 28),
        600000,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Meeting Board\nDate: today\nPresent: all\nNext step: budget sign-off",
        "Workshop Day 2\nDate: today\nWith: the team\nNext step: wrap up",
    ],
)
def test_a_headings_word_of_our_own_is_no_customer(text: str) -> None:
    assert _read(text, "en").outcome is Outcome.NOTHING


def test_sa_and_da_written_small_are_no_legal_form_of_a_talks_name() -> None:
    assert _read("møte med fjord bygg da i går").customer != "fjord bygg DA"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Prøvd å nå Storebrand to ganger nå, ingen svar 📵", "nb"),
        ("Prøvde å nå Storebrand i dag", "nb"),
        ("tried to reach Tesco today", "en"),
    ],
)
def test_a_call_tried_to_reach_the_customer_is_asked(text: str, language: str) -> None:
    found = _read(text, language)
    assert (found.outcome, found.kind) == (Outcome.LIKELY, ActivityKind.CALL)
