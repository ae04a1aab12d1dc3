"""Session 47: slash commands from held-out sets written by helpers who never saw the code
(/work/held47, not in the repository), each a class of variants: the person named first with
what they do in brackets or after a comma before their company ("Thomas (innkjøp) hos
Biltema", "Erik, IT-chef på Byggmax": were customers "Thomas" and "Erik"), Nynorsk "frå" and
"heit", an emoji typed before the customer ("🥶 Storebrand": was the customer's name), and
where a talk was held after its customer (tests/unit/test_command_places.py)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind, Temperature
from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.customers import customer_key

M, C, W = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.WIN
FRIDAY = date(2026, 12, 4)
KNOWN = {customer_key(name) for name in ("Tine", "Orkla")}


def parse(kind: ActivityKind, text: str):  # type: ignore[no-untyped-def]
    return parse_log_command(kind, text, today=FRIDAY, known_customers=KNOWN)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "note"),
    [
        (M, "Thomas (innkjøp) hos Biltema", "Biltema", "Thomas (innkjøp)"),
        (M, "Thomas (innkjøp) i Biltema", "Biltema", "Thomas (innkjøp)"),
        (M, "Ola (salg) på Kiwi Storo", "Kiwi Storo", "Ola (salg)"),
        (C, "Erik, inköpschef på Byggmax", "Byggmax", "Erik, inköpschef"),
        (C, "Anna, innkjøpssjef hos Coop Norge", "Coop Norge", "Anna, innkjøpssjef"),
        (M, "Nils frå Norled", "Norled", "Nils"),
        (M, "Kari hjå Tussa Kraft", "Tussa Kraft", "Kari"),
    ],
)
def test_the_person_first_then_what_they_do_then_their_company(kind, text, customer, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, None)


def test_the_role_with_the_step_after_it() -> None:
    cmd = parse(C, "Erik, IT-chef på Byggmax, ringer honom om två veckor")
    assert cmd.customer == "Byggmax" and cmd.unread is None
    assert cmd.next_step is not None and cmd.next_step.due == date(2026, 12, 18)


@pytest.mark.parametrize(
    "text", ["Erik, Orkla", "lunsj med Kari, lovende", "Kari", "called John, he was positive"]
)
def test_a_person_alone_is_no_customer(text) -> None:  # type: ignore[no-untyped-def]
    # were new customers "Kari", "John" ("Erik, Orkla": asked as two customers before)
    with pytest.raises(UserError) as asked:
        parse(M, text)
    assert asked.value.code == "not_a_customer"


@pytest.mark.parametrize("text", ['"Kari" i dag', "Oda i dag", "Tine i dag"])
def test_a_company_so_named_is_read(text) -> None:  # type: ignore[no-untyped-def]
    assert parse(M, text).customer in ("Kari", "Oda", "Tine")


def test_a_known_customer_named_as_a_person_is_read() -> None:
    known = {customer_key("Kari")}
    cmd = parse_log_command(M, "Kari i dag", today=FRIDAY, known_customers=known)
    assert cmd.customer == "Kari"


@pytest.mark.parametrize(
    ("text", "temperature"),
    [
        ("Norled, heit", Temperature.HOT),
        ("Norled, heit kunde", Temperature.HOT),
        ("Norled, veldig heit", Temperature.HOT),
    ],
)
def test_nynorsk_hot(text, temperature) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(M, text)
    assert (cmd.customer, cmd.temperature, cmd.unread) == ("Norled", temperature, None)


@pytest.mark.parametrize(
    ("kind", "text", "customer", "temperature"),
    [
        (C, "🥶 Storebrand", "Storebrand", Temperature.COLD),
        (C, ":cold_face: Storebrand i går", "Storebrand", Temperature.COLD),
        (M, "🔥🔥 Tine i dag", "Tine", Temperature.HOT),
        (W, "🎉 Tine 400k", "Tine", None),
        (W, ":tada: Orkla 1,2 mill", "Orkla", None),
    ],
)
def test_an_emoji_before_the_customer_is_no_part_of_the_name(
    kind, text, customer, temperature
) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.temperature) == (customer, temperature)


@pytest.mark.parametrize("text", ["🎉🎉 1,1 mill i går!!", "🎉 500.000 kr"])
def test_an_emoji_and_an_amount_is_still_no_customer(text) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UserError) as refused:
        parse(W, text)
    assert refused.value.code == "not_a_customer"


@pytest.mark.parametrize(
    "text",
    ["tilbud kommer senere, godt møte i dag", "tilbod kjem seinare, godt møte i dag"],
)
def test_a_deal_said_in_small_words_is_no_customer(text) -> None:  # type: ignore[no-untyped-def]
    # were new customers "tilbud kommer senere", "tilbod kjem seinare"
    with pytest.raises(UserError) as refused:
        parse(M, text)
    assert refused.value.code == "not_a_customer"


@pytest.mark.parametrize(
    ("kind", "text", "customer"),
    [(M, "møte med tine i dag", "tine"), (M, "demo hos kiwi", "kiwi")],
)
def test_a_talk_said_small_before_its_customer_is_read_as_before(kind, text, customer) -> None:  # type: ignore[no-untyped-def]
    assert parse(kind, text).customer == customer


@pytest.mark.parametrize(
    ("kind", "text", "customer", "note"),
    [
        (M, "orkla igår.. mtg m/ innkjøpssjef Per på Skøyen varm", "orkla", "mtg m/ innkjøpssjef Per på Skøyen"),
        (C, "fjordkraft as tlf igår m/ salgssjef Mona varm f/u tirsdag", "fjordkraft as", "tlf m/ salgssjef Mona"),
        (M, "Lyse Energi møte på Forus igår varm", "Lyse Energi", "møte på Forus"),
        (M, "Schenker AS igår m/ logistikksjef Nina", "Schenker AS", "m/ logistikksjef Nina"),
        (M, "NORSK HYDRO ASA MØTE PÅ SKØYEN I FORGÅRS KALD", "NORSK HYDRO ASA", "MØTE PÅ SKØYEN"),
        (M, "Bremnes Seashore møte i forgårs på Bømlo kall", "Bremnes Seashore", "møte på Bømlo"),
        (C, "Securitas Sverige tel m/ säkerhetschef Lars i måndags het", "Securitas Sverige", "tel m/ säkerhetschef Lars"),
        (M, "Bouvet ASA mtg at Sandvika ystd w/ CTO Per :fire:", "Bouvet ASA", "mtg at Sandvika w/ CTO Per"),
    ],
)  # fmt: skip
def test_the_talk_told_after_its_customer_without_commas(kind, text, customer, note) -> None:  # type: ignore[no-untyped-def]
    # each was asked with these words unread
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, None)


@pytest.mark.parametrize("text", ["Tine møte med Orkla", "Tine mtg m/ Orkla i Bergen"])
def test_another_customer_in_the_talk_is_still_asked(text) -> None:  # type: ignore[no-untyped-def]
    try:
        cmd = parse(M, text)
    except UserError as asked:
        assert asked.code in ("two_customers", "not_a_customer")
    else:
        assert cmd.customer == "Tine" and cmd.unread is not None and cmd.note is None


@pytest.mark.parametrize(
    ("text", "customer", "note"),
    [
        ("møte m/ dagleg leiar Kari hjå Brødrene Dahl AS i går heit", "Brødrene Dahl AS", "dagleg leiar Kari"),
        ("mtg w/ CFO Anna at Yara International ystd warm", "Yara International", None),
        ("møde m/ indkøbchef Lars hos Salling Group i går varm", "Salling Group", "indkøbchef Lars"),
        ("daglig leder Per på Tine", "Tine", "daglig leder Per"),
    ],
)  # fmt: skip
def test_a_role_and_a_name_before_the_company(text, customer, note) -> None:  # type: ignore[no-untyped-def]
    # were customers "dagleg leiar Kari hjå …", "CFO Anna at Yara …", "indkøbchef Lars"
    cmd = parse(M, text)
    assert cmd.customer == customer and cmd.unread is None
    assert note is None or cmd.note == note


@pytest.mark.parametrize("text", ["CFO Anna i Bergen igår het", "Kari fra Oslo"])
def test_a_person_in_a_town_names_no_customer(text) -> None:  # type: ignore[no-untyped-def]
    # were customers "Bergen", "Kari fra Oslo"
    with pytest.raises(UserError) as refused:
        parse(M, text)
    assert refused.value.code == "not_a_customer"


def test_a_role_in_a_towns_company_is_read() -> None:
    cmd = parse(M, "innkjøpssjef i Oslo kommune")
    assert (cmd.customer, cmd.note) == ("Oslo kommune", "innkjøpssjef")


@pytest.mark.parametrize(
    ("kind", "text", "customer", "note"),
    [
        (M, "Kongsberg Gruppen mtøe m/ CFO Anna i dag varm", "Kongsberg Gruppen", "mtøe m/ CFO Anna"),
        (M, "Vestas mdøe i Aarhus i forgårs", "Vestas", "mdøe i Aarhus"),
        (W, "vant Lerøy Seafood 1,1 mill m/ innkjøpssjef Per i Bergen", "Lerøy Seafood", "m/ innkjøpssjef Per i Bergen"),
    ],
)  # fmt: skip
def test_a_swapped_talk_noun_and_a_wins_company(kind, text, customer, note) -> None:  # type: ignore[no-untyped-def]
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.note, cmd.unread) == (customer, note, None)


def test_a_place_after_a_wins_customer_is_still_asked() -> None:
    assert parse(W, "Tine 300k i Bergen").unread == "i Bergen"


@pytest.mark.parametrize(
    ("kind", "text", "customer"),
    [
        (W, "Kid interiør as 95 000 kr", "Kid interiør as"),
        (W, "Hansen bygg as 300k", "Hansen bygg as"),
        (W, "Nordic semiconductor asa 300k", "Nordic semiconductor asa"),
        (M, "Kid interiør as i går", "Kid interiør as"),
    ],
)
def test_a_names_words_typed_small_up_to_its_legal_form(kind, text, customer) -> None:  # type: ignore[no-untyped-def]
    # were customers "Kid", "Hansen", "Nordic" with the rest asked
    cmd = parse(kind, text)
    assert (cmd.customer, cmd.unread) == (customer, None)
