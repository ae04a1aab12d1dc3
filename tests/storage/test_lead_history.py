"""Each lead's history (storage.history) on SQLite and PostgreSQL: a row per state, valid from the
moment the change was made; "as of" a moment is the last state set before it. Driven through
the services that change leads (bot.services.recording), with the clock as a parameter."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import bindparam, select, text

from bot.domain import ActivityKind, Source, Temperature
from bot.services import recording
from bot.services.commands import LogCommand, NextStep
from storage import history
from storage.db import make_engine, make_session_factory, session_scope, upgrade
from storage.models import Activity, Lead, LeadState, SalesTeam, Seller, UTCDateTime, Workspace

T0 = datetime(2026, 11, 16, 9, tzinfo=UTC)  # Monday of week 47, 10:00 in Oslo
DAY = timedelta(days=1)
TICK = timedelta(microseconds=1)
NOK = {"NOK": Decimal(0)}


@pytest.fixture
def session(migrated_db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db_url)
    with session_scope(make_session_factory(engine)) as s:
        yield s
        s.rollback()
    engine.dispose()


def _actor(s, user: str = "UK") -> recording.Actor:  # type: ignore[no-untyped-def]
    if s.get(Workspace, "T1") is None:
        s.add(Workspace(id="T1"))
        s.flush()
        s.add(SalesTeam(id=1, workspace_id="T1", channel_id="C1"))
        s.flush()
    seller = Seller(workspace_id="T1", slack_user_id=user, team_id=1)
    s.add(seller)
    s.flush()
    return recording.Actor("T1", seller.id, 1, None, "NOK")


_REF = [0]


def _log(s, actor, kind: str, customer: str, now: datetime, **kw) -> Activity:  # type: ignore[no-untyped-def]
    _REF[0] += 1
    cmd = LogCommand(
        kind=ActivityKind(kind), customer=customer, when=kw.pop("when", now.date()), **kw
    )
    done = recording.record(
        s, actor, cmd, source=Source.COMMAND, source_ref=f"h:{_REF[0]}", now=now
    )
    s.flush()
    return s.get(Activity, done.activity.id)


def _pipeline(s, actor, as_of: datetime) -> tuple[int, dict[str, Decimal]]:  # type: ignore[no-untyped-def]
    found = history.pipeline_as_of(s, "T1", [actor.seller_id], "NOK", as_of)
    count, amounts = found.get(actor.seller_id, (0, {}))
    return count, dict(amounts)


def test_an_offer_its_revision_and_its_win_each_hold_from_when_they_were_logged(session) -> None:  # type: ignore[no-untyped-def]
    kari = _actor(session)
    t1, t2, t3 = T0, T0 + DAY, T0 + 2 * DAY
    _log(session, kari, "offer", "Equinor", t1, amount=Decimal(100_000))
    _log(session, kari, "offer", "Equinor", t2, amount=Decimal(150_000))
    _log(session, kari, "win", "Equinor", t3)

    assert _pipeline(session, kari, t1) == (0, {})  # as of t1: the state before it
    assert _pipeline(session, kari, t1 + TICK) == (1, {"NOK": Decimal(100_000)})
    assert _pipeline(session, kari, t2) == (1, {"NOK": Decimal(100_000)})
    assert _pipeline(session, kari, t2 + TICK) == (1, {"NOK": Decimal(150_000)})
    assert _pipeline(session, kari, t3 + TICK) == (0, {})
    rows = session.scalars(select(LeadState).order_by(LeadState.valid_from)).all()
    assert [(r.status, r.offer_amount, r.valid_from, r.valid_to) for r in rows] == [
        ("open", Decimal(100_000), t1, t2),
        ("open", Decimal(150_000), t2, t3),
        ("won", Decimal(150_000), t3, None),
    ]


def test_a_backdated_offer_counts_from_when_it_was_logged_not_from_its_day(session) -> None:  # type: ignore[no-untyped-def]
    kari = _actor(session)
    logged = T0 + 8 * DAY  # Tuesday of week 48
    _log(session, kari, "offer", "Yara", logged, amount=Decimal(50_000), when=date(2026, 11, 19))
    end_of_week_47 = datetime(2026, 11, 22, 23, tzinfo=UTC)  # Monday 00:00 in Oslo
    assert _pipeline(session, kari, end_of_week_47) == (0, {})
    assert _pipeline(session, kari, logged + TICK) == (1, {"NOK": Decimal(50_000)})


def test_undo_is_a_change_at_the_moment_of_the_undo(session) -> None:  # type: ignore[no-untyped-def]
    kari = _actor(session)
    t1, t2, t3, t4 = T0, T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY
    _log(session, kari, "offer", "Equinor", t1, amount=Decimal(100_000))
    win = _log(session, kari, "win", "Equinor", t2)
    recording.undo(session, "T1", win, by_user="UK", by_manager=False, now=t3)
    assert _pipeline(session, kari, t2 + TICK) == (0, {})  # won, as it was known then
    assert _pipeline(session, kari, t3 + TICK) == (1, {"NOK": Decimal(100_000)})
    # Undoing the lead's only activity deletes the lead; its history still says what was.
    offer = session.scalars(select(Activity).where(Activity.kind == "offer")).one()
    recording.undo(session, "T1", offer, by_user="UK", by_manager=False, now=t4)
    session.flush()
    assert session.scalars(select(Lead)).all() == []
    assert _pipeline(session, kari, t3 + TICK) == (1, {"NOK": Decimal(100_000)})
    assert _pipeline(session, kari, t4 + TICK) == (0, {})
    assert session.scalars(select(LeadState).where(LeadState.valid_to.is_(None))).all() == []


def test_a_log_that_changes_nothing_on_the_lead_adds_no_row(session) -> None:  # type: ignore[no-untyped-def]
    kari = _actor(session)
    _log(session, kari, "meeting", "Hydro", T0, temperature=Temperature.WARM)
    _log(session, kari, "meeting", "Hydro", T0 + DAY)  # no temperature, no next step
    _log(session, kari, "meeting", "Hydro", T0 + 2 * DAY, temperature=Temperature.WARM)
    assert len(session.scalars(select(LeadState)).all()) == 1


def test_warm_leads_without_a_next_step_and_stale_offers_as_of(session) -> None:  # type: ignore[no-untyped-def]
    kari = _actor(session)
    ids = [kari.seller_id]
    _log(session, kari, "meeting", "Hydro", T0, temperature=Temperature.HOT)
    _log(session, kari, "offer", "Orkla", T0, amount=Decimal(10_000), when=date(2026, 10, 1))
    step = NextStep("call", date(2026, 11, 25))
    _log(session, kari, "meeting", "Hydro", T0 + 8 * DAY, next_step=step)
    week_end = datetime(2026, 11, 22, 23, tzinfo=UTC)
    sunday = date(2026, 11, 22)
    # Hydro (hot) and Orkla (an offer makes a lead warm), neither with a next step then.
    assert history.leads_without_next_step_as_of(session, "T1", ids, sunday, week_end) == {
        ids[0]: 2
    }
    listed = history.leads_needing_attention_as_of(session, "T1", ids, sunday, week_end)
    assert sorted(lead.customer for lead in listed[ids[0]]) == ["Hydro", "Orkla"]
    later = T0 + 9 * DAY
    assert history.leads_without_next_step_as_of(session, "T1", ids, later.date(), later) == {
        ids[0]: 1
    }
    # A next step due on the period's last day is not overdue; one due before it is.
    assert history.leads_without_next_step_as_of(session, "T1", ids, date(2026, 11, 26), later) == {
        ids[0]: 2
    }
    before = sunday - timedelta(days=30)
    assert history.stale_offers_as_of(session, "T1", ids, before, week_end) == {ids[0]: 1}
    assert history.stale_offers_as_of(session, "T1", ids, before, T0) == {}


def test_a_handover_moves_the_lead_from_the_moment_it_is_recorded(session) -> None:  # type: ignore[no-untyped-def]
    kari, lars = _actor(session), _actor(session, "UL")
    _log(session, kari, "offer", "Equinor", T0, amount=Decimal(100_000))
    lead = session.scalars(select(Lead)).one()
    lead.owner_id = lars.seller_id  # what a handover does (bot.services.customers)
    history.record_lead_state(session, lead, T0 + DAY)
    session.flush()
    assert _pipeline(session, kari, T0 + DAY) == (1, {"NOK": Decimal(100_000)})
    assert _pipeline(session, lars, T0 + DAY) == (0, {})
    assert _pipeline(session, kari, T0 + DAY + TICK) == (0, {})
    assert _pipeline(session, lars, T0 + DAY + TICK) == (1, {"NOK": Decimal(100_000)})


def test_the_closing_rate_counts_what_was_known_at_the_moment(session) -> None:  # type: ignore[no-untyped-def]
    kari = _actor(session)
    ids = [kari.seller_id]
    first, last = date(2026, 8, 25), date(2026, 11, 22)
    week_end = datetime(2026, 11, 22, 23, tzinfo=UTC)
    _log(session, kari, "win", "Statkraft", T0, amount=Decimal(1000))
    gone = _log(session, kari, "win", "Telenor", T0, amount=Decimal(1000))
    _log(session, kari, "offer", "Yara", T0, amount=Decimal(1000))
    _log(session, kari, "loss", "Yara", T0)
    # After the week: a win dated in it (not known at its end) and an undo (it was known).
    _log(session, kari, "win", "Nammo", T0 + 8 * DAY, amount=Decimal(1000), when=date(2026, 11, 18))
    recording.undo(session, "T1", gone, by_user="UK", by_manager=False, now=T0 + 8 * DAY)
    session.flush()
    assert history.closed_as_of(session, "T1", ids, first, last, week_end) == {ids[0]: (2, 1)}
    assert history.closed_as_of(session, "T1", ids, first, last, T0 + 9 * DAY) == {
        ids[0]: (2, 1)  # Telenor undone, Nammo known
    }
    assert history.closed_as_of(session, "T1", ids, first, last, T0) == {}


def test_every_leads_current_history_row_is_the_lead(session) -> None:  # type: ignore[no-untyped-def]
    kari = _actor(session)
    step = NextStep("call", date(2026, 11, 30))
    _log(session, kari, "meeting", "Hydro", T0, temperature=Temperature.WARM)
    _log(session, kari, "offer", "Hydro", T0 + DAY, amount=Decimal(5000))
    _log(session, kari, "call", "Orkla", T0 + DAY, next_step=step)
    last = _log(session, kari, "offer", "Orkla", T0 + 2 * DAY, amount=Decimal(7000))
    recording.undo(session, "T1", last, by_user="UK", by_manager=False, now=T0 + 3 * DAY)
    recording.plan_next_step(
        session,
        kari,
        LogCommand(kind=ActivityKind.MEETING, customer="Aker", when=T0.date(), next_step=step),
        now=T0 + 3 * DAY,
    )
    session.flush()
    current = {
        row.lead_id: row
        for row in session.scalars(select(LeadState).where(LeadState.valid_to.is_(None)))
    }
    leads = session.scalars(select(Lead)).all()
    assert len(leads) == 3 and set(current) == {lead.id for lead in leads}
    for lead in leads:
        row = current[lead.id]
        for name in history.TRACKED:
            assert getattr(row, name) == getattr(lead, name), (lead.id, name)


def test_the_migration_keeps_each_existing_lead_from_its_last_change(db_url: str) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0007c")  # the revision before 0007h
    changed = datetime(2026, 11, 10, 8, tzinfo=UTC)

    def sql(statement: str, *names: str):  # type: ignore[no-untyped-def]
        # Times as the app writes them (UTCDateTime), not as the driver would format them.
        return text(statement).bindparams(*(bindparam(n, type_=UTCDateTime) for n in names))

    with engine.begin() as conn:
        conn.execute(
            sql("INSERT INTO workspaces (id, language, created_at) VALUES ('T1', 'en', :t)", "t"),
            {"t": changed},
        )
        conn.execute(
            sql(
                "INSERT INTO sellers (id, workspace_id, slack_user_id, is_workspace_admin,"
                " created_at) VALUES (1, 'T1', 'UK', false, :t)",
                "t",
            ),
            {"t": changed},
        )
        conn.execute(
            sql(
                "INSERT INTO customers (id, workspace_id, name, key, created_at)"
                " VALUES (1, 'T1', 'Acme', 'acme', :t)",
                "t",
            ),
            {"t": changed},
        )
        conn.execute(
            sql(
                "INSERT INTO leads (id, workspace_id, customer_id, owner_id, status, temperature,"
                " offer_amount, currency, created_at, updated_at)"
                " VALUES (7, 'T1', 1, 1, 'open', 'warm', 1000, 'NOK', :c, :u)",
                "c",
                "u",
            ),
            {"c": changed - 30 * DAY, "u": changed},
        )
    upgrade(engine)
    with session_scope(make_session_factory(engine)) as s:
        row = s.scalars(select(LeadState)).one()
        assert (row.lead_id, row.status, row.offer_amount, row.valid_from, row.valid_to) == (
            7,
            "open",
            Decimal(1000),
            changed,
            None,
        )
        found = history.pipeline_as_of(s, "T1", [1], "NOK", changed + TICK)
        assert found == {1: (1, {"NOK": Decimal(1000)})}
        assert history.pipeline_as_of(s, "T1", [1], "NOK", changed) == {}
    engine.dispose()


def test_drift_names_each_lead_changed_without_its_history(session) -> None:  # type: ignore[no-untyped-def]
    """The suite's check after every Slack-level test (tests/conftest._check_lead_history), on
    each backend: a tracked column changed without record_lead_state, a NULL set or cleared
    (NULL is the same as NULL, not unknown), a second current row; a lead never given a history
    is not asked about."""
    kari = _actor(session)
    _log(session, kari, "offer", "Equinor", T0, amount=Decimal(100_000))
    _log(session, kari, "meeting", "Yara", T0, temperature=Temperature.WARM)
    equinor, yara = session.scalars(select(Lead).order_by(Lead.id)).all()
    assert yara.offer_amount is None and yara.next_step_due is None  # NULLs kept as they were
    assert history.drift(session) == []
    equinor.offer_amount = Decimal(150_000)  # a revision written without its history
    yara.next_step_due = date(2026, 11, 30)  # NULL to a date
    session.flush()
    assert history.drift(session) == [equinor.id, yara.id]
    history.record_lead_state(session, equinor, T0 + DAY, force=True)  # written already
    yara.next_step_due = None  # back as the history has it
    session.flush()
    assert history.drift(session) == []
    yara.temperature = None if yara.temperature else Temperature.WARM.value  # NULL either way
    session.flush()
    assert history.drift(session) == [yara.id]
    history.record_lead_state(session, yara, T0 + DAY, force=True)
    session.flush()
    assert history.drift(session) == []
    # Two current rows for one lead: the week it is read as of would count it twice.
    [current] = session.scalars(
        select(LeadState).where(LeadState.lead_id == equinor.id, LeadState.valid_to.is_(None))
    ).all()
    twin = LeadState(
        **{c.key: getattr(current, c.key) for c in LeadState.__table__.c if c.key != "id"}
    )
    session.add(twin)
    session.flush()
    assert history.drift(session) == [equinor.id]
    # A lead seeded by hand, with no history at all, is not a drift.
    session.add(Lead(workspace_id="T1", customer_id=equinor.customer_id, owner_id=kari.seller_id))
    session.flush()
    assert history.drift(session) == [equinor.id]
