"""Session 62: an offer's version said before its amount ("Nammo AS rev 2 250 000" was NOK
2 250 000 with "rev" asked; "Novo A/S version 3 450.000 kr" was DKK 3 450, stored), an amount
whose marks group twice in two ways ("3 450.000" was 3 450 with three decimals), and an offer's
sending verb left alone in its note once its day was read ("– skickad i fredags" kept
"skickad")."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.amounts import parse_amount
from bot.services.commands import parse_log_command

OFFER = ActivityKind.OFFER
SUNDAY = date(2026, 12, 6)
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "GBP"}


def parse(kind: ActivityKind, text: str, language: str = "nb", known=(), today=SUNDAY):  # type: ignore[no-untyped-def]
    return parse_log_command(
        kind, text, today=today, language=language, krone=KRONE[language], known_customers=known
    )


@pytest.mark.parametrize(
    ("text", "language", "customer", "amount", "note"),
    [
        ("Nammo AS rev 2 250 000", "nb", "Nammo AS", 250_000, "rev 2"),
        ("Nammo AS rev. 2 kr 250 000", "nb", "Nammo AS", 250_000, "rev. 2"),
        ("Nammo AS versjon 2, 250 000", "nb", "Nammo AS", 250_000, "versjon 2"),
        ("Novo A/S version 3 450.000 kr", "da", "Novo A/S", 450_000, "version 3"),
        ("Tesco plc revision 3 £40,000", "en", "Tesco plc", 40_000, "revision 3"),
        ("Tesco plc ver. 4 - £40k", "en", "Tesco plc", 40_000, "ver. 4"),
        ("Scania AB rev 2 1 200 000 kr", "sv", "Scania AB", 1_200_000, "rev 2"),
        ("Kiwi rev2 450k", "nb", "Kiwi", 450_000, "rev2"),
        ("Nammo AS v2 250 000", "nb", "Nammo AS", 250_000, "v2"),
        ("Nammo AS 250 000 kr, rev 2", "nb", "Nammo AS", 250_000, "rev 2"),
        # a name's own number stays the name's
        ("Version 1 Ltd £40k", "en", "Version 1 Ltd", 40_000, None),
        ("Rev 2 Ltd £40k", "en", "Rev 2 Ltd", 40_000, None),
    ],
)  # fmt: skip
def test_an_offers_version_is_its_note_never_its_amount(
    text, language, customer, amount, note
) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(OFFER, text, language)
    assert (cmd.customer, cmd.amount, cmd.note, cmd.unread) == (
        customer, Decimal(amount), note, None
    )  # fmt: skip


def test_a_week_glued_to_v_stays_a_week() -> None:
    # "v49" before an amount, this week's neighbour: the offer's day (Mon 30 Nov)
    assert parse(OFFER, "Scania AB v49 200 tkr", "sv").when == date(2026, 11, 30)
    # "uppföljning v2": the step's week, not the offer's version (was the note "v2")
    cmd = parse(OFFER, "Scania AB 200 tkr, uppföljning v2", "sv")
    assert (cmd.next_step and cmd.next_step.due, cmd.note) == (date(2027, 1, 15), None)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("3 450.000 kr", 3_450_000), ("1 200.000", 1_200_000), ("1,250.000", 1_250_000)],
)
def test_marks_that_group_two_ways_group_thousands(text: str, amount: int) -> None:
    money = parse_amount(text, krone="DKK")  # (were 3 450, 1 200, 1 250 with three decimals)
    assert money is not None and money.amount == amount


@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [("Kiwi 1 250.000", "nb", "Kiwi"), ("Rema 1000 1 250.000", "nb", "Rema 1000"), ("Novo 1 250.000 kr", "da", "Novo")],
)  # fmt: skip
def test_an_amount_grouped_two_ways_after_a_name(text: str, language: str, customer: str) -> None:
    cmd = parse(OFFER, text, language)
    assert (cmd.customer, cmd.amount) == (customer, Decimal(1_250_000))


@pytest.mark.parametrize(
    ("text", "amount"),
    [("450.000 kr", 450_000), ("12 450,50 kr", Decimal("12450.50")), ("1.250 tkr", 1_250_000)],
)
def test_amounts_grouped_one_way_stay(text: str, amount) -> None:  # type: ignore[no-untyped-def]
    money = parse_amount(text, krone="DKK")
    assert money is not None and money.amount == Decimal(amount)


@pytest.mark.parametrize(
    ("text", "language", "when", "note"),
    [
        ("Lindab AB 640' – skickad i fredags", "sv", date(2026, 12, 4), None),
        ("Glamox AS 480' – sendt i går", "nb", date(2026, 12, 5), None),
        ("Nordic Ltd £12k – sent last Friday, valid 30 days", "en", date(2026, 12, 4), "valid 30 days"),
        # typed so, the seller's words stay
        ("Glamox AS 480' – sendt", "nb", SUNDAY, "sendt"),
    ],
)  # fmt: skip
def test_a_sending_verb_whose_day_was_read_leaves_the_note(text, language, when, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(OFFER, text, language)
    assert (cmd.when, cmd.note, cmd.unread) == (when, note, None)


WEDNESDAY = date(2027, 9, 15)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer"),
    [
        (ActivityKind.WIN, "vann Förlorade Sonen Bryggeri AB, 60 tkr", "sv", "Förlorade Sonen Bryggeri AB"),
        (OFFER, "£120k proposal Lost Property Bar Ltd yesterday, hot", "en", "Lost Property Bar Ltd"),
        (ActivityKind.LOSS, "lost Lost Boys Ltd", "en", "Lost Boys Ltd"),
        (ActivityKind.WIN, "won Lost Boys Ltd £3k", "en", "Lost Boys Ltd"),
        # the verb said and a name with no legal form: the verb, as before
        (ActivityKind.WIN, "vant Tapte Timer AS 40 000", "nb", "Tapte Timer AS"),
        (OFFER, "tilbud sendt Coop 40 000", "nb", "Coop"),
        # a formed name that opens with a digit after the talk's noun and "m"
        (ActivityKind.CALL, "i onsdags samtal m 3 Vänner Fastigheter AB, varm", "sv", "3 Vänner Fastigheter AB"),
        # written small, its legal form ending it, then the loss or its reason
        (ActivityKind.LOSS, "tabt: møller & hansen i/s, de valgte e-conomic", "da", "møller & hansen i/s"),
        (ActivityKind.LOSS, "møller & hansen, pris", "da", "møller & hansen"),
        (ActivityKind.LOSS, "malmo stads parkering ab forlorad, upphandling overprovad", "sv", "malmo stads parkering ab"),
    ],
)  # fmt: skip
def test_a_word_of_another_outcome_or_a_small_form_keeps_the_whole_name(
    kind, text, language, customer
) -> None:  # type: ignore[no-untyped-def]
    assert parse(kind, text, language, today=WEDNESDAY).customer == customer


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("closed Sunrise and Sunset Travel Ltd yesterday 1.1m, from the offer on 3/9", date(2027, 9, 14)),
        ("closed Tesco yesterday £1.1m, from the offer of 3/9", date(2027, 9, 14)),
        ("Tesco 1.1m, from the offer on 3/9", WEDNESDAY),
    ],
)  # fmt: skip
def test_the_offers_day_on_a_win_is_its_note_never_the_wins(text: str, when: date) -> None:
    cmd = parse(ActivityKind.WIN, text, "en", today=WEDNESDAY)
    assert (cmd.when, cmd.unread) == (when, None)
    assert cmd.note is not None and cmd.note.endswith("3/9")


THURSDAY = date(2027, 11, 25)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "when"),
    [
        (ActivityKind.LOSS, "tabt sidste uge, Glad Hund Street Food I/S, lukker forretningen", "da", "Glad Hund Street Food I/S", date(2027, 11, 15)),
        (ActivityKind.LOSS, "tabt i går, Hed Hund I/S, lukker", "da", "Hed Hund I/S", date(2027, 11, 24)),
        (ActivityKind.LOSS, "lost last week, Glad Dog Ltd, closing down", "en", "Glad Dog Ltd", date(2027, 11, 15)),
        (ActivityKind.WIN, "vant i går, Kiwi AS, 300k", "nb", "Kiwi AS", date(2027, 11, 24)),
        (OFFER, "proposal sent on Monday, Sunday Best Catering Ltd, 12.5k, chase Thursday", "en", "Sunday Best Catering Ltd", date(2027, 11, 22)),
        (ActivityKind.LOSS, "on Monday lost tuesday gardens ltd, no decision maker", "en", "tuesday gardens ltd", date(2027, 11, 22)),
        # a slip in the command's word before its day ("tilbd")
        (OFFER, "tilbd sendt i mandags: Varmeværket Øst P/S, 75k", "da", "Varmeværket Øst P/S", date(2027, 11, 22)),
        # the command's verb, then its noun before a name written small
        (OFFER, "skickat offert nordgren & dotter hb 450' kr tors 18/11", "sv", "nordgren & dotter hb", date(2027, 11, 18)),
        # "o" for "och" inside a formed name
        (ActivityKind.LOSS, "Tyvärr, förlorat Olle o Stina Bygg AB 19.11 - 2,1 MSEK, för lång leveranstid", "sv", "Olle o Stina Bygg AB", date(2027, 11, 19)),
        (ActivityKind.MEETING, "Olle o Stina Bygg AB i tisdags", "sv", "Olle o Stina Bygg AB", date(2027, 11, 23)),
        (OFFER, "sent quote yesterday to lost property studios ltd, £45,000", "en", "lost property studios ltd", date(2027, 11, 24)),
    ],
)  # fmt: skip
def test_the_commands_day_said_first_and_the_name_set_apart(
    kind, text, language, customer, when
) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text, language, today=THURSDAY)
    assert (cmd.customer, cmd.when) == (customer, when)


def test_words_after_a_day_said_first_that_name_no_one_stay_refused() -> None:
    with pytest.raises(UserError):
        parse(ActivityKind.MEETING, "möte idag, gick bra tycker jag 😅", "sv", today=THURSDAY)


def test_a_shopping_day_is_no_day_of_the_record() -> None:
    cmd = parse(
        ActivityKind.CALL,
        "called Call & Collect Logistics Ltd, no answer, prob Black Friday madness. try again tomorrow",
        "en",
        today=THURSDAY,
    )
    assert (cmd.customer, cmd.when) == ("Call & Collect Logistics Ltd", THURSDAY)
    assert cmd.next_step is not None and cmd.next_step.due == date(2027, 11, 26)


MONDAY = date(2028, 1, 10)  # ISO week 2


@pytest.mark.parametrize(
    ("kind", "text", "language", "amount", "note"),
    [
        (ActivityKind.WIN, "Hafslund Nett AS i onsdags, 750 000 kr, tilbud rev 3", "nb", 750_000, "tilbud rev 3"),
        (ActivityKind.WIN, "vunnit Lindex AB i fredags 95k, offerten v2", "sv", 95_000, "offerten v2"),
        (OFFER, "tilbud v2 til Vinterlys Eiendom AS 1,2 mill eks mva, varm", "nb", 1_200_000, "v2"),
        (OFFER, "tilbdu selvaag bolig asa versjon 2 NOK 1.1m. følg opp neste uke", "nb", 1_100_000, "versjon 2"),
        (OFFER, "Offert till Fem Myror och en Elefant AB 350 tkr v2, uppfölj nästa vecka", "sv", 350_000, None),
        # a week ahead is no done offer's week: the version
        (OFFER, "Scania AB 200 tkr v3, uppföljning v4", "sv", 200_000, "v3"),
        # the number before a unit is the amount's
        (OFFER, "Volvo ny version 2 MSEK", "sv", 2_000_000, None),
    ],
)  # fmt: skip
def test_a_version_in_the_years_first_weeks(kind, text, language, amount, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text, language, today=MONDAY)
    assert (cmd.amount, cmd.note, cmd.unread) == (Decimal(amount), note, None)
    assert cmd.when <= MONDAY


def test_this_weeks_v_glued_after_an_amount_stays_the_week() -> None:
    assert parse(OFFER, "Scania AB 200 tkr v1", "sv", today=MONDAY).when == date(2028, 1, 3)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "when"),
    [
        (OFFER, "Offert till Fem Myror och en Elefant AB 350 tkr", "sv", "Fem Myror och en Elefant AB", MONDAY),
        (ActivityKind.MEETING, "Call of the Wild Ltd last Friday", "en", "Call of the Wild Ltd", date(2028, 1, 7)),
        (ActivityKind.LOSS, "postnord sverige ab tappade vi 7/1, 450 000 kr, de köpte in egen lösning", "sv", "postnord sverige ab", date(2028, 1, 7)),
        (ActivityKind.LOSS, "BBC Studios Ltd lost on Weds - chose in-house team", "en", "BBC Studios Ltd", date(2028, 1, 5)),
        (ActivityKind.LOSS, "Kiwi tapt i fredags - pris", "nb", "Kiwi", date(2028, 1, 7)),
    ],
)  # fmt: skip
def test_names_with_articles_and_a_losss_day_before_a_dash(
    kind, text, language, customer, when
) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text, language, today=MONDAY)
    assert (cmd.customer, cmd.when) == (customer, when)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("ringde, upptaget hela dan 🙄", "sv"),
        ("ringte, opptatt hele dagen", "nb"),
        ("rang, engaged all day", "en"),
    ],
)
def test_a_line_busy_all_day_names_no_customer(text: str, language: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(ActivityKind.CALL, text, language, today=MONDAY)
    assert refused.value.code == "not_a_customer"


def test_a_busy_line_after_the_customer_is_the_note() -> None:
    cmd = parse(ActivityKind.CALL, "ringte Kiwi, opptatt hele dagen", "nb", today=MONDAY)
    assert (cmd.customer, cmd.note) == ("Kiwi", "opptatt hele dagen")


def test_no_answer_said_first_keeps_a_dotted_day() -> None:
    cmd = parse(
        ActivityKind.CALL,
        "telefonsvarer hos Varme & Sanitær Vest AS 7.1., ring tilbake torsdag",
        "nb",
        today=MONDAY,
    )
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (
        "Varme & Sanitær Vest AS", date(2028, 1, 7), "telefonsvarer", None
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "customer", "words"),
    [
        ("called Tesco, no answer, prob Black Friday madness. try again tomorrow", "Tesco", "no answer, prob Black Friday madness."),
        ("Black Friday Ltd yesterday", "Black Friday Ltd", None),
    ],
)  # fmt: skip
def test_a_shopping_day_is_shown_as_typed(text: str, customer: str, words: str | None) -> None:
    cmd = parse(ActivityKind.CALL, text, "en", today=THURSDAY)
    assert (cmd.customer, cmd.note or cmd.unread) == (customer, words)


@pytest.mark.parametrize(
    ("text", "customer", "note", "unread"),
    [
        ("Currys cyber monday prep", "Currys", "cyber monday prep", None),
        ("Argos black friday planning", "Argos", "black friday planning", None),
    ],
)
def test_a_shopping_day_is_never_a_names_word_unasked(
    text: str, customer: str, note: str, unread: str | None
) -> None:
    # session 63: the day's words the campaign's note, the rest asked (was refused as dated
    # ahead, the name "Currys cyber-monday" the other reading)
    cmd = parse(ActivityKind.MEETING, text, "en", today=THURSDAY)
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (customer, THURSDAY, note, unread)


# Read again after a review of the change (old against new on 1,239 texts of its own)
@pytest.mark.parametrize(
    ("kind", "text", "note"),
    [
        # a version named in a talk's or a loss's words stays their note, no week
        # (session 63: as typed, was "revidert tilbud")
        (ActivityKind.MEETING, "Kiwi, gikk gjennom tilbud v2", "gikk gjennom tilbud v2"),
        (ActivityKind.CALL, "Ringte Tine om tilbud v2", "om tilbud v2"),
        (ActivityKind.LOSS, "Kiwi tilbud v2 - for dyrt", "tilbud v2, for dyrt"),
    ],
)
def test_a_version_in_a_talks_words_is_no_week(kind, text, note) -> None:  # type: ignore[no-untyped-def]
    today = date(2028, 1, 20)
    cmd = parse(kind, text, "nb", today=today)
    assert (cmd.when, cmd.note, cmd.next_step) == (today, note, None)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "amount"),
    [
        (OFFER, "Tilbud v2 Kiwi 450k", "nb", "Kiwi", 450_000),
        (OFFER, "Offert v2 Axfood 450 tkr", "sv", "Axfood", 450_000),
        (OFFER, "oppdatert tilbud v3 Tine 2,1 mill", "nb", "Tine", 2_100_000),
        # revenue, its figure grouped: no version
        (ActivityKind.WIN, "Tesco rev 40 000", "en", "Tesco", 40_000),
    ],
)  # fmt: skip
def test_a_version_before_a_capital_or_revenue_reads_as_before(
    kind, text, language, customer, amount
) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text, language, today=WEDNESDAY)
    assert (cmd.customer, cmd.amount, cmd.when) == (customer, Decimal(amount), WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Tesco £45k, signed the quote on Monday", date(2027, 9, 13)),
        ("Tesco £45k, accepted the quote on Monday", date(2027, 9, 13)),
    ],
)
def test_what_they_did_to_the_offer_on_a_day_dates_the_win(text: str, when: date) -> None:
    assert parse(ActivityKind.WIN, text, "en", today=WEDNESDAY).when == when


def test_a_lost_name_with_an_article_after_of() -> None:
    cmd = parse(ActivityKind.LOSS, "Call of the Wild Ltd - no budget", "en", today=WEDNESDAY)
    assert (cmd.customer, cmd.note) == ("Call of the Wild Ltd", "no budget")


def test_a_version_far_ahead_after_a_step_word_is_the_version_as_before() -> None:
    cmd = parse(OFFER, "Kiwi 450k, oppfølging v2", "nb", today=WEDNESDAY)
    assert (cmd.note, cmd.next_step) == ("v2", None)


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Studio 54 250.000 kr", "Studio 54", 250_000),  # was "Studio" at 54 250 (54 250 000 at first)
        ("Bygg 24 250.000", "Bygg 24", 250_000),
        ("Rema 1000 250.000", "Rema 1000", 250_000),
        # a single figure before a dotted group is the million's
        ("Kiwi 1 250.000", "Kiwi", 1_250_000),
    ],
)  # fmt: skip
def test_a_names_number_before_a_dotted_amount(text: str, customer: str, amount: int) -> None:
    cmd = parse(OFFER, text, "nb", today=WEDNESDAY)
    assert (cmd.customer, cmd.amount) == (customer, Decimal(amount))
