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


def test_a_revision_into_another_currency_is_said_whole_or_converted() -> None:
    # Mette's Carlsberg: DKK 520 000 revised to NOK 600 000 in a NOK team. Without a DKK rate
    # it was "revised up by kr 600 000; revised down by DKK 520 000 not converted".
    from decimal import Decimal as D

    from bot.rendering.status import offers_value
    from bot.services.kpis import Counts
    from bot.services.money import Rates, convert_across

    across = {("DKK", "NOK"): (D(520000), D(600000), 1)}
    moved, rest = convert_across(across, Rates("NOK"))
    assert (moved, rest) == (D(0), (("DKK", D(520000), "NOK", D(600000), 1),))
    said = offers_value(Counts(revised_across=rest), "NOK", "nb").replace("\xa0", " ")
    assert said == "tidligere tilbud revidert fra DKK 520 000 til NOK 600 000 " + (
        "ikke omregnet, da ingen kurs er satt i /kpi settings"
    ), said
    assert "revidert opp" not in said and "revidert ned" not in said
    # With a rate for DKK it is the difference, up or down, as any revision
    moved, rest = convert_across(across, Rates("NOK", {"DKK": D("1.5")}))
    assert (moved, rest) == (D(-180000), ())
    # Two of the same pair are one line, counted: "earlier offers"
    two = Counts(revised_across=rest or (("DKK", D(1), "NOK", D(2), 1),)) + Counts(
        revised_across=(("DKK", D(3), "NOK", D(4), 1),)
    )
    assert two.revised_across == (("DKK", D(4), "NOK", D(6), 2),)
    assert offers_value(two, "NOK", "en").startswith("earlier offers revised from DKK 4 to NOK 6")
