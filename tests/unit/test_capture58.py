"""Session 58: channel messages the blind held-out sets (held58) misread. A colleague's meeting
heard of ("@Marte hadde visst et rått møte med DNB i går", "Anna hade tydligen ett grymt möte
med Saab idag": were stored as the author's meetings, sure); the Swedish chat forms of
"tomorrow" ("ringer dem imorrn": the step was lost)."""

from __future__ import annotations

from datetime import date, time

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.customers import customer_key
from tests.unit.fresh_phrasings import chain

THURSDAY = date(2026, 12, 10)
YESTERDAY, TOMORROW = date(2026, 12, 9), date(2026, 12, 11)
M, C, OF = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER
S, L = Outcome.SURE, Outcome.LIKELY
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}


def _read(text: str, language: str = "nb", known: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return recognise(
        text,
        today=THURSDAY,
        krone=KRONE[language],
        posted=time(15),
        known_customers=known,
        open_offers={customer_key(name) for name in known},  # a win closes its offer
    )


def _records(text: str, language: str = "nb") -> list[tuple]:
    return [
        (r.outcome, r.kind, r.customer, r.when)
        for r in chain(_read(text, language))
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("@Marte hadde visst et rått møte med DNB i går, 2 mill i pipeline der nå hørte jeg :eyes:", "nb"),
        ("Anna hade tydligen ett grymt möte med Saab idag :muscle: snyggt!", "sv"),
        ("Ola hadde visstnok et bra møte med Tine i går", "nb"),
        ("Sam apparently had a great meeting with Tesco today", "en"),
    ],
)  # fmt: skip
def test_a_colleagues_meeting_heard_of_is_not_the_authors(text, language) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == []


@pytest.mark.parametrize(
    ("text", "language", "customer", "day"),
    [
        ("Hadde et rått møte med DNB i går", "nb", "DNB", YESTERDAY),
        ("vi hade tydligen ett bra möte med Saab idag", "sv", "Saab", THURSDAY),
    ],
)  # fmt: skip
def test_the_authors_own_meeting_said_so_stays_theirs(text, language, customer, day) -> None:  # type: ignore[no-untyped-def]
    assert _records(text, language) == [(S, M, customer, day)]


@pytest.mark.parametrize("tomorrow", ["imorrn", "i morrn", "imorron"])
def test_the_swedish_chat_forms_of_tomorrow_date_the_step(tomorrow: str) -> None:
    found = _read(f"offert till Alfa Laval, runt 600k. ringer dem {tomorrow}", "sv")
    step = found.next_step or found.follow_up
    assert found.kind is OF and step is not None and step.due == TOMORROW


def test_a_records_details_under_it_a_line_each_are_that_record() -> None:
    text = "Tilbud sendt til Elkjøp :memo:\n• 240 lisenser\n• kr 612 000 eks mva\n• gyldig til 31/12\nFølger opp mandag"
    found = _read(text)
    step = found.next_step or found.follow_up
    assert (found.outcome, found.kind, found.customer, found.amount) == (S, OF, "Elkjøp", 612_000)
    assert step is not None and step.due == date(2026, 12, 14)
    found = _read("Quote sent to Boots\n- 200 seats\n- £40k", "en")
    assert (found.kind, found.customer, found.amount, found.currency) == (
        OF,
        "Boots",
        40_000,
        "GBP",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Julebord fredag:\n• oppmøte 18:00\n• ta med gave til 200 kr",
        "Tilbud til Elkjøp i morgen:\n• 240 lisenser\n• kr 612 000",
        "Quote to Boots going out tomorrow:\n• 200 seats\n• £40k",
    ],
)
def test_details_under_a_plan_or_chatter_record_nothing(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "language", "due"),
    [
        ("Great meeting w/ Greggs this morning :fire: will send the propsal Friday", "en", TOMORROW),
        ("Great meeting w/ Greggs this morning 🔥 will send the proposal Friday", "en", TOMORROW),
        ("Møte med Tine i dag 🔥 skal sende tilbud fredag", "nb", TOMORROW),
    ],
)  # fmt: skip
def test_a_step_after_a_cheer_or_a_temperatures_emoji_is_the_step(text, language, due) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, language)
    step = found.next_step or found.follow_up
    assert (found.outcome, found.kind, found.when) == (S, M, THURSDAY)
    assert step is not None and step.due == due


@pytest.mark.parametrize(
    ("text", "language", "customer"),
    [
        ("Vinter Bygg beställde idag :tada: äntligen, efter 4 månaders tjat", "sv", "Vinter Bygg"),
        ("Vant Tine i dag etter 3 ukers jobbing", "nb", "Tine"),
    ],
)  # fmt: skip
def test_a_span_in_the_genitive_is_no_amount_unread(text, language, customer) -> None:  # type: ignore[no-untyped-def]
    found = _read(text, language, known=(customer,))
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        S,
        ActivityKind.WIN,
        customer,
        None,
    )


def test_a_number_read_as_neither_amount_nor_date_is_still_asked() -> None:
    assert _read("Vant Tine 1.5", known=("Tine",)).outcome is L


@pytest.mark.parametrize(
    "text",
    [
        "Kick-off på Holmenkollen 21.–22. jan! Meld dere på innen fredag, agenda kommer i morgen",
        "Kickoff i Åre 27–29 jan! Bussen går 07.30 från Centralen, anmälan senast fredag",
        "Kick-off i Middelfart 21. jan – husk at sende jeres pipeline-tal til mig inden fredag",
    ],
)
def test_the_teams_own_kickoff_at_a_place_records_nothing(text: str) -> None:
    assert _read(text).outcome is Outcome.NOTHING


def test_a_known_customers_kickoff_is_a_meeting() -> None:
    found = _read("Kick-off med Tine i dag", known=("Tine",))
    assert (found.outcome, found.kind, found.customer) == (S, M, "Tine")


def test_content_with_the_supplier_they_have_is_no_loss() -> None:
    text = "träffade Husqvarna i fredags, de är tydligen nöjda med nuvarande leverantör men vill se en demo"
    found = _read(text, "sv", known=("Husqvarna",))
    assert [(r.kind, r.customer) for r in chain(found) if r.outcome is not Outcome.NOTHING] == [
        (M, "Husqvarna")
    ]
    lost = _read("Tapte Husqvarna, de ble med nåværende leverandør", known=("Husqvarna",))
    assert (lost.kind, lost.customer) == (ActivityKind.LOSS, "Husqvarna")


def test_a_short_typo_before_a_name_written_small_and_a_figure() -> None:
    found = _read("tilbd gjensidige 1,1 mill sendt :rocket:", known=("Gjensidige",))
    assert (found.outcome, found.kind, found.customer, found.amount) == (
        S,
        OF,
        "Gjensidige",
        1_100_000,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Agenda for møte med Tine fredag:\n• pris\n• levering",
        "Utkast til tilbud til Elkjøp:\n• 240 lisenser\n• kr 612 000",
        "Draft quote for Boots:\n- 200 seats\n- £40k",
        "Vi fikk tilbud fra Telenor:\n• 40 abonnement\n• 9000 kr/mnd",
    ],
)
def test_details_under_work_not_done_yet_record_nothing(text: str) -> None:
    assert _read(text, known=("Tine", "Elkjøp", "Boots", "Telenor")).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "known", "customer"),
    [
        ("Kickoff with Brightwater Ltd today after the win", (), "Brightwater Ltd"),
        ("Kickoff hos Telenor torsdag", ("Telenor",), "Telenor"),
    ],
)
def test_a_kickoff_with_a_customer_is_a_meeting(
    text: str, known: tuple[str, ...], customer: str
) -> None:
    found = _read(text, "en", known=known)
    assert (found.kind, found.customer) == (M, customer)


@pytest.mark.parametrize(
    "text",
    [
        "Netto var ikke tilfredse, de valgte anden leverandør",
        "Happy to report Boots went with another supplier",
    ],
)
def test_a_loss_beside_a_word_of_content_is_still_a_loss(text: str) -> None:
    assert _read(text, known=("Netto", "Boots")).kind is ActivityKind.LOSS
