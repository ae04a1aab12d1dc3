"""Small readers used across tests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from bot.offline.harness import LocalSlack
from bot.rendering.text import message_text
from bot.services.export import record_of
from storage import repositories as repo
from storage.db import make_session_factory, session_scope
from storage.models import Activity, Customer, Lead


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
