"""/kpi (me), /kpi away, /kpi back, /kpi customer: a seller's own tools."""

from __future__ import annotations

from typing import Any

from bot.rendering.blocks import text_message
from bot.rendering.status import seller_detail_messages
from bot.rendering.text import render
from bot.services import sellers
from bot.unit_of_work import Request


def me(request: Request) -> list[dict[str, Any]]:
    """The seller's own week and quarter against goals (also outside any team)."""
    with request.reading() as uow:
        who = uow.who
        mine = sellers.my_figures(uow.session, who)
    note = None if mine.in_team else render(who.language, "no_team_note")
    return seller_detail_messages(mine.status, mine.report, who.language, mine.leads, note=note)


def away(request: Request, text: str) -> dict[str, Any]:
    with request.writing() as uow:
        who = uow.who
        until = sellers.go_away(uow.session, who, text, now=uow.now)
    return text_message(render(who.language, "away", state="away", until=until))


def back(request: Request) -> dict[str, Any]:
    with request.writing() as uow:
        who = uow.who
        was_away = sellers.come_back(uow.session, who)
    state = "back" if was_away else "not_away"
    return text_message(render(who.language, "away", state=state, until=None))


def customer_tier(request: Request, text: str) -> dict[str, Any]:
    with request.writing() as uow:
        who = uow.who
        outcome = sellers.set_tier(uow.session, who, text)
    if isinstance(outcome, sellers.DidYouMean):
        return text_message(
            render(
                who.language,
                "did_you_mean",
                customer=outcome.typed,
                names=", ".join(outcome.names),
            )
        )
    return text_message(
        render(who.language, "tier_set", customer=outcome.customer, tier=outcome.tier)
    )
