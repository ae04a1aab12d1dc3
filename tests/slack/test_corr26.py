"""Session 26, through the app: a correction of a record posted before says what changes and
changes that record ("Move it to …", "Change the customer to …", "Change it to an offer", an
amount with no customer named), once; the export and the week's /kpi follow. A colleague's
record is never changed; nothing recorded is said kindly, never guessed."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from tests.helpers import buttons, click, post, set_up_team, stored, text_of

KARI, LARS = "U0KARI", "U0LARS"
TUESDAY = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)  # 10:00 in Oslo
FIRST, SECOND, THIRD = "1764579600.000100", "1764579900.000100", "1764580200.000100"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(TUESDAY)  # never the real clock
    return set_up_team(slack)


def _asked(team, first: str, correction: str, **fields):  # type: ignore[no-untyped-def]
    for asked in post(team, first, FIRST, user=KARI):  # "Møte med DNB fredag": held Friday
        held = [b for b in buttons(asked.params) if b["value"].endswith("|record")]
        if held:
            click(team, KARI, held[0], idle=True)
    [note] = post(team, correction, SECOND, user=KARI, **fields)
    said = text_of(note.params).replace("\xa0", " ")
    return said, {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}


def _rows(team):  # type: ignore[no-untyped-def]
    return sorted((r["kind"], r["customer"], str(r["date"]), r["amount"]) for r in stored(team))


def _week(team) -> str:  # type: ignore[no-untyped-def]
    return text_of(team.driver.command("/kpi", "", KARI).reply())


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_meetings_day_is_moved_once_and_the_week_follows(team) -> None:  # type: ignore[no-untyped-def]
    said, options = _asked(
        team, "Møte med DNB fredag", "Rettelse: DNB-møtet var i går, ikke fredag"
    )
    assert "fre. 27. nov. 2026" in said and "man. 30. nov. 2026" in said, said
    assert list(options) == ["mend", "another", "not_a_sale"], options
    assert "Møter: *0* / 10" in _week(team)  # last Friday's: another week
    reply = click(team, KARI, options["mend"], idle=True)
    click(team, KARI, options["mend"], idle=True)  # a double click moves it once
    assert _rows(team) == [("meeting", "DNB", "2026-11-30", None)]
    assert "Møter: *1* / 10" in _week(team)
    assert "man. 30. nov. 2026" in text_of(reply.reply()).replace("\xa0", " ")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_an_amount_with_no_customer_mends_the_authors_latest(team) -> None:  # type: ignore[no-untyped-def]
    said, options = _asked(team, "Vant Orkla 250k", "Rettelse: det var 275.000, ikke 250.000")
    assert "Orkla" in said and "kr 250 000" in said and "kr 275 000" in said, said
    click(team, KARI, options["mend"], idle=True)
    assert _rows(team) == [("win", "Orkla", "2026-12-01", 275000)]
    assert "kr 275 000" in _week(team).replace("\xa0", " ")


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_customer_swapped_leaves_no_empty_lead(team) -> None:  # type: ignore[no-untyped-def]
    said, options = _asked(team, "Tilbud til Tine 100k", "Rettelse: det var Orkla, ikke Tine")
    assert "Tine" in said and "Orkla" in said, said
    click(team, KARI, options["mend"], idle=True)
    click(team, KARI, options["mend"], idle=True)
    assert _rows(team) == [("offer", "Orkla", "2026-12-01", 100000)]
    week = _week(team).replace("\xa0", " ")
    assert "Tilbud: *1*" in week and "Pipeline: kr 100 000" in week, week


def test_a_kind_swapped_counts_as_the_offer_it_was(team) -> None:  # type: ignore[no-untyped-def]
    _said, options = _asked(
        team, "Vant Kiwi 200k", "Rettelse: det var et tilbud, ikke en vunnet avtale"
    )
    click(team, KARI, options["mend"], idle=True)
    assert _rows(team) == [("offer", "Kiwi", "2026-12-01", 200000)]
    week = _week(team).replace("\xa0", " ")
    assert "Vunne avtaler: 0" in week and "Pipeline: kr 200 000" in week, week


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_retried_correction_is_asked_once(team) -> None:  # type: ignore[no-untyped-def]
    post(team, "Vant Orkla 250k", FIRST, user=KARI)
    assert len(post(team, "Oops, 275k not 250k", SECOND, user=KARI)) == 1
    assert post(team, "Oops, 275k not 250k", SECOND, user=KARI) == []  # Slack's retry


def test_nothing_to_correct_is_said_with_an_example(team) -> None:  # type: ignore[no-untyped-def]
    [note] = post(team, "Rettelse: det var 275.000, ikke 250.000", SECOND, user=KARI)
    said = text_of(note.params)
    assert "Rettelse: Nammo var 350k, ikke 320k" in said, said
    assert stored(team) == []


def test_a_colleagues_record_in_its_thread_is_not_changed(team) -> None:  # type: ignore[no-untyped-def]
    post(team, "Vann Orkla 250 000 NOK", FIRST, user=LARS)
    [note] = post(team, "Rettelse: det var 275k, ikke 250k", THIRD, user=KARI, thread_ts=FIRST)
    said = text_of(note.params)
    assert f"<@{LARS}>" in said and not buttons(note.params), said
    assert [r["amount"] for r in stored(team)] == [250000]


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_correction_in_the_records_thread_means_that_record(team) -> None:  # type: ignore[no-untyped-def]
    post(team, "Tilbud til Tine 100k", FIRST, user=KARI)
    post(team, "Vant Orkla 250k", SECOND, user=KARI)
    [note] = post(team, "skulle vært 120k", THIRD, user=KARI, thread_ts=FIRST)
    options = {b["value"].rsplit("|", 1)[1]: b for b in buttons(note.params)}
    click(team, KARI, options["mend"], idle=True)
    assert _rows(team) == [
        ("offer", "Tine", "2026-12-01", 120000),
        ("win", "Orkla", "2026-12-01", 250000),
    ]


def test_a_correction_said_again_after_its_change_changes_nothing(team) -> None:  # type: ignore[no-untyped-def]
    _said, options = _asked(team, "Vant Orkla 250k", "Rettelse: det var 275.000, ikke 250.000")
    click(team, KARI, options["mend"], idle=True)
    [note] = post(team, "Rettelse: Orkla var 275.000", THIRD, user=KARI)
    assert not buttons(note.params) and "allerede" in text_of(note.params), text_of(note.params)
    assert _rows(team) == [("win", "Orkla", "2026-12-01", 275000)]


def _steps(slack) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    """Each record's and each lead's next step as stored: words, day, time of day."""
    from storage.db import make_session_factory, session_scope
    from storage.models import Activity, Lead

    def step(x) -> tuple[str, str | None, str | None]:  # type: ignore[no-untyped-def]
        at = x.next_step_time.strftime("%H:%M") if x.next_step_time else None
        return (x.next_step, str(x.next_step_due) if x.next_step_due else None, at)

    with session_scope(make_session_factory(slack.engine)) as s:
        return [step(a) for a in s.query(Activity)] + [step(lead) for lead in s.query(Lead)]


@pytest.mark.parametrize(
    "correction", ["Rettelse: Coop var 275k, ikke 250k", "Rettelse: tilbudet var i går, ikke i dag"]
)
def test_a_correction_keeps_the_steps_time_of_day(slack, team, correction: str) -> None:  # type: ignore[no-untyped-def]
    # was: "Change it" rebuilt the record from its columns without the step's time, so the
    # offer and its lead lost "kl 10" while the reply said "nothing else changed"
    team.driver.command("/logoffer", "Coop 250k, neste steg: møte fredag kl 10", KARI).reply()
    team.wait_idle()
    assert _steps(slack) == [("møte", "2026-12-04", "10:00")] * 2
    [note] = post(team, correction, SECOND, user=KARI)
    [mend] = [b for b in buttons(note.params) if b["value"].endswith("|mend")]
    click(team, KARI, mend, idle=True)
    assert _steps(slack) == [("møte", "2026-12-04", "10:00")] * 2
    assert len(stored(team)) == 1
