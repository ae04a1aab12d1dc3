"""End to end, as Slack sends it (session 26, days26; the clock set): a message told by day
headings is one "Record all" question, each row on its heading's day, and a row its author
logged already that day is not counted again (was: "Mandag: møte med Equinor og Telenor. I dag:
2 samtaler med Orkla" recorded nothing; a row on a day of its own was counted twice beside the
same one logged by command). The readings: tests/unit/test_days26_headings.py."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 13, 0, tzinfo=UTC)  # 14:00 in Oslo
TS = "1796130000.000100"


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_day_line_row_logged_already_that_day_is_shown_and_not_counted_again(
    slack, clock
) -> None:  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)
    team = set_up_team(slack)
    team.driver.command("/logcall", "Orkla", KARI).reply()  # one of today's two, logged then
    team.wait_idle()
    [note] = post(
        team, "Mandag: møte med Equinor og Telenor. I dag: 2 samtaler med Orkla", TS, user=KARI
    )
    said = text_of(note.params)
    # the heading flows26 gave rows logged on their own day (was "Registrert allerede")
    assert "Allerede logget den dagen" in said and said.count("*Orkla*") == 2, said
    [record_all] = [b for b in buttons(note.params) if b["value"].endswith("|record_all")]
    assert "Registrer alle 3" in record_all["text"]["text"]
    click(team, KARI, record_all, idle=True)
    assert sorted((r["date"], r["kind"], r["customer"], r["source"]) for r in stored(team)) == [
        ("2026-11-30", "meeting", "Equinor", "message"),
        ("2026-11-30", "meeting", "Telenor", "message"),
        ("2026-12-01", "call", "Orkla", "command"),
        ("2026-12-01", "call", "Orkla", "message"),
    ]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_summarys_count_with_no_customer_is_named_as_not_recorded_and_why(slack, clock) -> None:  # type: ignore[no-untyped-def]
    # "5 samtaler" names no customer, and kpibot records none without one (/logcall asks for
    # it): the question says so, in the seller's language (was: dropped without a word)
    clock.set(TUESDAY)
    team = set_up_team(slack)
    [note] = post(team, "Uka så langt: 2 møter (Equinor, Telenor), 5 samtaler", TS, user=KARI)
    said = text_of(note.params)
    assert "Ikke registrert: «5 samtaler»" in said and "/logcall" in said, said
    [record_all] = [b for b in buttons(note.params) if b["value"].endswith("|record_all")]
    click(team, KARI, record_all, idle=True)
    assert sorted((r["kind"], r["customer"]) for r in stored(team)) == [
        ("meeting", "Equinor"),
        ("meeting", "Telenor"),
    ]
