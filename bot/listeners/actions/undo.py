"""The Undo button under every confirmation."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.deps import Deps
from bot.ids import ActionId
from bot.listeners import who as who_mod
from bot.listeners.events.app_home import publish_home
from bot.listeners.replies import undone_reply
from bot.services import recording
from storage import repositories as repo
from storage.db import session_scope


def handle_undo_click(
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
    who = who_mod.resolve(
        deps, client, workspace_id, user_id, (body.get("channel") or {}).get("id")
    )
    try:
        activity_id = int(action.get("value", ""))
    except ValueError:
        activity_id = -1
    with session_scope(deps.session_factory) as session:
        activity = repo.activity_by_id(session, workspace_id, activity_id)
        result = recording.undo(
            session,
            workspace_id,
            activity,
            by_user=user_id,
            by_manager=activity is not None
            and who_mod.may_act_for(session, workspace_id, user_id, activity.seller),
            now=deps.clock.now(),
        )
        reply = undone_reply(who.language, result.state, result.activity)
    if not body.get("response_url"):
        # Clicked in the App Home: show the dashboard as it is now.
        publish_home(deps, client, workspace_id, user_id)
        return
    if result.state in {"undone", "already"}:
        # The confirmation turns into the undo note, so the button cannot be pressed again.
        respond(**reply, replace_original=True)
    else:
        respond(**reply, replace_original=False, response_type="ephemeral")


def register(app: App) -> None:
    app.action(ActionId.UNDO.value)(handle_undo_click)
