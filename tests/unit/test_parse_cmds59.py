"""Session 59: slash commands misread in session 58's review (fresh phrasings through the
console). A call tried, said before the customer ("tried Serco Group plc twice, no answer" was a
customer "tried Serco Group plc"); a loss's amount in thousands written with dots ("Netto 350
t.kr." was a customer "Netto 350"); opening words whose first link names no company where a
later one does ("fikk endelig tak på innkjøpssjefen i Aker Solutions ASA"); "af"/"av" before the
customer ("endelig underskrevet af Vestas A/S"); a temperature first and a second one's emoji
("varmt møte med Elkjøp i dag 🔥": refused)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind, Temperature
from bot.services.commands import parse_log_command

OFFER, M, C, W, L = (
    ActivityKind.OFFER,
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.WIN,
    ActivityKind.LOSS,
)
THURSDAY = date(2026, 12, 10)
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}


def parse(kind: ActivityKind, text: str, language: str = "nb", known=()):  # type: ignore[no-untyped-def]
    return parse_log_command(
        kind, text, today=THURSDAY, language=language, krone=KRONE[language], known_customers=known
    )


@pytest.mark.parametrize(
    ("text", "language", "customer", "note"),
    [
        ("tried Serco Group plc twice, no answer", "en", "Serco Group plc", "no answer"),
        ("Prøvde Tine i dag", "nb", "Tine", "prøvde"),
        ("prøvde å ringe Tine i dag", "nb", "Tine", "prøvde å ringe"),
        ("försökte nå Mölnlycke i morse", "sv", "Mölnlycke", "försökte nå"),
        ("forsøgte at ringe til Vestas", "da", "Vestas", "forsøgte at ringe"),
        ("tried calling Greggs", "en", "Greggs", "tried calling"),
        ("prøvde igjen Orkla ASA, ingen svar", "nb", "Orkla ASA", "ingen svar"),
    ],
)  # fmt: skip
def test_a_call_tried_said_first_is_the_calls_note(text, language, customer, note) -> None:  # type: ignore[no-untyped-def]
    found = parse(C, text, language)
    assert (found.customer, found.note, found.unread) == (customer, note, None)


def test_a_known_name_that_opens_with_an_attempts_word_stays_the_name() -> None:
    assert parse(C, "Prøvet Bygg AS i dag", known={"Prøvet Bygg AS"}).customer == "Prøvet Bygg AS"


def test_an_attempt_before_small_words_is_no_customer() -> None:
    found = parse(C, "Prøvde ny løsning med Tine, de likte det")
    assert found.customer != "ny løsning" and found.unread


def test_tried_twice_is_two_calls() -> None:
    assert parse(C, "tried Serco Group plc twice, no answer", "en").times == 2


@pytest.mark.parametrize(
    ("text", "language", "customer", "note"),
    [
        ("Netto 350 t.kr., valgte en billigere", "da", "Netto", "350 t.kr., valgte en billigere"),
        ("tabt: Netto 350 t.kr., valgte en billigere", "da", "Netto", "350 t.kr., valgte en billigere"),
        ("Kiwi 350 t.kr., pris", "nb", "Kiwi", "350 t.kr., pris"),
    ],
)  # fmt: skip
def test_a_losss_amount_in_dotted_thousands_is_no_part_of_the_name(
    text, language, customer, note
) -> None:  # type: ignore[no-untyped-def]
    found = parse(L, text, language)
    assert (found.customer, found.note) == (customer, note)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "amount"),
    [
        (M, "fikk endelig tak på innkjøpssjefen i Aker Solutions ASA", "nb", "Aker Solutions ASA", None),
        (M, "fick äntligen till ett möte med Sandvik Coromant AB", "sv", "Sandvik Coromant AB", None),
        (W, "endelig underskrevet af Vestas A/S 2,1 mio", "da", "Vestas A/S", 2_100_000),
        (W, "endelig signert av Tine SA, 1,2 mill", "nb", "Tine SA", 1_200_000),
    ],
)  # fmt: skip
def test_opening_words_up_to_a_later_link_or_af(kind, text, language, customer, amount) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    assert (found.customer, found.amount, found.unread) == (
        customer,
        None if amount is None else Decimal(amount),
        None,
    )


def test_a_temperature_first_and_another_ones_emoji_is_asked_not_refused() -> None:
    found = parse(M, "varmt møte med Elkjøp i dag 🔥 demo 14/12")
    assert (found.customer, found.temperature, found.unread) == ("Elkjøp", Temperature.WARM, "🔥")
    assert found.next_step is not None and found.next_step.due == date(2026, 12, 14)
