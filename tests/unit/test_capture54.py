"""Session 54: channel messages the blind held-out sets (held54) left wrong. A win and, after
"but", a loss "to a competitor" ("won Mowi ASA (650k) but lost Salmar to a competitor": was a
loss of Mowi, the win and Salmar lost); a unit's dot after its figure before the day ("på 2,3
mio. i onsdags 🙏 krydser fingre": dated today, the day read as the hope's); a short weekday after
the customer ("Boots Weds", "Sainsbury's Mon - £62k": were customers "Boots Weds",
"Sainsbury's Mon"); a summary's heading word ("Fredagssammanfattning:": was the offer's
customer); "hann jag ringa" (a call, was nothing); "men de valgte …" after a talk."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest

from bot.domain import ActivityKind
from bot.services.capture import Outcome, recognise
from tests.unit.fresh_phrasings import chain

FRIDAY = date(2026, 12, 4)
THURSDAY = date(2026, 12, 3)
WEDNESDAY = date(2026, 12, 2)
MONDAY = date(2026, 11, 30)
M, C, OF, W, L = (
    ActivityKind.MEETING,
    ActivityKind.CALL,
    ActivityKind.OFFER,
    ActivityKind.WIN,
    ActivityKind.LOSS,
)


def _found(text: str, known: tuple[str, ...] = ()):  # type: ignore[no-untyped-def]
    return recognise(text, today=FRIDAY, known_customers=known, posted=time(15, 30))


def _read(text: str):  # type: ignore[no-untyped-def]
    return [
        (r.kind, r.customer, r.when)
        for r in chain(_found(text))
        if r.outcome is not Outcome.NOTHING and not r.planned
    ]


@pytest.mark.parametrize(
    ("text", "won", "lost"),
    [
        ("Mixed day 😅 won Mowi ASA (650k) but lost Salmar to a competitor", "Mowi ASA", "Salmar"),
        ("won Mowi 650k but lost Salmar to a competitor", "Mowi", "Salmar"),
        ("Vant Mowi 650k men tapte Salmar til konkurrenten", "Mowi", "Salmar"),
        ("Vann Volvo 300k, förlorade Scania till en konkurrent", "Volvo", "Scania"),
    ],
)
def test_a_competitor_after_a_later_loss_is_that_losss(text: str, won: str, lost: str) -> None:
    found = list(chain(_found(text)))
    assert [(r.kind, r.customer) for r in found] == [(W, won), (L, lost)]
    assert found[0].amount is not None


def test_a_win_with_a_competitor_alone_is_still_a_loss() -> None:
    assert _read("Orkla signed with our competitor") == [(L, "Orkla", FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Tilbud sendt til Matas på 2,3 mio. i onsdags 🙏 krydser fingre",
        "Tilbud sendt til Matas på 2,3 mill. i onsdags, krysser fingrene",
    ],
)
def test_a_units_dot_before_the_day_ends_no_sentence(text: str) -> None:
    found = _found(text)
    assert (found.kind, found.customer, found.when) == (OF, "Matas", WEDNESDAY)
    assert found.amount == Decimal(2300000)


@pytest.mark.parametrize(
    ("text", "kind", "customer", "when"),
    [
        ("Met Boots Weds", M, "Boots", WEDNESDAY),
        ("Proposal sent to Boots Weds, £30k", OF, "Boots", WEDNESDAY),
        ("Won Tesco Mon - £62k", W, "Tesco", MONDAY),
        ("Won Sainsbury's Mon - £62k", W, "Sainsbury's", MONDAY),
        ("Met Sainsbury's Mon", M, "Sainsbury's", MONDAY),
    ],
)
def test_a_short_weekday_after_the_customer_is_its_day(text, kind, customer, when) -> None:  # type: ignore[no-untyped-def]
    assert _read(text) == [(kind, customer, when)]


def test_a_friday_round_up_numbered_reads_each_row_with_its_day() -> None:
    text = (
        "Friday round-up:\n1) Won Sainsbury's Mon - £62k\n2) Proposal sent to Boots Weds, £30k\n"
        "3) Intro call with Halfords today\nGood week team 🍻"
    )
    assert _read(text) == [
        (W, "Sainsbury's", MONDAY),
        (OF, "Boots", WEDNESDAY),
        (C, "Halfords", FRIDAY),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Fredagssammanfattning: igår möte med Securitas, idag skickat offert till dom på 640 000 kr.",
        "Ukesoppsummering: møte med Securitas i går, tilbud til Securitas i dag 640k",
    ],
)
def test_a_summary_heading_word_is_no_customer(text: str) -> None:
    found = list(chain(_found(text)))
    assert found and all(r.customer == "Securitas" for r in found)


@pytest.mark.parametrize(
    ("text", "customer"),
    [
        ("Sen hann jag ringa Loomis också, de vill ha möte i januari.", "Loomis"),
        ("Etterpå rakk jeg å ringe Tine", "Tine"),
        ("Bagefter nåede jeg at ringe Mærsk", "Mærsk"),
    ],
)
def test_managed_to_call_with_the_subject_after_the_verb(text: str, customer: str) -> None:
    assert _read(text) == [(C, customer, FRIDAY)]


@pytest.mark.parametrize(
    "text",
    [
        "Met Tesco but they chose another supplier",
        "Møte med Tine men de valgte en annen leverandør",
        "Ringte Tine men de valgte en annen leverandør",
    ],
)
def test_a_talk_then_their_choice_after_but_is_the_talk_and_the_loss(text: str) -> None:
    assert [kind for kind, _, _ in _read(text)] == [M if "øte" in text or "Met" in text else C, L]
