"""mendD33 (session 33's review): currencies and corrections.

1. An amount whose unit and code name two currencies ("2 mkr EUR") is asked which, whatever the
   seller's language: a Swede's or a Dane's krone unit in a NOK team (ForeignKrone, left bare by
   review25) still names a krone (was: stored in EUR unasked, "850 tkr EUR" 850 000 €).
2. The same in a channel message is asked as the command asks it, a button per currency (was:
   stored in the unit's currency, "£45k USD" GBP 45 000, the code dropped).
3. Corrections by a number alone: tests/slack/test_mendD33.py (their records are stored ones).
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from bot.domain import ActivityKind, Source
from bot.rendering.replies import not_corrected_reply
from bot.rendering.text import message_text
from bot.services import questions
from bot.services.activities import clash_in_message
from bot.services.amounts import CurrencyClash, ForeignKrone, parse_amount
from bot.services.capture import KnownCustomers, Outcome, recognise
from bot.services.commands import parse_log_command
from bot.services.log_questions import CURRENCY_CLASH, currency_clash_question
from bot.services.requester import Who

TODAY = date(2026, 12, 2)  # Wednesday
M = Decimal


def _foreigner(language: str, krone: str) -> Who:
    """A Swede or a Dane in a NOK team (Lars, Mette): their krone is not the team's."""
    return Who(
        workspace_id="T1", user_id="U1", seller_id=1, language=language,
        timezone="Europe/Oslo", currency="NOK", krone=krone, team_id=1,
        is_manager=False, today=TODAY, own_team_id=1, own_currency="NOK",
    )  # fmt: skip


FOREIGN = [
    ("sv", "SEK", "Scania 2 mkr EUR", "2 mkr EUR", M(2000000), ("SEK", "EUR")),
    ("sv", "SEK", "Ikea 850 tkr EUR, varm", "850 tkr EUR", M(850000), ("SEK", "EUR")),
    ("da", "DKK", "Jysk 850 tkr EUR", "850 tkr EUR", M(850000), ("DKK", "EUR")),
    ("sv", "SEK", "Volvo 1,5 mkr USD", "1,5 mkr USD", M(1500000), ("SEK", "USD")),
    ("da", "DKK", "Lego EUR 2 mkr", "EUR 2 mkr", M(2000000), ("EUR", "DKK")),
]


@pytest.mark.parametrize(("lang", "krone", "text", "said", "amount", "currencies"), FOREIGN)
def test_a_foreign_krone_unit_and_another_code_are_asked_as_anyone_s(
    lang: str, krone: str, text: str, said: str, amount: Decimal, currencies: tuple[str, str]
) -> None:
    reading = ForeignKrone(krone)
    with pytest.raises(CurrencyClash) as clash:  # was: EUR (USD) stored, unasked
        parse_log_command(ActivityKind.OFFER, text, today=TODAY, krone=reading, language=lang)
    assert clash.value.params == {"text": said} and clash.value.currencies == currencies
    asked = currency_clash_question(
        clash.value, ActivityKind.OFFER, text, _foreigner(lang, krone), reading, ()
    )
    assert asked is not None
    needs, cmd = asked
    assert needs.code == CURRENCY_CLASH
    assert needs.options == (*(f"currency:{c}" for c in currencies), "cancel")
    assert (cmd.amount, cmd.currency) == (amount, None)


@pytest.mark.parametrize(
    ("text", "currency"),
    [("2 mkr SEK", "SEK"), ("850 tkr NOK", "NOK"), ("300 tkr", None), ("2 MSEK", "SEK")],
)
def test_a_foreign_krone_unit_alone_or_with_a_krone_code_is_kept(
    text: str, currency: str | None
) -> None:
    # the code says which kroner; a unit alone stays bare (asked once, review25)
    money = parse_amount(text, krone=ForeignKrone("SEK"))
    assert money is not None and money.currency == currency


def _found(text: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return recognise(
        text, today=TODAY, krone=krone, currency="NOK",
        known_customers=KnownCustomers.of([]), open_offers=set(), posted=time(11, 0),
    )  # fmt: skip


def _nb() -> Who:
    return _foreigner("nb", "NOK")


MESSAGES = [
    ("Tilbud til Yara 2 mkr EUR sendt", "Yara", "2 mkr EUR", M(2000000), ("NOK", "EUR")),
    ("Offer to Boots £45k USD", "Boots", "£45k USD", M(45000), ("GBP", "USD")),
    ("Vant Equinor 1,2 MNOK EUR i dag", "Equinor", "1,2 MNOK EUR", M(1200000), ("NOK", "EUR")),
    ("Sendte tilbud til Orkla på 850 tkr USD", "Orkla", "850 tkr USD", M(850000), ("NOK", "USD")),
    ("Won Tesco, £30k EUR 🎉", "Tesco", "£30k EUR", M(30000), ("GBP", "EUR")),
]


@pytest.mark.parametrize(("text", "customer", "said", "amount", "currencies"), MESSAGES)
def test_a_clash_in_a_message_is_asked_which_currency_never_stored_by_a_guess(
    text: str, customer: str, said: str, amount: Decimal, currencies: tuple[str, str]
) -> None:
    found = _found(text)
    assert found.outcome is Outcome.LIKELY and found.customer == customer
    cmd = found.command()
    assert cmd.amount is None  # was: the unit's currency, kr 2 000 000 / GBP 45 000, complete
    asked = clash_in_message(_nb(), cmd, text)
    assert asked is not None
    needs, cmd = asked
    assert needs.code == CURRENCY_CLASH and needs.params["said"] == said
    first, second = currencies
    assert needs.options == (f"currency:{first}", f"currency:{second}", questions.NOT_A_SALE)
    assert (cmd.amount, cmd.currency, cmd.customer) == (amount, None, customer)
    pending = questions.Pending(cmd, Source.MESSAGE, "msg:C1:1", questions.Answers(),
                                CURRENCY_CLASH, needs.params, needs.options)  # fmt: skip
    _, answers = questions.apply(pending, f"currency:{second}")
    assert answers.currency == second  # the one clicked is stored (recording.money)


@pytest.mark.parametrize(
    "text", ["Tilbud til Yara 2 mkr sendt", "Offer to Boots £45k", "Tilbud til Yara 2 mill EUR"]
)
def test_one_currency_is_no_clash(text: str) -> None:
    found = _found(text)
    cmd = found.command()
    assert cmd.amount is not None
    assert clash_in_message(_nb(), cmd, text) is None


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("nb", "står på 640, så ingenting ble endret. Nevn registreringen du mener, f.eks. «Rettelse: Telenor var 450, ikke 640»"),
        ("en", "is at 640, so nothing was changed. Name the record you mean, e.g. “Correction: Telenor was 450, not 640”"),
        ("sv", "är på 640, så inget ändrades. Nämn registreringen du menar, t.ex. ”Rättelse: Telenor var 450, inte 640”"),
        ("da", "står på 640, så intet blev ændret. Nævn den registrering, du mener, f.eks. »Rettelse: Telenor var 450, ikke 640«"),
    ],
)  # fmt: skip
def test_a_number_denied_that_no_record_holds_is_said_so_with_an_example(
    language: str, said: str
) -> None:
    reply = not_corrected_reply(language, "denied", None, example=("Telenor", M(450), M(640)))
    assert said in message_text(reply), message_text(reply)
