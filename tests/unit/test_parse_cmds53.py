"""Session 53: slash commands a colleague would have recorded as written. A person's first name
typed in lower case, "from" the company ("møtte kari fra tine i går", "mødte jens fra salling":
were a customer "kari fra Tine" or refused as "jens"); a name's own number before the amount
after a dash ("Rema 1000 – 450k": was refused as a range "1000 – 450k"); a temperature as the
last part after dashes ("Kiwi – tilbud 1,1 mill – sendt 2.12. – varm": was kept in the note)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.commands.ranges import AmountRange

OFFER, M, C, W = ActivityKind.OFFER, ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.WIN
FRIDAY = date(2026, 12, 4)
YESTERDAY = date(2026, 12, 3)


def parse(kind: ActivityKind, text: str, language: str = "nb", krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=FRIDAY, language=language, krone=krone)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "person"),
    [
        (M, "møtte kari fra tine i går", "nb", "tine", "kari"),
        (M, "mødte jens fra salling i går", "da", "salling", "jens"),
        (M, "träffade anna från ica igår", "sv", "ica", "anna"),
        (M, "møtte kari fra Tine i går", "nb", "Tine", "kari"),
        (M, "møtte Kari fra tine i går", "nb", "tine", "Kari"),
        (C, "ringte per fra kiwi i går", "nb", "kiwi", "per"),
        (M, "met dave from tesco yesterday", "en", "tesco", "dave"),
    ],
)  # fmt: skip
def test_a_first_name_in_lower_case_from_the_company_is_the_person(  # type: ignore[no-untyped-def]
    kind, text, language, customer, person
):
    cmd = parse(kind, text, language)
    assert (cmd.customer, cmd.when, cmd.note) == (customer, YESTERDAY, person)
    assert cmd.unread is None


@pytest.mark.parametrize(
    "text",
    [
        "møtte folk fra tine i går",  # "folk" is no first name: never a person moved away
        "møtte kari fra innkjøp i går",  # a department, no company
        "møtte kari fra oslo i går",  # a town, no company
    ],
)
def test_lower_case_words_before_from_stay_unread_when_no_person_and_company(text: str) -> None:
    try:
        cmd = parse(M, text)
    except UserError:
        return  # refused: what was said is no customer
    assert cmd.customer not in ("tine", "innkjøp", "oslo") or cmd.unread is not None


@pytest.mark.parametrize(
    ("kind", "text", "amount", "currency"),
    [
        (OFFER, "Rema 1000 – 450k", Decimal(450_000), None),
        (OFFER, "Rema 1000 - 450k sendt i dag", Decimal(450_000), None),
        (OFFER, "Rema 1000 - 1,2 mill", Decimal(1_200_000), None),
        (W, "Rema 1000 – kr 450 000,-", Decimal(450_000), "NOK"),
        (W, "Rema 1000 – 450.000 kr", Decimal(450_000), "NOK"),
    ],
)  # fmt: skip
def test_a_names_number_before_the_amount_after_a_dash_is_the_names(  # type: ignore[no-untyped-def]
    kind, text, amount, currency
):
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.amount, cmd.currency) == ("Rema 1000", amount, currency)


@pytest.mark.parametrize("text", ["Tine 250 - 300k", "Studio 54 - 200k", "Posten 2-300k"])
def test_a_range_beside_a_name_is_still_asked(text: str) -> None:
    with pytest.raises(AmountRange):
        parse(OFFER, text)


@pytest.mark.parametrize(
    ("kind", "text", "language", "temperature", "note"),
    [
        (OFFER, "Kiwi – tilbud 1,1 mill – sendt 2.12. – varm", "nb", "warm", "tilbud – sendt."),
        (M, "Orkla - ang. nytt system - het", "nb", "hot", "ang. nytt system"),
        (M, "Orkla ang. nytt system, varm", "nb", "warm", "ang. nytt system"),
    ],
)  # fmt: skip
def test_a_temperature_as_the_last_part_after_dashes_is_the_leads(  # type: ignore[no-untyped-def]
    kind, text, language, temperature, note
):
    cmd = parse(kind, text, language)
    assert cmd.temperature is not None and cmd.temperature.value == temperature
    assert cmd.note == note
