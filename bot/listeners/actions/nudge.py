"""The buttons on a nudge DM: Snooze 3 working days, Mark cold, Mark lost. Each click updates the DM in
place from the leads' state, so a second click shows the same result and changes nothing more."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.ids import ActionId, button_number
from bot.listeners.guard import guarded
from bot.rendering.blocks import text_message
from bot.rendering.nudge import lead_ids_of, nudge_message_redrawn
from bot.rendering.text import mention, render
from bot.services import leads
from bot.services.leads import NudgeChoice
from bot.unit_of_work import Request

# Why a click changed nothing, by leads.GONE / leads.NOT_YOURS: the template that says so.
REFUSALS = {
    leads.GONE: "lead_gone",
    leads.NOT_YOURS: "not_your_lead",
    leads.CLOSED: "lead_closed",  # "Done already" only: won or lost since the DM
}
CHOICES = {
    ActionId.NUDGE_SNOOZE: NudgeChoice.SNOOZE,
    ActionId.NUDGE_COLD: NudgeChoice.COLD,
    ActionId.NUDGE_LOST: NudgeChoice.LOST,
}


def refusal_text(language: str, refused: str, owner: str | None, choice: str) -> str:
    """Why a click changed nothing. A colleague's lead (a shared DM, a forwarded message): whose
    it is, and that only they can do what was clicked (`choice`: a NudgeChoice, or "done")."""
    if refused == leads.NOT_YOURS and owner is not None:
        return render(language, "not_your_lead_to", choice=choice, owner=mention(owner))
    return render(language, REFUSALS[refused])


def handle_nudge_button(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    context: BoltContext,
) -> None:
    ack()
    request: Request = context["request"]
    lead_id = button_number(action.get("value"))
    choice = CHOICES[ActionId(action["action_id"])]
    shown = lead_ids_of(body.get("message") or {}) or [lead_id]
    with request.writing() as uow:
        who = uow.who
        answered = leads.answer_nudge(uow.session, who, lead_id, choice, shown, now=uow.now)
    if answered.refused is not None:
        respond(
            **text_message(
                refusal_text(who.language, answered.refused, answered.owner, choice.value)
            ),
            replace_original=False,
            response_type="ephemeral",
        )
        return
    sent = body.get("message") or {}
    redrawn = nudge_message_redrawn(
        sent, who.language, answered.leads, who.today, who.own_currency or who.currency
    )
    respond(**redrawn, replace_original=True)


def register(app: App) -> None:
    for action_id in CHOICES:
        app.action(action_id.value)(guarded(handle_nudge_button))
