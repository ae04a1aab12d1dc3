"""A log command typed between midnight and five: the seller's day has not ended. "/logmeeting
Aker BP" at 00:40 on Friday is Thursday evening's meeting as often as not, and the calendar's
day would count it in the wrong day (on a Monday, the wrong week). Asked, as a channel message
is; a day typed that is not today is the seller's own and stored at once."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, count_rows, stored, text_of

KARI = "U0KARI"  # Norwegian, Europe/Oslo
ALEX = "U0ALEX"  # English

# Friday 20 November 2026, 00:40 in Oslo; the day that just ended is Thursday the 19th.
NIGHT = datetime(2026, 11, 19, 23, 40, tzinfo=UTC)


def _options(reply) -> list[str]:  # type: ignore[no-untyped-def]
    return [b["value"].split("|")[1] for b in buttons(reply)]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_command_after_midnight_asks_which_day_and_stores_nothing_yet(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(NIGHT)
    result = slack.driver.command("/logmeeting", "Aker BP varm", KARI)
    reply = result.reply()
    said = text_of(reply)
    assert "midnatt" in said and "*Aker BP*" in said
    assert _options(reply) == ["day:2026-11-19", "day:2026-11-20", "cancel"]
    labels = [b["text"]["text"] for b in buttons(reply)]
    assert labels[:2] == ["tor. 19. nov. 2026", "fre. 20. nov. 2026"]
    assert count_rows(slack) == 0

    ended, _calendar, _cancel = buttons(reply)
    click(slack, KARI, ended, result)
    slack.wait_idle()
    [row] = stored(slack)
    assert (row["customer"], row["kind"], row["date"]) == ("Aker BP", "meeting", "2026-11-19")

    # A second click on the same question stores nothing more.
    click(slack, KARI, ended, result)
    slack.wait_idle()
    assert count_rows(slack) == 1


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_calendars_day_is_one_click_too(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 11, 20, 0, 40, tzinfo=UTC))  # 00:40 in London
    result = slack.driver.command("/logoffer", "Equinor 250k today", ALEX)
    reply = result.reply()
    assert "past midnight" in text_of(reply)
    _ended, calendar, _cancel = buttons(reply)
    click(slack, ALEX, calendar, result)
    slack.wait_idle()
    [row] = stored(slack)
    assert (row["customer"], row["amount"], row["date"]) == ("Equinor", 250000.0, "2026-11-20")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_day_typed_after_midnight_is_the_sellers_own(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(NIGHT)
    for text in ("Aker BP i går", "Tine 18.11.", "Nammo 20.11", "Orkla 2026-11-20 varm"):
        reply = slack.driver.command("/logmeeting", text, KARI).reply()
        assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"], text
    assert sorted((r["customer"], r["date"]) for r in stored(slack)) == [
        ("Aker BP", "2026-11-19"),
        ("Nammo", "2026-11-20"),  # today's date typed as a date: the seller's own
        ("Orkla", "2026-11-20"),
        ("Tine", "2026-11-18"),
    ]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_from_five_in_the_morning_the_day_is_the_calendars(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 11, 20, 4, 5, tzinfo=UTC))  # 05:05 in Oslo
    reply = slack.driver.command("/logmeeting", "Aker BP", KARI).reply()
    assert [b["action_id"] for b in buttons(reply)] == ["activity_undo"]
    assert [(r["customer"], r["date"]) for r in stored(slack)] == [("Aker BP", "2026-11-20")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_unread_words_and_the_night_are_each_asked_once(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(NIGHT)
    result = slack.driver.command("/logmeeting", "Aker BP møte om budsjett", KARI)
    first = result.reply()
    assert _options(first) == ["as_read", "edit"]
    as_read, _edit = buttons(first)
    click(slack, KARI, as_read, result)
    slack.wait_idle()
    assert count_rows(slack) == 0
    [asked] = [r for r in slack.api.responses(result.key) if "midnatt" in text_of(r)]
    ended = buttons(asked)[0]
    assert ended["value"].endswith("|day:2026-11-19")
    click(slack, KARI, ended, result)
    slack.wait_idle()
    assert [(r["customer"], r["date"]) for r in stored(slack)] == [("Aker BP", "2026-11-19")]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_form_opened_after_midnight_offers_the_day_that_just_ended(slack, clock) -> None:  # type: ignore[no-untyped-def]
    clock.set(datetime(2026, 11, 20, 0, 30, tzinfo=UTC))  # 01:30 in Oslo, Friday by UTC too
    result = slack.driver.command("/logmeeting", "", KARI)
    assert result.http.status == 200
    slack.wait_idle()
    [updated] = slack.api.calls_to("views.update")
    view = updated.params["view"]
    view = json.loads(view) if isinstance(view, str) else view
    [day] = [b for b in view["blocks"] if b.get("block_id") == "date"]
    assert day["element"]["initial_date"] == "2026-11-19"
