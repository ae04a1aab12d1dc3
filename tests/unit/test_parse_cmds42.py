"""Session 42 (held-out commands): what sellers typed that was stored as a customer.

"/logcall hi", "/logcall test", "/logcall ring tilbage senere" (Danish: call back later) were
new customers "hi", "test", "ring tilbage senere": refused as no customer's name, with the way
to log one really so called (in quotes). A name typed small that is a company's is kept."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.customers import customer_key

M, C = ActivityKind.MEETING, ActivityKind.CALL
FRIDAY = date(2026, 12, 4)
KNOWN = {customer_key(name) for name in ("Tine", "Orkla")}


def parse(kind: ActivityKind, text: str):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=FRIDAY, krone="NOK", known_customers=KNOWN)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (C, "hi"),
        (C, "hei"),
        (M, "hello"),
        (C, "test"),
        (C, "ok"),
        (C, "thanks"),
        (C, "ring tilbage senere"),
        (C, "ringe tilbake senere"),
        (C, "call back later"),
    ],
)
def test_a_greeting_a_test_or_a_call_to_make_is_no_customer(kind: ActivityKind, text: str) -> None:
    with pytest.raises(UserError) as refused:
        parse(kind, text)
    assert refused.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("posten i går", "posten"),  # a company typed small
        ('"Hei" i går', "Hei"),  # one really so called, in quotes
        ("Test Bygg AS", "Test Bygg AS"),
        ("ring Tine", "Tine"),
    ],
)
def test_a_name_typed_small_or_quoted_is_still_the_customer(text: str, customer: str) -> None:
    assert parse(C, text).customer == customer


T = ActivityKind.CALL


@pytest.mark.parametrize(
    ("text", "temperature", "note", "step"),
    [
        # a remark after the dash, then the labelled step (was all the note: no step, no
        # temperature, in both Danish and Norwegian with an en dash)
        (
            "Pandora A/S 3.12. – talte med Louise, varm. næste: møde på tirsdag",
            "warm",
            "talte med Louise",
            ("møde", date(2026, 12, 8)),
        ),
        (
            "Pandora A/S 3.12. – talte med Louise, varm. neste: møte på tirsdag",
            "warm",
            "talte med Louise",
            ("møte", date(2026, 12, 8)),
        ),
        (
            "Sydbank i går – hun vil have et tilbud på ca 100-150k. næste: tilbud på onsdag",
            None,
            "hun vil have et tilbud på ca 100-150k",
            ("tilbud", date(2026, 12, 9)),
        ),
    ],
)
def test_a_labelled_step_after_a_remark_behind_a_dash_is_the_step(
    text: str, temperature: str | None, note: str, step: tuple[str, date]
) -> None:
    cmd = parse(T, text)
    assert cmd.next_step is not None
    assert (cmd.next_step.what, cmd.next_step.due) == step
    assert cmd.note == note
    assert (cmd.temperature.value if cmd.temperature else None) == temperature


def test_a_labelled_step_starts_after_a_numbers_full_stop() -> None:
    """ "før Q2 2027. næste: mail næste uge": the step is "mail" next week (was "ikke interesseret
    før Q2 2027. næste: mail" by Monday, stored so)."""
    cmd = parse(T, "Lunar Bank A/S kold, ikke interesseret før Q2 2027. næste: mail næste uge")
    assert cmd.next_step is not None
    assert (cmd.next_step.what, cmd.next_step.due) == ("mail", date(2026, 12, 11))


@pytest.mark.parametrize(
    ("text", "customer", "note"),
    [
        # a person named first, then the company they are at (was a customer "Kalle", "Jens",
        # "Åsa", "Cathrine", the company unread)
        ("Kalle på Clas Ohlson igår, varm lead", "Clas Ohlson", "Kalle"),
        ("ringede til Jens hos Salling Group i forgårs, kold lead", "Salling Group", "Jens"),
        ("möte med Åsa på Apotek Hjärtat igår eftermiddag", "Apotek Hjärtat", "Åsa"),
        ("Cathrine hos Obos, varm", "Obos", "Cathrine"),
    ],
)
def test_a_person_at_a_company_named_first_leaves_the_company_the_customer(
    text: str, customer: str, note: str
) -> None:
    cmd = parse(C, text)
    assert (cmd.customer, cmd.note) == (customer, note)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Tine i går med Kari fra innkjøp", "Tine"),  # the customer came first
    ],
)
def test_a_person_with_no_company_after_them_is_read_as_before(text: str, customer: str) -> None:
    assert parse(C, text).customer == customer


def test_a_person_alone_is_no_customer() -> None:
    # session 47: "Ola på mandag" (when, no company) was a new customer "Ola": asked for the company
    with pytest.raises(UserError) as refused:
        parse(C, "Ola på mandag")
    assert refused.value.code == "not_a_customer"


@pytest.mark.parametrize(
    "text",
    [
        "Bestseller i sidste uge, tirsdag",  # was this week's Tuesday, "i sidste uge" unread
        "Bestseller forrige uke, tirsdag",
        "Bestseller last week, Tuesday",
        "Bestseller tirsdag, forrige uke",
    ],
)
def test_a_week_then_its_weekday_after_a_comma_is_that_weeks_day(text: str) -> None:
    cmd = parse(M, text)
    assert (cmd.customer, cmd.when, cmd.unread) == ("Bestseller", date(2026, 11, 24), None)


@pytest.mark.parametrize(
    "text",
    [
        "450 t.kr. til Coop Danmark, inkl. moms",  # was refused: no amount after the name
        "450k til Coop Danmark ex VAT",
        "450k Coop Danmark + mva",
    ],
)
def test_an_amount_typed_first_is_read_though_its_vat_is_said_after_the_name(text: str) -> None:
    cmd = parse(ActivityKind.OFFER, text)
    assert (cmd.customer, cmd.amount) == ("Coop Danmark", 450000)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "temperature"),
    [
        # how warm the lead is, said first with "lead" (was a customer "varm lead Matas")
        (C, "varm lead Matas i fredags", "Matas", "warm"),
        (M, "kold lead Danske Bank i onsdags", "Danske Bank", "cold"),
        (C, "cold lead Johnson & Johnson, spoke to gatekeeper only", "Johnson & Johnson", "cold"),
        # a verb of contacting them is the call's own word (was "kontaktade Åhléns")
        (C, "kontaktade Åhléns 2/12, varm", "Åhléns", "warm"),
    ],
)
def test_words_of_the_call_or_its_temperature_before_the_name_are_no_part_of_it(
    kind: ActivityKind, text: str, customer: str, temperature: str
) -> None:
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.temperature.value if cmd.temperature else None) == (
        customer,
        temperature,
    )


def test_from_before_a_name_after_an_amount_in_words_is_no_part_of_it() -> None:
    cmd = parse(ActivityKind.WIN, "en halv miljon SEK från Dustin AB i går")
    assert (cmd.customer, cmd.amount, cmd.currency) == ("Dustin AB", 500000, "SEK")


@pytest.mark.parametrize(
    ("kind", "text", "code"),
    [
        # a person's full name is no customer (were new customers "Ola Nordmann", "John Smith")
        (ActivityKind.WIN, "Ola Nordmann 200k i går", "not_a_customer"),
        (C, "John Smith yesterday, good chat", "not_a_customer"),
        (M, "Hanne Sørensen i går, god snak", "not_a_customer"),
        # an offer sent, typed as a win (was stored as a win of £60k)
        (ActivityKind.WIN, "sent proposal to Vodafone, £60k", "another_command"),
    ],
)
def test_a_persons_name_or_another_commands_words_are_refused(
    kind: ActivityKind, text: str, code: str
) -> None:
    with pytest.raises(UserError) as refused:
        parse(kind, text)
    assert refused.value.code == code


@pytest.mark.parametrize(
    "text",
    ['"Hanne Sørensen" i går', "Per Aarsleff AS i går", "John Lewis i går", "Anna Bygg i går"],
)
def test_a_company_named_after_a_person_is_still_the_customer(text: str) -> None:
    assert parse(M, text).customer == text.rsplit(" i går", 1)[0].strip('"')


@pytest.mark.parametrize(
    ("kind", "text", "customer", "note"),
    [
        # a role at the company (was refused: "økonomisjef" no customer; "CFO of Boots …")
        (
            M,
            "Møte m/ økonomisjef i Posten Norge AS forrige fredag",
            "Posten Norge AS",
            "økonomisjef",
        ),
        (C, "w/ CFO of Tine yesterday afternoon, warm", "Tine", "CFO"),
    ],
)
def test_a_role_at_a_company_named_first_leaves_the_company_the_customer(
    kind: ActivityKind, text: str, customer: str, note: str
) -> None:
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.note) == (customer, note)


def test_vat_words_right_after_an_amount_typed_first_go_with_it() -> None:
    """ "NOK 1 250 000 eks mva, Statkraft Energi AS, tors 3/12" was refused ("eks" no customer)."""
    cmd = parse(ActivityKind.OFFER, "NOK 1 250 000 eks mva, Statkraft Energi AS, tors 3/12")
    assert (cmd.customer, cmd.amount, cmd.when) == (
        "Statkraft Energi AS",
        1250000,
        date(2026, 12, 3),
    )


@pytest.mark.parametrize(
    ("text", "note"),
    [
        # how warm the lead is, first after the dash (was all the note, the temperature lost)
        (
            "3/12 Anna (Apotek Hjärtat) – het! vill ha offert på 25k/mån",
            "vill ha offert på 25k/mån; Anna",
        ),
        ("3/12 Peter (Føtex) – hot! vil have tilbud inden jul", "vil have tilbud inden jul; Peter"),
    ],
)
def test_a_temperature_first_after_the_dash_is_the_leads(text: str, note: str) -> None:
    cmd = parse(C, text)
    assert (cmd.temperature.value if cmd.temperature else None, cmd.note) == ("hot", note)


def test_a_temperature_word_inside_a_remark_after_the_dash_stays_the_note() -> None:
    cmd = parse(M, "Tine i går – kald dusj for oss, de valgte en annen")
    assert (cmd.temperature, cmd.note) == (None, "kald dusj for oss, de valgte en annen")


def test_an_amount_with_its_currency_after_it_typed_first_then_to_the_name() -> None:
    """ "12k GBP to Circle K UK" was refused as an amount in words ("GBP to": two pounds)."""
    cmd = parse(ActivityKind.OFFER, "12k GBP to Circle K UK")
    assert (cmd.customer, cmd.amount, cmd.currency) == ("Circle K UK", 12000, "GBP")


@pytest.mark.parametrize(
    ("text", "step"),
    [
        # a step said as a sentence of its own after the record's (was unread, and "Mon"
        # taken for the call's day: asked as held on Monday 30 November)
        (
            "Tine yesterday afternoon, warm. sending proposal Mon",
            ("send proposal", date(2026, 12, 7)),
        ),
        ("Tine i går, varm. sender tilbud man", ("sender tilbud", date(2026, 12, 7))),
    ],
)
def test_a_step_in_a_sentence_of_its_own_is_the_step(text: str, step: tuple[str, date]) -> None:
    cmd = parse(C, text)
    assert cmd.next_step is not None and (cmd.next_step.what, cmd.next_step.due) == step
    assert (cmd.when, cmd.unread) == (date(2026, 12, 3), None)


def test_a_remark_in_a_sentence_of_its_own_stays_a_remark() -> None:
    cmd = parse(C, "Tine i går. gikk bra")
    assert (cmd.when, cmd.next_step, cmd.note) == (date(2026, 12, 3), None, "gikk bra")


@pytest.mark.parametrize("text", ["var hos Tine i går", "var hjå Tine i går", "hjå Tine i går"])
def test_a_visit_said_before_the_name_is_the_meeting(text: str) -> None:
    """ "var hos" was left unread (asked), Nynorsk "var hjå" a customer "var hjå Tine"."""
    cmd = parse(M, text)
    assert (cmd.customer, cmd.when, cmd.unread) == ("Tine", date(2026, 12, 3), None)


def test_a_step_sentence_after_a_remark_keeps_the_remark_as_the_note() -> None:
    """ "…, intet svar. prøver igen mandag": the remark the note, the step read (unchanged)."""
    cmd = parse(C, "i går eftermiddag Meny Glostrup, intet svar. prøver igen mandag")
    assert (cmd.customer, cmd.note, cmd.unread) == ("Meny Glostrup", "intet svar.", None)
    assert cmd.next_step is not None and cmd.next_step.due == date(2026, 12, 7)


@pytest.mark.parametrize(
    ("text", "customer", "temperature", "unread"),
    [
        # a mark after "lead" and a temperature in between (was a customer "lunken lead Bama";
        # the in-between one is asked, as after the name)
        ("hot lead!! Tine igår", "Tine", "hot", None),
        ("lunken lead Bama i dag", "Bama", None, "lunken"),
    ],
)
def test_any_temperature_said_first_with_lead_is_no_part_of_the_name(
    text: str, customer: str, temperature: str | None, unread: str | None
) -> None:
    cmd = parse(C, text)
    got = (cmd.customer, cmd.temperature.value if cmd.temperature else None, cmd.unread)
    assert got == (customer, temperature, unread)


def test_a_numbered_test_is_no_customer() -> None:
    with pytest.raises(UserError) as refused:
        parse(C, "test123")
    assert refused.value.code == "not_a_customer"
    assert parse(C, "Test123 AS").customer == "Test123 AS"
