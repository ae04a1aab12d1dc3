"""Session 44: an offer sent again, by mail or in Nynorsk said first, an article after the verb,
and a Swedish or Finnish legal form inside a name. Each was stored on a wrong customer ("the
Boots proposal", "resent Boots", "Sende") or asked about half the name ("Fastighets AB",
"Balder" unread)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.customers import customer_key

M, OF, W = ActivityKind.MEETING, ActivityKind.OFFER, ActivityKind.WIN
FRIDAY, THU = date(2026, 12, 4), date(2026, 12, 3)
KNOWN = {customer_key(name) for name in ("Tine", "Boots")}


def parse(kind: ActivityKind, text: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=FRIDAY, krone=krone, known_customers=KNOWN)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "amount"),
    [
        (OF, "Sent the Boots proposal 45k", "Boots", 45_000),
        (OF, "sent the proposal to Boots 45k", "Boots", 45_000),
        (OF, "Resent the Boots proposal 45k", "Boots", 45_000),
        (OF, "resent Boots 45k", "Boots", 45_000),
        (OF, "re-sent quote to Boots 45k", "Boots", 45_000),
        (OF, "Sende tilbod til Tine 200k", "Tine", 200_000),
        (OF, "skickade om offerten till Ica 200 tkr", "Ica", 200_000),
        (M, "Fastighets AB Balder igår, bra möte", "Fastighets AB Balder", None),
        (M, "Fazer Oy Ab", "Fazer Oy Ab", None),
        (M, "Oy Karl Fazer Ab", "Oy Karl Fazer Ab", None),
        (OF, "Fastighets AB Balder 200 tkr", "Fastighets AB Balder", 200_000),
        # names that only look so stay whole
        (M, "The Body Shop", "The Body Shop", None),
        (M, "Submitted AS", "Submitted AS", None),
        (M, "AB Volvo igår", "AB Volvo", None),
    ],
)  # fmt: skip
def test_the_customer_is_the_one_named(kind, text, customer, amount) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text, krone="SEK" if "tkr" in text else "NOK")
    assert (cmd.customer, cmd.amount, cmd.unread) == (
        customer,
        None if amount is None else Decimal(amount),
        None,
    )


@pytest.mark.parametrize(
    ("text", "customer", "unread"),
    [
        # a place or a person after the form is no part of the name: asked, as before
        ("Skanska AB Malmö", "Skanska AB", "Malmö"),
        ("Skanska AB Anna Berg", "Skanska AB", "Anna Berg"),
    ],
)
def test_what_follows_a_legal_form_is_asked_about(text, customer, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.unread) == (customer, unread)


def test_a_person_after_the_comma_is_the_note() -> None:
    cmd = parse(M, "Fastighets AB Balder, Erik Svensson")
    assert (cmd.customer, cmd.note, cmd.unread) == ("Fastighets AB Balder", "Erik Svensson", None)


def test_a_day_after_a_middle_form_is_the_day() -> None:
    cmd = parse(M, "Volvo AB Måndag")
    assert (cmd.customer, cmd.when) == ("Volvo AB", date(2026, 11, 30))


WARM, HOT, COLD = "warm", "hot", "cold"


@pytest.mark.parametrize(
    ("kind", "text", "customer", "day", "temperature", "note"),
    [
        # a call that found nobody, said before whom: the words its note (was a customer "no
        # answer at Maersk", stored)
        (ActivityKind.CALL, "no answer at Maersk, try again mon", "Maersk", FRIDAY, None, "no answer"),
        (ActivityKind.CALL, "inget svar från Ica", "Ica", FRIDAY, None, "inget svar"),
        (ActivityKind.CALL, "voicemail w/ Greggs yesterday", "Greggs", THU, None, "voicemail"),
        # the company's people after its name ("the Wise plc team": was a customer so named)
        (M, "Meeting with the Wise plc team last friday, warm", "Wise plc", date(2026, 11, 27), WARM, None),
        (M, "met with the Tesco team, warm", "Tesco", FRIDAY, WARM, None),
        # a temperature said first on an offer (was a customer "het Orkla ASA")
        (OF, "het Orkla ASA 1,2 mill", "Orkla ASA", FRIDAY, HOT, None),
        (OF, "1,2 mill het Orkla ASA", "Orkla ASA", FRIDAY, HOT, None),
        # all in small letters: the call's noun and "m" before the name (was "tlf m dnb")
        (ActivityKind.CALL, "tlf m dnb, kald", "dnb", FRIDAY, COLD, None),
        # a person at the company after the day, a chat or a meal (were customers "Lars",
        # "Jens", "Pernille", or refused)
        (M, "igår kväll middag med Lars på SEB, varm", "SEB", THU, WARM, "Lars"),
        (ActivityKind.CALL, "snakkede med Jens hos Arla Foods, hed", "Arla Foods", FRIDAY, HOT, "Jens"),
        (M, "møde m. Pernille hos Jyske Bank torsdag i sidste uge, varm", "Jyske Bank", date(2026, 11, 26), WARM, "Pernille"),
        (M, "i går med Kari på Tine, varm", "Tine", THU, WARM, "Kari"),
        # no follow-up said outright: the note (was asked as unread)
        (M, "hos Gard AS 1.des, kald, ingen oppfølging", "Gard AS", date(2026, 12, 1), COLD, "ingen oppfølging"),
        (ActivityKind.CALL, "Boots, cold, no follow-up", "Boots", FRIDAY, COLD, "no follow-up"),
        # a day ending its sentence (was unread, the record dated today or this week's Tuesday)
        (M, "frokostmøde m. ISS A/S i onsdags. varm", "ISS A/S", date(2026, 12, 2), WARM, None),
        (M, "OBOS, tirsdag forrige uke. kald", "OBOS", date(2026, 11, 24), COLD, None),
        (M, "OBOS, tuesday last week. cold", "OBOS", date(2026, 11, 24), COLD, None),
    ],
)  # fmt: skip
def test_more_ways_of_saying_it(kind, text, customer, day, temperature, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (
        cmd.customer,
        cmd.when,
        cmd.temperature.value if cmd.temperature else None,
        cmd.note,
        cmd.unread,
    ) == (customer, day, temperature, note, None)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        # a cheer or a sign-off on a win is nobody's words to ask about (was asked as unread)
        ("Schibsted kr 49.900,- 🔥", 49_900, "NOK"),
        ("Unilever €12 000 🔥", 12_000, "EUR"),
        ("NCC AB 3,4 mkr signerat, mvh", 3_400_000, "SEK"),
        ("Amedia 0,8 mill. Takk for hjelpa alle", 800_000, None),
        ("Tesco £40k, cheers", 40_000, "GBP"),
    ],
)
def test_a_cheer_or_a_sign_off_on_a_win_is_read(text, amount, currency) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(W, text, krone="SEK" if "mkr" in text else "NOK")
    assert (cmd.amount, cmd.currency, cmd.unread) == (Decimal(amount), currency, None)


def test_no_thanks_stays_their_answer() -> None:
    cmd = parse(ActivityKind.LOSS, "Mærsk A/S de sagde nej tak")
    assert cmd.note == "de sagde nej tak"


@pytest.mark.parametrize(
    "text",
    [
        "Sydbank, hed, vil se demo mandag kl 9",
    ],
)
def test_a_demo_they_want_to_see_at_a_time_is_the_next_step(text: str) -> None:
    cmd = parse(ActivityKind.CALL, text)
    # was: the call dated last Monday, the wish asked as unread; with its time of day it is
    # booked (session 66: without one it is their wish, the note)
    assert (cmd.when, cmd.next_step.due if cmd.next_step else None, cmd.unread) == (
        FRIDAY,
        date(2026, 12, 7),
        None,
    )


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Sydbank, hed, vil gerne se en demo mandag", "vil gerne se en demo mandag"),
        ("Sydbank, hot, want to see a demo monday", "want to see a demo monday"),
    ],
)
def test_a_demo_they_want_to_see_is_their_wish(text: str, note: str) -> None:
    cmd = parse(ActivityKind.CALL, text)
    # session 66: the customer's wish with its day is the note (held-out writers; was the step)
    assert (cmd.when, cmd.next_step, cmd.note, cmd.unread) == (FRIDAY, None, note, None)


@pytest.mark.parametrize(
    "text",
    ["DNB Bank 3/12, snakket med Hanne Berg", "Tesco yesterday, spoke with Sarah Jones, warm"],
)
def test_whom_they_spoke_with_by_full_name_is_the_note(text: str) -> None:
    cmd = parse(ActivityKind.CALL, text)  # was asked: "I could not read «snakket med …»"
    assert cmd.unread is None and cmd.note is not None and cmd.note.split()[-1] in ("Berg", "Jones")


@pytest.mark.parametrize("text", ["god snak, varm", "i går, god snak, varm", "good chat today"])
def test_how_the_talk_went_names_no_customer(text: str) -> None:
    # was a new customer "god snak", stored
    with pytest.raises(UserError) as refused:
        parse(M, text)
    assert refused.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Wells Fargo, VM left, try again Mon", "VM left"),
        ("Pressbyrån, ingen kontakt. försöker igen på tisdag", "ingen kontakt."),
        ("Boots, voicemail left", "voicemail left"),
    ],
)
def test_a_call_nobody_took_is_its_note(text: str, note: str) -> None:
    cmd = parse(ActivityKind.CALL, text)  # was asked: "I could not read «VM left»"
    assert (cmd.note, cmd.unread) == (note, None)


@pytest.mark.parametrize(
    ("kind", "text", "day", "note"),
    [
        (M, "Nortura -- fysisk møte på Hamar forrige fredag. varm", "forrige fredag", "fysisk møte på Hamar. varm"),
        (M, "Equinor ASA -- møte med innkjøp 3/12. Varm lead.", "3/12", "møte med innkjøp. Varm lead."),
        (ActivityKind.CALL, "Boots -- met them yesterday", "yesterday", "met them"),
    ],
)  # fmt: skip
def test_a_talks_day_only_in_the_note_is_refused_with_where_to_write_it(
    kind, text, day, note
) -> None:  # type: ignore[no-untyped-def]
    # was stored today, the note as typed: a meeting counted on a day it was not held
    with pytest.raises(UserError) as refused:
        parse(kind, text)
    assert (refused.value.code, refused.value.params["day"], refused.value.params["note"]) == (
        "day_in_note",
        day,
        note,
    )


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (M, "Tine i går -- møtet var forrige fredag egentlig"),  # a day before the note
        (M, "Tine -- neste møte fredag"),  # a weekday alone: a step's as much
        (OF, "Tine 300k -- revidert fra i går"),  # another thing's day
        (W, "Aker BP 1,2 mill -- tilbud sendt 12.11"),  # the offer's day, on a win
        (M, "Aker BP -- 12.11"),  # no talk said in the note
    ],
)
def test_other_days_in_a_note_stay_the_note(kind, text) -> None:  # type: ignore[no-untyped-def]
    assert parse(kind, text).note is not None


@pytest.mark.parametrize(
    ("kind", "text", "customer", "note"),
    [
        # the review's fresh phrasings: "the" opening the text, a Swedish voicemail left
        (M, "the Tesco team yesterday, warm", "Tesco", None),
        (ActivityKind.CALL, "Scania, VM lämnat, ringer igen tors", "Scania", "VM lämnat"),
    ],
)
def test_fresh_phrasings_of_the_review(kind, text, customer, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, None)
