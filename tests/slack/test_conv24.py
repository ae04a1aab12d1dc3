"""End to end, as Slack sends it (session 24, conv24; the clock set, Kari reads Norwegian): a week
gone told by its days ("Forrige uke: man møte Orkla, tirs tlf Tine x3, ons tilbud Kiwi 200k, fre
vant Rema 150k") is ONE private question, "Record all 6?", each row with its day, kind, customer
and amount; its one button stores every row on its day (once on a double click), its other
stores nothing. Was: the first row stored unasked, each other asked on its own. The readings:
tests/unit/test_conv24_lists.py."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 13, 0, tzinfo=UTC)  # 14:00 in Oslo; last week Mon 23 .. Sun 29 Nov
TS = "1796130000.000100"
WEEK = "Forrige uke: man møte Orkla, tirs tlf Tine x3, ons tilbud Kiwi 200k, fre vant Rema 150k"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    return set_up_team(slack)


def _option(note, option: str) -> dict:  # type: ignore[no-untyped-def]
    return next(b for b in buttons(note.params) if b["value"].endswith(f"|{option}"))


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_week_told_by_its_days_is_one_question_and_one_click_stores_every_row(team) -> None:  # type: ignore[no-untyped-def]
    [note] = post(team, WEEK, TS, user=KARI)
    said = text_of(note.params)
    assert stored(team) == [], said  # nothing stored before the click
    for customer in ("Orkla", "Tine", "Kiwi", "Rema"):
        assert said.count(f"*{customer}*") == 1, said
    assert "6" in said and "200" in said and "150" in said, said
    assert [b["value"].split("|")[1] for b in buttons(note.params)] == ["record_all", "cancel"]
    record_all = _option(note, "record_all")
    assert "6" in record_all["text"]["text"]
    click(team, KARI, record_all, idle=True)
    click(team, KARI, record_all, idle=True)  # a double click stores nothing twice
    got = sorted(
        (r["date"], r["kind"], r["customer"], r["amount"], r["currency"]) for r in stored(team)
    )
    assert got == [
        ("2026-11-23", "meeting", "Orkla", None, None),
        ("2026-11-24", "call", "Tine", None, None),
        ("2026-11-24", "call", "Tine", None, None),
        ("2026-11-24", "call", "Tine", None, None),
        ("2026-11-25", "offer", "Kiwi", Decimal(200000), "NOK"),
        ("2026-11-27", "win", "Rema", Decimal(150000), "NOK"),
    ], got


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_cancel_stores_nothing_and_a_delivery_again_asks_nothing_more(team) -> None:  # type: ignore[no-untyped-def]
    [note] = post(team, WEEK, TS, user=KARI)
    assert post(team, WEEK, TS, user=KARI) == []  # the same message again: asked once
    click(team, KARI, _option(note, "cancel"), idle=True)
    assert stored(team) == []


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_this_weeks_summary_is_the_same_one_question_each_row_on_the_weeks_monday(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    # item 3: "Denne uken: …" was asked customer by customer; now one question, the rows said
    # to be on the week's Monday because the summary gives no day
    clock.set(datetime(2026, 12, 4, 14, 0, tzinfo=UTC))  # Friday; this week Mon 30 Nov
    team = set_up_team(slack)
    text = "Denne uken: 3 møter (Orkla, Tine, Kiwi), 1 tilbud Bama 250k, 5 samtaler"
    [note] = post(team, text, "1796392800.000100", user=KARI)
    said = text_of(note.params)
    assert said.count("(dato ikke oppgitt)") == 4, said  # Kari reads Norwegian
    record_all = _option(note, "record_all")
    click(team, KARI, record_all, idle=True)
    got = sorted((r["date"], r["kind"], r["customer"], r["amount"]) for r in stored(team))
    assert got == [
        ("2026-11-30", "meeting", "Kiwi", None),
        ("2026-11-30", "meeting", "Orkla", None),
        ("2026-11-30", "meeting", "Tine", None),
        ("2026-11-30", "offer", "Bama", Decimal(250000)),
    ], got


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "whole", "price", "currency", "note"),
    [
        ("Orkla 5000 pr mnd x 24", 120_000, 5_000, "NOK", "5000 pr mnd x 24"),
        ("Orkla £2k a month for 2 years", 48_000, 2_000, "GBP", "£2k a month for 2 years"),
    ],
)
def test_a_monthly_price_with_its_term_is_asked_at_the_whole_value_and_one_click_stores_it(
    team, text: str, whole: int, price: int, currency: str, note: str
) -> None:  # type: ignore[no-untyped-def]
    # item 1: was asked at the price (5 000), the whole value on the second button; the
    # held-out writers (commands_holdout21/22) read the whole value, the words asked
    result = team.driver.command("/logoffer", text, KARI)
    reply = result.reply()
    assert [b["value"].split("|")[1] for b in buttons(reply)] == ["as_read", "price", "edit"]
    first, second, _edit = buttons(reply)
    digits = [re.sub(r"\D", "", b["text"]["text"]) for b in (first, second)]
    assert digits == [str(whole), str(price)], digits
    assert stored(team) == []
    confirmation = text_of(click(team, KARI, first, result, idle=True).reply())
    click(team, KARI, first, result, idle=True)  # a double click stores nothing twice
    [row] = stored(team)
    assert (row["customer"], row["amount"], row["currency"], row["note"]) == (
        "Orkla",
        whole,
        currency,
        note,
    )
    assert note in confirmation, confirmation
