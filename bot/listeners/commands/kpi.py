"""/kpi: the seller's own tools (undo, help)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot import i18n
from bot.deps import Deps
from bot.errors import EXAMPLES
from bot.listeners import who as who_mod
from bot.listeners.commands import kpi_me, kpi_team
from bot.listeners.replies import undone_reply
from bot.rendering.blocks import text_message
from bot.rendering.text import render
from bot.services import recording
from bot.services.dates import fold
from storage import repositories as repo
from storage.db import session_scope

# Subcommands, with the words people use for them in four languages (accents folded).
ME_WORDS = {"", "me", "meg", "mig", "jeg", "jag", "status"}
HELP_WORDS = {"help", "hjelp", "hjalp", "hjaelp", "?"}
UNDO_WORDS = {"undo", "angre", "angra", "fortryd"}
SETUP_WORDS = {"setup", "oppsett", "installer", "satt", "opsaetning"}
SETTINGS_WORDS = {"settings", "innstillinger", "installningar", "indstillinger"}
MANAGER_WORDS = {"managers", "manager", "ledere", "chefer", "chefs"}
GOAL_WORDS = {"goal", "goals", "mal"}
AWAY_WORDS = {"away", "borte", "bortrest", "ledig", "ferie", "semester", "vaek", "franvarande"}
BACK_WORDS = {"back", "tilbake", "tillbaka", "tilbage"}
CUSTOMER_WORDS = {"customer", "kunde", "kund"}


def handle_kpi_command(
    ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    deps: Deps = context["deps"]
    who = who_mod.resolve(
        deps, client, command["team_id"], command["user_id"], command.get("channel_id")
    )
    text = command.get("text") or ""
    words = text.split()
    sub = fold(words[0]) if words else ""
    rest = text.split(None, 1)[1] if len(words) > 1 else ""

    def say(message: dict[str, Any] | None) -> None:
        if message is not None:
            respond(**message, response_type="ephemeral")

    if sub in ME_WORDS:
        for message in kpi_me.me(deps, who):
            say(message)
    elif sub in UNDO_WORDS:
        say(undo_last(deps, who))
    elif sub in SETUP_WORDS:
        say(kpi_team.setup(deps, client, who, command.get("channel_id")))
    elif sub in SETTINGS_WORDS:
        say(kpi_team.open_settings(deps, client, who, command["trigger_id"]))
    elif sub in MANAGER_WORDS:
        say(kpi_team.managers(deps, who, words, text))
    elif sub in GOAL_WORDS:
        say(kpi_team.goal(deps, who, rest))
    elif sub in AWAY_WORDS:
        say(kpi_me.away(deps, who, rest))
    elif sub in BACK_WORDS:
        say(kpi_me.back(deps, who))
    elif sub in CUSTOMER_WORDS:
        say(kpi_me.customer_tier(deps, who, rest))
    else:
        unknown = None if sub in HELP_WORDS else " ".join(words)[:50]
        say(help_message(who.language, unknown))


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
