"""The requester's rows are kept by the values the requester statement read
(repositories._requester_found, acks23): the same values give the same (frozen) rows, and any
change to what the statement reads (the seller's language, locale, time zone, team or admin
flag, the team's language, currency, time zone or ceiling, a manager added) is read as it is
now, never answered from what was kept, in this process, on both databases. A cache keyed by
the person alone fails each of these."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import update

from bot.services import requester
from storage import repositories as repo
from storage.db import make_engine, make_session_factory, session_scope
from storage.models import Manager, SalesTeam, Seller, Workspace

WS = "TROWS"
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def factory(migrated_db_url: str):  # type: ignore[no-untyped-def]
    engine = make_engine(migrated_db_url)
    yield make_session_factory(engine)
    engine.dispose()


def _setup(factory: Any) -> tuple[int, int, int]:
    with session_scope(factory) as s:
        s.add(Workspace(id=WS))
        s.flush()
        first = SalesTeam(workspace_id=WS, channel_id="CROWS1", language="nb", currency="NOK")
        second = SalesTeam(workspace_id=WS, channel_id="CROWS2", language="sv", currency="SEK")
        s.add_all([first, second])
        s.flush()
        seller = Seller(
            workspace_id=WS,
            slack_user_id="UROWS",
            team_id=first.id,
            language="nb",
            timezone="Europe/Oslo",
            profile_refreshed_at=NOW,
        )
        s.add(seller)
        s.flush()
        return seller.id, first.id, second.id


def _read(factory: Any, channel: str | None = "CROWS1") -> tuple[Any, requester.Who]:
    with session_scope(factory) as s:
        found = repo.requester(s, WS, "UROWS", channel)
        keys = {"equinor"}
        both = repo.requester_and_customers(s, WS, "UROWS", channel, keys)[0]
        assert both == found
        who = requester.resolve(s, WS, "UROWS", channel, NOW, join=False)
        return found, who


def _change(factory: Any, statement: Any) -> None:
    with session_scope(factory) as s:
        s.execute(statement)


@pytest.mark.backends("sqlite", "postgres")
def test_a_changed_row_is_read_as_it_is_now(factory: Any) -> None:
    seller_id, first, second = _setup(factory)
    before, who = _read(factory)
    again, _ = _read(factory)
    assert again == before  # the same values: the same rows
    assert (who.language, who.currency, who.team_id, who.is_admin) == ("nb", "NOK", first, False)

    sellers, teams = update(Seller).where(Seller.id == seller_id), update(SalesTeam)
    steps: list[tuple[Any, Any]] = [
        (sellers.values(language="da"), lambda f, w: w.language == "da"),
        (sellers.values(language=None, locale="sv-SE"), lambda f, w: w.language == "sv"),
        (
            sellers.values(timezone="Europe/Stockholm"),
            lambda f, w: w.timezone == "Europe/Stockholm",
        ),
        (sellers.values(is_workspace_admin=True), lambda f, w: w.is_admin and w.is_manager),
        (sellers.values(is_workspace_admin=False), lambda f, w: not w.is_admin),
        (
            teams.where(SalesTeam.id == first).values(currency="EUR"),
            lambda f, w: w.currency == "EUR" and w.own_currency == "EUR",
        ),
        (
            teams.where(SalesTeam.id == first).values(amount_ceiling=Decimal("5000000")),
            lambda f, w: w.own_ceiling == Decimal("5000000"),
        ),
        (
            teams.where(SalesTeam.id == first).values(language="en", timezone="Europe/London"),
            lambda f, w: f[1].language == "en" and f[1].timezone == "Europe/London",
        ),
        (
            sellers.values(team_id=second),
            lambda f, w: w.own_team_id == second and w.own_currency == "SEK",
        ),
    ]
    for statement, holds in steps:
        _change(factory, statement)
        found, who = _read(factory)
        assert holds(found, who), statement
    assert not _read(factory)[1].is_manager
    with session_scope(factory) as s:
        s.add(Manager(workspace_id=WS, team_id=first, slack_user_id="UROWS"))
    assert _read(factory)[1].is_manager  # added as the channel's team's manager


@pytest.mark.backends("sqlite", "postgres")
def test_unflushed_is_what_the_session_says_it_holds(factory: Any) -> None:
    """rows.unflushed asks only for new objects when the session holds none of its own; with
    any, as the session says: new, dirty or deleted."""
    from storage.rows import unflushed

    seller_id, first, _second = _setup(factory)
    with session_scope(factory) as s:

        def said() -> bool:
            return bool(s.new or s.dirty or s.deleted)

        states = [(unflushed(s), said())]  # nothing at all
        s.add(Workspace(id="TROWS2"))
        states.append((unflushed(s), said()))  # a new one
        s.flush()
        states.append((unflushed(s), said()))  # written
        seller = s.get(Seller, seller_id)
        assert seller is not None
        states.append((unflushed(s), said()))  # loaded, unchanged
        seller.language = "sv"
        states.append((unflushed(s), said()))  # changed
        s.flush()
        states.append((unflushed(s), said()))
        manager = Manager(workspace_id=WS, team_id=first, slack_user_id="UX")
        s.add(manager)
        s.flush()
        s.delete(manager)
        states.append((unflushed(s), said()))  # deleted
        s.flush()
        s.expunge_all()
        states.append((unflushed(s), said()))
    assert states == [
        (False, False),
        (True, True),
        (False, False),
        (False, False),
        (True, True),
        (False, False),
        (True, True),
        (False, False),
    ]
