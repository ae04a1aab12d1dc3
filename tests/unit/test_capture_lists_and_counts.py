"""Status posts the way sellers write them (session 10, from held-out round 12): a list under a
heading of what was done, a count of talks ("2 calls today:", "Två samtal idag: A och B"), a call
said by the phone ("på tlf", "per telefon"), and smaller readings each with phrasings it was not
written for. Today is Friday 2026-11-20."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

TODAY = date(2026, 11, 20)
KNOWN = [
    "Circle K", "Sector Alarm", "Kahoot!", "Obos", "Peab", "Ikea", "Max Hamburgare", "Grundfos",
    "Velux", "Boots", "Monday.com", "Tryg", "Bama", "Rema 1000", "Apotek Hjärtat", "Torsdag Film AS",
    "Brightwater Ltd", "Tomra Systems ASA", "Flying Tiger", "Brattli Transport AS", "Yara",
    "Göteborg Energi",
]  # fmt: skip
MEETING, CALL, OFFER = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER


def _read(text: str):  # type: ignore[no-untyped-def]
    return recognise(text, today=TODAY, known_customers=KNOWN)


def _also(found):  # type: ignore[no-untyped-def]
    return (found.also.kind, found.also.customer) if found.also else None


@pytest.mark.parametrize(
    ("text", "first", "when", "second"),
    [
        # ("Denne uka:\n- tirs: møte Obos\n- ons: tlf Peab, …": a day a line under the week's
        # heading, one question since lists28: tests/unit/test_lists28.py)
        (
            "Status so far:\n• Mon: meeting Boots\n• Wed: call w/ Ikea",
            (MEETING, "Boots"),
            date(2026, 11, 16),
            (CALL, "Ikea"),
        ),
        (
            "Veckan hittills:\n1. mån: möte Ikea\n2. idag: offert till Peab 400 tkr",
            (MEETING, "Ikea"),
            date(2026, 11, 16),
            (OFFER, "Peab"),
        ),
    ],
)
def test_a_list_under_a_heading_of_what_was_done(text, first, when, second) -> None:  # type: ignore[no-untyped-def]
    found = _read(text)
    assert ((found.kind, found.customer), found.when, _also(found)) == (first, when, second)
    assert found.outcome is Outcome.SURE, found.reasons


def test_a_list_under_a_heading_of_plans_is_no_news() -> None:
    assert _read("Neste uke:\n- man: møte Obos\n- tirs: tlf Peab").outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "kind", "first", "second"),
    [
        (
            "2 calls today:\n1. Boots – booked onsite mtg 1 Dec\n2. Monday.com – pricing q's",
            CALL,
            "Boots",
            "Monday.com",
        ),
        ("3 samtaler i dag:\n- Obos, varm\n- Peab, kald\n- Ikea, lunken", CALL, "Obos", "Peab"),
        (
            "Två samtal idag: Ikea (ljummen) och Max Hamburgare (het!)",
            CALL,
            "Ikea",
            "Max Hamburgare",
        ),
        ("2 mtg i dag 💪\nCircle K kl 9 (varm) og Obos kl 13 (kald)", MEETING, "Circle K", "Obos"),
        ("two meetings today: Boots (great) and Ikea (meh)", MEETING, "Boots", "Ikea"),
    ],
)
def test_counted_talks_are_one_record_each(text, kind, first, second) -> None:  # type: ignore[no-untyped-def]
    found = _read(text)
    assert (found.outcome, found.kind, found.customer) == (Outcome.SURE, kind, first), found.reasons
    assert _also(found) == (kind, second)
    assert found.also.outcome is Outcome.LIKELY  # the second asked about on its own


def test_a_counted_heading_keeps_a_booked_meeting_as_the_next_step() -> None:
    found = _read("2 calls today:\n1. Boots – booked onsite mtg 1 Dec\n2. Monday.com – warm")
    assert found.follow_up is not None and found.follow_up.due == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "customer", "when"),
    [
        (
            "torsdag: Torsdag Film på tlf 📞 de vil ha pris før nyttår",
            "Torsdag Film AS",
            date(2026, 11, 19),
        ),
        ("Apotek Hjärtat i tisdags per telefon", "Apotek Hjärtat", date(2026, 11, 17)),
        ("Had Boots on the phone this morning, keen", "Boots", TODAY),
        ("Obos via telefon i går, positive", "Obos", date(2026, 11, 19)),
    ],
)
def test_by_phone_with_a_customer_is_a_call(text: str, customer: str, when: date) -> None:
    found = _read(text)
    assert (found.kind, found.customer, found.when) == (CALL, customer, when), found.reasons
    assert found.outcome is Outcome.SURE


def test_two_customers_on_the_phone_the_first_named_first() -> None:
    assert _also(_read("Havde Grundfos og Velux på telefonen i dag")) == (CALL, "Velux")
    # booked30: two customers, both asked in one question (was: Grundfos stored sure)
    found = _read("Havde Grundfos og Velux på telefonen i formiddags")
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.LIKELY,
        CALL,
        "Grundfos",
        TODAY,
    ), found.reasons


@pytest.mark.parametrize(
    "text",
    ["Satt på telefonen med kundeservice i en time 🙄", "Er på tlf hele dagen, ring meg heller"],
)
def test_on_the_phone_without_a_customer_is_nothing(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("tlf Rema 1000 i morges ☎️ de ville ha nytt møte, booka fre 27.", date(2026, 11, 27)),
        ("Apotek Hjärtat i tisdags per telefon – digitalt möte inbokat måndag", date(2026, 11, 23)),
        ("Monday.com demo today, loved it. 2nd meeting booked next Thu", date(2026, 11, 26)),
        (
            "Godt møde hos Velux i går 👍 ny aftale sat i kalenderen tors d. 3. december",
            date(2026, 12, 3),
        ),
    ],
)
def test_the_next_meeting_booked_beside_a_talk_held(text: str, due: date) -> None:
    found = _read(text)
    step = found.next_step or found.follow_up
    assert step is not None and step.due == due, found
    assert found.outcome is Outcome.SURE and found.also is None, found.reasons


def test_booked_on_a_day_label_for_a_day_ahead() -> None:
    found = _read("i går: booket møde med Tryg til mandag d. 30.")
    assert (found.when, found.next_step.due) == (date(2026, 11, 19), date(2026, 11, 30))  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "kind", "amount"),
    [
        ("tilb. til Bama er ute 🍌 450' eks mva", OFFER, Decimal("450000")),
        (
            "PEAB 🤝 vi fick ett skriftligt ja nu på förmiddagen, 1,9 MSEK!",
            ActivityKind.WIN,
            Decimal("1900000"),
        ),
        ("Brightwater Ltd – onsite workshop today w/ <@U09ALEX>, very hot 🔥", MEETING, None),
        ("Monday.com demo today, they loved the pipeline view", MEETING, None),
    ],
)
def test_more_ways_sellers_write_a_record(
    text: str, kind: ActivityKind, amount: Decimal | None
) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.amount) == (Outcome.SURE, kind, amount), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Brattli Transport valgte å fornye med dagens leverandør. Surt.",
        "Flying Tiger røg på målstregen – konkurrenten gav 20 % rabat 😤",
        "Yara föll på målsnöret, de stannar hos sin nuvarande leverantör",
    ],
)
def test_a_loss_said_by_an_idiom_is_asked(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind) == (Outcome.LIKELY, ActivityKind.LOSS), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "DN: Tomra kjøper tysk konkurrent for 2 mrd https://dn.no/naeringsliv/123",
        "Boots signs with Accenture https://www.ft.com/content/abc",
    ],
)
def test_news_with_its_link_is_nothing(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


def test_our_win_with_a_link_is_ours() -> None:
    found = _read("Vi vant Tomra! 2 mill https://crm.example.com/deal/123")
    assert (found.outcome, found.amount) == (Outcome.SURE, Decimal("2000000"))


@pytest.mark.parametrize(
    "text",
    ["Ny avtale med Obos i dag, 2 mill", "Ny aftale med Velux, 300k 🎉"],
)
def test_a_new_agreement_with_its_amount_is_still_a_win(text: str) -> None:
    found = _read(text)
    assert found.kind is ActivityKind.WIN and found.outcome is not Outcome.NOTHING, found.reasons


@pytest.mark.parametrize(
    ("text", "when"),
    [
        ("Peab i förrgår 👷 bra möte, de vill ha en offert före jul", date(2026, 11, 18)),
        ("Obos i går – godt møte, de vil ha demo", date(2026, 11, 19)),
        ("Great meeting with Boots this morning", TODAY),
        ("Velux i tirsdags, rigtig godt møde 👍", date(2026, 11, 17)),
    ],
)
def test_a_meeting_said_good_was_held(text: str, when: date) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.when) == (Outcome.SURE, MEETING, when), found.reasons


@pytest.mark.parametrize(
    "text",
    ["Hoping for a good meeting with Peab next week", "Bra möte med Peab i morgon hoppas jag"],
)
def test_a_good_meeting_to_come_is_no_record(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "kind", "when"),
    [
        ("Ringde upp Hedlunds Åkeri igår kväll, de var nyfikna", CALL, date(2026, 11, 19)),
        ("Ringte opp Obos i går, positive", CALL, date(2026, 11, 19)),
    ],
)
def test_the_day_in_the_records_own_clause(text: str, kind: ActivityKind, when: date) -> None:
    found = _read(text)
    assert (found.kind, found.when) == (kind, when), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Bergvik Plast AB: besök i måndags, offerten gick iväg idag (640 tkr)",
        "Obos: møte i mandags, tilbudet gikk av gårde i dag, 300k",
    ],
)
def test_a_meeting_then_an_offer_each_on_its_day(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.when) == (Outcome.SURE, MEETING, date(2026, 11, 16))
    assert found.also is not None, found.reasons
    assert (found.also.kind, found.also.when, found.also.outcome) == (OFFER, TODAY, Outcome.LIKELY)


@pytest.mark.parametrize(
    ("text", "step"),
    [
        (
            "Göteborg Energi 👉 offert 1,2 mkr skickad, uppföljningsmöte bokat v49 tis",
            ("meeting", date(2026, 12, 1)),
        ),
        (
            "Sent the quote to Boots 300k, follow-up call booked Monday",
            ("call", date(2026, 11, 23)),
        ),
        ("Vant Obos 2 mill! Oppstartsmøte booket 2. desember", ("meeting", date(2026, 12, 2))),
    ],
)
def test_a_talk_booked_beside_an_offer_or_a_win_is_its_next_step(text: str, step: tuple) -> None:  # type: ignore[type-arg]
    found = _read(text)
    assert found.follow_up is not None, found.reasons
    assert (found.follow_up.what, found.follow_up.due) == step


def test_booked_a_meeting_is_no_meeting_held() -> None:
    found = _read("booked a meeting with Tryg yesterday for Dec 3")
    assert (found.when, found.next_step.due) == (date(2026, 11, 19), date(2026, 12, 3))  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Peab i förrgår 👷 bra möte – vi ses igen tors 3/12", date(2026, 12, 3)),
        ("Obos i går, godt møte, vi sees igjen mandag", date(2026, 11, 23)),
    ],
)
def test_meeting_again_is_the_next_meeting(text: str, due: date) -> None:
    found = _read(text)
    assert found.follow_up is not None and found.follow_up.due == due, found.reasons


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Oppsummering i dag:\n1) Obos – møte, varme\n2) Peab – tlf, kalde",
            (MEETING, "Obos"),
            (CALL, "Peab"),
        ),
        ("3 samtaler i formiddag: Obos, Rema 1000 og Ikea", (CALL, "Obos"), (CALL, "Rema 1000")),
    ],
)
def test_a_name_and_a_dash_titles_and_three_counted(text: str, first: tuple, second: tuple) -> None:  # type: ignore[type-arg]
    found = _read(text)
    assert (found.outcome, (found.kind, found.customer), _also(found)) == (
        Outcome.SURE,
        first,
        second,
    )


def test_three_counted_ask_about_each_other() -> None:
    found = _read("3 samtaler i formiddag: Obos, Rema 1000 og Ikea")
    assert found.also is not None and found.also.also is not None
    assert found.also.also.customer == "Ikea"


@pytest.mark.parametrize(
    "text",
    ["Obos över telefon igår, ljumma", "Obos over telefonen i går, varme"],
)
def test_over_the_phone_is_a_call(text: str) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.when) == (Outcome.SURE, CALL, date(2026, 11, 19))


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("rettelse: Obos tilbudet er 600k ikke 900k", Decimal("600000")),
        ("Oops, typo in my last post: the Boots quote is 220k not 22k", Decimal("220000")),
    ],
)
def test_not_after_the_amount_says_which_amount(text: str, amount: Decimal) -> None:
    found = _read(text)
    assert (found.outcome, found.kind, found.amount) == (Outcome.LIKELY, OFFER, amount), (
        found.reasons
    )
