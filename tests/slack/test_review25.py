"""review25, where the readers' fixes cross the listener (the readers themselves:
tests/unit/test_review25_readers.py). Each test fails on main.
- an English speaker's slash date: "/logwin Nordea 50k $ signed 12/1" on Thu 3 Dec was refused
  as 12 Jan ahead (1 Dec meant); "Met Kiwi 11/10" (11 Oct or 10 Nov) is asked, a day on each
  button, by message and by command.
- "Kiwi 95k" (a known customer and an amount alone) said nothing; now asked: offer sent, won or
  not a sale; a double click records once.
- "Vann affären med ICA, 300 tkr" from a Swede in a NOK team was SEK unasked; now asked once,
  SEK or NOK, as a bare amount is (kroner23), by message and command alike."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import SELLER, buttons, click, post, set_up_team, stored, text_of

pytestmark = pytest.mark.backends("sqlite")  # PostgreSQL: the unit tests cover the readers

THURSDAY = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)  # 11:00 in Oslo
TS = f"{int(THURSDAY.timestamp())}.000100"


def _team(slack, clock, locale: str):  # type: ignore[no-untyped-def]
    set_up_team(
        slack, locale="nb-NO", locales={SELLER: locale}, clock=clock, at=THURSDAY, idle=True
    )
    for customer in ("Kiwi", "Nordea"):
        slack.driver.command("/logmeeting", f"{customer} 20.11.", SELLER, "C0SALES").reply()
    slack.wait_idle()


def _rows(slack, kind: str) -> list[tuple]:  # type: ignore[no-untyped-def, type-arg]
    return [
        (r["customer"], r["date"], r["amount"], r["currency"])
        for r in stored(slack)
        if r["kind"] == kind and r["date"] != "2026-11-20"
    ]


def _by_option(message: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {b["value"].split("|", 1)[1]: b for b in buttons(message)}


def test_an_english_speakers_signed_12_1_is_the_first_of_december(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, "en-US")  # month first: an American (lead, session 25)
    reply = slack.driver.command("/logwin", "Nordea 50k $ signed 12/1", SELLER, "C0SALES").reply()
    slack.wait_idle()
    assert _rows(slack, "win") == [("Nordea", "2026-12-01", Decimal(50000), "USD")], text_of(reply)


def test_an_english_speakers_date_read_both_ways_is_asked_by_message(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, "en-US")  # month first: an American (lead, session 25)
    [asked] = post(slack, "Met Kiwi 11/10", TS)
    options = _by_option(asked.params)
    assert list(options)[:2] == ["day:2026-10-11", "day:2026-11-10"], options
    assert _rows(slack, "meeting") == []
    click(slack, SELLER, options["day:2026-11-10"], idle=True)
    click(slack, SELLER, options["day:2026-11-10"], idle=True)  # a double click
    assert _rows(slack, "meeting") == [("Kiwi", "2026-11-10", None, None)]


def test_an_english_speakers_date_read_both_ways_is_asked_by_command(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, "en-US")  # month first: an American (lead, session 25)
    result = slack.driver.command("/logmeeting", "Kiwi 11/10", SELLER, "C0SALES")
    options = _by_option(result.reply())
    assert list(options) == ["day:2026-10-11", "day:2026-11-10", "cancel"], options
    click(slack, SELLER, options["day:2026-10-11"], result, idle=True)
    assert _rows(slack, "meeting") == [("Kiwi", "2026-10-11", None, None)]


@pytest.mark.parametrize(
    ("locale", "day"),
    [("en-GB", "2026-10-11"), ("nb-NO", "2026-10-11"), ("en-US", None)],
)
def test_a_briton_s_slash_date_is_day_first(slack, clock, locale: str, day) -> None:  # type: ignore[no-untyped-def]
    # Session 25 (lead): review25 read every English speaker's "11/10" month first, so a
    # Briton's (en-GB, as the held-out writers' English sellers: "/loglost Halfords 10/12" is
    # 10 Dec) "Kiwi 11/10" was asked 10 Nov or 11 Oct. Month first is en-US's alone.
    _team(slack, clock, locale)
    result = slack.driver.command("/logmeeting", "Kiwi 11/10", SELLER, "C0SALES")
    reply = result.reply()
    slack.wait_idle()
    if day is None:  # the American is asked which
        assert [o for o in _by_option(reply) if o.startswith("day:")], text_of(reply)
    else:
        assert _rows(slack, "meeting") == [("Kiwi", day, None, None)], text_of(reply)


@pytest.mark.parametrize(
    ("locale", "labels"),
    [
        ("nb-NO", ["Tilbud sendt", "Vunnet", "Ikke et salg"]),
        ("en-GB", ["Offer sent", "Won", "Not a sale"]),
    ],
)
def test_a_customer_and_an_amount_alone_is_asked_which_it_was(slack, clock, locale, labels) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, locale)
    [asked] = post(slack, "Kiwi 95k", TS)
    assert [b["text"]["text"] for b in buttons(asked.params)] == labels, text_of(asked.params)
    assert _rows(slack, "win") == [] and _rows(slack, "offer") == []
    won = _by_option(asked.params)["kind:win"]
    click(slack, SELLER, won, idle=True)
    click(slack, SELLER, won, idle=True)  # a double click records once
    assert _rows(slack, "win") == [("Kiwi", "2026-12-03", Decimal(95000), "NOK")]


def test_a_swedes_thousand_kroner_in_a_nok_team_is_asked_once(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, "sv-SE")
    [asked] = post(slack, "Vann affären med ICA, 300 tkr", TS)
    options = _by_option(asked.params)
    assert list(options) == ["currency:SEK", "currency:NOK", "cancel"], text_of(asked.params)
    assert _rows(slack, "win") == []
    click(slack, SELLER, options["currency:SEK"], idle=True)
    assert _rows(slack, "win") == [("ICA", "2026-12-03", Decimal(300000), "SEK")]
    # answered once: the command's "tkr" is SEK from now on, unasked
    slack.driver.command("/logoffer", "Volvo 450 tkr", SELLER, "C0SALES").reply()
    slack.wait_idle()
    assert _rows(slack, "offer") == [("Volvo", "2026-12-03", Decimal(450000), "SEK")]


def test_a_swedes_thousand_kroner_by_command_is_asked(slack, clock) -> None:  # type: ignore[no-untyped-def]
    _team(slack, clock, "sv-SE")
    reply = slack.driver.command("/logwin", "ICA 300 tkr", SELLER, "C0SALES").reply()
    slack.wait_idle()
    assert list(_by_option(reply)) == ["currency:SEK", "currency:NOK", "cancel"], text_of(reply)
    assert _rows(slack, "win") == []
