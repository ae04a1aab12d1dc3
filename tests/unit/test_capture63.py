"""Session 63: channel messages misread in the held-out files written for Tue 16 May 2028. A
shopping day far from today, or one the talk or the deal was about, is no day of the work
("Signed Currys black friday deal £80k today" in September was dated last year's Black
Friday); a glued "v2" far from this week is an offer's version ("Equinor ASA har fått v2 av
tilbudet" was dated week 2, January)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise

SEPTEMBER = date(2027, 9, 15)
AFTER_BLACK_FRIDAY = date(2027, 11, 30)  # Black Friday was Fri 26 Nov 2027
TUESDAY = date(2028, 5, 16)
KNOWN = ("Currys", "Elkjøp", "Argos", "Equinor ASA", "Scania")


def _read(text: str, today: date, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    return recognise(
        text, today=today, krone=krone, posted=time(15), known_customers=KNOWN, open_offers=set()
    )


@pytest.mark.parametrize(
    ("text", "today", "customer", "when"),
    [
        ("Signed Currys black friday deal £80k today", SEPTEMBER, "Currys", SEPTEMBER),
        ("Signed Currys black friday deal £80k", SEPTEMBER, "Currys", SEPTEMBER),
        ("Møte med Elkjøp om Black Friday", SEPTEMBER, "Elkjøp", SEPTEMBER),
        ("Signed Currys black friday deal £80k today", AFTER_BLACK_FRIDAY, "Currys", AFTER_BLACK_FRIDAY),
        ("Møte med Elkjøp om black friday i dag", AFTER_BLACK_FRIDAY, "Elkjøp", AFTER_BLACK_FRIDAY),
        # near it, on it: its day
        ("Met Argos on Cyber Monday", AFTER_BLACK_FRIDAY, "Argos", date(2027, 11, 29)),
    ],
)  # fmt: skip
def test_a_campaigns_day_is_no_day_of_the_work(text, today, customer, when) -> None:  # type: ignore[no-untyped-def]
    read = _read(text, today)
    assert (read.customer, read.when) == (customer, when)


@pytest.mark.parametrize(
    "text",
    [
        "Equinor ASA har fått v2 av tilbudet 👍 ny pris 1,85 mill, ned fra 2,1",
        "Scania har fått v3 av offerten, nu 2,4 MSEK",
    ],
)
def test_a_glued_version_is_no_week(text: str) -> None:
    assert _read(text, TUESDAY).when == TUESDAY


def _as_read(text: str, krone: str = "NOK"):  # type: ignore[no-untyped-def]
    known = ("Kongsberg Gruppen", "Aviva", "Danish Crown", "Tesco", "MT Højgaard", "Sandvik AB")
    return recognise(
        text, today=TUESDAY, krone=krone, posted=time(15), known_customers=known, open_offers=set()
    )


@pytest.mark.parametrize(
    ("text", "customer", "amount"),
    [
        ("Kongsberg Gruppen: rev 3 sendt, 3,4 mill. nå må det bare skje 🙏", "Kongsberg Gruppen", 3_400_000),
        ("rev 3 to aviva gone over, £510k. ringing them fri", "Aviva", 510_000),
        ("Ny version (v3) sendt til Danish Crown, 890' kr 🤞 ringer dem op fredag", "Danish Crown", 890_000),
        ("v2 sendt til Tesco 40k", "Tesco", 40_000),
        ("rev 2 gikk ut til Tesco i går, £40k", "Tesco", 40_000),
    ],
)  # fmt: skip
def test_a_version_sent_is_an_offer(text: str, customer: str, amount: int) -> None:
    read = _as_read(text)
    assert (read.kind, read.customer, read.amount) == (ActivityKind.OFFER, customer, amount)


@pytest.mark.parametrize(
    "text", ["Ny versjon av appen sendt ut i dag", "Tesco rev 40 000 this quarter"]
)
def test_a_version_of_something_else_is_no_offer(text: str) -> None:
    assert _as_read(text).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "kind", "customer", "when", "due"),
    [
        (
            "Mødenoter 📝\nKunde: MT Højgaard\nDato: fre 12/5\nMed: mig + Line\nNæste skridt: workshop tirs 23/5",
            ActivityKind.MEETING, "MT Højgaard", date(2028, 5, 12), date(2028, 5, 23),
        ),
        (
            "Samtalenotater\nKunde: Tesco\nDato: 12/5\nNeste: demo 23/5",
            ActivityKind.CALL, "Tesco", date(2028, 5, 12), date(2028, 5, 23),
        ),
    ],
)  # fmt: skip
def test_a_talks_notes_heading_in_one_word_heads_its_form(text, kind, customer, when, due) -> None:  # type: ignore[no-untyped-def]
    read = _as_read(text)
    assert (read.kind, read.customer, read.when, read.follow_up.due) == (kind, customer, when, due)


@pytest.mark.parametrize(
    ("text", "due", "what"),
    [
        ("ringde sandvik ab om serviceavtalet, ny avstämning på fredag", date(2028, 5, 19), None),
        ("rang tesco, agreed to send the case studies wednesday", date(2028, 5, 17), "send the case studies"),
    ],
)  # fmt: skip
def test_a_calls_step_is_read_and_the_call_is_today(text: str, due: date, what: str | None) -> None:
    read = _as_read(text, "GBP")
    assert (read.kind, read.when, read.follow_up.due) == (ActivityKind.CALL, TUESDAY, due)
    if what is not None:
        assert read.follow_up.what == what


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("pratade med sj ab om nya skyltar, ljummet intresse", "SJ AB"),
        ("ringde sj ab idag", "SJ AB"),
    ],
)
def test_a_known_name_written_small_with_its_form(text: str, customer: str) -> None:
    read = recognise(
        text,
        today=TUESDAY,
        krone="SEK",
        posted=time(15),
        known_customers=("SJ AB",),
        open_offers=set(),
    )
    assert (read.kind, read.customer) == (ActivityKind.CALL, customer)  # (was nothing)


def test_a_holidays_name_is_no_customer() -> None:
    text = "Muntligt ja från Essity! ca 1,1 mkr, avtalet skrivs efter Kristi himmelfärd"
    read = recognise(
        text,
        today=TUESDAY,
        krone="SEK",
        posted=time(15),
        known_customers=("Essity",),
        open_offers=set(),
    )
    # (was "Kristi" a name, the deal's amount its)
    assert (read.kind, read.customer, read.amount) == (ActivityKind.WIN, "Essity", 1_100_000)


def test_a_firm_named_for_a_holiday_stays_a_name() -> None:
    read = _as_read("Møte med Julaften AS i dag")
    assert (read.kind, read.customer) == (ActivityKind.MEETING, "Julaften AS")


AUGUST = date(2028, 8, 17)


def _in_august(text: str):  # type: ignore[no-untyped-def]
    known = ("Severn Trent", "Tesco", "Orkla")
    return recognise(
        text, today=AUGUST, krone="GBP", posted=time(15), known_customers=known, open_offers=set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Lost Severn Trent – offer went out in June, it all went quiet over the summer and they've now gone with the incumbent",
        "Lost Severn Trent, offer went out in June",
        "Tapte Orkla, ble helt stille i sommer",
    ],
)  # fmt: skip
def test_a_losss_day_is_not_its_offers_nor_its_silences(text: str) -> None:
    read = _in_august(text)  # (was dated 1 June, or 10 July)
    assert (read.kind, read.when) == (ActivityKind.LOSS, AUGUST)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Pets at Home Group plc is a new customer 🎉 £4,500/month on a 12 month contract", "Pets at Home Group plc"),
        ("Acme Ltd is a new customer, £40k", "Acme Ltd"),
        ("Acme AB är en ny kund, 40 000 kr", "Acme AB"),
    ],
)  # fmt: skip
def test_a_new_customer_said_with_its_article(text: str, customer: str) -> None:
    read = _in_august(text)  # (was nothing)
    assert (read.kind, read.customer) == (ActivityKind.WIN, customer)


def test_the_day_our_offer_was_sent_is_not_the_calls() -> None:
    text = "Ringte Tine ang. tilbudet vi sendte før ferien. Ikke bestemt seg ennå, jeg følger opp tirsdag"
    read = recognise(
        text,
        today=AUGUST,
        krone="NOK",
        posted=time(15),
        known_customers=("Tine",),
        open_offers=set(),
    )
    # (was asked as a span of days, the summer holiday's)
    assert (read.outcome, read.kind, read.when) == (Outcome.SURE, ActivityKind.CALL, AUGUST)


@pytest.mark.parametrize(
    ("text", "customer", "when"),
    [
        ("Fredagsmøtet med Tine gikk bra", "Tine", date(2028, 5, 12)),
        ("Torsdagsmötet med Essity gick bra", "Essity", date(2028, 5, 11)),
        ("Fredagsmøte med Tine, bra stemning", "Tine", date(2028, 5, 12)),
    ],
)
def test_a_weekdays_talk_in_one_word_is_that_days(text: str, customer: str, when: date) -> None:
    read = recognise(
        text, today=TUESDAY, krone="NOK", posted=time(15), known_customers=("Tine", "Essity"),
        open_offers=set(),
    )  # fmt: skip
    # (review: were dated today)
    assert (read.kind, read.customer, read.when) == (ActivityKind.MEETING, customer, when)


@pytest.mark.parametrize(
    ("text", "when"),
    [("i går m Kiwi, bra møte", date(2028, 5, 15)), ("fredag m Tine, bra møte", date(2028, 5, 12))],
)
def test_m_for_med_before_a_name(text: str, when: date) -> None:
    read = recognise(
        text, today=TUESDAY, krone="NOK", posted=time(15), known_customers=("Tine",),
        open_offers=set(),
    )  # fmt: skip
    assert (read.kind, read.when) == (ActivityKind.MEETING, when)  # (review: were dated today)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Telenor ASA svarer ikke, tre forsøk i dag 🙄 tar en ny runde mandag", ActivityKind.CALL),
        ("Telenor ASA svarer ikke, prøvd 3 ganger i dag", ActivityKind.CALL),
        ("Telenor ASA svarer ikke på mail", None),  # no tries counted: as before, nothing
    ],
)
def test_a_name_then_no_answer_with_its_tries_counted(text: str, kind) -> None:  # type: ignore[no-untyped-def]
    read = recognise(
        text, today=AUGUST, krone="NOK", posted=time(15), known_customers=("Telenor ASA",),
        open_offers=set(),
    )  # fmt: skip
    assert read.kind is kind  # (the first was nothing)
