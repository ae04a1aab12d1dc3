"""Migration 0024a (both backends): the table bare_currencies, what a seller's bare amount is in
(per seller and team) when their krone is not their team's currency (kroner23). Nobody has chosen
yet after it (asked at their next bare amount); the requester's read carries the choice for the
seller's own team only; downgrade drops the table."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command

from storage import repositories as repo
from storage.db import alembic_config, make_engine, make_session_factory, session_scope, upgrade
from storage.models import SalesTeam, Seller, Workspace

AT = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _tables(engine: sa.Engine) -> set[str]:
    with engine.connect() as conn:
        return set(sa.inspect(conn).get_table_names())


def test_0024_adds_the_choice_unmade_per_seller_and_team_and_downgrade_drops_it(
    db_url: str,
) -> None:
    engine = make_engine(db_url)
    upgrade(engine, "0023a")
    assert "bare_currencies" not in _tables(engine)
    factory = make_session_factory(engine)
    with session_scope(factory) as s:
        s.add(Workspace(id="T1", created_at=AT))
        s.flush()
        s.add_all(
            [
                SalesTeam(id=1, workspace_id="T1", channel_id="C1", currency="NOK", created_at=AT),
                SalesTeam(id=2, workspace_id="T1", channel_id="C2", currency="SEK", created_at=AT),
            ]
        )
        s.flush()
        s.add(Seller(id=1, workspace_id="T1", slack_user_id="UMETTE", team_id=1, created_at=AT))
    upgrade(engine)
    assert "bare_currencies" in _tables(engine)
    with session_scope(factory) as s:
        found = repo.requester(s, "T1", "UMETTE", None)
        assert found is not None and found[0].bare_currency is None  # nobody has chosen
        repo.set_bare_currency(s, "T1", 1, 1, "DKK", AT)
        repo.set_bare_currency(s, "T1", 1, 2, "SEK", AT)
    with session_scope(factory) as s:
        found = repo.requester(s, "T1", "UMETTE", "C2")
        assert found is not None
        # Her own team's (#1, NOK) choice, wherever she types; the team columns in place
        assert found[0].bare_currency == "DKK"
        assert (found[1].id, found[1].currency) == (1, "NOK")  # type: ignore[union-attr]
        assert (found[2].id, found[2].currency) == (2, "SEK")  # type: ignore[union-attr]
        seller = s.get(Seller, 1)
        assert seller is not None
        seller.team_id = 2  # moved: the choice made in #2 applies there
    with session_scope(factory) as s:
        found = repo.requester(s, "T1", "UMETTE", None)
        assert found is not None and found[0].bare_currency == "SEK"
        repo.set_bare_currency(s, "T1", 1, 2, "NOK", AT)  # changed
        repo.set_bare_currency(s, "T1", 1, 1, None, AT)  # forgotten: asked again there
    with session_scope(factory) as s:
        found = repo.requester(s, "T1", "UMETTE", None)
        assert found is not None and found[0].bare_currency == "NOK"
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT seller_id, team_id, currency FROM bare_currencies"))
        assert [tuple(r) for r in rows] == [(1, 2, "NOK")]
    command.downgrade(alembic_config(engine), "0023a")
    assert "bare_currencies" not in _tables(engine)
    assert "sellers" in _tables(engine)
    engine.dispose()


def test_the_choice_is_the_persons_data_listed_and_erased_with_them(db_url: str) -> None:
    """`/kpi mydata` lists it; `/kpi erase` takes it away (a row left behind would also keep the
    seller row from being deleted on PostgreSQL: its foreign key)."""
    from storage import people

    engine = make_engine(db_url)
    upgrade(engine)
    factory = make_session_factory(engine)
    with session_scope(factory) as s:
        s.add(Workspace(id="T1", created_at=AT))
        s.flush()
        s.add(SalesTeam(id=1, workspace_id="T1", channel_id="C1", currency="NOK", created_at=AT))
        s.flush()
        s.add(Seller(id=1, workspace_id="T1", slack_user_id="UMETTE", team_id=1, created_at=AT))
        s.flush()
        repo.set_bare_currency(s, "T1", 1, 1, "DKK", AT)
    with session_scope(factory) as s:
        listed = [(table, row["currency"]) for table, row in people.rows_about(s, "T1", "UMETTE")
                  if table == "bare_currencies"]  # fmt: skip
        assert listed == [("bare_currencies", "DKK")]
    with session_scope(factory) as s:
        erased = people.erase(s, "T1", "UMETTE")
        assert erased.rows["bare_currencies"] == 1 and erased.rows["sellers"] == 1
    with engine.connect() as conn:
        left = conn.execute(sa.text("SELECT count(*) FROM bare_currencies")).scalar()
        assert left == 0
    engine.dispose()
