"""mendE31, through the app: a correction naming the old day by its weekday moves the record of
that weekday to the day of its week ("var mandag, ikke tirsdag"); a count corrected adds or takes
back the difference ("det var 2 møter med Telenor, ikke 1"); a log of N moves whole. Each asked,
each once at a double click."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI = "U0KARI"
WEDNESDAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
FIRST, SECOND, THIRD = "1764579600.000100", "1764579900.000100", "1764580200.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    return set_up_team(slack)


def _logged(team, text: str) -> None:  # type: ignore[no-untyped-def]
    for asked in post(team, text, FIRST, user=KARI):
        held = [b for b in buttons(asked.params) if b["value"].endswith("|record")]
        if held:
            click(team, KARI, held[0], idle=True)


def _asked(team, correction: str, ts: str = SECOND):  # type: ignore[no-untyped-def]
    [note] = post(team, correction, ts, user=KARI)
    said = text_of(note.params).replace("\xa0", " ")
    return said, {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}


def _rows(team):  # type: ignore[no-untyped-def]
    return sorted((r["kind"], r["customer"], str(r["date"])) for r in stored(team))


@pytest.mark.backends("sqlite")
def test_a_weekday_denied_moves_that_record_within_its_week(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Møte med Aker BP 24/11")
    assert _rows(team) == [("meeting", "Aker BP", "2026-11-24")]
    said, options = _asked(team, "Rettelse: møtet med Aker BP var mandag, ikke tirsdag")
    assert "tir. 24. nov. 2026" in said and "man. 23. nov. 2026" in said, said
    assert list(options) == ["mend", "another", "not_a_sale"], options
    reply = click(team, KARI, options["mend"], idle=True)
    click(team, KARI, options["mend"], idle=True)  # a double click moves it once
    assert _rows(team) == [("meeting", "Aker BP", "2026-11-23")]
    assert "man. 23. nov. 2026" in text_of(reply.reply()).replace("\xa0", " ")


@pytest.mark.backends("sqlite")
def test_a_weekday_denied_with_no_record_of_it_is_asked_as_before(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Møte med Aker BP 24/11")
    _said, options = _asked(team, "Rettelse: møtet med Aker BP var mandag, ikke torsdag")
    assert "mend" not in options, options  # no Thursday's record: nothing moved unasked
    assert _rows(team) == [("meeting", "Aker BP", "2026-11-24")]


@pytest.mark.backends("sqlite")
def test_a_count_corrected_adds_then_takes_back_the_difference(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Møte med Telenor i går")
    said, options = _asked(team, "Rettelse: det var 2 møter med Telenor, ikke 1")
    assert "1 møte" in said and "tir. 1. des. 2026" in said, said
    assert list(options) == ["mend", "not_a_sale"], options
    click(team, KARI, options["mend"], idle=True)
    click(team, KARI, options["mend"], idle=True)  # a double click adds one once
    assert _rows(team) == [("meeting", "Telenor", "2026-12-01")] * 2
    said, options = _asked(team, "Correction: it was 1 meeting with Telenor, not 2", THIRD)
    assert "2 møter" in said, said
    click(team, KARI, options["mend"], idle=True)
    assert _rows(team) == [("meeting", "Telenor", "2026-12-01")]


@pytest.mark.backends("sqlite")
def test_a_counted_log_moves_whole(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Ringte Lego 2 ganger i dag, de er varme")
    assert _rows(team) == [("call", "Lego", "2026-12-02")] * 2
    said, options = _asked(team, "Rettelse: samtalene med Lego var i går, ikke i dag")
    assert "2 samtaler" in said and "Flytte begge" in said, said
    click(team, KARI, options["mend"], idle=True)
    click(team, KARI, options["mend"], idle=True)
    assert _rows(team) == [("call", "Lego", "2026-12-01")] * 2


@pytest.mark.backends("sqlite")
def test_a_count_older_than_last_week_is_told_with_the_command_of_its_count(team) -> None:  # type: ignore[no-untyped-def]
    _logged(team, "Møte med Telenor 17/11")
    said, options = _asked(team, "Rettelse: det var 2 møter med Telenor, ikke 1")
    assert not options and "`/logmeeting Telenor 2026-11-17 x2`" in said, said
    assert _rows(team) == [("meeting", "Telenor", "2026-11-17")]
