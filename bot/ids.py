"""Action, view and block ids in one place."""

from __future__ import annotations

from enum import StrEnum


class ActionId(StrEnum):
    UNDO = "activity_undo"
    PLAN_NEXT_STEP = "lead_plan_next_step"
    NUDGE_SNOOZE = "nudge_snooze"
    NUDGE_COLD = "nudge_mark_cold"
    NUDGE_LOST = "nudge_mark_lost"
    PICK_CUSTOMER = "log_pick_customer"
    NEW_CUSTOMER = "log_new_customer"


class ViewId(StrEnum):
    LOG_ACTIVITY = "log_activity_modal"
    TEAM_SETTINGS = "team_settings_modal"
    PLAN_NEXT_STEP = "plan_next_step_modal"


class BlockId(StrEnum):
    KIND = "kind"
    CUSTOMER = "customer"
    DATE = "date"
    AMOUNT = "amount"
    TEMPERATURE = "temperature"
    NEXT_WHAT = "next_what"
    NEXT_DATE = "next_date"
    NOTE = "note"
    UNDO = "undo"
    CHOICES = "choices"


class InputId(StrEnum):
    KIND = "kind_select"
    CUSTOMER = "customer_input"
    DATE = "date_picker"
    AMOUNT = "amount_input"
    TEMPERATURE = "temperature_select"
    NEXT_WHAT = "next_what_input"
    NEXT_DATE = "next_date_picker"
    NOTE = "note_input"


class SettingsBlock(StrEnum):
    LANGUAGE = "language"
    TIMEZONE = "timezone"
    CURRENCY = "currency"
    DIGEST_DAY = "digest_day"
    DIGEST_TIME = "digest_time"
    GOAL_REVENUE = "goal_revenue"
    GOAL_CLOSING = "goal_closing_rate"
    OPTIONS = "options"


# Slash commands this app registers; manifest.yml must declare exactly these.
LOG_COMMANDS = {
    "/logmeeting": "meeting",
    "/logcall": "call",
    "/logoffer": "offer",
    "/logwin": "win",
    "/loglost": "loss",
}
KPI_COMMAND = "/kpi"
TEAMSTATUS_COMMAND = "/teamstatus"
