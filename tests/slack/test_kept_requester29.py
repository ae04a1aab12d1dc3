"""ack29: a log command answers from the requester this process kept (per workspace, user and
channel, with the workspace's people version it was read at: migration 0026a), without reading
the requester's rows. Whatever another process changes in them meanwhile (a language, a team,
a role, an admin flag, a currency, a bare amount's currency, an uninstall, an erasure) is in the
very next command's answer and stored rows: the version moved, so the write is undone and done
again with the requester read afresh. Both databases; the changes are made by an engine of its
own (another process's connections), never through the app."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import Engine

from bot.services import requester
from storage import people
from storage.db import make_engine, make_session_factory, session_scope
from storage.models import WORKSPACE_VERSION, Activity, SalesTeam, Seller, Workspace
from tests.helpers import SALES_CHANNEL, command_reply, set_up_team

ALEX, LARS = "U0ALEX", "U0LARS"  # Alex: en-GB, London; Lars: sv-SE, Stockholm (a NOK team)


@pytest.fixture
def other(slack) -> Iterator[Engine]:  # type: ignore[no-untyped-def]
    """Another process's engine on the same database."""
    engine = make_engine(slack.engine.url.render_as_string(hide_password=False))
    yield engine
    engine.dispose()


def _version(engine: Engine, workspace_id: str) -> int:
    with engine.connect() as conn:
        return int(
            conn.execute(select(WORKSPACE_VERSION).where(Workspace.id == workspace_id)).one()[0]
        )


def _fresh(engine: Engine, workspace_id: str, user: str, now: datetime) -> requester.Who:
    with session_scope(make_session_factory(engine)) as session:
        found = requester.find(session, workspace_id, user, SALES_CHANNEL)
        assert found is not None
        return requester.resolve(session, workspace_id, user, SALES_CHANNEL, now, found=found)


def _kept(slack, user: str):  # type: ignore[no-untyped-def]
    return requester._kept.get((slack.driver.team_id, user, SALES_CHANNEL))


def _run(other: Engine, sql: str, **params: object) -> None:
    with other.begin() as conn:
        conn.execute(text(sql), params)


def _language(slack, other: Engine) -> None:  # type: ignore[no-untyped-def]
    _run(other, "UPDATE sellers SET language = 'sv' WHERE slack_user_id = :u", u=ALEX)


def _moved(slack, other: Engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(other)) as session:
        team = SalesTeam(
            workspace_id=slack.driver.team_id, channel_id="C0OTHER", name="other", currency="NOK"
        )
        session.add(team)
        session.flush()
        seller = session.scalars(select(Seller).filter_by(slack_user_id=ALEX)).one()
        seller.team_id = team.id


def _manager(slack, other: Engine) -> None:  # type: ignore[no-untyped-def]
    _run(
        other,
        "INSERT INTO managers (workspace_id, team_id, slack_user_id, created_at) "
        "SELECT workspace_id, id, :u, created_at FROM sales_teams",
        u=ALEX,
    )


def _admin(slack, other: Engine) -> None:  # type: ignore[no-untyped-def]
    _run(
        other, "UPDATE sellers SET is_workspace_admin = :t WHERE slack_user_id = :u", u=ALEX, t=True
    )


def _currency(slack, other: Engine) -> None:  # type: ignore[no-untyped-def]
    _run(other, "UPDATE sales_teams SET currency = 'SEK'")


def _uninstalled(slack, other: Engine) -> None:  # type: ignore[no-untyped-def]
    _run(other, "UPDATE workspaces SET uninstalled_at = created_at")


def _erased(slack, other: Engine) -> None:  # type: ignore[no-untyped-def]
    with session_scope(make_session_factory(other)) as session:
        people.erase(session, slack.driver.team_id, ALEX)


def _away(slack, other: Engine) -> None:  # type: ignore[no-untyped-def]
    # Not read by a log command's requester (nor by the recorder): the version stays, the kept
    # requester is answered from.
    _run(
        other,
        "INSERT INTO away_periods (workspace_id, seller_id, starts_on, ends_on, created_at) "
        "SELECT workspace_id, id, '2026-11-23', '2026-11-27', created_at FROM sellers "
        "WHERE slack_user_id = :u",
        u=ALEX,
    )


CHANGES: dict[str, Callable[..., None]] = {
    "language": _language,
    "moved to another team": _moved,
    "made a manager": _manager,
    "made an admin": _admin,
    "team currency": _currency,
    "uninstalled": _uninstalled,
    "erased": _erased,
    "away period": _away,
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_change_by_another_process_is_in_the_next_commands_answer(
    slack, clock, other, change
) -> None:  # type: ignore[no-untyped-def]
    set_up_team(slack, locales={ALEX: "en-GB"}, idle=True)
    ws = slack.driver.team_id
    command_reply(slack, ALEX, "/logmeeting", "Aker BP")
    assert "Logged a *meeting* with *Equinor*" in command_reply(
        slack, ALEX, "/logmeeting", "Equinor"
    )
    kept = _kept(slack, ALEX)
    assert kept is not None and kept[0] == _version(other, ws)  # kept, at the version now
    before = _version(other, ws)

    CHANGES[change](slack, other)

    if change == "away period":
        assert _version(other, ws) == before
    else:
        assert _version(other, ws) != before
    if change == "language":  # a Swede's "400k" in a NOK team would be asked SEK or NOK
        answer = command_reply(slack, ALEX, "/logmeeting", "Orkla")
        assert "Loggade ett *möte* med *Orkla*" in answer, answer
        kind = "meeting"
    else:
        answer = command_reply(slack, ALEX, "/logwin", "Orkla 400k")
        kind = "win"
    now = clock.now()
    kept = _kept(slack, ALEX)
    fresh = _fresh(other, ws, ALEX, now)
    # What the command answered from is what a fresh read gives now. (An erased person is a new
    # seller: their profile read from Slack again, the requester not kept from that request.)
    if change != "erased":
        assert kept is not None and kept[0] == _version(other, ws) and kept[2] == fresh
    with session_scope(make_session_factory(other)) as session:
        done = session.scalars(select(Activity).order_by(Activity.id.desc())).first()
        assert done is not None and done.kind == kind
        assert (done.seller_id, done.team_id) == (fresh.seller_id, fresh.own_team_id)
        assert done.currency in (None, fresh.own_currency)
    if change == "team currency":
        assert "SEK 400,000" in answer, answer
    elif change in ("made a manager", "made an admin"):
        assert fresh.is_manager
    if change in (
        "moved to another team",
        "made a manager",
        "made an admin",
        "uninstalled",
        "erased",
        "away period",
    ):
        assert "Logged a *win* with *Orkla*: NOK 400,000" in answer, answer
