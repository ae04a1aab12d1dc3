"""The Undo button under every confirmation."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.ids import ActionId, button_number
from bot.listeners.events.app_home import publish_home
from bot.listeners.events.messages import take_back_reaction
from bot.listeners.guard import guarded
from bot.rendering.blocks import plan_undo_read, undo_all_ids
from bot.rendering.replies import undone_all_reply, undone_plan_reply, undone_reply
from bot.services import activities
from bot.unit_of_work import Request


def handle_undo_click(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
) -> None:
    ack()
    request: Request = context["request"]
    plan = plan_undo_read(action.get("value"))
    if plan is not None:  # under "Planned: …" (mendE32): the step taken back, nothing counted
        made, message = plan
        with request.writing() as uow:
            undone_plan = activities.undo_plan(uow.session, uow.who, made, now=uow.now)
        if undone_plan.state == "undone":
            take_back_reaction(client, message)
        replace_plan = undone_plan.state in {"undone", "already"}
        respond(
            **undone_plan_reply(request.language, undone_plan),
            replace_original=replace_plan,
            **({} if replace_plan else {"response_type": "ephemeral"}),
        )
        return
    every = undo_all_ids(action.get("value"))
    if every is not None:  # under "Recorded all N": all N at once (session 25)
        with request.writing() as uow:
            gone = activities.undo_all(uow.session, uow.who, every, now=uow.now)
        take_back_reaction(client, gone.message)
        replace_it = gone.state in {"undone", "already"}
        respond(
            **undone_all_reply(request.language, gone),
            replace_original=replace_it,
            **({} if replace_it else {"response_type": "ephemeral"}),
        )
        return
    activity_id = button_number(action.get("value"))
    with request.writing() as uow:
        undone = activities.undo_by_id(uow.session, uow.who, activity_id, now=uow.now)
    take_back_reaction(client, undone.message)
    if not body.get("response_url"):
        # Clicked in the App Home: show the dashboard as it is now.
        publish_home(request, client)
        return
    reply = undone_reply(request.language, undone)
    if undone.state in {"undone", "already"}:
        # The confirmation turns into the undo note, so the button cannot be pressed again.
        respond(**reply, replace_original=True)
    else:
        respond(**reply, replace_original=False, response_type="ephemeral")


def register(app: App) -> None:
    app.action(ActionId.UNDO.value)(guarded(handle_undo_click))
