"""Session 60: slash commands misread in session 60's blind held-out files (today Thu 4 Feb
2027) and the fresh phrasings around them. A sigh before a participle of the outcome
("Desværre tabt Føtex – …" was refused: no customer "Desværre"), or before the verb and its
subject ("Desværre har vi tabt Netto"); a cheer with no mark before the name ("Yay Tesco 40k",
"Hurra Tine 300k" were new customers "Yay Tesco", "Hurra Tine", stored); "get in!!" alone (a
customer "get")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command

OFFER, M, C, W, L = (
    ActivityKind.OFFER,
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.WIN,
    ActivityKind.LOSS,
)
THURSDAY = date(2027, 2, 4)
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}


def parse(kind: ActivityKind, text: str, language: str = "nb", known=()):  # type: ignore[no-untyped-def]
    return parse_log_command(
        kind, text, today=THURSDAY, language=language, krone=KRONE[language], known_customers=known
    )


@pytest.mark.parametrize(
    ("text", "language", "customer", "note"),
    [
        ("Desværre tabt Føtex – valgte en billigere løsning", "da", "Føtex", "valgte en billigere løsning"),
        ("desværre tabt føtex, for dyre", "da", "føtex", "for dyre"),
        ("Dessverre tapt Kiwi på pris", "nb", "Kiwi", "på pris"),
        ("Tyvärr förlorat Ica Maxi, valde en annan", "sv", "Ica Maxi", "valde en annan"),
        ("Desværre har vi tabt Netto, pris", "da", "Netto", "pris"),
        ("Dessverre har jeg tapt Orkla ASA", "nb", "Orkla ASA", None),
    ],
)  # fmt: skip
def test_a_sigh_before_the_losss_participle_or_its_subject(text, language, customer, note) -> None:  # type: ignore[no-untyped-def]
    found = parse(L, text, language)
    assert (found.customer, found.note, found.unread) == (customer, note, None)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer"),
    [
        (W, "Yay Tesco 40k", "en", "Tesco"),
        (W, "Hurra Tine 300k", "nb", "Tine"),
        # (review: "Yes", "Äntligen", "Finally" open names too, "Yes Bank": only before a known
        # customer, below)
        (W, "Yes Bank 40k", "en", "Yes Bank"),
        (W, "Äntligen Ica Maxi klart 2 mkr", "sv", "Ica Maxi"),
        (M, "Jess Hansen Design today", "en", "Jess Hansen Design"),
        (M, "Yay Tesco today", "en", "Tesco"),
        # with its legal form the word may be the name's, unless the rest is a known customer
        (W, "Endelig Bygg AS 300k", "nb", "Endelig Bygg AS"),
        (W, "Get Fit Ltd 40k", "en", "Get Fit Ltd"),
        (W, "Boom Media AS 40k", "nb", "Boom Media AS"),
    ],
)  # fmt: skip
def test_a_cheer_with_no_mark_before_a_capital_is_no_part_of_the_name(
    kind, text, language, customer
) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    assert (found.customer, found.unread) == (customer, None)


def test_a_cheer_that_opens_names_too_is_dropped_only_before_a_known_name() -> None:
    assert parse(W, "Yes Tesco signed 40k", "en", known={"tesco"}).customer == "Tesco"
    assert parse(W, "YES Tesco 40k", "en", known={"tesco"}).customer == "Tesco"


def test_a_cheer_before_a_known_name_with_its_legal_form_is_dropped() -> None:
    assert parse(W, "Endelig Tine SA 300k", known={"tine"}).customer == "Tine SA"
    assert parse(W, "Finally Greggs plc signed", "en", known={"greggs"}).customer == "Greggs plc"


@pytest.mark.parametrize("text", ["get in!! 🍻", "Get in there!!", "yes!! 🍻"])
def test_a_british_cheer_alone_is_no_customer(text: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(W, text, "en")
    assert refused.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer"),
    [
        (L, "lost Andrew and Jones Solicitors LLP, partners said no", "en", "Andrew and Jones Solicitors LLP"),
        (C, "Kestrel Analytics LLP today, warm", "en", "Kestrel Analytics LLP"),
        (M, "Riksbyggen ekonomisk förening idag, varm", "sv", "Riksbyggen ekonomisk förening"),
        (M, "HSB ek.för. igår, varm", "sv", "HSB ek.för"),
        (C, "ringde Mat och Möten i Malmö AB, inget svar", "sv", "Mat och Möten i Malmö AB"),
        (OFFER, "£85,000 to Smith and Sons (Builders) Ltd on Tuesday", "en", "Smith and Sons (Builders) Ltd"),
        (C, "jensen og søn tømrer aps, hed! møde onsdag", "da", "jensen og søn tømrer aps"),
        (M, "last Fri at Warm Front Heating Ltd - cold, they just signed with British Gas", "en", "Warm Front Heating Ltd"),
    ],
)  # fmt: skip
def test_a_name_read_to_its_legal_form(kind, text, language, customer) -> None:  # type: ignore[no-untyped-def]
    assert parse(kind, text, language).customer == customer


def test_a_day_first_is_never_a_names_first_word_before_its_legal_form() -> None:
    found = parse(
        M, "last Fri at Warm Front Heating Ltd - cold, they just signed with Centrica", "en"
    )
    assert (found.customer, found.when) == ("Warm Front Heating Ltd", date(2027, 1, 29))


@pytest.mark.parametrize(
    ("text", "language", "customer", "when", "amount", "currency"),
    [
        ("i tisdags 400k till Ica", "sv", "Ica", date(2027, 2, 2), 400000, None),
        ("tirsdag 400k til Kiwi", "nb", "Kiwi", date(2027, 2, 2), 400000, None),
        ("mandag 400k til Kiwi", "nb", "Kiwi", date(2027, 2, 1), 400000, None),
        ("i tisdags skickade vi 2,5 MSEK till Securitas Sverige AB, varm", "sv", "Securitas Sverige AB", date(2027, 2, 2), 2500000, "SEK"),
        ("28/1 400k til Kiwi", "nb", "Kiwi", date(2027, 1, 28), 400000, None),
        ("Coop Øst SA 28.01 – 600 000 kr", "nb", "Coop Øst SA", date(2027, 1, 28), 600000, "NOK"),
        ("Tesco 28.01 - £40k", "en", "Tesco", date(2027, 1, 28), 40000, "GBP"),
    ],
)  # fmt: skip
def test_a_day_then_the_amount(text, language, customer, when, amount, currency) -> None:  # type: ignore[no-untyped-def]
    found = parse(OFFER, text, language)
    assert (found.customer, found.when, found.amount, found.currency) == (
        customer,
        when,
        Decimal(amount),
        currency,
    )


@pytest.mark.parametrize(
    "text", ["Tine 1.2 – 1.5 mill", "Tine 1.2 til 1.5 mill", "Tine 2.50 - 3.25 mill"]
)
def test_a_range_of_decimals_is_asked_never_a_day_and_its_high_end(text: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(OFFER, text)
    assert refused.value.code == "bad_amount"


@pytest.mark.parametrize(
    ("text", "language", "note", "step"),
    [
        ("Netto, optaget", "da", "optaget", None),
        ("Tine, opptatt, ringer igjen i morgen", "nb", "opptatt", ("ringer igjen", date(2027, 2, 5))),
        ("phoned Hot Chocolate Co Ltd, line engaged, retry fri", "en", "line engaged", ("retry", date(2027, 2, 5))),
    ],
)  # fmt: skip
def test_a_busy_line_is_the_calls_note_and_a_retry_its_step(text, language, note, step) -> None:  # type: ignore[no-untyped-def]
    found = parse(C, text, language)
    assert found.note == note and found.unread is None
    assert (found.next_step and (found.next_step.what, found.next_step.due)) == step
    assert found.when == THURSDAY


def test_a_start_meeting_after_a_win_is_its_step() -> None:
    found = parse(W, "Vinn Energi AB i fredags 1 200 000 SEK, startmöte måndag", "sv")
    assert (found.when, found.next_step and found.next_step.what) == (
        date(2027, 1, 29),
        "startmöte",
    )
    assert found.next_step.due == date(2027, 2, 8) and found.unread is None


def test_a_contraction_stays_as_typed_in_the_note_and_the_words_asked() -> None:
    met = parse(
        M, "last Fri at Warm Front Heating Ltd - cold, they've just signed with British Gas", "en"
    )
    assert met.note == "they've just signed with British Gas"
    assert parse(M, "Tesco today, we've agreed a pilot", "en").unread == "we've agreed a pilot"


@pytest.mark.parametrize(
    ("text", "language", "customer", "note"),
    [
        ("ikea svenska försäljnings ab, pris", "sv", "ikea svenska försäljnings ab", "pris"),
        ("ben & jerry's homemade ltd, went in-house", "en", "ben & jerry's homemade ltd", "went in-house"),
        ("Tesco, partners said no", "en", "Tesco", "partners said no"),
        ("lost Andrew and Jones Solicitors LLP, 1.2m, partners said no", "en", "Andrew and Jones Solicitors LLP", "1.2m, partners said no"),
        ("lost £200k Unilever UK Ltd, price + timing", "en", "Unilever UK Ltd", "price + timing £200k"),
    ],
)  # fmt: skip
def test_a_losss_name_written_small_to_its_form_and_its_reason_as_typed(
    text, language, customer, note
) -> None:  # type: ignore[no-untyped-def]
    found = parse(L, text, language)
    assert (found.customer, found.note, found.unread) == (customer, note, None)


def test_a_losss_day_after_its_small_name() -> None:
    found = parse(L, "ikea svenska försäljnings ab 26/1, ingen respons efter offerten", "sv")
    assert (found.customer, found.when) == ("ikea svenska försäljnings ab", date(2027, 1, 26))


def test_pluss_before_the_vat_is_the_vats() -> None:
    found = parse(OFFER, "450 t.kr. til Coop Danmark pluss mva")
    assert (found.customer, found.amount, found.unread) == ("Coop Danmark", Decimal(450000), None)


def test_a_cheer_before_the_wins_verb_and_a_day_ahead_is_refused_as_ahead() -> None:
    with pytest.raises(UserError) as refused:
        parse(W, "YES vundet Arla Foods amba 5/2, 400k", "da")
    assert refused.value.code == "date_in_future"
    assert parse(W, "YES vundet Arla Foods amba 3/2, 400k", "da").customer == "Arla Foods amba"


def test_a_capitalised_weekday_before_the_amount_is_the_day_never_the_names_first_word() -> None:
    found = parse(OFFER, "Tuesday £42k to Pennine Foods LLP, chase Monday", "en")
    assert (found.customer, found.when, found.amount) == (
        "Pennine Foods LLP",
        date(2027, 2, 2),
        Decimal(42000),
    )
    assert (found.next_step.what, found.next_step.due) == ("chase", date(2027, 2, 8))


def test_nobody_took_the_phone_is_no_customer_and_the_calls_note_after_one() -> None:
    with pytest.raises(UserError) as refused:
        parse(C, "ingen tog telefonen, prøver igen i morgen", "da")
    assert refused.value.code == "not_a_customer"
    assert parse(C, "Tine, ingen tok telefonen").note == "ingen tok telefonen"
    found = parse(C, "Vinterträdgården i Lund AB tog inte, röstbrevlåda", "sv")
    assert (found.customer, found.note, found.unread) == (
        "Vinterträdgården i Lund AB",
        "tog inte, röstbrevlåda",
        None,
    )


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer"),
    [
        (L, "Sadly Patel and Khan Solicitors LLP on Monday - budget pulled", "en", "Patel and Khan Solicitors LLP"),
        (L, "Unfortunately Boots, price", "en", "Boots"),
        (L, "Dessverre Tine SA, pris", "nb", "Tine SA"),
        (W, "Get in!! acme widgets ltd £85,000 🍾", "en", "acme widgets ltd"),
        (W, "Endelig!! hansen bygg as 400k", "nb", "hansen bygg as"),
    ],
)  # fmt: skip
def test_a_sigh_or_a_cheer_before_the_name_is_none_of_it(kind, text, language, customer) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    assert (found.customer, found.unread) == (customer, None)


# The review of the session's change (a helper, old code against new): readings the first
# versions of the rules above made worse, each mended


@pytest.mark.parametrize("text", ["Tine 2.10 – 3 mill", "Kiwi 1.10 - 2 mill", "Tine 1.12 - 2 mill"])
def test_a_range_whose_low_end_looks_like_a_day_stays_asked(text: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(OFFER, text)
    assert refused.value.code == "bad_amount"


@pytest.mark.parametrize(
    ("text", "language", "when", "amount"),
    [
        ("ICA 12.01 – 1,5 MSEK", "sv", date(2027, 1, 12), 1500000),
        ("Tine 28.01 – 1.5 mill", "nb", date(2027, 1, 28), 1500000),
        ("Tine 3.2 - 1.5 mill", "nb", date(2027, 2, 3), 1500000),
    ],
)
def test_a_day_then_a_smaller_decimal_amount_is_no_range(text, language, when, amount) -> None:  # type: ignore[no-untyped-def]
    found = parse(OFFER, text, language)
    assert (found.when, found.amount) == (when, Decimal(amount))


@pytest.mark.parametrize(
    ("kind", "text", "customer", "when"),
    [
        (OFFER, "On Tuesday £42k to Pennine Foods LLP", "Pennine Foods LLP", date(2027, 2, 2)),
        (OFFER, "Last Tuesday £42k to Pennine Foods LLP", "Pennine Foods LLP", date(2027, 2, 2)),
        (M, "Last Fri at Warm Front Heating LLP", "Warm Front Heating LLP", date(2027, 1, 29)),
        (M, "Yesterday Warm Front Heating LLP", "Warm Front Heating LLP", date(2027, 2, 3)),
    ],
)  # fmt: skip
def test_a_capitalised_days_words_never_open_the_name(kind, text, customer, when) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, "en")
    assert (found.customer, found.when) == (customer, when)


def test_a_weekday_or_a_month_with_its_capital_still_opens_a_name() -> None:
    assert parse(M, "Fredag Film AS i går").customer == "Fredag Film AS"


def test_an_offers_version_first_is_no_week() -> None:
    with pytest.raises(UserError):
        parse(OFFER, "v4 400k Kiwi", "en")


def test_a_contraction_typed_in_full_too_is_left_as_read() -> None:
    found = parse(M, "Tesco, they have budget, they've said so", "en")
    assert "they've budget" not in (found.note or "")


@pytest.mark.parametrize(
    ("text", "language", "customer", "amount"),
    [
        ("Skickade offert 850 tkr till Skanska Sverige AB i måndags", "sv", "Skanska Sverige AB", 850000),
        ("sendte tilbud 400k til Tine SA", "nb", "Tine SA", 400000),
        ("sent quote £40k to Tesco", "en", "Tesco", 40000),
    ],
)  # fmt: skip
def test_the_offer_sent_then_its_amount_then_whom_to(text, language, customer, amount) -> None:  # type: ignore[no-untyped-def]
    found = parse(OFFER, text, language)
    assert (found.customer, found.amount, found.unread) == (customer, Decimal(amount), None)


@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [
        ("Jubii vundet Novo Nordisk A/S 1,1 mio", "da", "Novo Nordisk A/S"),
        ("Juhu Ica Maxi 2 mkr", "sv", "Ica Maxi"),
        ("Jubel Bygg AS 300k", "nb", "Jubel Bygg AS"),
    ],
)
def test_the_danish_and_swedish_cheers(text: str, language: str, customer: str) -> None:
    assert parse(W, text, language).customer == customer
