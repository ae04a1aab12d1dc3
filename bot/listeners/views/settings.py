"""Submitting /kpi settings: team language, time zone, currency, digest time and team goals."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import replace
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot import i18n
from bot.i18n import N_
from bot.ids import InputId, SettingsBlock, SettingsMetadata, SettingsOption, ViewId
from bot.listeners.guard import guarded
from bot.rendering.blocks import text_message
from bot.rendering.text import render
from bot.services import teams
from bot.services.teams import Problem
from bot.slack_client import SLACK_CALL_ERRORS, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)

WEEK_GOAL_BLOCKS = {
    "meetings": SettingsBlock.GOAL_MEETINGS,
    "calls": SettingsBlock.GOAL_CALLS,
    "offers": SettingsBlock.GOAL_OFFERS,
}
# Where each refused field's message is shown.
FIELD_BLOCKS = {
    "language": SettingsBlock.LANGUAGE,
    "timezone": SettingsBlock.TIMEZONE,
    "currency": SettingsBlock.CURRENCY,
    "digest_day": SettingsBlock.DIGEST_DAY,
    "digest_time": SettingsBlock.DIGEST_TIME,
    "revenue": SettingsBlock.GOAL_REVENUE,
    "team_revenue": SettingsBlock.GOAL_TEAM_REVENUE,
    "closing_rate": SettingsBlock.GOAL_CLOSING,
    "rates": SettingsBlock.RATES,
    "ceiling": SettingsBlock.CEILING,
    **WEEK_GOAL_BLOCKS,
}
PROBLEMS = {
    Problem.NOT_MANAGER: N_("Only managers can change team settings."),
    Problem.TIMEZONE: N_("Choose a time zone from the list."),
    Problem.LANGUAGE: N_("Choose a language from the list."),
    Problem.CURRENCY: N_("Choose a currency from the list."),
    Problem.WHOLE_NUMBER: N_("Give a whole number, for example 10."),
    Problem.AMOUNT: N_("Give an amount, for example 2,5 mill."),
    Problem.GOAL: N_(
        "Give an amount and a period, for example 2,5 mill per quarter or 10m per year."
    ),
    Problem.PERCENTAGE: N_("Give a percentage from 1 to 100."),
    Problem.DAY: N_("Choose a day from the list."),
    Problem.TIME: N_("Choose a time of day, for example 08:00."),
    Problem.RATES: N_(
        "Write one rate per line: a currency code and what one unit is worth in the team's "
        "currency, for example SEK 0,97"
    ),
}


def _field(values: dict[str, Any], block: SettingsBlock) -> Any:
    state = (values.get(block.value) or {}).get(InputId.SETTING.value) or {}
    if "selected_option" in state:
        return (state.get("selected_option") or {}).get("value")
    if "selected_time" in state:
        return state.get("selected_time")
    return state.get("value")


def _goal_field(values: dict[str, Any], block: SettingsBlock) -> Any:
    """A goal as submitted: "" when its field was left empty (no goal), None when the form had
    no such field (an older form, or a goal set per quarter or year: left as it is)."""
    if block.value not in values:
        return None
    value = _field(values, block)
    return "" if value is None else value


def read_form(values: dict[str, Any]) -> teams.SettingsInput:
    """The submitted view as plain values."""
    options = (values.get(SettingsBlock.OPTIONS.value) or {}).get(InputId.SETTING.value)
    # Absent in views opened before the options existed: those settings stay as they are.
    chosen = (
        None
        if options is None
        else {o.get("value") for o in options.get("selected_options") or [] if isinstance(o, dict)}
    )
    return teams.SettingsInput(
        language=_field(values, SettingsBlock.LANGUAGE),
        timezone=_field(values, SettingsBlock.TIMEZONE),
        currency=_field(values, SettingsBlock.CURRENCY),
        digest_day=_field(values, SettingsBlock.DIGEST_DAY),
        digest_time=_field(values, SettingsBlock.DIGEST_TIME),
        week_goals={kpi: _goal_field(values, block) for kpi, block in WEEK_GOAL_BLOCKS.items()},
        revenue=_goal_field(values, SettingsBlock.GOAL_REVENUE),
        closing_rate=_goal_field(values, SettingsBlock.GOAL_CLOSING),
        capture=None if chosen is None else SettingsOption.CAPTURE.value in chosen,
        chart=None if chosen is None else SettingsOption.CHART.value in chosen,
        rates=_field(values, SettingsBlock.RATES) if SettingsBlock.RATES.value in values else None,
        ceiling=_field(values, SettingsBlock.CEILING)
        if SettingsBlock.CEILING.value in values
        else None,
        team_revenue=_goal_field(values, SettingsBlock.GOAL_TEAM_REVENUE),
    )


def as_shown(view: dict[str, Any]) -> dict[str, Any]:
    """The form's state.values as Slack sends them when nobody touched a field: each input's
    initial value (none where it has none)."""
    values: dict[str, Any] = {}
    for block in view.get("blocks") or []:
        element = block.get("element") or {}
        if block.get("type") != "input" or not element.get("action_id"):
            continue
        state: dict[str, Any] = {"type": element.get("type")}
        if element.get("type") == "checkboxes":
            state["selected_options"] = element.get("initial_options") or []
        elif "options" in element:
            state["selected_option"] = element.get("initial_option")
        elif element.get("type") == "timepicker":
            state["selected_time"] = element.get("initial_time")
        else:
            state["value"] = element.get("initial_value")
        values[block["block_id"]] = {element["action_id"]: state}
    return values


def _fields(form: teams.SettingsInput) -> dict[str, Any]:
    found = {k: v for k, v in vars(form).items() if k != "week_goals"}
    found.update({f"week_goals.{kpi}": v for kpi, v in form.week_goals.items()})
    return found


def _print(value: Any) -> str:
    return hashlib.blake2s(repr(value).encode(), digest_size=4).hexdigest()


def fingerprint(view: dict[str, Any]) -> dict[str, str]:
    """Each field's value as the form shows it, read as a submission is, in 8 characters."""
    return {name: _print(value) for name, value in _fields(read_form(as_shown(view))).items()}


def only_changed(form: teams.SettingsInput, shown: dict[str, str]) -> teams.SettingsInput:
    """The submission with each field left as it was shown made None (left as it is now): a
    form open while the team's settings changed (another manager, `/kpi goal`, another window)
    puts back only what its user changed (was: every field as it was shown, so a goal or rate
    set meanwhile went back without a word)."""
    if not shown:
        return form  # opened before fingerprints: saved as submitted, as then
    same = {name for name, value in _fields(form).items() if shown.get(name) == _print(value)}
    goals = {
        kpi: (None if f"week_goals.{kpi}" in same else v) for kpi, v in form.week_goals.items()
    }
    kept = {name: None for name in same if not name.startswith("week_goals.")}
    return replace(form, week_goals=goals, **kept)


def handle_settings_submission(
    ack: Ack, view: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    request: Request = context["request"]
    meta = SettingsMetadata.from_json(view.get("private_metadata"))
    form = only_changed(read_form(view["state"]["values"]), meta.shown)
    with request.writing() as uow:
        who = uow.who
        outcome = teams.save_settings(uow.session, who, meta.team_id, form, now=uow.now)
    if isinstance(outcome, teams.SettingsRefused):
        # In the team's language, like the confirmation.
        t = i18n.translations(outcome.language)
        errors = {
            FIELD_BLOCKS[field].value: t.gettext(PROBLEMS[problem])
            for field, problem in outcome.problems.items()
        }
        ack(response_action="errors", errors=errors)
        return
    ack()
    confirmation = text_message(
        render(
            outcome.language,
            "settings_saved",
            team=outcome,
            weekday=i18n.weekday_name(outcome.digest_weekday, outcome.language),
        )
    )
    try:
        client.chat_postEphemeral(channel=outcome.channel_id, user=who.user_id, **confirmation)
    except SLACK_CALL_ERRORS as err:
        log.info("settings confirmation not delivered: %s", slack_error(err))


def register(app: App) -> None:
    app.view(ViewId.TEAM_SETTINGS.value)(guarded(handle_settings_submission))
