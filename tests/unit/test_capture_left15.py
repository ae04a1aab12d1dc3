"""What session 15 left (found by probes, fixed in session 16): a revision said in nb/sv/da
without an offer noun. Each test fails on the session's first commit (128cf42)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TUESDAY = date(2027, 3, 30)
KNOWN = ["Kiwi", "Volvo", "Maersk", "Boots", "Orkla"]

# -- 1. a revision's words, the amount right after, no offer noun: an offer asked about -------


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("kiwi: revidert til 200k", "Kiwi", 200_000),
        ("Kiwi revidert til 200k i dag", "Kiwi", 200_000),
        ("Kiwi: justert ned til 180k", "Kiwi", 180_000),
        ("Orkla: redusert til 950k", "Orkla", 950_000),
        ("Volvo: reviderat till 900 tkr", "Volvo", 900_000),
        ("Volvo: sänkt till 900 tkr", "Volvo", 900_000),
        ("Volvo: justerat ner till 900 tkr", "Volvo", 900_000),
        ("Maersk: sænket til 400.000 kr", "Maersk", 400_000),
        ("Maersk: revideret til 400.000", "Maersk", 400_000),
        ("Maersk: justeret ned til 400.000 kr", "Maersk", 400_000),
        ("Boots: reduced to £35k", "Boots", 35_000),
        ("Boots: lowered to £35k", "Boots", 35_000),
    ],
)
def test_a_revision_without_an_offer_noun_is_an_offer_asked(text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    for offers in ({customer.casefold()}, set()):
        found = recognise(text, today=TUESDAY, known_customers=KNOWN, open_offers=offers)
        assert (found.outcome, found.kind, found.customer, found.amount) == (
            Outcome.LIKELY,
            ActivityKind.OFFER,
            customer,
            Decimal(amount),
        )


@pytest.mark.parametrize(
    "text",
    ["Kiwi: tilbudet revidert til 200k", "Volvo: offerten sänkt till 900 tkr",
     "Maersk: tilbuddet sænket til 400.000 kr", "Kiwi: prisen justert ned til 200k"],
)  # fmt: skip
def test_an_offer_noun_makes_the_revision_sure(text: str) -> None:
    found = recognise(text, today=TUESDAY, known_customers=KNOWN)
    assert (found.outcome, found.kind) == (Outcome.SURE, ActivityKind.OFFER)


@pytest.mark.parametrize(
    "text", ["Budsjettet er redusert til 2 mill", "Prisene på strøm er senket til 80 øre"]
)
def test_a_revision_of_no_customers_offer_is_nothing(text: str) -> None:
    found = recognise(text, today=TUESDAY, known_customers=KNOWN)
    assert found.outcome is Outcome.NOTHING


# -- 2. a new name with its legal form, a cheer and an amount: a win asked about ---------------


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Hagen Elektro AS 🤝 en halv mill", "Hagen Elektro AS", 500_000),
        ("Hvide Sande Fisk A/S 🤝 450.000,-", "Hvide Sande Fisk A/S", 450_000),
        ("Nordic Tech AB 🎉 1,2 MSEK", "Nordic Tech AB", 1_200_000),
        ("Acme Ltd 🙌 £40k", "Acme Ltd", 40_000),
    ],
)
def test_a_new_firm_cheered_with_an_amount_is_a_win_asked(text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    found = recognise(text, today=TUESDAY, known_customers=KNOWN)
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.LIKELY,
        ActivityKind.WIN,
        customer,
        Decimal(amount),
    )


@pytest.mark.parametrize("text", ["Hagen Elektro 🤝 500k", "Fredag 🎉 500k", "Hagen Elektro AS 🤝"])
def test_a_new_word_cheered_without_a_legal_form_or_amount_is_nothing(text: str) -> None:
    found = recognise(text, today=TUESDAY, known_customers=KNOWN)
    assert found.outcome is Outcome.NOTHING


# -- 3. "m." after a talk's noun is "med", before any word -----------------------------------


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("tlf m. indkøbschefen i Coop Danmark i dag, lunken", "Coop Danmark"),
        ("tlf m. innkjøpssjefen i Telenor i dag", "Telenor"),
        ("møde m. direktøren i Coop Danmark i går", "Coop Danmark"),
    ],
)
def test_m_dot_after_a_talk_is_with(text: str, customer: str) -> None:
    found = recognise(text, today=TUESDAY, known_customers=["Coop Danmark", "Telenor"])
    assert (found.outcome, found.customer) == (Outcome.SURE, customer)


# -- 4. a correction naming only a customer and the amount it was: a win asked ---------------


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Rettelse: Carlsberg var 1,9 mio, ikke 1,8", "Carlsberg", 1_900_000),
        ("Correction: Tesco was £1.25m not £1.2m", "Tesco", 1_250_000),
        ("Rättelse: Volvo var 1,9 mkr, inte 1,8", "Volvo", 1_900_000),
    ],
)
def test_a_bare_correction_is_a_win_asked(text: str, customer: str, amount: int) -> None:
    found = recognise(text, today=TUESDAY, known_customers=[*KNOWN, "Carlsberg", "Tesco"])
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.LIKELY,
        ActivityKind.WIN,
        customer,
        Decimal(amount),
    )


def test_an_amount_without_a_correction_word_is_nothing() -> None:
    found = recognise("Carlsberg var 1,9 mio, ikke 1,8", today=TUESDAY, known_customers=KNOWN)
    assert found.outcome is Outcome.NOTHING


# -- 5. a loss said alone, then when it was heard or the talks that led to it -----------------


@pytest.mark.parametrize(
    ("text", "today", "day"),
    [
        ("Lost Boots. They went with the incumbent, found out before Easter", TUESDAY, date(2027, 3, 25)),
        ("Tapte Kiwi, fikk beskjed i går", TUESDAY, date(2027, 3, 29)),
        (
            "Lost Vodafone. Spoke to them before Christmas and again on the 30th, they're "
            "sticking with the incumbent",
            date(2027, 1, 4),
            date(2026, 12, 30),
        ),
    ],
)  # fmt: skip
def test_a_losss_day_is_when_it_was_heard(text: str, today: date, day: date) -> None:
    found = recognise(text, today=today, known_customers=[*KNOWN, "Vodafone"])
    assert (found.outcome, found.kind, found.when) == (Outcome.LIKELY, ActivityKind.LOSS, day)


# -- 6. a command's name of a figure and capitals, then the amount --------------------------


@pytest.mark.parametrize(
    ("text", "customer"),
    [("3M 200k", "3M"), ("3M kr 200 000", "3M"), ("3M 200k i går", "3M"), ("3M Norge 350k", "3M Norge")],
)  # fmt: skip
def test_logoffer_3m_200k_is_an_offer_to_3m(text: str, customer: str) -> None:
    from bot.services.commands import parse_log_command

    cmd = parse_log_command(ActivityKind.OFFER, text, today=TUESDAY, krone="NOK")
    assert (cmd.customer, cmd.unread) == (customer, None)
    assert cmd.amount in (Decimal(200_000), Decimal(350_000))
