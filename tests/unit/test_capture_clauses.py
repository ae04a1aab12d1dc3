"""Channel-message rules from the hunt6d round: a "not yet" blocks only its own clause, the one
who awards a contract is the customer, "møter"/"möter" + a day ahead is a planned meeting,
"CW" is closed-won, and "&" stays in a name."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, Recognition, recognise
from bot.services.customers import customer_key

TODAY = date(2026, 11, 20)  # a Friday
KNOWN = ["DNB", "Yara", "Telenor", "Ringnes", "Kongsberg Gruppen", "Equinor ASA", "Volvo", "Jysk"]


def _read(text: str, open_offers: set[str] = frozenset()) -> Recognition:  # type: ignore[assignment]
    return recognise(text, today=TODAY, known_customers=KNOWN, open_offers=open_offers)


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Meeting with DNB cancelled, but signed Yara 300k", "Yara", 300000),
        ("Call with Telenor postponed, but Ringnes signed 200k", "Ringnes", 200000),
        ("Møtet med DNB ble avlyst, men vi signerte Yara 300k", "Yara", 300000),
        ("Meeting with DNB cancelled, signed Yara 300k", "Yara", 300000),
        ("Signed Yara 300k, but the meeting with DNB is cancelled", "Yara", 300000),
    ],
)
def test_a_not_yet_blocks_only_its_own_clause(text: str, customer: str, amount: int) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.SURE,
        ActivityKind.WIN,
        customer,
        amount,
    ), found.reasons


@pytest.mark.parametrize(
    "text",
    ["Avtale med Yara 300k, til signering", "Yara 300k, cancelled", "Signed Yara 300k for signing"],
)
def test_a_not_yet_about_the_same_deal_still_blocks(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Kongsberg awarded the contract to Accenture",
        "Statnett tildelte kontrakten til Atea",
        "Yara awarded Accenture the contract",
    ],
)
def test_a_contract_awarded_to_a_third_party_is_their_news(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


def test_awarded_to_a_third_party_where_we_had_an_offer_out_is_our_loss_asked() -> None:
    found = _read(
        "Equinor awarded the contract to Accenture", open_offers={customer_key("Equinor ASA")}
    )
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.LIKELY,
        ActivityKind.LOSS,
        "Equinor ASA",
    )


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Kongsberg awarded the contract to us, 2M", "Kongsberg Gruppen"),
        ("Statnett tildelte oss kontrakten 1,2 mill", "Statnett"),
    ],
)
def test_a_contract_awarded_to_us_is_the_awarders_win(text: str, customer: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, ActivityKind.WIN, customer)


@pytest.mark.parametrize(
    ("text", "customer", "due"),
    [
        ("Møter Yara i morgen", "Yara", date(2026, 11, 21)),
        ("Träffar Volvo imorgon", "Volvo", date(2026, 11, 21)),
        ("Möter Volvo på tisdag", "Volvo", date(2026, 11, 24)),
        ("Møder Jysk i morgen", "Jysk", date(2026, 11, 21)),
        ("Besøker DNB i morgen", "DNB", date(2026, 11, 21)),
    ],
)
def test_meets_in_the_present_with_a_day_ahead_is_a_planned_meeting(
    text: str, customer: str, due: date
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.SURE,
        ActivityKind.MEETING,
        customer,
        TODAY,
    ), found.reasons
    assert found.next_step is not None and found.next_step.due == due


@pytest.mark.parametrize("text", ["Hvem møter Yara i morgen?", "Møter hele dagen i morgen"])
def test_meets_in_a_question_or_without_a_customer_records_nothing(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


@pytest.mark.parametrize("text", ["CW Yara 300k", "CW: Yara 300k", "cw - Yara 300k"])
def test_cw_is_closed_won(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.SURE,
        ActivityKind.WIN,
        "Yara",
        300000,
    )


@pytest.mark.parametrize("text", ["CW 48: meetings with Yara", "Plan for CW49: Yara demo"])
def test_cw_with_a_week_number_is_a_calendar_week(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Won Hansen &amp; Co 300k", "Hansen & Co"),
        ("Won Hansen & Co 300k", "Hansen & Co"),
        ("Møte med Berg &amp; Sønner i dag", "Berg & Sønner"),
    ],
)
def test_an_ampersand_stays_in_the_name(text: str, customer: str) -> None:
    assert _read(text).customer == customer


def test_two_known_names_joined_by_an_ampersand_are_asked() -> None:
    found = _read("Won Yara &amp; DNB 300k")
    assert found.outcome is Outcome.LIKELY and "several-customers" in found.reasons


@pytest.mark.parametrize(
    ("text", "customer", "when"),
    [
        ("Møte med Fredag Bygg i går", "Fredag Bygg", date(2026, 11, 19)),
        ("Møte med Fredag Bygg AS i går", "Fredag Bygg AS", date(2026, 11, 19)),
        ("Meeting with Monday Consulting yesterday", "Monday Consulting", date(2026, 11, 19)),
        ("Won Mai Eiendom 200k", "Mai Eiendom", TODAY),
    ],
)
def test_a_company_named_like_a_day_is_a_name(text: str, customer: str, when: date) -> None:
    found = _read(text)
    assert (found.outcome, found.customer, found.when) == (Outcome.SURE, customer, when)


@pytest.mark.parametrize(
    ("text", "when"),
    [("Møte med Yara fredag", TODAY), ("Met DNB Monday", date(2026, 11, 16))],
)
def test_a_day_after_a_name_is_still_a_date(text: str, when: date) -> None:
    found = _read(text)
    assert found.outcome is Outcome.SURE and found.when == when


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Mötet med Scania ställdes in men vi vann Volvo 2 MSEK", "Volvo", 2000000),
        ("Mødet med Vestas blev aflyst, men vi vandt Carlsberg 1,2 mio.", "Carlsberg", 1200000),
    ],
)
def test_a_but_after_a_called_off_part_opens_news_of_its_own(
    text: str, customer: str, amount: int
) -> None:
    found = recognise(text, today=TODAY, known_customers=[*KNOWN, "Scania", "Vestas", "Carlsberg"])
    assert (found.outcome, found.customer, found.amount) == (Outcome.SURE, customer, amount)


@pytest.mark.parametrize(
    "text", ["Signert Yara 300k men venter på signatur", "Yara 300k men avlyst"]
)
def test_a_but_after_the_win_about_the_same_deal_still_blocks(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    "text",
    [
        "Telenor call got pushed to Monday; closed DNB 120k though",
        "Meeting with DNB moved to Tuesday, signed Yara 300k",
    ],
)
def test_the_day_a_called_off_thing_moved_to_is_not_the_wins_day(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.when) == (Outcome.SURE, ActivityKind.WIN, TODAY)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Fredag Bygg signerte i dag 300k", "Fredag Bygg"),
        ("Mandag Media signerte 200k", "Mandag Media"),
    ],
)
def test_a_day_word_opening_a_sentence_before_a_name_is_asked(text: str, customer: str) -> None:
    """A day or a company named so: asked, never "Bygg" recorded unasked."""
    found = _read(text)
    assert (found.outcome, found.customer) == (Outcome.LIKELY, customer)
    assert "day-or-name" in found.reasons


def test_the_customer_is_taken_from_the_cues_own_clause_first() -> None:
    """ "DNB-møtet" after the comma is the called-off meeting, not what was signed."""
    found = _read("Yara 300k signert, DNB-møtet avlyst")
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        Outcome.SURE,
        ActivityKind.WIN,
        "Yara",
        300000,
    )
