"""/teamstatus [this week|last week|YYYY-Www] [@seller] and /teamstatus customers."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, BoltContext, Respond

from bot import i18n
from bot.errors import UserError
from bot.rendering.coaching import funnel_messages, funnel_text
from bot.rendering.status import (
    before_team_message,
    own_view_messages,
    portfolio_messages,
    quarter_messages,
    seller_detail_messages,
    team_status_messages,
)
from bot.services import coaching, status
from bot.services.dates import fold
from bot.services.kpi_args import MENTION, as_typed, without_emoji
from bot.unit_of_work import Request

CUSTOMER_WORDS = {
    *("customers", "customer", "kunder", "kunde", "portfolio", "portefolje", "portfolj"),
    *("kundeportefolje", "kundportfolj", "kundeportfolio", "kundportfolio", "accounts"),
}
FUNNEL_WORDS = {"funnel", "trakt", "salgstrakt", "tratt", "saljtratt", "tragt", "salgstragt"}


def handle_teamstatus_command(
    ack: Ack, command: dict[str, Any], respond: Respond, context: BoltContext
) -> None:
    ack()
    request: Request = context["request"]
    request.example = "week"
    text = without_emoji(as_typed(command.get("text") or ""))  # entities and links as typed
    words = text.split()
    if words and fold(words[0]) in CUSTOMER_WORDS:
        messages = portfolio(request)
    elif words and fold(words[0]) in FUNNEL_WORDS:
        messages = funnel(request, " ".join(words[1:]))
    elif len(mentioned := set(MENTION.findall(text))) > 1:
        # "/teamstatus @mette @lars": one seller's week at a time, never the first alone
        raise UserError("one_person", command="/teamstatus", count=len(mentioned))
    else:
        messages = week_status(request, text)
    for message in messages:
        respond(**message, response_type="ephemeral")


def week_status(request: Request, text: str) -> list[dict[str, Any]]:
    with request.reading() as uow:
        who = uow.who
        answer = status.week_status(uow.session, who, text)
    if isinstance(answer, status.TeamWeek):
        return team_status_messages(answer.report, who.language)
    if isinstance(answer, status.SellerWeek):
        return seller_week_messages(answer, who.language)
    if isinstance(answer, status.BeforeTeam):
        return [before_team_message(answer, who.language)]
    if isinstance(answer, status.QuarterView):  # a quarter that has ended (views33)
        return quarter_messages(answer, who.language)
    return own_view_messages(
        answer.status, answer.report, who.language, answer.leads, answer.offers
    )


def seller_week_messages(answer: status.SellerWeek, language: str) -> list[dict[str, Any]]:
    """One seller's week for a manager, with the coaching facts."""
    facts = (
        funnel_text(answer.funnel, answer.report.currency, language)
        if answer.funnel is not None
        else None
    )
    return seller_detail_messages(
        answer.status, answer.report, language, answer.leads, offers=answer.offers, funnel=facts
    )


def funnel(request: Request, text: str) -> list[dict[str, Any]]:
    """Managers: each seller's funnel, loss reasons, next activities and A-customers due;
    `/teamstatus funnel last week` as it stood at that week's end."""
    with request.reading() as uow:
        who = uow.who
        week = status.parse_week_text(text, who)
        view = coaching.team_funnel(uow.session, who, week)
    return funnel_messages(view, who.language)


def portfolio(request: Request) -> list[dict[str, Any]]:
    with request.reading() as uow:
        who = uow.who
        answer = status.portfolio(uow.session, who)
    label = i18n.translate(who.language, "the last 12 months")
    return portfolio_messages(answer, who.language, label)
