from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind, Temperature
from bot.errors import UserError
from bot.services.commands import LogCommand, NextStep, candidate_keys, parse_log_command

TODAY = date(2026, 11, 20)  # a Friday
YESTERDAY = date(2026, 11, 19)
NEXT_FRIDAY = date(2026, 11, 27)

MEETING, CALL, OFFER, WIN, LOSS = (
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.OFFER,
    ActivityKind.WIN,
    ActivityKind.LOSS,
)


def parse(kind: ActivityKind, text: str, **kwargs: object) -> LogCommand:
    return parse_log_command(kind, text, today=TODAY, **kwargs)  # type: ignore[arg-type]


def error(kind: ActivityKind, text: str, **kwargs: object) -> UserError:
    with pytest.raises(UserError) as err:
        parse(kind, text, **kwargs)
    return err.value


# --- meetings and calls ------------------------------------------------------------------


@pytest.mark.parametrize("kind", [MEETING, CALL])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fjordkraft AS", {"customer": "Fjordkraft AS"}),
        (
            "Kongsberg Gruppen 2026-11-10",
            {"customer": "Kongsberg Gruppen", "when": date(2026, 11, 10)},
        ),
        (
            "Aker BP warm next call 2026-12-01",
            {
                "customer": "Aker BP",
                "temperature": Temperature.WARM,
                "next_step": NextStep("call", date(2026, 12, 1)),
            },
        ),
        ("Acme warm", {"customer": "Acme", "temperature": Temperature.WARM}),
        ("Acme 18.11.", {"customer": "Acme", "when": date(2026, 11, 18)}),
        ("Acme onsdag", {"customer": "Acme", "when": date(2026, 11, 18)}),
        ("Acme fredag", {"customer": "Acme", "when": TODAY}),
        (
            "Acme hot -- met the CFO",
            {"customer": "Acme", "temperature": Temperature.HOT, "note": "met the CFO"},
        ),
        (
            "Acme hot — met the CFO",
            {"customer": "Acme", "temperature": Temperature.HOT, "note": "met the CFO"},
        ),
        (
            "Acme hot – met the CFO",
            {"customer": "Acme", "temperature": Temperature.HOT, "note": "met the CFO"},
        ),
        ("Acme -- ", {"customer": "Acme"}),
        ("Acme -- next call friday", {"customer": "Acme", "note": "next call friday"}),
        (
            "Acme warm 18.11.",
            {"customer": "Acme", "temperature": Temperature.WARM, "when": date(2026, 11, 18)},
        ),
        (
            "Acme 18.11. warm",
            {"customer": "Acme", "temperature": Temperature.WARM, "when": date(2026, 11, 18)},
        ),
        ("Acme next fredag", {"customer": "Acme", "next_step": NextStep("follow-up", NEXT_FRIDAY)}),
        (
            "Acme next call next friday",
            {"customer": "Acme", "next_step": NextStep("call", NEXT_FRIDAY)},
        ),
        (
            "Acme neste møte neste fredag",
            {"customer": "Acme", "next_step": NextStep("møte", NEXT_FRIDAY)},
        ),
        (
            "Acme next demo 2026-12-01",
            {"customer": "Acme", "next_step": NextStep("demo", date(2026, 12, 1))},
        ),
        (
            "Acme next send proposal på fredag",
            {"customer": "Acme", "next_step": NextStep("send proposal", NEXT_FRIDAY)},
        ),
        (
            "Acme next call i morgen",
            {"customer": "Acme", "next_step": NextStep("call", date(2026, 11, 21))},
        ),
        ("Acme next call today", {"customer": "Acme", "next_step": NextStep("call", TODAY)}),
        # names that look like options stay names
        ("Fredag Bygg i går", {"customer": "Fredag Bygg", "when": YESTERDAY}),
        ("Mars AS", {"customer": "Mars AS"}),
        ("Varme Hender AS", {"customer": "Varme Hender AS"}),
        ("Kald AS", {"customer": "Kald AS"}),
        ("Varm", {"customer": "Varm"}),  # known customers (see parse below)
        ("Fredag", {"customer": "Fredag"}),
        ('"2026-11-10"', {"customer": "2026-11-10"}),  # quoted: taken as typed
        # digits alone in quotes: a name the seller insisted on (the property test agrees since
        # session 23: it checked no quoted name; unquoted, "1" is refused, not_a_customer)
        ('"1"', {"customer": "1"}),
        ('"0 2026-11-10"', {"customer": "0 2026-11-10"}),  # was "0", met on 10 November
        ("Next Generation", {"customer": "Next Generation"}),
        (
            "Next Generation hot next call fredag",
            {
                "customer": "Next Generation",
                "temperature": Temperature.HOT,
                "next_step": NextStep("call", NEXT_FRIDAY),
            },
        ),
        ("Neste Oyj", {"customer": "Neste Oyj"}),
        ("Hot Wheels warm", {"customer": "Hot Wheels", "temperature": Temperature.WARM}),
        ('"Acme AS" warm', {"customer": "Acme AS", "temperature": Temperature.WARM}),
        ("Acme  \t  AS\nwarm", {"customer": "Acme AS", "temperature": Temperature.WARM}),
        ("H&amp;M &lt;Norge&gt;", {"customer": "H&M <Norge>"}),
        ("Tom &amp;amp; Jerry", {"customer": "Tom &amp; Jerry"}),  # unescape once, not twice
        ("Rock 'n' Roll AS", {"customer": "Rock 'n' Roll AS"}),
        # session 55: a temperature said again is said louder ("hot hot hot 🔥"), read once
        ("Acme warm warm", {"customer": "Acme", "temperature": Temperature.WARM}),
        ("Acme warm cold", {"customer": "Acme", "temperature": Temperature.COLD, "unread": "warm"}),
        ("Acme 250k", {"customer": "Acme", "unread": "250k"}),  # no amounts for meetings
    ],
)
def test_meeting_and_call(kind: ActivityKind, text: str, expected: dict) -> None:
    defaults = {
        "when": TODAY,
        "temperature": None,
        "amount": None,
        "currency": None,
        "next_step": None,
        "note": None,
        "margin_pct": None,
    }
    known = ("Varm", "Fredag") if text in ("Varm", "Fredag") else ()
    cmd = parse(kind, text, known_customers=known)
    assert cmd == LogCommand(kind=kind, **(defaults | expected))


@pytest.mark.parametrize(
    "text",
    [
        "Aker BP i går varm neste møte fredag",  # Norwegian bokmål
        "Aker BP yesterday warm next meeting friday",  # English
        "Aker BP igår varm nästa möte fredag",  # Swedish
        "Aker BP i går varm næste møde fredag",  # Danish
        "Aker BP i gar varm naste mote fredag",  # ASCII fallback
        "Aker BP varm i går neste møte på fredag",
    ],
)
def test_same_meeting_in_every_language(text: str) -> None:
    cmd = parse(MEETING, text)
    assert (cmd.customer, cmd.when, cmd.temperature) == ("Aker BP", YESTERDAY, Temperature.WARM)
    assert cmd.next_step is not None and cmd.next_step.due == NEXT_FRIDAY


@pytest.mark.parametrize(
    ("word", "temperature"),
    [
        ("cold", Temperature.COLD),
        ("warm", Temperature.WARM),
        ("hot", Temperature.HOT),
        ("kald", Temperature.COLD),
        ("varm", Temperature.WARM),
        ("het", Temperature.HOT),
        ("kall", Temperature.COLD),
        ("kold", Temperature.COLD),
        ("hed", Temperature.HOT),
        ("HOT", Temperature.HOT),
        ("Varm,", Temperature.WARM),
    ],
)
def test_temperature_words(word: str, temperature: Temperature) -> None:
    assert parse(MEETING, f"Acme {word}").temperature is temperature


# --- offers and wins ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "customer", "amount", "currency"),
    [
        ("Equinor 250k", "Equinor", "250000", None),
        ("Telenor kr 1 250 000", "Telenor", "1250000", "NOK"),
        ("Orkla 1,5 mill", "Orkla", "1500000", None),
        ("Yara 99 000 NOK", "Yara", "99000", "NOK"),
        ("Equinor ASA NOK 250k", "Equinor ASA", "250000", "NOK"),
        ("Kongsberg Gruppen 1,2 MSEK", "Kongsberg Gruppen", "1200000", "SEK"),
        ("Acme 5000,-", "Acme", "5000", None),
        ("Acme € 5000", "Acme", "5000", "EUR"),
        ("Acme 1\u00a0250\u00a0000", "Acme", "1250000", None),
        ("Circle K 250k", "Circle K", "250000", None),
        ("Varm Vind AS 250k", "Varm Vind AS", "250000", None),
    ],
)
def test_offers(text: str, customer: str, amount: str, currency: str | None) -> None:
    cmd = parse(OFFER, text)
    assert (cmd.kind, cmd.customer, cmd.amount, cmd.currency, cmd.when) == (
        OFFER,
        customer,
        Decimal(amount).quantize(Decimal("0.01")),
        currency,
        TODAY,
    )
    assert cmd.temperature is None


def test_offer_with_date_and_note() -> None:
    cmd = parse(OFFER, "Equinor 250k 18.11. -- framework agreement")
    assert (cmd.customer, cmd.amount, cmd.when, cmd.note) == (
        "Equinor",
        Decimal("250000.00"),
        date(2026, 11, 18),
        "framework agreement",
    )
    assert parse(OFFER, "Equinor i går 250k").when == YESTERDAY


def test_offer_uses_the_teams_krone() -> None:
    assert parse(OFFER, "Volvo 2 mkr", krone="SEK").currency == "SEK"
    assert parse(OFFER, "Carlsberg kr 40 000", krone="DKK").currency == "DKK"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Statkraft 400k", {"amount": Decimal("400000.00")}),
        ("Statkraft", {}),  # the caller looks up the open offer
        ("Acme 400k margin 22%", {"amount": Decimal("400000.00"), "margin_pct": Decimal("22")}),
        ("Acme margin 22% 400k", {"amount": Decimal("400000.00"), "margin_pct": Decimal("22")}),
        ("Acme 400k margin 22", {"amount": Decimal("400000.00"), "margin_pct": Decimal("22")}),
        ("Acme 400k margin 22 %", {"amount": Decimal("400000.00"), "margin_pct": Decimal("22")}),
        ("Acme 400k db 22,5%", {"amount": Decimal("400000.00"), "margin_pct": Decimal("22.5")}),
        (
            "Acme 400k dekningsbidrag 30%",
            {"amount": Decimal("400000.00"), "margin_pct": Decimal("30")},
        ),
        ("Acme 400k marginal 100%", {"amount": Decimal("400000.00"), "margin_pct": Decimal("100")}),
        ("Acme 400k 22%", {"amount": Decimal("400000.00"), "margin_pct": Decimal("22")}),
        (
            "Acme 400k i går -- signed",
            {"amount": Decimal("400000.00"), "when": YESTERDAY, "note": "signed"},
        ),
        ("DB Schenker 400k", {"customer": "DB Schenker", "amount": Decimal("400000.00")}),
    ],
)
def test_wins(text: str, expected: dict) -> None:
    cmd = parse(WIN, text)
    assert cmd.kind is WIN
    assert cmd.customer == expected.get("customer", text.split()[0])
    assert cmd.amount == expected.get("amount")
    assert cmd.margin_pct == expected.get("margin_pct")
    assert cmd.when == expected.get("when", TODAY)
    assert cmd.note == expected.get("note")


# --- losses ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "known", "customer", "note"),
    [
        ("Hydro price too high", (), "Hydro", "price too high"),
        ("Hydro", (), "Hydro", None),
        ("Norsk Hydro price too high", ("Norsk Hydro ASA",), "Norsk Hydro", "price too high"),
        (
            "Norsk Hydro ASA chose a competitor",
            ("Norsk Hydro",),
            "Norsk Hydro ASA",
            "chose a competitor",
        ),
        ("Norsk Hydro -- price too high", (), "Norsk Hydro", "price too high"),
        ("Norsk Hydro price -- too high", ("Norsk Hydro",), "Norsk Hydro", "price; too high"),
        ("Unknown Co lost it", ("Norsk Hydro",), "Unknown Co", "lost it"),  # its capitalised words
        ("Hydro warm", (), "Hydro", "warm"),
    ],
)
def test_losses(text: str, known: tuple[str, ...], customer: str, note: str | None) -> None:
    cmd = parse(LOSS, text, known_customers=known)
    assert (cmd.kind, cmd.customer, cmd.note, cmd.when) == (LOSS, customer, note, TODAY)


@pytest.mark.parametrize(
    ("text", "known", "customer", "when", "note"),
    [
        ("Fjordkraft i går", (), "Fjordkraft", YESTERDAY, None),
        ("Hydro 2026-11-01", (), "Hydro", date(2026, 11, 1), None),
        (
            "Norsk Hydro i går pris for høy",
            ("Norsk Hydro",),
            "Norsk Hydro",
            YESTERDAY,
            "pris for høy",
        ),
        (
            "Norsk Hydro pris for høy i går",
            ("Norsk Hydro",),
            "Norsk Hydro",
            YESTERDAY,
            "pris for høy",
        ),
        ("i går Fjordkraft -- pris", (), "Fjordkraft", YESTERDAY, "pris"),
        (
            "Fjordkraft for 2 dager siden -- valgte Tibber",
            (),
            "Fjordkraft",
            date(2026, 11, 18),
            "valgte Tibber",
        ),
    ],
)
def test_losses_read_a_date(
    text: str, known: tuple[str, ...], customer: str, when: date, note: str | None
) -> None:
    cmd = parse(LOSS, text, known_customers=known)
    assert (cmd.customer, cmd.when, cmd.note) == (customer, when, note)
    assert cmd.amount is None and cmd.temperature is None


# --- errors ------------------------------------------------------------------------------

ALL_KINDS = [MEETING, CALL, OFFER, WIN, LOSS]


@pytest.mark.parametrize("kind", ALL_KINDS)
@pytest.mark.parametrize(
    ("text", "code", "params"),
    [
        ("", "empty", {}),
        ("   ", "empty", {}),
        ("\t\n", "empty", {}),
        ("-- just a note", "empty", {}),
        ("— just a note", "empty", {}),
        ('""', "empty", {}),
        ("x" * 1001, "too_long", {"limit": 1000}),
        ("Acme\x00", "control_chars", {}),
        ("Acme\x1b[31m", "control_chars", {}),
    ],
)
def test_rejected_for_every_kind(kind: ActivityKind, text: str, code: str, params: dict) -> None:
    err = error(kind, text)
    assert (err.code, err.params) == (code, params)


def test_limit_is_inclusive() -> None:
    assert parse(MEETING, "A" * 1000).customer == "A" * 1000


@pytest.mark.parametrize(
    "text",
    [
        "Acme\u200b 320k",  # zero-width space
        "Ac\u200bme 320k",
        "Acme 320k\u200f",  # right-to-left mark
        "\u200eAcme 320k",  # left-to-right mark
        "\u202aAcme\u202c 320k",  # an embedding and its end
        "\u202eAcme 320k",  # right-to-left override
        "Acme\u2060 320k",  # word joiner
        "\ufeffAcme 320k",  # byte-order mark
        "Ac\u200dme 320k",  # a joiner inside a word, not an emoji
        "Acme ３２０ｋ",  # full-width digits and letters
        "Ａｃｍｅ 320k",
        "Acme ３２０ ０００",
    ],
)
def test_invisible_marks_are_taken_out_and_full_width_forms_read_as_ascii(text: str) -> None:
    # They were refused ("control characters"); pasted from a document or a phone, unseen.
    cmd = parse(WIN, text)
    assert (cmd.customer, cmd.amount) == ("Acme", Decimal("320000.00"))


def test_signs_nfkc_would_change_stay_as_typed() -> None:
    assert parse(MEETING, "Acme™ -- 1½ m² happy").note == "1½ m² happy"
    assert parse(MEETING, "Acme™").customer == "Acme™"


def test_emoji_with_zero_width_joiner_is_fine() -> None:
    assert parse(MEETING, "Acme -- 👩\u200d💼 happy").note == "👩\u200d💼 happy"


@pytest.mark.parametrize(
    ("kind", "text", "code", "params"),
    [
        (OFFER, "Equinor", "missing_amount", {}),
        (OFFER, "Equinor minus fifty", "missing_amount", {}),
        (OFFER, "Equinor -5000", "negative_amount", {"text": "-5000"}),
        (OFFER, "Equinor minus 5000", "negative_amount", {"text": "minus 5000"}),
        (OFFER, "Equinor 1e400", "bad_amount", {"text": "1e400"}),
        (OFFER, "Equinor NaN", "bad_amount", {"text": "NaN"}),
        (OFFER, "Equinor 10000000000000", "amount_too_large", {"text": "10000000000000"}),
        (OFFER, "Equinor 0", "bad_amount", {"text": "0"}),
        (WIN, "Equinor -400k", "negative_amount", {"text": "-400k"}),
        (WIN, "Acme 400k margin 0%", "bad_margin", {"text": "0%"}),
        (WIN, "Acme 400k margin 120%", "bad_margin", {"text": "120%"}),
        (WIN, "Acme 400k margin -5%", "bad_margin", {"text": "-5%"}),
        (WIN, "Acme 400k margin 1e5", "bad_margin", {"text": "1e5"}),
        (WIN, "Acme 400k 150%", "bad_margin", {"text": "150%"}),
        (MEETING, "Acme 2026-13-45", "bad_date", {"text": "2026-13-45"}),
        (MEETING, "Acme 31.02.", "bad_date", {"text": "31.02."}),
        (OFFER, "Acme 250k 31.02.", "bad_date", {"text": "31.02."}),
        (MEETING, "Acme 2025-11-01", "date_too_old", {"date": date(2025, 11, 1)}),
        (MEETING, "Acme 2026-12-24", "date_in_future", {"date": date(2026, 12, 24)}),
        (MEETING, "Acme i morgen", "date_in_future", {"date": date(2026, 11, 21)}),
        (OFFER, "Acme 250k 2026-12-24", "date_in_future", {"date": date(2026, 12, 24)}),
        (MEETING, "Acme next call 2025-01-01", "next_date_in_past", {"date": date(2025, 1, 1)}),
        (MEETING, "Acme next call i går", "next_date_in_past", {"date": YESTERDAY}),
        (MEETING, "Acme next call 2028-01-01", "next_date_too_far", {"date": date(2028, 1, 1)}),
        (MEETING, "Acme next call 31.02.", "bad_date", {"text": "31.02."}),
    ],
)
def test_errors(kind: ActivityKind, text: str, code: str, params: dict) -> None:
    err = error(kind, text)
    assert (err.code, err.params) == (code, params)


# --- the customer is never guessed (issue 12) --------------------------------------------


@pytest.mark.parametrize(
    ("text", "known", "customer", "unread"),
    [
        ("Aker BP møte om budsjett", (), "Aker BP", "møte om budsjett"),
        ("Aker BP uke 4x", (), "Aker BP", "uke 4x"),
        ("Ericsson i dag ljum", (), "Ericsson", "ljum"),
        ("Aker BP Stavanger", ("Aker BP",), "Aker BP", "Stavanger"),  # known + extras
        ("Aker BP Stavanger", (), "Aker BP Stavanger", None),  # a new two-word name stays
        ("Nordic Semiconductor", (), "Nordic Semiconductor", None),
        ("Rema 1000 varm", (), "Rema 1000", None),
        ("Statkraft Varme AS", (), "Statkraft Varme AS", None),
    ],
)
def test_unread_words_are_never_glued_onto_the_customer(
    text: str, known: tuple[str, ...], customer: str, unread: str | None
) -> None:
    cmd = parse(MEETING, text, known_customers=known)
    assert (cmd.customer, cmd.unread) == (customer, unread)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (MEETING, "warm"),
        (MEETING, "i går"),
        (MEETING, "yesterday"),
        (MEETING, "2026-11-27"),
        (MEETING, "uke 48"),
        (MEETING, "kl 14"),
        (MEETING, "18 Nov"),
        (OFFER, "250k"),
        (OFFER, "MNOK 1,2"),
        (WIN, "400 000"),
        (LOSS, "i går"),
    ],
)
def test_a_customer_part_that_is_an_option_is_refused(kind: ActivityKind, text: str) -> None:
    err = error(kind, text)
    assert err.code == "not_a_customer" and err.params == {"text": text}


def test_a_quoted_or_known_name_is_taken_as_typed() -> None:
    assert parse(MEETING, '"Fredag" i går').customer == "Fredag"
    assert parse(MEETING, "Fredag i går", known_customers={"fredag"}).customer == "Fredag"
    assert parse(MEETING, "«Uke 48 AS» varm").customer == "Uke 48 AS"


def test_known_customers_may_be_keys_or_names() -> None:
    by_name = parse(MEETING, "Aker BP ASA Stavanger", known_customers=["Aker BP"])
    by_key = parse(MEETING, "Aker BP ASA Stavanger", known_customers={"aker bp"})
    assert by_name == by_key and by_key.customer == "Aker BP ASA" and by_key.unread == "Stavanger"


def test_candidate_keys_cover_every_known_name_the_parser_can_find() -> None:
    assert candidate_keys("Aker BP ASA i går varm") >= {"aker", "aker bp", "aker bp asa i gar"}
    assert "dnb" in candidate_keys("møte med DNB i går")  # "møte med" repeats the command
    assert "nammo" in candidate_keys("320k Nammo i går")  # an amount before the name
    assert "equinor" in candidate_keys("hos Equinor")
    assert candidate_keys("") == set() and candidate_keys("-- note") == set()


def test_a_misspelt_date_word_is_asked_about_not_glued_onto_the_name() -> None:
    from datetime import date as _date

    from bot.domain import ActivityKind as _Kind
    from bot.services.commands import parse_log_command as _parse

    cmd = _parse(_Kind.CALL, "ringte Posten i forrgårs", today=_date(2026, 11, 20), krone="NOK")
    assert (cmd.customer, cmd.unread) == ("Posten", "i forrgårs")
    kept = _parse(_Kind.MEETING, "Mandal Sparebank", today=_date(2026, 11, 20), krone="NOK")
    assert (kept.customer, kept.unread) == ("Mandal Sparebank", None)


@pytest.mark.parametrize(
    ("text", "customer", "when"),
    [
        ("Tine SA i går", "Tine SA", YESTERDAY),  # "SA" folds like "så", but is a legal form
        ("Felleskjøpet Agri SA tirsdag varm", "Felleskjøpet Agri SA", date(2026, 11, 17)),
        ("Nortura SA", "Nortura SA", TODAY),
    ],
)
def test_a_legal_form_ending_a_name_is_never_a_little_word(
    text: str, customer: str, when: date
) -> None:
    cmd = parse(MEETING, text)
    assert (cmd.customer, cmd.when, cmd.unread) == (customer, when, None)


def test_a_lowercase_sa_before_a_temperature_is_still_a_degree_word() -> None:
    cmd = parse(MEETING, "Aker BP så varm")
    assert (cmd.customer, cmd.temperature) == ("Aker BP", Temperature.WARM)


@pytest.mark.parametrize(
    ("text", "unread"),
    [
        ("Aker BP følg opp", "følg opp"),  # a follow-up without its date: asked, not named
        ("Acme follow up", "follow up"),
        ("Acme ring tilbake", "ring tilbake"),
        ("Shell warmish", "warmish"),  # a softened temperature: the seller's to say
        ("Kiwi halvvarm", "halvvarm"),
    ],
)
def test_words_meant_as_something_never_end_up_in_a_new_name(text: str, unread: str) -> None:
    cmd = parse(MEETING, text)
    assert (cmd.customer, cmd.unread) == (text.removesuffix(" " + unread), unread)


@pytest.mark.parametrize(
    ("text", "what", "due"),
    [
        ("If Skadeforsikring varm ring tilbake fredag", "ring tilbake", NEXT_FRIDAY),
        ("Acme warm call back monday", "call back", date(2026, 11, 23)),
        ("Volvo ringa tillbaka på fredag", "ringa tillbaka", NEXT_FRIDAY),
    ],
)
def test_a_call_back_is_a_next_step(text: str, what: str, due: date) -> None:
    cmd = parse(CALL, text)
    assert cmd.next_step == NextStep(what, due) and cmd.unread is None


@pytest.mark.parametrize("text", ["IBM 2.5m margin 30 pct", "IBM 2.5m margin 30 prosent"])
def test_a_margin_in_words_for_percent(text: str) -> None:
    cmd = parse(WIN, text)
    assert (cmd.amount, cmd.margin_pct, cmd.unread) == (Decimal("2500000.00"), Decimal(30), None)


@pytest.mark.parametrize(
    ("kind", "text", "shown"),
    [
        (OFFER, "Equinor 1,2", "1,2"),  # 1,2 mill? never stored as 1.20 kr
        (OFFER, "Equinor 0,8", "0,8"),
        (WIN, "Equinor 450", "450"),
        (WIN, "Equinor 12,-", "12,-"),
    ],
)
def test_a_bare_amount_below_a_thousand_is_refused_with_an_example(
    kind: ActivityKind, text: str, shown: str
) -> None:
    err = error(kind, text)
    assert (err.code, err.params) == ("unclear_amount", {"text": shown})


@pytest.mark.parametrize(
    ("text", "amount"),
    [("Equinor 450 kr", "450"), ("Equinor 2,5k", "2500"), ("Equinor €900", "900"),
     ("Equinor 1000", "1000"), ("Rema 1000 5 000", "5000")],
)  # fmt: skip
def test_a_small_amount_with_its_unit_is_what_was_typed(text: str, amount: str) -> None:
    assert parse(OFFER, text, known_customers={"equinor", "rema 1000"}).amount == Decimal(amount)


@pytest.mark.parametrize("kind", [OFFER, ActivityKind.WIN])
@pytest.mark.parametrize(
    ("text", "customer", "number"),
    [("Rema 1000", "Rema", "1000"), ("Unit4 2000", "Unit4", "2000"),
     ("Acme 5000 i går", "Acme", "5000"), ("Bilia 2000 -- årsavtale", "Bilia", "2000")],
)  # fmt: skip
def test_a_bare_number_after_a_new_name_is_asked_name_or_amount(
    kind: ActivityKind, text: str, customer: str, number: str
) -> None:
    err = error(kind, text)
    assert (err.code, err.params) == ("name_or_amount", {"customer": customer, "number": number})
    # Either way out of the question is read as meant.
    named = parse(kind, f'"{customer} {number}" 450k')
    assert (named.customer, named.amount) == (f"{customer} {number}", Decimal(450_000))
    priced = parse(kind, f"{customer} {number} kr")
    assert (priced.customer, priced.amount, priced.currency) == (customer, Decimal(number), "NOK")
    # A known customer, or the amount written out, is no question.
    assert parse(
        kind, f"{customer} {number}", known_customers={customer.lower()}
    ).amount == Decimal(number)
    assert parse(kind, f"{customer} 50000").amount == Decimal(50_000)


@pytest.mark.parametrize(
    ("text", "customer", "unread"),
    [
        ("Equinor i fjor", "Equinor", "i fjor"),  # when, without a date: asked, not named
        ("Volvo i fjol", "Volvo", "i fjol"),
        ("Equinor igjen", "Equinor", "igjen"),
        ("Acme again", "Acme", "again"),
        ("Acme recently", "Acme", "recently"),
        ("Equinor for noen dager siden", "Equinor", "for noen dager siden"),
        ("Acme a few days ago", "Acme", "a few days ago"),
        ("Equinor, Aker BP", "Equinor", "Aker BP"),  # a name ends at its comma
        ("Acme, the big one", "Acme", "the big one"),
    ],
)
def test_vague_words_and_what_follows_a_comma_are_asked_never_named(
    text: str, customer: str, unread: str
) -> None:
    cmd = parse(MEETING, text)
    assert (cmd.customer, cmd.unread, cmd.when) == (customer, unread, TODAY)


@pytest.mark.parametrize("text", ["Bank of America warm", "An Post warm", "Acme Ltd, warm"])
def test_little_words_inside_a_name_stay(text: str) -> None:
    cmd = parse(MEETING, text)
    assert (cmd.customer, cmd.temperature, cmd.unread) == (
        text.rsplit(" ", 1)[0].rstrip(","),
        Temperature.WARM,
        None,
    )


@pytest.mark.parametrize(
    ("text", "customer", "note"),
    [
        ("Bane NOR", "Bane NOR", None),  # a new customer's name is never cut to its first word
        ("Bane NOR for dyrt", "Bane NOR", "for dyrt"),
        ("Sparebank 1 SMN pris", "Sparebank 1 SMN", "pris"),
        ("Statens vegvesen valgte billigere leverandør", "Statens vegvesen", "valgte billigere leverandør"),
        ("Volvo Cars priset", "Volvo Cars", "priset"),
        ("Equinor de valgte Visma", "Equinor", "de valgte Visma"),  # the reason's first word
        ("Acme no budget", "Acme", "no budget"),
    ],
)  # fmt: skip
def test_a_new_customer_before_a_loss_reason_keeps_its_capitalised_words(
    text: str, customer: str, note: str | None
) -> None:
    cmd = parse(LOSS, text)
    assert (cmd.customer, cmd.note) == (customer, note)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "amount", "temperature"),
    [
        (WIN, "320k Nammo", "Nammo", Decimal(320000), None),  # the amount typed first
        (WIN, "kr 320 000 Nammo", "Nammo", Decimal(320000), None),
        (OFFER, "1,2 mill Equinor", "Equinor", Decimal(1200000), None),
        (MEETING, "varm Equinor", "Equinor", None, Temperature.WARM),  # the temperature first
        (OFFER, "3M Norge kr 250 000", "3M Norge", Decimal(250000), None),  # "3M" is a name
        (MEETING, "hot wheels", "hot wheels", None, None),  # a temperature inside a name
        (MEETING, "hos Equinor", "Equinor", None, None),  # a preposition before the name
        (MEETING, "with Acme", "Acme", None, None),
        (MEETING, "Med Vind AS", "Med Vind AS", None, None),  # capitalised: the name's
    ],
)
def test_options_or_a_preposition_before_the_customer_are_read(
    kind: ActivityKind,
    text: str,
    customer: str,
    amount: Decimal | None,
    temperature: Temperature | None,
) -> None:
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.amount, cmd.temperature, cmd.unread) == (
        customer,
        amount,
        temperature,
        None,
    )


@pytest.mark.parametrize(
    ("kind", "text", "what", "due"),
    [
        (CALL, "Telenor kald, ring igjen om en måned", "ring igjen", date(2026, 12, 20)),
        (CALL, "Acme cold, call again in a month", "call again", date(2026, 12, 20)),
        (OFFER, "Equinor 1,2 mill, svar innen 1.12", "svar", date(2026, 12, 1)),  # a deadline
        (MEETING, "Equinor tilbud innen fredag", "tilbud", NEXT_FRIDAY),
        (OFFER, "Acme 250k decision by Dec 15", "decision", date(2026, 12, 15)),
        (MEETING, "Kiwi varm neste steg: tilbud innen fredag", "tilbud", NEXT_FRIDAY),
    ],
)
def test_a_call_again_or_a_deadline_ahead_is_the_next_step_not_a_future_date(
    kind: ActivityKind, text: str, what: str, due: date
) -> None:
    cmd = parse(kind, text)
    assert (cmd.next_step, cmd.when, cmd.unread) == (NextStep(what, due), TODAY, None)


def test_a_name_with_a_deadline_word_stays_a_name() -> None:
    assert parse(OFFER, "Til Bords AS 250k").customer == "Til Bords AS"


@pytest.mark.parametrize(
    ("text", "customer", "unread"),
    [
        ("Aker BP via Teams i går", "Aker BP", "via Teams"),
        ("Acme over Zoom yesterday", "Acme", "over Zoom"),
        ("Acme via Google Meet", "Acme", "via Google Meet"),
    ],
)
def test_how_they_met_is_asked_never_part_of_the_name(
    text: str, customer: str, unread: str
) -> None:
    cmd = parse(MEETING, text)
    assert (cmd.customer, cmd.unread) == (customer, unread)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "note"),
    [
        (MEETING, "Aker BP (via Teams)", "Aker BP", "via Teams"),  # were asked as unread words
        (MEETING, "Norsk Hydro (Per Hansen)", "Norsk Hydro", "Per Hansen"),
        (MEETING, "Elkjøp Nordic AS (teams) varm", "Elkjøp Nordic AS", "teams"),
        (OFFER, "Equinor 1,2 mill (inkl. opsjoner)", "Equinor", "inkl. opsjoner"),
        (ActivityKind.WIN, "Orkla 650k (3 år) -- via partner", "Orkla", "3 år; via partner"),
        (ActivityKind.LOSS, "Posten (pris) i går", "Posten", "pris"),
    ],
)
def test_words_in_parentheses_are_the_note(
    kind: ActivityKind, text: str, customer: str, note: str
) -> None:
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, None)


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        (ActivityKind.WIN, "Spotify (120k USD)", (Decimal("120000.00"), "USD", TODAY)),  # was asked
        (OFFER, "Equinor (i går) 250k", (Decimal("250000.00"), None, date(2026, 11, 19))),
        (OFFER, "Stark Industries €12k (pilot)", (Decimal("12000.00"), "EUR", TODAY)),
        (ActivityKind.WIN, "Acme 300k (USD)", (Decimal("300000.00"), "USD", TODAY)),
        (OFFER, "Acme 1,2 mill (eks. mva)", (Decimal("1200000.00"), None, TODAY)),
    ],
)
def test_an_amount_or_a_date_in_parentheses_is_read(
    kind: ActivityKind, text: str, expected: tuple[Decimal, str | None, date]
) -> None:
    cmd = parse(kind, text)
    assert (cmd.amount, cmd.currency, cmd.when) == expected
    assert cmd.unread is None


def test_each_part_in_parentheses_is_read_on_its_own() -> None:
    cmd = parse(OFFER, "Spotify (120k USD, 3 år)")  # was refused: no amount read
    assert (cmd.amount, cmd.currency, cmd.note) == (Decimal("120000.00"), "USD", "3 år")
    cmd = parse(ActivityKind.WIN, "Acme 1,2 mill (i går, via partner)")
    assert (cmd.when, cmd.note) == (date(2026, 11, 19), "via partner")


def test_a_next_step_in_parentheses_is_read_and_a_name_with_them_is_kept() -> None:
    cmd = parse(CALL, "Acme (ring tilbake fredag)")
    assert (cmd.next_step, cmd.note) == (NextStep("ring tilbake", date(2026, 11, 27)), None)
    # Inside a name they stay a name's, never dropped from it: its legal form ends it (session
    # 60: "Smith and Sons (Builders) Ltd"; was "Acme" with "(Norge) AS" asked)
    cmd = parse(ActivityKind.WIN, "Acme (Norge) AS 300k")
    assert (cmd.customer, cmd.unread) == ("Acme (Norge) AS", None)
    # First, a remark written small is the note, never the start of a name.
    cmd = parse(MEETING, "(teams) Equinor")
    assert (cmd.customer, cmd.note) == ("Equinor", "teams")


@pytest.mark.parametrize(
    ("kind", "text", "customer"),
    [
        (ActivityKind.CALL, "Had a quick chat with Volvo", "Volvo"),  # was "Had a quick chat"
        (ActivityKind.CALL, "tok en prat med Yara i forrigårs", "Yara"),
        (ActivityKind.CALL, "snackade med Essity i förrgår", "Essity"),
        (ActivityKind.CALL, "fik en snak med Danfoss i dag", "Danfoss"),
        (MEETING, "Moede med Novo Nordisk i gaar", "Novo Nordisk"),  # oe for ø
        (MEETING, "moete med DNB", "DNB"),
    ],
)
def test_a_chat_or_a_word_spelt_without_its_letter_before_the_customer_is_no_name(
    kind: ActivityKind, text: str, customer: str
) -> None:
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.unread) == (customer, None)
    assert parse(MEETING, "Quick Bygg AS").customer == "Quick Bygg AS"  # a filler alone: a name


def test_an_exclamation_ends_a_short_name_and_a_dash_leads_into_a_reason() -> None:
    assert parse(ActivityKind.WIN, "Vann ICA!! 800 tkr 🥳").customer == "ICA"  # was "ICA!!"
    assert parse(ActivityKind.LOSS, "Rema 1000 - for dyre").note == "for dyre"  # was "- for dyre"


def test_a_temperature_emoji_that_says_the_word_again_is_read() -> None:
    cmd = parse(MEETING, "Tine i forrigårs, het 🔥 neste møte v49")
    assert (cmd.when, cmd.temperature, cmd.unread) == (
        date(2026, 11, 18),
        Temperature.HOT,
        None,
    )
    assert parse(MEETING, "Tine varm 🔥").unread == "🔥"  # which one? asked


@pytest.mark.parametrize(
    ("text", "temperature"),
    [("Vattenfall 3,5 MSEK varm", Temperature.WARM), ("Acme 25000 warm", Temperature.WARM),
     ("Equinor 2 mill het", Temperature.HOT), ("Orkla kald 300k", Temperature.COLD)],
)  # fmt: skip
def test_an_offer_says_how_the_lead_stands(text: str, temperature: Temperature) -> None:
    # Was asked as an unread word: only meetings and calls read a temperature.
    cmd = parse(OFFER, text)
    assert (cmd.temperature, cmd.unread) == (temperature, None)
    # a won deal: no lead left to warm; the word is no question (session 50, as its 🔥 already was)
    won = parse(ActivityKind.WIN, "Acme 25000 warm")
    assert (won.temperature, won.unread, won.amount) == (None, None, 25000)


@pytest.mark.parametrize(
    ("text", "amount", "unread"),
    [("Acme 25000 snart", "25000", "snart"), ("Acme 25 000 pga nytt budsjett", "25000", "pga nytt budsjett"),
     ("Acme 1,2 mill pga budsjett", "1200000", "pga budsjett")],
)  # fmt: skip
def test_a_new_customers_amount_then_words_is_the_amount_and_the_words_are_asked(
    text: str, amount: str, unread: str
) -> None:
    # Was refused as "an offer needs an amount" (the number taken into the new name).
    for kind in (OFFER, ActivityKind.WIN):
        cmd = parse(kind, text)
        assert (cmd.customer, cmd.amount, cmd.unread) == ("Acme", Decimal(amount), unread)
    # A number inside a name goes on with a capital.
    assert parse(OFFER, "Sparebank 1 SMN 25000").customer == "Sparebank 1 SMN"
    assert parse(ActivityKind.WIN, "Rema 1000 Oslo 450k").customer == "Rema 1000 Oslo"


@pytest.mark.parametrize(
    ("kind", "text"), [(OFFER, "Equinor 1.2"), (ActivityKind.WIN, "Equinor 2.5")]
)
def test_a_point_number_that_would_be_a_date_ahead_is_an_unclear_amount(
    kind: ActivityKind, text: str
) -> None:
    # Was "1 February 2027 is in the future": the seller meant 1,2 million.
    err = error(kind, text, known_customers={"equinor"})
    assert (err.code, err.params) == ("unclear_amount", {"text": text.split()[-1]})
    # With an amount, or a date that has been, it is the date it says.
    assert parse(OFFER, "Equinor 450k 18.11", known_customers={"equinor"}).when == date(
        2026, 11, 18
    )
    assert error(OFFER, "Equinor 18.11", known_customers={"equinor"}).code == "missing_amount"


@pytest.mark.parametrize(
    ("text", "customer", "unread"),
    [
        ("Telenor hos dem", "Telenor", "hos dem"),
        ("Schibsted om ny avtale", "Schibsted", "om ny avtale"),
        ("Coop Norge ifbm anbud", "Coop Norge", "ifbm anbud"),
        ("Hydro m/ Lars og noen fra IT", "Hydro", "m/ Lars og noen fra IT"),
        ("Volvo tillsammans med Anna", "Volvo", "tillsammans med Anna"),
    ],
)
def test_words_said_about_a_new_customer_are_asked_never_glued_onto_its_name(
    text: str, customer: str, unread: str
) -> None:
    # Were new customers "Telenor hos dem", "Norsk Hydro (Per Hansen)", "Orkla v/ Per Hansen".
    cmd = parse(ActivityKind.MEETING, text)
    assert (cmd.customer, cmd.unread) == (customer, unread)
    # Names that carry such a word before a capital stay whole.
    assert parse(ActivityKind.MEETING, "Universitetet i Oslo").customer == "Universitetet i Oslo"
    assert parse(ActivityKind.MEETING, "Bank of America").customer == "Bank of America"


def test_the_person_care_of_a_new_customer_is_its_note() -> None:
    # Session 55: "v/ Per Hansen" (care of) names whom, as in brackets (was asked as unread).
    cmd = parse(ActivityKind.MEETING, "Orkla v/ Per Hansen")
    assert (cmd.customer, cmd.note, cmd.unread) == ("Orkla", "Per Hansen", None)
    assert parse(ActivityKind.MEETING, "Sparebank 1 SMN på mandag").customer == "Sparebank 1 SMN"


@pytest.mark.parametrize(
    ("kind", "text", "customer", "note"),
    [
        (ActivityKind.MEETING, "Maersk vedr. fornyelse", "Maersk", "vedr. fornyelse"),
        (ActivityKind.MEETING, "Acme regarding the renewal", "Acme", "regarding the renewal"),
        (ActivityKind.CALL, "ringte Telia ang. fornyelse", "Telia", "ang. fornyelse"),
        (
            ActivityKind.CALL,
            "Volvo gällande förnyelse av avtalet",
            "Volvo",
            "gällande förnyelse av avtalet",
        ),
        (
            ActivityKind.MEETING,
            "Mærsk vedrørende ny aftale varm",
            "Mærsk",
            "vedrørende ny aftale varm",
        ),
        (ActivityKind.CALL, "called Initech re renewal", "Initech", "re renewal"),
    ],
)
def test_what_it_was_about_after_a_topic_word_is_the_note(kind, text, customer, note) -> None:  # type: ignore[no-untyped-def]
    # Were asked about as words not read ("I could not read “ang. fornyelse”").
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, None)


@pytest.mark.parametrize(
    ("kind", "text", "customer"),
    [
        (ActivityKind.MEETING, "kunde: Schibsted, varm", "Schibsted"),
        (ActivityKind.MEETING, "kund: Volvo Cars", "Volvo Cars"),
        (ActivityKind.MEETING, "Customer: Acme Corp", "Acme Corp"),
        (ActivityKind.OFFER, "Kunde Schibsted 200k", "Schibsted"),
        (ActivityKind.WIN, "firma: Elkjøp 150k", "Elkjøp"),
        (ActivityKind.LOSS, "Tapte Posten til Bring 800k pga pris", "Posten"),
        (ActivityKind.LOSS, "Mistet Orkla, for dyrt", "Orkla"),
        (ActivityKind.OFFER, "tilbud sendt Coop 90k", "Coop"),
        (ActivityKind.MEETING, "Equinor. Bra møte", "Equinor"),
    ],
)
def test_labels_verbs_and_a_full_stop_are_no_part_of_a_new_name(kind, text, customer) -> None:  # type: ignore[no-untyped-def]
    # Were customers "kunde: Schibsted", "Tapte Posten", "Equinor. Bra"; "tilbud sendt Coop"
    # was refused ("tilbud" is not a customer's name).
    assert parse(kind, text).customer == customer


@pytest.mark.parametrize(
    ("kind", "text", "customer", "note"),
    [
        (ActivityKind.CALL, "Ericsson - ingen svar", "Ericsson", "ingen svar"),
        (ActivityKind.MEETING, "DNB - workshop med IT-avd, varm", "DNB", "workshop med IT-avd"),
        (ActivityKind.MEETING, "A.P. Møller - Mærsk", "A.P. Møller - Mærsk", None),
    ],
)
def test_what_follows_a_dash_in_small_letters_is_a_note(kind, text, customer, note) -> None:  # type: ignore[no-untyped-def]
    # "Ericsson - ingen svar" was a new customer of that whole name.
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, None)


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (ActivityKind.OFFER, "Equinor nytt tilbud på 2 mill"),
        (ActivityKind.OFFER, "Equinor tilbud på 2 mill"),
        (ActivityKind.MEETING, "Equinor hadde møte"),
        (ActivityKind.MEETING, "Equinor had a meeting"),
    ],
)
def test_words_that_only_repeat_the_command_after_a_known_customer_are_not_asked(
    kind, text
) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text, known_customers={"equinor"})
    assert (cmd.customer, cmd.unread) == ("Equinor", None)


@pytest.mark.parametrize("text", ["Posten 2x", "Posten x2", "Posten 2X varm"])
def test_how_many_times_is_asked_never_part_of_a_new_name(text: str) -> None:
    # Was a new customer "Posten 2x"; then asked with "2x" unread; now two calls (session 21)
    cmd = parse(ActivityKind.CALL, text)
    assert cmd.customer == "Posten" and cmd.times == 2 and cmd.unread is None
    assert parse(ActivityKind.MEETING, "B2X AS").customer == "B2X AS"


def test_marks_after_a_name_are_no_part_of_it() -> None:
    assert parse(ActivityKind.WIN, "Ericsson!! 450 tkr").customer == "Ericsson"  # was "Ericsson!!"
    assert parse(ActivityKind.MEETING, "Equinor.").customer == "Equinor"
    assert parse(ActivityKind.MEETING, "Hansen & Co.").customer == "Hansen & Co."


def test_a_company_named_by_its_form_and_abbreviations_keep_their_words() -> None:
    assert parse(ActivityKind.MEETING, "Firma Hansen AS").customer == "Firma Hansen AS"
    assert parse(ActivityKind.MEETING, "St. Olavs hospital").customer == "St. Olavs hospital"
    assert parse(ActivityKind.MEETING, "kunden: Hansen Bygg").customer == "Hansen Bygg"


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("Tine 120k gyldig til 15.12", "gyldig til 15.12"),
        ("Nortura 300k frist 20.12", "frist 20.12"),  # after a comma: a note (test_parse_tied)
        ("Equinor 250k valid until Dec 15", "valid until Dec 15"),
        ("Volvo 1,2 MSEK giltig till 15/12", "giltig till 15/12"),
    ],
)
def test_an_offers_validity_date_is_its_note_not_refused_as_a_date_ahead(
    text: str, note: str
) -> None:
    # Was refused: "15 December 2026 is in the future" (the date the offer holds until was
    # taken for the day it was sent); then asked; the note since session 23, comma or none.
    cmd = parse(OFFER, text)
    assert (cmd.when, cmd.note, cmd.unread) == (TODAY, note, None)
    assert cmd.amount is not None
    # A date ahead on its own is still refused.
    assert error(OFFER, "Aker 300k 15.12").code == "date_in_future"


@pytest.mark.parametrize(
    "text",
    [
        "Volvo het nästa steg offert senast fredag",
        "Volvo het nästa steg offert innan fredag",
        "Aker BP varm neste steg tilbud innen fredag",
        "Maersk varm næste skridt tilbud senest fredag",
        "Acme warm next step proposal by Friday",
    ],
)
def test_the_word_before_a_next_steps_deadline_is_not_part_of_what_is_next(text: str) -> None:
    # Was "Nästa steg: offert senast senast fre 27 nov": Swedish "senast" kept in the step.
    step = parse(ActivityKind.MEETING, text).next_step
    assert step is not None and step.due == date(2026, 11, 27)
    assert step.what in {"offert", "tilbud", "proposal"}, step


@pytest.mark.parametrize("known", [set(), {"sats"}])
@pytest.mark.parametrize(
    ("kind", "text"),
    [(OFFER, "Sats 9.9"), (OFFER, "Sats 2.5 i går"), (ActivityKind.WIN, "Sats 1.5")],
)
def test_a_point_number_with_one_digit_after_it_is_an_unclear_amount_not_a_date_gone(
    kind: ActivityKind, text: str, known: set[str]
) -> None:
    # "/logoffer Sats 9.9" was read as 9 September and refused as "an offer needs an amount".
    err = error(kind, text, known_customers=known)
    assert err.code == "unclear_amount"
    # A day and month written so ("3.11", "18.11") that has been is the date.
    assert error(OFFER, "Sats 3.11", known_customers=known).code == "missing_amount"
    assert parse(OFFER, "Sats 450k 3.11", known_customers=known).when == date(2026, 11, 3)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "amount"),
    [
        (OFFER, "Posten tolv tusen", "Posten", 12_000),
        (ActivityKind.WIN, "Coop Norge tjuefem tusen kroner", "Coop Norge", 25_000),
        (ActivityKind.WIN, "tolv tusen Axfood", "Axfood", 12_000),
        (ActivityKind.WIN, "Globex two hundred k", "Globex", 200_000),
        (OFFER, "Novo femogtyve tusind kr", "Novo", 25_000),
        (OFFER, "Volvo tjugofem tusen", "Volvo", 25_000),
        (OFFER, "Acme twenty-five thousand i går", "Acme", 25_000),
        (OFFER, "Tine tre hundre og femti tusen", "Tine", 350_000),
        (OFFER, "Tine trehundreogfemti tusen kroner", "Tine", 350_000),
        (OFFER, "Boots two hundred and fifty thousand pounds", "Boots", 250_000),
        (OFFER, "Veidekke tolv mill", "Veidekke", 12_000_000),
    ],
)
def test_an_amount_in_words_is_read(
    kind: ActivityKind, text: str, customer: str, amount: int
) -> None:
    # Session 44: read (no kept library reads Nordic number words; tests/unit/test_amounts44.py).
    # Were refused ("write it with digits"); before that a win for "Coop Norge tjuefem", for
    # "tolv", or for "Globex two hundred k".
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.amount) == (customer, Decimal(amount))


def test_number_words_in_a_name_are_a_name() -> None:
    assert parse(OFFER, "Tre 3 mill").customer == "Tre"  # a number word alone is no amount
    assert parse(OFFER, "Tusen Takk AS 300k").customer == "Tusen Takk AS"  # a magnitude alone
    known = parse(OFFER, "Fire Tusen 300k", known_customers={"fire tusen"})
    assert (known.customer, known.amount) == ("Fire Tusen", Decimal(300_000))
    assert parse(OFFER, '"Fire Tusen" 300k').customer == "Fire Tusen"


def test_an_amount_shaped_like_a_name_before_the_customer_is_never_in_the_name() -> None:
    # "/logwin 5M Nammo" was a win for a new customer "5M Nammo" with no amount.
    win = parse(ActivityKind.WIN, "5M Nammo", known_customers={"nammo"})
    assert (win.customer, win.amount) == ("Nammo", Decimal(5_000_000))
    offer = parse(OFFER, "5M Nammo")  # an offer needs an amount: it is the amount
    assert (offer.customer, offer.amount) == ("Nammo", Decimal(5_000_000))
    err = error(ActivityKind.WIN, "5M Nammo")  # a new name: "5M Nammo", or 5 million?
    assert (err.code, err.params) == ("amount_or_name", {"number": "5M", "customer": "Nammo"})
    # Either way out is read as meant; an amount later keeps "3M" in the name.
    assert parse(ActivityKind.WIN, '"5M Nammo"').customer == "5M Nammo"
    assert parse(ActivityKind.WIN, "Nammo 5M").amount == Decimal(5_000_000)
    assert parse(ActivityKind.WIN, "3M Norge 350k").customer == "3M Norge"
    assert "nammo" in candidate_keys("5M Nammo")


@pytest.mark.parametrize(
    ("text", "amount", "unread"),
    [
        ("Norgesgruppen 1,5 mill + 300k/år", "1500000", "300k/år"),
        ("Norgesgruppen 1,2 mkr + 200 tkr/år", "1200000", "200 tkr/år"),
        ("Norgesgruppen 1 500 000 kr + 20k/mnd", "1500000", "20k/mnd"),
    ],
)
def test_an_amount_per_period_beside_the_deals_amount_is_asked(
    text: str, amount: str, unread: str
) -> None:
    # "+ 300k/år" was refused as an amount it could not read; two amounts are the seller's say.
    cmd = parse(OFFER, text)
    assert (cmd.customer, cmd.amount, cmd.unread) == ("Norgesgruppen", Decimal(amount), unread)
    alone = parse(OFFER, "Aker BP 20k/mnd")  # alone: read and asked about (test_parse_tied)
    assert (alone.amount, alone.unread) == (Decimal(20000), "20k/mnd")


@pytest.mark.parametrize(
    ("kind", "text", "first", "second"),
    [
        (MEETING, "Møte med Acme og Globex", "Acme", "Globex"),
        (MEETING, "Meeting with Acme and Globex", "Acme", "Globex"),
        (CALL, "Acme och Globex i går", "Acme", "Globex"),
        (OFFER, "Acme og Globex 300k", "Acme", "Globex"),
        (LOSS, "Acme og Globex", "Acme", "Globex"),  # was Acme, lost "og Globex"
    ],
)
def test_two_new_customers_joined_by_and_are_never_one_customer(
    kind: ActivityKind, text: str, first: str, second: str
) -> None:
    # Was one new customer "Acme og Globex".
    err = error(kind, text)
    assert err.code == "one_or_two_customers"
    assert (err.params["first"], err.params["second"]) == (first, second)
    # The way out for one name with "og" in it: quotes (Danish »…« too), then it is known.
    assert parse(MEETING, '"Acme og Globex" i går').customer == "Acme og Globex"
    assert parse(MEETING, "»Acme og Globex« i går").customer == "Acme og Globex"
    known = parse(MEETING, "Acme og Globex i går", known_customers={"acme og globex"})
    assert known.customer == "Acme og Globex"
    # A public body's name is one; "og" before a lower-case word is a reason, not a name.
    assert parse(MEETING, "Møre og Romsdal fylkeskommune").customer.startswith("Møre og")
    assert parse(LOSS, "Acme og de valgte Visma").customer == "Acme"


def test_fractions_and_yday_are_read() -> None:
    assert parse(OFFER, "Veidekke 1½ mill").amount == Decimal(1_500_000)
    assert parse(OFFER, "Veidekke 2 ½ mill").amount == Decimal(2_500_000)
    assert parse(OFFER, "Veidekke ½ mill").amount == Decimal(500_000)
    assert parse(MEETING, "Acme y'day").when == date(2026, 11, 19)


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Veidekke to mill", "Veidekke", 2_000_000),
        ("Veidekke en halv mill", "Veidekke", 500_000),
        ("Veidekke halvannen mill", "Veidekke", 1_500_000),
        ("Skanska två miljoner kronor", "Skanska", 2_000_000),
        ("Acme half a million", "Acme", 500_000),
        ("To mill Veidekke", "Veidekke", 2_000_000),
    ],
)
def test_the_number_words_channel_messages_read_are_read_in_commands_too(
    text: str, customer: str, amount: int
) -> None:
    # Were refused as "an offer needs an amount" (or a name "To mill Veidekke").
    cmd = parse(OFFER, text)
    assert (cmd.customer, cmd.amount) == (customer, amount)
    # Session 44: whole numbers said with a hundred or a thousand too
    for other, said in (("Veidekke tolv tusen", 12_000), ("Acme two hundred k", 200_000)):
        assert parse(OFFER, other).amount == said
    # session 43: a decimal point said in words is read ("tre komma fem mill": 3,5 million)
    assert parse(OFFER, "Veidekke tre komma fem mill").amount == 3_500_000
    assert parse(OFFER, "Acme one point two million").amount == 1_200_000


@pytest.mark.parametrize("kind", [OFFER, ActivityKind.WIN])
def test_a_number_before_a_new_customer_is_never_in_its_name(kind: ActivityKind) -> None:
    # Were refused as "an offer needs an amount", or a win for "1250000 Veidekke".
    for text, amount in (
        ("450' Veidekke", 450_000),
        ("1.250.000 Veidekke", 1_250_000),
        ("1 250 000 Veidekke", 1_250_000),
        ("1250000 Veidekke", 1_250_000),
    ):
        cmd = parse(kind, text)
        assert (cmd.customer, cmd.amount) == ("Veidekke", Decimal(amount)), text
    # Four digits or fewer may be a name's ("1881 Media"): asked, unless the customer is known
    # or an amount follows.
    err = error(kind, "2500 Veidekke")
    assert (err.code, err.params) == ("amount_or_name", {"number": "2500", "customer": "Veidekke"})
    assert parse(kind, "2500 Veidekke", known_customers={"veidekke"}).amount == Decimal(2500)
    assert "veidekke" in candidate_keys("2500 Veidekke")  # so the known name is looked up
    assert parse(kind, "1881 Media 250k").customer == "1881 Media"
    assert error(kind, "400 000").code == "not_a_customer"


def test_a_meetings_hours_before_its_day_and_a_currency_after_the_krone_dash() -> None:
    # "14-15" before "i dag" was asked as unread words; "1.250.000,- DKK" refused.
    cmd = parse(MEETING, "Equinor 14-15 i dag")
    assert (cmd.customer, cmd.when, cmd.unread) == ("Equinor", date(2026, 11, 20), None)
    assert parse(MEETING, "Equinor 3-4 uker siden").unread == "3-4 uker siden"  # no hours
    offer = parse(OFFER, "Novo 1.250.000,- DKK", krone="DKK")
    assert (offer.amount, offer.currency) == (Decimal(1_250_000), "DKK")


def test_a_lost_deals_amount_before_the_customer_and_a_margin_word_after_it() -> None:
    # "/loglost 320k Veidekke" was a customer "320k Veidekke".
    lost = parse(LOSS, "320k Veidekke")
    assert (lost.customer, lost.note) == ("Veidekke", "320k")
    assert parse(LOSS, "3M Norge -- pris").customer == "3M Norge"  # a name shaped so stays
    # "18% margin": the margin word after its value was asked about as unread.
    win = parse(ActivityKind.WIN, "Veidekke 2,5 mill 18% margin")
    assert (win.margin_pct, win.unread) == (Decimal(18), None)


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("kr 45.000,- Veidekke", "kr 45.000"),
        ("45.000 Veidekke pris", "pris 45.000"),
        ("NOK 1 250 000 Veidekke for dyrt", "for dyrt NOK 1 250 000"),
        ("45 000 kr Veidekke", "45 000 kr"),
    ],
)
def test_a_lost_deals_amount_written_before_the_customer_is_never_its_name(
    text: str, note: str
) -> None:
    # Were refused ("kr" is not a customer) or a customer "45.000 Veidekke".
    cmd = parse(ActivityKind.LOSS, text)
    assert (cmd.customer, cmd.note) == ("Veidekke", note)
    # A number that starts a name stays in it.
    assert parse(ActivityKind.LOSS, "3M Norge pris").customer == "3M Norge"
    assert parse(ActivityKind.LOSS, "1881 Media pris").customer == "1881 Media"


def test_a_short_weekday_with_its_dot_is_a_day_never_a_names_word() -> None:
    # Was the new customer "Acme man." logged today.
    assert (parse(MEETING, "Acme man.").customer, parse(MEETING, "Acme man.").when) == (
        "Acme",
        date(2026, 11, 16),
    )
    assert parse(MEETING, "Acme tir.").when == date(2026, 11, 17)
    assert parse(ActivityKind.CALL, "Ikea nästa tis").next_step == NextStep(
        "follow-up", date(2026, 11, 24)
    )
    # First, before a new name: a day or a name? Asked, as "Tirsdag Statnett" is.
    assert error(MEETING, "Man. United").code == "day_or_name"
    cmd = parse(MEETING, "Acme man")  # no dot: a word, asked about, never a day
    assert (cmd.customer, cmd.when, cmd.unread) == ("Acme", TODAY, "man")


@pytest.mark.parametrize(
    ("kind", "text", "unread"),
    [
        # was the new customer "Acme ingen svar"; a call's no answer is its note (session 23)
        (MEETING, "Acme ingen svar", "ingen svar"),
        # was "Acme la"; a call's message left is its note since mendC32 (a meeting's is asked)
        (MEETING, "Acme la igjen beskjed", "la igjen beskjed"),
        (MEETING, "Acme hyggelig møte", "hyggelig møte"),
    ],
)
def test_small_words_after_a_new_capitalised_name_are_asked_never_its_name(
    kind: ActivityKind, text: str, unread: str
) -> None:
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.unread) == ("Acme", unread)


@pytest.mark.parametrize(
    "name",
    [
        "Statens vegvesen",
        "St. Olavs hospital",
        "Oslo universitetssykehus",
        "Stavanger lufthavn",
        "Universitetet i Oslo",
        "Bank of America",
        "Møre og Romsdal fylkeskommune",
        "Acme as",
    ],
)
def test_names_that_end_small_stay_whole(name: str) -> None:
    cmd = parse(MEETING, name)
    assert (cmd.customer, cmd.unread) == (name, None)


def test_a_slash_between_two_names_asks_one_or_two_and_a_colon_ends_a_name() -> None:
    # Were the new customers "Acme/Globex" and "Acme: Per Hansen".
    err = error(MEETING, "Acme/Globex")
    assert (err.code, err.params["first"], err.params["second"]) == (
        "one_or_two_customers",
        "Acme",
        "Globex",
    )
    assert parse(MEETING, "Maersk A/S").customer == "Maersk A/S"  # a legal form
    assert parse(MEETING, "«Acme/Globex»").customer == "Acme/Globex"  # quoted: one name
    cmd = parse(MEETING, "Acme: Per Hansen, varm")
    assert (cmd.customer, cmd.temperature) == ("Acme", Temperature.WARM)
    # session 45: the person met is the note (was asked as words not read)
    assert cmd.unread is None and cmd.note == "Per Hansen"


@pytest.mark.parametrize(
    "text",
    [
        "sendte tilbud på 300k til Acme",  # was the new customer "til Acme"
        "Tilbud Acme 300k",  # was "Tilbud Acme"
        "Offert Acme 300k",
    ],
)
def test_the_offers_noun_and_what_led_into_its_amount_are_no_name(text: str) -> None:
    cmd = parse(OFFER, text)
    assert (cmd.customer, cmd.amount, cmd.unread) == ("Acme", Decimal("300000.00"), None)
    assert parse(MEETING, "Meeting Point AS").customer == "Meeting Point AS"
    # The command's noun written small before a name: "möte Volvo" was the customer.
    assert parse(MEETING, "möte Volvo i måndags").customer == "Volvo"
    assert parse(CALL, "samtal Volvo igår").customer == "Volvo"


@pytest.mark.parametrize("text", ["Acme US$ 40k", "Acme 40 000 US$", "Acme us$40k"])
def test_us_dollars_are_dollars(text: str) -> None:
    # Was the customer "Acme US$" with 40 000 in the team's currency, or refused.
    cmd = parse(OFFER, text)
    assert (cmd.customer, cmd.amount, cmd.currency) == ("Acme", Decimal("40000.00"), "USD")


@pytest.mark.parametrize("text", ["Acme CHF 40 000", "Acme 40k CHF", "Acme 2 mill ISK", "Acme ¥5M"])
def test_an_amount_in_a_currency_kpibot_does_not_count_in_is_refused(text: str) -> None:
    # Was 40 000 (or 2 million) of the team's krone, "Acme CHF" the customer.
    for kind in (OFFER, ActivityKind.WIN):
        assert error(kind, text).code == "other_currency"
    assert parse(MEETING, "CHF Group").customer == "CHF Group"  # no amount beside it: a name


@pytest.mark.parametrize("text", ["tapt, dessverre", "dessverre", "tyvärr!", "Unfortunately"])
def test_how_a_deal_went_is_never_its_customer(text: str) -> None:
    # "/loglost tapt, dessverre" was a lost deal with a customer "dessverre".
    with pytest.raises(UserError) as err:
        parse(ActivityKind.LOSS, text)
    assert err.value.code == "not_a_customer"


def test_a_sigh_before_the_customer_is_dropped() -> None:
    cmd = parse(ActivityKind.LOSS, "dessverre Telenor, for dyre")
    assert (cmd.customer, cmd.note) == ("Telenor", "for dyre")
    assert parse(MEETING, "Typisk AS").customer == "Typisk AS"  # a name with the word stays
