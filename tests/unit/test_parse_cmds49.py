"""Session 49: slash commands the held-out sets left wrong. An amount typed first, then "til"
and a name with its own number ("/logoffer 1,2 mill til Rema 1000, sendt i dag": was refused,
"1,2" read as the name); an amount in words before the name with a week to come later ("75 tusen
Orkla, ringer neste uke": was refused as "uke 75", a week not in the calendar); the customer's
people and their department after "m/", "hos" or the talk's verb ("m/ Kari innkjøp", "hos
indkøbsdirektør Lars i Valby", "met their COO": were asked as unread); a role before the person
before the company ("with CFO Anna at Kongsberg Gruppen": was the customer); a town after a
name that ends in a surname ("Bang & Olufsen i Struer": was the customer's name)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command

OFFER, M, C = ActivityKind.OFFER, ActivityKind.MEETING, ActivityKind.CALL
FRIDAY = date(2026, 12, 4)


def parse(kind: ActivityKind, text: str, language: str = "nb"):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=FRIDAY, language=language, krone="NOK")


@pytest.mark.parametrize(
    ("text", "customer", "amount", "due"),
    [
        ("1,2 mill til Rema 1000, sendt i dag", "Rema 1000", "1200000", None),
        (
            "1,2 mill til Rema 1000, het 🔥 ringer neste uke",
            "Rema 1000",
            "1200000",
            date(2026, 12, 11),
        ),
        ("300k til Rema 1000, sendt i dag", "Rema 1000", "300000", None),
        ("75 tusen Orkla, ringer neste uke", "Orkla", "75000", date(2026, 12, 11)),
        ("75 tkr Føtex, opfølgning i næste uge", "Føtex", "75000", date(2026, 12, 11)),
        ("2 mill Orkla, ringer uke 51", "Orkla", "2000000", date(2026, 12, 18)),
        ("450k til 3M Norge", "3M Norge", "450000", None),
        ("300k til 3M", "3M", "300000", None),
        ("$120k from 3M today", "3M", "120000", None),
        ("£40k to 3M UK yesterday", "3M UK", "40000", None),
    ],
)
def test_an_amount_first_then_the_name_and_more(text, customer, amount, due) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(OFFER, text)
    got_due = cmd.next_step.due if cmd.next_step else None
    assert (cmd.customer, cmd.amount, got_due, cmd.unread) == (customer, Decimal(amount), due, None)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "note", "language"),
    [
        (
            M,
            "Norsk Gjenvinning i går m/ Kari innkjøp, varm, f/u tirsdag",
            "Norsk Gjenvinning",
            "m/ Kari innkjøp",
            "nb",
        ),
        (
            M,
            "Posten Norge tirsdag m/ Kari og Ola fra innkjøp, varm",
            "Posten Norge",
            "m/ Kari og Ola fra innkjøp",
            "nb",
        ),
        (
            C,
            "Ericsson AB igår m/ Johan på inköp, varm, nytt samtal tisdag",
            "Ericsson AB",
            "m/ Johan på inköp",
            "sv",
        ),
        (
            M,
            "Carlsberg A/S i går hos indkøbsdirektør Lars i Valby, hed",
            "Carlsberg A/S",
            "hos indkøbsdirektør Lars i Valby",
            "da",
        ),
        (M, "Next Step Ltd, met their COO yesterday, hot", "Next Step Ltd", "met their COO", "en"),
        (
            C,
            "Scania, ringde inköpschefen Erik i Södertälje, het, möte 9/12",
            "Scania",
            "ringde inköpschefen Erik i Södertälje",
            "sv",
        ),
        (
            C,
            "yesterday with CFO Anna at Kongsberg Gruppen, warm",
            "Kongsberg Gruppen",
            "CFO Anna",
            "en",
        ),
        (M, "i går med innkjøpssjef Kari hos Tine, varm", "Tine", "innkjøpssjef Kari", "nb"),
        (M, "Bang & Olufsen i Struer i går, varm", "Bang & Olufsen", "i Struer", "da"),
        (
            M,
            "Tine SA i går m/ Per og Kari fra økonomi, varm",
            "Tine SA",
            "m/ Per og Kari fra økonomi",
            "nb",
        ),
        (
            M,
            "Tesco yesterday with Sarah from procurement, warm",
            "Tesco",
            "with Sarah from procurement",
            "en",
        ),
        (C, "ICA, pratade med inköparen Per, varm", "ICA", "pratade med inköparen Per", "sv"),
    ],
)
def test_the_customers_people_and_where_are_the_note(kind, text, customer, note, language) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text, language)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, None)


@pytest.mark.parametrize(
    ("text", "customer", "unread"),
    [
        # a colleague said to be along: asked saying so (session 59: "med Kari" alone is the
        # note, whom the seller met; test_parse_cmds59)
        ("Norsk Gjenvinning i går sammen med Kari, varm", "Norsk Gjenvinning", "sammen med Kari"),
        # "hos" a person alone may be at a customer: still asked
        ("Orkla i går hos Kari", "Orkla", "hos Kari"),
    ],
)
def test_a_person_alone_along_is_still_asked(text, customer, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.unread) == (customer, unread)


@pytest.mark.parametrize("text", ["Universitetet i Oslo i går", "Kommunen i Bergen i går"])
def test_an_institution_by_its_place_keeps_it(text: str) -> None:
    assert parse(M, text).customer == text.removesuffix(" i går")


@pytest.mark.parametrize("text", ["Orkla 1M til 2M", "Orkla 2 mill til 3 mill", "800k til 3M"])
def test_a_range_of_two_amounts_near_each_other_is_still_asked(text: str) -> None:
    with pytest.raises(UserError) as err:
        parse(OFFER, text)
    assert err.value.code == "bad_amount"


@pytest.mark.parametrize(("kind", "text"), [(ActivityKind.WIN, "AS 95k"), (OFFER, "A/S 300k")])
def test_a_legal_form_alone_is_no_customer(kind: ActivityKind, text: str) -> None:
    with pytest.raises(UserError) as err:
        parse(kind, text)
    assert err.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("kind", "text", "customer"),
    [
        (C, "tine sa, i tisdags, het, ringer på tisdag", "tine sa"),
        (OFFER, "tine sa, 2. des, 1,2 mill, kald", "tine sa"),
        (M, "bygg da, i går", "bygg da"),
    ],
)
def test_sa_or_da_written_small_before_its_comma_ends_the_name(kind, text, customer) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.unread) == (customer, None)


@pytest.mark.parametrize(
    ("kind", "text", "day"),
    [
        (ActivityKind.WIN, "Elkem ASA €150k – PO received 30/11", date(2026, 11, 30)),
        (ActivityKind.WIN, "Lerøy Seafood Group ASA – $95k sigend on Tuesday", date(2026, 12, 1)),
        (OFFER, "Orkla 300k – sendt i går", date(2026, 12, 3)),
    ],
)
def test_a_deals_day_only_in_the_note_is_its_day(kind, text, day) -> None:  # type: ignore[no-untyped-def]
    # were stored today, the day kept in the note: a win counted on a day it was not won
    # (session 49 refused them with where to write it; session 50 reads it after one dash)
    cmd = parse(kind, text)
    assert (cmd.when, cmd.unread) == (day, None) and cmd.amount is not None


@pytest.mark.parametrize(
    ("kind", "text", "day"),
    [
        (ActivityKind.WIN, "Elkem ASA €150k -- PO received 30/11", "30/11"),
        (OFFER, "Orkla 300k -- sendt i går", "i går"),
    ],
)
def test_a_deals_day_only_in_the_note_after_two_hyphens_is_refused(kind, text, day) -> None:  # type: ignore[no-untyped-def]
    # "--" keeps the words as typed: the day is not taken out of them, the seller is told where
    with pytest.raises(UserError) as refused:
        parse(kind, text)
    assert (refused.value.code, refused.value.params["day"]) == ("day_in_note", day)


@pytest.mark.parametrize(
    ("text", "temperature", "note"),
    [
        (
            "Spotify AB today, spoke w/ Emma in HR ops re licences. warm. call back Thursday",
            "warm",
            "spoke w/ Emma in HR ops re licences",
        ),
        (
            "Sandvik Coromant igår ang. prisjustering. kall. ringer igen v 50",
            "cold",
            "ang. prisjustering",
        ),
        ("Orkla i går ang. pris. varm", "warm", "ang. pris"),
    ],
)
def test_a_temperature_as_its_own_sentence_after_the_topic(text, temperature, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(C, text)
    assert (cmd.temperature.value, cmd.note, cmd.unread) == (temperature, note, None)


@pytest.mark.parametrize("text", ["jkhsdf lkj ööö", "qwrtpz"])
def test_keys_hit_at_random_are_no_customer(text: str) -> None:
    with pytest.raises(UserError) as err:
        parse(C, text)
    assert err.value.code == "not_a_customer"


@pytest.mark.parametrize("text", ["dnb", "xxl i går", "strengths ltd", "ikea"])
def test_short_names_in_small_letters_stay_names(text: str) -> None:
    assert parse(C, text).customer == text.removesuffix(" i går")


@pytest.mark.parametrize(
    ("kind", "text", "temperature", "due", "note"),
    [
        (
            C,
            "Norwegian Air Shuttle ASA on Wednesday w/ their CIO – warm – sending deck on Monday",
            "warm",
            date(2026, 12, 7),
            "w/ their CIO",
        ),
        (
            M,
            "Lego System A/S mandag i Billund – workshop m/ supply chain. Varm. opfølgning uge 51",
            "warm",
            date(2026, 12, 18),
            "i Billund – workshop m/ supply chain",
        ),
        (
            M,
            "today w/ Cognite AS – CTO + 2 devs, walked through the API. warm. f/u tmrw",
            "warm",
            date(2026, 12, 5),
            "CTO + 2 devs, walked through the API",
        ),
        (
            C,
            "Telia idag – ringde Peter på inköp, het, han vill ha demo på onsdag",
            "hot",
            None,
            "ringde Peter på inköp, han vill ha demo på onsdag",
        ),
        (
            M,
            "Vattenfall AB 1 dec – workshop m/ energiteamet i Solna, kall, inga nästa steg",
            "cold",
            None,
            "workshop m/ energiteamet i Solna, inga nästa steg",
        ),
    ],
)
def test_a_temperature_and_a_step_said_apart_after_a_dash(
    kind, text, temperature, due, note
) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    got_due = cmd.next_step.due if cmd.next_step else None
    assert (cmd.temperature.value, got_due, cmd.note, cmd.unread) == (temperature, due, note, None)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Orkla -- varm", "varm"),  # after "--": kept as typed
        ("Orkla – kunden var varm på ideen", "kunden var varm på ideen"),  # inside words
        ("Orkla – møte fredag var bra", "møte fredag var bra"),  # a talk gone, no step
    ],
)
def test_other_notes_after_a_dash_stay_as_typed(text: str, note: str) -> None:
    cmd = parse(M, text)
    assert (cmd.temperature, cmd.next_step, cmd.note) == (None, None, note)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "when", "amount"),
    [
        (
            ActivityKind.WIN,
            "1,1 mkr – Ericsson AB signerade i tisdags!! Kickoff v. 51",
            "Ericsson AB",
            date(2026, 12, 1),
            "1100000",
        ),
        (
            ActivityKind.WIN,
            "SEK 340 000 – Husqvarna AB, avtal signerat idag 🎉",
            "Husqvarna AB",
            FRIDAY,
            "340000",
        ),
        (ActivityKind.WIN, "400k – Orkla", "Orkla", FRIDAY, "400000"),
        (
            M,
            "1 dec – Siemens Ltd, hot, they want a quote by 11/12",
            "Siemens Ltd",
            date(2026, 12, 1),
            None,
        ),
    ],
)
def test_a_figure_said_first_then_a_dash_before_the_name(
    kind, text, customer, when, amount
) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text, "sv" if "SEK" in text or "mkr" in text else "en")
    assert (cmd.customer, cmd.when, cmd.amount) == (
        customer,
        when,
        Decimal(amount) if amount else None,
    )


@pytest.mark.parametrize(
    ("kind", "text", "day"),
    [
        (
            C,
            "Fazer Oy – call w/ Mikko from sourcing on Tuesday re: packaging, cold",
            date(2026, 12, 1),
        ),
        (M, "Boots – meeting with buyer on Monday, warm", date(2026, 11, 30)),
    ],
)
def test_a_talks_weekday_after_its_noun_and_whom_in_the_note_is_its_day(kind, text, day) -> None:  # type: ignore[no-untyped-def]
    # was stored today, the talk's Tuesday kept in the note (session 49: refused; 50: read)
    cmd = parse(kind, text)
    assert (cmd.when, cmd.unread) == (day, None)
    assert cmd.temperature is not None and "on " not in (cmd.note or "")


@pytest.mark.parametrize(
    "text", ["Fazer Oy – call back on Tuesday", "Fazer Oy – call Mikko on Tuesday"]
)
def test_a_call_to_make_on_a_weekday_is_the_step(text: str) -> None:
    cmd = parse(C, text)
    assert (cmd.when, cmd.next_step.due if cmd.next_step else None) == (FRIDAY, date(2026, 12, 8))


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("Bouvet ASA today, so-so vibe, maybe f/u next week", "so-so vibe"),
        ("Orkla i dag, tja-tja stemning", "tja-tja stemning"),
    ],
)
def test_an_in_between_temperature_said_as_a_vibe_is_asked(text: str, unread: str) -> None:
    # was the note, the lead stored with no temperature: warm or cold is the seller's to say
    cmd = parse(M, text)
    assert (cmd.temperature, cmd.unread) == (None, unread)
