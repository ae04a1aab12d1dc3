"""Session 29 (amounts29). Forty fresh phrasings with amounts and names, written before they were
run and not designed for: four languages, both readers (32 channel messages, 8 slash commands);
amounts after and before names, names that hold a figure ("Bygg 2000 AS", "7-Eleven", "3M",
"Rema 1000"), a price per month with or without its term, ranges ("250-300k", "£20-25k": asked,
no amount guessed), "ca." / "c." / "approx", "eks. mva" / "exkl. moms" / "ex VAT", "t.kr.",
"780'", ",-" and ":-". Read on Tuesday 1 December 2026. A message row: the records in order
(outcome, kind, customer, amount, day), the first, then each asked about on its own; a command
row: the fields it names (its day today unless it names "when")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.fresh_phrasings import OFFER, WIN, L, S, check_command, check_message, k, month

T = date(2026, 12, 1)  # Tuesday
Y = date(2026, 11, 30)
nov = month(2026, 11)

MESSAGES: list[tuple[str, list]] = [
    # -- Norwegian
    ("Sendt tilbud til Bygg 2000 AS på 340 000 kr eks. mva", [(S, OFFER, "Bygg 2000 AS", k(340000), T)]),
    ("Vant Kiwi i dag, ca. 450k", [(S, WIN, "Kiwi", k(450000), T)]),
    ("Tilbud til Rema 1000: 1,2 mill eks mva", [(S, OFFER, "Rema 1000", k(1200000), T)]),
    ("Fikk ja fra Tine! 85 000,- pr mnd i 24 mnd", [(L, WIN, "Tine", k(2040000), T)]),
    ("Sendte tilbud på 250-300k til Orkla i går", [(L, OFFER, "Orkla", None, Y)]),
    ("Tilbud 1 250 000 kr til Statkraft sendt", [(S, OFFER, "Statkraft", k(1250000), T)]),
    ("Signert med 7-Eleven, 95 tkr", [(S, WIN, "7-Eleven", k(95000), T)]),
    ("Tilbud til Posten 3 500 kr/mnd", [(L, OFFER, "Posten", k(3500), T)]),
    ("Vant Elkjøp 2,5 MNOK i dag 🎉", [(S, WIN, "Elkjøp", k(2500000), T)]),
    ("Vant Byggmester 2000 200k", [(S, WIN, "Byggmester 2000", k(200000), T)]),
    # -- Swedish
    ("Skickade offert till ICA på 300 tkr exkl. moms", [(S, OFFER, "ICA", k(300000), T)]),
    ("Vann Axfood idag, ca 1,2 mkr", [(S, WIN, "Axfood", k(1200000), T)]),
    ("Offert till Scania 45 000:- per månad", [(L, OFFER, "Scania", k(45000), T)]),
    ("Vann 3M 150 tkr igår", [(S, WIN, "3M", k(150000), Y)]),
    ("Offert till H&M 200-250 tkr skickad", [(L, OFFER, "H&M", None, T)]),
    ("Affären med Volvo klar: 2 400 000 kr", [(S, WIN, "Volvo", k(2400000), T)]),
    ("Skickat offert till Coop 12 500 kr/mån i 36 mån", [(L, OFFER, "Coop", k(450000), T)]),
    ("Vann Telia 900 tkr 27/11", [(S, WIN, "Telia", k(900000), nov(27))]),
    # -- Danish
    ("Sendt tilbud til Carlsberg på ca. 400.000 kr ekskl. moms", [(L, OFFER, "Carlsberg", k(400000), T)]),
    ("Vandt Novo 1,5 mio. kr i dag", [(S, WIN, "Novo", k(1500000), T)]),
    ("Tilbud til Jysk: 75.000 kr om måneden", [(L, OFFER, "Jysk", k(75000), T)]),
    ("Vi har vundet Lego 250 t.kr.", [(S, WIN, "Lego", k(250000), T)]),
    ("Tilbud på 120.000 kr sendt til Arla", [(S, OFFER, "Arla", k(120000), T)]),
    ("Vandt Danfoss 320 tkr 26/11", [(S, WIN, "Danfoss", k(320000), nov(26))]),
    ("Tilbud til Pandora sendt i går, 85.000 kr/md i 24 md", [(L, OFFER, "Pandora", k(2040000), Y)]),
    # -- English
    ("Sent a quote to Tesco for £45k ex VAT", [(S, OFFER, "Tesco", k(45000), T)]),
    ("Proposal to Ocado: £3,500 per month", [(L, OFFER, "Ocado", k(3500), T)]),
    ("Sent Greggs a quote, £20-25k", [(L, OFFER, "Greggs", None, T)]),
    ("Quote out to Lloyds, c. £60k", [(L, OFFER, "Lloyds", k(60000), T)]),
    ("Quote to Asda £15k/month for 12 months", [(L, OFFER, "Asda", k(180000), T)]),
    ("Won Vodafone 250k 26/11", [(S, WIN, "Vodafone", k(250000), nov(26))]),
    ("Won £40k and £25k from Aviva and Boots", [(L, WIN, "Aviva", k(40000), T), (L, WIN, "Boots", k(25000), T)]),
]  # fmt: skip

COMMANDS: list[tuple[str, str, str, dict]] = [
    ("offer", "nb", "Bygg 2000 340 000 kr eks. mva", {"customer": "Bygg 2000", "amount": k(340000)}),
    ("win", "nb", "Q1 Partners 1 200 000", {"customer": "Q1 Partners", "amount": k(1200000)}),
    ("offer", "nb", "Tine 9 900,- pr mnd i 36 mnd", {"customer": "Tine", "amount": k(356400)}),
    ("win", "nb", "Kiwi 95 000,- 27.11", {"customer": "Kiwi", "amount": k(95000), "when": nov(27)}),
    ("offer", "sv", "ICA 12 500:- per månad", {"customer": "ICA", "amount": k(12500)}),
    ("offer", "en", "Tesco £45k ex VAT", {"customer": "Tesco", "amount": k(45000), "currency": "GBP"}),
    ("win", "nb", "7-Eleven 95 tkr i går", {"customer": "7-Eleven", "amount": k(95000), "when": Y}),
    ("offer", "da", "Pandora 85.000 kr/md i 24 md", {"customer": "Pandora", "amount": k(2040000), "currency": "DKK"}),
]  # fmt: skip


@pytest.mark.parametrize("row", MESSAGES, ids=[t[:50] for t, _ in MESSAGES])
def test_fresh_messages_with_amounts_and_names(row: tuple) -> None:
    check_message(row, T, [])


@pytest.mark.parametrize("row", COMMANDS, ids=[r[2][:50] for r in COMMANDS])
def test_fresh_commands_with_amounts_and_names(row: tuple) -> None:
    check_command(row, T)


def test_there_are_forty_in_four_languages() -> None:
    assert len(MESSAGES) + len(COMMANDS) == 40
