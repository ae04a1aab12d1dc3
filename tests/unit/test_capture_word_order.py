"""Scandinavian word order and words of feeling between the verb and the customer.

A sentence that opens with a day or an adverb puts the subject after its verb ("Igår vann vi
Ikea", "I morges ringte jeg Telia", "Dessverre tapte vi Coop"), and a seller says how it felt
between the verb and the name ("Tapte dessverre Coop", "Förlorade tyvärr Ericsson"). Each row
recorded nothing for a customer kpibot did not know before session 13."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 11, 30)
YESTERDAY = date(2026, 11, 29)


@pytest.mark.parametrize(
    ("text", "outcome", "kind", "customer", "amount", "when"),
    [
        ("Igår vann vi Ikea, 1,2 mkr", Outcome.SURE, ActivityKind.WIN, "Ikea", "1200000",
         YESTERDAY),
        ("Endelig signerte vi Hafslund, 1,2 mill", Outcome.SURE, ActivityKind.WIN, "Hafslund",
         "1200000", TODAY),
        ("I morges ringte jeg Telia", Outcome.SURE, ActivityKind.CALL, "Telia", None, TODAY),
        ("Igår ringde jag Volvo", Outcome.SURE, ActivityKind.CALL, "Volvo", None, YESTERDAY),
        ("Dessverre tapte vi Coop", Outcome.LIKELY, ActivityKind.LOSS, "Coop", None, TODAY),
        ("Tyvärr förlorade vi Ericsson", Outcome.LIKELY, ActivityKind.LOSS, "Ericsson", None,
         TODAY),
        ("Tapte dessverre Coop", Outcome.LIKELY, ActivityKind.LOSS, "Coop", None, TODAY),
        ("Tabte desværre Netto, de gik med en billigere løsning", Outcome.LIKELY,
         ActivityKind.LOSS, "Netto", None, TODAY),
        ("Förlorade tyvärr Ericsson", Outcome.LIKELY, ActivityKind.LOSS, "Ericsson", None, TODAY),
        ("Lost unfortunately Boots", Outcome.LIKELY, ActivityKind.LOSS, "Boots", None, TODAY),
        # the rival after "til" is not the customer lost
        ("Vi tapte dessverre Coop til Visma", Outcome.LIKELY, ActivityKind.LOSS, "Coop", None,
         TODAY),
    ],
)  # fmt: skip
def test_the_customer_after_an_inverted_subject_or_a_feeling(
    text: str,
    outcome: Outcome,
    kind: ActivityKind,
    customer: str,
    amount: str | None,
    when: date,
) -> None:
    found = recognise(text, today=TODAY, known_customers=set())
    assert (found.outcome, found.kind, found.customer) == (outcome, kind, customer), found.reasons
    assert found.amount == (Decimal(amount) if amount else None)
    assert found.when == when


@pytest.mark.parametrize(
    "text",
    ["Så ringte jeg Kari og spurte om lunsj", "I går ringte jeg mamma", "Dessverre tapte vi 2-1"],
)
def test_a_person_or_a_score_after_the_inverted_subject_is_no_record(text: str) -> None:
    assert recognise(text, today=TODAY, known_customers=set()).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "kind", "customer", "amount"),
    [
        ("Vunnet! Hafslund 600k", ActivityKind.WIN, "Hafslund", "600000"),
        ("Vunnet! Hafslund 600k, kickoff torsdag", ActivityKind.WIN, "Hafslund", "600000"),
        ("Signert!!! Posten Norge AS 1,2 mill 🎉", ActivityKind.WIN, "Posten Norge AS", "1200000"),
        ("Tilbud sendt! Orkla 300k", ActivityKind.OFFER, "Orkla", "300000"),
    ],
)
def test_a_win_said_alone_then_the_name_and_amount(
    text: str, kind: ActivityKind, customer: str, amount: str
) -> None:
    # A sentence of its own ("Vunnet!"), then the name and the amount: recorded nothing for a
    # new customer before session 13.
    found = recognise(text, today=TODAY, known_customers=set())
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, kind, customer)
    assert found.amount == Decimal(amount) and found.when == TODAY


@pytest.mark.parametrize(
    "text", ["Vant! Hafslund er en fin kunde", "Vunnet! Kari 500k", "Vunnet! Hafslund"]
)
def test_a_cheer_then_words_about_someone_is_no_record(text: str) -> None:
    assert recognise(text, today=TODAY, known_customers=set()).outcome is Outcome.NOTHING
