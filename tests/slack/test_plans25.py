"""Session 25, through the app: "Møte med DNB fredag kl 14" posted on a Tuesday asked only
"held last Friday?" (Record / Edit / Not a sale); a seller who meant this Friday had no button
for it. Now both days are offered: "Held Fri 27 Nov" records the meeting on its day; "Coming
Fri 4 Dec: plan it" makes it the lead's next step and counts nothing, once on a double click."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, leads, post, set_up_team, stored, text_of

KARI = "U0KARI"
TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
TUESDAY_TS = "1764579600.000100"  # 1 Dec 2026, 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)  # never the real clock
    return set_up_team(slack)


def _asked(team, text: str):  # type: ignore[no-untyped-def]
    [note] = post(team, text, TUESDAY_TS, user=KARI)
    said = text_of(note.params).replace("\xa0", " ")
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}
    return said, options


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_coming_day_is_planned_with_one_click(team) -> None:  # type: ignore[no-untyped-def]
    said, options = _asked(team, "Møte med DNB fredag kl 14")
    assert "fre. 27. nov." in said and "fre. 4. des." in said, said
    assert list(options) == ["record", "plan", "edit", "not_a_sale"], options
    assert "fre. 4. des." in options["plan"]["text"]["text"].replace("\xa0", " "), options
    click(team, KARI, options["plan"], idle=True)
    click(team, KARI, options["plan"], idle=True)  # a double click plans it once
    assert stored(team) == []  # nothing counted as held
    [lead] = leads(team)
    assert (lead.next_step, str(lead.next_step_due)) == ("møte", "2026-12-04"), lead.next_step


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_held_day_records_the_meeting_on_it(team) -> None:  # type: ignore[no-untyped-def]
    # was: stored sure on Thu 26 Nov, unasked ("ang. fornyelse" read as a word of it held)
    said, options = _asked(team, "Møte med Storebrand torsdag 10:00 ang. fornyelse")
    assert stored(team) == [], said
    assert "tor. 26. nov." in options["record"]["text"]["text"].replace("\xa0", " "), options
    click(team, KARI, options["record"], idle=True)
    got = [(r["kind"], r["customer"], r["date"]) for r in stored(team)]
    assert got == [("meeting", "Storebrand", "2026-11-26")], got
