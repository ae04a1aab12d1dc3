from __future__ import annotations

import pytest

from bot.services.customers import (
    LEGAL_SUFFIXES,
    clean_display_name,
    customer_key,
    suggest,
)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("acme", "acme"),
        ("ACME AS", "acme"),
        ("Acme A/S", "acme"),
        ("Ácme AS.", "acme"),
        ("  Acme   AS ", "acme"),
        ("Acme ApS", "acme"),
        ("Acme AB (publ)", "acme"),
        ("Acme Ltd.", "acme"),
        ("Acme B.V.", "acme"),
        ("Acme I/S", "acme"),
        ("Fjordkraft AS", "fjordkraft"),
        ("Kongsberg Gruppen ASA", "kongsberg gruppen"),
        ("Equinor ASA", "equinor"),
        ("Bølgen & Moi", "bolgen moi"),
        ("Ærø Bryggeri", "aero bryggeri"),
        ("Åhléns AB", "ahlens"),
        ("Göteborg Energi", "goteborg energi"),
        ("Müller GmbH", "muller"),
        ("Nokia Oyj", "nokia"),
        ("H&M", "h m"),
        ("H & M", "h m"),
        ("Aker BP", "aker bp"),
        ("Mars AS", "mars"),
        ("AS", "as"),  # a name that is only a suffix keeps it
        ("A/S", "a s"),
        ("Acme AS ASA", "acme"),
        ("Asplan Viak", "asplan viak"),  # suffix words only count at the end, whole
    ],
)
def test_customer_key(name: str, key: str) -> None:
    assert customer_key(name) == key


def test_every_legal_suffix_is_dropped() -> None:
    for suffix in LEGAL_SUFFIXES:
        assert customer_key(f"Acme {suffix}") == "acme", suffix


def test_punctuation_only_names_keep_a_key() -> None:
    assert customer_key("!!!") == "!!!"
    assert customer_key("") == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Acme   AS ", "Acme AS"),
        ('"Acme AS"', "Acme AS"),
        ("“Acme”", "Acme"),
        ("«Acme»", "Acme"),
        ("'Acme'", "Acme"),
        ("Acme -", "Acme"),
        ("Acme:", "Acme"),
        ("ACME as", "ACME as"),  # case as typed
        ("Rock 'n' Roll AS", "Rock 'n' Roll AS"),
        ('""', ""),
        ("", ""),
    ],
)
def test_clean_display_name(text: str, expected: str) -> None:
    assert clean_display_name(text) == expected


EXISTING = ["Equinor ASA", "Telenor ASA", "Kongsberg Gruppen ASA", "Acme AS", "Yara", "Norsk Hydro"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Equinr", ["Equinor ASA"]),
        ("equinor asa", []),  # exact key match is the same customer, not a suggestion
        ("Equinor", []),
        ("Telenr", ["Telenor ASA"]),
        ("Kongsberg", ["Kongsberg Gruppen ASA"]),  # short name is a prefix
        ("Acne", []),  # 0.75: below the cutoff
        ("Acmee", ["Acme AS"]),
        ("Yarra", ["Yara"]),
        ("Statkraft", []),
        ("Eq", []),  # too short for a prefix hint
        ("Hydro", ["Norsk Hydro"]),  # a later word of a known name: asked, never a new customer
        ("Norsk", ["Norsk Hydro"]),
        ("Hydr", []),
        ("", []),
    ],
)
def test_suggest(name: str, expected: list[str]) -> None:
    assert suggest(name, EXISTING) == expected


def test_suggest_ranks_best_first_and_limits() -> None:
    existing = ["Nordic Sales", "Nordic Sails AS", "Nordic Salts", "Nordic Salt", "Nordic Sal"]
    result = suggest("Nordic Sale", existing, limit=3)
    assert len(result) == 3
    assert result[0] == "Nordic Sales"
    assert suggest("Nordic Sale", existing, limit=0) == []


def test_suggest_deduplicates_by_key() -> None:
    assert suggest("Equinr", ["Equinor ASA", "EQUINOR", "Equinor AS"]) == ["Equinor ASA"]
