"""Submitting “Plan next step”: the lead gets its next activity (owner or manager only)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.webhook import WebhookClient

from bot import i18n
from bot.deps import Deps
from bot.errors import MESSAGES, UserError, message_params
from bot.ids import BlockId, InputId, ViewId
from bot.listeners import who as who_mod
from bot.listeners.events.app_home import publish_home
from bot.services.commands import has_control_chars
from bot.services.dates import check_next_date
from storage import repositories as repo
from storage.db import session_scope


def handle_next_step_submission(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    deps: Deps = context["deps"]
    meta = json.loads(view.get("private_metadata") or "{}")
    workspace_id = context.team_id  # Bolt reads it from the payload
    user_id = body["user"]["id"]
    # No Slack calls before ack (3 s): the cached profile is enough here.
    who = who_mod.resolve(deps, client, workspace_id, user_id, None, refresh=False)
    t = i18n.translations(who.language)
    values = view["state"]["values"]
    what = " ".join(
        ((values.get(BlockId.NEXT_WHAT.value) or {}).get(InputId.NEXT_WHAT.value) or {})
        .get("value", "")
        .split()
    )
    raw = ((values.get(BlockId.NEXT_DATE.value) or {}).get(InputId.NEXT_DATE.value) or {}).get(
        "selected_date"
    )
    errors: dict[str, str] = {}
    if not what or has_control_chars(what):
        errors[BlockId.NEXT_WHAT.value] = t.gettext(
            "Say what the next step is, for example “demo”."
        )
    due = None
    try:
        due = check_next_date(date.fromisoformat(raw), who.today) if raw else None
        if due is None:
            message = MESSAGES["missing_next_date"]
            errors[BlockId.NEXT_DATE.value] = t.gettext(message)
    except UserError as err:
        params = message_params(err.params, lambda d: i18n.format_day(d, who.language))
        errors[BlockId.NEXT_DATE.value] = t.gettext(MESSAGES[err.code]) % params
    if errors:
        ack(response_action="errors", errors=errors)
        return
    with session_scope(deps.session_factory) as session:
        lead = repo.lead_by_id(session, workspace_id, int(meta.get("lead") or 0))
        if lead is None or not who_mod.may_act_for(session, workspace_id, user_id, lead.owner):
            ack(
                response_action="errors",
                errors={
                    BlockId.NEXT_WHAT.value: t.gettext(
                        "Only the lead's owner or a manager can plan its next step."
                    )
                },
            )
            return
        lead.next_step, lead.next_step_due = what[:200], due
        lead.updated_at = deps.clock.now()
    ack()
    if meta.get("from") == "view":
        publish_home(deps, client, workspace_id, user_id)
    elif meta.get("leads") and meta.get("response_url"):
        from bot.listeners.actions.nudge import rerender

        message = rerender(deps, workspace_id, who.language, meta["leads"], who.today)
        WebhookClient(meta["response_url"]).send(**message, replace_original=True)


def register(app: App) -> None:
    app.view(ViewId.PLAN_NEXT_STEP.value)(handle_next_step_submission)
