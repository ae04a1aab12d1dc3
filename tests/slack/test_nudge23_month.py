"""A seller's month with the nudges, Mon 8 Mar to Fri 9 Apr 2027, driven as Slack drives it:
signed commands, clicks on the DMs, the scheduler's pass under freezegun. Sellers in Oslo
(Nora, nb), Stockholm (Lars, sv), Copenhagen (Mette, da) and London (Alex, en)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bot.offline.slack_api import FakeUser
from storage.db import make_session_factory, session_scope
from storage.models import Lead
from tests.helpers import set_up_team, text_of
from tests.slack.test_nudges import _at, _click, _dms, _tick

NORA, LARS, METTE, ALEX = "U0NORA", "U0LARS", "U0METTE", "U0ALEX"
CHANNEL = "C0SALES"


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    nora = FakeUser(NORA, "Nora Berg", tz="Europe/Oslo", locale="nb-NO")
    return set_up_team(slack, users=[nora], reset=False)


def _log(slack, user: str, text: str, command: str = "/logmeeting") -> str:  # type: ignore[no-untyped-def]
    return text_of(slack.driver.command(command, text, user, CHANNEL).reply())


def _lines(dm: dict) -> list[str]:
    """The DM's lead lines, in order."""
    return [
        b["text"]["text"] for b in dm["blocks"] if (b.get("block_id") or "").startswith("lead_")
    ]


def _ids(dm: dict) -> dict[str, str]:
    """The DM's leads by customer: the value its buttons carry."""
    return {
        b["text"]["text"].split("*")[1]: b["block_id"].split("_")[1]
        for b in dm["blocks"]
        if (b.get("block_id") or "").startswith("lead_")
    }


def _lead(slack, customer: str) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(slack.engine)) as s:
        [lead] = [x for x in s.query(Lead) if x.customer.name == customer]
        return lead.status, lead.temperature


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_a_step_held_on_its_day_is_not_called_overdue(team, clock) -> None:  # type: ignore[no-untyped-def]
    """Nora plans to follow Orkla up on Thursday and calls them on Thursday; Telenor's step of
    the same day passes with nothing done. Friday's DM lists both (each needs a next step), but
    was: Orkla's kept step read "the next step (følger opp) was due Thu 11 Mar", as if missed;
    now it reads as a lead without a next step since the call."""
    slack = team
    _at(clock, "2027-03-08T10:00:00Z")  # Monday
    _log(slack, NORA, "Orkla varm, følger opp torsdag")
    _log(slack, NORA, "Telenor varm, ringer torsdag")
    _at(clock, "2027-03-11T12:00:00Z")  # Thursday: Orkla called, as planned
    _log(slack, NORA, "Orkla", "/logcall")
    for day in ("09", "10", "11"):
        _tick(slack, f"2027-03-{day}T08:05:00Z")
    assert _dms(slack, NORA) == []  # both steps planned until Thursday
    _tick(slack, "2027-03-12T08:05:00Z")  # Friday 09:05 in Oslo
    [dm] = _dms(slack, NORA)
    lines = _lines(dm)
    assert lines == [
        "*Telenor* (varm) — neste steg (ringer) hadde frist tor. 11. mars 2027",
        "*Orkla* (varm) — ikke noe neste steg siden tor. 11. mars 2027",
    ], lines
    assert text_of(dm).startswith(":wave: 2 varme leads har ikke noe planlagt neste steg.")


TWELVE = [
    "Volvo", "Scania", "Ericsson", "Sandvik", "Atlas Copco", "Alfa Laval", "Electrolux",
    "Husqvarna", "Boliden", "Saab", "Skanska", "Trelleborg",
]  # fmt: skip


def _twelve_leads(slack, clock) -> None:  # type: ignore[no-untyped-def]
    """Lars (Stockholm) logs twelve warm leads on Monday, the last two hot."""
    for n, name in enumerate(TWELVE):
        _at(clock, f"2027-03-08T10:{n + 10:02d}:00Z")
        said = "het" if name in ("Skanska", "Trelleborg") else "varm"
        assert "Loggade" in _log(slack, LARS, f"{name} {said}")


def test_hot_leads_come_first_in_a_dm_of_twelve(team, clock) -> None:  # type: ignore[no-untyped-def]
    """Lars has twelve warm leads without a step, two of them hot and the newest. One DM lists
    ten and counts the rest; was: oldest change first, so the two hot leads were the two left
    to "…and 2 more"; now the hot ones lead the list."""
    slack = team
    _twelve_leads(slack, clock)
    _tick(slack, "2027-03-09T08:05:00Z")  # Tuesday 09:05 in Stockholm
    [dm] = _dms(slack, LARS)
    lines = _lines(dm)
    assert len(lines) == 10
    assert [line.split("*")[1] for line in lines[:2]] == ["Skanska", "Trelleborg"]
    assert all("(het)" in line for line in lines[:2])
    assert [line.split("*")[1] for line in lines[2:]] == TWELVE[:8]  # then the oldest first
    assert "12 varma leads" in text_of(dm) and "2 till" in text_of(dm)


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_leads_counted_in_and_n_more_wait_three_days_as_the_listed_ones(team, clock) -> None:  # type: ignore[no-untyped-def]
    """Tuesday's DM lists ten of Lars's twelve leads and counts two more. Was: those two were
    not marked as reminded, so Wednesday brought a second DM, "2 varma leads har inget
    planerat nästa steg" (twelve had none); now the twelve wait their three days together:
    nothing Wednesday or Thursday, all twelve counted again on Friday."""
    slack = team
    _twelve_leads(slack, clock)
    for day in ("09", "10", "11", "12"):
        _tick(slack, f"2027-03-{day}T08:05:00Z")
    tuesday, friday = _dms(slack, LARS)
    assert text_of(friday).startswith(":wave: 12 varma leads har inget planerat nästa steg.")
    assert _lines(friday) == _lines(tuesday)


def test_mark_cold_on_last_weeks_dm_leaves_a_deal_won_since_as_it_was(team, clock) -> None:  # type: ignore[no-untyped-def]
    """Tuesday's DM lists Acme; Acme is won on Wednesday; a week later Nora clicks "Mark cold"
    on the old DM. Was: the won deal was made cold (the redrawn DM showed "Acme (kald) · kr
    50 000 … Vunnet"), and when the win was then undone the lead came back cold and was never
    nudged again. Now the click changes nothing: the DM shows the deal won, as it is; undone,
    the lead is warm again and nudged."""
    slack = team
    _at(clock, "2027-03-08T10:00:00Z")
    _log(slack, NORA, "Acme varm")
    _log(slack, NORA, "Borregaard varm")
    _tick(slack, "2027-03-09T08:05:00Z")
    [dm] = _dms(slack, NORA)
    ids = _ids(dm)
    _at(clock, "2027-03-10T10:00:00Z")
    assert "vunnet" in _log(slack, NORA, "Acme 50000", "/logwin")
    _at(clock, "2027-03-16T10:00:00Z")
    redrawn = _click(slack, NORA, dm, "nudge_mark_cold", ids["Acme"])
    assert _lines(redrawn)[0] == (  # views32: never a next step: "ennå" (was "siden")
        "*Acme* (varm) · kr 50\xa0000 — ikke noe neste steg ennå — siste kontakt ons. 10. mars 2027"
    )
    assert ":trophy: Vunnet" in text_of(redrawn) and "Merket som kald" not in text_of(redrawn)
    snoozed = _click(slack, NORA, dm, "nudge_snooze", ids["Acme"])  # nothing to snooze either
    assert text_of(snoozed) == text_of(redrawn)
    assert _lead(slack, "Acme") == ("won", "warm")
    slack.driver.command("/kpi", "undo", NORA, CHANNEL).reply()  # the win was a mistake
    assert _lead(slack, "Acme") == ("open", "warm")
    _tick(slack, "2027-03-17T08:05:00Z")
    assert "*Acme* (varm)" in text_of(_dms(slack, NORA)[-1])


def test_each_dm_lists_every_lead_waiting_for_a_step(team, clock) -> None:  # type: ignore[no-untyped-def]
    """Mette (Copenhagen) logs a warm lead on Monday, Tuesday and Wednesday. Was: each morning's
    DM listed only the leads due that day, so Wednesday's said "1 varmt lead har intet planlagt
    næste skridt" (Carlsberg) while Maersk had none either, and Thursday's named Novo alone.
    Now the DM that goes out lists every lead without a next step, with its true count; and as
    all were just listed, Friday brings none."""
    slack = team
    for day, name in (("08", "Maersk"), ("09", "Carlsberg"), ("10", "Novo")):
        _at(clock, f"2027-03-{day}T11:00:00Z")
        assert "Loggede" in _log(slack, METTE, f"{name} varm")
        _tick(slack, f"2027-03-{day}T08:05:00Z")  # the morning before: 09:05 in Copenhagen
    _tick(slack, "2027-03-11T08:05:00Z")  # Thursday
    _tick(slack, "2027-03-12T08:05:00Z")  # Friday: all three listed yesterday
    found = [
        ([line.split("*")[1] for line in _lines(dm)], text_of(dm)) for dm in _dms(slack, METTE)
    ]
    assert [names for names, _text in found] == [
        ["Maersk"],  # Tuesday
        ["Maersk", "Carlsberg"],  # Wednesday
        ["Maersk", "Carlsberg", "Novo"],  # Thursday
    ]
    assert found[1][1].startswith(":wave: 2 varme leads har intet planlagt næste skridt.")
    _tick(slack, "2027-03-15T08:05:00Z")  # Monday: three days on, all three again
    assert [line.split("*")[1] for line in _lines(_dms(slack, METTE)[-1])] == [
        "Maersk", "Carlsberg", "Novo",
    ]  # fmt: skip
    assert len(_dms(slack, METTE)) == 4


def test_an_a_customer_worked_hard_once_is_due_again_a_quarter_later(team, clock) -> None:  # type: ignore[no-untyped-def]
    """Alex (London) met Tesco four times in October during a tender, then nothing; Sainsbury's
    had a call in February. Both are A-customers. Four touchpoints a year is one a quarter: in
    March Tesco has been quiet for more than 90 days. Was: four touchpoints in the last 12
    months kept Tesco off every reminder until October came round again; now Alex's DM lists
    it (and the call-day list too), Sainsbury's not."""
    slack = team
    _at(clock, "2027-03-08T10:00:00Z")
    for day in ("2026-10-01", "2026-10-08", "2026-10-15", "2026-10-22"):
        assert "Logged" in _log(slack, ALEX, f"Tesco {day}")
    assert "Logged" in _log(slack, ALEX, "Sainsbury's 2027-02-01", "/logcall")
    for name in ("Tesco", "Sainsbury's"):
        said = text_of(
            slack.driver.command("/kpi", f"customer {name} tier A", "U0KARI", CHANNEL).reply()
        )
        assert "A-" in said, said
    _tick(slack, "2027-03-09T09:05:00Z")  # Tuesday 09:05 in London
    [dm] = _dms(slack, ALEX)
    text = text_of(dm)
    assert "*Tesco* — 4 touchpoints in 12 months, last Thu 22 Oct 2026" in text, text
    assert "Sainsbury" not in text
    callday = text_of(slack.driver.command("/kpi", "callday", ALEX, CHANNEL).reply())
    assert "*Tesco*" in callday and "Sainsbury" not in callday, callday


@pytest.mark.backends("sqlite")  # PostgreSQL: tests/pg_sample.py
def test_the_weekly_a_customer_list_rides_on_a_dm_the_leads_send(team, clock) -> None:  # type: ignore[no-untyped-def]
    """Nora has a warm lead without a step (a DM every three days: Tue, Fri, Mon, Thu, Mon) and
    an A-customer quiet since October (listed once a week). Was: the A-customer came alone on
    the Tuesday a week after, the day after Monday's lead DM, so she got seven DMs in two weeks
    (Mon, Tue and Thu each week); now the list rides on Monday's lead DM six days on: five DMs,
    the A-customer in the first, the third and the fifth."""
    slack = team
    _at(clock, "2026-10-01T10:00:00Z")
    _log(slack, NORA, "Statkraft", "/logcall")
    slack.driver.command("/kpi", "customer Statkraft tier A", "U0KARI", CHANNEL).reply()
    _at(clock, "2027-03-08T10:00:00Z")
    _log(slack, NORA, "Equinor varm")
    found = []
    day = date(2027, 3, 9)
    while day <= date(2027, 3, 23):
        before = len(_dms(slack, NORA))
        _tick(slack, f"{day.isoformat()}T08:05:00Z")  # 09:05 in Oslo
        for dm in _dms(slack, NORA)[before:]:
            text = text_of(dm)
            found.append((day.day, "*Equinor*" in text, "*Statkraft*" in text))
        day += timedelta(days=1)
    assert found == [
        (9, True, True),
        (12, True, False),
        (15, True, True),  # six days on, with the leads' DM
        (18, True, False),
        (22, True, True),
    ], found


def test_a_click_on_a_lead_handed_over_since_redraws_whose_it_is(team, clock) -> None:  # type: ignore[no-untyped-def]
    """Nora's Tuesday DM lists Acme and Borregaard; on Wednesday Acme goes to Lars. On Thursday
    she clicks "Snooze 3 days" on Acme. Was: "Dette leadet tilhører en kollega. Bare eieren
    eller en leder kan planlegge neste steg." to her alone, and the DM kept Acme's buttons; now
    nothing is changed and the DM, redrawn, says Acme is Lars's now (Borregaard's buttons
    kept). A stranger's click is refused as before."""
    slack = team
    _at(clock, "2027-03-08T10:00:00Z")
    _log(slack, NORA, "Acme varm")
    _log(slack, NORA, "Borregaard varm")
    _tick(slack, "2027-03-09T08:05:00Z")
    [dm] = _dms(slack, NORA)
    ids = _ids(dm)
    _at(clock, "2027-03-10T09:00:00Z")
    said = text_of(
        slack.driver.command("/kpi", "customer Acme owner <@U0LARS>", NORA, CHANNEL).reply()
    )
    assert "<@U0LARS>" in said, said
    _at(clock, "2027-03-11T09:00:00Z")
    stranger = _click(slack, METTE, dm, "nudge_snooze", ids["Borregaard"])
    assert stranger["replace_original"] is False and "kollega" in text_of(stranger)
    redrawn = _click(slack, NORA, dm, "nudge_snooze", ids["Acme"])
    assert redrawn["replace_original"] is True, redrawn
    text = text_of(redrawn)
    assert "Overlevert til <@U0LARS>: påminnelser om det går til dem nå." in text, text
    actions = [b["block_id"] for b in redrawn["blocks"] if b["type"] == "actions"]
    assert actions == [f"actions_{ids['Borregaard']}"]
    with session_scope(make_session_factory(slack.engine)) as s:
        [acme] = [x for x in s.query(Lead) if x.customer.name == "Acme"]
        assert acme.snoozed_until is None and acme.owner.slack_user_id == LARS
