"""Use cases for logging and undoing activities: the one path behind slash commands, the log
modal, the customer-choice buttons, @mentions and channel messages.

Each takes the request's session and requester and returns plain values for the renderer; the
caller's unit of work commits. No Slack here, and `now` is handed in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from bot.domain import ActivityKind, Source, Temperature
from bot.errors import UnknownCustomer
from bot.services import recording
from bot.services.commands import LogCommand, NextStep, parse_log_command
from bot.services.requester import Who, may_act_for
from storage import repositories as repo
from storage.models import Activity, SalesTeam, Seller


@dataclass(frozen=True)
class Logged:
    """What was stored, as the confirmation shows it."""

    activity_id: int
    kind: str
    customer: str
    when: date
    amount: Decimal | None
    currency: str | None
    temperature: str | None
    next_step: str | None
    next_due: date | None
    margin: Decimal | None
    note: str | None
    new_customer: bool = False
    previous_amount: Decimal | None = None
    duplicate: bool = False


@dataclass(frozen=True)
class CustomerChoice:
    """The typed name is new but close to known ones: the seller picks (never merged silently)."""

    typed: str
    suggestions: list[str]
    pending: dict[str, Any]


@dataclass(frozen=True)
class Undone:
    state: str  # "undone" | "already" | "forbidden" | "missing"
    kind: str | None = None
    customer: str | None = None
    when: date | None = None


def _logged(recorded: recording.Recorded) -> Logged:
    a: Activity = recorded.activity
    return Logged(
        activity_id=a.id,
        kind=a.kind,
        customer=a.customer.name,
        when=a.occurred_on,
        amount=a.amount,
        currency=a.currency,
        temperature=a.temperature,
        next_step=a.next_step,
        next_due=a.next_step_due,
        margin=a.margin_pct,
        note=a.note,
        new_customer=recorded.new_customer,
        previous_amount=recorded.previous_amount,
        duplicate=recorded.duplicate,
    )


def _undone(result: recording.UndoResult) -> Undone:
    a = result.activity
    if a is None:
        return Undone(result.state)
    return Undone(result.state, a.kind, a.customer.name, a.occurred_on)


def actor(session: Session, who: Who) -> recording.Actor:
    """The requester as the recorder needs them (rows already in this session's identity map)."""
    seller = session.get(Seller, who.seller_id)
    assert seller is not None
    team = session.get(SalesTeam, who.team_id) if who.team_id else None
    return recording.Actor(who.workspace_id, seller, team, who.currency)


def log(
    session: Session,
    who: Who,
    cmd: LogCommand,
    *,
    source: Source,
    source_ref: str,
    now: datetime,
    allow_new_customer: bool = False,
) -> Logged | CustomerChoice:
    """Store one activity exactly once per source reference. Raises UserError for what the
    seller can fix (nothing is stored then)."""
    try:
        recorded = recording.record(
            session,
            actor(session, who),
            cmd,
            source=source,
            source_ref=source_ref,
            now=now,
            allow_new_customer=allow_new_customer,
        )
    except UnknownCustomer as err:
        return CustomerChoice(err.typed, err.suggestions, pending_choice(cmd, source, source_ref))
    return _logged(recorded)


def log_text(
    session: Session,
    who: Who,
    kind: ActivityKind,
    text: str,
    *,
    source_ref: str,
    now: datetime,
    source: Source = Source.COMMAND,
    allow_new_customer: bool = False,
) -> Logged | CustomerChoice:
    """What was typed after a log command (or an @mention), read and stored."""
    # Known customers let the parser tell a name from the words after it (and a loss's reason).
    known = repo.customer_keys(session, who.workspace_id)
    cmd = parse_log_command(kind, text, today=who.today, krone=who.krone, known_customers=known)
    return log(
        session,
        who,
        cmd,
        source=source,
        source_ref=source_ref,
        now=now,
        allow_new_customer=allow_new_customer,
    )


def plan(session: Session, who: Who, cmd: LogCommand, *, now: datetime) -> None:
    """A meeting announced for the future: the lead's next activity, not a logged meeting."""
    recording.plan_next_step(session, actor(session, who), cmd, now=now)


def pending_choice(cmd: LogCommand, source: Source, source_ref: str) -> dict[str, Any]:
    """Everything needed to finish the log once the seller picks the customer (fits a button)."""
    return {
        "kind": str(cmd.kind),
        "when": cmd.when.isoformat(),
        "t": cmd.temperature.value if cmd.temperature else None,
        "a": str(cmd.amount) if cmd.amount is not None else None,
        "c": cmd.currency,
        "nw": cmd.next_step.what if cmd.next_step else None,
        "nd": cmd.next_step.due.isoformat() if cmd.next_step else None,
        "note": cmd.note,
        "m": str(cmd.margin_pct) if cmd.margin_pct is not None else None,
        "src": source.value,
        "ref": source_ref,
    }


def command_from_choice(data: dict[str, Any]) -> LogCommand:
    """The pending log behind a customer-choice button, with the chosen customer."""
    return LogCommand(
        kind=ActivityKind(data["kind"]),
        customer=str(data["customer"]),
        when=date.fromisoformat(data["when"]),
        temperature=Temperature(data["t"]) if data.get("t") else None,
        amount=Decimal(data["a"]) if data.get("a") else None,
        currency=data.get("c"),
        next_step=NextStep(data["nw"], date.fromisoformat(data["nd"])) if data.get("nd") else None,
        note=data.get("note"),
        margin_pct=Decimal(data["m"]) if data.get("m") else None,
    )


def undo_last(session: Session, who: Who, *, now: datetime) -> Undone:
    """`/kpi undo`: the requester's newest live activity."""
    last = repo.last_live_activity(session, who.workspace_id, who.seller_id)
    return _undone(
        recording.undo(
            session,
            who.workspace_id,
            last,
            by_user=who.user_id,
            by_manager=who.is_manager,
            now=now,
        )
    )


def undo_by_id(session: Session, who: Who, activity_id: int, *, now: datetime) -> Undone:
    """The Undo button: the seller themself, or someone who may act for them."""
    activity = repo.activity_by_id(session, who.workspace_id, activity_id)
    return _undone(
        recording.undo(
            session,
            who.workspace_id,
            activity,
            by_user=who.user_id,
            by_manager=activity is not None
            and may_act_for(session, who.workspace_id, who.user_id, activity.seller),
            now=now,
        )
    )


# -- channel messages ----------------------------------------------------------------------------
def capture_enabled(session: Session, workspace_id: str, channel: str) -> bool:
    team = repo.team_by_channel(session, workspace_id, channel)
    return team is not None and team.capture_enabled


def known_customers(session: Session, workspace_id: str) -> tuple[set[str], set[str]]:
    """Customer keys known to the workspace, and those with an open offer."""
    return repo.customer_keys(session, workspace_id), repo.open_offer_keys(session, workspace_id)


def message_record_edited(
    session: Session,
    workspace_id: str,
    channel: str,
    ts: str,
    suffix: str,
    *,
    by_user: str,
    now: datetime,
) -> tuple[bool, bool]:
    """An edited message: the old record goes, so the edited text can be read again.
    Returns (handled already, there was a record)."""
    before = repo.live_activity_for_message(session, workspace_id, channel, ts)
    if before is None:
        return False, False
    if before.source_ref.endswith(suffix):
        return True, True  # this very edit was handled already (a retried delivery)
    recording.undo(
        session,
        workspace_id,
        before,
        by_user=by_user,
        by_manager=True,
        now=now,
    )
    return False, True


def message_deleted(
    session: Session, workspace_id: str, channel: str, ts: str, *, now: datetime
) -> None:
    """A deleted message takes its record with it."""
    activity = repo.live_activity_for_message(session, workspace_id, channel, ts)
    if activity is not None:
        recording.undo(
            session,
            workspace_id,
            activity,
            by_user=activity.seller.slack_user_id,
            by_manager=True,
            now=now,
        )
