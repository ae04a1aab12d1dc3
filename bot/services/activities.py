"""Use cases for logging and undoing activities: the one path behind slash commands, the log
modal, the customer-choice buttons, @mentions and channel messages.

Each takes the request's session and requester and returns plain values for the renderer; the
caller's unit of work commits. No Slack here, and `now` is handed in."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import partial
from typing import Any

from sqlalchemy.orm import Session

from bot.domain import KIND_OF, ActivityKind, LeadStatus, Source
from bot.errors import UserError, WinNeedsAmount
from bot.i18n import KRONER
from bot.ids import QuestionLeadMetadata
from bot.services import deal_words, questions, recording
from bot.services.amounts import CurrencyClash, ForeignKrone, parse_amount, vat_included
from bot.services.commands import (
    LogCommand,
    NextStep,
    TalkAhead,
    booked_talk,
    candidate_keys,
    parse_log_command,
)
from bot.services.commands.amount_places import amount_range_in
from bot.services.commands.command import _quick_init
from bot.services.commands.mends import an_earlier_one_put_right, the_amount_it_was
from bot.services.commands.ranges import AmountRange, a_range
from bot.services.commands.step_periods import a_messages_step_in_a_span
from bot.services.commands.text import the_amounts_words
from bot.services.commands.times import (
    MOST_TIMES,
    vague_times,
)
from bot.services.customers import customer_key, loose_key, stored_named
from bot.services.dates import fold
from bot.services.last_weekdays import yesterday_or_a_week_before
from bot.services.log_questions import (
    AHEAD_MONTH,
    AMOUNT_RANGE,
    ANOTHER_KIND,
    BOOKABLE,
    BOTH,
    COMMAND_OF,
    CURRENCY_CLASH,
    NAME_OR_GROUP,
    ONE_OR_TWO,
    PICKED_DAY,
    VERB_OR_NAME,
    WHICH_DAY,
    WHICH_DAY_PICK,
    ahead_month_answer,
    amount_range_question,
    another_kind,
    another_kind_question,
    booked_question,
    booking_days,
    clash_asked,
    currency_clash_question,
    day_just_ended,
    day_question,
    days_question,
    lines_naming,
    name_or_group_question,
    night_question,
    not_held_question,
    one_or_two_question,
    period_question,
    period_rest,
    period_said,
    place_name_question,
    range_question,
    romjul_days,
    step_no_day_question,
    step_read,
    step_when_question,
    times_question,
    unread_after_name,
    unread_question,
    verb_or_name_question,
    week_said,
    weekday_clash_question,
    which_day_question,
    with_deal_words,
    with_its_time,
    with_own_day,
    workdays_of,
)
from bot.services.questions import Answers, NeedsAnswer, Question
from bot.services.requester import Who, bare_choice, may_act_for, own_krone, reading_krone
from bot.services.slash_dates import english_slash_days
from bot.services.vat import vat_question
from bot.services.weekend_days import weekend_said
from storage import questions as question_store
from storage import repositories as repo
from storage.models import Activity, Lead

logger = logging.getLogger(__name__)


@_quick_init  # ack31: every served log command builds one (~2 k instructions a field else)
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
    previous_amount: Decimal | None = None  # the offer this one revised, in its own currency
    previous_currency: str | None = None
    duplicate: bool = False
    # The channel message it was read from (channel, ts): what a ✅ goes on.
    message: tuple[str, str] | None = None
    lead_id: int | None = None  # the lead it is on (a revision's "It's a separate offer")
    # Made a deal of its own just now ("It's a separate offer"): the open offer it had revised.
    separated_from: tuple[Decimal, str | None] | None = None
    team_currency: str | None = None  # what the team counts in (an amount in another is named)
    times: int = 1  # the same talk said N times: N records stored, this the first of them
    next_time: time | None = None  # the next step's time of day ("kl 10"), stored on its own
    days: tuple[date, ...] = ()  # each of the N on its own day, as said (readers24)
    # left34: the week or month the step was said as ("i januar"), shown beside its due day
    next_period: str | None = None
    # mendC34: an edited channel message's record changed in place (still one): "Changed",
    # never a second "Logged" that reads like another meeting
    amended: bool = False

    @property
    def revised(self) -> bool:
        """An offer logged as a revision of an open one: one click makes it a deal of its own."""
        return (
            self.kind == ActivityKind.OFFER.value
            and self.previous_amount is not None
            and self.lead_id is not None
        )


@dataclass(frozen=True)
class Corrected:
    """ "Rettelse: Nammo var 350k, ikke 320k", answered "Change it": the record posted before,
    its amount mended in place (still one deal, one win)."""

    kind: str
    customer: str
    when: date
    amount: Decimal
    currency: str | None
    was: Decimal
    was_currency: str | None


@dataclass(frozen=True)
class Separated:
    """A click on "It's a separate offer" that changed nothing: why."""

    state: str  # "already" | "forbidden" | "missing" | "changed"


@dataclass(frozen=True)
class Answered:
    """A click on a question that stores nothing (now): why."""

    state: str  # "already" | "forbidden" | "missing" | "expired" | "cancelled" | "not_a_sale"
    # | "same" (the meeting or call asked about was the one logged a moment ago)
    # | "superseded" (the message was edited since it was asked)
    # | "deleted" (the channel message asked about was deleted)
    command: str | None = None  # "deleted": the command that logs it anyway
    # "day_ahead", "day_outside" (cmds28): the day picked in a period's date picker, the period
    picked: date | None = None
    said: str | None = None
    first: date | None = None
    last: date | None = None
    # "swap_asks" (cmds27): a correction's new customer or kind needs a question of its own
    # (a colleague's same win, a lookalike name): what it was and would be, `command` to log it
    was: str | None = None
    becomes: str | None = None


@dataclass(frozen=True)
class EditRequested:
    """The author wants the form, pre-filled with what was understood."""

    token: str
    kind: str
    customer: str
    when: date
    amount: Decimal | None
    currency: str | None
    temperature: str | None
    next_step: str | None
    next_due: date | None
    note: str | None
    # The talk said N times ("2 samtaler med Novo"): the form saves all N with its fields, one
    # confirmation and one Undo (was: one saved, the count's words left in its note).
    times: int = 1


@dataclass(frozen=True)
class Planned:
    """A coming meeting or call taken as the lead's next step from a question's button: nothing
    is counted as held."""

    customer: str
    what: str
    due: date
    by: bool = False  # a talk booked with no day: due by this day, its day not said
    made: recording.PlanMade | None = None  # mendE32: what its Undo puts back
    period: str | None = None  # left34: "i januar", said beside the day it is due by


@dataclass(frozen=True)
class LoggedAll:
    """ "Record all" clicked on a week told by its days: what was stored, row by row, and the
    rows that still needed their own answer (a customer's name close to a known one …)."""

    logged: tuple[Logged, ...]
    asked: tuple[Question, ...] = ()
    message: tuple[str, str] | None = None  # the channel message they were read from
    undated: tuple[bool, ...] = ()  # each logged row: no day given, on its week's Monday
    # days27. The list's rows still to come ("…, torsdag: møte med Telenor" read as this week):
    # each the lead's next step, never counted as held
    planned: tuple[Planned, ...] = ()
    # mendC29. The rows `asked` holds, as the list said them ([kind, customer, when, times,
    # amount, currency, False]): the confirmation says what waits (was "Recorded all 0")
    waiting: tuple[tuple[Any, ...], ...] = ()


@dataclass(frozen=True)
class Undone:
    state: str  # "undone" | "already" | "forbidden" | "missing"
    kind: str | None = None
    customer: str | None = None
    when: date | None = None
    customer_removed: bool = False  # the customer the entry made went with it
    # The channel message the entry was read from (channel, ts), when this undid it: its ✅ goes.
    message: tuple[str, str] | None = None
    times: int = 1  # how many records went: a log that said its talk N times goes whole
    # A revision of an offer undone: the amount and currency it had replaced, which the offer is
    # back at (a revision was never counted on its own: nothing "no longer counted").
    revised_from: tuple[Decimal, str] | None = None


def logged_of(
    recorded: recording.Recorded,
    team_currency: str | None = None,
    times: int = 1,
    days: tuple[date, ...] = (),
) -> Logged:
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
        next_time=a.next_step_time,
        margin=a.margin_pct,
        note=a.note,
        new_customer=recorded.new_customer,
        previous_amount=recorded.previous_amount,
        previous_currency=recorded.previous_currency,
        duplicate=recorded.duplicate,
        message=message_of(a.source_ref),
        lead_id=a.lead_id,
        team_currency=team_currency,
        times=times,
        days=days,
    )


def message_of(source_ref: str | None) -> tuple[str, str] | None:
    """The channel message (channel, ts) a record was read from: msg:<channel>:<ts>[:e<edit>]."""
    parts = recording.first_ref(source_ref or "").split(":")
    return (parts[1], parts[2]) if len(parts) >= 3 and parts[0] == "msg" else None


def _undone(result: recording.UndoResult, times: int = 1) -> Undone:
    a = result.activity
    if a is None:
        return Undone(result.state)
    message = message_of(a.source_ref)
    return Undone(
        result.state,
        a.kind,
        a.customer.name,
        a.occurred_on,
        result.customer_removed,
        message=message if result.state == "undone" else None,
        times=times,
        revised_from=(a.replaced_amount, a.replaced_currency or a.currency or "")
        if a.kind == "offer" and a.replaced_amount is not None
        else None,
    )


def actor(who: Who) -> recording.Actor:
    """The requester as the recorder needs them. Work counts for the seller's own team wherever
    it is typed, and so do that team's currency (a bare amount) and ceiling: not those of the
    channel's team (a NOK team's seller typing "480k" in a SEK team's channel had SEK 480,000
    counted in the NOK team). A seller whose krone is not that currency (a Dane in a NOK team)
    is asked once what their bare amounts are in (`own_krone`)."""
    currency = who.own_currency or who.currency
    krone = own_krone(who)
    return recording.Actor(
        who.workspace_id,
        who.seller_id,
        who.own_team_id,
        who.own_ceiling,
        currency,
        krone=krone,
        bare_currency=bare_choice(who),
    )


def log(
    session: Session,
    who: Who,
    cmd: LogCommand,
    *,
    source: Source,
    source_ref: str,
    now: datetime,
    answers: Answers | None = None,
    allow_new_customer: bool = False,
    looked: recording.Looked | None = None,
    words: str | None = None,
    kept: Callable[[LogCommand], LogCommand] | None = None,
    on_lead: Lead | None = None,
) -> Logged | Question:
    """Store one activity exactly once per source reference, or ask its author first when the
    log is not clear (the question is kept server-side). Raises UserError for what the seller
    can fix (nothing is stored then). `looked`: customers already read in this unit of work.
    `words`: what the log was read from (a channel message, a form's note), for what they say
    about the deal ("nytt tilbud på rammeavtalen": an offer of its own). `kept`: what the
    command is completed with before it is kept in a question (log_text's `own_day`).
    `on_lead`: the seller's own open lead a button named (else the newest with the customer)."""
    answers = with_deal_words(answers or Answers(new_customer=allow_new_customer), cmd, words)
    summed = _summed_before(session, who, cmd, source, source_ref, answers)
    if summed is not None:
        return ask(
            session, who, summed, cmd, source=source, source_ref=source_ref, answers=answers,
            now=now,
        )  # fmt: skip
    night = night_question(cmd, who, now, answers) if source is Source.COMMAND else None
    if night is not None and not repo.activity_by_ref(session, who.workspace_id, source_ref):
        return ask(
            session, who, _on(night, on_lead), cmd, source=source, source_ref=source_ref,
            answers=answers, now=now,
        )  # fmt: skip
    try:
        # "/logcall Novo 2 ganger": N records, one confirmation (recording.record_times)
        recorded = recording.record_times(
            session,
            actor(who),
            cmd,
            source=source,
            source_ref=source_ref,
            now=now,
            answers=answers,
            looked=looked,
            waiting=waiting_offer(session, who, cmd, answers, now=now),
            on_lead=on_lead,
        )
    except NeedsAnswer as needs:
        if kept is not None:
            cmd = kept(cmd)
        was = needs.params.get("was") if needs.code == "duplicate" else None
        if isinstance(was, Decimal) and (
            corrected := ask_correction(
                session,
                who,
                cmd,
                was,
                message_ref=source_ref,
                source_ref=source_ref,
                now=now,
                source=source,
            )  # fmt: skip
        ):
            # readers26. The same day's win at another amount ("/logwin Kiwi 80k", then "Kiwi
            # 95k" won): Log another, or Change it to kr 95 000 (was: "Log it again?", as if
            # the same deal twice)
            return corrected
        return ask(
            session, who, _on(needs, on_lead), cmd, source=source, source_ref=source_ref,
            answers=answers, now=now,
        )  # fmt: skip
    # ack33: the days given as it is built, not a copy made with them (dataclasses.replace
    # of the 23 fields, ~55 k instructions of every served log command)
    logged = logged_of(recorded, who.currency, cmd.times, cmd.days)
    step = cmd.next_step
    if step is not None and step.period and logged.next_due == step.due:
        # left34: "i januar (innen fre. 29. jan.)", the period said beside the day it is due by
        return replace(logged, next_period=step.period)
    return logged


SUMMED_BEFORE = "summed_before"


def _summed_before(
    session: Session,
    who: Who,
    cmd: LogCommand,
    source: Source,
    source_ref: str,
    answers: Answers,
) -> NeedsAnswer | None:
    """names27. A meeting or call told in a channel message on a day of this week ("I dag: møte
    med Aker") after a summary of the week recorded it with no day of its own ("Uka så langt: 2
    møter (Aker, Yara)", dated on the week's Monday): the same work told again, or another?
    Asked, as the summary said after the day's own record is ("Registrert allerede denne
    uken", _recorded_that_week; was: a second Aker meeting stored unasked)."""
    kind = KIND_OF[cmd.kind]
    if (
        source is not Source.MESSAGE
        or kind not in (ActivityKind.MEETING, ActivityKind.CALL)
        or answers.again
        or cmd.next_step is not None
        or cmd.times != 1
    ):
        return None
    monday = cmd.when - timedelta(days=cmd.when.weekday())
    if cmd.when == monday:
        return None  # a summary's rows with no day are on the Monday: the same day, asked so
    key = customer_key(cmd.customer)
    base = ":".join(source_ref.split(":")[:3])
    for a in repo.live_activities_of_seller_between(
        session, who.workspace_id, who.seller_id, monday, monday
    ):
        if a.kind != kind.value or a.customer.key != key or a.source_ref.startswith(base):
            continue
        if _undated_in_its_summary(session, who, a) and not repo.activity_by_ref(
            session, who.workspace_id, source_ref
        ):  # (stored already: a delivery again, told so by the log)
            return NeedsAnswer(
                SUMMED_BEFORE,
                {"kind": kind.value, "customer": a.customer.name, "date": a.occurred_on},
                ("another", questions.SAME),
            )
    return None


def _undated_in_its_summary(session: Session, who: Who, a: Activity) -> bool:
    """Whether the record came from a summary's row that said no day ("Uka så langt: 2 møter
    (Aker, Yara)"): the Record all question that stored it keeps each row's flag."""
    base = ":".join(a.source_ref.split(":")[:3])
    for q in question_store.for_message(session, who.workspace_id, base):
        if q.code != RECORD_ALL or q.outcome != RECORD_ALL:
            continue
        params = questions.load(q.state).params
        refs = [str(r) for r in params.get("refs") or ()]
        rows = params.get("rows") or []
        if a.source_ref in refs:
            i = refs.index(a.source_ref)
            return i < len(rows) and bool(rows[i][6])
    return False


def _on(needs: NeedsAnswer, lead: Lead | None) -> NeedsAnswer:
    """A question about a log on a lead a button named: the lead kept with it, so its answer,
    however late, logs on that lead (flows26; was: on the seller's newest with the customer)."""
    if lead is None:
        return needs
    meta = QuestionLeadMetadata(lead.id).to_params()
    return NeedsAnswer(needs.code, {**needs.params, **meta}, needs.options)


def _lead_asked_about(session: Session, who: Who, pending: questions.Pending) -> Lead | str | None:
    """The lead a question was asked about (QuestionLeadMetadata), still the answerer's own and
    open; "lead_closed" when it was won, lost or taken away since; None: asked about no lead."""
    meta = QuestionLeadMetadata.from_params(pending.params)
    if not meta.lead_id:
        return None
    lead = repo.lead_by_id(session, who.workspace_id, meta.lead_id)
    if lead is None or lead.owner_id != who.seller_id or lead.status != LeadStatus.OPEN.value:
        return LEAD_CLOSED
    return lead


LEAD_CLOSED = "lead_closed"  # an Answered state: the lead asked about is closed or gone since


def waiting_offer(
    session: Session, who: Who, cmd: LogCommand, answers: Answers, *, now: datetime
) -> recording.Waiting | None:
    """For a win said without its amount: the author's newest offer to that customer still
    asked about, unanswered (read only then: a query for the rare win without an amount)."""
    if cmd.kind is not ActivityKind.WIN or cmd.amount is not None or answers.open_offer:
        return None
    key = customer_key(cmd.customer)
    for row in question_store.unanswered_of(
        session, who.workspace_id, who.user_id, now - questions.QUESTION_TTL
    ):
        offer = questions.load(row.state).command
        if (
            offer.kind is ActivityKind.OFFER
            and offer.amount is not None
            and customer_key(offer.customer) == key
        ):
            said = offer.currency or questions.load(row.state).answers.currency
            return recording.Waiting(row.token, offer.amount, said)
    return None


def _win_with_its_revision(
    session: Session, who: Who, pending: questions.Pending, option: str, *, now: datetime
) -> Logged | Question:
    """ "Won at the revised amount": the revision still asked about is recorded first (as its
    own question's answer, under its own reference: a revision of the open offer, counted
    once), then the win, which takes the deal's amount now. A revision that needs an answer of
    its own (which currency, above the ceiling) is asked first; the win's question stays open."""
    # "waiting:<token>" or, a bare amount whose currency was not known, "w:EUR:<token>"
    token, chosen = recording.waiting_option(option) or ("", None)
    row = question_store.by_token(session, who.workspace_id, token)
    if (
        row is not None
        and row.user_id == who.user_id
        and row.answered_at is None
        and not questions.expired(row.created_at, now)
    ):
        waiting = questions.load(row.state)
        revision = waiting.command
        said = chosen or pending.params.get("revised_currency")
        answers = replace(
            waiting.answers,
            confirmed=True,
            currency=waiting.answers.currency or (None if revision.currency else said),
        )
        row.answered_at, row.outcome = now, "record"
        revised = log(
            session, who, revision, source=waiting.source, source_ref=waiting.source_ref,
            now=now, answers=answers,
        )  # fmt: skip
        if isinstance(revised, Question):
            row.answered_at = row.outcome = None  # asked anew under a new token
            return revised
    return log(
        session,
        who,
        pending.command,
        source=pending.source,
        source_ref=pending.source_ref,
        now=now,
        answers=replace(pending.answers, open_offer=True),
    )


def _deal_moved_since(
    session: Session, who: Who, cmd: LogCommand, asked_at: datetime
) -> Activity | None:
    """The author's newest offer, win or loss with the customer logged after `asked_at`: the
    deal an offer asked about then was part of has moved on (revised again, won or lost)."""
    key = customer_key(cmd.customer)
    customer = repo.customers_among(session, who.workspace_id, {key}).get(key)
    if customer is None:
        return None
    moved = [
        repo.recent_same(
            session, who.workspace_id, who.seller_id, customer.id, kind.value, asked_at
        )
        for kind in (ActivityKind.OFFER, ActivityKind.WIN, ActivityKind.LOSS)
    ]
    # Strictly after: a record stored with the question, in the same unit of work (the first of
    # two offers in one message), was there when it was asked.
    later = [m for m in moved if m is not None and m.created_at > asked_at]
    return max(later, key=lambda m: m.created_at, default=None)


def _both(session: Session, who: Who, pending: questions.Pending, *, now: datetime) -> LoggedAll:
    """heldcmd34. "Record both" clicked: the command's own record (its words read as the other)
    and the other activity, each stored once under its own reference."""
    first = replace(pending.command, unread=None)
    other = questions.command_from_dict(json.loads(str(pending.params["other"])))
    done = [
        log(session, who, cmd, source=pending.source, source_ref=ref, now=now, answers=pending.answers)
        for cmd, ref in ((first, pending.source_ref), (other, f"{pending.source_ref}+{other.kind.value}"))
    ]  # fmt: skip
    return _all_of(session, who, done)


def ask_booked(
    session: Session,
    who: Who,
    cmd: LogCommand,
    words: str | None,
    *,
    message_ref: str,
    source_ref: str,
    now: datetime,
    held: bool = True,
) -> Question | None:
    """ "Ringte Equinor, booket møte": a channel message's call (or meeting), sure, that booked a
    talk and said no day. Asked as a command's is (by which Friday, or the call alone), kept
    under the message; None when the message books nothing without a day. `held` False:
    "bokade möte med Volvo", the booking alone (nothing held): the lead's next step by the
    Friday picked, or not a sale."""
    if cmd.kind not in (ActivityKind.MEETING, ActivityKind.CALL) or cmd.next_step is not None:
        return None
    what = booked_talk(lines_naming(words, cmd.customer))
    if what is None or repo.activity_by_ref(session, who.workspace_id, source_ref):
        return None  # stored already (answered, then delivered again): log() says duplicate
    for earlier in question_store.for_ref(session, who.workspace_id, message_ref):
        if earlier.code == "booked_when" and earlier.answered_at is not None:
            return Question(earlier.token, earlier.code, {}, (), repeated=True)  # answered
    steps = [f"{questions.STEP}{day.isoformat()}" for day in booking_days(who.today)]
    params = {"kind": cmd.kind.value, "customer": cmd.customer, "what": what, "when": cmd.when}
    if not held:
        params["plan"] = True  # nothing held: the step alone is planned
    needs = NeedsAnswer(
        "booked_when",
        params,
        (*steps, "record", questions.EDIT, questions.NOT_A_SALE)
        if held
        else (*steps, questions.NOT_A_SALE),
    )
    return ask(
        session, who, needs, cmd, source=Source.MESSAGE, source_ref=source_ref,
        answers=Answers(confirmed=True), now=now, asked_about=message_ref,
    )  # fmt: skip


def ask(
    session: Session,
    who: Who,
    needs: NeedsAnswer,
    cmd: LogCommand,
    *,
    source: Source,
    source_ref: str,
    answers: Answers,
    now: datetime,
    asked_about: str | None = None,
) -> Question:
    """Keep the log and what is asked about it; the buttons carry only the token. The same
    question about the same log, still open, is not asked twice. `asked_about`: the reference
    the question is kept under when it is not the log's own (a channel message, whatever its
    edits)."""
    kept_under = asked_about or source_ref
    for earlier in question_store.for_ref(session, who.workspace_id, kept_under):
        if earlier.code == needs.code and earlier.answered_at is None:
            return Question(
                earlier.token, needs.code, dict(needs.params), tuple(needs.options), repeated=True
            )
    pending = questions.Pending(
        cmd, source, source_ref, answers, needs.code, dict(needs.params), tuple(needs.options)
    )
    token = questions.new_token()
    question_store.add(
        session,
        token=token,
        workspace_id=who.workspace_id,
        user_id=who.user_id,
        code=needs.code,
        source_ref=kept_under,
        state=questions.dump(pending),
        now=now,
    )
    return Question(token, needs.code, dict(needs.params), tuple(needs.options))


def answer(
    session: Session, who: Who, token: str, option: str, *, now: datetime
) -> Logged | Question | Answered | EditRequested | Planned | LoggedAll:
    """A click on one of a question's buttons: once, by the person asked, an option offered.
    lists28: on "one customer or two?" ("møte med K-Bygg og H&M i dag", the one question its
    message gets), "Two customers" records both, the second under the message's ":2" (was: the
    first only, the second's own question stacked under it); any other answer closes the
    second's."""
    row = question_store.by_token(session, who.workspace_id, token)
    pair = None
    held: list[str] = []
    if row is not None and row.answered_at is None:
        params = questions.load(row.state).params
        if row.code == CAPTURE and params.get("second_name"):
            pair = f"{row.source_ref}:2"
        held = [str(t) for t in params.get(HELD) or ()]
    first = _answer(session, who, token, option, now=now)
    if held and not (isinstance(first, Answered) and first.state not in ("cancelled", "same")):
        # mendC29. One question for several rows (a Dane's bare amounts, "used from now on";
        # the same pair sent twice): its answer settles each (was: the rest left open, asked
        # again one by one)
        rest = [_answer(session, who, t, option, now=now) for t in held]
        return first if isinstance(first, Answered) else _all_of(session, who, [first, *rest])
    if pair is None or isinstance(first, Answered):
        return first
    second = next(
        (
            q
            for q in question_store.for_ref(session, who.workspace_id, pair)
            if q.code == CAPTURE and q.answered_at is None
        ),
        None,
    )
    if second is None:
        return first
    if option != "record" or not isinstance(first, Logged | Question):
        withdraw_question_at(session, who.workspace_id, pair, now=now)
        return first
    then = _answer(session, who, second.token, "record", now=now)
    return _all_of(session, who, [first, then])


def _answer(
    session: Session, who: Who, token: str, option: str, *, now: datetime
) -> Logged | Question | Answered | EditRequested | Planned | LoggedAll:
    row = question_store.by_token(session, who.workspace_id, token)
    if row is None or row.code in {"import", "customer_cmd"}:  # not logs: their own answers
        return Answered("missing")
    if row.user_id != who.user_id:
        return Answered("forbidden")
    if row.outcome == MESSAGE_DELETED:
        return Answered("deleted", command_example(questions.load(row.state).command, who))
    if row.outcome == SUPERSEDED:
        return Answered("superseded")  # a stale button: was "answered already"
    if row.answered_at is not None:
        return Answered("already")
    if questions.expired(row.created_at, now):
        return Answered("expired")
    pending = questions.load(row.state)
    if PICKED_DAY in pending.options and _a_day(option):
        # cmds28: a day of a period's date picker, checked before the question is answered
        outside = picked_day_outside(pending, option, who.today)
        if outside is not None:
            return outside
    elif option not in pending.options:
        return Answered("missing")
    if not questions.readable(pending, option):
        return Answered("stale")  # left34: a tampered or old button, the question left open
    row.answered_at, row.outcome = now, option
    if row.code == CAPTURE:
        _log_capture_answers(session, who)
        if option.startswith("pick:") and pending.params.get("second_name"):
            # "Marks and Spencer" is one customer: the second name's own question goes
            withdraw_question_at(session, who.workspace_id, f"{row.source_ref}:2", now=now)
    if option == questions.CANCEL:
        return Answered("cancelled")
    if row.code == RECORD_ALL:
        return _record_all(session, who, pending, now=now, this_week=option == THIS_WEEK)
    if option == questions.SAME:
        if row.code == "repeated" and not recording.still_logged(
            session, actor(who), pending.command, row.created_at
        ):
            # The one logged before was undone meanwhile (its Undo clicked while this was
            # asked): "it counts once" would be untrue, none counts. Asked again, one click.
            c = pending.command
            gone = NeedsAnswer(
                "repeat_undone", {"kind": c.kind.value, "customer": c.customer}, ("again", "cancel")
            )
            return ask(
                session, who, gone, c, source=pending.source, source_ref=pending.source_ref,
                answers=pending.answers, now=now,
            )  # fmt: skip
        return Answered("same")
    if option == questions.NOT_A_SALE:
        return Answered("not_a_sale")
    if option == questions.THEIRS:  # mendG31: the colleague's win to log; nothing stored
        return Answered("theirs", said=str(pending.params.get("together") or ""))
    if option.startswith("mend:") and row.code == CORRECTION:
        # mendD33: "ment 450 ikke 540", two records at 540: the one clicked, mended as "Change
        # it" mends one (once: a record mended since is "changed")
        picked = (pending.params.get("records") or [])[int(option.removeprefix("mend:"))]
        one = replace(pending, params={**pending.params, **picked, "change": "amount"})
        return _mend(session, who, one, now=now)
    if option == MEND and row.code == CORRECTION:
        if pending.params.get("change", "amount") != "amount":
            # its day, customer or kind (session 26)
            from bot.services import activities_amend

            return activities_amend.mend(session, who, pending, now=now)
        return _mend(session, who, pending, now=now)
    if option.startswith(questions.STEP_ON) and pending.params.get("unsure_step"):
        # mendC33: "…, følger opp etter 14/12": the step on the day offered after the date,
        # the note as it was without the step's words
        c, due = pending.command, date.fromisoformat(option.removeprefix(questions.STEP_ON))
        kept = pending.params.get("note_kept")
        c = replace(
            c,
            next_step=NextStep(str(pending.params["step_what"]), due),
            note=str(kept) if kept else None,
        )
        return log(
            session, who, c, source=pending.source, source_ref=pending.source_ref, now=now,
            answers=replace(pending.answers, confirmed=True),
        )  # fmt: skip
    if option.startswith(questions.STEP_ON) and pending.command.next_step is not None:
        # mendC30: the day picked of a weekday and a date that disagree: planned on it, or the
        # held talk stored with its next step on it
        c, due = pending.command, date.fromisoformat(option.removeprefix(questions.STEP_ON))
        step = replace(c.next_step, due=due)  # type: ignore[arg-type]
        c = replace(c, next_step=step)
        if pending.params.get("planned"):
            return _planned(
                plan(session, who, c, now=now), Planned(c.customer, step.what, step.due)
            )
        return log(
            session, who, c, source=pending.source, source_ref=pending.source_ref, now=now,
            answers=replace(pending.answers, confirmed=True),
        )  # fmt: skip
    if option == PLAN:
        c = pending.command
        if c.next_step is None and pending.params.get("ahead"):
            # "Møte med DNB fredag kl 14": the coming Friday, not last (session 25)
            due = date.fromisoformat(str(pending.params["ahead"]))
            c = replace(c, next_step=NextStep(str(pending.params["ahead_what"]), due))
        assert c.next_step is not None  # offered only for a coming meeting (ask_about_message)
        done = plan(session, who, c, now=now)
        return _planned(done, Planned(c.customer, c.next_step.what, c.next_step.due))
    if option.startswith(questions.STEP) and pending.params.get("plan"):
        # "bokade möte med Volvo": a talk booked, none held; the lead's next step by the day
        # picked, nothing counted
        c = pending.command
        due = date.fromisoformat(option.removeprefix(questions.STEP))
        what = str(pending.params.get("what") or c.kind.value)
        done = plan(session, who, replace(c, next_step=NextStep(what, due)), now=now)
        return _planned(done, Planned(c.customer, what, due, by=True))
    if option == questions.BOOKED:
        # The day typed was the activity's own: the lead's next step, in its author's words.
        c = pending.command
        assert c.next_step is not None  # offered only for a day typed alone (day_question)
        what = str(pending.params.get("booked_what") or c.kind.value)
        done = plan(session, who, replace(c, next_step=NextStep(what, c.next_step.due)), now=now)
        return _planned(done, Planned(c.customer, what, c.next_step.due))
    if option == questions.EDIT:
        c = pending.command
        # "Møte i Drammen": a town, no customer; the form's customer is left to write, the
        # town kept in the note (readers24)
        town = c.customer if pending.params.get("place") else None
        nameless = bool(pending.params.get("nameless"))  # session 43: "Signed!! 🍾"
        return EditRequested(
            token=token,
            kind=str(c.kind),
            customer="" if town or nameless else c.customer,
            when=c.when,
            amount=c.amount,
            currency=c.currency,
            temperature=c.temperature.value if c.temperature else None,
            next_step=c.next_step.what if c.next_step else None,
            next_due=c.next_step.due if c.next_step else None,
            # What could not be read goes into the note, for the seller to place or delete; a
            # count the form saves (2 to MOST_TIMES) is said above its fields instead
            note=" ".join(
                part
                for part in (town, None if _form_times(c) > 1 else c.times_said, c.note, c.unread)
                if part
            )
            or None,
            times=_form_times(c),
        )
    if option == AHEAD_MONTH:
        needs, c = ahead_month_answer(pending, who)
        if needs is not None:
            return ask(
                session, who, needs, c, source=pending.source, source_ref=pending.source_ref,
                answers=pending.answers, now=now,
            )  # fmt: skip
        return log(
            session, who, c, source=pending.source, source_ref=pending.source_ref, now=now,
            answers=replace(pending.answers, confirmed=True),
        )  # fmt: skip
    if recording.waiting_option(option) is not None:
        return _win_with_its_revision(session, who, pending, option, now=now)
    if option == BOTH and row.code == ANOTHER_KIND:
        return _both(session, who, pending, now=now)  # heldcmd34: the other activity too
    on_lead = _lead_asked_about(session, who, pending)
    if isinstance(on_lead, str):
        return Answered(on_lead)  # nothing logged on another deal (flows26)
    cmd, answers = questions.apply(pending, option)
    if row.code == CAPTURE and (then := _then_the_steps_day(pending, cmd, option)) is not None:
        return ask(
            session, who, then, cmd, source=pending.source, source_ref=pending.source_ref,
            answers=answers, now=now, asked_about=row.source_ref,
        )  # fmt: skip
    if row.code == recording.BARE_CURRENCY and answers.currency and who.own_team_id is not None:
        # Asked once: their bare amounts are in this currency from now on, in their team
        repo.set_bare_currency(
            session, who.workspace_id, who.seller_id, who.own_team_id, answers.currency, now
        )
        who = replace(who, bare_currency=answers.currency)
    if (
        row.code in (NAME_OR_GROUP, WHICH_DAY, WHICH_DAY_PICK, ONE_OR_TWO, VERB_OR_NAME)
        and (after := unread_after_name(cmd, who.today)) is not None
    ):
        # days29: a week's day picked ("Electrolux förra veckan ljummen"), the words still
        # unread are asked next (they were never shown: stored, they were dropped)
        return ask(
            session, who, after, cmd, source=pending.source, source_ref=pending.source_ref,
            answers=answers, now=now,
        )  # fmt: skip
    if cmd.kind is ActivityKind.OFFER and not (answers.separate or answers.again):
        # Answered after the deal with that customer moved on (another offer, a win or a loss
        # logged since it was asked): recorded now, it would take the deal back to an older
        # amount, or open a second deal (an offer counted again, pipeline that is not there).
        # Asked, one click, which it was.
        moved = _deal_moved_since(session, who, cmd, row.created_at)
        if moved is not None:
            gone = NeedsAnswer(
                "offer_after_close",
                {
                    "customer": moved.customer.name,
                    "closed": moved.kind,
                    "date": moved.occurred_on,
                    "amount": moved.amount,
                    "currency": moved.currency,
                },
                ("separate", "cancel"),
            )
            return ask(
                session, who, gone, cmd, source=pending.source, source_ref=pending.source_ref,
                answers=answers, now=now,
            )  # fmt: skip
    return log(
        session,
        who,
        cmd,
        source=pending.source,
        source_ref=pending.source_ref,
        now=now,
        answers=answers,
        on_lead=on_lead,
    )


def _then_the_steps_day(
    pending: questions.Pending, cmd: LogCommand, option: str
) -> NeedsAnswer | None:
    """left32. The held record's day picked ("Møte med Tine mandag 24., neste møte fre eller
    man"): its next step's two days asked next, each on its button, as the step's question
    asks them alone (None when the question had no step of two days)."""
    steps = pending.params.get("then_step_days")
    if not steps or not option.startswith(questions.DAY) or cmd.next_step is None:
        return None
    params = {
        key: pending.params[key]
        for key in ("kind", "customer", "amount", "currency", "today", "note", "words", "most")
        if key in pending.params
    }
    params |= {"times": cmd.times, "when": cmd.when, "due": None, "step_days": list(steps)}
    params |= {"planned": False, "step_either": bool(pending.params.get("then_step_either"))}
    days = (f"{questions.STEP_ON}{_as_day(day).isoformat()}" for day in steps)
    return NeedsAnswer(CAPTURE, params, (*days, questions.NOT_A_SALE))


def _as_day(value: object) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _form_times(cmd: LogCommand) -> int:
    """How many talks the Edit form of `cmd` saves: its count when one was read (2 to
    MOST_TIMES, a meeting or a call), else 1."""
    talk = cmd.kind in (ActivityKind.MEETING, ActivityKind.CALL)
    return cmd.times if talk and 1 < cmd.times <= MOST_TIMES else 1


def reopen_edit(session: Session, who: Who, token: str) -> None:
    """The form "Edit" opens could not be opened (Slack refused or did not answer): the question
    is open again, so its buttons still work (it was answered "edit" a moment ago)."""
    row = question_store.by_token(session, who.workspace_id, token)
    if row is not None and row.user_id == who.user_id and row.outcome == questions.EDIT:
        row.answered_at, row.outcome = None, None


def edited_ref(session: Session, who: Who, token: str | None, cmd: LogCommand) -> str | None:
    """The source reference of the question a form was opened from ("Edit"), so the record the
    form stores takes the place of the one asked about (a channel message's, say). A message
    deleted since the form opened records nothing: a UserError with the command that would."""
    if not token:
        return None
    row = question_store.by_token(session, who.workspace_id, token)
    if row is not None and row.user_id == who.user_id and row.outcome == MESSAGE_DELETED:
        raise UserError("message_deleted", command=command_example(cmd, who))
    if row is None or row.user_id != who.user_id or row.outcome != questions.EDIT:
        return None
    return row.source_ref


def command_example(cmd: LogCommand, who: Who) -> str:
    """`cmd` as the slash command that logs it, to be typed again ("/logwin Yara 330000 DKK"):
    its amount in the seller's currency (what they chose for their bare amounts, a Dane in a NOK
    team: DKK), with no code when that is what a bare amount from them means anyway (their
    currency is their team's) or is not known yet (the command asks it, as the message did).
    Was: the team's code for a seller who had chosen their own."""
    parts = [COMMAND_OF[str(cmd.kind)], cmd.customer]
    if cmd.amount is not None:
        whole = cmd.amount == cmd.amount.to_integral_value()
        parts.append(f"{cmd.amount:.0f}" if whole else f"{cmd.amount:.2f}")
        # What a bare amount from them is read as: their team's currency, unless their krone
        # is another (then their choice, None before they have made one).
        bare = bare_choice(who) if own_krone(who) is not None else who.own_currency or who.currency
        currency = cmd.currency or bare_choice(who) or bare
        if currency is not None and (currency != bare or bare_choice(who) is not None):
            parts.append(currency)
    if cmd.when != who.today:
        parts.append(cmd.when.isoformat())
    if cmd.temperature is not None and cmd.kind in (ActivityKind.MEETING, ActivityKind.CALL):
        parts.append(cmd.temperature.value)
    if cmd.times > 1:
        parts.append(f"x{cmd.times}")  # mendE31: a count's correction, "log it as it was"
    return " ".join(parts)


def _a_day(option: str) -> bool:
    """Whether `option` is "day:YYYY-MM-DD", a real day."""
    if not option.startswith(questions.DAY):
        return False
    try:
        date.fromisoformat(option.removeprefix(questions.DAY))
    except ValueError:
        return False
    return True


def answered_not_a_sale(session: Session, workspace_id: str, source_ref: str) -> bool:
    """Whether the author said a message is not a sale (it is never asked about again)."""
    return any(
        q.outcome == questions.NOT_A_SALE
        for q in question_store.for_ref(session, workspace_id, source_ref)
    )


# What a log command's text was read with (parse_log_command's inputs besides the text).
ReadWith = tuple[ActivityKind, date, str, bool, frozenset[str], str | None]


@dataclass(frozen=True)
class KeysAhead:
    """The customer keys a log command's text may name (`candidate_keys` of `text`, the text as
    log_text reads it), read from the text alone before the command waits for a writer's turn:
    what needs no database is not done while holding one (bot.listener_runner). `read`: the
    text read (parse_log_command) with a guess of its other inputs (the kind, today, the krone,
    the known customers among the keys), used only if they are what log_text then finds: the
    reading is a function of them alone, so nothing is read differently."""

    text: str
    keys: frozenset[str]
    read: tuple[ReadWith, LogCommand] | None = None


# Customer keys this process found in each workspace (a customer is taken off the list, never
# deleted): the guess of which of a text's keys name a customer, for keys_ahead's reading. Kept
# as hashes (no customer's name stays in memory after a purge; a collision is a wrong guess,
# which only costs reading the text again).
_found_keys: set[int] = set()
_FOUND_KEYS_MAX = 200_000


def keys_ahead(
    kind: ActivityKind, text: str, guess: tuple[str, date, str, str | None] | None = None
) -> KeysAhead:
    """`guess`: the workspace, the requester's today, krone and language as last known
    (requester.place_hint, language_hint), to read the text ahead too."""
    if kind is ActivityKind.OFFER:
        text, _numbered = deal_words.take_numbered(text)
    keys = frozenset(candidate_keys(text))
    if guess is None:
        return KeysAhead(text, keys)
    workspace_id, today, krone, language = guess
    known = frozenset(key for key in keys if hash((workspace_id, key)) in _found_keys)
    try:
        cmd = parse_log_command(
            kind, text, today=today, krone=krone, known_customers=known, language=language
        )
    except UserError:
        return KeysAhead(text, keys)  # said when log_text reads it
    read_with = (kind, today, krone, isinstance(krone, ForeignKrone), known, language)
    return KeysAhead(text, keys, (read_with, cmd))


def _remember_found(workspace_id: str, found: Iterable[str]) -> None:
    if len(_found_keys) > _FOUND_KEYS_MAX:
        _found_keys.clear()
    _found_keys.update(hash((workspace_id, key)) for key in found)


def spelt_otherwise(found: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    """Session 40. The customers found, also under each typed key that names one of them with
    "and" / "og" for its "&" or the other way ("/logwin procter and gamble 40k" with "Procter &
    Gamble" known: that customer; was asked as a new name, or as two customers)."""
    if not found:
        return found
    loose: dict[str, Any] = {}
    for key, row in found.items():
        loose.setdefault(loose_key(key), row)
    also = {
        key: loose[spelt] for key in keys if key not in found and (spelt := loose_key(key)) in loose
    }
    return {**found, **also} if also else found


def _as_stored(cmd: LogCommand, found: dict[str, Any]) -> LogCommand:
    """The customer under the name it is stored by when typed with another spelling of it."""
    key = customer_key(cmd.customer)
    row = found.get(key)
    if row is None or row.key == key:
        return cmd
    return replace(cmd, customer=row.name)


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
    booked_what: str | None = None,
    ahead: KeysAhead | None = None,
    found_ahead: dict[str, Any] | None = None,
) -> Logged | Question:
    """What was typed after a log command (or an @mention), read and stored. `booked_what`:
    this kind of activity in its author's words ("møte"), the lead's next step should they
    say that a day typed alone is the day the activity is booked for. `ahead`: keys_ahead's
    reading of the same text, made before the writer's turn (used when it is of this text);
    `found_ahead`: the customers among its keys, read in this unit of work with the requester
    (repositories.requester_and_customers)."""
    # Known customers let the parser tell a name from the words after it (and a loss's reason).
    # Read as rows: the customer the parser settles on is then at hand for storing.
    numbered = None
    if kind is ActivityKind.OFFER:
        text, numbered = deal_words.take_numbered(text)  # "tilbud nr 2": no amount of 2
    if ahead is not None and ahead.text == text:
        keys = ahead.keys
        found = (
            found_ahead
            if found_ahead is not None
            else repo.customers_among(session, who.workspace_id, keys)
        )
    else:
        keys = candidate_keys(text)
        found = repo.customers_among(session, who.workspace_id, keys)
    found = spelt_otherwise(found, keys)
    krone = reading_krone(who)  # a Swede's "300 tkr" in a NOK team: asked (review25)
    foreign = isinstance(krone, ForeignKrone)
    read_with = (kind, who.today, krone, foreign, frozenset(found), who.language)
    # review25. An English speaker's "signed 12/1" on 1 Dec is that day (12 Jan is ahead); when
    # both readings are gone by, which day is asked (WHICH_DAY), as for a channel message
    slashed = english_slash_days(text, who.today) if who.month_first else None
    if slashed is not None and slashed.text != text:
        text, ahead = slashed.text, None  # read as placed, never the reading made ahead
    if (
        ahead is not None
        and ahead.read is not None
        and ahead.text == text
        and ahead.read[0] == read_with
    ):
        cmd = ahead.read[1]  # read before the writer's turn, from the same inputs
    else:
        try:
            cmd = parse_log_command(
                kind,
                text,
                today=who.today,
                krone=krone,
                known_customers=set(found),
                language=who.language,  # a Swede's "på fredag" is the coming Friday (cmds27)
            )
        except AmountRange as ranged:
            # steps30. "/logoffer Posten 250-300k": which amount goes in the pipeline? Low,
            # middle or high on its button, the range kept as the note (was bad_amount)
            needs, cmd = amount_range_question(ranged, kind, text, who, krone, found)
            return ask(
                session, who, needs, cmd, source=source, source_ref=source_ref,
                answers=Answers(new_customer=allow_new_customer), now=now,
            )  # fmt: skip
        except TalkAhead as ahead:
            # "/logmeeting Veidekke i morgen kl 9": refused as a day ahead, with one click that
            # plans it as the lead's next step (nothing stored until then; session 24)
            what = f"{booked_what} {ahead.clock}" if booked_what and ahead.clock else kind.value
            coming = LogCommand(
                kind, ahead.customer, who.today, next_step=NextStep(what[:200], ahead.when)
            )
            params = {
                "kind": kind.value,
                "customer": ahead.customer,
                "date": ahead.when,
                "clock": ahead.clock or "",
            }
            needs = NeedsAnswer(TALK_AHEAD, params, (PLAN, questions.CANCEL))
            return ask(
                session, who, needs, coming, source=source, source_ref=source_ref,
                answers=Answers(new_customer=allow_new_customer), now=now,
            )  # fmt: skip
        except UserError as unsure:
            # heldcmd31. "/logmeeting Coffee with Marks and Spencer", the name new: one customer
            # or two? One click stores it with the one customer (was refused, the name to be
            # typed again in quotes); two are logged each on its own, as the question says
            asked = weekday_clash_question(unsure, kind, text, who, krone, found)
            asked = asked or one_or_two_question(unsure, kind, text, who, krone, found)
            asked = asked or currency_clash_question(unsure, kind, text, who, krone, found)
            if asked is None:
                raise
            needs, cmd = asked
            return ask(
                session, who, needs, cmd, source=source, source_ref=source_ref,
                answers=Answers(new_customer=allow_new_customer), now=now,
            )  # fmt: skip
    if found:
        _remember_found(who.workspace_id, found)
        cmd = _as_stored(cmd, found)
    # Whether today's date was typed matters only at night (night_question) or in a question
    # kept for later: read then, not for every command (it was 6-8 % of a /logmeeting's CPU).
    own_day = partial(with_own_day, text=text, today=who.today)
    if day_just_ended(who, now) is not None:
        cmd = own_day(cmd)
    cmd, separate = deal_said(cmd, text, numbered)
    if (
        cmd.amount is not None
        and cmd.kind in (ActivityKind.OFFER, ActivityKind.WIN)
        and an_earlier_one_put_right(cmd)
        and not repo.activity_by_ref(session, who.workspace_id, source_ref)
    ):
        # session 70. "/logwin Stena 2,4 mkr – rättelse, inte 2,1 som jag loggade i går": the
        # seller's own Stena win at 2,1 mkr offered to be mended (was "Store as read", which
        # stored a second win beside it: 4,5 mkr won); where no such record is theirs, asked as
        # any unread words are
        corrected = ask_correction(
            session,
            who,
            replace(cmd, unread=None),
            the_amount_it_was(cmd, text, krone),
            message_ref=source_ref,
            source_ref=source_ref,
            now=now,
            source=source,
        )
        if corrected is not None:
            return corrected
    if cmd.unread and cmd.kind in {ActivityKind.OFFER, ActivityKind.WIN, ActivityKind.LOSS}:
        cmd = deal_named(session, who, cmd, found)
    romjul, romjul_said = romjul_days(cmd, who.today), cmd.unread
    weekend = (
        None
        if romjul or cmd.when != who.today or cmd.times > 1  # a count: times_question asks
        else weekend_said(cmd.unread, who.today)
    )
    if weekend is not None and weekend.rest is not None:
        weekend = None  # "Tine i dag, de har stengt i helga": their weekend, asked as words
    if weekend is not None:
        # session 70: "/logmeeting Storebrand i helga": Saturday or Sunday? Each on its button
        # (was the Saturday, unasked)
        cmd = replace(cmd, unread=None)
    period = None if romjul or weekend else period_said(cmd, who)
    if romjul or period:
        # cmds27. "/logmeeting Tine i romjula": which of its days? Each on its button (was
        # stored on its first working day, unasked); the rest as read. cmds28: so is any period
        # named for done work ("i desember" in January, "i påsken", "last month"; was "Store as
        # read" on today), a longer one with a date picker
        cmd = replace(cmd, unread=period_rest(cmd.unread, period) if period else None)
    week = None if romjul or period or weekend else week_said(cmd, who)
    if week is not None and week.said != cmd.week:
        cmd = replace(cmd, unread=None)  # its words were the week's
    step_period = None
    if not (romjul or period or week):
        cmd, step_period = step_read(cmd, who, text)
    cancelled: NeedsAnswer | None = None
    if (not_held := not_held_question(cmd, text)) is not None:
        cancelled, cmd = not_held  # session 41: "– aflyst", "ble utsatt": asked first
    doubt = (
        cancelled
        or (which_day_question(cmd, romjul, said=romjul_said) if romjul else None)
        or (which_day_question(cmd, weekend.days, said=weekend.said) if weekend else None)
        or (with_its_time(period_question(cmd, period, who), text, booked_what) if period else None)
        or (period_question(cmd, week, who) if week else None)
        or name_or_group_question(cmd)
        or place_name_question(cmd, text, found)
        # session 39: "/logoffer Yara 1 mill inkl. mva": without VAT, or as written?
        or (
            vat_question(cmd, cmd.currency or who.currency)
            if not cmd.unread and vat_included(the_amounts_words(text))
            else None
        )
        or (step_when_question(cmd, step_period) if step_period else None)
        or (step_no_day_question(cmd, who) if cmd.step_no_day and cmd.unread else None)
        or (
            (
                another_kind_question(cmd, other)
                if (other := another_kind(cmd, who, krone, found)) is not None
                else None
            )
            or booked_question(cmd, who.today)
            or unread_question(cmd)  # shows a count: "• 7 calls"
            if cmd.unread
            else days_question(cmd)
            or (times_question(cmd, text, who.today, workdays_of(who)) if cmd.times > 1 else None)
            or day_question(cmd, booked_what)
            or verb_or_name_question(cmd, text, found)
        )
    )
    if not doubt and slashed is not None and cmd.when in slashed.choices:
        doubt = which_day_question(cmd, slashed.choices)
    last = None if doubt else yesterday_or_a_week_before(text, who.today)
    if last is not None and cmd.when == last.days[-1]:
        # session 47: "/logmeeting Tesco last Thursday" on a Friday: yesterday, or the week
        # before's? Both on buttons (was yesterday, unasked)
        doubt = which_day_question(cmd, last.days, said=last.said)
    stored = doubt and repo.activity_by_ref(session, who.workspace_id, source_ref)
    answers = Answers(new_customer=allow_new_customer, separate=separate)
    if doubt and not stored:  # what was understood is asked first
        return ask(
            session, who, doubt, own_day(cmd), source=source, source_ref=source_ref,
            answers=answers, now=now,
        )  # fmt: skip
    return log(
        session,
        who,
        cmd,
        source=source,
        source_ref=source_ref,
        now=now,
        answers=answers,
        looked=recording.Looked(frozenset(keys), found),
        kept=own_day,
    )


def picked_day_outside(pending: questions.Pending, option: str, today: date) -> Answered | None:
    """cmds28. A day picked in a period's date picker that is not of it, or is ahead of today:
    said so, nothing stored, the picker still open (None: the day is fine)."""
    day = date.fromisoformat(option.removeprefix(questions.DAY))
    first = date.fromisoformat(str(pending.params["first"]))
    last = date.fromisoformat(str(pending.params["last"]))
    if day > today:
        return Answered("day_ahead", picked=day)
    if not first <= day <= last:
        return Answered(
            "day_outside", picked=day, said=str(pending.params.get("said") or ""),
            first=first, last=last,
        )  # fmt: skip
    return None


def deal_named(session: Session, who: Who, cmd: LogCommand, found: dict[str, Any]) -> LogCommand:
    """ "/logwin Equinor pilot" with two offers out to Equinor, one of them noted "pilot": the
    words name the deal the win closes (or the offer revises: recording picks it by them), so
    they are its note, read, not "could not read"."""
    customer = found.get(customer_key(cmd.customer))
    if customer is None or who.seller_id is None or cmd.unread is None:
        return cmd
    offers = [
        lead.id
        for lead in repo.open_lead_rows(session, who.workspace_id, customer.id)
        if lead.owner_id == who.seller_id and lead.offer_amount is not None
    ]
    if len(offers) < 2:
        return cmd
    if deal_words.naming(cmd.unread, repo.offer_notes(session, who.workspace_id, offers)) is None:
        return cmd
    note = " ".join(w for w in (cmd.unread, cmd.note) if w)
    return replace(cmd, note=note, unread=None, per_period=None, whole_value=None)


def deal_said(cmd: LogCommand, text: str, numbered: str | None) -> tuple[LogCommand, bool]:
    """What an offer's words say about the deal ("separat tilbud", "nytt tilbud på pilot",
    "revidert"): whether it is a deal of its own beside an open offer, and the words that said
    so kept as its note (read, not "could not read"). Other kinds are as parsed."""
    if cmd.kind is not ActivityKind.OFFER:
        return cmd, False
    said = deal_words.reading(" ".join(w for w in (text, numbered) if w))
    words = [numbered] if numbered else []  # taken out of the text: kept as its note
    if said is not None and cmd.unread and deal_words.reading(cmd.unread) is said:
        words.append(cmd.unread)
        cmd = replace(cmd, unread=None, per_period=None, whole_value=None)
    if words:
        cmd = replace(cmd, note=" ".join(w for w in (*words, cmd.note) if w))
    return cmd, said is deal_words.Reading.SEPARATE


def plan(
    session: Session, who: Who, cmd: LogCommand, *, now: datetime, open_only: bool = False
) -> Planned | None:
    """A meeting announced for the future: the lead's next activity, not a logged meeting.
    None when the lead had that very next step already (a message delivered again), or, with
    `open_only` (the next try of a call nobody answered), when the seller has no open lead
    with the customer: nothing is planned then."""
    assert cmd.next_step is not None
    _lead, changed, made = recording.plan_next_step(
        session, actor(who), cmd, now=now, open_only=open_only
    )
    if not changed:
        return None
    step = cmd.next_step
    return Planned(cmd.customer, step.what, step.due, made=made, period=step.period)


def _planned(done: Planned | None, said: Planned) -> Planned:
    """A plan made from a question's button, said as the button said it, with its Undo when
    it changed the lead (mendE32; None: planned so already, nothing to take back)."""
    return replace(said, made=done.made) if done is not None else said


@dataclass(frozen=True)
class UndonePlan:
    """mendE32. A plan's Undo: "undone" | "already" | "forbidden", and what it had planned."""

    state: str
    customer: str | None
    what: str
    due: date | None


def undo_plan(session: Session, who: Who, made: recording.PlanMade, *, now: datetime) -> UndonePlan:
    """mendE32. The Undo under a plan's confirmation ("Planned: *meeting* with *Statkraft* on
    Thu 3 Dec …"): the planned step taken off the lead, the step before it back (nothing was
    counted, so nothing else changes); by its seller or a manager of their team."""
    lead = repo.lead_by_id(session, who.workspace_id, made.lead_id)
    by_manager = lead is not None and may_act_for(session, who, who.user_id, lead.owner)
    state, customer = recording.undo_plan(session, actor(who), made, by_manager=by_manager, now=now)
    what, due, _at = made.step
    return UndonePlan(state, customer, what or "", due)


def separate_offer(
    session: Session, who: Who, activity_id: int, from_lead: int, *, now: datetime
) -> Logged | Separated:
    """ "It's a separate offer" under a revision's confirmation: the offer becomes a deal of its
    own (see recording.separate). Only its seller may; a second click changes nothing."""
    activity = repo.activity_by_id(session, who.workspace_id, activity_id)
    revised = (
        (activity.replaced_amount, activity.replaced_currency) if activity is not None else None
    )
    state, lead = recording.separate(
        session, who.workspace_id, activity, seller_id=who.seller_id, from_lead=from_lead, now=now
    )
    if state != "separated" or activity is None or lead is None or revised is None:
        return Separated(state)
    logged = logged_of(recording.Recorded(activity), who.currency)
    assert revised[0] is not None  # it was a revision (recording.separate checked)
    return replace(logged, separated_from=(revised[0], revised[1]))


# Words after `/kpi undo` that mean the newest entry anyway.
LATEST_WORDS = frozenset(
    {
        "last",
        "latest",
        "it",
        "that",
        "siste",
        "sist",
        "det",
        "sista",
        "senaste",
        "sidste",
        "seneste",
    }
)


def undo_last(session: Session, who: Who, naming: str = "", *, now: datetime) -> Undone:
    """`/kpi undo`: the requester's newest live activity. `naming`: what was typed after it; a
    customer other than the newest entry's is refused (`/kpi undo Nammo` took back whatever
    was newest, Nammo's or not)."""
    last = repo.last_live_activity(session, who.workspace_id, who.seller_id)
    named = " ".join(naming.split())
    if (
        named
        and last is not None
        and fold(named) not in LATEST_WORDS
        and customer_key(named) != last.customer.key
    ):
        raise UserError("undo_not_latest", customer=named[:80], latest=last.customer.name)
    return _undone(
        *recording.undo_times(
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
        *recording.undo_times(
            session,
            who.workspace_id,
            activity,
            by_user=who.user_id,
            by_manager=activity is not None
            and may_act_for(session, who, who.user_id, activity.seller),
            now=now,
        )
    )


@dataclass(frozen=True)
class UndoneAll:
    """The Undo under "Recorded all N" (session 25, conv25): every record that click stored
    taken back at once, or why not. `rows` as the confirmation listed them (week_rows)."""

    state: str  # "undone" | "already" | "forbidden" | "missing"
    rows: tuple[tuple[Any, ...], ...] = ()
    count: int = 0  # how many records went (a row said x3 is three)
    owner: str | None = None  # whose records they are (their Slack id): a stranger is told
    message: tuple[str, str] | None = None  # the channel message they were read from: its ✅


def undo_all(
    session: Session, who: Who, activity_ids: Sequence[int], *, now: datetime
) -> UndoneAll:
    """Undo all of a "Record all" click: each row's records (a row said x3 goes whole), by
    their seller or someone who may act for them; a double click finds them undone already."""
    found = [a for i in activity_ids if (a := repo.activity_by_id(session, who.workspace_id, i))]
    if not found:
        return UndoneAll("missing")
    owner = found[0].seller.slack_user_id
    if any(
        a.seller.slack_user_id != who.user_id
        and not may_act_for(session, who, who.user_id, a.seller)
        for a in found
    ):
        return UndoneAll("forbidden", owner=owner)
    rows: list[tuple[Any, ...]] = []
    for a in reversed(found):  # newest first: a lead is rebuilt from what was before it
        result, times = recording.undo_times(
            session, who.workspace_id, a, by_user=who.user_id, by_manager=True, now=now
        )
        if result.state == "undone":
            rows.append(
                (a.kind, a.customer.name, a.occurred_on, times, a.amount, a.currency, False)
            )
    if not rows:
        return UndoneAll("already", owner=owner)
    rows.reverse()
    message = message_of(found[0].source_ref)
    if message is not None and repo.live_activity_for_message(session, who.workspace_id, *message):
        message = None  # a record of it still counts (asked on its own, added by an edit): ✅ stays
    return UndoneAll("undone", tuple(rows), sum(row[3] for row in rows), owner, message)


# -- channel messages ----------------------------------------------------------------------------
def capture_enabled(session: Session, workspace_id: str, channel: str) -> bool:
    team = repo.team_by_channel(session, workspace_id, channel)
    return team is not None and team.capture_enabled


CAPTURE = "capture"
PLAN = "plan"  # a channel message's coming meeting: the lead's next step
TALK_AHEAD = "talk_ahead"  # a command's meeting or call on a day ahead: plan it? (session 24)
# A message's second (third …) record ("Demo for Elkjøp + sendte tilbud, 260k", a status list)
# is kept under the message's reference with its place after it: msg:<channel>:<ts>:2[:e<edit>].
MAX_RECORDS = 5


def later_records(message_ref: str) -> list[str]:
    """The references a message's records after its first are kept under."""
    return [f"{message_ref}:{place}" for place in range(2, MAX_RECORDS + 1)]


# Session 24 (conv24). "Forrige uke: man møte Orkla, tirs tlf Tine x3, ons tilbud Kiwi 200k":
# a week told by its days, asked in one question ("Record all 6?"), its code and its button.
RECORD_ALL = "record_all"
# days27. "Mandag: møte med Equinor. Torsdag: møte med Telenor" said on a Tuesday, no week
# named: the week gone (RECORD_ALL) or this one, Monday's held and Thursday's to come (this)
THIS_WEEK = "this_week"


def _row_currency(who: Who, cmd: LogCommand) -> str | None:
    """The currency a row of a week's list is shown in: as read, else the author's. amounts29: a
    Swede's or Dane's bare amount in a NOK team ("300 tkr"): in what they chose, else the number
    alone until the currency question (was shown as NOK before it was asked), as a single
    record's question shows it."""
    if cmd.amount is not None and cmd.currency is None and own_krone(who) is not None:
        return bare_choice(who)
    return cmd.currency or who.own_currency or who.currency


def ask_record_all(
    session: Session,
    who: Who,
    cmds: list[LogCommand],
    *,
    message_ref: str,
    ref_suffix: str,
    now: datetime,
    undated: Sequence[bool] = (),
    again: bool = False,
    unnamed: Sequence[str] = (),
    not_yet: Sequence[str] = (),
    plans: Sequence[LogCommand] = (),
    this_week: tuple[Sequence[LogCommand], Sequence[LogCommand]] | None = None,
    ask_again: bool = False,
) -> Question | RecordedAlready | None:
    """Every row of a week told by its days in one question, each with its day, kind,
    customer and amount; one button stores them all (each under its own reference:
    msg:<channel>:<ts>, then ":2", ":3" … as a message's later records are), one cancels.
    None when its author said it was no sale, or recorded it already (a delivery again);
    RecordedAlready when every row was logged before (by command).
    `again`: the rows an edit of a recorded one added (record_all_edited). `unnamed`: counts
    said with no customer ("5 samtaler"), as typed: named in the question as not recorded.
    `plans` (days27): the list's rows still to come, each a next step (`cmd.next_step`) the
    click plans on its lead, never counted. `this_week` (days27): the other reading of a list
    whose days run past today with no week named (its rows done this week, its plans): offered
    on a button of its own beside the week gone, nothing stored before either click.
    `ask_again` (pairs29): a message's meetings or calls every one of which was logged on that
    day already ("Møte med Aker og Yara i dag" sent twice) are asked once, another of each or the
    same sent twice, as a single record logged a moment ago is (never told RecordedAlready)."""
    earlier = question_store.for_ref(session, who.workspace_id, message_ref)
    done = (questions.NOT_A_SALE,) if again else (questions.NOT_A_SALE, RECORD_ALL, THIS_WEEK)
    if any(q.outcome in done for q in earlier):
        return None
    for q in earlier:
        if q.code == RECORD_ALL and q.answered_at is None:
            if questions.load(q.state).source_ref != message_ref + ref_suffix:
                q.answered_at, q.outcome = now, SUPERSEDED  # edited: ask about the new words
    if any(
        q.outcome == RECORDED_ALREADY
        and questions.load(q.state).source_ref == message_ref + ref_suffix
        for q in earlier
    ):
        return None  # said so once already (a delivery again)
    if not cmds and plans and this_week is None:
        return _ask_plans(session, who, list(plans), message_ref, ref_suffix, now)
    flags = [i < len(undated) and undated[i] for i in range(len(cmds))]
    said_cmds = list(cmds)
    cmds, undated, already, on_day = _recorded_that_week(session, who, cmds, flags, message_ref)
    logged_before = ask_again and not cmds and bool(already) and not again
    if logged_before:
        cmds, undated, already, on_day = said_cmds, flags, [], False
    if not cmds:
        # Every row logged already (by command, earlier): nothing to count again, but said so,
        # once (flows26; was: nothing said). Kept as an answered question so a delivery again,
        # or a double, says nothing more.
        if not already or again:
            return None
        pending = questions.Pending(
            said_cmds[0], Source.MESSAGE, message_ref + ref_suffix,
            Answers(new_customer=True, confirmed=True), RECORD_ALL, {}, (),
        )  # fmt: skip
        told = question_store.add(
            session,
            token=questions.new_token(),
            workspace_id=who.workspace_id,
            user_id=who.user_id,
            code=RECORD_ALL,
            source_ref=message_ref,
            state=questions.dump(pending),
            now=now,
        )
        told.answered_at, told.outcome = now, RECORDED_ALREADY
        return RecordedAlready(tuple(tuple(row) for row in already))
    # as many as it has rows (a week's list may have more than a message's MAX_RECORDS)
    refs = [message_ref, *(f"{message_ref}:{place}" for place in range(2, len(cmds) + 1))]
    rows = []
    for i, cmd in enumerate(cmds):
        if cmd.amount is not None and cmd.currency is None:
            # a bare amount in the currency of the author's open offer to them, as one asked alone
            cmds[i] = cmd = replace(cmd, currency=_offers_currency(session, who, cmd))
        shown = _row_currency(who, cmd)
        said = i < len(undated) and undated[i]  # "Denne uken: 3 møter (…)": the week's Monday
        rows.append([cmd.kind.value, cmd.customer, cmd.when, cmd.times, cmd.amount, shown, said])
    # the one day rows with no day of their own are dated on (the week's Monday), said once
    days = {row[2] for row in rows if row[6]}
    undated_day = days.pop() if len(days) == 1 else None
    params: dict[str, Any] = {
        "rows": rows,
        "count": sum(cmd.times for cmd in cmds),
        "undated_day": undated_day,
        "undated_week": undated_day.isocalendar().week if undated_day else None,
        "already": already,
        "unnamed": list(unnamed),
        "not_yet": list(not_yet),  # mendA29: rows on a day still to come, not recorded
        "already_on_day": on_day,  # some logged on their own day, not only that week
        "refs": [ref + ref_suffix for ref in refs],
        # each row's log as kept, for the click (a question keeps plain values)
        "commands": [json.dumps(questions.command_to_dict(cmd)) for cmd in cmds],
        # days26: the rows beside one recorded already ("I dag: 2 samtaler med Orkla", one
        # logged): the others the seller counted, stored without "logged a moment ago?" asked
        "again": [
            logged_before
            or (cmd.kind.value, customer_key(cmd.customer))
            in {(a[0], customer_key(a[1])) for a in already}
            for cmd in cmds
        ],
        "logged_before": logged_before,  # pairs29: every row logged that day: another of each?
    }
    params.update(_planned_rows(plans, who))
    options: tuple[str, ...] = (RECORD_ALL, questions.CANCEL)
    if this_week is not None:
        done, coming = this_week
        left, _flags, _already, _on_day = _recorded_that_week(
            session, who, list(done), [False] * len(done), message_ref
        )
        params.update(
            {f"this_week_{key}": value for key, value in _planned_rows(coming, who).items()},
            this_week_rows=[
                [
                    c.kind.value,
                    c.customer,
                    c.when,
                    c.times,
                    c.amount,
                    _row_currency(who, c),
                    False,
                ]
                for c in left
            ],  # fmt: skip
            this_week_commands=[json.dumps(questions.command_to_dict(c)) for c in left],
            this_week_count=sum(c.times for c in left),
            this_week_refs=[
                ref + ref_suffix
                for ref in [message_ref, *(f"{message_ref}:{n}" for n in range(2, len(left) + 1))]
            ][: len(left)],  # lists28: none when every row is a plan
        )
        options = (RECORD_ALL, THIS_WEEK, questions.CANCEL)
    needs = NeedsAnswer(RECORD_ALL, params, options)
    return ask(
        session,
        who,
        needs,
        cmds[0],
        source=Source.MESSAGE,
        source_ref=refs[0] + ref_suffix,
        answers=Answers(new_customer=True, confirmed=True),
        now=now,
        asked_about=message_ref,
    )


def _ask_plans(
    session: Session,
    who: Who,
    plans: list[LogCommand],
    message_ref: str,
    ref_suffix: str,
    now: datetime,
) -> Question | None:
    """lists28. A list whose every row is still to come this week, said so ("Tors: skal møte
    Telenor. Fre: skal sende tilbud til Tine"): one question, each row its lead's next step at
    the click ("This week, as plans"), nothing held, nothing counted."""
    params: dict[str, Any] = {
        "rows": [],
        "count": 0,
        "plans_only": True,
        "this_week_rows": [],
        "this_week_commands": [],
        "this_week_count": 0,
        "this_week_refs": [],
        **{f"this_week_{key}": value for key, value in _planned_rows(plans, who).items()},
    }
    needs = NeedsAnswer(RECORD_ALL, params, (THIS_WEEK, questions.CANCEL))
    return ask(
        session,
        who,
        needs,
        plans[0],
        source=Source.MESSAGE,
        source_ref=message_ref + ref_suffix,
        answers=Answers(new_customer=True, confirmed=True),
        now=now,
        asked_about=message_ref,
    )


def _planned_rows(plans: Sequence[LogCommand], who: Who) -> dict[str, Any]:
    """A list's rows still to come, as the question shows them ([kind, customer, due, amount,
    currency]: pairs29, an offer's amount said so the question says it is not kept, as a single
    plan's does) and as the click plans them."""
    return {
        "plans": [
            [
                c.kind.value,
                c.customer,
                c.next_step.due,
                c.amount,
                c.currency or who.own_currency or who.currency,
            ]
            for c in plans
            if c.next_step
        ],
        "plan_commands": [json.dumps(questions.command_to_dict(c)) for c in plans],
    }


RECORDED_ALREADY = "recorded_already"  # every row of the list was logged before: said so


@dataclass(frozen=True)
class RecordedAlready:
    """A list whose every row its author had logged already (by command, on that day or, a row
    with no day, that week): nothing asked, nothing stored; the rows as week_rows lists them."""

    rows: tuple[tuple[Any, ...], ...]

    @property
    def count(self) -> int:
        return sum(int(row[3]) for row in self.rows)


@dataclass(frozen=True)
class RecordAllEdited:
    """A channel message whose "Record all" was clicked, edited (session 25, conv25): the rows
    the edit took out went, the rows it left as they were stay, the rows it added (or changed)
    are asked in one question. `rows` (week_rows) those taken back."""

    removed: tuple[tuple[Any, ...], ...]
    kept: int  # records of the message still counted
    asked: Question | None = None

    @property
    def changed(self) -> bool:
        return bool(self.removed) or self.asked is not None


def _row_key(kind: str, customer: str, when: date) -> tuple[str, str, date]:
    return (kind, customer_key(customer), when)


def record_all_edited(
    session: Session,
    who: Who,
    channel: str,
    ts: str,
    cmds: Sequence[LogCommand],
    *,
    ref_suffix: str,
    now: datetime,
    undated: Sequence[bool] = (),
) -> RecordAllEdited | None:
    """An edit of a message whose "Record all" was clicked, against what it recorded: a row
    still said the same (kind, customer, day, times, amount) keeps its records; one no longer
    said is undone; one said anew, or changed, is asked (nothing stored unasked). A row its
    author undid and the edit still says stays undone. None: not such a message (read as any)."""
    ref = f"msg:{channel}:{ts}"
    clicked = question_store.for_message(session, who.workspace_id, ref)
    if not any(q.code == RECORD_ALL and q.outcome == RECORD_ALL for q in clicked):
        return None
    for q in clicked:
        if q.code == RECORD_ALL and q.answered_at is None:
            q.answered_at, q.outcome = now, SUPERSEDED  # an earlier edit's rows: asked anew
    groups: dict[str, list[Activity]] = {}
    for a in repo.live_activities_for_message(session, who.workspace_id, channel, ts):
        groups.setdefault(recording.first_ref(a.source_ref), []).append(a)
    live = list(groups.values())
    undone = [
        a
        for a in repo.undone_activities_for_message(session, who.workspace_id, channel, ts)
        if a.deleted_by != recording.UNDONE_BY_THE_MESSAGE
    ]
    added: list[LogCommand] = []
    added_undated: list[bool] = []
    for i, cmd in enumerate(cmds):
        key = _row_key(ActivityKind(cmd.kind).value, cmd.customer, cmd.when)
        same = next(
            (
                g
                for g in live
                if _row_key(g[0].kind, g[0].customer.name, g[0].occurred_on) == key
                and len(g) == cmd.times
                and g[0].amount == cmd.amount
            ),
            None,
        )
        if same is not None:
            live.remove(same)  # said as it was: stays
            continue
        by_a_person = next(
            (a for a in undone if _row_key(a.kind, a.customer.name, a.occurred_on) == key), None
        )
        if by_a_person is not None:
            undone.remove(by_a_person)  # its author undid it: the edit does not ask it again
            continue
        added.append(cmd)
        added_undated.append(i < len(undated) and undated[i])
    removed = []
    for group in live:  # no longer said, or said otherwise (asked below)
        first = group[0]
        if recording.built_upon(session, who.workspace_id, first):
            continue  # the deal it offered was won, lost or revised since: it was sent, it stays
        for a in group:
            recording.undo(
                session,
                who.workspace_id,
                a,
                by_user=recording.UNDONE_BY_THE_MESSAGE,
                by_manager=True,
                now=now,
            )
        removed.append(
            (first.kind, first.customer.name, first.occurred_on, len(group), first.amount,
             first.currency, False)
        )  # fmt: skip
    asked = None
    if added:
        asked = ask_record_all(
            session,
            who,
            added,
            message_ref=ref,
            ref_suffix=ref_suffix,
            now=now,
            undated=added_undated,
            again=True,
        )
        asked = asked if isinstance(asked, Question) else None
    kept = len(repo.live_activities_for_message(session, who.workspace_id, channel, ts))
    return RecordAllEdited(tuple(removed), kept, asked)


def logged_already(
    session: Session, who: Who, cmds: Sequence[LogCommand], message_ref: str
) -> bool:
    """pairs29. Whether any of a message's records its author logged already on that day (by
    another message or a command): the message's rows are then asked in one question, the ones
    logged said so, never one duplicate question and the others asked on their own."""
    _left, _flags, already, _on_day = _recorded_that_week(
        session, who, cmds, [False] * len(cmds), message_ref
    )
    return bool(already)


def _recorded_that_week(
    session: Session,
    who: Who,
    cmds: Sequence[LogCommand],
    undated: Sequence[bool],
    message_ref: str,
) -> tuple[list[LogCommand], list[bool], list[list[Any]], bool]:
    """A summary's rows with no day ("Uka så langt: 3 møter (Tine, …)") against what its
    author logged that week already (Tine's meeting on Tuesday): that one is the same work,
    not counted again, and shown so (session 25; was: counted twice). A row with its own day
    ("Denne uka: man møte Rema") against what its author logged on that very day (by command:
    flows26; was: asked again, counted twice at the click). The rows left, their flags, and
    those recorded already (as week_rows lists them, on their own day), and whether a row with
    its own day was among those."""
    if not cmds:
        return [], [], [], False
    starts = [
        c.when - timedelta(days=c.when.weekday()) if u else c.when
        for c, u in zip(cmds, undated, strict=True)
    ]
    ends = [s + timedelta(days=6) if u else s for s, u in zip(starts, undated, strict=True)]
    logged = [
        a
        for a in repo.live_activities_of_seller_between(
            session, who.workspace_id, who.seller_id, min(starts), max(ends)
        )
        if not (a.source_ref == message_ref or a.source_ref.startswith(message_ref + ":"))
    ]
    left: list[LogCommand] = []
    flags: list[bool] = []
    already: list[list[Any]] = []
    on_day = False
    for cmd, flag, start, end in zip(cmds, undated, starts, ends, strict=True):
        kind, key = ActivityKind(cmd.kind).value, customer_key(cmd.customer)
        same = [
            a
            for a in logged
            if a.kind == kind and a.customer.key == key and start <= a.occurred_on <= end
        ][: cmd.times]
        if not same:
            left.append(cmd)
            flags.append(flag)
            continue
        for a in same:
            logged.remove(a)
        on_day = on_day or not flag
        first = same[0]
        already.append(
            [kind, first.customer.name, first.occurred_on, len(same), first.amount,
             first.currency, False]
        )  # fmt: skip
        if len(same) < cmd.times:  # "3 samtaler med Tine", two of them logged: one more
            left.append(replace(cmd, times=cmd.times - len(same)))
            flags.append(flag)
    return left, flags, already, on_day


def _record_all(
    session: Session,
    who: Who,
    pending: questions.Pending,
    *,
    now: datetime,
    this_week: bool = False,
) -> LoggedAll:
    """ "Record all" clicked: every row stored once under its own reference (a second click
    was told "answered already"; a delivery again finds each stored). A row that still needs
    its author's say (a name close to a known customer's) is asked on its own."""
    logged: list[Logged] = []
    asked: list[Question] = []
    # days27: "This week" clicked: that reading's rows and plans, else the week gone's
    which = "this_week_" if this_week else ""
    refs = [str(ref) for ref in pending.params.get(f"{which}refs") or ()]
    kept = [
        questions.command_from_dict(json.loads(c))
        for c in pending.params.get(f"{which}commands") or ()
    ]
    said = [bool(row[6]) for row in pending.params.get(f"{which}rows") or ()]
    again = [] if this_week else [bool(flag) for flag in pending.params.get("again") or ()]
    undated: list[bool] = []
    for i, (cmd, ref) in enumerate(zip(kept, refs, strict=True)):
        try:
            with session.begin_nested():
                outcome = log(
                    session,
                    who,
                    cmd,
                    source=Source.MESSAGE,
                    source_ref=ref,
                    now=now,
                    answers=Answers(
                        new_customer=True, confirmed=True, again=i < len(again) and again[i]
                    ),
                )
        except WinNeedsAmount:
            # heldmsg33. "Forrige uke:\nMan: møte Tine\nTirs: tilbud Orkla 300k\nTors: vant
            # Kiwi", Kiwi with no open offer: the other rows stored, the win asked on its own
            # with its amount missing and an example (was: the whole click refused, nothing
            # stored, "I need the amount")
            outcome = ask_about_message(
                session, who, cmd, message_ref=ref, source_ref=ref, complete=False, now=now
            )
            if outcome is None:
                continue
        if isinstance(outcome, Question):
            asked.append(outcome)
        else:
            logged.append(outcome)
            undated.append(i < len(said) and said[i])
    planned: list[Planned] = []
    for c in pending.params.get(f"{which}plan_commands") or ():
        step = plan(session, who, questions.command_from_dict(json.loads(c)), now=now)
        if step is not None:  # None: that very step was the lead's already
            planned.append(step)
    shown = one_question(session, who, asked)
    return LoggedAll(
        tuple(logged),
        shown,
        message_of(refs[0]) if refs else None,
        tuple(undated),
        tuple(planned),
        _waiting(session, who, shown),
    )


# mendC29. Questions asked at one click that one answer settles for all: a seller's bare
# amounts (DKK or NOK, "I'll use your answer from now on"), the same pair sent twice ("another
# one, or the same?"). One is shown; the others are kept open under it (HELD), answered with it.
ONE_FOR_ALL = (recording.BARE_CURRENCY, "repeated")
HELD = "held"


def one_question(session: Session, who: Who, asked: Sequence[Question]) -> tuple[Question, ...]:
    """`asked` with each group that one answer settles as one question: the first, its text
    naming every amount ("numbers") or customer ("customers") it answers for."""
    shown: list[Question] = []
    for q in asked:
        lead = next(
            (
                i
                for i, s in enumerate(shown)
                if s.code == q.code
                and q.code in ONE_FOR_ALL
                and s.options == q.options
                and s.token != q.token
                and s.params.get("kind") == q.params.get("kind")
            ),
            None,
        )
        if lead is None:
            shown.append(q)
            continue
        s = shown[lead]
        row = question_store.by_token(session, who.workspace_id, s.token)
        if row is None:
            shown.append(q)
            continue
        pending = questions.load(row.state)
        params = dict(pending.params)
        if q.token in params.get(HELD, ()):
            continue  # asked again (a delivery again): held under it already
        params[HELD] = [*params.get(HELD, ()), q.token]
        if q.code == recording.BARE_CURRENCY:
            params["numbers"] = [*params.get("numbers", [params["number"]]), q.params["number"]]
        else:
            said = params.get("customers", [params["customer"]])
            params["customers"] = [*said, q.params["customer"]]
        row.state = questions.dump(replace(pending, params=params))
        shown[lead] = replace(s, params={**s.params, **params})
    return tuple(shown)


def _waiting(session: Session, who: Who, asked: Sequence[Question]) -> tuple[tuple[Any, ...], ...]:
    """The rows `asked` (and the questions held under them) wait to store, as the list said."""
    rows: list[tuple[Any, ...]] = []
    for q in asked:
        for token in (q.token, *(str(t) for t in q.params.get(HELD) or ())):
            row = question_store.by_token(session, who.workspace_id, token)
            if row is None:
                continue
            c = questions.load(row.state).command
            rows.append((str(c.kind), c.customer, c.when, c.times, c.amount, c.currency, False))
    return tuple(rows)


def _all_of(
    session: Session, who: Who, results: Sequence[Logged | Question | Answered | Any]
) -> LoggedAll:
    """Answers given at one click, as one confirmation: each stored, each still asked."""
    done: list[Logged] = []
    asked: list[Question] = []
    for x in results:
        if isinstance(x, Logged):
            done.append(x)
        elif isinstance(x, Question):
            asked.append(x)
        elif isinstance(x, LoggedAll):
            done.extend(x.logged)
            asked.extend(x.asked)
    shown = one_question(session, who, asked)
    message = next((x.message for x in done if x.message), None)
    return LoggedAll(tuple(done), shown, message, waiting=_waiting(session, who, shown))


SUPERSEDED = "superseded"  # the message was edited before its question was answered
MESSAGE_DELETED = "message_deleted"  # the message was deleted: nothing it said is recorded


def ask_about_message(
    session: Session,
    who: Who,
    cmd: LogCommand,
    *,
    message_ref: str,
    source_ref: str,
    complete: bool,
    now: datetime,
    planned: bool = False,
    words: str | None = None,
    today: date | None = None,
    price: Decimal | None = None,
    one_of_two: tuple[str, str] | None = None,
    place: bool = False,
    ahead: NextStep | None = None,
    which_days: tuple[date, ...] = (),
    which_kind: bool = False,
    step_days: tuple[date, ...] = (),
    days_clash: bool = False,
    together: str | None = None,
    step_either: bool = False,
    unnamed: Sequence[str] = (),
    unsure_step: tuple[str, date, str] | None = None,
    with_vat: bool = False,
    nameless: bool = False,
) -> Logged | Question | None:
    """A channel message that is probably a record: its author is asked privately (Record /
    Edit / Not a sale). `together`: a win the author says was won with a colleague, as typed
    ("Kari", a mention): when it names a member of the author's team, asked "Log as my win" /
    "It's Kari's" (which stores nothing) / Not a sale (mendG31). `price`: a price per period said with its term, `cmd.amount` the whole
    value for the term: both offered, each on its button (as a command's price per period is).
    `one_of_two`: (both names as one, the second) where two names neither known may be one
    customer's ("Marks and Spencer"): Record keeps the two (the second asked on its own), the
    other button records one customer of both names and withdraws the second's question.
    `which_days`: the two days an English speaker's slash date may be ("Met Kiwi 11/10"), each on its
    button, or (`days_clash`, left31) the date said and the weekday said nearest it ("Møte med Tine
    tirsdag 16.", the 16th a Wednesday); `which_kind`: a customer and an amount alone ("Kiwi 95k"): an offer sent or a win,
    each on its button (review25).
    `place`: the name read is a town ("Møte i Drammen"): which customer? Asked with the form,
    its customer to write (readers24). `ahead`: "Møte med DNB fredag kl 14" said on a Tuesday,
    held last Friday (`cmd.when`) or planned for the coming one (this step): both offered, each
    day on its button (session 25). `today`: the author's today, when `who` is as of another day (an
    edit of an older message, read as of when it was posted). Questions are kept under the message (`message_ref`, msg:<channel>:<ts>)
    so an answer holds for every later edit of it: after "Not a sale" it is never asked about
    again (None), after "Record" an edit is recorded without asking. `source_ref` is this
    version's reference (with the edit suffix). `complete`: the log can be stored as it is;
    otherwise only Edit and Not a sale are offered. `planned`: a coming meeting or call (its
    next step): Plan it or Not a sale — never Edit, whose log form records an activity held."""
    earlier = question_store.for_ref(session, who.workspace_id, message_ref)
    if any(q.outcome in (questions.NOT_A_SALE, questions.THEIRS) for q in earlier):
        return None
    spanned = None
    if complete and not planned and words and cmd.next_step is None and cmd.kind in BOOKABLE:
        # mendE33. "Møte med Tine i dag, følger opp over nyttår": asked (Record) as before, the
        # step kept for Record, due by the period's last working day (was: stored without it)
        step = a_messages_step_in_a_span(words, today or who.today, workdays_of(who))
        cmd = cmd if step is None else replace(cmd, next_step=step)
        spanned = step
    answers = with_deal_words(Answers(new_customer=True), cmd, words)
    mate = _won_with(session, who, together) if cmd.kind is ActivityKind.WIN else None
    if complete and any(
        q.code == CAPTURE and q.outcome in ("record", questions.DAYS) for q in earlier
    ):
        return log(
            session,
            who,
            cmd,
            source=Source.MESSAGE,
            source_ref=source_ref,
            now=now,
            answers=replace(answers, confirmed=True),
        )
    for q in earlier:
        if q.code == CAPTURE and q.answered_at is None:
            if questions.load(q.state).source_ref == source_ref:
                continue  # this very version, delivered again: ask() says it is repeated
            q.answered_at, q.outcome = now, SUPERSEDED  # edited: ask about the new words
    ranged = None
    if not complete and not planned and (in_range := range_in_message(who, cmd, words)):
        ranged, cmd = in_range
    elif not complete and not planned and (clashed := clash_in_message(who, cmd, words)):
        ranged, cmd = clashed  # mendD33: "2 mkr EUR", which currency, each on its button
    if cmd.amount is not None and cmd.currency is None:
        cmd = replace(cmd, currency=_offers_currency(session, who, cmd))
    shown = cmd.currency or who.currency
    if cmd.amount is not None and cmd.currency is None and own_krone(who) is not None:
        # A Dane's bare amount in a NOK team: in what they chose for it, else asked at Record
        # (DKK or NOK), the number shown without a currency meanwhile
        shown = bare_choice(who)
    options = ("record", questions.EDIT, questions.NOT_A_SALE)
    too_many = cmd.times_said if cmd.times == 1 and cmd.times_said else None
    if too_many:
        # "Ringte Orkla 25 ganger": more than MOST_TIMES, one talk with the words its note,
        # said so (Record stores it; Edit shows the words in the note)
        note = "; ".join(part for part in (too_many, cmd.note) if part)
        cmd = replace(cmd, times_said=None, note=note)
    params = {
        "kind": str(cmd.kind),
        "customer": cmd.customer,
        "words": too_many,
        # mendA32: "et par ganger", "a couple of calls": no number said, asked how many
        "vague": bool(too_many and vague_times(too_many)),
        "most": MOST_TIMES,
        "times": cmd.times,  # "Ringte Novo 2 ganger": "Record this as 2 calls with Novo?"
        "amount": cmd.amount,
        "currency": shown,
        "when": cmd.when,
        "today": today or who.today,
        # mendB30: a plan's day only ("Sent Boots a quote, will chase w/b 14th Dec" is an offer
        # sent today, the chase its next step: was asked "Plan an offer with Boots on 14 Dec?")
        "due": cmd.next_step.due if cmd.next_step and planned else None,
        # readers26. A loss's reason as it will be stored ("de valgte en anden leverandør",
        # "ca 400k"), shown with the question (was: "Record this as a lost deal with Netto?")
        "note": cmd.note if cmd.kind is ActivityKind.LOSS else None,
    }
    if spanned is not None and spanned.period:
        # left34. "Møte med Tine i dag, følger opp over nyttår": the step Record keeps, its
        # words and the day it is due by, said in the question (was: Record alone, the step
        # stored unsaid)
        params |= {"span_step": spanned.what, "span_period": spanned.period}
        params["span_due"] = spanned.due
    if not planned and (revised := _the_offer_revised(session, who, cmd, answers)) is not None:
        # mendA32. "Revised the Tesco proposal, now £52k" asked: the question says what Record
        # does, "Revise the offer to Tesco from GBP 45,000 to GBP 52,000?" (was "Record this as
        # an offer …", the revision said only by the confirmation)
        params["revising"], params["revising_currency"] = revised
        # Each amount as its confirmation writes it: a krone not the team's by its code (a
        # Swede's "850 000 SEK" in a NOK team, never a bare "kr"), as win_revision_waiting does
        params["revising_code"] = any(
            c in KRONER and c != who.currency for c in (revised[1], cmd.currency or shown)
        )
    if (
        cmd.kind is ActivityKind.WIN
        and cmd.amount is None
        and not complete
        and not planned
        and not nameless
        and recording.won_already(session, actor(who), cmd, now)
    ):
        # mendC34. "Vant Telenor i dag!" after "/logwin Telenor": the win logged a moment ago,
        # asked as the same win again (Log it again / Cancel), as "Vant Orkla 200k" twice is
        # (was: "the amount is missing, Telenor has no open offer")
        try:
            return log(
                session, who, cmd, source=Source.MESSAGE, source_ref=source_ref, now=now,
                answers=answers,
            )  # fmt: skip
        except UserError:
            pass  # not asked so after all (another day's win): the amount is asked below
    if (
        cmd.kind is ActivityKind.WIN
        and cmd.amount is None
        and not complete
        and not planned
        and not nameless
    ):
        # mendD32. "Vant Kiwi i går", Kiwi with no open offer: the amount is what is missing,
        # said so with an example (was: the question alone, Edit or Not a sale)
        params["win_amount_missing"] = True
    if (
        cmd.kind is ActivityKind.OFFER
        and cmd.amount is None
        and not complete
        and not planned
        and not nameless
    ):
        # heldmsg34. "Ringte Tine, sendte tilbud mandag": the offer asked on its own, its amount
        # what is missing, said so with an example (was: the question alone, Edit or Not a sale)
        params["offer_amount_missing"] = True
    if unnamed:
        # mendD32. "Ukens oppsummering:\n5 møter\nVant Kiwi i går": a wrap-up's one row asked
        # on its own, its counts with no customer still said not recorded
        params["unnamed"] = list(unnamed)
    if cmd.next_step is not None and not planned and not step_days:
        # heldmsg34. "Ringede til Carlsberg 3 gange i dag, … Tilbud sendes mandag": the step
        # said beside the record, shown as Record will store it (was: kept unsaid, or dropped)
        params["step_kept"] = [cmd.next_step.what, cmd.next_step.due]
    if cmd.kind is ActivityKind.CALL and cmd.note:
        # heldmsg32. "Didn't reach Tesco, left a voicemail": an unanswered call is asked as a
        # call (the lead, session 31), its words shown as the note it will be stored with
        params["call_note"] = cmd.note
    if mate is not None:
        # mendG31: whose win it is to log; "It's Kari's" stores nothing and says so
        params["together"] = mate
        last = (questions.THEIRS, questions.NOT_A_SALE)
        options = ("record", *last) if complete else (questions.EDIT, *last)
    elif (
        step_days
        and cmd.next_step is not None
        and (planned or complete)
        # left32: a held record's own day clashing too is asked first, the step's days next
        and not (which_days and days_clash and complete and not planned)
    ):
        # mendC30. "Ringer Orkla igjen tirsdag 16." where the 16th is a Wednesday: the plan (or
        # the held talk's next step) on the date said or on the weekday said nearest it, each
        # on its button (was: the coming Tuesday, a third day, guessed)
        params |= {"step_days": list(step_days), "planned": planned}
        if step_either:
            params["step_either"] = True  # mendI31: "Fri or Mon", two days said, no clash
        days = (f"{questions.STEP_ON}{day.isoformat()}" for day in step_days)
        options = (*days, questions.NOT_A_SALE)
    elif planned and cmd.next_step is not None:
        options = (PLAN, questions.NOT_A_SALE)
    elif complete and len(cmd.days) > 1 and len(cmd.days) == cmd.times:
        # readers25. "ringte Tine mandag og onsdag": one click stores each talk on its day
        # ("Log 2 calls with Tine: Mon 30 Nov and Wed 2 Dec", /logcall's days_question)
        params.update(count=cmd.times, days=list(cmd.days), days_said=cmd.times_said or "")
        options = (questions.DAYS, questions.EDIT, questions.NOT_A_SALE)
    elif place:
        params["place"] = True  # never recorded as a customer "Drammen" unasked
        options = (questions.EDIT, questions.NOT_A_SALE)
    elif nameless:
        # session 43: "Signed!! 🍾", "offert skickad 380k": no customer named; the form with
        # what was read, its customer to write
        params["nameless"] = True
        options = (questions.EDIT, questions.NOT_A_SALE)
    elif which_kind:
        params["which_kind"] = True
        options = (f"{questions.KIND}offer", f"{questions.KIND}win", questions.NOT_A_SALE)
    elif which_days and complete:
        params["which_days"] = [day.isoformat() for day in which_days]
        params["days_clash"] = days_clash
        if step_days and cmd.next_step is not None:
            # left32. "Møte med Tine mandag 24., neste møte fre eller man": the held day picked
            # first, then the step's two days asked (was: the step's days alone, the held
            # record stored on the date said, the weekday's day never offered)
            params |= {"then_step_days": list(step_days), "then_step_either": step_either}
        options = (
            *(f"{questions.DAY}{day.isoformat()}" for day in which_days),
            questions.EDIT,
            questions.NOT_A_SALE,
        )
    elif not complete:
        if days_clash and len(which_days) == 2:
            # left32. "Sendte tilbud til Tine mandag 24." (a Tuesday), no amount: both days it
            # can be said in the question, the form to fill (was: asked on the 24th alone)
            params["clash_unfilled"] = list(which_days)
        options = options[1:]
    elif price is not None and cmd.amount is not None and price != cmd.amount:
        params["price"] = price
        options = ("record", questions.PRICE, questions.EDIT, questions.NOT_A_SALE)
    elif one_of_two is not None:
        params["suggestions"], params["second_name"] = [one_of_two[0]], one_of_two[1]
        options = ("record", "pick:0", questions.EDIT, questions.NOT_A_SALE)
    elif ahead is not None and cmd.next_step is None:
        params["ahead"], params["ahead_what"] = ahead.due, ahead.what
        options = ("record", PLAN, questions.EDIT, questions.NOT_A_SALE)
    elif unsure_step is not None and cmd.next_step is None and options[0] == "record":
        # mendC33. "Sendte tilbud til Orkla 450k, følger opp etter 14/12": the step named in
        # the question, its day asked; the first working day after the date on a button (the
        # step stored on it), Record keeping its words as the record's note (was: the question
        # silent about it, and Record stored the offer with neither step nor note)
        # left34: the step its words say ("ringer etter 14/12" a call), not the follow-up
        said, first, what = unsure_step
        params |= {"unsure_step": said, "step_what": what, "note_kept": cmd.note}
        cmd = replace(cmd, note="; ".join(part for part in (cmd.note, said) if part))
        options = ("record", f"{questions.STEP_ON}{first.isoformat()}", *options[1:])
    if (
        params["vague"]
        and cmd.kind in (ActivityKind.MEETING, ActivityKind.CALL)
        and options == ("record", questions.EDIT, questions.NOT_A_SALE)
    ):
        # heldmsg33. "et par samtaler med Tine", "a couple of calls with Boots": how many on
        # its buttons, one click (was: Record stored one, the number only by the form)
        options = (f"{questions.TIMES}2", f"{questions.TIMES}3", *options)
    needs = NeedsAnswer(CAPTURE, params, options)
    if ranged is not None and ranged.code == CURRENCY_CLASH:
        needs = ranged
    elif ranged is not None:  # mendB30: which end of the range, each on its button
        needs = NeedsAnswer(
            AMOUNT_RANGE, {**ranged.params, "currency": cmd.currency}, ranged.options
        )
    elif (
        with_vat
        and complete
        and not planned
        and options[0] == "record"
        and (vat := vat_question(cmd, cmd.currency or who.currency, (questions.NOT_A_SALE,)))
    ):
        # session 39: "Yara signerte 1 mill inkl mva": without VAT, or as written? Each amount
        # on its button (was: stored at the price with the tax, unasked)
        needs = vat
    return ask(
        session,
        who,
        needs,
        cmd,
        source=Source.MESSAGE,
        source_ref=source_ref,
        answers=answers,
        now=now,
        asked_about=message_ref,
    )


def _the_offer_revised(
    session: Session, who: Who, cmd: LogCommand, answers: Answers
) -> tuple[Decimal, str] | None:
    """mendA32. The amount and currency of the author's one open offer to the customer that an
    offer asked about would revise when recorded (recording.apply: an offer on a lead with an
    offer out is its revision); None when it would not (no such offer, its words say a deal of
    its own, or two offers out: which one is asked at Record)."""
    if cmd.kind is not ActivityKind.OFFER or cmd.amount is None or answers.separate:
        return None
    if who.seller_id is None or not cmd.customer:
        return None
    customer = stored_named(session, who.workspace_id, cmd.customer)
    if customer is None:
        return None
    offers = [
        lead
        for lead in repo.open_lead_rows(session, who.workspace_id, customer.id)
        if lead.owner_id == who.seller_id and lead.offer_amount is not None
    ]
    if len(offers) != 1:
        return None
    return offers[0].offer_amount, offers[0].currency


def _won_with(session: Session, who: Who, said: str | None) -> str | None:
    """mendG31. The colleague a win was said to be won with, by name: a member of the author's
    team named ("Kari") or mentioned; None for anyone else (the question is then the usual)."""
    if not said:
        return None
    from bot.services import teams  # teams reads activities' figures

    try:
        user = teams.colleague_named(session, who, said)
    except UserError:
        return None
    if user is None or user == who.user_id:
        return None
    seller = repo.seller_by_user(session, who.workspace_id, user)
    return seller.display_name if seller is not None and seller.display_name else said


def range_in_message(
    who: Who, cmd: LogCommand, words: str | None
) -> tuple[NeedsAnswer, LogCommand] | None:
    """mendB30. An offer or a win with its amount a range in a channel message ("Skickade
    offert till Volvo 1,2–1,5 mkr", "Sent Boots a quote today, £30-40k"): the low, middle or
    high amount asked, each on its button, as /logoffer asks it (steps30), the range kept as
    the note (was: Edit or Not a sale only, nothing to store). None when it says none."""
    if cmd.kind not in (ActivityKind.OFFER, ActivityKind.WIN) or cmd.amount is not None:
        return None
    span = amount_range_in(words or "")
    ranged = a_range(span, reading_krone(who)) if span else None
    if not isinstance(ranged, AmountRange):
        return None
    said = ranged.said
    currency = said.high.currency or said.low.currency or cmd.currency
    cmd = replace(cmd, amount=said.high.amount, currency=currency)  # its currency: the caller's
    return range_question(said, cmd, questions.NOT_A_SALE, reading_krone(who))


def clash_in_message(
    who: Who, cmd: LogCommand, words: str | None
) -> tuple[NeedsAnswer, LogCommand] | None:
    """mendD33. An offer or a win in a channel message whose amount's unit and code name two
    currencies ("Tilbud til Yara 2 mkr EUR sendt", "Offer to Boots £45k USD"): which one,
    each on its button, as the command asks it (currency_clash; was stored in the unit's
    currency, the code dropped). None when the words say no such amount."""
    if cmd.kind not in (ActivityKind.OFFER, ActivityKind.WIN) or cmd.amount is not None:
        return None
    parts = (words or "").split()
    for i in range(len(parts)):
        for n in (2, 3, 4):
            if i + n > len(parts):
                break
            try:
                parse_amount(" ".join(parts[i : i + n]), krone=reading_krone(who))
            except CurrencyClash as clash:
                asked = clash_asked(clash, cmd.kind, cmd.customer, questions.NOT_A_SALE)
                return asked, replace(cmd, amount=clash.amount, currency=None)
            except UserError:
                continue
    return None


# Session 25. "Rettelse: Nammo var 350k, ikke 320k": a correction of a record posted before.
CORRECTION = "correction"
MEND = "mend"  # its button: the record's amount mended in place


def ask_correction(
    session: Session,
    who: Who,
    cmd: LogCommand,
    was: Decimal | None,
    *,
    message_ref: str,
    source_ref: str,
    now: datetime,
    source: Source = Source.MESSAGE,
) -> Question | None:
    """A correction naming a customer, the amount it is and the amount it was not: the author's
    own live offer or win with that customer at the amount it was not (the newest) is offered
    to be mended ("Change it to kr 350 000"), beside "Log another" (a second deal) and "Not a
    sale". Was: asked as a new record, and "Record" logged the deal a second time. None when no
    such record is theirs (asked as any likely record is). `was` None (session 70: a command
    that says it mends an earlier one, no amount said it was): the newest of the kind said at
    another amount than the correction's."""
    if cmd.amount is None or cmd.kind not in (ActivityKind.WIN, ActivityKind.OFFER):
        return None
    customer = stored_named(session, who.workspace_id, cmd.customer)
    if customer is None:
        return None
    mine = [
        a
        for a in repo.activities_of_customer(session, who.workspace_id, customer.id)
        if a.deleted_at is None
        and a.seller_id == who.seller_id
        and a.kind in (ActivityKind.WIN.value, ActivityKind.OFFER.value)
        and (
            a.amount == was
            if was is not None
            else a.kind == cmd.kind.value and a.amount is not None and a.amount != cmd.amount
        )
    ]
    if not mine:
        return None
    # the kind said first ("tilbudet til …"), else a win before an offer ("Nammo var 350k")
    record = max(mine, key=lambda a: (a.kind == cmd.kind.value, a.kind == "win", a.id))
    currency = cmd.currency if cmd.currency is not None else record.currency
    params = {
        "kind": record.kind,
        "customer": record.customer.name,
        "when": record.occurred_on,
        "was": record.amount,
        "was_currency": record.currency,
        "amount": cmd.amount,
        "currency": currency,
        "activity_id": record.id,
    }
    # a command's (readers26) is cancelled, not "not a sale"
    last = questions.NOT_A_SALE if source is Source.MESSAGE else questions.CANCEL
    needs = NeedsAnswer(CORRECTION, params, (MEND, "another", last))
    return ask(
        session,
        who,
        needs,
        # "Log another": a deal of its own, in the currency the question said
        replace(
            cmd, kind=ActivityKind(record.kind), customer=record.customer.name, currency=currency
        ),
        source=source,
        source_ref=source_ref,
        answers=Answers(new_customer=True),
        now=now,
        asked_about=message_ref,
    )


def _mend(
    session: Session, who: Who, pending: questions.Pending, *, now: datetime
) -> Corrected | Answered:
    """ "Change it": the record's amount (and currency, where the correction said one) mended in
    place, everything else as it was; its lead rebuilt (recording.amend)."""
    params = pending.params
    record = repo.activity_by_id(session, who.workspace_id, int(params["activity_id"]))
    was = Decimal(str(params["was"]))
    if (
        record is None
        or record.deleted_at is not None
        or record.seller_id != who.seller_id
        or record.amount != was
    ):
        return Answered("changed")  # undone, or mended since: nothing changed
    amount = Decimal(str(params["amount"]))
    currency = params.get("currency") or record.currency
    cmd = replace(recording.as_logged(record), amount=amount, currency=currency)
    before = (record.amount, record.currency)
    if not recording.amend(session, actor(who), record, cmd, source_ref=record.source_ref, now=now):
        return Answered("changed")
    return Corrected(
        record.kind, record.customer.name, record.occurred_on, amount, currency, *before
    )


def _offers_currency(session: Session, who: Who, cmd: LogCommand) -> str | None:
    """Session 23. A message's bare amount for an offer or win where the author's open offer to
    the customer is in another currency than the team's ("Revised offer to Jysk, roughly 450
    000", the offer in DKK): the offer's currency, as the question says and records it (was the
    team's NOK on the question, then asked again which). None: the team's, as typed."""
    if cmd.kind not in (ActivityKind.OFFER, ActivityKind.WIN):
        return None
    customer = stored_named(session, who.workspace_id, cmd.customer)
    if customer is None:
        return None
    team = who.own_currency or who.currency
    for lead in repo.open_leads(session, who.workspace_id, customer.id):
        if lead.owner_id == who.seller_id and lead.offer_amount is not None:
            # A seller whose krone is not the team's: the offer's currency even when it is the
            # team's (a bare amount on it is that offer's, as by command; never asked which)
            other = lead.currency != team or own_krone(who) is not None
            return lead.currency if lead.currency and other else None
    return None


def withdraw_message_questions(
    session: Session, workspace_id: str, message_ref: str, *, now: datetime
) -> None:
    """The message was deleted, or edited into something that is no record: a question still
    open about it (or about its second record) can no longer store anything (a click says it
    is out of date)."""
    for ref in (message_ref, *later_records(message_ref)):
        withdraw_question_at(session, workspace_id, ref, now=now)


def withdraw_question_at(session: Session, workspace_id: str, ref: str, *, now: datetime) -> None:
    """An open question kept under exactly `ref` can no longer store anything."""
    for q in question_store.for_ref(session, workspace_id, ref):
        if q.code == CAPTURE and q.answered_at is None:
            q.answered_at, q.outcome = now, SUPERSEDED


def close_deleted_message_questions(
    session: Session, workspace_id: str, message_ref: str, *, now: datetime
) -> None:
    """The message was deleted: every question about it (of any kind, about any of its edits)
    still open, or answered "Edit" with the form perhaps still open, stores nothing any more;
    a click or the form's submission says the message was deleted."""
    for q in question_store.for_message(session, workspace_id, message_ref):
        if q.answered_at is None:
            q.answered_at, q.outcome = now, MESSAGE_DELETED
        elif q.outcome == questions.EDIT:
            q.outcome = MESSAGE_DELETED


def _log_capture_answers(session: Session, who: Who) -> None:
    """The share of the team's message questions answered "Not a sale", as a figure for tuning
    the recogniser's thresholds (counts only: no message text)."""
    if who.team_id is None:
        return
    counts = question_store.answer_counts(session, who.workspace_id, CAPTURE, team_id=who.team_id)
    counts.pop(SUPERSEDED, None)
    counts.pop(MESSAGE_DELETED, None)
    answered = sum(counts.values())
    not_a_sale = counts.get(questions.NOT_A_SALE, 0)
    logger.info(
        "capture questions answered: workspace=%s team=%s answered=%d record=%d edit=%d "
        "not_a_sale=%d not_a_sale_share=%.2f",
        who.workspace_id,
        who.team_id,
        answered,
        counts.get("record", 0),
        counts.get(questions.EDIT, 0),
        not_a_sale,
        not_a_sale / answered if answered else 0.0,
    )
