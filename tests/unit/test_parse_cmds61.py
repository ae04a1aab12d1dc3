"""Session 61: slash commands misread in the notes left by session 60 and the phrasings around
them. A word of ours joined to the next into one name after the command's noun ("møde Tabt &
Fundet ApS", "call Lost & Found Ltd" were customers "& Fundet ApS", "& Found Ltd", stored); a
Swede's "sökte" (tried to reach: "Sökte Swedbank, inget svar" was a customer "Sökte
Swedbank"); an attempt at whom at the customer ("prøvde å nå Per på Tine" was a customer
"prøvde å nå Per"); a booking's particle ("booked in for Friday" dated the meeting last Friday;
"booka inn demo fredag" left unread) and a talk booked after a dash ("– demo booked for Friday"
was all the note)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command

OFFER, M, C = ActivityKind.OFFER, ActivityKind.MEETING, ActivityKind.CALL
THURSDAY = date(2027, 2, 4)
FRIDAY = date(2027, 2, 5)
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "GBP"}


def parse(kind: ActivityKind, text: str, language: str = "nb", known=()):  # type: ignore[no-untyped-def]
    return parse_log_command(
        kind, text, today=THURSDAY, language=language, krone=KRONE[language], known_customers=known
    )


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer"),
    [
        (M, "møde Tabt & Fundet ApS", "da", "Tabt & Fundet ApS"),
        (C, "opkald Tabt & Fundet ApS", "da", "Tabt & Fundet ApS"),
        (OFFER, "tilbud Tabt & Fundet ApS 40.000", "da", "Tabt & Fundet ApS"),
        (C, "call Lost & Found Ltd", "en", "Lost & Found Ltd"),
        (OFFER, "tilbud Tapt og Funnet AS 40 000", "nb", "Tapt og Funnet AS"),
        # the command's noun and its verb before a name still go
        (OFFER, "tilbud sendt Coop 40 000", "nb", "Coop"),
        (OFFER, "offert skickad Ikea 400k", "sv", "Ikea"),
        (M, "møde med Tabt & Fundet ApS", "da", "Tabt & Fundet ApS"),
    ],
)  # fmt: skip
def test_a_word_joined_on_after_the_commands_noun_is_the_names(
    kind, text, language, customer
) -> None:  # type: ignore[no-untyped-def]
    assert parse(kind, text, language).customer == customer


@pytest.mark.parametrize(
    ("text", "customer", "when", "note"),
    [
        ("Sökte Swedbank, inget svar", "Swedbank", THURSDAY, "inget svar"),
        ("sökte Swedbank utan svar", "Swedbank", THURSDAY, "utan svar"),
        ("Sökt Swedbank två gånger utan svar", "Swedbank", THURSDAY, "utan svar"),
        ("Söktjänst AB ringde", "Söktjänst AB", THURSDAY, None),
        ("försökte nå Anna på Swedbank igår", "Swedbank", date(2027, 2, 3), "försökte nå Anna"),
    ],
)  # fmt: skip
def test_a_swedes_call_tried_and_whom_at_the_customer(text, customer, when, note) -> None:  # type: ignore[no-untyped-def]
    found = parse(C, text, "sv")
    assert (found.customer, found.when, found.note, found.unread) == (customer, when, note, None)


@pytest.mark.parametrize(
    ("text", "language", "note"),
    [
        ("prøvde å nå Per på Tine i dag", "nb", "prøvde å nå Per"),
        ("prøvde Per på Tine i dag", "nb", "prøvde Per"),
        ("tried Sarah at Tine yesterday", "en", "tried Sarah"),
        # called, the person is the note as before
        ("ringte Per på Tine i dag", "nb", "Per"),
    ],
)  # fmt: skip
def test_an_attempt_at_whom_at_the_customer(text, language, note) -> None:  # type: ignore[no-untyped-def]
    found = parse(C, text, language)
    assert (found.customer, found.note, found.unread) == ("Tine", note, None)


@pytest.mark.parametrize(
    ("kind", "text", "language", "what", "note"),
    [
        (M, "Bunzl – demo booked in for Friday 10am", "en", "demo 10am", None),
        (M, "Bunzl – demo booked for Friday", "en", "demo", None),
        (M, "Bunzl – good meeting, demo booked for Friday", "en", "demo", "good meeting"),
        (M, "Tine – møte booket fredag", "nb", "møte", None),
        (M, "Tine, bra møte, booket demo fredag", "nb", "demo", None),
        (C, "Bunzl rang, booked in a demo for Friday", "en", "demo", None),
        (C, "Bunzl rang, demo booked in for Friday", "en", "demo", None),
        (C, "Tine ringte, booka inn demo fredag", "nb", "demo", None),
        (C, "Ica ringde, bokade in demo på fredag", "sv", "demo", None),
    ],
)  # fmt: skip
def test_a_talk_booked_in_for_a_day_is_the_step(kind, text, language, what, note) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    assert found.when == THURSDAY
    assert found.next_step is not None
    assert (found.next_step.what, found.next_step.due) == (what, FRIDAY)
    assert (found.note, found.unread) == (note, None)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "when"),
    [
        (M, "Referat NorgesGruppen fre 29.1: bra møte", "nb", "NorgesGruppen", date(2027, 1, 29)),
        (M, "Mødenotat hos Carlsberg i går", "da", "Carlsberg", date(2027, 2, 3)),
        (M, "Debrief Tesco yesterday, warm", "en", "Tesco", date(2027, 2, 3)),
        (M, "Mötesanteckningar Volvo igår", "sv", "Volvo", date(2027, 2, 3)),
        (C, "Call notes Tesco today", "en", "Tesco", THURSDAY),
        (M, "Meeting notes Tesco today", "en", "Tesco", THURSDAY),
        # a company so named with its legal form
        (M, "Notat AS i går", "nb", "Notat AS", date(2027, 2, 3)),
    ],
)  # fmt: skip
def test_a_notes_heading_before_the_customer(kind, text, language, customer, when) -> None:  # type: ignore[no-untyped-def]
    found = parse(kind, text, language)
    assert (found.customer, found.when, found.unread) == (customer, when, None)


@pytest.mark.parametrize(
    ("text", "language", "due"),
    [
        ("Tine 300k, start mandag", "nb", date(2027, 2, 8)),
        ("Tesco £40k, start next week", "en", date(2027, 2, 12)),
    ],
)  # fmt: skip
def test_a_wins_start_with_its_day_is_the_step(text, language, due) -> None:  # type: ignore[no-untyped-def]
    """As "kickoff mandag" (session 50): the start with a day within six weeks (was the note)."""
    found = parse(ActivityKind.WIN, text, language)
    assert found.next_step is not None
    assert (found.next_step.what, found.next_step.due, found.note) == ("start", due, None)


def test_a_wins_start_in_a_month_stays_the_note() -> None:
    found = parse(ActivityKind.WIN, "Tine 300k, start i mars")
    assert (found.next_step, found.note) == (None, "start i mars")


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Monday Kestrel Analytics LLP", "Kestrel Analytics LLP"),
        ("Mon Kestrel Analytics LLP", "Kestrel Analytics LLP"),
    ],
)  # fmt: skip
def test_a_weekday_before_a_formed_name_of_two_words_is_asked(text, customer) -> None:  # type: ignore[no-untyped-def]
    """A day, or the name's first word? Asked with both on buttons (was a customer "Monday
    Kestrel Analytics LLP", stored); one word before the form stays a name ("Friday Labs Ltd")."""
    with pytest.raises(UserError) as asked:
        parse(M, text, "en")
    assert asked.value.code == "day_or_name"
    assert asked.value.params["customer"] == customer
    assert parse(ActivityKind.WIN, "Friday Labs Ltd £2,400", "en").customer == "Friday Labs Ltd"


MONDAY = date(2027, 4, 19)


def parse_monday(kind: ActivityKind, text: str, language: str = "nb"):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=MONDAY, language=language, krone=KRONE[language])


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "when", "amount"),
    [
        # (held61 commands_g) a marked outcome's word before a new formed name
        (ActivityKind.WIN, "Klart! Ostgota Varmeteknik AB 640 000 kr, kickoff nasta vecka", "sv", "Ostgota Varmeteknik AB", MONDAY, 640000),
        (ActivityKind.WIN, "Signert! Fjellmelk Samvirke BA 1,75 MNOK", "nb", "Fjellmelk Samvirke BA", MONDAY, 1750000),
        (ActivityKind.WIN, "Yahoo! Norge AS 40k", "nb", "Yahoo! Norge AS", MONDAY, 40000),
        # the parts set apart by dashes, the name not first
        (OFFER, "16.4 — NOK 1.1m — Mandag Morgen Media AS", "nb", "Mandag Morgen Media AS", date(2027, 4, 16), 1100000),
        (ActivityKind.WIN, "YES 🍾 1,75 MNOK – Fjellmelk Samvirke BA – forrige uke", "nb", "Fjellmelk Samvirke BA", date(2027, 4, 12), 1750000),
        # a day gone alone after the dash, in words (was the note, the offer dated today)
        (OFFER, "350 tkr exkl moms — Offertverket Konsult AB — i onsdags", "sv", "Offertverket Konsult AB", date(2027, 4, 14), 350000),
        (OFFER, "Volvo 350 tkr – i onsdags", "sv", "Volvo", date(2027, 4, 14), 350000),
        (OFFER, "Tine 300k – i går", "nb", "Tine", date(2027, 4, 18), 300000),
    ],
)  # fmt: skip
def test_held61_names_and_days_around_marks_and_dashes(
    kind, text, language, customer, when, amount
) -> None:  # type: ignore[no-untyped-def]
    found = parse_monday(kind, text, language)
    assert (found.customer, found.when, found.amount, found.note, found.unread) == (
        customer, when, amount, None, None
    )  # fmt: skip


def test_a_month_after_the_dash_stays_the_note() -> None:
    found = parse_monday(OFFER, "Tine 300k – i mars")
    assert (found.when, found.note) == (MONDAY, "i mars")


@pytest.mark.parametrize(
    ("text", "language", "customer", "note"),
    [
        ("Ingen affär med Ring Upp Bemanning AB, de valde Adecco, 1,1 miljoner", "sv", "Ring Upp Bemanning AB", "de valde Adecco, 1,1 miljoner"),
        ("No deal with Tesco, went with Capita", "en", "Tesco", "went with Capita"),
        ("Ingen aftale med Netto – for dyrt", "da", "Netto", "for dyrt"),
        ("Ingen Grenser AS, valgte Visma", "nb", "Ingen Grenser AS", "valgte Visma"),
    ],
)  # fmt: skip
def test_no_deal_with_them_is_the_loss(text, language, customer, note) -> None:  # type: ignore[no-untyped-def]
    found = parse_monday(ActivityKind.LOSS, text, language)
    assert (found.customer, found.note, found.unread) == (customer, note, None)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "when", "note"),
    [
        # (held61 commands_h) a word in brackets inside a loss's formed name
        (ActivityKind.LOSS, "Unfortunately lost Thompson and Morgan (UK) Ltd on Friday, timing, revisit in the autumn", "en", "Thompson and Morgan (UK) Ltd", date(2027, 4, 16), "timing, revisit in the autumn"),
        (ActivityKind.LOSS, "Smith (UK) Ltd, timing", "en", "Smith (UK) Ltd", MONDAY, "timing"),
        (ActivityKind.LOSS, "Smith and Sons (Builders) Ltd", "en", "Smith and Sons (Builders) Ltd", MONDAY, None),
        # the command's noun before a formed name that begins with a digit
        (C, "opkald 3 Danmark A/S tirs 13.4, lagde besked på svareren", "da", "3 Danmark A/S", date(2027, 4, 13), "lagde besked på svareren"),
        # two parts, the first no name's
        (C, "no answer today - Greggs plc", "en", "Greggs plc", MONDAY, "no answer"),
        (C, "ikke svar i dag – Tine", "nb", "Tine", MONDAY, "ikke svar"),
    ],
)  # fmt: skip
def test_held61_brackets_digits_and_parts(kind, text, language, customer, when, note) -> None:  # type: ignore[no-untyped-def]
    found = parse_monday(kind, text, language)
    assert (found.customer, found.when, found.note, found.unread) == (customer, when, note, None)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "amount", "temperature"),
    [
        # a cheer before the amount
        (ActivityKind.WIN, "Yes!! £40k from Tesco", "en", "Tesco", 40000, None),
        (ActivityKind.WIN, "Got it!! £950,000 from Unilever UK Ltd 16 Apr", "en", "Unilever UK Ltd", 950000, None),
        # an emoji between the amount and whom it went to
        (OFFER, "350 t.kr. 🔥 til Torsdagsbaren ApS, gælder 30 dage", "da", "Torsdagsbaren ApS", 350000, "hot"),
        (OFFER, "£40k 🔥 to Tesco", "en", "Tesco", 40000, "hot"),
    ],
)  # fmt: skip
def test_held61_a_cheer_or_an_emoji_beside_the_amount(
    kind, text, language, customer, amount, temperature
) -> None:  # type: ignore[no-untyped-def]
    found = parse_monday(kind, text, language)
    got = found.temperature.value if found.temperature else None
    assert (found.customer, found.amount, got, found.unread) == (
        customer,
        amount,
        temperature,
        None,
    )


@pytest.mark.parametrize("text", ["tabt, kunden vil ikke mere 👎", "kunden vil ikke mere"])
def test_the_customer_said_so_is_no_name(text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as refused:
        parse_monday(ActivityKind.LOSS, text, "da")
    assert refused.value.code == "not_a_customer"


FRIDAY_JUNE = date(2027, 6, 11)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "when", "note"),
    [
        # (held61 commands_i) the first part names no one, the second someone
        (M, "tors 3/6 – bama gruppen as – m/ Ingrid fra marked, kald. følg opp etter ferien", "nb", "bama gruppen as", date(2027, 6, 3), "m/ Ingrid fra marked, følg opp etter ferien"),
        (ActivityKind.WIN, "JUHUU 🎉 2,4 mio kr – Novo Nordisk A/S", "da", "Novo Nordisk A/S", FRIDAY_JUNE, None),
        (ActivityKind.WIN, "Monday – arnold clark automobiles ltd – £1.1m over 3 yrs", "en", "arnold clark automobiles ltd", date(2027, 6, 7), "over 3 yrs"),
        # a day with its own point between dashes
        (M, "Søren og Mette Tømrer ApS – d. 3. – med Lasse", "da", "Søren og Mette Tømrer ApS", date(2027, 6, 3), "med Lasse"),
        # the day before a name whose clause goes on (held60, was read so before)
        (M, "28th Jan - Cold Chain Logistics Ltd, warm", "en", "Cold Chain Logistics Ltd", date(2027, 1, 28), None),
        # a sigh said in English
        (ActivityKind.LOSS, "sigh. Bright Tuesday Design Ltd — timing wrong, maybe next year", "en", "Bright Tuesday Design Ltd", FRIDAY_JUNE, "timing wrong, maybe next year"),
    ],
)  # fmt: skip
def test_held61_round_two_parts_and_sighs(kind, text, language, customer, when, note) -> None:  # type: ignore[no-untyped-def]
    found = parse_log_command(
        kind, text, today=FRIDAY_JUNE, language=language, krone=KRONE[language]
    )
    assert (found.customer, found.when, found.note) == (customer, when, note)


def test_a_nordic_weekday_before_a_formed_name_stays_the_names() -> None:
    found = parse_monday(OFFER, "tilbud Mandag Morgen Medier A/S kr. 85.000 ekskl. moms, hed", "da")
    assert (found.customer, found.amount) == ("Mandag Morgen Medier A/S", 85000)


@pytest.mark.parametrize(
    ("kind", "text", "language", "customer", "what"),
    [
        # (review) the talk's noun, a comma, then its booking: still the step
        (M, "Tesco demo, booked for Friday", "en", "Tesco", "demo"),
        (M, "Tine, demo, booket fredag", "nb", "Tine", "demo"),
        # a particle before a place stays
        (M, "Tesco, demo booked in Leeds Friday", "en", "Tesco", "demo in Leeds"),
    ],
)  # fmt: skip
def test_review_bookings_after_a_comma_and_in_a_place(kind, text, language, customer, what) -> None:  # type: ignore[no-untyped-def]
    found = parse_monday(kind, text, language)
    assert (found.customer, found.when, found.unread) == (customer, MONDAY, None)
    assert found.next_step is not None
    assert (found.next_step.what, found.next_step.due) == (what, date(2027, 4, 23))


@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [
        ("Notat Forlag AS i går", "nb", "Notat Forlag AS"),
        ("Debrief Consulting Ltd yesterday", "en", "Debrief Consulting Ltd"),
        ("Noter Design A/S i går", "da", "Noter Design A/S"),
    ],
)  # fmt: skip
def test_review_a_heading_word_before_a_formed_name_is_the_names(text, language, customer) -> None:  # type: ignore[no-untyped-def]
    assert parse_monday(M, text, language).customer == customer


def test_another_talks_notes_heading_before_the_customer() -> None:
    """(fresh phrasings) "Call notes" on /logmeeting: a heading all the same (was a customer
    "Call", the rest asked)."""
    found = parse_monday(M, "Call notes Ocado today, hot, follow up Friday", "en")
    assert (found.customer, found.when, found.unread) == ("Ocado", MONDAY, None)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "when", "amount"),
    [
        # (fresh phrasings) a currency's sign before the figure alone after a dash
        (OFFER, "Marshalls plc – quote £36,400 ex VAT, sent 3/12", "Marshalls plc", date(2026, 12, 3), 36400),
        (OFFER, "Marshalls plc – quote £36400", "Marshalls plc", date(2026, 12, 6), 36400),
        # called back, then whom
        (C, "called back the buyer at Wickes, warm", "Wickes", date(2026, 12, 6), None),
        (C, "called back Wickes, warm", "Wickes", date(2026, 12, 6), None),
    ],
)  # fmt: skip
def test_fresh_phrasings_a_sign_before_the_figure_and_called_back(
    kind, text, customer, when, amount
) -> None:  # type: ignore[no-untyped-def]
    found = parse_log_command(kind, text, today=date(2026, 12, 6), language="en", krone="GBP")
    assert (found.customer, found.when, found.amount, found.unread) == (
        customer,
        when,
        amount,
        None,
    )


@pytest.mark.parametrize(
    ("text", "language", "customer", "amount"),
    [
        # (fresh phrasings, reading the change again) a cheer and its emoji before a known
        # customer (refused: two customers, "Juhuu" and Hartmann A/S)
        ("Juhuu 🎉 Hartmann A/S 95.000 kr", "da", "Hartmann A/S", 95000),
        ("Yay 🎉 Tesco £40k", "en", "Tesco", 40000),
    ],
)  # fmt: skip
def test_a_cheer_and_its_emoji_before_a_known_customer(text, language, customer, amount) -> None:  # type: ignore[no-untyped-def]
    found = parse_log_command(
        ActivityKind.WIN, text, today=date(2026, 12, 6), language=language,
        krone=KRONE[language], known_customers={"Hartmann A/S", "Tesco", "Kiwi", "Tine"},
    )  # fmt: skip
    assert (found.customer, found.amount) == (customer, amount)


def test_two_known_customers_stay_two() -> None:
    with pytest.raises(UserError) as asked:
        parse_log_command(
            ActivityKind.WIN, "Kiwi 🎉 Tine 300k", today=date(2026, 12, 6),
            known_customers={"Kiwi", "Tine"},
        )  # fmt: skip
    assert asked.value.code == "two_customers"
