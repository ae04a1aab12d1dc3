"""Session 13: a meal with a named company is a meeting to ask about, a meal with a person or
family is nothing; a command's trailing clause that says how a deal came about ("…, efter
förhandling") is its note, while a clause that may be data ("…, etter jul") is still asked."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command

TODAY = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Middag med Equinor i går, de vil ha tilbud", "Equinor"),
        ("Lunsj med Kiwi", "Kiwi"),
        ("Lunch med Volvo idag", "Volvo"),
        ("Dinner with Siemens last night, good vibes", "Siemens"),
        ("Frokost med Maersk i morges", "Maersk"),
    ],
)
def test_a_meal_with_a_named_company_is_a_meeting_asked_about(text: str, customer: str) -> None:
    found = recognise(text, today=TODAY)
    assert (found.outcome, found.kind, found.customer) == (
        Outcome.LIKELY,
        ActivityKind.MEETING,
        customer,
    ), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "lunsj med Per",
        "Lunsj med Per i dag",
        "Frokost med Kari i dag",
        "Lunch med Jonas idag",
        "Lunch with Mum today",
        "Middag med Mamma i går",
        "Middag med familien i går",
        "lunsj med teamet i dag",
    ],
)
def test_a_meal_with_a_person_or_family_is_nothing(text: str) -> None:
    assert recognise(text, today=TODAY).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("kind", "text", "note"),
    [
        (ActivityKind.WIN, "Ikea 820 000 kr, efter förhandling", "efter förhandling"),
        (ActivityKind.WIN, "Ikea 820 000 kr, etter forhandling", "etter forhandling"),
        (ActivityKind.WIN, "Ikea 820k, after a long negotiation", "after a long negotiation"),
        (ActivityKind.WIN, "Ikea 820k, etter litt press", "etter litt press"),
        (ActivityKind.WIN, "Ikea 820k, efter lang diskussion", "efter lang diskussion"),
        (ActivityKind.OFFER, "Ikea 820k, efter förhandling", "efter förhandling"),
        (ActivityKind.MEETING, "Ikea i går, etter lang forhandling", "etter lang forhandling"),
    ],
)
def test_a_trailing_clause_on_how_it_came_about_is_the_note(
    kind: ActivityKind, text: str, note: str
) -> None:
    cmd = parse_log_command(kind, text, today=TODAY, krone="SEK")
    assert (cmd.customer, cmd.note, cmd.unread) == ("Ikea", note, None)


@pytest.mark.parametrize(
    "text", ["Ikea 820k, etter jul", "Ikea 820k, after Christmas", "Ikea 820k, med rabatt 10%"]
)
def test_a_trailing_clause_that_may_be_data_is_still_asked(text: str) -> None:
    cmd = parse_log_command(ActivityKind.WIN, text, today=TODAY, krone="NOK")
    assert cmd.unread is not None and cmd.note is None


@pytest.mark.parametrize(
    ("kind", "text", "note", "amount"),
    [
        (ActivityKind.WIN, "Coop Norge 200k, første del av 600k", "første del av 600k", 200_000),
        (ActivityKind.WIN, "Acme Ltd £150k, first phase of £500k", "first phase of £500k", 150_000),
        (ActivityKind.WIN, "Volvo 2 mkr, första etappen av 5 mkr", "första etappen av 5 mkr", 2e6),
        (ActivityKind.WIN, "Tine 1,2 mill, oppstart etter nyttår", "oppstart etter nyttår", 1.2e6),
        (ActivityKind.WIN, "Pandora 1,2 mio, levering efter nytår", "levering efter nytår", 1.2e6),
        (ActivityKind.WIN, "Hedlund AB 275 tkr, första fakturan i januari", None, 275_000),
        (ActivityKind.WIN, "Acme 90k, go-live after Easter", "go-live after Easter", 90_000),
    ],
)
def test_a_part_of_a_deal_or_a_start_at_a_time_of_year_is_the_note(
    kind: ActivityKind, text: str, note: str | None, amount: float
) -> None:
    cmd = parse_log_command(kind, text, today=date(2026, 12, 15), krone="NOK")
    assert (cmd.when, cmd.amount, cmd.unread) == (date(2026, 12, 15), amount, None)
    assert cmd.note == (note or text.split(", ", 1)[1])


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Veidekke i går, varm, neste: tilbud to dager etter", date(2026, 12, 16)),
        ("Maersk i går, varm, næste møde ugen efter", date(2026, 12, 21)),
        ("Winter Garden Ltd Mon, hot, next meeting two days later", date(2026, 12, 16)),
        ("Volvo i måndags, nästa möte dagen därpå", date(2026, 12, 15)),
        ("Tine 10.12, neste møte en uke senere", date(2026, 12, 17)),
    ],
)
def test_a_next_steps_day_told_from_the_activitys_is_read_from_it(text: str, due: date) -> None:
    cmd = parse_log_command(ActivityKind.MEETING, text, today=date(2026, 12, 15), krone="NOK")
    assert cmd.next_step is not None and cmd.next_step.due == due, cmd


def test_a_next_steps_day_told_from_no_day_said_is_asked() -> None:
    # session 41: asked by which day (was refused, missing_next_date)
    cmd = parse_log_command(
        ActivityKind.MEETING, "Veidekke, neste møte dagen etter", today=TODAY, krone="NOK"
    )
    assert (cmd.next_step, cmd.unread, cmd.step_no_day) == (
        None,
        "neste møte dagen etter",
        "møte dagen etter",
    )


PARTY_TODAY = date(2026, 12, 16)  # a Wednesday
HOSTS = [
    "Kiwi",
    "Skanska",
    "Salling Group",
    "Marks & Spencer",
    "Peab",
    "Aviva",
    "Winter Garden Ltd",
]


@pytest.mark.parametrize(
    ("text", "customer", "when"),
    [
        ("Kiwi: julebord med innkjøpsavdelinga i helga 🎄", "Kiwi", date(2026, 12, 12)),
        ("var på Skanskas julfest i fredags 🎄 mest glögg", "Skanska", date(2026, 12, 11)),
        (
            "julefrokost med Salling Group fredag 🎄🍺 hyggeligt",
            "Salling Group",
            date(2026, 12, 11),
        ),
        ("Peab i förrgår på deras julmingel, mest glögg", "Peab", date(2026, 12, 14)),
        ("julebord hos Kiwi i går, god stemning", "Kiwi", date(2026, 12, 15)),
        ("Aviva's Christmas party last night, lots of mince pies", "Aviva", date(2026, 12, 15)),
        (
            "it's 00:45, just back from the Marks & Spencer Christmas dinner — they'll send the RFP in Jan",
            "Marks & Spencer",
            date(2026, 12, 15),
        ),
    ],
)
def test_a_customers_party_is_a_social_meeting_asked_about(
    text: str, customer: str, when: date
) -> None:
    found = recognise(text, today=PARTY_TODAY, known_customers=HOSTS)
    assert (found.outcome, found.kind, found.customer, found.when) == (
        Outcome.LIKELY,
        ActivityKind.MEETING,
        customer,
        when,
    ), found.reasons


@pytest.mark.parametrize(
    "text",
    [
        "Julebord med teamet i kveld 🎉",
        "Skal på julebord hos Kiwi på fredag",
        "Gleder meg til julebordet hos Kiwi neste uke",
        "Kommer du på julebordet til Kiwi?",
        "vårt julebord blir på fredag, Kiwi leverer maten",
        "snow forecast for the Winter Garden site visit tomorrow, might push it ❄️",
        "Møtet med Kiwi i morgen kan bli flyttet, de har sykdom",
    ],
)
def test_our_own_party_a_party_to_come_or_a_plan_that_may_move_records_nothing(text: str) -> None:
    found = recognise(text, today=PARTY_TODAY, known_customers=HOSTS)
    assert found.outcome is Outcome.NOTHING, found.reasons
