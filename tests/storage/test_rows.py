"""storage.rows: what logging reads and writes as plain rows with Core statements agrees with the
ORM's view of the same rows, on SQLite and PostgreSQL: a row is never read for a lead or
customer the session already holds (its object is returned), what the session holds unwritten
is written before a Core read, and a lead row writes only the columns that changed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from bot.domain import ActivityKind, Source, Temperature
from bot.services import recording
from bot.services.commands import LogCommand
from storage import repositories as repo
from storage import rows
from storage.db import make_engine, make_session_factory, session_scope
from storage.models import Customer, Lead, LeadState, SalesTeam, Seller, Workspace
from tests.helpers import each_statement

T0 = datetime(2026, 11, 16, 9, tzinfo=UTC)


@pytest.fixture
def engine(migrated_db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def session(engine):  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(engine)) as s:
        yield s
        s.rollback()


def _actor(s) -> recording.Actor:  # type: ignore[no-untyped-def]
    s.add(Workspace(id="T1"))
    s.flush()
    s.add(SalesTeam(id=1, workspace_id="T1", channel_id="C1"))
    s.flush()
    seller = Seller(workspace_id="T1", slack_user_id="UK", team_id=1)
    s.add(seller)
    s.flush()
    return recording.Actor("T1", seller.id, 1, None, "NOK")


def _log(s, actor, kind: str, ref: str, now: datetime, **kw) -> recording.Recorded:  # type: ignore[no-untyped-def]
    cmd = LogCommand(kind=ActivityKind(kind), customer="Equinor", when=now.date(), **kw)
    return recording.record(s, actor, cmd, source=Source.COMMAND, source_ref=ref, now=now)


def test_a_lead_is_read_as_a_row_that_knows_what_is_stored(session) -> None:  # type: ignore[no-untyped-def]
    kari = _actor(session)
    done = _log(session, kari, "offer", "r1", T0, amount=Decimal(100_000))
    assert isinstance(done.activity, rows.ActivityRow) and done.activity.id is not None
    (lead,) = repo.open_lead_rows(session, "T1", done.activity.customer_id)
    assert isinstance(lead, rows.LeadRow)
    assert (lead.id, lead.offer_amount, lead.currency, lead.temperature) == (
        done.activity.lead_id,
        Decimal(100_000),
        "NOK",
        Temperature.WARM.value,
    )
    assert lead.stored is not None and lead.stored["offer_amount"] == Decimal(100_000)
    # The ORM reads the same row.
    orm = session.get(Lead, lead.id)
    assert (orm.offer_amount, orm.offer_sent_on, orm.created_at) == (
        lead.offer_amount,
        lead.offer_sent_on,
        lead.created_at,
    )


def test_the_sessions_own_object_is_returned_and_its_unwritten_change_is_seen_first(
    session,
) -> None:  # type: ignore[no-untyped-def]
    kari = _actor(session)
    done = _log(session, kari, "meeting", "r1", T0, temperature=Temperature.WARM)
    orm = session.scalars(select(Lead)).one()
    orm.temperature = Temperature.HOT.value  # unwritten
    (found,) = repo.open_lead_rows(session, "T1", done.activity.customer_id)
    assert found is orm  # never a second, disagreeing copy of the lead
    customer = session.get(Customer, done.activity.customer_id)
    assert repo.customers_among(session, "T1", {"equinor"}) == {"equinor": customer}
    # Logging on it changes that object (the ORM writes it), and its history says so.
    _log(session, kari, "meeting", "r2", T0 + timedelta(hours=1), temperature=Temperature.COLD)
    session.flush()
    assert orm.temperature == Temperature.COLD.value
    states = session.scalars(select(LeadState).order_by(LeadState.valid_from)).all()
    assert [state.temperature for state in states] == ["warm", "cold"]
    assert states[0].valid_to == T0 + timedelta(hours=1)


def test_a_lead_row_writes_only_what_changed(session, engine) -> None:  # type: ignore[no-untyped-def]
    kari = _actor(session)
    done = _log(session, kari, "meeting", "r1", T0, temperature=Temperature.WARM)
    (lead,) = repo.open_lead_rows(session, "T1", done.activity.customer_id)
    written: list[str] = []

    def seen(statement, _parameters) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith(("UPDATE", "INSERT")):
            written.append(" ".join(statement.split()))

    with each_statement(engine, seen):
        rows.save_lead(session, lead)  # nothing changed: nothing written
        assert written == []
        lead.temperature = Temperature.WARM.value  # the same value: no change
        rows.save_lead(session, lead)
        assert written == []
        lead.next_step, lead.updated_at = "call", T0 + timedelta(hours=2)
        rows.save_lead(session, lead)
        assert len(written) == 1 and written[0].startswith("UPDATE leads SET ")
        assert "next_step" in written[0] and "temperature" not in written[0]
        rows.save_lead(session, lead)  # written: stored now
        assert len(written) == 1
    assert session.get(Lead, lead.id).next_step == "call"


def test_a_customer_taken_off_the_list_and_named_again_is_back(session) -> None:  # type: ignore[no-untyped-def]
    kari = _actor(session)
    done = _log(session, kari, "meeting", "r1", T0)
    session.get(Customer, done.activity.customer_id).removed_at = T0
    session.flush()
    session.expunge_all()
    again = _log(session, kari, "meeting", "r2", T0 + timedelta(hours=1))
    assert again.new_customer  # said as before: it is on the list again
    assert isinstance(again.activity.customer, rows.CustomerRow)
    assert session.get(Customer, done.activity.customer_id).removed_at is None


def test_the_stored_reference_and_the_open_leads_in_one_statement_agree_with_the_two(
    session,
) -> None:  # type: ignore[no-untyped-def]
    # PostgreSQL's recorder reads both under the customer's row lock in one round trip.
    kari = _actor(session)
    first = _log(session, kari, "offer", "r1", T0, amount=Decimal(100_000))
    customer_id = first.activity.customer_id
    stored_id, leads = rows.stored_or_open_leads(session, "T1", "r1", customer_id)
    assert stored_id == first.activity.id
    assert [lead.id for lead in leads] == [first.activity.lead_id]
    stored_id, leads = rows.stored_or_open_leads(session, "T1", "r2", customer_id)
    assert stored_id is None
    (lead,) = leads
    (apart,) = repo.open_lead_rows(session, "T1", customer_id)
    assert isinstance(lead, rows.LeadRow) and lead.stored == apart.stored
    # No open lead: the reference alone.
    session.get(Lead, lead.id).status = "won"
    assert rows.stored_or_open_leads(session, "T1", "r1", customer_id) == (first.activity.id, [])
    assert rows.stored_or_open_leads(session, "T1", "r9", customer_id) == (None, [])
    # The same delivery again is found (here on either database) and stored once.
    again = _log(session, kari, "offer", "r1", T0, amount=Decimal(100_000))
    assert again.duplicate and again.activity.id == first.activity.id
