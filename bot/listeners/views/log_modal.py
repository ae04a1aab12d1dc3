"""Submitting the log modal: invalid fields come back inline; a valid one is stored once per view."""

from __future__ import annotations

import json
import logging
from datetime import date
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import i18n
from bot.deps import Deps
from bot.domain import ActivityKind, Source, Temperature
from bot.errors import MESSAGES, UnknownCustomer, UserError, message_params
from bot.ids import BlockId, InputId, ViewId
from bot.listeners import who as who_mod
from bot.listeners.replies import DEFAULT_NEXT_STEP, logged_reply
from bot.services import recording
from bot.services.amounts import parse_amount
from bot.services.commands import LogCommand, NextStep, has_control_chars
from bot.services.customers import clean_display_name
from bot.services.dates import check_activity_date, check_next_date
from storage import repositories as repo
from storage.db import session_scope

log = logging.getLogger(__name__)


def _value(values: dict[str, Any], block: BlockId, element: InputId) -> Any:
    state = (values.get(block.value) or {}).get(element.value) or {}
    if "selected_option" in state:
        return (state.get("selected_option") or {}).get("value")
    if "selected_date" in state:
        return state.get("selected_date")
    return state.get("value")


def read_form(
    values: dict[str, Any], kind: ActivityKind, who: who_mod.Who
) -> tuple[LogCommand | None, dict[str, tuple[str, dict]]]:
    """The modal's fields as a LogCommand, or errors per block (code and params)."""
    errors: dict[str, tuple[str, dict]] = {}
    customer = clean_display_name(_value(values, BlockId.CUSTOMER, InputId.CUSTOMER) or "")
    if not customer:
        errors[BlockId.CUSTOMER.value] = ("missing_customer", {})

    when = who.today
    raw_date = _value(values, BlockId.DATE, InputId.DATE)
    try:
        when = date.fromisoformat(raw_date) if raw_date else who.today
        check_activity_date(when, who.today)
    except UserError as err:
        errors[BlockId.DATE.value] = (err.code, err.params)
    except ValueError:
        errors[BlockId.DATE.value] = ("bad_date", {"text": str(raw_date)})

    amount = currency = None
    raw_amount = (_value(values, BlockId.AMOUNT, InputId.AMOUNT) or "").strip()
    if raw_amount:
        try:
            money = parse_amount(raw_amount, krone=who.krone)
            if money is None:
                raise UserError("bad_amount", text=raw_amount)
            amount, currency = money.amount, money.currency
        except UserError as err:
            errors[BlockId.AMOUNT.value] = (err.code, err.params)
    elif kind is ActivityKind.OFFER:
        errors[BlockId.AMOUNT.value] = ("missing_amount", {})

    temperature = _value(values, BlockId.TEMPERATURE, InputId.TEMPERATURE)
    next_what = " ".join((_value(values, BlockId.NEXT_WHAT, InputId.NEXT_WHAT) or "").split())
    raw_next = _value(values, BlockId.NEXT_DATE, InputId.NEXT_DATE)
    next_step = None
    if raw_next:
        try:
            due = date.fromisoformat(raw_next)
            check_next_date(due, who.today)
            next_step = NextStep(next_what or DEFAULT_NEXT_STEP, due)
        except UserError as err:
            errors[BlockId.NEXT_DATE.value] = (err.code, err.params)
    elif next_what:
        errors[BlockId.NEXT_DATE.value] = ("missing_next_date", {})

    note = (_value(values, BlockId.NOTE, InputId.NOTE) or "").strip() or None
    for block, text in (
        (BlockId.CUSTOMER, customer),
        (BlockId.AMOUNT, raw_amount),
        (BlockId.NEXT_WHAT, next_what),
        (BlockId.NOTE, note or ""),
    ):
        if has_control_chars(text):
            errors[block.value] = ("control_chars", {})
    if errors:
        return None, errors
    return (
        LogCommand(
            kind=kind,
            customer=customer,
            when=when,
            temperature=Temperature(temperature) if temperature else None,
            amount=amount,
            currency=currency,
            next_step=next_step,
            note=note,
        ),
        {},
    )


def handle_log_submission(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    deps: Deps = context["deps"]
    meta = json.loads(view.get("private_metadata") or "{}")
    kind = ActivityKind(meta.get("kind", "meeting"))
    workspace_id = context.team_id  # Bolt reads it from the payload
    user_id = body["user"]["id"]
    # No Slack calls before ack (3 s): the cached profile is enough here.
    who = who_mod.resolve(deps, client, workspace_id, user_id, meta.get("channel"), refresh=False)
    t = i18n.translations(who.language)

    def inline(errors: dict[str, tuple[str, dict]]) -> None:
        ack(
            response_action="errors",
            errors={
                # Inline errors are plain text: no *bold* markers.
                block: (
                    t.gettext(MESSAGES[code])
                    % message_params(params, lambda d: i18n.format_day(d, who.language))
                ).replace("*", "")
                for block, (code, params) in errors.items()
            },
        )

    cmd, errors = read_form(view["state"]["values"], kind, who)
    if cmd is None:
        inline(errors)
        return
    try:
        with session_scope(deps.session_factory) as session:
            seller = repo.ensure_seller(session, workspace_id, user_id)
            team = repo.team_by_id(session, workspace_id, who.team_id) if who.team_id else None
            result = recording.record(
                session,
                recording.Actor(workspace_id, seller, team, who.currency),
                cmd,
                source=Source.MODAL,
                source_ref=f"view:{view['id']}",
                now=deps.clock.now(),
                # Picking "New customer: …" in the select is the seller's explicit choice.
                allow_new_customer=True,
            )
            reply = logged_reply(who.language, result)
    except UnknownCustomer:  # not raised with allow_new_customer, kept for safety
        inline({BlockId.CUSTOMER.value: ("missing_customer", {})})
        return
    except UserError as err:
        block = BlockId.AMOUNT.value if err.code == "win_needs_amount" else BlockId.CUSTOMER.value
        inline({block: (err.code, err.params)})
        return
    ack()
    channel = meta.get("channel")
    try:
        if channel and channel.startswith(("C", "G")):
            client.chat_postEphemeral(channel=channel, user=user_id, **reply)
        else:
            client.chat_postMessage(channel=user_id, **reply)
    except SlackApiError as err:
        # The bot may not be in that channel: say it in a DM instead.
        log.info("ephemeral confirmation failed (%s); sending a DM", err.response.get("error"))
        client.chat_postMessage(channel=user_id, **reply)


def register(app: App) -> None:
    app.view(ViewId.LOG_ACTIVITY.value)(handle_log_submission)
