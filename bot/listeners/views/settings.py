"""Submitting /kpi settings: team language, time zone, currency, digest time and team goals."""

from __future__ import annotations

import json
import logging
from typing import Any
from zoneinfo import ZoneInfo

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import i18n
from bot.deps import Deps
from bot.domain import LANGUAGES
from bot.errors import UserError
from bot.ids import SettingsBlock, ViewId
from bot.rendering.blocks import text_message
from bot.rendering.settings import CURRENCIES, WEEK_GOALS
from bot.rendering.text import render
from bot.services.amounts import parse_amount
from storage import repositories as repo
from storage.db import session_scope

log = logging.getLogger(__name__)


def _field(values: dict[str, Any], block: str) -> Any:
    state = (values.get(block) or {}).get("value") or {}
    if "selected_option" in state:
        return (state.get("selected_option") or {}).get("value")
    if "selected_time" in state:
        return state.get("selected_time")
    return state.get("value")


def handle_settings_submission(
    ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    deps: Deps = context["deps"]
    meta = json.loads(view.get("private_metadata") or "{}")
    workspace_id = context.team_id  # Bolt reads it from the payload
    user_id = body["user"]["id"]
    values = view["state"]["values"]
    with session_scope(deps.session_factory) as session:
        team = repo.team_by_id(session, workspace_id, int(meta.get("team") or 0))
        seller = repo.seller_by_user(session, workspace_id, user_id)
        language = team.language if team else "en"
        t = i18n.translations(language)
        # Checked again on submit: a view can outlive someone's manager role.
        allowed = team is not None and (
            (seller is not None and seller.is_workspace_admin)
            or repo.is_added_manager(session, workspace_id, team.id, user_id)
        )
        if not allowed:
            ack(
                response_action="errors",
                errors={
                    SettingsBlock.LANGUAGE.value: t.gettext(
                        "Only managers can change team settings."
                    )
                },
            )
            return
        errors: dict[str, str] = {}
        new_language = _field(values, SettingsBlock.LANGUAGE.value) or team.language
        timezone = _field(values, SettingsBlock.TIMEZONE.value) or team.timezone
        currency = _field(values, SettingsBlock.CURRENCY.value) or team.currency
        day = _field(values, SettingsBlock.DIGEST_DAY.value)
        time = _field(values, SettingsBlock.DIGEST_TIME.value) or team.digest_time
        try:
            ZoneInfo(timezone)
        except (KeyError, ValueError):
            errors[SettingsBlock.TIMEZONE.value] = t.gettext("Choose a time zone from the list.")
        if new_language not in LANGUAGES:
            errors[SettingsBlock.LANGUAGE.value] = t.gettext("Choose a language from the list.")
        if currency not in CURRENCIES:
            errors[SettingsBlock.CURRENCY.value] = t.gettext("Choose a currency from the list.")
        goals: dict[str, tuple[str, Any]] = {}
        for kpi in WEEK_GOALS:
            raw = _field(values, f"goal_{kpi}")
            if raw not in (None, ""):
                if not str(raw).isdigit():
                    errors[f"goal_{kpi}"] = t.gettext("Give a whole number, for example 10.")
                else:
                    goals[kpi] = ("week", int(raw))
        raw_revenue = (_field(values, SettingsBlock.GOAL_REVENUE.value) or "").strip()
        if raw_revenue:
            try:
                money = parse_amount(raw_revenue, krone=currency)
            except UserError:
                money = None
            if money is None:
                errors[SettingsBlock.GOAL_REVENUE.value] = t.gettext(
                    "Give an amount, for example 2,5 mill."
                )
            else:
                goals["revenue"] = ("quarter", money.amount)
        raw_closing = _field(values, SettingsBlock.GOAL_CLOSING.value)
        if raw_closing not in (None, ""):
            if not str(raw_closing).isdigit() or not 0 < int(raw_closing) <= 100:
                errors[SettingsBlock.GOAL_CLOSING.value] = t.gettext(
                    "Give a percentage from 1 to 100."
                )
            else:
                goals["closing_rate"] = ("quarter", int(raw_closing))
        if errors:
            ack(response_action="errors", errors=errors)
            return
        team.language, team.timezone, team.currency = new_language, timezone, currency
        team.digest_weekday = int(day) if day is not None else team.digest_weekday
        team.digest_time = time
        options_state = (values.get(SettingsBlock.OPTIONS.value) or {}).get("value")
        if options_state is not None:  # absent in older views: leave the options as they are
            chosen = {o["value"] for o in options_state.get("selected_options") or []}
            team.capture_enabled, team.chart_enabled = "capture" in chosen, "chart" in chosen
        for kpi, (period, target) in goals.items():
            repo.set_goal(session, workspace_id, team.id, None, kpi, period, target, user_id)
        confirmation = text_message(
            render(
                team.language,
                "settings_saved",
                team=team,
                weekday=i18n.weekday_name(team.digest_weekday, team.language),
            )
        )
        channel = team.channel_id
    ack()
    try:
        client.chat_postEphemeral(channel=channel, user=user_id, **confirmation)
    except SlackApiError as err:
        log.info("settings confirmation not delivered: %s", err.response.get("error"))


def register(app: App) -> None:
    app.view(ViewId.TEAM_SETTINGS.value)(handle_settings_submission)
