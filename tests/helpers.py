"""Small readers used across tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import event, func, select
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
    (the corpora are read by every test worker at collection)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506 (a safe loader)


def stored(slack: LocalSlack, workspace_id: str | None = None) -> list[dict[str, Any]]:
    """Live activities as `kpibot export` would print them."""
    with session_scope(make_session_factory(slack.engine)) as session:
        return [
            record_of(a) for a in repo.activities_for_export(session, workspace_id=workspace_id)
        ]


def count_rows(slack: LocalSlack, model: type = Activity) -> int:
    with session_scope(make_session_factory(slack.engine)) as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def leads(slack: LocalSlack) -> list[Lead]:
    with session_scope(make_session_factory(slack.engine)) as session:
        return list(session.scalars(select(Lead).order_by(Lead.id)))


def customers(slack: LocalSlack) -> list[str]:
    with session_scope(make_session_factory(slack.engine)) as session:
        return list(session.scalars(select(Customer.name).order_by(Customer.id)))


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
) -> LocalSlack:
    """`/kpi setup` run by `manager` in `channel`, as the Slack-level suites set up their team.
    Before it, in this order: every user of the stand-in given the Slack `locale` ("en-GB", ...);
    `users` added (each with its own locale); `locales` ({user: locale}) and `admins` ({user:
    is_admin}) set for those named; the channel's `members` (else the stand-in's: everyone); the
    test's `clock` set to `at` (an ISO time in UTC, or a datetime). After it: `idle`, the setup's
    work after its reply (its question to the manager) waited for; `language`, the team's language
    stored as the settings form would store it; `reset`, the stand-in's record of calls emptied,
    so a test reads only what its own requests made the app do."""
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
    slack.driver.command("/kpi", "setup", manager, channel).reply()
    if idle:
        slack.wait_idle()
    if language is not None:
        with session_scope(make_session_factory(slack.engine)) as session:
            team = session.scalars(select(SalesTeam).filter_by(channel_id=channel)).one()
            team.language = language
    if reset:
        api.reset()
    return slack
