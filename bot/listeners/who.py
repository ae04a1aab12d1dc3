"""TRANSITIONAL: the old per-listener requester lookup, kept only until every listener takes the
request's unit of work (bot.unit_of_work). Deleted before this branch lands."""

from __future__ import annotations

from slack_sdk import WebClient

from bot.deps import Deps
from bot.middleware import profile_source
from bot.services.requester import Who, language_hint, may_act_for  # noqa: F401
from bot.unit_of_work import Request


def resolve(
    deps: Deps,
    client: WebClient,
    workspace_id: str,
    user_id: str,
    channel_id: str | None,
    *,
    refresh: bool = True,
) -> Who:
    request = Request(
        deps, workspace_id, user_id, channel_id, deps.clock.now(),
        profile_source(client) if refresh else None,
    )
    with request.writing() as uow:
        return uow.who
