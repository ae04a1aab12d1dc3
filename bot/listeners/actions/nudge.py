"""The buttons on a nudge DM: Snooze 3 days, Mark cold, Mark lost. Each click updates the DM in
place from the leads' state, so a second click shows the same result and changes nothing more."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.deps import Deps
from bot.domain import ActivityKind, Source
from bot.ids import ActionId
from bot.listeners import who as who_mod
from bot.rendering.blocks import text_message
from bot.rendering.nudge import lead_ids_of, nudge_message
from bot.rendering.text import render
from bot.services import recording
from bot.services.commands import LogCommand
from bot.services.nudges import SNOOZE_DAYS
from storage import repositories as repo
from storage.db import session_scope


def rerender(
    deps: Deps, workspace_id: str, language: str, lead_ids: list[int], today: Any
) -> dict[str, Any]:
    with session_scope(deps.session_factory) as session:
        leads = [
            lead
            for i in lead_ids
            if (lead := repo.lead_by_id(session, workspace_id, i)) is not None
        ]
        return nudge_message(language, leads, today)


def handle_nudge_button(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
) -> None:
    ack()
    deps: Deps = context["deps"]
    workspace_id = context.team_id  # Bolt reads it from the payload
    user_id = body["user"]["id"]
    who = who_mod.resolve(deps, client, workspace_id, user_id, None)
    lead_id = int(action.get("value") or 0)
    with session_scope(deps.session_factory) as session:
        lead = repo.lead_by_id(session, workspace_id, lead_id)
        if lead is None or not who_mod.may_act_for(session, workspace_id, user_id, lead.owner):
            refused = True
        else:
            refused = False
            kind = action["action_id"]
            if kind == ActionId.NUDGE_SNOOZE.value:
                lead.snoozed_until = who.today + timedelta(days=SNOOZE_DAYS)
            elif kind == ActionId.NUDGE_COLD.value:
                if lead.temperature != "cold":
                    lead.temperature = "cold"
                    lead.updated_at = deps.clock.now()
            elif kind == ActionId.NUDGE_LOST.value and lead.status == "open":
                owner = lead.owner
                recording.record(
                    session,
                    recording.Actor(workspace_id, owner, None, lead.currency or who.currency),
                    LogCommand(kind=ActivityKind.LOSS, customer=lead.customer.name, when=who.today),
                    source=Source.BUTTON,
                    source_ref=f"nudge-lost:{lead.id}",  # a second click finds this and stops
                    now=deps.clock.now(),
                )
    if refused:
        respond(
            **text_message(render(who.language, "not_your_lead")),
            replace_original=False,
            response_type="ephemeral",
        )
        return
    ids = lead_ids_of(body.get("message") or {}) or [lead_id]
    respond(**rerender(deps, workspace_id, who.language, ids, who.today), replace_original=True)


def register(app: App) -> None:
    for action_id in (ActionId.NUDGE_SNOOZE, ActionId.NUDGE_COLD, ActionId.NUDGE_LOST):
        app.action(action_id.value)(handle_nudge_button)
