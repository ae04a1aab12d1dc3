"""Action, view, block and metadata ids in one place."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, ClassVar


class ActionId(StrEnum):
    UNDO = "activity_undo"
    # Under a revision's confirmation: value "<activity id>:<lead id>" (blocks.separate_value).
    SEPARATE_OFFER = "offer_separate"
    PLAN_NEXT_STEP = "lead_plan_next_step"
    NUDGE_SNOOZE = "nudge_snooze"
    NUDGE_COLD = "nudge_mark_cold"
    NUDGE_LOST = "nudge_mark_lost"
    NUDGE_DONE = "nudge_done_already"  # a meeting or call held already: opens a small form
    CALLDAY_CALL = "callday_log_call"  # value: the customer's name (opens a pre-filled form)
    FUNNEL_REASONS = "funnel_loss_reasons"  # /teamstatus funnel: the reasons as written
    PLAN_ADOPT = "plan_adopt"  # value: the Slack user whose plan (checked again on click)
    PLAN_EXPLAIN = "plan_explain"
    ROLE_SELLS = "role_sells"  # a manager counts as a seller of their team
    ROLE_MANAGES = "role_manages"  # a manager who does not sell
    ANSWER = "log_answer"  # one of a question's buttons: "<action>_<n>", value "<token>|<option>"
    # cmds28. A question's date picker (a day of a period said, "i desember"): its block id is
    # BlockId.DAY_PICK + the question's token, the day picked its selected_date
    ANSWER_DAY = "log_answer_day"
    HAND_OVER = "lead_hand_over"  # App Home: value is the lead id
    CUSTOMER_PICK = "customer_pick"  # "Did you mean …?" after /kpi customer: like ANSWER
    IMPORT_CUSTOMERS = (
        "customers_import"  # the DM import report's button: value is a question token
    )
    ERASE_CONFIRM = "person_erase_confirm"  # /kpi erase @name: value is the Slack user id
    ERASE_CANCEL = "person_erase_cancel"
    # /kpi setup in a channel shared with another organisation: set up anyway, or not.
    SETUP_SHARED = "setup_shared_confirm"
    SETUP_SHARED_CANCEL = "setup_shared_cancel"
    # /kpi setup found members in another team: move them here, or leave them (value: nothing;
    # the click's channel is the team's, and the setup is run again as the command).
    SETUP_MOVE = "setup_move_members"
    SETUP_KEEP = "setup_keep_members"
    # /kpi away with one coming day alone: that day, or from today until it (value
    # "<first>:<last>", ISO days: rendering.away.away_value; checked again on click).
    AWAY_ONE_DAY = "away_one_day"
    AWAY_UNTIL = "away_until"
    AWAY_GONE = "away_gone"  # two weekdays said: the days gone
    AWAY_COMING = "away_coming"  # or the coming ones
    AWAY_CHOICE_1 = "away_choice_1"  # words naming no days ("om to uker", "påsken"): a reading
    AWAY_CHOICE_2 = "away_choice_2"  # or the other
    AWAY_CHOICE_3 = "away_choice_3"  # a school holiday's weeks ("sportlov": week 7, 8, 9 or 10)
    AWAY_CHOICE_4 = "away_choice_4"


class ViewId(StrEnum):
    LOG_ACTIVITY = "log_activity_modal"
    TEAM_SETTINGS = "team_settings_modal"
    PLAN_NEXT_STEP = "plan_next_step_modal"
    HAND_OVER = "hand_over_modal"
    DONE_ALREADY = "done_already_modal"


class BlockId(StrEnum):
    DAY_PICK = "day_pick:"  # + a question's token (cmds28: ActionId.ANSWER_DAY)
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
    NEW_OWNER = "new_owner"
    DONE_KIND = "done_kind"
    NEXT_TIME = "next_time"
    DAY_OFF_OK = "day_off_ok"  # the plan form: a step on a weekend or holiday, planned anyway


class InputId(StrEnum):
    KIND = "kind_select"
    CUSTOMER = "customer_input"
    DATE = "date_picker"
    AMOUNT = "amount_input"
    TEMPERATURE = "temperature_select"
    NEXT_WHAT = "next_what_input"
    NEXT_DATE = "next_date_picker"
    NOTE = "note_input"
    SETTING = "value"  # every input of the settings modal; its block says which setting
    NEW_OWNER = "new_owner_select"
    DONE_KIND = "done_kind_choice"
    NEXT_TIME = "next_time_picker"
    DAY_OFF_OK = "day_off_ok_choice"


class SettingsBlock(StrEnum):
    LANGUAGE = "language"
    TIMEZONE = "timezone"
    CURRENCY = "currency"
    DIGEST_DAY = "digest_day"
    DIGEST_TIME = "digest_time"
    GOAL_MEETINGS = "goal_meetings"
    GOAL_CALLS = "goal_calls"
    GOAL_OFFERS = "goal_offers"
    GOAL_REVENUE = "goal_revenue"
    GOAL_TEAM_REVENUE = "goal_team_revenue"
    GOAL_CLOSING = "goal_closing_rate"
    OPTIONS = "options"
    RATES = "currency_rates"
    CEILING = "amount_ceiling"


class SettingsOption(StrEnum):
    """The checkboxes under the settings' Options."""

    CAPTURE = "capture"
    CHART = "chart"


class NudgeBlock:
    """The nudge DM's blocks are per lead: a line, then its buttons. A click re-renders the DM
    from the lead ids read back out of the line blocks."""

    LINE = re.compile(r"^lead_(\d+)$")

    @staticmethod
    def line(lead_id: int) -> str:
        return f"lead_{lead_id}"

    @staticmethod
    def actions(lead_id: int) -> str:
        return f"actions_{lead_id}"


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


# -- metadata carried by views and buttons: typed here, JSON on the wire -------------------------
@dataclass(frozen=True)
class LogModalMetadata:
    """The log form's private_metadata: which kind it logs, and the channel it was opened in."""

    kind: str
    channel: str | None = None
    question: str | None = None  # opened by "Edit" on this question: its log is replaced
    times: int = 1  # the talk said N times ("2 samtaler med Novo"): the form saves N

    def to_json(self) -> str:
        data: dict[str, object] = {"kind": self.kind, "channel": self.channel}
        if self.question:
            data["question"] = self.question
        if self.times > 1:
            data["times"] = self.times
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str | None) -> LogModalMetadata:
        """Unreadable or missing metadata falls back to a meeting logged outside any channel."""
        try:
            data = json.loads(text or "{}")
        except ValueError:
            data = {}
        if not isinstance(data, dict):
            data = {}
        kind = data.get("kind") if data.get("kind") in LOG_COMMANDS.values() else "meeting"
        channel = data.get("channel") if isinstance(data.get("channel"), str) else None
        question = data.get("question") if isinstance(data.get("question"), str) else None
        times = data.get("times")
        # 2 to 20 (commands.times.MOST_TIMES), a whole number; anything else (forged) is one
        times = times if type(times) is int and 1 < times <= 20 and question else 1
        return cls(kind=kind, channel=channel, question=question, times=times)


# A Slack conversation id (C…, D…, G…) and a message ts, as a form's metadata may carry them back.
_SLACK_ID = re.compile(r"[A-Z][A-Z0-9]{1,31}")
_SLACK_TS = re.compile(r"\d{1,12}\.\d{1,8}")


def _json_object(text: str | None) -> dict:
    try:
        data = json.loads(text or "{}")
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _whole(value: object) -> int:
    """A row id from metadata: 0 (no row) unless a positive whole number a database column can
    hold (a larger one, or infinity, failed in the driver as an unhandled error)."""
    try:
        number = int(value or 0)  # type: ignore[call-overload]
    except (TypeError, ValueError, OverflowError):
        return 0
    return number if 0 < number < 2**63 else 0


def button_number(value: object) -> int:
    """A button's value that carries a row id (a lead's): 0 when it is not a positive whole
    number (0 matches no row, so the click is answered as "not yours")."""
    number = _whole(value) if isinstance(value, str) and value.isascii() else 0
    return number if 0 < number < 2**63 else 0


@dataclass(frozen=True)
class SettingsMetadata:
    """The settings form's private_metadata: the team it sets (0 when unreadable: refused), and
    a short fingerprint of each field's value as the form showed it (none in forms opened
    before fingerprints: every field is saved as submitted)."""

    team_id: int
    shown: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> str:
        data: dict[str, Any] = {"team": self.team_id}
        if self.shown:
            data["shown"] = self.shown
        return json.dumps(data, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> SettingsMetadata:
        data = _json_object(text)
        shown = data.get("shown")
        if not isinstance(shown, dict):
            shown = {}
        return cls(
            _whole(data.get("team")),
            {k: v for k, v in shown.items() if isinstance(k, str) and isinstance(v, str)},
        )


@dataclass(frozen=True)
class NextStepMetadata:
    """The "Plan next step" form's private_metadata: the lead (0 when unreadable: refused), and
    where the button was clicked: the App Home, or a nudge DM (its conversation and ts, and the
    leads it lists), whose lead lines are redrawn once the step is planned."""

    lead_id: int
    container: str | None = None  # Slack's container type: "view" in the App Home
    response_url: str | None = None
    leads: tuple[int, ...] = ()
    channel: str | None = None  # the nudge DM's conversation (D…)
    ts: str | None = None  # and the DM's ts: read and updated as it stands when submitted

    @property
    def from_home(self) -> bool:
        return self.container == "view"

    @property
    def from_dm(self) -> bool:
        """Clicked on a nudge DM this form can redraw (a form from an older kpibot says no
        place: its DM stays as it is, every part of it)."""
        return not self.from_home and bool(self.channel and self.ts and self.leads)

    def to_json(self) -> str:
        return json.dumps(
            {
                "lead": self.lead_id,
                "from": self.container,
                "response_url": self.response_url,
                "leads": list(self.leads),
                "channel": self.channel,
                "ts": self.ts,
            }
        )

    @classmethod
    def from_json(cls, text: str | None) -> NextStepMetadata:
        data = _json_object(text)
        leads = data.get("leads")
        url = data.get("response_url")
        container = data.get("from")
        channel, ts = data.get("channel"), data.get("ts")
        return cls(
            lead_id=_whole(data.get("lead")),
            container=container if isinstance(container, str) else None,
            response_url=url if isinstance(url, str) else None,
            leads=tuple(_whole(i) for i in leads) if isinstance(leads, list) else (),
            channel=channel if isinstance(channel, str) and _SLACK_ID.fullmatch(channel) else None,
            ts=ts if isinstance(ts, str) and _SLACK_TS.fullmatch(ts) else None,
        )


@dataclass(frozen=True)
class QuestionLeadMetadata:
    """What a question asked from a lead's own button carries to its answer (a nudge DM's
    "Done already": the same call again, or another?), kept with the question's params: the
    lead it is about (0: none), so an answer given later logs on that lead, not on the seller's
    newest with the customer, and a lead closed meanwhile is said so (flows26)."""

    lead_id: int = 0

    KEY: ClassVar[str] = "on_lead"

    def to_params(self) -> dict[str, int]:
        return {self.KEY: self.lead_id} if self.lead_id else {}

    @classmethod
    def from_params(cls, params: Mapping[str, Any]) -> QuestionLeadMetadata:
        return cls(_whole(params.get(cls.KEY)))


@dataclass(frozen=True)
class HandOverMetadata:
    """The "Hand over" form's private_metadata: the lead (0 when unreadable: refused)."""

    lead_id: int

    def to_json(self) -> str:
        return json.dumps({"lead": self.lead_id})

    @classmethod
    def from_json(cls, text: str | None) -> HandOverMetadata:
        return cls(_whole(_json_object(text).get("lead")))
