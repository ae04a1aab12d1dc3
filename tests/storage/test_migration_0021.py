"""Migration 0021j on a populated database (both backends): a seller in a team who cannot have
been one at its setup gets a join row at the earliest moment they can have joined; a past
week's team then leaves out who could not have been in it; downgrade takes the join rows and
the column away."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import command

from storage import repositories as repo
from storage.db import alembic_config, make_engine, make_session_factory, session_scope, upgrade
from storage.models import SalesTeam, Seller, UTCDateTime, Workspace


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


# A leave as 0019t kept it (before the column `joined` existed).
_MOVES = sa.table(
    "team_moves",
    sa.column("workspace_id", sa.String),
    sa.column("seller_id", sa.Integer),
    sa.column("team_id", sa.Integer),
    sa.column("moved_at", UTCDateTime),
)


def test_0021_backfills_a_join_for_each_later_member_at_the_earliest_it_can_have_been(
    db_url: str,
) -> None:
    """#sales (team 1) set up on 2 Nov, #north (team 2) on 10 Nov. Kari (known since October)
    and Nina (her row made at the setup) are in #sales since its setup: no join row, in it all
    along. Lars's row was made on 5 Nov, in #sales: joined then. Mette left #sales on 12 Nov and
    is in #north: joined it no earlier than her move. Ola is in no team: no row."""
    engine = make_engine(db_url)
    upgrade(engine, "0020s")
    factory = make_session_factory(engine)
    with session_scope(factory) as s:
        s.add(Workspace(id="T1", created_at=_at("2026-10-01T00:00:00")))
        s.flush()
        for team, channel, created in ((1, "C1", "2026-11-02T07:00:00"), (2, "C2", "2026-11-10T08:00:00")):  # fmt: skip
            s.add(
                SalesTeam(id=team, workspace_id="T1", channel_id=channel, created_at=_at(created))
            )
        s.flush()
        for seller, user, team, created in (
            (1, "UKARI", 1, "2026-10-01T00:00:00"),
            (2, "ULARS", 1, "2026-11-05T09:00:00"),
            (3, "UMETTE", 2, "2026-10-01T00:00:00"),
            (4, "UOLA", None, "2026-10-01T00:00:00"),
            (5, "UNINA", 1, "2026-11-02T07:00:01"),
        ):
            s.add(Seller(id=seller, workspace_id="T1", slack_user_id=user, team_id=team,
                         created_at=_at(created)))  # fmt: skip
        s.flush()
        s.execute(_MOVES.insert().values(workspace_id="T1", seller_id=3, team_id=1,
                                         moved_at=_at("2026-11-12T10:00:00")))  # fmt: skip
    upgrade(engine)
    rows = sa.select(
        sa.column("seller_id"), sa.column("team_id"),
        sa.column("moved_at", UTCDateTime), sa.column("joined", sa.Boolean),
    ).select_from(sa.table("team_moves")).order_by(sa.column("seller_id"), sa.column("joined"))  # fmt: skip
    with engine.connect() as conn:
        found = [tuple(r) for r in conn.execute(rows)]
    assert found == [
        (2, 1, _at("2026-11-05T09:00:00"), True),
        (3, 1, _at("2026-11-12T10:00:00"), False),
        (3, 2, _at("2026-11-12T10:00:00"), True),
    ]
    with session_scope(factory) as s:

        def team_then(team: int, when: str) -> list[str]:
            found = repo.team_members(s, "T1", team, as_of=_at(when))
            return [m.slack_user_id for m in found]

        assert team_then(1, "2026-11-04T00:00:00") == ["UKARI", "UMETTE", "UNINA"]
        assert team_then(1, "2026-11-09T00:00:00") == ["UKARI", "ULARS", "UMETTE", "UNINA"]
        assert team_then(2, "2026-11-09T00:00:00") == []
        assert team_then(2, "2026-11-16T00:00:00") == ["UMETTE"]
    command.downgrade(alembic_config(engine), "0020s")
    with engine.connect() as conn:
        assert "joined" not in {c["name"] for c in sa.inspect(conn).get_columns("team_moves")}
        left = conn.execute(sa.select(sa.func.count()).select_from(sa.table("team_moves")))
        assert left.scalar() == 1  # Mette's leave, as 0019t kept it
    engine.dispose()
