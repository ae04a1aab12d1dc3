"""What a seller does about a warm lead from a nudge DM or the App Home: snooze it, mark it cold
or lost, or plan its next step. Only the lead's owner, or someone who may act for them.

Each use case takes the request's session and requester and returns plain values; the caller's
unit of work commits. No Slack here, and `now` is handed in."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime, time
from enum import StrEnum

from sqlalchemy.orm import Session

from bot.domain import ActivityKind, LeadStatus, Source, Temperature
from bot.errors import UserError
from bot.services import activities, recording
from bot.services.activities import Logged
from bot.services.amounts import plain_text
from bot.services.commands import LogCommand, has_control_chars
from bot.services.dates import check_next_date
from bot.services.forms import FieldErrors, log_command_from_form
from bot.services.nudges import day_off, snoozed_until
from bot.services.questions import Answers, Question
from bot.services.read_models import LeadLine
from bot.services.requester import Who, may_act_for, reading_krone
from bot.services.step_time import picked
from storage import aggregates as agg
from storage import history
from storage import repositories as repo
from storage.models import Lead

MAX_NEXT_STEP = 200


class NudgeChoice(StrEnum):
    SNOOZE = "snooze"
    COLD = "cold"
    LOST = "lost"


# Why a lead cannot be acted on from a button: it is gone (its entries undone, its customer
# deleted or merged since the message was sent), or it is a colleague's.
GONE = "lead_gone"
NOT_YOURS = "not_lead_owner"
# "Done already" on a lead won or lost since the DM: nothing is logged on another of the
# customer's leads instead.
CLOSED = "lead_closed"


def _own_lead(session: Session, who: Who, lead_id: int) -> Lead | str:
    """The lead, if the requester may act on it; else why not (GONE or NOT_YOURS)."""
    lead = repo.lead_by_id(session, who.workspace_id, lead_id)
    if lead is None:
        return GONE
    if not may_act_for(session, who, who.user_id, lead.owner):
        return NOT_YOURS
    return lead


def listed(session: Session, who: Who, lead_ids: list[int]) -> list[LeadLine]:
    """The leads a nudge DM lists, as they are now (so it can be re-rendered in place). A lead
    handed over since (a colleague took the customer over) says to whom: it is theirs to act on
    from the change, no longer the DM's reader's (was: still listed with its buttons)."""
    marks = agg.last_activity_marks(session, who.workspace_id, lead_ids)
    lines = []
    for i in lead_ids:
        lead = repo.lead_by_id(session, who.workspace_id, i)
        if lead is None:
            continue
        day, logged = marks.get(lead.id, (None, None))
        line = LeadLine.of(lead, day)
        owner = lead.owner.slack_user_id
        if owner != who.user_id and lead.status == LeadStatus.OPEN.value:
            line = replace(line, handed_to=owner)
        elif logged is not None and lead.nudged_at is not None and logged >= lead.nudged_at:
            line = replace(line, logged=True)  # logged on since the DM: done
        lines.append(line)
    return lines


MARKED_LOST = Answers(without_offer=True, again=True)


@dataclass(frozen=True)
class NudgeAnswered:
    leads: list[LeadLine]  # the DM's leads after the click; empty when refused
    refused: str | None = None  # GONE or NOT_YOURS: nothing was changed
    owner: str | None = None  # NOT_YOURS: whose lead it is (their Slack user id), said so

    @property
    def allowed(self) -> bool:
        return self.refused is None


def answer_nudge(
    session: Session,
    who: Who,
    lead_id: int,
    choice: NudgeChoice,
    shown: list[int],
    *,
    now: datetime,
) -> NudgeAnswered:
    """A button on a nudge DM. A second click finds the lead as the first left it and changes
    nothing more."""
    lead = _own_lead(session, who, lead_id)
    if lead == NOT_YOURS and history.was_owner(session, who.workspace_id, lead_id, who.seller_id):
        # Handed over since the DM was sent: nothing is changed, and the DM, redrawn, says
        # whose the lead is now (was: "This lead belongs to a colleague … plan its next step",
        # and the DM kept offering its buttons).
        return NudgeAnswered(listed(session, who, shown))
    if lead == NOT_YOURS:
        # A stranger's click (a shared DM, a forwarded message): whose lead it is, and that
        # only they can do this. Was: "… Only its owner or a manager can plan its next step"
        # after a click on Snooze.
        found = repo.lead_by_id(session, who.workspace_id, lead_id)
        owner = found.owner.slack_user_id if found is not None else None
        return NudgeAnswered([], refused=NOT_YOURS, owner=owner)
    if isinstance(lead, str):
        return NudgeAnswered([], refused=lead)
    if lead.status != LeadStatus.OPEN.value:
        # Won or lost since the DM was sent (a click on last week's DM): nothing to snooze or
        # cool. Was: "Mark cold" made a won deal cold, and undoing the win then re-opened the
        # lead cold, never to be nudged again.
        pass
    elif choice is NudgeChoice.SNOOZE:
        lead.snoozed_until = snoozed_until(who.today, who.timezone)
    elif choice is NudgeChoice.COLD:
        # Kept also when the lead is cold already: the seller's say outlasts the entry that
        # made it so, should that entry be undone.
        recording.set_temperature(lead, Temperature.COLD.value, now)
        lead.updated_at = now
        history.record_lead_state(session, lead, now)
    elif choice is NudgeChoice.LOST:
        recording.record(
            session,
            recording.Actor(
                who.workspace_id,
                lead.owner.id,
                lead.owner.team_id,
                None,
                lead.currency or who.currency,
            ),
            LogCommand(kind=ActivityKind.LOSS, customer=lead.customer.name, when=who.today),
            source=Source.BUTTON,
            # A second click finds the lead lost and stops; two clicks at once find this
            # reference. The lead's last change is part of it: after the loss is undone, the
            # lead marked lost again is a new loss (it was dropped as the undone one's repeat).
            source_ref=f"nudge-lost:{lead.id}:{lead.updated_at.isoformat()}",
            now=now,
            # The click is the answer: this lead is lost, with or without an offer out (a warm
            # lead from meetings alone was refused with "something went wrong"), and whatever
            # was logged about the customer today.
            answers=MARKED_LOST,
            on_lead=lead,  # this lead, also when the seller has another with the customer
        )
    return NudgeAnswered(listed(session, who, shown))


@dataclass(frozen=True)
class ToPlan:
    customer: str | None  # whose lead the requester may plan a next step for
    refused: str | None = None  # else why not: GONE or NOT_YOURS
    # The lead's last live activity, however old (what the next step follows on): its kind
    # and day; None: nothing is logged on the lead (the form says so).
    last_kind: str | None = None
    last_on: date | None = None
    # The lead's current next step, if it has one (an overdue one too): what, its day, its time
    # of day; the form opens with them filled in (flows26; was: an empty form)
    step: tuple[str | None, date | None, time | None] | None = None


def customer_to_plan(session: Session, who: Who, lead_id: int) -> ToPlan:
    lead = _own_lead(session, who, lead_id)
    if isinstance(lead, str):
        return ToPlan(None, refused=lead)
    if lead.status != LeadStatus.OPEN.value:
        return ToPlan(None, refused=CLOSED)  # won or lost since the DM: see plan_next_step
    done = repo.live_activities_on_lead(session, who.workspace_id, lead.id)
    last = max(done, key=lambda a: (a.occurred_on, a.id), default=None)
    step = (
        (lead.next_step, lead.next_step_due, lead.next_step_time)
        if lead.next_step or lead.next_step_due
        else None
    )
    if last is None:
        return ToPlan(lead.customer.name, step=step)
    return ToPlan(
        lead.customer.name,
        last_kind=last.kind,
        last_on=last.occurred_on,
        step=step,
    )


# The form's own problems (by field, like bot.services.forms); the others are bot.errors codes.
MISSING_WHAT = "missing_next_step"
BAD_TIME = "bad_next_time"
# A step's day that is no working day where the seller works, by nudges.day_off's answer.
DAY_OFF_CODES = {"weekend": "step_on_weekend", "holiday": "step_on_holiday"}


@dataclass(frozen=True)
class NextStepPlanned:
    errors: FieldErrors = field(default_factory=dict)  # by field: "next_what", "next_date"
    leads: list[LeadLine] = field(default_factory=list)  # the nudge DM's leads after the change


def plan_next_step(
    session: Session,
    who: Who,
    lead_id: int,
    what: str,
    due: date | None,
    shown: list[int],
    *,
    now: datetime,
    at: str | None = None,
    day_off_ok: bool = False,
) -> NextStepPlanned:
    """The "Plan next step" form: what and when, checked together (every problem is shown next
    to its field), then the lead's next activity (owner or manager only). Nothing is stored
    when there are errors. `at`: its time ("HH:MM", the form's timepicker), stored in the lead's
    time column (was: kept in the step's words, "demo 10:00") and shown wherever the step is,
    the seller's way. A day that is no working day where the
    seller works (a weekend, 17 May) is asked about unless `day_off_ok` (the form's "Plan it on
    that day anyway"): was: planned silently, and the step fell due on a day nobody works."""
    what = " ".join(plain_text(what).split())  # a pasted invisible mark taken out, as typed
    errors: FieldErrors = {}
    if not what or has_control_chars(what):
        errors["next_what"] = (MISSING_WHAT, {})
    clock = picked(at)
    if at is not None and clock is None:  # not a timepicker's (an old or forged form)
        errors["next_time"] = (BAD_TIME, {"text": at[:20]})
    if due is None:
        errors["next_date"] = ("missing_next_date", {})
    else:
        try:
            check_next_date(due, who.today)
        except UserError as err:
            errors["next_date"] = (err.code, err.params)
        else:
            why = day_off(due, who.timezone)
            if why is not None and not day_off_ok:
                errors["next_date"] = (DAY_OFF_CODES[why], {"date": due})
    if errors:
        return NextStepPlanned(errors)
    lead = _own_lead(session, who, lead_id)
    if not isinstance(lead, str) and repo.lock_customer(
        session, who.workspace_id, lead.customer_id
    ):
        # PostgreSQL: held, as an Undo of the entry that made the lead holds it: an Undo on
        # another replica committed meanwhile is seen (the lead gone: said so in the form),
        # never an update of a deleted lead (was: "something went wrong").
        lead = _own_lead(session, who, lead_id)
    if isinstance(lead, str):
        return NextStepPlanned({"next_what": (lead, {})})
    if lead.status != LeadStatus.OPEN.value:
        # Won or lost since the DM or the App Home was drawn (was: the step was stored on the
        # closed deal, shown nowhere, and the seller thought it planned).
        return NextStepPlanned({"next_what": (CLOSED, {})})
    recording.set_next_step(lead, what[:MAX_NEXT_STEP], due, now, clock)
    lead.updated_at = now
    history.record_lead_state(session, lead, now)
    return NextStepPlanned(leads=listed(session, who, shown))


# "Done already": what was done with the customer, from a nudge DM's form. Talks only: an offer
# or a win has its amount, logged with its command or form.
DONE_KINDS = (ActivityKind.CALL, ActivityKind.MEETING)


@dataclass(frozen=True)
class ToLog:
    """Whose lead "Done already" logs on: the customer, or why not (GONE, NOT_YOURS with the
    owner's user id)."""

    customer: str | None
    refused: str | None = None
    owner: str | None = None


def _lead_to_log(session: Session, who: Who, lead_id: int) -> Lead | ToLog:
    """The requester's own open lead. A meeting or call is the seller's own work: not logged
    by a manager for them (as /logcall logs only the requester's), nor by a stranger. Won or
    lost since the DM: CLOSED (was: logged on the seller's newest open lead with the customer,
    another deal, or a new lead opened)."""
    lead = repo.lead_by_id(session, who.workspace_id, lead_id)
    if lead is None:
        return ToLog(None, refused=GONE)
    if lead.owner_id != who.seller_id:
        return ToLog(None, refused=NOT_YOURS, owner=lead.owner.slack_user_id)
    if lead.status != LeadStatus.OPEN.value:
        return ToLog(None, refused=CLOSED)
    return lead


def customer_to_log(session: Session, who: Who, lead_id: int) -> ToLog:
    found = _lead_to_log(session, who, lead_id)
    return found if isinstance(found, ToLog) else ToLog(found.customer.name)


@dataclass(frozen=True)
class DoneLogged:
    errors: FieldErrors = field(default_factory=dict)  # by field: "kind", "date", "next_…"
    outcome: Logged | Question | None = None  # stored (or asked first), as /logcall's
    refused: ToLog | None = None  # the lead is gone or a colleague's: nothing was stored
    leads: list[LeadLine] = field(default_factory=list)  # the nudge DM's leads after it


def log_done(
    session: Session,
    who: Who,
    lead_id: int,
    fields: dict[str, str | None],
    shown: list[int],
    *,
    source_ref: str,
    now: datetime,
    day_off_ok: bool = False,
) -> DoneLogged:
    """The "Done already" form: a meeting or call held with the lead's customer (today unless
    another day is picked), with an optional next step, stored exactly as /logcall and the log
    form store it (`activities.log`: once per `source_ref`, the form's view, so a second
    submission counts nothing more; a call logged the same way a moment ago is asked about).
    Fields are checked as the log form's; nothing is stored when there are errors. A next
    step on a day off is asked about unless `day_off_ok`, as `plan_next_step` asks."""
    kind = fields.get("kind")
    errors: FieldErrors = {}
    if kind not in {k.value for k in DONE_KINDS}:
        errors["kind"] = ("missing_done_kind", {})
    found = _lead_to_log(session, who, lead_id)
    if isinstance(found, ToLog):
        # Said first, whatever the fields hold (was: the fields were read with a customer "-",
        # and its error, under no field of the form, became "Something went wrong").
        return DoneLogged(refused=found)
    cmd, more = log_command_from_form(
        ActivityKind(kind) if not errors else ActivityKind.CALL,
        {**fields, "customer": found.customer.name},
        today=who.today,
        krone=reading_krone(who),  # a Swede's "300 tkr" in a NOK team: asked (review25)
    )
    errors |= more
    step = cmd.next_step if cmd is not None else None
    why = day_off(step.due, who.timezone) if step is not None else None
    if step is not None and why is not None and not day_off_ok and "next_date" not in errors:
        # Its next step on a weekend or holiday where the seller works: asked, as the plan
        # form asks (was: stored without a word, to fall due on a day nobody works).
        errors["next_date"] = (DAY_OFF_CODES[why], {"date": step.due})
    if errors:
        return DoneLogged(errors)
    assert cmd is not None
    outcome = activities.log(
        session,
        who,
        cmd,
        source=Source.MODAL,
        source_ref=source_ref,
        now=now,
        # Chosen in the form, on purpose: every field read as picked.
        answers=Answers(as_read=True, confirmed=True),
        # The DM's lead, the one the button was on (was: the seller's newest open lead with the
        # customer: with two deals open, the talk and its next step went to the other one).
        on_lead=found,
    )
    if isinstance(outcome, Logged):
        # The click answers the DM's reminder, as if the DM had come now: the lead waits its
        # 3 days for a next step (a nudge the next morning for the call just logged would be
        # nagging), then is reminded again if it still has none. A lead logged on since the DM
        # shows as done in it (`listed`).
        repo.mark_nudged(session, who.workspace_id, [found.id], now)
    return DoneLogged(outcome=outcome, leads=listed(session, who, shown))
