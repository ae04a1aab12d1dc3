"""Days named by the holiday (held-out round 16/13): julaften, Boxing Day, nyttårsaften and the
romjul, in commands and channel messages alike (bot.services.dates)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command
from bot.services.dates import parse_date

IN_ROMJUL = date(2026, 12, 29)  # a Tuesday inside the romjul
NEW_YEAR = date(2027, 1, 4)  # the first working day of 2027


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("lille julaften", date(2026, 12, 23)),
        ("julaften", date(2026, 12, 24)),
        ("på julafton", date(2026, 12, 24)),
        ("juleaften", date(2026, 12, 24)),
        ("on Christmas Eve", date(2026, 12, 24)),
        ("anden juledag", date(2026, 12, 26)),
        ("annandag jul", date(2026, 12, 26)),
        ("Boxing Day", date(2026, 12, 26)),
        ("nyttårsaften", date(2026, 12, 31)),
        ("nyårsafton", date(2026, 12, 31)),
        ("NYE", date(2026, 12, 31)),
    ],
)
@pytest.mark.parametrize("today", [IN_ROMJUL, NEW_YEAR])
def test_a_holiday_is_its_nearest_day(text: str, day: date, today: date) -> None:
    assert parse_date(text, today=today, direction="past") == day


def test_nye_in_small_letters_is_the_norwegian_word_new() -> None:
    assert parse_date("nye", today=NEW_YEAR, direction="past") is None


@pytest.mark.parametrize(
    "text", ["i romjulen", "i romjula", "mellom jul og nyttår", "i mellandagarna", "i mellemdagene"]
)
def test_the_romjul_is_its_first_working_day_once_it_is_over(text: str) -> None:
    assert parse_date(text, today=NEW_YEAR, direction="past") == date(2026, 12, 28)
    assert parse_date(text, today=IN_ROMJUL, direction="past") is None  # yesterday or today?


def test_a_command_dated_by_the_holiday() -> None:
    cmd = parse_log_command(ActivityKind.WIN, "Coop Norge kr 640 000 julaften", today=IN_ROMJUL)
    assert (cmd.customer, cmd.when, cmd.unread) == ("Coop Norge", date(2026, 12, 24), None)
    named = parse_log_command(ActivityKind.MEETING, "Boxing Day Ltd on Boxing Day", today=IN_ROMJUL)
    assert (named.customer, named.when) == ("Boxing Day Ltd", date(2026, 12, 26))


def test_new_years_eve_is_still_ahead_inside_the_romjul() -> None:
    with pytest.raises(UserError) as refused:
        parse_log_command(ActivityKind.WIN, "Skanska 1,1 mkr nyårsafton", today=IN_ROMJUL)
    assert refused.value.code == "date_in_future"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Tilbud sendt Lillestrøm mellom jul og nyttår, 96k", date(2026, 12, 28)),
        ("Signed NYE 🥂 Unilever £250k, go-live in Feb", date(2026, 12, 31)),
        ("tilbud sendt til Maersk i mellemdagene, 780.000 kr.", date(2026, 12, 28)),
    ],
)
def test_a_message_dated_by_the_holiday(text: str, day: date) -> None:
    found = recognise(text, today=NEW_YEAR, known_customers={"Maersk", "Unilever"})
    assert found.outcome is not Outcome.NOTHING and found.when == day, found.reasons


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("ca 1,2 mkr offert till Ahlsell, skickad v. 53, exakt siffra kommer", date(2026, 12, 28)),
        ("julefrokost hos Vestas i uge 52, fik snakket lidt forretning", date(2026, 12, 21)),
        ("Møte med Vestas uke 53, gikk bra", date(2026, 12, 28)),
    ],
)
def test_last_years_week_numbers_read_in_the_new_year(text: str, day: date) -> None:
    found = recognise(text, today=NEW_YEAR, known_customers={"Ahlsell", "Vestas"})
    assert found.outcome is not Outcome.NOTHING and found.when == day, found.reasons


def test_a_week_list_headed_by_last_years_week_number() -> None:
    found = recognise(
        "uge 53: man møde Danfoss, ons tilbud Vestas 320.000 kr, tors opkald Netto",
        today=NEW_YEAR,
        known_customers={"Danfoss", "Vestas", "Netto"},
    )
    days = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        days.append((found.customer, found.when))
        found = found.also  # type: ignore[assignment]
    assert days == [
        ("Danfoss", date(2026, 12, 28)),
        ("Vestas", date(2026, 12, 30)),
        ("Netto", date(2026, 12, 31)),
    ]
