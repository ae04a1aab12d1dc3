"""/kpi: the seller's own tools (undo, help)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot import i18n
from bot.deps import Deps
from bot.errors import EXAMPLES
from bot.listeners import who as who_mod
from bot.listeners.replies import undone_reply
from bot.rendering.blocks import text_message
from bot.rendering.text import render
from bot.services import recording
from storage import repositories as repo
from storage.db import session_scope

HELP_WORDS = {"", "help", "hjelp", "hjälp", "hjaelp", "?"}
UNDO_WORDS = {"undo", "angre", "ångra", "angra", "fortryd"}


def handle_kpi_command(
    ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    deps: Deps = context["deps"]
    who = who_mod.resolve(
        deps, client, command["team_id"], command["user_id"], command.get("channel_id")
    )
    words = (command.get("text") or "").split()
    sub = words[0].casefold() if words else ""
    if sub in UNDO_WORDS:
        respond(**undo_last(deps, who), response_type="ephemeral")
    else:
        unknown = None if sub in HELP_WORDS else " ".join(words)[:50]
        respond(**help_message(who.language, unknown), response_type="ephemeral")


def help_message(language: str, unknown: str | None) -> dict[str, Any]:
    t = i18n.translations(language)
    examples = {kind: t.gettext(example) for kind, example in EXAMPLES.items()}
    return text_message(render(language, "help", unknown=unknown, examples=examples))


def undo_last(deps: Deps, who: who_mod.Who) -> dict[str, Any]:
    with session_scope(deps.session_factory) as session:
        last = repo.last_live_activity(session, who.workspace_id, who.seller_id)
        result = recording.undo(
            session,
            who.workspace_id,
            last,
            by_user=who.user_id,
            by_manager=who.is_manager,
            now=deps.clock.now(),
        )
        return undone_reply(who.language, result.state, result.activity)
