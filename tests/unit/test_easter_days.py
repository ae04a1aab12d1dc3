"""Easter, Ascension and Whitsun said as days (held-out file 18, read on Tuesday 30 March 2027,
the first working day after Easter; Easter Sunday 2027 is 28 March, Ascension Day 6 May, Whit
Sunday 16 May). Each test fails on the session's first commit (128cf42)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from bot.services.commands import parse_log_command
from bot.services.dates import parse_date

AFTER_EASTER = date(2027, 3, 30)
KNOWN = ["DNB", "Kiwi", "Volvo", "Maersk", "Tesco", "Danske Bank"]


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("palmesøndag", date(2027, 3, 21)),
        ("skjærtorsdag", date(2027, 3, 25)),
        ("på skärtorsdagen", date(2027, 3, 25)),
        ("skærtorsdag", date(2027, 3, 25)),
        ("Maundy Thursday", date(2027, 3, 25)),
        ("langfredag", date(2027, 3, 26)),
        ("på långfredagen", date(2027, 3, 26)),
        ("Good Friday", date(2027, 3, 26)),
        ("påskeaften", date(2027, 3, 27)),
        ("påskdagen", date(2027, 3, 28)),
        ("2. påskedag", date(2027, 3, 29)),
        ("annandag påsk", date(2027, 3, 29)),
        ("anden påskedag", date(2027, 3, 29)),
        ("on Easter Monday", date(2027, 3, 29)),
    ],
)
def test_easters_named_days_are_those_days(said: str, day: date) -> None:
    assert parse_date(said, today=AFTER_EASTER, direction="past") == day


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("Kristi himmelfartsdag", date(2027, 5, 6)),
        ("på Kristi himmelsfärdsdag", date(2027, 5, 6)),
        ("on Ascension Day", date(2027, 5, 6)),
        ("inneklemt fredag", date(2027, 5, 7)),
        ("på klämdagen", date(2027, 5, 7)),
        ("pinsedag", date(2027, 5, 16)),
        ("2. pinsedag", date(2027, 5, 17)),
    ],
)
def test_ascension_and_whitsun_are_counted_from_easter(said: str, day: date) -> None:
    assert parse_date(said, today=date(2027, 5, 20), direction="past") == day


@pytest.mark.parametrize(
    ("text", "outcome", "day"),
    [
        # holy week: one week, its Monday, sure
        ("Møte med DNB i påskeuka, varm", Outcome.SURE, date(2027, 3, 22)),
        ("Möte hos Volvo i påskveckan", Outcome.SURE, date(2027, 3, 22)),
        ("Møde hos Maersk i påskeugen", Outcome.SURE, date(2027, 3, 22)),
        # before Easter: the last working day before it, asked (Wednesday in nb/da, Thursday in
        # the UK and Sweden, where Maundy Thursday is worked)
        ("Tilbud sendt DNB før påske, 200k", Outcome.LIKELY, date(2027, 3, 24)),
        ("Tilbud sendt til Maersk inden påske, 200.000 kr", Outcome.LIKELY, date(2027, 3, 24)),
        ("Sent Tesco a quote before Easter, £40k", Outcome.LIKELY, date(2027, 3, 25)),
        # the holiday itself: its first day, asked
        ("Hadde møte med Kiwi i påska", Outcome.LIKELY, date(2027, 3, 25)),
        ("Met Tesco over the Easter weekend", Outcome.LIKELY, date(2027, 3, 26)),
        # a named day, taken at the seller's word
        ("Kiwi signerte skjærtorsdag!! 🐣 400k", Outcome.SURE, date(2027, 3, 25)),
        (
            "snakkede med Danske Bank 2. påskedag",
            Outcome.LIKELY,
            date(2027, 3, 29),
        ),  # talking, asked (session 21)
        ("Møde med Danske Bank anden påskedag", Outcome.SURE, date(2027, 3, 29)),
    ],
)
def test_easter_in_messages(text: str, outcome: Outcome, day: date) -> None:
    found = recognise(text, today=AFTER_EASTER, known_customers=KNOWN)
    assert (found.outcome, found.when) == (outcome, day), found.reasons


def test_a_named_day_is_never_the_coming_one_as_a_weekday_may_be() -> None:
    found = recognise(
        "Møte med Kiwi på Kristi himmelfartsdag", today=date(2027, 5, 14), known_customers=KNOWN
    )
    assert (found.outcome, found.when) == (Outcome.SURE, date(2027, 5, 6))


def test_before_ascension_is_asked_in_a_message_and_unread_in_a_command() -> None:
    friday = date(2027, 5, 14)
    found = recognise(
        "Signert Kiwi før Kristi himmelfart, 200k", today=friday, known_customers=KNOWN
    )
    assert (found.outcome, found.kind, found.amount) == (
        Outcome.LIKELY,
        ActivityKind.WIN,
        Decimal(200_000),
    )
    cmd = parse_log_command(
        ActivityKind.WIN, "Kiwi 200k før Kristi himmelfart", today=friday, known_customers={"kiwi"}
    )
    assert (cmd.when, cmd.unread) == (friday, "før Kristi himmelfart")


def test_a_whit_monday_ahead_is_refused_for_a_done_loss() -> None:
    from bot.errors import UserError

    with pytest.raises(UserError) as err:
        parse_log_command(ActivityKind.LOSS, "Maersk 2. pinsedag", today=date(2027, 5, 14))
    assert err.value.code == "date_in_future"


@pytest.mark.parametrize("text", ["Skal ta det opp etter påske", "Vi tar det efter påsk"])
def test_after_easter_is_a_plan(text: str) -> None:
    assert recognise(text, today=AFTER_EASTER, known_customers=KNOWN).outcome is Outcome.NOTHING


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("Equinor i går, varm, neste møte uka etter pinse", date(2027, 5, 21)),
        ("Vattenfall i onsdags, het, nästa möte veckan efter pingst", date(2027, 5, 21)),
        ("Tesco yesterday, warm, next mtg the week after Easter", date(2027, 4, 2)),
    ],
)
def test_the_week_after_a_holiday_is_its_monday(text: str, due: date) -> None:
    today = date(2027, 5, 14) if "Easter" not in text else date(2027, 3, 26)
    known = {"equinor", "vattenfall", "tesco"}
    cmd = parse_log_command(ActivityKind.MEETING, text, today=today, known_customers=known)
    assert cmd.next_step is not None and cmd.next_step.due == due and cmd.unread is None


def test_a_remark_on_delivery_after_whitsun_is_the_note() -> None:
    cmd = parse_log_command(
        ActivityKind.WIN,
        "Pinsefest ApS 85.000 kr, levering efter 2. pinsedag",
        today=date(2027, 5, 14),
        krone="DKK",
    )
    assert (cmd.customer, cmd.amount, cmd.note) == (
        "Pinsefest ApS",
        Decimal(85_000),
        "levering efter 2. pinsedag",
    )


@pytest.mark.parametrize("text", ["Greggs 40 grand", "Pennine Print Ltd 40 grand yesterday"])
def test_grand_is_a_thousand_pounds(text: str) -> None:
    cmd = parse_log_command(ActivityKind.WIN, text, today=date(2027, 5, 14))
    assert (cmd.amount, cmd.currency) == (Decimal(40_000), "GBP")
