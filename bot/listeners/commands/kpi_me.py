"""/kpi (me), /kpi away, /kpi back, /kpi language, /kpi customer: a seller's own tools, and
keeping customers clean."""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from slack_sdk import WebClient

from bot.errors import UserError
from bot.listeners.commands.teamstatus import seller_week_messages
from bot.listeners.people import must_be_a_colleague
from bot.rendering.away import (
    away_choice_question,
    away_message,
    away_question,
    away_range_question,
)
from bot.rendering.blocks import text_message
from bot.rendering.coaching import callday_message
from bot.rendering.customers import customer_reply, owner_notice
from bot.rendering.plan import plan_message
from bot.rendering.settings import LANGUAGE_NAMES
from bot.rendering.status import before_team_message, quarter_messages, seller_detail_messages
from bot.rendering.text import render
from bot.services import coaching, customer_admin, planning, sellers, status, teams
from bot.services.kpi_args import (
    ended_quarter,
    names_a_longer_period,
    only_a_quarter,
    parse_week,
)
from bot.services.kpis import Quarter, Week
from bot.slack_client import SLACK_CALL_ERRORS, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)


def me(
    request: Request, week_text: str = "", *, named_me: bool = True
) -> list[dict[str, Any]] | None:
    """The seller's own week and quarter against goals (also outside any team); with a week
    that has ended ("last week", "v47"), that week as it stood at its end. Words that are no
    week: an error after "/kpi me", else None (the caller shows help). One read."""
    with request.reading() as uow:
        who = uow.who
        if not week_text.strip():
            answer: (
                status.SellerWeek | sellers.MyFigures | status.QuarterView | status.BeforeTeam
            ) = sellers.my_figures(uow.session, who)
        else:
            week = named_week(week_text, who.today)
            ended = ended_quarter(week_text, who.today) if week is None else None
            if ended is not None:
                # views33: "/kpi forrige kvartal", "/kpi Q3": shown any day after its last day
                # (was: the week it ended in named, shown from the Monday after it)
                answer = status.own_quarter(uow.session, who, ended)
            elif week is None:
                if not named_me and not names_a_longer_period(week_text):
                    return None  # help; "/kpi forrige måned", "/kpi Q4": said, as after "me"
                said = " ".join(week_text.split())[:60]
                quarter = str(Quarter.of(who.today))
                if only_a_quarter(week_text):  # "/kpi kvartal", "/kpi Q2": this one, or to come
                    raise UserError("quarter_in_kpi", text=said, quarter=quarter)
                if names_a_longer_period(week_text):  # "/kpi mai", "/kpi forrige måned"
                    raise UserError("longer_in_kpi", text=said, quarter=quarter)
                # Another seller is /teamstatus's: this week shown instead would be an answer
                # to a question not asked.
                raise UserError("me_reads_nothing", words=week_text.strip()[:80])
            else:
                answer = status.own_week(uow.session, who, week)
    if isinstance(answer, status.QuarterView):
        return quarter_messages(answer, who.language)
    if isinstance(answer, status.BeforeTeam):
        return [before_team_message(answer, who.language, command="/kpi")]
    if isinstance(answer, status.SellerWeek):
        return seller_week_messages(answer, who.language)
    note = None if answer.in_team else render(who.language, "no_team_note")
    return seller_detail_messages(
        answer.status, answer.report, who.language, answer.leads, note=note, offers=answer.offers
    )


def named_week(text: str, today: date) -> Week | None:
    """The week `text` is, when it is a week and nothing else ("forrige uke", "last week",
    "v47"); None for anything else (a mention, other words)."""
    if not text.strip() or "<@" in text:
        return None
    try:
        return parse_week(text, today=today)
    except (ValueError, UserError):
        return None


def plan(request: Request, text: str) -> dict[str, Any]:
    """`/kpi plan [@seller]`: the quarter's revenue goal worked backwards into this week."""
    with request.reading() as uow:
        who = uow.who
        view = planning.plan_for(uow.session, who, teams.colleague_named(uow.session, who, text))
    return plan_message(view, who.language)


def callday(request: Request, text: str) -> dict[str, Any]:
    """`/kpi callday [@seller]`: quiet offers and A-customers due, in the order to call them."""
    with request.reading() as uow:
        who = uow.who
        day = coaching.call_day(uow.session, who, teams.colleague_named(uow.session, who, text))
    return callday_message(day, who.language)


def away(request: Request, text: str) -> dict[str, Any]:
    with request.writing() as uow:
        who = uow.who
        away = sellers.go_away(uow.session, who, text, now=uow.now)
    if away.choices:
        return away_choice_question(who.language, " ".join(text.split())[:60], away.choices)
    if away.coming is not None:
        gone = (away.starts_on, away.ends_on)
        return away_range_question(who.language, gone, away.coming)
    if away.ask:
        return away_question(who.language, away.starts_on, away.ends_on)
    return away_message(who.language, who.today, away.starts_on, away.ends_on)


def back(request: Request, text: str = "") -> dict[str, Any]:
    with request.writing() as uow:
        who = uow.who
        done = sellers.come_back(uow.session, who, text)
    period = done.period
    return text_message(
        render(
            who.language,
            "away",
            state=done.state,
            starts=period.starts_on if period else None,
            until=period.ends_on if period else None,
            today=who.today,
            # A day of it as /kpi back reads it, in every language ("21.12").
            back_day=f"{period.starts_on.day}.{period.starts_on.month}" if period else None,
        )
    )


def language(request: Request, text: str) -> dict[str, Any]:
    """`/kpi language sv|en|nb|da|auto`: said in the language chosen."""
    with request.writing() as uow:
        done = sellers.set_language(uow.session, uow.who, text)
    name = LANGUAGE_NAMES[done.language]
    if done.language != "en":
        name = name[:1].lower() + name[1:]  # "på svenska": a language is small in running text
    return text_message(
        render(done.language, "language_set", chosen=done.chosen, name=name, nynorsk=done.nynorsk)
    )


def bare_currency(request: Request, text: str) -> dict[str, Any]:
    """`/kpi currency [DKK|NOK|ask]`: what the seller's amounts without a currency are in."""
    with request.writing() as uow:
        language = uow.who.language
        shown = sellers.bare_currency(uow.session, uow.who, text, now=uow.now)
    return text_message(
        render(
            language,
            "bare_currency",
            krone=shown.krone,
            team_currency=shown.team_currency,
            chosen=shown.chosen,
            changed=shown.changed,
        )
    )


def customer(request: Request, client: WebClient, text: str) -> dict[str, Any]:
    """`/kpi customer <name> rename|merge|delete|tier|owner …`."""
    request.example = customer_admin.action_of(text)
    args = customer_admin.parse(text)
    if args.action == "owner":
        must_be_a_colleague(client, request, args.value)  # before the write: no Slack call in it
    with request.writing() as uow:
        who = uow.who
        outcome = customer_admin.run(uow.session, who, text, now=uow.now)
    notify = getattr(outcome, "notify", None)
    if notify is not None:
        tell_new_owner(client, notify)
    return customer_reply(who.language, outcome)


def tell_new_owner(client: WebClient, notice: customer_admin.Notice) -> None:
    """A DM to whoever was handed a lead (after the change is stored)."""
    try:
        client.chat_postMessage(channel=notice.user_id, **owner_notice(notice))
    except SLACK_CALL_ERRORS as err:  # the hand-over is stored: never "nothing was stored"
        log.info("hand-over note not delivered: %s", slack_error(err))
