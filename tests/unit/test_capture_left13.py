"""What session 13's probes left (parser14, part 1): each row fails on the code before its rule,
and the rows beside it say what the rule must not change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind, Temperature
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 11, 30)  # a Monday


def _read(text: str, known: tuple[str, ...] = (), open_offers: tuple[str, ...] = ()):
    return recognise(text, today=TODAY, known_customers=set(known), open_offers=set(open_offers))


@pytest.mark.parametrize(
    ("text", "customer", "amount", "currency"),
    [
        ("Won! Deliveroo £60k", "Deliveroo", Decimal("60000"), "GBP"),
        ("Won - Deliveroo 60k", "Deliveroo", Decimal("60000"), None),
        ("WON: Pret £12k", "Pret", Decimal("12000"), "GBP"),
        ("Vunnet! Hafslund 600k", "Hafslund", Decimal("600000"), None),
    ],
)
def test_a_win_said_alone_then_the_name_and_an_amount_with_its_sign(
    text: str, customer: str, amount: Decimal, currency: str | None
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.amount, found.currency) == (
        Outcome.SURE,
        ActivityKind.WIN,
        customer,
        amount,
        currency,
    ), found.reasons


def test_a_cheer_then_a_person_and_an_amount_is_still_nothing() -> None:
    assert _read("Won! Kari £60k").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "temperature"),
    [
        ("Had a call with BT, 30 mins, they're warm", Temperature.WARM),
        ("Had a call with BT, they are hot", Temperature.HOT),
        ("Call with BT today, seems warm", Temperature.WARM),
        ("Ringte Telia i dag, de er varme", Temperature.WARM),
        ("Ringde Telia idag, de verkar varma", Temperature.WARM),
        ("Møte med DNB i dag, kunden virker veldig varm", Temperature.WARM),
        ("Ringte Telia i dag, de er lune", None),  # lukewarm: the seller's to say
        ("Ringte Telia i dag, det er kaldt ute", None),  # the weather
        ("Ringte Telia i dag, varme hilsener", None),  # a plural alone is no lead's
    ],
)
def test_the_customer_said_to_be_warm_is_the_leads_temperature(
    text: str, temperature: Temperature | None
) -> None:
    found = _read(text)
    assert found.outcome is Outcome.SURE and found.kind in (
        ActivityKind.CALL,
        ActivityKind.MEETING,
    ), found.reasons
    assert found.temperature is temperature


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Sent quote to Tesco 53k. sorry, 35k not 53k", Decimal("35000")),
        ("Quote to Tesco 40k, make that 45k", Decimal("45000")),
        ("Tilbud til Orkla 300k, nei vent: 350k", Decimal("350000")),
    ],
)
def test_an_amount_mended_in_the_same_message_is_stored_at_the_new_one(
    text: str, amount: Decimal
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.amount) == (
        Outcome.SURE,  # session 67: put right in the post itself, sure (was asked)
        ActivityKind.OFFER,
        amount,
    ), found.reasons


@pytest.mark.parametrize("text", ["Won Tesco 220k not 22k", "Make it count! Won Tesco 45k"])
def test_an_amount_said_once_stays_sure(text: str) -> None:
    found = _read(text)
    assert found.outcome is Outcome.SURE and found.amount in (220_000, 45_000), found.reasons


WEDNESDAY = date(2026, 12, 2)


def test_a_list_of_this_week_records_what_was_done_and_asks_what_is_to_come() -> None:
    found = recognise(
        "Denne uka: man møte Kiwi, tirs tilbud Rema 200k, fre demo hos Coop",
        today=WEDNESDAY,
        known_customers=set(),
    )
    # days27: one "Record all" question, its plan among its rows (was: Kiwi sure, each other
    # asked on its own; the brief's item 6)
    assert found.record_all
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.LIKELY,
        ActivityKind.MEETING,
        "Kiwi",
        date(2026, 11, 30),
    ), found.reasons
    offer = found.also
    assert offer is not None and (offer.kind, offer.customer, offer.amount, offer.when) == (
        ActivityKind.OFFER,
        "Rema",
        200_000,
        date(2026, 12, 1),
    )
    plan = offer.also
    assert plan is not None and plan.outcome is Outcome.LIKELY and plan.customer == "Coop"
    assert plan.when == WEDNESDAY and plan.next_step is not None  # never held on Friday
    assert (plan.next_step.what, plan.next_step.due) == ("meeting", date(2026, 12, 4))
    assert plan.also is None


def test_list_items_on_days_of_their_own_name_a_call_and_a_meeting_by_their_nouns() -> None:
    found = recognise("Mon call Pret, Tue mtg Greggs", today=WEDNESDAY, known_customers=set())
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE,
        ActivityKind.CALL,
        "Pret",
        date(2026, 11, 30),
    ), found.reasons
    assert found.also is not None
    assert (found.also.kind, found.also.customer, found.also.when) == (
        ActivityKind.MEETING,
        "Greggs",
        date(2026, 12, 1),
    )


@pytest.mark.parametrize("text", ["call Pret", "møte Kiwi", "mtg Greggs tomorrow"])
def test_a_noun_and_a_new_name_alone_is_still_no_record(text: str) -> None:
    assert recognise(text, today=WEDNESDAY, known_customers=set()).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Ringte Elkjøp. De kör vidare med nuvarande leverantör",
        "Snakket med Elkjøp på telefon, de går videre med dagens leverandør",  # session 21: the phone named (talking alone is asked)
        "Ringte Elkjøp, de valgte en annen leverandør",
    ],
)
@pytest.mark.parametrize("open_offers", [("elkjøp",), ()])
def test_a_talk_then_the_loss_it_brought_records_the_talk_and_asks_the_loss(
    text: str, open_offers: tuple[str, ...]
) -> None:
    found = _read(text, known=("Elkjøp",), open_offers=open_offers)
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.SURE,
        ActivityKind.CALL,
        "Elkjøp",
    ), found.reasons
    assert found.also is not None
    assert (found.also.outcome, found.also.kind, found.also.customer) == (
        Outcome.LIKELY,
        ActivityKind.LOSS,
        "Elkjøp",
    )


def test_a_talk_with_nothing_lost_asks_nothing_more() -> None:
    found = _read("Snakket med Elkjøp på tlf, de går videre med planene", known=("Elkjøp",))
    assert found.outcome is Outcome.SURE and found.also is None, found.reasons


@pytest.mark.parametrize(
    ("text", "known", "outcome"),
    [
        ("Quote Hub Ltd won!! 🥳 £210k", ("Quote Hub Ltd",), Outcome.SURE),
        ("Orkla won!! 🥳 £210k", ("Orkla",), Outcome.SURE),
        ("Orkla won 300k", ("Orkla",), Outcome.NOTHING),  # their news, as before
        ("Orkla won a contract in Brazil", ("Orkla",), Outcome.NOTHING),
        ("Brann won!! 2-1", (), Outcome.NOTHING),
    ],
)
def test_a_name_then_won_and_only_cheers_and_an_amount_is_our_win(
    text: str, known: tuple[str, ...], outcome: Outcome
) -> None:
    found = _read(text, known=known)
    assert found.outcome is outcome, found.reasons
    if outcome is Outcome.SURE:
        assert (found.kind, found.customer) == (ActivityKind.WIN, known[0])


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("sorry, typo - Aviva quote is £830k not £380k", "Aviva", Decimal("830000")),
        ("correction: the Aviva quote is £830k not £380k", "Aviva", Decimal("830000")),
        ("typo above - Next plc quote is £130k not £310k 🤦", "Next plc", Decimal("130000")),
    ],
)
def test_not_before_an_amount_with_its_sign_says_which_amount(
    text: str, customer: str, amount: Decimal
) -> None:
    found = _read(text, known=("Aviva", "Next plc"))
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.LIKELY,
        ActivityKind.OFFER,
        customer,
        amount,
    ), found.reasons
