"""“Plan next step” on a warm lead: a small modal (what + date) that stores the next activity."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack, BoltContext
from slack_sdk import WebClient

from bot.deps import Deps
from bot.ids import ActionId
from bot.listeners import who as who_mod
from bot.rendering.blocks import next_step_modal
from bot.rendering.nudge import lead_ids_of
from bot.rendering.text import render
from storage import repositories as repo
from storage.db import session_scope


def handle_plan_next_step(
    ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    ack()
    deps: Deps = context["deps"]
    workspace_id = context.team_id  # Bolt reads it from the payload
    user_id = body["user"]["id"]
    language = who_mod.language_hint(workspace_id, user_id)
    metadata = {
        "lead": int(action.get("value") or 0),
        "from": (body.get("container") or {}).get("type"),
        "response_url": body.get("response_url"),
        # A nudge DM re-renders its leads after the step is planned.
        "leads": lead_ids_of(body.get("message") or {}),
    }
    # views.open first: the trigger_id is good for 3 seconds, once.
    opened = client.views_open(
        trigger_id=body["trigger_id"],
        view=next_step_modal(language, None, json.dumps(metadata), None),
    )
    who = who_mod.resolve(deps, client, workspace_id, user_id, None)
    with session_scope(deps.session_factory) as session:
        lead = repo.lead_by_id(session, workspace_id, metadata["lead"])
        allowed = lead is not None and who_mod.may_act_for(
            session, workspace_id, user_id, lead.owner
        )
        customer = lead.customer.name if lead is not None else None
    if not allowed:
        client.views_update(
            view_id=opened["view"]["id"],
            view=next_step_modal(
                who.language, None, json.dumps(metadata), render(who.language, "not_your_lead")
            ),
        )
        return
    client.views_update(
        view_id=opened["view"]["id"],
        view=next_step_modal(who.language, customer, json.dumps(metadata), None),
    )


def register(app: Any) -> None:
    app.action(ActionId.PLAN_NEXT_STEP.value)(handle_plan_next_step)
