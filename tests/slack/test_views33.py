"""views33, through the app: a reply that fails AFTER its unit of work committed says what was
stored (never "nothing was stored"), and the request is never stored twice."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.rendering import replies
from tests.helpers import (
    MANAGER,
    SELLER,
    buttons,
    click,
    post,
    set_up_team,
    stored,
    text_of,
)

WEDNESDAY = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)  # 10:00 in Oslo


@pytest.fixture
def team(slack, clock):  # type: ignore[no-untyped-def]
    clock.set(WEDNESDAY)
    return set_up_team(slack, locale="nb-NO")


def _broken(*_args: object, **_kw: object) -> None:
    raise RuntimeError("a template bug")


def _rows(team):  # type: ignore[no-untyped-def]
    return sorted((r["kind"], r["customer"], str(r["date"])) for r in stored(team))


@pytest.mark.backends("sqlite")
@pytest.mark.parametrize(
    ("locale", "said"),
    [
        ("en-GB", "Logged: meeting with *Equinor*, Wed 2 Dec 2026. (I could not show"),
        ("nb-NO", "Registrert: møte med *Equinor*, ons. 2. des. 2026. (Jeg fikk ikke vist"),
    ],
)
def test_a_command_whose_confirmation_fails_to_render_says_what_was_stored(
    team, monkeypatch: pytest.MonkeyPatch, locale: str, said: str
) -> None:  # type: ignore[no-untyped-def]
    """Was: "Something went wrong on our side and nothing was stored" of a meeting stored."""
    set_up_team(team, locale=locale)
    monkeypatch.setattr(replies, "summary", _broken)
    reply = text_of(team.driver.command("/logmeeting", "Equinor", SELLER).reply())
    team.wait_idle()
    assert said in reply.replace("\xa0", " "), reply
    assert "nothing was stored" not in reply.lower() and "ingenting ble" not in reply.lower()
    assert _rows(team) == [("meeting", "Equinor", "2026-12-02")]


@pytest.mark.backends("sqlite")
def test_any_error_after_the_commit_says_it_was_stored(
    team, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """The general rule (bot.errors.error_message): whatever fails after the commit, outside the
    confirmation's own renderer, is said as stored, never as "nothing was stored"."""
    from bot.listeners.commands import log

    monkeypatch.setattr(log, "log_reply", _broken)
    reply = text_of(team.driver.command("/logcall", "Equinor", SELLER).reply())
    team.wait_idle()
    assert "Det du gjorde ble lagret" in reply, reply
    assert "nothing was stored" not in reply.lower()
    assert _rows(team) == [("call", "Equinor", "2026-12-02")]


@pytest.mark.backends("sqlite")
def test_a_click_whose_confirmation_fails_to_render_says_what_was_stored(
    team, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    [asked] = post(team, "Ringte Telenor x3", "1764669600.000100", user=MANAGER)
    [record] = [b for b in buttons(asked.params) if b["value"].endswith("|record")]
    monkeypatch.setattr(replies, "summary", _broken)
    reply = click(team, MANAGER, record, idle=True)
    said = text_of(reply.reply()).replace("\xa0", " ")
    assert "*Telenor*" in said and "3 ×" in said, said
    assert "nothing was stored" not in said.lower() and "ingenting ble lagret" not in said.lower()
    click(team, MANAGER, record, idle=True)  # clicked again: stored once
    assert _rows(team) == [("call", "Telenor", "2026-12-02")] * 3


@pytest.mark.backends("sqlite")
def test_a_channel_message_whose_confirmation_fails_to_render_says_what_was_stored(
    team, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(replies, "summary", _broken)
    told = post(team, "Vant Nammo 320k", "1764669601.000100")
    said = "\n".join(text_of(t.params) for t in told).replace("\xa0", " ")
    assert "Registrert: vunnet avtale med *Nammo*, ons. 2. des. 2026." in said, said
    assert "nothing was stored" not in said.lower() and "ingenting ble lagret" not in said.lower()
    assert [r[:2] for r in _rows(team)] == [("win", "Nammo")]


@pytest.mark.backends("sqlite")
def test_a_database_error_after_the_commit_is_never_held_to_be_stored_again(
    team, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A database that goes away between the commit and the reply: the message was stored, so
    it is not held for the spool to store a second time when the database is back (was: held,
    replayed, the win counted twice), and its author is told it was stored."""
    from sqlalchemy.exc import OperationalError

    from bot.listeners.events import messages

    def gone(*_args: object, **_kw: object) -> None:
        raise OperationalError("SELECT 1", {}, Exception("server closed the connection"))

    monkeypatch.setattr(messages, "_tell", gone)  # after the commit
    told = post(team, "Vant Nammo 320k", "1764669602.000100")
    said = "\n".join(text_of(t.params) for t in told)
    assert "Det du gjorde ble lagret" in said, said
    assert team.replayer.spool.pending() == []
    team.replayer.run_once()
    team.wait_idle()
    assert [r[:2] for r in _rows(team)] == [("win", "Nammo")]


# -- 1. A quarter that has ended is shown when asked, any day after its last day --------------

KARI, METTE = "U0KARI", "U0METTE"  # Kari manages and sells (nb); Mette sells (da)


@pytest.fixture
def q1(slack, clock):  # type: ignore[no-untyped-def]
    """2027-Q1 ended on Wednesday 31 March, inside week 13 (Q2's by its Thursday)."""
    set_up_team(slack, clock=clock, at="2026-12-28T08:00:00", idle=True)
    for when, user, command, text in [
        ("2027-03-15T08:30:00", KARI, "/kpi", "goal revenue 1.2m per quarter"),
        ("2027-03-15T09:00:00", KARI, "/logoffer", "Orkla 750k"),
        ("2027-03-15T09:01:00", METTE, "/logoffer", "Carlsberg 450.000 kr"),
        ("2027-03-16T09:00:00", KARI, "/logmeeting", "Kiwi varm"),
        ("2027-03-17T09:00:00", KARI, "/logwin", "Orkla"),
        ("2027-03-17T09:01:00", KARI, "/logoffer", "Tine 300k"),
        ("2027-03-17T09:02:00", KARI, "/loglost", "Tine pris"),
        ("2027-03-18T09:00:00", KARI, "/logoffer", "Kiwi 200k"),
        ("2027-03-30T08:00:00", KARI, "/kpi", "goal revenue 1.5m for Q2"),
        ("2027-04-01T07:00:00", KARI, "/logwin", "Kiwi"),  # Q2's: not in Q1, its offer was open
    ]:
        _said(slack, clock, when, user, command, text)
    return slack


def _said(slack, clock, when: str, user: str, command: str, text: str = "") -> str:  # type: ignore[no-untyped-def]
    from tests.helpers import said_at

    return said_at(slack, clock, when, user, command, text).replace("\xa0", " ")


@pytest.mark.backends("sqlite")
def test_kpi_last_quarter_on_the_day_after_it_shows_the_sellers_own_quarter(q1, clock) -> None:  # type: ignore[no-untyped-def]
    """Thursday 1 April 2027 (was: "week 13's view shows it from Mon 5 Apr")."""
    own = _said(q1, clock, "2027-04-01T08:00:00", KARI, "/kpi", "forrige kvartal")
    assert own.startswith("*2027-Q1 til og med ons. 31. mars 2027*\n"), own
    assert "Møter 1 · samtaler 0 · tilbud 3 · vunnet 1 · tapt 1\n" in own, own
    assert "Vunne avtaler: 1 (kr 750 000)" in own, own
    # the goal in force at its end (1.2m), not Q2's set since; Kiwi open then, won on 1 April
    assert "Omsetning: *kr 750 000* / kr 1 200 000" in own, own
    assert "Pipeline: kr 200 000" in own and "• Kiwi · kr 200 000" in own, own
    assert "mandag 5" not in own and "man. 5. apr." not in own, own
    mette = _said(q1, clock, "2027-04-01T08:01:00", METTE, "/kpi", "sidste kvartal")
    assert mette.startswith("*2027-Q1 til og med ons. 31. mar. 2027*\n"), mette
    assert "Møder 0 · opkald 0 · tilbud 1 · vundet 0 · tabt 0" in mette, mette
    assert "• Carlsberg · 450.000 DKK" in mette, mette
    # a month later, and named by its number, the same quarter
    later = _said(q1, clock, "2027-05-03T08:00:00", KARI, "/kpi", "Q1")
    assert later.split("\n", 2)[2] == own.split("\n", 2)[2], later


@pytest.mark.backends("sqlite")
def test_a_quarter_still_running_or_to_come_keeps_its_answer(q1, clock) -> None:  # type: ignore[no-untyped-def]
    this = _said(q1, clock, "2027-04-01T08:00:30", KARI, "/kpi", "kvartal")
    assert "«kvartal» er et kvartal, ikke en uke" in this and "(2027-Q2)" in this, this
    assert "`/kpi forrige kvartal`" in this, this
    last_day = _said(q1, clock, "2027-03-31T15:00:00", KARI, "/kpi", "Q1")
    assert "«Q1» er et kvartal, ikke en uke" in last_day, last_day


@pytest.mark.backends("sqlite")
def test_teamstatus_last_quarter_is_the_ended_weeks_quarter_totals_and_a_row_per_seller(
    q1, clock
) -> None:  # type: ignore[no-untyped-def]
    """The same build as week 13's own quarter totals (reports.build_team_report), shown from
    the day after the quarter, a row per seller."""
    team = _said(q1, clock, "2027-04-01T08:00:00", KARI, "/teamstatus", "Q1")
    totals = team.split("*Totalt for teamet*\n")[1].split("\n\n")[0]
    assert totals.startswith("Møter 1 · samtaler 0 · tilbud 4 · vunnet 1 · tapt 1\n"), totals
    assert "Vunne avtaler: 1 (kr 750 000)" in totals, totals
    rows = [line for line in team.split("\n") if line.startswith("*") and line.endswith("*")]
    assert rows[-4:] == ["*Alex*", "*Kari*", "*Lars*", "*Mette*"], rows
    week13 = _said(q1, clock, "2027-04-05T08:00:00", KARI, "/teamstatus", "uke 13 2027")
    ended = week13.split("*2027-Q1 til og med ons. 31. mars 2027*\n")[1]
    assert ended.startswith("Tilbud: 4 (kr 1 250 000 + DKK 450 000 ikke omregnet"), ended
    assert "Tilbud: 4 (kr 1 250 000 + DKK 450 000 ikke omregnet" in totals, totals
    mette = _said(q1, clock, "2027-04-01T08:02:00", METTE, "/teamstatus", "sidste kvartal")
    assert "*Samlet for teamet*" in mette and "*Mette*" in mette, mette
    assert "*Kari*" not in mette, mette  # a seller sees her own and the team's totals


@pytest.mark.backends("sqlite")
def test_the_quarter_report_is_the_ended_weeks_own_build_standing_at_its_last_day(q1) -> None:  # type: ignore[no-untyped-def]
    """The service: reports.build_team_report's `ends_on` gives the quarter's totals and rows
    exactly as week 13's own build gives them once it has ended (no second aggregate), with
    pipeline and warm leads as they stood at the quarter's end (Kiwi's offer was open then)."""
    from datetime import date

    from bot.services import reports
    from bot.services.kpis import Quarter, Week
    from storage.db import make_session_factory, session_scope
    from storage.models import SalesTeam

    last = Quarter(2027, 1).last_day
    with session_scope(make_session_factory(q1.engine)) as session:
        [team] = session.query(SalesTeam).all()
        week13 = reports.build_team_report(session, team, Week(2027, 13), date(2027, 4, 5))
        ended = week13.ended
        shown = reports.build_team_report(
            session, team, Week(2027, 13), date(2027, 4, 1), quarter_of=last, ends_on=last
        )
        assert ended is not None and shown.quarter == ended.quarter == Quarter(2027, 1)
        assert shown.quarter_totals == ended.quarter_totals
        assert [(s.name, s.quarter) for s in shown.sellers] == [
            (s.name, s.quarter) for s in ended.sellers
        ]
        assert shown.as_of == reports.day_end(last, team.timezone) and shown.day == last
        assert shown.pipeline_value == 200_000 and ended.pipeline_value == 0  # Kiwi won 1 April
        assert shown.leads_without_next_step == 2
        goals = {g.kpi: g.goal for g in shown.result_goals if g.period == "quarter"}
        assert goals.get("revenue") == 4 * 1_200_000, goals  # Q1's, not Q2's 1.5m set since
