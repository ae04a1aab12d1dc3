"""Session 46: slash commands from a held-out set written by a helper who never saw the code
(/work/held46, not in the repository), each a class of variants: met each other ("Mødtes med
Mette fra Novo Nordisk" was a customer "Mødtes"), what a talk was about named after a season
("om julekampanjen" was asked), a temperature said after the topic ("ang. nytt system, varm" was
the note's last word, the lead left cold), a role said with the genitive ("Fazer Oy:s
inköpschef"), "yesterday" typed fast ("ystday"), Nynorsk days ("tysdag") and no answer ("fekk
ikkje svar"), and a weekday gone with its date ("forrige torsdag 26.11": "forrige" unread)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind, Temperature
from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.customers import customer_key

M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER
FRIDAY, THU, WED, TUE = date(2026, 12, 4), date(2026, 12, 3), date(2026, 12, 2), date(2026, 12, 1)
LAST_THU, LAST_FRI = date(2026, 11, 26), date(2026, 11, 27)
KNOWN = {customer_key(name) for name in ("Tine", "Orkla")}


def parse(kind: ActivityKind, text: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=FRIDAY, krone=krone, known_customers=KNOWN)


@pytest.mark.parametrize(
    ("text", "customer", "when", "note"),
    [
        ("Mødtes med Mette Jensen fra Novo Nordisk A/S i forgårs", "Novo Nordisk A/S", WED,
         "Mette Jensen"),
        ("Møttes med Kari i Orkla i går", "Orkla", THU, "Kari"),
        ("Träffades med Anna på Volvo igår", "Volvo", THU, "Anna"),
        ("mødtes med Novo Nordisk i går", "Novo Nordisk", THU, None),
        ("träffades igår Volvo Cars", "Volvo Cars", THU, None),
    ],
)  # fmt: skip
def test_met_each_other_is_the_meeting_verb(text, customer, when, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (customer, when, note, None)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "when", "note"),
    [
        (M, "Posten Bring i forgårs om påskekampanjen", "Posten Bring", WED, "om påskekampanjen"),
        (M, "Hemköp, förra fredagen, om julkampanjen", "Hemköp", LAST_FRI, "om julkampanjen"),
        (C, "Kiwi om julebordet", "Kiwi", FRIDAY, "om julebordet"),
        (M, "Ola Hansen fra Meny ang. nye hyller", "Meny", FRIDAY, "Ola Hansen; ang. nye hyller"),
    ],
)  # fmt: skip
def test_a_topic_named_after_a_season_is_the_note(kind, text, customer, when, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (customer, when, note, None)


@pytest.mark.parametrize(
    "text",
    [
        "Kiwi om sommerferien",  # the season itself: a time a step may hang on, asked
        "Kiwi om juletiden",
        "Kiwi om påskehelgen",
    ],
)
def test_the_season_itself_after_om_is_still_asked(text) -> None:  # type: ignore[no-untyped-def]
    assert parse(M, text).unread == text.split(" ", 1)[1]


@pytest.mark.parametrize(
    ("kind", "text", "temperature", "note", "unread"),
    [
        (M, "Orkla ang. nytt system, varm", Temperature.WARM, "ang. nytt system", None),
        (C, "Tesco re renewal, hot lead", Temperature.HOT, "re renewal", None),
        (M, "Orkla ang. varmepumper, kald", Temperature.COLD, "ang. varmepumper", None),
        (OF, "Orkla 300k ang. rammeavtale, het", Temperature.HOT, "ang. rammeavtale", None),
        # in between: asked, as anywhere else (was kept in the note, never asked)
        (M, "Coop Danmark i tirsdags ang. nyt kassesystem, lun", None, "ang. nyt kassesystem",
         "lun"),
        (M, "Hadde møte med Ola Hansen fra Meny i dag ang. nye hyller, lunken", None,
         "Ola Hansen; ang. nye hyller", "lunken"),
        # with the person first, the temperature stays the record's
        (M, "møte med Kari i Orkla ang. piloten, varm", Temperature.WARM, "ang. piloten; Kari",
         None),
        # typed dashes: what follows is the note as typed
        (M, "Orkla -- de var varme, kald", None, "de var varme, kald", None),
    ],
)  # fmt: skip
def test_a_temperature_said_last_after_the_topic(kind, text, temperature, note, unread) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.temperature, cmd.note, cmd.unread) == (temperature, note, unread)


@pytest.mark.parametrize(
    ("text", "customer", "note"),
    [
        ("Fazer Oy:s inköpschef i fredags", "Fazer Oy", "inköpschef"),
        ("möte med IKEA:s inköpschef igår", "IKEA", "inköpschef"),
        ("Tine's innkjøper i går", "Tine", "innkjøper"),
    ],
)
def test_a_role_said_with_the_genitive(text, customer, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, None)


def test_a_name_with_its_genitive_and_no_role_stays_whole() -> None:
    assert parse(M, "McDonald's yesterday").customer == "McDonald's"


@pytest.mark.parametrize(
    "text", ["met Telenor ystday, hot lead", "Telenor yestday", "Telenor ysterday", "Telenor yday"]
)
def test_yesterday_typed_fast(text) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.when, cmd.unread) == ("Telenor", THU, None)


def test_a_word_like_yesterday_that_is_none_is_asked() -> None:
    assert parse(M, "Tine, yestrdayy").unread is not None


@pytest.mark.parametrize(
    ("kind", "text", "customer", "when", "note"),
    [
        (C, "ringde Hurtigruta tysdag, fekk ikkje svar", "Hurtigruta", TUE, "fekk ikkje svar"),
        (M, "Møte med Fjord1 laurdag", "Fjord1", date(2026, 11, 28), None),
        (M, "Fjord1 sundag", "Fjord1", date(2026, 11, 29), None),
    ],
)  # fmt: skip
def test_nynorsk_days_and_no_answer(kind, text, customer, when, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.when, cmd.note, cmd.unread) == (customer, when, note, None)


@pytest.mark.parametrize(
    "text",
    [
        "Telia forrige torsdag 26.11",
        "Telia förra torsdagen 26/11",
        "Telia sidste torsdag d. 26/11",
        "Telia last Thursday 26/11",
        "Telia last Thursday (26th)",
    ],
)
def test_a_weekday_gone_with_its_date(text) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.when, cmd.unread) == ("Telia", LAST_THU, None)


def test_a_weekday_gone_whose_date_is_another_day_is_refused_as_typed() -> None:
    with pytest.raises(UserError) as raised:
        parse(M, "Telia last Wednesday 26/11")
    assert raised.value.params["text"] == "last Wednesday 26/11"


def test_an_hour_after_kl_is_no_amount_in_a_command() -> None:
    cmd = parse(OF, "Orkla kl 1130 450k")
    assert (cmd.customer, cmd.amount) == ("Orkla", 450_000)
