"""A talk said N times with a weekend or a month and no day of it (kpiargs22): asked on which
day, a button each (the weekend's Saturday and Sunday; the month's first and last working days
up to today), never all N stored on the span's first day unasked (was: "/logcall Orkla 2 ganger
i helgen" stored two calls on Saturday, "3 ganger denne måneden" three on Sunday 1 November)."""

from __future__ import annotations

import pytest

from tests.helpers import buttons, click, set_up_team, stored, text_of

KARI = "U0KARI"  # today: Friday 20 November 2026


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
@pytest.mark.parametrize(
    ("text", "span", "days", "pick"),
    [
        ("Orkla 2 ganger i helgen", "i helgen", ["2026-11-14", "2026-11-15"], "2026-11-15"),
        ("Orkla x2 forrige helg", "forrige helg", ["2026-11-14", "2026-11-15"], "2026-11-14"),
        (
            "Orkla 3 ganger denne måneden",
            "denne måneden",
            ["2026-11-02", "2026-11-20"],
            "2026-11-02",
        ),  # fmt: skip
        ("Orkla 2 ganger i oktober", "i oktober", ["2026-10-01", "2026-10-30"], "2026-10-30"),
    ],
)
def test_a_count_with_a_weekend_or_a_month_is_asked_which_day(  # type: ignore[no-untyped-def]
    slack, text: str, span: str, days: list[str], pick: str
) -> None:
    team = set_up_team(slack)
    result = team.driver.command("/logcall", text, KARI)
    reply = result.reply()
    said = text_of(reply)
    assert f"«{span}»" in said and "Hvilken dag?" in said, said
    options = [b["value"].split("|")[1] for b in buttons(reply)]
    assert options == [*(f"day:{d}" for d in days), "cancel"], options
    assert stored(team) == []  # nothing until a day is chosen
    chosen = next(b for b in buttons(reply) if b["value"].endswith(f"day:{pick}"))
    click(team, KARI, chosen, result, idle=True)
    rows = stored(team)
    assert [r["date"] for r in rows] == [pick] * int(text.split()[1].strip("x"))


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_count_on_a_day_of_the_weekend_is_stored_unasked(slack) -> None:  # type: ignore[no-untyped-def]
    team = set_up_team(slack)
    reply = team.driver.command("/logcall", "Orkla 2 ganger lørdag", KARI).reply()
    assert [r["date"] for r in stored(team)] == ["2026-11-14", "2026-11-14"], text_of(reply)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_channel_message_with_more_than_twenty_talks_says_the_count(slack) -> None:  # type: ignore[no-untyped-def]
    # "Ringte Orkla 25 ganger i dag" was asked "Record this as a call with Orkla?", the 25
    # unsaid; now as the command asks it: one call, the words its note
    from tests.helpers import post

    team = set_up_team(slack)
    [asked] = post(team, "Ringte Orkla 25 ganger i dag", user=KARI)
    said = text_of(asked.params)
    assert "«25 ganger»" in said and "flere enn 20" in said and "notat" in said, said
    record = next(b for b in buttons(asked.params) if b["value"].endswith("|record"))
    click(team, KARI, record, idle=True)
    assert [(r["customer"], r["kind"], r["note"]) for r in stored(team)] == [
        ("Orkla", "call", "25 ganger")
    ]
