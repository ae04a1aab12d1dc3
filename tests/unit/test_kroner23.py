"""Session 23 (kroner23): one rule for a bare amount ("450.000": no currency word or sign) in both
readers. From a seller whose krone is not the team's currency (a Dane in a NOK team) it is asked
once, DKK or NOK (recording.money), then their answer is used; the message reader leaves it bare
(was: the Dane's DKK unasked, while the same words by command were NOK unasked)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest

from bot.domain import ActivityKind
from bot.rendering.replies import question_reply
from bot.rendering.text import message_text
from bot.services import recording
from bot.services.capture.weigh import recognise
from bot.services.commands import LogCommand
from bot.services.questions import NO_ANSWERS, Answers, NeedsAnswer, Question
from bot.services.requester import Who, own_krone

TODAY = date(2026, 11, 20)
CUSTOMER = SimpleNamespace(name="Jysk")


def _actor(krone: str | None, chosen: str | None = None) -> recording.Actor:
    return recording.Actor("T1", 1, 1, None, "NOK", krone=krone, bare_currency=chosen)


def _offer(
    amount: str = "450000", currency: str | None = None, kind=ActivityKind.OFFER
) -> LogCommand:  # type: ignore[no-untyped-def]
    return LogCommand(kind=kind, customer="Jysk", when=TODAY, amount=Decimal(amount), currency=currency)  # fmt: skip


def _lead(currency: str) -> Any:
    return SimpleNamespace(offer_amount=Decimal(400000), currency=currency)


def _money(
    actor: recording.Actor, cmd: LogCommand, lead: Any = None, answers: Answers = NO_ANSWERS
):  # type: ignore[no-untyped-def]
    return recording.money(actor, cmd, CUSTOMER, lead, answers)  # type: ignore[arg-type]


def test_a_danes_bare_amount_in_a_nok_team_is_asked_dkk_or_nok() -> None:
    with pytest.raises(NeedsAnswer) as asked:
        _money(_actor("DKK"), _offer())
    assert asked.value.code == recording.BARE_CURRENCY
    assert asked.value.options == ("currency:DKK", "currency:NOK", "cancel")
    assert asked.value.params == {
        "number": Decimal(450000),
        "krone": "DKK",
        "team_currency": "NOK",
    }


@pytest.mark.parametrize("kind", [ActivityKind.WIN, ActivityKind.MEETING, ActivityKind.LOSS])
def test_every_kind_with_a_bare_amount_is_asked(kind: ActivityKind) -> None:
    with pytest.raises(NeedsAnswer) as asked:
        _money(_actor("SEK"), _offer(kind=kind))
    assert asked.value.code == recording.BARE_CURRENCY


def test_the_answer_and_the_choice_remembered_are_used_unasked() -> None:
    assert _money(_actor("DKK"), _offer(), answers=Answers(currency="DKK")) == (
        Decimal(450000),
        "DKK",
    )
    assert _money(_actor("DKK", chosen="NOK"), _offer()) == (Decimal(450000), "NOK")
    assert _money(_actor("DKK", chosen="DKK"), _offer()) == (Decimal(450000), "DKK")


def test_a_currency_said_and_a_seller_whose_krone_is_the_teams_are_never_asked() -> None:
    assert _money(_actor("DKK"), _offer(currency="DKK")) == (Decimal(450000), "DKK")  # "kr"
    assert _money(_actor("DKK"), _offer(currency="EUR")) == (Decimal(450000), "EUR")
    assert _money(_actor(None), _offer()) == (Decimal(450000), "NOK")


def test_a_bare_revision_of_an_open_offer_is_that_offers_currency() -> None:
    # An open offer in the team's NOK: NOK, not asked
    assert _money(_actor("DKK"), _offer(), _lead("NOK")) == (Decimal(450000), "NOK")
    # In DKK, the Dane's chosen currency: DKK, not asked
    assert _money(_actor("DKK", chosen="DKK"), _offer(), _lead("DKK")) == (
        Decimal(450000),
        "DKK",
    )
    # In DKK, nothing chosen: the open offer's question (its currency or the team's), as before
    with pytest.raises(NeedsAnswer) as asked:
        _money(_actor("DKK"), _offer(kind=ActivityKind.WIN), _lead("DKK"))
    assert asked.value.code == "currency"


def _who(language: str, krone: str, team: str = "NOK") -> Who:
    return Who(
        workspace_id="T1", user_id="U1", seller_id=1, language=language, timezone="Europe/Oslo",
        currency=team, krone=krone, team_id=1, is_manager=False, today=TODAY,
        own_team_id=1, own_currency=team,
    )  # fmt: skip


def test_own_krone_is_named_only_where_it_is_not_the_teams_currency() -> None:
    assert own_krone(_who("da", "DKK")) == "DKK"
    assert own_krone(_who("sv", "SEK")) == "SEK"
    assert own_krone(_who("nb", "NOK")) is None
    assert own_krone(_who("en", "NOK")) is None
    assert own_krone(_who("en", "SEK")) is None  # an English speaker's krone is the team's
    assert own_krone(_who("da", "DKK", team="DKK")) is None


@pytest.mark.parametrize(
    "text",
    ["Sendt tilbud til Jysk 450.000", "Vandt Jysk 450.000", "Sendte tilbud til Jysk 450.000"],
)
def test_the_message_reader_leaves_a_danes_bare_amount_bare(text: str) -> None:
    """Was DKK (weigh._in_own_krone): the recorder decides, by the command's rule."""
    found = recognise(text, today=TODAY, krone="DKK", currency="NOK")
    assert found.amount == Decimal(450000), found
    assert found.currency is None, found


def test_the_message_reader_keeps_a_danes_kr() -> None:
    found = recognise("Sendt tilbud til Jysk 450.000 kr", today=TODAY, krone="DKK", currency="NOK")
    assert (found.amount, found.currency) == (Decimal(450000), "DKK")


def _labels(language: str, question: Question) -> tuple[str, list[str]]:
    message = question_reply(language, question)
    labels = [
        element["text"]["text"]
        for block in message["blocks"]
        if block["type"] == "actions"
        for element in block["elements"]
    ]
    return message_text(message), labels


def test_the_question_names_both_codes_on_its_buttons_in_the_sellers_language() -> None:
    params = {"number": Decimal(450000), "krone": "DKK", "team_currency": "NOK"}
    question = Question("tok", recording.BARE_CURRENCY, params, ("currency:DKK", "currency:NOK", "cancel"))  # fmt: skip
    said, labels = _labels("da", question)
    assert said.startswith("450.000 — DKK eller NOK?"), said
    assert "/kpi valuta DKK" in said and "/kpi valuta NOK" in said, said
    assert labels[:2] == ["450.000 DKK", "450.000 NOK"], labels
    said, labels = _labels("en", question)
    assert said.startswith("450,000 — DKK or NOK?"), said
    assert labels[:2] == ["DKK 450,000", "NOK 450,000"], labels


def test_the_open_offers_question_names_the_code_not_kr() -> None:
    """`/logwin Lego 118.000 (rabat)`, a Dane's open DKK offer: its buttons said "118.000 kr."."""
    params = {"customer": "Lego", "number": Decimal(118000), "lead_currency": "DKK", "team_currency": "NOK"}  # fmt: skip
    question = Question("tok", "currency", params, ("currency:NOK", "currency:DKK", "cancel"))
    _, labels = _labels("da", question)
    assert labels[:2] == ["118.000 NOK", "118.000 DKK"], labels


def test_a_choice_applies_while_it_is_one_of_the_two() -> None:
    from dataclasses import replace

    from bot.services.requester import bare_choice

    dane = replace(_who("da", "DKK"), bare_currency="NOK")
    assert bare_choice(dane) == "NOK"
    # The team's currency changed to EUR since: NOK is neither, asked again
    assert bare_choice(replace(dane, currency="EUR", own_currency="EUR")) is None
    # The team's currency changed to DKK: her krone is the team's, nothing to choose
    assert bare_choice(replace(dane, currency="DKK", own_currency="DKK")) is None
