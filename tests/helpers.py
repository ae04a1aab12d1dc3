"""Small readers used across tests."""

from __future__ import annotations

import copy
import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import event, exists, func, or_, select, text
from sqlalchemy.engine import Engine

from bot.offline.harness import LocalSlack
from bot.offline.slack_api import FakeUser
from bot.rendering.text import message_text
from bot.services.export import record_of
from storage import cursor
from storage import repositories as repo
from storage.db import make_session_factory, session_scope
from storage.models import Activity, Customer, Lead, SalesTeam


def load_yaml(path: Path) -> Any:
    """yaml.safe_load with libyaml's parser where PyYAML has it: the same data, read ~8x faster
    (the corpora are read by every test worker at collection).

    What a file's bytes gave is kept (pickled, in the temp directory, by the bytes' digest and
    PyYAML's version) for the next worker and run: building the objects was most of the read,
    ~0.5 s of CPU a worker for the corpora (suite29). Each call gets its own objects, as a
    parse gives."""
    import hashlib
    import os
    import pickle
    import tempfile

    data = path.read_bytes()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    key = hashlib.sha256(data + f"{yaml.__version__}:{loader.__name__}".encode()).hexdigest()
    folder = Path(tempfile.gettempdir()) / f"kpibot-tests-yaml-{os.getuid()}"
    kept = folder / f"{key[:32]}.pickle"
    try:
        return pickle.loads(kept.read_bytes())  # noqa: S301 (written below, by this suite)
    except (OSError, pickle.UnpicklingError, EOFError):
        pass
    value = yaml.load(data.decode("utf-8"), Loader=loader)  # noqa: S506 (a safe loader)
    folder.mkdir(exist_ok=True)
    partial = folder / f"{kept.name}.{os.getpid()}"
    partial.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    partial.replace(kept)  # whole or not at all, for a worker reading it meanwhile
    return value


def stored(slack: LocalSlack, workspace_id: str | None = None) -> list[dict[str, Any]]:
    """Live activities as `kpibot export` would print them."""
    with session_scope(make_session_factory(slack.engine)) as session:
        return [
            record_of(a) for a in repo.activities_for_export(session, workspace_id=workspace_id)
        ]


def count_rows(slack: LocalSlack, model: type = Activity) -> int:
    with session_scope(make_session_factory(slack.engine)) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def leads(slack: LocalSlack, workspace_id: str | None = None) -> list[Lead]:
    query = select(Lead).order_by(Lead.id)
    if workspace_id is not None:
        query = query.where(Lead.workspace_id == workspace_id)
    with session_scope(make_session_factory(slack.engine)) as session:
        return list(session.scalars(query))


def customers(slack: LocalSlack, workspace_id: str | None = None) -> list[str]:
    query = select(Customer.name).order_by(Customer.id)
    if workspace_id is not None:
        query = query.where(Customer.workspace_id == workspace_id)
    with session_scope(make_session_factory(slack.engine)) as session:
        return list(session.scalars(query))


_row_workspaces = itertools.count(1)


@contextmanager
def own_workspace(funcargs: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row of a batch of Slack-level rows (tests/row_batches.py, `rows_share_fixtures`)
    on the batch's app and database, in a workspace of its own: a Slack team id no row of this
    worker has used, so nothing a row before it stored (sellers, customers, leads, activities,
    all kept by workspace) is seen by it; checked here before the row. As the suite's
    fixtures do for a test: the Slack stand-in restored to the demo users (no calls
    recorded), the clock at the suite's default, the requester's memory cleared; after the
    row, its listeners finished and nothing sent beyond Slack's limits."""
    from bot.offline import slack_api
    from bot.offline.driver import SlackDriver
    from bot.offline.harness import DEMO_USERS
    from bot.services import requester
    from tests.conftest import DEFAULT_NOW

    slack: LocalSlack = funcargs["slack"]
    team = f"T0ROW{next(_row_workspaces)}"
    with slack.engine.connect() as conn:
        used = conn.execute(_workspace_rows(), {"w": team}).scalar()
    assert not used, f"workspace {team} holds rows before its row ran"
    slack.api.restore(DEMO_USERS, team_id=team)
    funcargs["clock"].set(DEFAULT_NOW)
    requester._language_hint.clear()
    requester._fresh_until.clear()
    slack_api.take_violations()
    driver = SlackDriver(slack.transport, slack.settings.signing_secret or "", slack.api, team)
    yield {**funcargs, "slack": replace(slack, driver=driver)}
    slack.wait_idle()
    found = slack_api.take_violations()
    assert not found, "beyond Slack's limits:\n" + "\n".join(str(v) for v in found[:20])


def _workspace_rows() -> Any:
    """Whether any table keeps a row of workspace :w (one statement over every such table)."""
    from storage.models import Base

    holders = [t for t in Base.metadata.sorted_tables if "workspace_id" in t.c]
    ors = " OR ".join(f"EXISTS (SELECT 1 FROM {t.name} WHERE workspace_id = :w)" for t in holders)
    return text(f"SELECT (EXISTS (SELECT 1 FROM workspaces WHERE id = :w) OR {ors})")


def text_of(message: dict[str, Any]) -> str:
    return message_text(message)


def buttons(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        el
        for block in message.get("blocks", [])
        if block.get("type") == "actions"
        for el in block.get("elements", [])
    ]


@contextmanager
def each_statement(engine: Engine, seen: Callable[[str, Any], None]) -> Iterator[None]:
    """`seen(sql, parameters)` for every statement run on `engine`: through SQLAlchemy's
    execution (its before_cursor_execute event) and on the DBAPI cursor (storage.cursor)."""

    def executed(_conn, _cursor, statement, parameters, *_args) -> None:  # type: ignore[no-untyped-def]
        seen(statement, parameters)

    event.listen(engine, "before_cursor_execute", executed)
    cursor.observe(engine, seen)
    try:
        yield
    finally:
        event.remove(engine, "before_cursor_execute", executed)
        cursor.unobserve(engine, seen)


# -- Slack's Events API payloads, one builder a shape ---------------------------------------------
# The suites' team: `/kpi setup` run by Kari in C0SALES, Lars a seller posting there.
SALES_CHANNEL = "C0SALES"
SELLER = "U0LARS"
POSTED = "1763630000.000100"  # a ts the suites use when the moment does not matter


def channel_message(
    text: str, ts: str = POSTED, *, user: str = SELLER, channel: str = SALES_CHANNEL, **fields: Any
) -> dict[str, Any]:
    """A `message` event as a person's post in a channel arrives. `fields`: more of the event's
    own fields (subtype, thread_ts, user_team, channel_type="im", ...), which win over these."""
    return {
        "type": "message",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        "channel_type": "channel",
        **fields,
    }


def message_edited(
    ts: str,
    text: str,
    *,
    before: str,
    at: str,
    user: str = SELLER,
    channel: str = SALES_CHANNEL,
    **fields: Any,
) -> dict[str, Any]:
    """`message_changed`: the message posted at `ts` edited at `at` from `before` into `text`.
    `fields`: more fields of the event (channel_type="im", ...)."""
    return {
        "type": "message",
        "subtype": "message_changed",
        "hidden": True,
        "channel": channel,
        "ts": at,
        "event_ts": at,
        "channel_type": "channel",
        "message": {
            "type": "message",
            "user": user,
            "text": text,
            "ts": ts,
            "edited": {"user": user, "ts": at},
        },
        "previous_message": {"type": "message", "user": user, "text": before, "ts": ts},
        **fields,
    }


def message_deleted(
    ts: str,
    *,
    at: str,
    text: str | None = None,
    user: str = SELLER,
    channel: str = SALES_CHANNEL,
    **fields: Any,
) -> dict[str, Any]:
    """`message_deleted`: the message posted at `ts` deleted at `at`; `text`, what it said, is
    sent as its previous_message (Slack leaves that out at times: then None)."""
    event: dict[str, Any] = {
        "type": "message",
        "subtype": "message_deleted",
        "hidden": True,
        "channel": channel,
        "ts": at,
        "event_ts": at,
        "deleted_ts": ts,
        "channel_type": "channel",
        **fields,
    }
    if text is not None:
        event.setdefault(
            "previous_message", {"type": "message", "user": user, "text": text, "ts": ts}
        )
    return event


TO_THE_BOT = {"channel": "D0LARS", "channel_type": "im"}  # Lars's direct messages with kpibot


def mention(
    text: str, ts: str = POSTED, *, user: str = SELLER, channel: str = SALES_CHANNEL, **fields: Any
) -> dict[str, Any]:
    """An `app_mention` event: `text` names the bot (`<@UKPIBOT> ...`) in a channel."""
    return {
        "type": "app_mention",
        "channel": channel,
        "user": user,
        "text": text,
        "ts": ts,
        "event_ts": ts,
        **fields,
    }


# -- Driving the app as the suites' people do ------------------------------------------------------
# One version of what many Slack-level files each wrote for themselves: a command typed and what it
# answered, a button clicked, a message posted and what was said back only to its author, the team
# set up. Each waits for the work the request started (LocalSlack.wait_idle) where it says so.
MANAGER = "U0KARI"  # Kari, a workspace admin: she runs `/kpi setup`


def command_replies(
    slack: LocalSlack, user: str, command: str, text: str = "", channel: str = SALES_CHANNEL
) -> str:
    """`command text` typed by `user` in `channel`; every reply it got (the ack's or the first
    response, then any later ones), as text, one after another, once its work is done."""
    result = slack.driver.command(command, text, user, channel)
    result.reply()
    slack.wait_idle()
    return "\n".join(text_of(m) for m in result.replies())


def command_reply(
    slack: LocalSlack, user: str, command: str, text: str = "", channel: str = SALES_CHANNEL
) -> str:
    """`command text` typed by `user` in `channel`; its first reply, as text, once its work is
    done (later replies, if any, are not read)."""
    reply = slack.driver.command(command, text, user, channel).reply()
    slack.wait_idle()
    return text_of(reply)


def said_at(
    slack: LocalSlack,
    clock: Any,
    when: str,
    user: str,
    command: str,
    text: str = "",
    channel: str = SALES_CHANNEL,
) -> str:
    """`command text` typed by `user` in `channel` at `when` (an ISO time in UTC, the test's
    clock set to it); every reply, as text, once its work is done."""
    clock.set(datetime.fromisoformat(when).replace(tzinfo=UTC))
    result = slack.driver.command(command, text, user, channel)
    result.reply()
    slack.wait_idle()
    return "\n".join(text_of(m) for m in result.replies())


def click(
    slack: LocalSlack,
    user: str,
    button: dict[str, Any],
    result: Any = None,
    *,
    idle: bool = False,
) -> Any:
    """`user` clicks `button` (its action_id and value) on the ephemeral message that `result`'s
    response URL answers (a command's or a click's), or on one of its own when no result is given.
    `idle`: wait for the work the click started. The click's InteractionResult."""
    kwargs = {"response_url": result.response_url} if result is not None else {}
    reply = slack.driver.click(
        user, {"action_id": button["action_id"], "value": button["value"]}, **kwargs
    )
    if idle:
        slack.wait_idle()
    return reply


def click_answer(slack: LocalSlack, user: str, button: dict[str, Any], result: Any) -> Any:
    """`user` clicks `button` on the ephemeral message that `result`'s response URL answers; the
    last message sent to that URL (the click's answer), once the click's work is done."""
    click(slack, user, button, result, idle=True)
    return slack.api.responses(result.key)[-1]


def post(
    slack: LocalSlack, text: str, ts: str = POSTED, *, user: str = SELLER, **fields: Any
) -> list[Any]:
    """`text` posted by `user` in the sales channel (`fields`: more of the event's fields, as
    channel_message takes them); what the app then said to its author alone (the
    chat.postEphemeral calls), once its work is done."""
    n = len(slack.api.calls)
    assert slack.driver.event(channel_message(text, ts, user=user, **fields)).status == 200
    slack.wait_idle()
    return [c for c in slack.api.calls[n:] if c.method == "chat.postEphemeral"]


# A Slack locale for each of the team languages, as the suites' people have them.
LOCALE_OF = {"en": "en-GB", "nb": "nb-NO", "sv": "sv-SE", "da": "da-DK"}


def set_up_team(
    slack: LocalSlack,
    *,
    manager: str = MANAGER,
    channel: str = SALES_CHANNEL,
    locale: str | None = None,
    users: Sequence[FakeUser] = (),
    locales: Mapping[str, str] | None = None,
    admins: Mapping[str, bool] | None = None,
    members: Sequence[str] | None = None,
    clock: Any = None,
    at: str | datetime | None = None,
    language: str | None = None,
    idle: bool = False,
    reset: bool = True,
    restore: bool = True,
) -> LocalSlack:
    """`/kpi setup` run by `manager` in `channel`, as the Slack-level suites set up their team.
    Before it, in this order: every user of the stand-in given the Slack `locale` ("en-GB", ...);
    `users` added (each with its own locale); `locales` ({user: locale}) and `admins` ({user:
    is_admin}) set for those named; the channel's `members` (else the stand-in's: everyone); the
    test's `clock` set to `at` (an ISO time in UTC, or a datetime). After it: `idle`, the setup's
    work after its reply (its question to the manager) waited for; `language`, the team's language
    stored as the settings form would store it; `reset`, the stand-in's record of calls emptied,
    so a test reads only what its own requests made the app do. `restore`: False runs the
    command even where a setup with the same parameters could be put back (below)."""
    api = slack.api
    if locale is not None:
        for user in api.users.values():
            user.locale = locale
    for user in users:
        api.add_user(user)
    for user_id, user_locale in (locales or {}).items():
        api.users[user_id].locale = user_locale
    for user_id, is_admin in (admins or {}).items():
        api.users[user_id].is_admin = is_admin
    if members is not None:
        api.channel_members[channel] = list(members)
    if at is not None:
        when = at if isinstance(at, datetime) else datetime.fromisoformat(at)
        clock.set(when if when.tzinfo else when.replace(tzinfo=UTC))
    key = _setup_key(slack, manager, channel, language) if restore and RESTORE else None
    if key is not None and key in _SET_UP:
        _SET_UP[key].put_back(slack, reset=reset)
        return slack
    slack.driver.command("/kpi", "setup", manager, channel).reply()
    if idle or key is not None:
        slack.wait_idle()
    if language is not None:
        with session_scope(make_session_factory(slack.engine)) as session:
            team = session.scalars(select(SalesTeam).filter_by(channel_id=channel)).one()
            team.language = language
    if key is not None:
        _SET_UP[key] = SetUpTeam.taken(slack)
    if reset:
        api.reset()
    return slack


# -- A set-up team, restored -------------------------------------------------------------------------
# `/kpi setup` is the suites' most repeated request (~20 ms of CPU on SQLite, more on PostgreSQL,
# before most Slack-level tests). The first time a worker sets up a team with given parameters it
# runs the command and keeps what the setup left (SetUpTeam); a later test that sets up the same
# team on an untouched database and stand-in gets that put back instead of the command run again.
# What the setup leaves: rows (workspaces, sales_teams, managers, sellers) and, on PostgreSQL, the
# sequences' positions; the requester's memory of the manager (bot.services.requester: language,
# how long the profile is fresh, which decides the next command's thread); Bolt's auth.test
# result, which the app asks for once (else the test's next request would make a call the real
# flow did not); the stand-in's record of the calls (users.info, conversations.*, the reply to the
# response URL) and its message-ts counter; the driver's request counter. The parameters are the
# key: the stand-in's users, channels and members as set, the clock's time, who, where, language.
# tests/slack/test_set_up_restored.py: the restored state is a fresh setup's, on both databases.
RESTORE = True  # False: every set_up_team runs the command (a test of the restore sets it)
_SET_UP: dict[tuple, SetUpTeam] = {}


def _setup_key(slack: LocalSlack, manager: str, channel: str, language: str | None) -> tuple | None:
    """The parameters a setup's outcome depends on, or None where it is not to be restored: a
    request already made on this app, a call or a fault already in the stand-in, a real clock."""
    api, driver = slack.api, slack.driver
    replayer = slack.replayer
    clock = getattr(replayer, "clock", None)
    if (
        replayer is None
        or not hasattr(clock, "set")  # the tests' FakeClock only
        or repr(driver._n) != "count(1)"
        or repr(api._ts) != "count(1)"
        or api.calls
        or api._failures
        or api._delays
        or api._allowed
        or api.bot_tokens
        or api.revoked
        or _single_team_auth(slack) is None
        or _single_team_auth(slack).auth_test_result is not None
    ):
        return None
    with slack.engine.connect() as conn:
        if conn.scalar(_ANY_ROW):
            return None
    return (
        slack.engine.dialect.name,
        manager,
        channel,
        language,
        clock.now(),
        api.team_id,
        api.team_name,
        tuple(sorted(repr(u) for u in api.users.values())),
        tuple(sorted((c, tuple(m)) for c, m in api.channel_members.items())),
        tuple(sorted(api.not_member_of)),
        tuple(sorted(api.archived)),
        tuple(sorted(api.deleted)),
        repr(sorted(api.channel_info.items())),
        slack.settings.bot_token,
    )


def _single_team_auth(slack: LocalSlack) -> Any:
    from slack_bolt.middleware.authorization.single_team_authorization import (
        SingleTeamAuthorization,
    )

    app = slack.replayer.app if slack.replayer is not None else None
    for middleware in getattr(app, "_middleware_list", ()):
        if isinstance(middleware, SingleTeamAuthorization):
            return middleware
    return None


def _tables() -> list[Any]:
    from storage.models import Base

    return [t for t in Base.metadata.sorted_tables if t.name != "alembic_version"]


_TABLES = _tables()
_ANY_ROW = select(or_(*(exists(select(1).select_from(t)) for t in _TABLES)))


@dataclass(frozen=True)
class SetUpTeam:
    """What one `/kpi setup` left, to be put back on an untouched database and stand-in."""

    rows: tuple[tuple[Any, tuple[dict[str, Any], ...]], ...]  # (table, its rows), parents first
    sequences: tuple[tuple[str, int], ...]  # PostgreSQL: (sequence, last value) of those used
    language_hint: dict[tuple[str, str], str]
    fresh_until: dict[tuple[str, str], datetime]
    auth_test: Any
    calls: tuple[Any, ...]
    next_ts: int
    next_request: int

    @classmethod
    def taken(cls, slack: LocalSlack) -> SetUpTeam:
        from bot.services import requester

        rows = []
        sequences: list[tuple[str, int]] = []
        with slack.engine.connect() as conn:
            for table in _TABLES:
                found = tuple(dict(r._mapping) for r in conn.execute(select(table)))
                if found:
                    rows.append((table, found))
            if slack.engine.dialect.name == "postgresql":
                sequences = [
                    (name, value)
                    for name, value in conn.execute(
                        text(
                            "SELECT format('%I.%I', schemaname, sequencename), last_value "
                            "FROM pg_sequences WHERE last_value IS NOT NULL"
                        )
                    )
                ]
        api, driver = slack.api, slack.driver
        next_ts, next_request = next(api._ts), next(driver._n)
        api._ts, driver._n = itertools.count(next_ts), itertools.count(next_request)
        return cls(
            tuple(rows),
            tuple(sequences),
            dict(requester._language_hint),
            dict(requester._fresh_until),
            _single_team_auth(slack).auth_test_result,
            tuple(replace(c, params=copy.deepcopy(c.params)) for c in api.calls),
            next_ts,
            next_request,
        )

    def put_back(self, slack: LocalSlack, *, reset: bool) -> None:
        from bot.services import requester

        with slack.engine.begin() as conn:
            for table, rows in self.rows:
                conn.execute(table.insert(), [dict(r) for r in rows])
            for name, value in self.sequences:
                conn.execute(
                    text("SELECT setval(CAST(:s AS regclass), :v, true)"), {"s": name, "v": value}
                )
        requester._language_hint.update(self.language_hint)
        requester._fresh_until.update(self.fresh_until)
        _single_team_auth(slack).auth_test_result = self.auth_test
        api = slack.api
        if not reset:
            with api._lock:
                api.calls.extend(replace(c, params=copy.deepcopy(c.params)) for c in self.calls)
        api._ts = itertools.count(self.next_ts)
        slack.driver._n = itertools.count(self.next_request)


def bare_amounts_in(
    slack: LocalSlack, currency: str, *users: str, channel: str = SALES_CHANNEL
) -> None:
    """Each of `users`, sellers of the team of `channel` whose krone is not its currency (a Swede
    or a Dane in a NOK team), has chosen what their amounts typed without a currency are in, as
    their answer to the question (or `/kpi currency`) stores it (kroner23): a test whose point
    is not the currency goes on unasked, its figures as they were."""
    with session_scope(make_session_factory(slack.engine)) as session:
        team = session.scalars(select(SalesTeam).filter_by(channel_id=channel)).one()
        for user in users:
            seller = repo.seller_by_user(session, team.workspace_id, user)
            assert seller is not None, user
            repo.set_bare_currency(
                session, team.workspace_id, seller.id, team.id, currency, datetime.now(UTC)
            )


# -- the nudge DM, as a seller clicks through it (test_nudges, test_nudge24/25, test_flows26) ----
NUDGE_SELLER = "U0LARS"  # Lars, Oslo, en-GB: the seller the nudge suites drive
NUDGE_CHANNEL = "C0SALES"


def set_up_nudge_team(slack: LocalSlack) -> LocalSlack:
    """The nudge suites' team: sellers in Oslo (Lars) and New York (Nina, en-US), en-GB."""
    nina = FakeUser("U0NINA", "Nina York", tz="America/New_York", locale="en-US")
    return set_up_team(slack, locale="en-GB", users=[nina], reset=False)


def at(clock: Any, when: str) -> None:
    """The test's clock set to `when` (ISO, "Z" for UTC)."""
    clock.set(datetime.fromisoformat(when.replace("Z", "+00:00")))


def log_command(slack: LocalSlack, user: str, text: str, command: str = "/logmeeting") -> None:
    """`command text` typed by `user` in the sales channel (its reply not read)."""
    slack.driver.command(command, text, user, NUDGE_CHANNEL).reply()


def nudge_jobs(slack: LocalSlack) -> Any:
    """The scheduler's jobs on the stand-in's database and Web API."""
    from bot.clock import SystemClock
    from bot.dependencies import Deps
    from bot.jobs import Jobs
    from bot.slack_client import build_client

    client = build_client(slack.settings)
    return Jobs(
        deps=Deps(slack.settings, make_session_factory(slack.engine), SystemClock()),
        client_for=lambda _w: client,
    )


def nudge_pass(slack: LocalSlack, when: str) -> None:
    """The scheduler's nudge pass run at `when` (ISO, UTC)."""
    from freezegun import freeze_time

    with freeze_time(when):
        nudge_jobs(slack).nudge_pass()


def dms(slack: LocalSlack, user: str) -> list[dict[str, Any]]:
    """The DMs posted to `user`, each with its ts as Slack gives it in a click's `message`."""
    return [
        {**c.params, "ts": c.params["_ts"]}
        for c in slack.api.calls_to("chat.postMessage")
        if c.params.get("channel") == user and "_ts" in c.params
    ]


def dm_buttons(dm: dict[str, Any]) -> list[dict[str, Any]]:
    """Every button of a DM, in order."""
    return [el for b in dm["blocks"] for el in b.get("elements", []) if el.get("type") == "button"]


def dm_button(dm: dict[str, Any], action_id: str) -> dict[str, Any]:
    """The DM's first button of `action_id`."""
    for button in dm_buttons(dm):
        if button.get("action_id") == action_id:
            return button
    raise AssertionError(f"no {action_id} button")


def dm_value(dm: dict[str, Any], action_id: str = "nudge_done_already") -> str:
    """The value (the lead) of the DM's one button of `action_id`."""
    [value] = [b["value"] for b in dm_buttons(dm) if b["action_id"] == action_id]
    return value


def dm_click(
    slack: LocalSlack, user: str, dm: dict[str, Any], action_id: str, lead_value: str
) -> dict[str, Any]:
    """`user` clicks a lead's button on the DM; what its response URL was sent."""
    import time

    url = slack.api.response_url(f"nudge-{time.monotonic_ns()}")
    key = url.rsplit("/", 1)[1]
    slack.driver.click(
        user,
        {"action_id": action_id, "value": lead_value},
        response_url=url,
        channel_id=user,
        message=dm,
    )
    return slack.api.wait_for_response(key)


def _opened_form(slack: LocalSlack, user: str, dm: dict[str, Any], action: dict[str, str]) -> Any:
    opened = len(slack.api.calls_to("views.update"))
    slack.driver.click(user, action, channel_id="D0LARS", message=dm)
    slack.api.wait_for_count(lambda c: c.method == "views.update", opened + 1)
    return slack.api.calls_to("views.update")[opened].params["view"]


def open_done_form(
    slack: LocalSlack, user: str, dm: dict[str, Any], lead_value: str
) -> dict[str, Any]:
    """A click on the lead's "Done already" in its DM: the form as it was filled in."""
    return _opened_form(slack, user, dm, {"action_id": "nudge_done_already", "value": lead_value})


def done_values(kind: str, day: str, what: str = "", due: str | None = None) -> dict[str, Any]:
    """The "Done already" form's fields as submitted."""
    return {
        "done_kind": {
            "done_kind_choice": {"type": "radio_buttons", "selected_option": {"value": kind}}
        },
        "date": {"date_picker": {"type": "datepicker", "selected_date": day}},
        "next_what": {"next_what_input": {"type": "plain_text_input", "value": what or None}},
        "next_date": {"next_date_picker": {"type": "datepicker", "selected_date": due}},
    }


def open_plan(
    slack: LocalSlack, dm: dict[str, Any], user: str = NUDGE_SELLER, lead: str | None = None
) -> dict[str, Any]:
    """A click on the DM's "Plan next step" (the one there is, or `lead`'s): the form as it was
    filled in (id V0PLAN)."""
    value = lead or dm_value(dm, "lead_plan_next_step")
    action = {"action_id": "lead_plan_next_step", "value": value}
    return {**_opened_form(slack, user, dm, action), "id": "V0PLAN"}


def plan_values(day: str, at: str | None = None, anyway: bool = False) -> dict[str, Any]:
    """The plan form's fields as submitted ("demo" on `day`, at `at`; `anyway`: ticked)."""
    values = {
        "next_what": {"next_what_input": {"type": "plain_text_input", "value": "demo"}},
        "next_date": {"next_date_picker": {"type": "datepicker", "selected_date": day}},
        "next_time": {"next_time_picker": {"type": "timepicker", "selected_time": at}},
    }
    if anyway:
        values["day_off_ok"] = {
            "day_off_ok_choice": {"type": "checkboxes", "selected_options": [{"value": "yes"}]}
        }
    return values


def lead_ids(slack: LocalSlack) -> list[int]:
    """Every lead's id, oldest first."""
    with session_scope(make_session_factory(slack.engine)) as s:
        return list(s.scalars(select(Lead.id).order_by(Lead.id)))


def first_dm(
    slack: LocalSlack,
    clock: Any,
    *logs: str | tuple[str, str],
    logged: str = "2026-11-13T10:00:00Z",
    nudged: str = "2026-11-16T08:00:00Z",
) -> dict[str, Any]:
    """Lars logs each of `logs` at `logged` ("Acme warm" by /logmeeting, or (text, command)),
    the nudge pass runs at `nudged` (a Monday 09:00 in Stockholm); his one DM, the clock set
    five minutes after it."""
    at(clock, logged)
    for entry in logs:
        text, command = (entry, "/logmeeting") if isinstance(entry, str) else entry
        log_command(slack, NUDGE_SELLER, text, command)
    nudge_pass(slack, nudged)
    [dm] = dms(slack, NUDGE_SELLER)
    clock.set(datetime.fromisoformat(nudged.replace("Z", "+00:00")) + timedelta(minutes=5))
    return dm


def done_form(slack: LocalSlack, dm: dict[str, Any], form_id: str) -> dict[str, Any]:
    """Lars's "Done already" form opened from the DM's one lead, as Slack keeps it (`form_id`)."""
    return {**open_done_form(slack, NUDGE_SELLER, dm, dm_value(dm)), "id": form_id}


def pick_plan_day(slack: LocalSlack, form: dict[str, Any], day: str) -> tuple[Any, int]:
    """`day` picked in the plan form's datepicker (it dispatches at once); the click's answer,
    and how many views.update calls there were before it."""
    updates = len(slack.api.calls_to("views.update"))
    answer = slack.driver.click(
        NUDGE_SELLER,
        {"type": "datepicker", "action_id": "next_date_picker", "block_id": "next_date",
         "selected_date": day},
        view={**form, "hash": "h1"},
    )  # fmt: skip
    return answer, updates


def press(
    slack: LocalSlack, dm: dict[str, Any], action_id: str, user: str = NUDGE_SELLER
) -> dict[str, Any]:
    """`user` clicks the DM's (first) `action_id` button; what its response URL was sent."""
    return dm_click(slack, user, dm, action_id, dm_button(dm, action_id)["value"])


def separate_offer(slack: LocalSlack, text: str, user: str = NUDGE_SELLER) -> None:
    """`/logoffer text` to a customer with an open offer, and "It's a separate offer" clicked
    under its confirmation: a deal of its own, the customer's newer lead."""
    result = slack.driver.command("/logoffer", text, user, NUDGE_CHANNEL)
    [separate] = [b for b in buttons(result.reply()) if b["action_id"] == "offer_separate"]
    click_answer(slack, user, separate, result)


# -- the "Record all" conversation (test_conv25, test_flows26) -------------------------------------
def set_up_team_speaking(slack: LocalSlack, language: str) -> LocalSlack:
    """`set_up_team` with everyone's Slack in `language`; a Swede's bare "tkr" in the NOK team
    counts in SEK (asked once otherwise: review25), so a test about another thing goes on."""
    team = set_up_team(slack, locale=LOCALE_OF[language])
    if language == "sv":
        bare_amounts_in(team, "SEK", MANAGER)
    return team


def option(message: dict[str, Any], option: str) -> dict[str, Any]:
    """A question's button that answers `option` ("record_all", "cancel", ...)."""
    return next(b for b in buttons(message) if b["value"].endswith(f"|{option}"))


def record_all(slack: LocalSlack, text: str, ts: str, user: str = MANAGER) -> dict[str, Any]:
    """`text` posted at `ts`, its "Record all" clicked: the confirmation (with its Undo)."""
    [note] = post(slack, text, ts, user=user)
    click(slack, user, option(note.params, "record_all"), idle=True)
    return slack.api.calls_to("response_url")[-1].params


def edit(
    slack: LocalSlack, ts: str, before: str, after: str, when: str, user: str = MANAGER
) -> list[Any]:
    """The message at `ts` edited from `before` into `after` at `when` (the edit's ts); what the
    app then did."""
    n = len(slack.api.calls)
    event = message_edited(ts, after, before=before, at=when, user=user)
    assert slack.driver.event(event).status == 200
    slack.wait_idle()
    return slack.api.calls[n:]


def ephemerals(calls: Sequence[Any]) -> list[dict[str, Any]]:
    """What `calls` said to one person alone (chat.postEphemeral), in order."""
    return [c.params for c in calls if c.method == "chat.postEphemeral"]


def unreacted(calls: Sequence[Any]) -> int:
    """How many ✅ (or other reactions) `calls` took off messages."""
    return sum(c.method == "reactions.remove" for c in calls)
