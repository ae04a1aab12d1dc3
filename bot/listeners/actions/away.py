"""A click on "Only Fri 4 Dec" or "From today to Fri 4 Dec" under `/kpi away fredag`, or on the
days gone or the coming ones under `/kpi away fredag-mandag`: the clicker's own days away are
the ones the button carries (checked again, as typed days are)."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond

from bot.errors import UserError
from bot.ids import ActionId
from bot.listeners.guard import guarded
from bot.rendering.away import away_message, read_away_value
from bot.services import sellers
from bot.unit_of_work import Request


def handle_away_choice(
    ack: Ack, action: dict[str, Any], respond: Respond, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    days = read_away_value(action.get("value"))
    if days is None:
        raise UserError("away_syntax")  # no button of kpibot's carries such a value
    with request.writing() as uow:
        who = uow.who
        away = sellers.choose_away(uow.session, who, *days, now=uow.now)
    # The question becomes what is stored; a second click says the same (one period).
    respond(
        **away_message(who.language, who.today, away.starts_on, away.ends_on),
        replace_original=True,
    )


def register(app: App) -> None:
    app.action(ActionId.AWAY_ONE_DAY.value)(guarded(handle_away_choice))
    app.action(ActionId.AWAY_UNTIL.value)(guarded(handle_away_choice))
    app.action(ActionId.AWAY_GONE.value)(guarded(handle_away_choice))
    app.action(ActionId.AWAY_COMING.value)(guarded(handle_away_choice))
    app.action(ActionId.AWAY_CHOICE_1.value)(guarded(handle_away_choice))
    app.action(ActionId.AWAY_CHOICE_2.value)(guarded(handle_away_choice))
    app.action(ActionId.AWAY_CHOICE_3.value)(guarded(handle_away_choice))
    app.action(ActionId.AWAY_CHOICE_4.value)(guarded(handle_away_choice))
