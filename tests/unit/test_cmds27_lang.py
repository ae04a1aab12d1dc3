"""cmds27: the slash-command reader is told the seller's language (parse_log_command's
`language`, the requester's). Where a reading differs by language it follows the seller's:
a Swede's and a Dane's "på fredag" is the coming Friday, as a Swede's "i fredag" is (a done
meeting said so is a talk to plan, an offer not sent yet); a Norwegian's "på fredag" stays the
Friday gone (commands.yaml "Kongsberg Gruppen på tirsdag"), as does the reading with no
language given. An English seller's "£1,250k" is 1 250 000 (a Scandinavian's comma is a
decimal comma). What reads the same in every language is checked to stay so."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import TalkAhead, parse_log_command

WEDNESDAY = date(2026, 12, 2)  # week 49: Friday 4 Dec ahead, Friday 27 Nov gone
KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}
M, C, OFFER, W = ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.OFFER, ActivityKind.WIN


def read(kind: ActivityKind, text: str, language: str | None, today: date = WEDNESDAY):  # type: ignore[no-untyped-def]
    krone = KRONE[language or "nb"]
    return parse_log_command(kind, text, today=today, krone=krone, language=language)


@pytest.mark.parametrize(
    ("kind", "text", "language"),
    [
        (M, "Volvo på fredag", "sv"),
        (M, "Volvo på fredag, varm", "sv"),
        (M, "Volvo i fredag", "sv"),
        (C, "Scania på torsdag kl 10", "sv"),
        (M, "på fredag Volvo", "sv"),
        (M, "Mærsk på fredag", "da"),
        (C, "Novo Nordisk på torsdag, hed", "da"),
    ],
)
def test_a_swedes_and_a_danes_coming_weekday_is_a_talk_to_plan(
    kind: ActivityKind, text: str, language: str
) -> None:
    with pytest.raises(TalkAhead) as ahead:
        read(kind, text, language)
    assert ahead.value.when in (date(2026, 12, 3), date(2026, 12, 4))
    assert ahead.value.when > WEDNESDAY


@pytest.mark.parametrize(
    ("kind", "text", "language"),
    [(OFFER, "Bonnier 2,1 mkr på fredag", "sv"), (W, "Carlsberg 1,2 mio på fredag", "da")],
)
def test_a_coming_weekday_after_an_offer_is_a_day_ahead(
    kind: ActivityKind, text: str, language: str
) -> None:
    with pytest.raises(UserError) as ahead:
        read(kind, text, language)
    assert ahead.value.code == "date_in_future"
    assert ahead.value.params["date"] == date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Orkla på fredag", "nb", date(2026, 11, 27)),  # a Norwegian's: either, the one gone
        ("Orkla i fredag", "nb", date(2026, 11, 27)),
        ("Volvo i fredags", "sv", date(2026, 11, 27)),
        ("Mærsk i fredags", "da", date(2026, 11, 27)),
        ("Volvo förra fredagen", "sv", date(2026, 11, 27)),
        ("Volvo fredag", "sv", date(2026, 11, 27)),  # a bare weekday for done work: gone
        ("Tesco on Friday", "en", date(2026, 11, 27)),
    ],
)
def test_the_weekday_gone_stays_gone(text: str, language: str, day: date) -> None:
    assert read(M, text, language).when == day


def test_with_no_language_the_reading_is_as_before() -> None:
    assert read(M, "Volvo på fredag", None).when == date(2026, 11, 27)


@pytest.mark.parametrize("language", ["sv", "da"])
def test_a_next_steps_coming_weekday_reads_as_before(language: str) -> None:
    cmd = read(C, "Telia idag, varm, ringer igen på fredag", language)
    assert (cmd.when, cmd.next_step.due) == (WEDNESDAY, date(2026, 12, 4))  # type: ignore[union-attr]
    asked = read(C, "Scania på tisdag nästa vecka", language)
    assert asked.day_alone and asked.next_step.due == date(2026, 12, 8)  # type: ignore[union-attr]


def test_a_remark_keeps_its_words() -> None:
    cmd = read(M, "Volvo -- ses på fredag", "sv")
    assert (cmd.when, cmd.note) == (WEDNESDAY, "ses på fredag")


@pytest.mark.parametrize(
    ("text", "language", "amount"),
    [
        ("Tesco £1,250k", "en", Decimal("1250000")),
        ("Tesco 2,500k", "en", Decimal("2500000")),
        ("Tesco 1,250,000", "en", Decimal("1250000")),
        ("Tesco 1,5m", "en", Decimal("1500000")),
        ("Tine 1,250k", "nb", Decimal("1250")),  # the Scandinavian decimal comma, as before
        ("Volvo 1.250 tkr", "sv", Decimal("1250000")),
        ("Volvo 850 tkr.", "sv", Decimal("850000")),
        ("Matas 180 t.kr.", "da", Decimal("180000")),
    ],
)
def test_separators_by_the_sellers_language(text: str, language: str, amount: Decimal) -> None:
    assert read(OFFER, text, language).amount == amount


@pytest.mark.parametrize("language", ["nb", "sv", "da", "en", None])
@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Volvo i morgon", 1),
        ("Volvo i morgen", 1),
        ("Volvo i övermorgon", 2),
        ("Volvo i overmorgen", 2),
    ],
)
def test_tomorrow_reads_alike_in_every_language(text: str, days: int, language: str | None) -> None:
    with pytest.raises(TalkAhead) as ahead:
        read(M, text, language)
    assert (ahead.value.when - WEDNESDAY).days == days
