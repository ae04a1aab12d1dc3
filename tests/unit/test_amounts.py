from __future__ import annotations

from decimal import Decimal

import pytest

from bot.errors import UserError
from bot.services.amounts import Money, match_amount_suffix, parse_amount


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("250k", "250000", None),
        ("250K", "250000", None),
        ("1,5 mill", "1500000", None),
        ("1.5 mill", "1500000", None),
        ("1,5 mil", "1500000", None),
        ("1,5 mio", "1500000", None),
        ("1,5 mill.", "1500000", None),
        ("2 millioner", "2000000", None),
        ("2 miljoner", "2000000", None),
        ("1.2M", "1200000", None),
        ("1,2 MSEK", "1200000", "SEK"),
        ("3 MNOK", "3000000", "NOK"),
        ("kr 1 250 000", "1250000", "NOK"),
        ("1 250 000 kr", "1250000", "NOK"),
        ("99 000 NOK", "99000", "NOK"),
        ("kr 5000 NOK", "5000", "NOK"),  # heldcmd33: a krone and its code agree
        ("2 mkr SEK", "2000000", "SEK"),
        ("£45k GBP", "45000", "GBP"),
        ("250 000,50", "250000.50", None),
        ("250000", "250000", None),
        ("250 000", "250000", None),
        ("1.250.000", "1250000", None),
        ("1,250,000", "1250000", None),
        ("1.250.000,50", "1250000.50", None),
        ("1,250,000.50", "1250000.50", None),
        ("1\u00a0250\u00a0000", "1250000", None),
        ("1\u202f250\u202f000", "1250000", None),
        ("NOK 250k", "250000", "NOK"),
        ("250k NOK", "250000", "NOK"),
        ("nok250k", "250000", "NOK"),
        ("kr. 5000", "5000", "NOK"),
        ("kr5000", "5000", "NOK"),
        ("5000,-", "5000", None),
        ("kr 5000,-", "5000", "NOK"),
        ("€ 5000", "5000", "EUR"),
        ("€5000", "5000", "EUR"),
        ("5000 EUR", "5000", "EUR"),
        ("$5000", "5000", "USD"),
        ("USD 5k", "5000", "USD"),
        ("SEK 40 000", "40000", "SEK"),
        ("40 000 SEK", "40000", "SEK"),
        ("DKK 1,5 mio", "1500000", "DKK"),
        ("500 tkr", "500000", "NOK"),
        ("500 t.kr.", "500000", "NOK"),
        ("2 mrd", "2000000000", None),
        ("1,250", "1250", None),  # one separator + three digits = thousands
        ("1.250", "1250", None),
        ("1,250k", "1250", None),  # with a multiplier the separator is decimal: 1.25k
        ("1,5", "1.50", None),
        ("12.50", "12.50", None),
        ("0,250", "0.25", None),  # "0," is never a thousands group
        ("1234,567", "1234.57", None),  # four-digit head: decimal, rounded to cents
        ("1'250'000", "1250000", None),
        ("+5000", "5000", None),
        ("5000.", "5000", None),
        ("1000000000000", "1000000000000", None),  # exactly the limit
        ("1000 mrd", "1000000000000", None),
    ],
)
def test_valid_amounts(text: str, amount: str, currency: str | None) -> None:
    money = parse_amount(text, krone="NOK")
    assert money == Money(Decimal(amount).quantize(Decimal("0.01")), currency)
    assert money.amount.as_tuple().exponent == -2


@pytest.mark.parametrize("krone", ["NOK", "SEK", "DKK"])
def test_kr_means_the_teams_krone(krone: str) -> None:
    assert parse_amount("kr 100", krone=krone) == Money(Decimal("100.00"), krone)
    assert parse_amount("1,2 mkr", krone=krone) == Money(Decimal("1200000.00"), krone)
    assert parse_amount("100 NOK", krone=krone) == Money(Decimal("100.00"), "NOK")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("-5000", "negative_amount"),
        ("\u22125000", "negative_amount"),  # unicode minus
        ("\u20135000", "negative_amount"),  # en dash, as autocorrected
        ("minus 5000", "negative_amount"),
        ("kr -5000", "negative_amount"),
        ("-250k", "negative_amount"),
        ("1e400", "bad_amount"),
        ("1e5", "bad_amount"),
        ("NaN", "bad_amount"),
        ("nan", "bad_amount"),
        ("inf", "bad_amount"),
        ("-inf", "bad_amount"),
        ("Infinity", "bad_amount"),
        ("1,2,3", "bad_amount"),
        ("12abc", "bad_amount"),
        ("0x10", "bad_amount"),
        ("0", "bad_amount"),
        ("0,00", "bad_amount"),
        ("0,001", "bad_amount"),  # rounds to nothing
        ("7-Eleven", "bad_amount"),
        ("kr 5000 EUR", "bad_amount"),  # two currencies (heldcmd33: kr and NOK are one)
        ("2 mkr EUR", "bad_amount"),
        ("kr 5 kr", "bad_amount"),
        ("5k k", "bad_amount"),
        ("k5", "bad_amount"),
        ("5 000 000,-x", "bad_amount"),
        ("1 23", "bad_amount"),
        ("1000000000000.01", "amount_too_large"),
        ("10000000000000", "amount_too_large"),
        ("2000 mrd", "amount_too_large"),
        ("9" * 400, "amount_too_large"),
    ],
)
def test_invalid_amounts(text: str, code: str) -> None:
    with pytest.raises(UserError) as err:
        parse_amount(text)
    assert err.value.code == code
    assert err.value.params == {"text": text}


@pytest.mark.parametrize(
    "text", ["", "   ", "Telenor", "minus fifty", "kr", "k", "NOK", "mill", "fifty thousand"]
)
def test_non_amounts_return_none(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize(
    ("tokens", "amount", "currency", "used"),
    [
        (["Telenor", "kr", "1", "250", "000"], "1250000", "NOK", 4),
        (["Yara", "99", "000", "NOK"], "99000", "NOK", 3),
        (["Equinor", "250k"], "250000", None, 1),
        (["Orkla", "1,5", "mill"], "1500000", None, 2),
        (["Equinor", "ASA", "250", "000"], "250000", None, 2),
        (["Circle", "K", "250k"], "250000", None, 1),
        (["Rema", "1000", "5", "000"], "5000", None, 2),  # "1000 5 000" is malformed
        (["Rema", "1000", "250k"], "250000", None, 1),
        (["Acme", "NOK", "250k"], "250000", "NOK", 2),
        (["Acme", "1", "250", "000"], "1250000", None, 3),  # never consumes everything
    ],
)
def test_match_amount_suffix(
    tokens: list[str], amount: str, currency: str | None, used: int
) -> None:
    money, consumed = match_amount_suffix(tokens, krone="NOK")
    assert money == Money(Decimal(amount).quantize(Decimal("0.01")), currency)
    assert consumed == used


@pytest.mark.parametrize(
    "tokens",
    [["Telenor"], ["Kongsberg", "Gruppen"], ["Equinor", "minus", "fifty"], ["Circle", "K"], []],
)
def test_match_amount_suffix_none(tokens: list[str]) -> None:
    assert match_amount_suffix(tokens, krone="NOK") is None


def test_match_amount_suffix_keep_at_least() -> None:
    assert match_amount_suffix(["250k"], krone="NOK") is None
    assert match_amount_suffix(["250k"], krone="NOK", keep_at_least=0) == (
        Money(Decimal("250000.00"), None),
        1,
    )


@pytest.mark.parametrize(
    ("tokens", "code", "text"),
    [
        (["Equinor", "-5000"], "negative_amount", "-5000"),
        (["Equinor", "minus", "5000"], "negative_amount", "minus 5000"),
        (["Equinor", "\u2212", "5000"], "negative_amount", "\u2212 5000"),
        (["Equinor", "1e400"], "bad_amount", "1e400"),
        (["Equinor", "NaN"], "bad_amount", "NaN"),
        (["Equinor", "12abc", "kr"], "bad_amount", "12abc kr"),
        (["Equinor", "10", "000", "000", "000", "000"], "amount_too_large", "10 000 000 000 000"),
    ],
)
def test_match_amount_suffix_errors(tokens: list[str], code: str, text: str) -> None:
    with pytest.raises(UserError) as err:
        match_amount_suffix(tokens, krone="NOK")
    assert (err.value.code, err.value.params) == (code, {"text": text})


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("450' kr", "450000", "NOK"),  # Norwegian offers: ' after a number is its thousands
        ("450’ kr", "450000", "NOK"),  # the phone's apostrophe
        ("kr 780'", "780000", "NOK"),
        ("780'", "780000", None),
        ("1'250'000", "1250000", None),  # apostrophes inside still group thousands
        ("1’250’000 kr", "1250000", "NOK"),
    ],
)
def test_an_apostrophe_ending_a_number_is_thousands(
    text: str, amount: str, currency: str | None
) -> None:
    assert parse_amount(text) == Money(Decimal(amount), currency)


def test_an_apostrophe_with_a_multiplier_is_refused() -> None:
    with pytest.raises(UserError):
        parse_amount("450'k")


def test_a_currency_before_a_number_word_is_the_amounts_before_it() -> None:
    """Session 42: "12k GBP to Circle K" holds no amount in words ("GBP to" is no two pounds);
    "kr to mill" and "GBP two hundred thousand" still do."""
    from bot.services.amounts import number_words

    assert number_words("12k GBP to Circle K UK".split()) is None
    assert number_words("kr to mill".split()) == (1, 3)
    assert number_words("GBP two hundred thousand".split()) == (1, 4)
