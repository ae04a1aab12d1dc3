"""Small readers used across tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import func, select

from bot.offline.harness import LocalSlack
from bot.rendering.text import message_text
from bot.services.export import record_of
from storage import repositories as repo
from storage.db import make_session_factory, session_scope
from storage.models import Activity, Customer, Lead


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
