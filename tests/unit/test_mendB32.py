"""mendB32: figures the review (figures32) found off, each with what it showed before."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, date, datetime

from bot.services.export import to_csv, to_json
from storage.models import Activity, Customer, Seller


def _call(i: int, ref: str, note: str | None) -> Activity:
    return Activity(
        id=i,
        workspace_id="T0DEMO",
        seller=Seller(slack_user_id="U0KARI", display_name="Kari"),
        customer=Customer(name="Equinor"),
        kind="call",
        occurred_on=date(2027, 3, 18),
        source="message",
        source_ref=ref,
        note=note,
        created_at=datetime(2027, 3, 18, 9, 30, tzinfo=UTC),
    )


def test_every_row_of_one_log_carries_its_note() -> None:
    # "Ringte Equinor 2 ganger i dag, fikk ikke svar": two calls, the note stored on the first
    # (recording.record_times); the export's second row was empty.
    rows = [
        _call(11, "msg:C0SALES:1.2", "fikk ikke svar"),
        _call(12, "msg:C0SALES:1.2#2", None),
        _call(13, "msg:C0SALES:1.3", None),  # another log: no note of its own, none given
        _call(14, "msg:C0SALES:1.4#2", "eget"),  # its own note kept
    ]
    notes = [r["note"] for r in csv.DictReader(io.StringIO(to_csv(rows)))]
    assert notes == ["fikk ikke svar", "fikk ikke svar", "", "eget"]
    assert [r["note"] for r in json.loads(to_json(rows))] == [
        "fikk ikke svar",
        "fikk ikke svar",
        None,
        "eget",
    ]


def test_a_holiday_is_named_in_the_viewers_language() -> None:
    # Kari (nb) looks at Lars (Stockholm) in week 13 2027: was "(Annandag påsk)", python-holidays
    # having no Norwegian names for Sweden's days.
    from bot.rendering.status import holidays_text
    from bot.services import public_holidays
    from bot.services.kpis import Week

    week = Week.of(date(2027, 3, 29))
    sweden = public_holidays.calendar_for("Europe/Stockholm")
    assert "(Andre påskedag)" in holidays_text(sweden, week, "nb")
    assert "(Anden påskedag)" in holidays_text(sweden, week, "da")
    assert "(Annandag påsk)" in holidays_text(sweden, week, "sv")  # Sweden's own, as before
    assert "(Easter Monday)" in holidays_text(sweden, week, "en")
    norway = public_holidays.calendar_for("Europe/Oslo")
    easter = Week.of(date(2027, 3, 22))  # Skjærtorsdag and Langfredag
    assert "(Skärtorsdagen)" in holidays_text(norway, easter, "sv")
    assert "(Skjærtorsdag)" in holidays_text(norway, easter, "nb")
    # Two names of one day, each said: 17 May 2012 was Constitution Day and Ascension Day
    both = holidays_text(norway, Week.of(date(2012, 5, 17)), "da")
    assert "Grundlovsdag" in both and "Kristi himmelfartsdag" in both, both
