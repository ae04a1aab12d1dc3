"""Session 26. A correction of a record posted before, asked and applied: its day ("Rettelse:
DNB-møtet var i går, ikke fredag"), its amount with no customer named ("Rettelse: det var
275.000, ikke 250.000": the author's latest record), its customer ("Correction: it was Shell,
not BP"), its kind ("det var et tilbud, ikke en vunnet avtale"). The record is found here, asked
about ("Move it to Mon 30 Nov" / "Log another" / "Not a sale") and changed in place on the click:
still one record, and the week's figures, the lead and the pipeline follow it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from bot.clock import local_date
from bot.domain import ActivityKind, Source
from bot.errors import UserError
from bot.services import activities, questions, recording
from bot.services.capture.corrections import Correction
from bot.services.commands import LogCommand
from bot.services.customers import customer_key, stored_named
from bot.services.questions import Answers, NeedsAnswer, Question
from bot.services.requester import KRONER, Who
from storage import questions as question_store
from storage import repositories as repo
from storage.models import Activity, Customer

_WITH_AMOUNT = (ActivityKind.WIN.value, ActivityKind.OFFER.value, ActivityKind.LOSS.value)


@dataclass(frozen=True)
class NotCorrected:
    """A correction that changes nothing, and why: "nothing" (no record of the author's it can
    mean), "colleague" (the record is `owner`'s: only they, or a manager, change it),
    "already" (the record says so already: corrected before)."""

    state: str
    owner: str | None = None
    # "too_old" (cmds27): the record's day, and the command that logs it as corrected
    when: date | None = None
    command: str | None = None
    # "denied" (mendD33): "mente 450 ikke 640" with no record of the author's at 640: the
    # correction's example, of their latest record's customer ("Telenor var 450, ikke 640")
    example: tuple[str, Decimal, Decimal] | None = None


def ask_amendment(
    session: Session,
    who: Who,
    fix: Correction,
    *,
    channel: str,
    thread_ts: str | None,
    message_ref: str,
    source_ref: str,
    now: datetime,
) -> Question | NotCorrected:
    """The record a correction means (the thread's, the customer's it names, else the author's
    latest in this channel since the working day before), asked to be changed in place."""
    target = _target(session, who, fix, channel=channel, thread_ts=thread_ts, now=now)
    if isinstance(target, NotCorrected) and target.state == "nothing":
        none = _none_to_move(session, who, fix, thread_ts=thread_ts, message_ref=message_ref,
                             source_ref=source_ref, now=now)  # fmt: skip
        return none or target
    if isinstance(target, list):
        return _which_record(session, who, fix, target, message_ref, source_ref, now)
    if not isinstance(target, Activity):
        return target
    record = target
    fix = _in_scale_of(record, fix)
    params: dict[str, object] = {
        "change": fix.change,
        "kind": record.kind,
        "customer": record.customer.name,
        "when": record.occurred_on,
        "activity_id": record.id,
    }
    cmd = recording.as_logged(record)
    if fix.change == "amount":
        params |= {
            "was": record.amount,
            "was_currency": record.currency,
            "amount": fix.amount,
            "currency": fix.currency or record.currency,
        }
    elif fix.change == "day":
        params |= {"day": _day_for(record, fix)}
        log = log_of(session, record)
        if len(log) > 1:
            # mendE31: "Ringede til Lego 2 gange i dag", then "… var i går, ikke i dag": the
            # log's N records move together, the question says N (was: one moved, "it stays one")
            params |= {"count": len(log)}
    elif fix.change == "customer":
        params |= {"new_customer": fix.customer} | _log_size(session, record)
    elif fix.change == "count":
        # mendE31: "det var 2 møter med Telenor, ikke 1": the difference added on the log's day,
        # or taken back (was: asked as 2 new meetings, 3 stored at the click)
        params |= {"count": fix.count, "was_count": len(log_of(session, record))}
    else:
        assert fix.kind is not None
        params |= {"new_kind": fix.kind.value} | _log_size(session, record)
    cmd = _as_corrected(record, fix)
    if "count" in params and cmd.kind in _TALKS:
        cmd = replace(cmd, times=int(params["count"]))  # "Log another": as many, on that day
    options = (activities.MEND, "another", questions.NOT_A_SALE)
    if fix.change == "count":
        options = (activities.MEND, questions.NOT_A_SALE)  # another log is what it mends
    elif cmd.kind in (ActivityKind.OFFER, ActivityKind.WIN) and cmd.amount is None:
        # views32: "det var et tilbud, ikke et møte": another offer with no amount said was
        # stored at "Log another" while its reply failed ("nothing was stored"): not offered
        options = (activities.MEND, questions.NOT_A_SALE)
    needs = NeedsAnswer(activities.CORRECTION, params, options)
    return activities.ask(
        session, who, needs, replace(cmd, next_step=None, temperature=None, note=None),
        source=Source.MESSAGE, source_ref=source_ref, answers=Answers(new_customer=True),
        now=now, asked_about=message_ref,
    )  # fmt: skip


_TALKS = (ActivityKind.MEETING, ActivityKind.CALL)


def _log_size(session: Session, record: Activity) -> dict[str, object]:
    """views32. A customer's or kind's correction of a log of N ("Ringte Telenor x3", then
    "Rettelse: det var Telia, ikke Telenor"): {"count": N}, all N asked to change (was: one of
    them, the others left with the customer or kind said wrong); {} for a record alone."""
    log = log_of(session, record)
    return {"count": len(log)} if len(log) > 1 else {}


def _none_to_move(
    session: Session,
    who: Who,
    fix: Correction,
    *,
    thread_ts: str | None,
    message_ref: str,
    source_ref: str,
    now: datetime,
) -> Question | None:
    """mendJ31. "Rettelse: møtet med Kiwi var i går, ikke i dag" with no meeting of the author's
    with Kiwi to move: said so, and one logged on the day said offered on a button, nothing
    stored before the click (was: another customer's latest record offered to be moved). None
    when the correction names no customer, or no day.

    views32. "Rettelse: tilbudet til Orkla var 450k" / "møtet med Kiwi var et tilbud, ikke et
    møte" with no such record of the author's with that customer: said so, and one logged as
    the correction says it is (that amount, that kind, today) offered (was: the author's latest
    record, another customer's, offered to be changed)."""
    if fix.change not in ("day", "amount", "kind") or fix.of_customer is None or thread_ts:
        return None
    if fix.bare:
        return None  # heldmsg33: "450 not 540" with no such record: no scale to log it in
    if fix.change == "day" and fix.day is None:
        return None
    if fix.change == "amount":
        named = [fix.of_kind] if fix.of_kind else [ActivityKind(k) for k in _WITH_AMOUNT]
        kind = fix.of_kind or ActivityKind.OFFER
    elif fix.change == "kind":
        assert fix.kind is not None
        if fix.kind in (ActivityKind.OFFER, ActivityKind.WIN):
            return None  # its amount unsaid: nothing to offer on a button (told as before)
        named, kind = [fix.was_kind] if fix.was_kind else [], fix.kind
    else:
        kind = fix.of_kind or ActivityKind.MEETING
        named = [kind]
    customer = stored_named(session, who.workspace_id, fix.of_customer)
    since = who.today - timedelta(days=who.today.weekday() + 7)  # the window a named one mends
    if customer is not None and any(
        a.deleted_at is None
        and a.seller_id == who.seller_id
        and (not named or a.kind in [k.value for k in named if k is not None])
        and a.occurred_on >= since
        for a in repo.activities_of_customer(session, who.workspace_id, customer.id)
    ):
        return None  # a record of that kind is theirs, on another day: told as before
    # session 46: an amount mended on a record named with its day ("tilbudet til Maxbo i går
    # var på 380k") is logged on that day (was today)
    day = fix.day if fix.change == "day" else (fix.of_day or who.today)
    assert day is not None
    if fix.weekday and day > who.today:
        day -= timedelta(days=7)
    params: dict[str, object] = {
        "change": "none_to_move" if fix.change == "day" else "none_to_mend",
        "kind": kind.value,
        "customer": fix.of_customer,
        "day": day,
    }
    cmd = LogCommand(kind=kind, customer=fix.of_customer, when=day)
    if fix.change == "amount":
        # mendE32: the currency shown is the one that will be stored; None (the amount shown
        # bare) when the log asks it at the click (was: the team's shown, "SEK or NOK?" asked)
        currency = _sure_currency(session, who, fix, kind, customer)
        # a krone not the team's named by its code (Lars's SEK in a NOK team: "450 000 SEK")
        coded = currency in KRONER and currency != (who.own_currency or who.currency)
        params |= {"amount": fix.amount, "currency": currency, "coded": coded}
        cmd = replace(cmd, amount=fix.amount, currency=fix.currency)  # None: as any log's
    needs = NeedsAnswer(activities.CORRECTION, params, ("record", questions.CANCEL))
    return activities.ask(
        session, who, needs, cmd, source=Source.MESSAGE, source_ref=source_ref,
        answers=Answers(new_customer=True), now=now, asked_about=message_ref,
    )  # fmt: skip


def _sure_currency(
    session: Session, who: Who, fix: Correction, kind: ActivityKind, customer: Customer | None
) -> str | None:
    """mendE32. The currency a correction's amount offered as a new log will be stored in: the
    log's own rule (recording.money) on the customer's open offer, if any; None when that rule
    would ask (a Dane's "450.000" in a NOK team with no choice made, an open offer in a currency
    neither the team's nor their choice)."""
    if fix.currency is not None:
        return fix.currency
    lead = None
    if customer is not None and kind in (ActivityKind.OFFER, ActivityKind.WIN):
        lead = next(
            (
                lead
                for lead in repo.open_leads(session, who.workspace_id, customer.id)
                if lead.offer_amount is not None and lead.currency
            ),
            None,
        )
    cmd = LogCommand(kind=kind, customer=fix.of_customer, when=who.today, amount=fix.amount)
    try:
        return recording.money(activities.actor(who), cmd, customer, lead, Answers())[1]  # type: ignore[arg-type]
    except NeedsAnswer:
        return None


def withdraw_correction(session: Session, workspace_id: str, ref: str, *, now: datetime) -> None:
    """cmds27. A correction's message edited before its question was answered: the question
    about the words before stores nothing any more (its "Change it" says the message was
    edited since); the edited words are asked anew."""
    for q in question_store.for_ref(session, workspace_id, ref):
        if q.code == activities.CORRECTION and q.answered_at is None:
            q.answered_at, q.outcome = now, activities.SUPERSEDED


def _as_corrected(record: Activity, fix: Correction) -> LogCommand:
    """The record as the correction says it is."""
    cmd = recording.as_logged(record)
    if fix.change == "amount":
        assert fix.amount is not None
        return replace(cmd, amount=fix.amount, currency=fix.currency or record.currency)
    if fix.change == "day":
        return replace(cmd, when=_day_for(record, fix))
    if fix.change == "customer":
        assert fix.customer is not None
        return replace(cmd, customer=fix.customer)
    if fix.change == "count":
        assert fix.count is not None
        return replace(cmd, times=fix.count)
    assert fix.kind is not None
    amount = cmd.amount if fix.kind.value in _WITH_AMOUNT else None
    return replace(cmd, kind=fix.kind, amount=amount)


# mendD33. "ment 450 ikke 540" with two records of the author's at 540: which one, a button each
WHICH = "mend:"


def _which_record(
    session: Session,
    who: Who,
    fix: Correction,
    records: list[Activity],
    message_ref: str,
    source_ref: str,
    now: datetime,
) -> Question:
    """mendD33. A number's correction alone ("ment 450 ikke 540", "meant 450 not 540") where
    more than one of the author's records holds the number denied ("Sendte tilbud til Tine
    540k", "Vant Rema 540k"): which one, each on its button (its kind, customer and amount),
    the one clicked mended in place as "Change it" mends it (was: the latest alone offered).
    Nothing changed until then."""
    rows = []
    for record in records:
        scaled = _in_scale_of(record, fix)
        rows.append(
            {
                "activity_id": record.id,
                "kind": record.kind,
                "customer": record.customer.name,
                "when": record.occurred_on.isoformat(),
                "was": str(record.amount),
                "was_currency": record.currency,
                "amount": str(scaled.amount),
                "currency": record.currency,
            }  # plain values: kept as the question's JSON
        )
    first = rows[0]
    params: dict[str, object] = {
        "change": "amount_which",
        "records": rows,
        "count": len(rows),
        "said_was": fix.was_amount,
        "said": fix.amount,
        "customer": first["customer"],
        "kind": first["kind"],
    }
    options = (*(f"{WHICH}{i}" for i in range(len(rows))), questions.NOT_A_SALE)
    needs = NeedsAnswer(activities.CORRECTION, params, options)
    cmd = recording.as_logged(records[0])
    return activities.ask(
        session, who, needs, replace(cmd, next_step=None, temperature=None, note=None),
        source=Source.MESSAGE, source_ref=source_ref, answers=Answers(new_customer=True),
        now=now, asked_about=message_ref,
    )  # fmt: skip


def _target(
    session: Session,
    who: Who,
    fix: Correction,
    *,
    channel: str,
    thread_ts: str | None,
    now: datetime,
) -> Activity | NotCorrected | list[Activity]:
    def fits(record: Activity, fix: Correction) -> bool:
        return _fits_log(record, fix, _size(session, record, fix))

    def holds(record: Activity, fix: Correction) -> bool:
        return _holds_log(record, fix, _size(session, record, fix))

    if thread_ts is not None:
        # posted in the thread of the record's message: that record, whoever else is named
        parent = repo.live_activity_for_message(session, who.workspace_id, channel, thread_ts)
        if parent is not None:
            if parent.seller_id != who.seller_id:
                return NotCorrected("colleague", parent.seller.slack_user_id)
            if fits(parent, fix):
                return parent
            return NotCorrected("already" if holds(parent, fix) else "nothing")
    named = fix.of_customer or fix.was_customer
    if named is not None:
        customer = stored_named(session, who.workspace_id, named)
        named_pool = (
            []
            if customer is None
            else [
                a
                for a in repo.activities_of_customer(session, who.workspace_id, customer.id)
                if a.deleted_at is None
            ]
        )
        # cmds27: this week's and last week's records only (was: any, however old; a week
        # reported long ago changed by a word in the channel)
        since = who.today - timedelta(days=who.today.weekday() + 7)
        pool = [a for a in named_pool if a.occurred_on >= since]
        records = [a for a in pool if fits(a, fix)]
        older = [
            a
            for a in named_pool
            if a.occurred_on < since and a.seller_id == who.seller_id and fits(a, fix)
        ]
        if older and not any(a.seller_id == who.seller_id for a in records):
            newest = max(older, key=lambda a: (a.occurred_on, a.id))
            example = activities.command_example(
                _as_corrected(newest, _in_scale_of(newest, fix)), who
            )
            return NotCorrected("too_old", when=newest.occurred_on, command=example)
    else:
        since = _working_day_before(who.today)
        pool = [
            a
            for a in repo.recent_activities(session, who.workspace_id, who.seller_id, limit=10)
            if local_date(a.created_at, who.timezone) >= since and _in_channel(a, channel)
        ]
        records = [a for a in pool if fits(a, fix)]
        if fix.bare and len(records) > 1:
            return records  # mendD33: two records at the number denied: which one, asked
        records = records[:1]
    mine = [a for a in records if a.seller_id == who.seller_id]
    if mine and fix.change == "day" and fix.was_weekday is not None:
        # mendE31. "ikke tirsdag": the latest on a Tuesday; nearest the date said, if one was
        # ("on Tuesday 24/11, not Wednesday": the Wednesday of that week)
        near = fix.day if not fix.weekday else None
        return max(
            mine,
            key=lambda a: (
                a.kind == (fix.of_kind or fix.was_kind),
                -abs((a.occurred_on - near).days) if near is not None else 0,
                a.occurred_on,
                a.id,
            ),
        )
    if mine:
        return max(mine, key=lambda a: (a.kind == (fix.of_kind or fix.was_kind), a.id))
    own = [a for a in pool if a.seller_id == who.seller_id]
    if fix.bare and named is None and fix.amount is not None and fix.was_amount is not None:
        # mendD33. "mente 450 ikke 640" with no record of theirs at 640 (in any scale): said
        # so, with a correction naming the customer (was "your record says so already" when
        # the latest held 450k, or "no record" with no number said)
        other = [a for a in own if not holds(a, fix)]  # never one that says so already
        latest = (other or own)[0].customer.name if own else "Nammo"
        return NotCorrected("denied", example=(latest, fix.amount, fix.was_amount))
    if any(holds(a, fix) for a in (own if named is not None else own[:1])):
        # changed so already (a correction said twice, or after its "Change it"): once
        return NotCorrected("already")
    if records:
        return NotCorrected("colleague", records[-1].seller.slack_user_id)
    return NotCorrected("nothing")


def _size(session: Session, record: Activity, fix: Correction) -> int:
    """How many records the log of `record` is, where a count's correction asks (else 1)."""
    return len(log_of(session, record)) if fix.change == "count" else 1


def _holds_log(record: Activity, fix: Correction, size: int) -> bool:
    """Whether the record says already what the correction says it is."""
    if fix.change == "count":
        return (
            record.kind == (fix.of_kind.value if fix.of_kind else record.kind)
            and (fix.day is None or record.occurred_on == fix.day)
            and size == fix.count
        )
    kind = fix.of_kind
    if kind is not None and record.kind != kind.value and fix.change != "kind":
        return False
    if fix.change == "amount" and fix.bare:
        return record.amount is not None and any(
            record.amount == fix.amount * f for f in _SCALES
        )  # fmt: skip
    if fix.change == "amount":
        return record.amount == fix.amount
    if fix.change == "day":
        return record.occurred_on == _day_for(record, fix)
    if fix.change == "customer":
        return fix.customer is not None and record.customer.key == customer_key(fix.customer)
    return fix.kind is not None and record.kind == fix.kind.value


def _fits_log(record: Activity, fix: Correction, size: int) -> bool:
    """Whether the record is one the correction can mean: of the kind it names, at what it said
    the record was not ("ikke 250.000"), not already what it says it is. `size`: how many its
    log is (a count's correction)."""
    kind = fix.of_kind or fix.was_kind
    if kind is not None and record.kind != kind.value:
        return False
    if fix.change == "count":
        return (
            record.kind in (ActivityKind.MEETING.value, ActivityKind.CALL.value)
            and (fix.day is None or record.occurred_on == fix.day)
            and size != fix.count
            and (fix.was_count is None or size == fix.was_count)
        )
    if fix.change == "amount" and fix.bare:
        return record.kind in _WITH_AMOUNT and _scale(record, fix) is not None
    if fix.change == "amount":
        return (
            record.kind in _WITH_AMOUNT
            and record.amount is not None
            and record.amount != fix.amount
            and (fix.was_amount is None or record.amount == fix.was_amount)
        )
    if fix.change == "day":
        return record.occurred_on != _day_for(record, fix) and (
            record.occurred_on == fix.was_day
            if fix.was_weekday is None and fix.was_day is not None
            else fix.was_weekday is None or record.occurred_on.weekday() == fix.was_weekday
        )
    if fix.change == "customer":
        assert fix.customer is not None and fix.was_customer is not None
        return record.customer.key == customer_key(fix.was_customer) and record.customer.key != (
            customer_key(fix.customer)
        )
    return fix.kind is not None and record.kind != fix.kind.value


# heldmsg33. The scales a number said alone is read in ("450" of a record of 450 000: thousands)
_SCALES = (1, 1000, 1_000_000)


def _scale(record: Activity, fix: Correction) -> int | None:
    """heldmsg33. "ment 450 not 540": the scale in which the record's amount is the number
    denied (540 of 540 000: 1000), or None (the record is not the one meant)."""
    if record.amount is None or fix.was_amount is None or fix.amount is None:
        return None
    return next((f for f in _SCALES if record.amount == fix.was_amount * f), None)


def _in_scale_of(record: Activity, fix: Correction) -> Correction:
    """A bare number's correction in the scale of the record it mends ("450 not 540" of 540 000:
    450 000 not 540 000, in the record's currency); any other as it is."""
    f = _scale(record, fix) if fix.bare else None
    if f is None:
        return fix
    assert fix.amount is not None and fix.was_amount is not None
    return replace(fix, amount=fix.amount * f, was_amount=fix.was_amount * f, bare=False)


def _day_for(record: Activity, fix: Correction) -> date:
    """The day a day's correction moves the record to: the day said, or, said by its weekday
    alone ("var mandag"), that weekday nearest the record: the latest by the end of the
    record's week (Mon 23 Nov for a record of Tue 24 Nov, said on Wed 2 Dec), never after the
    day read (today at the latest). mendE31: was the latest Monday, a week after the record."""
    assert fix.day is not None
    if not fix.weekday:
        return fix.day
    week_end = record.occurred_on + timedelta(days=6 - record.occurred_on.weekday())
    day = fix.day
    while day > week_end:
        day -= timedelta(days=7)
    return day


def log_of(session: Session, record: Activity) -> list[Activity]:
    """mendE31. The live records of the log `record` is one of, when it said its talk N times
    ("Ringede til Lego 2 gange i dag": its reference, then "#2" …), on the record's day: what
    one Undo takes back, and a correction moves, whole. Oldest first; [record] alone else."""
    refs = recording.times_refs(recording.first_ref(record.source_ref), recording.MOST_TIMES)
    log = [
        a
        for a in repo.live_activities_by_refs(session, record.workspace_id, refs)
        if a.seller_id == record.seller_id
        and a.kind == record.kind
        and a.customer_id == record.customer_id
        and a.occurred_on == record.occurred_on
    ]
    return log if any(a.id == record.id for a in log) else [record]


def _in_channel(record: Activity, channel: str) -> bool:
    """Told in this channel, or by a command (which no channel keeps)."""
    return record.source_ref.startswith(f"msg:{channel}:") or not record.source_ref.startswith(
        "msg:"
    )


def _working_day_before(today: date) -> date:
    day = today - timedelta(days=1)
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


class _NotMoved(Exception):
    """A record of a log that could not be moved: none of them is."""


@dataclass(frozen=True)
class Amended:
    """A correction's "Change it" done: what the record was, and is now."""

    change: str
    kind: str
    customer: str
    when: date
    was: str  # the day, customer or kind it was (an ISO day for "day")
    count: int = 1  # mendE31: the records of a log of N moved together


def mend(
    session: Session, who: Who, pending: questions.Pending, *, now: datetime
) -> Amended | activities.Answered:
    """ "Move it" / "Change the customer" / "Change it to an offer": the record changed in place
    (its day), or taken back and told again as it was meant under its own reference (its
    customer, its kind: the old lead loses it, an empty lead goes). Once: a record changed or
    undone since changes nothing."""
    params = pending.params
    change = str(params["change"])
    record = repo.activity_by_id(session, who.workspace_id, int(params["activity_id"]))
    if (
        record is None
        or record.deleted_at is not None
        or record.seller_id != who.seller_id
        or record.kind != params["kind"]
        or record.customer.name != params["customer"]
        or record.occurred_on != date.fromisoformat(str(params["when"]))
    ):
        return activities.Answered("changed")
    cmd = recording.as_logged(record)
    actor = activities.actor(who)
    if change == "count":
        return _recount(session, who, record, pending, now=now)
    if change == "day":
        day = date.fromisoformat(str(params["day"]))
        count = int(params.get("count") or 1)
        log = log_of(session, record) if count > 1 else [record]
        if len(log) != count:
            return activities.Answered("changed")  # one of the log undone since: asked anew
        try:
            with session.begin_nested():  # all N moved, or none
                for one in log:
                    if not recording.amend(
                        session, actor, one, replace(recording.as_logged(one), when=day),
                        source_ref=one.source_ref, now=now,
                    ):  # fmt: skip
                        raise _NotMoved
        except _NotMoved:
            return activities.Answered("changed")
        return Amended(
            change, record.kind, record.customer.name, day, str(params["when"]), count=count
        )
    # views32: a log of N changes whole, told again as one log under its first's reference
    # ("#c<id>", then "#2" … "#N": one Undo still takes back all); was: one of the N changed
    count = int(params.get("count") or 1)
    log = log_of(session, record) if count > 1 else [record]
    if len(log) != count:
        return activities.Answered("changed")  # one of the log undone since: asked anew
    first = log[0]
    cmd = recording.as_logged(first)
    if change == "customer":
        new = replace(cmd, customer=str(params["new_customer"]))
        was = record.customer.name
    else:
        kind = ActivityKind(str(params["new_kind"]))
        new = replace(cmd, kind=kind, amount=cmd.amount if kind.value in _WITH_AMOUNT else None)
        if new.amount is None:
            new = replace(new, currency=None)
        was = record.kind
    # a talk's log stays N; N talks said to be an offer, a win or a loss become one (views32)
    new = replace(new, times=count if new.kind in _TALKS else 1)
    try:
        with session.begin_nested():
            for one in log:
                recording.undo(
                    session, who.workspace_id, one, by_user=who.user_id, by_manager=False, now=now
                )
            done = recording.record_times(
                session, actor, new, source=Source(first.source),
                source_ref=f"{first.source_ref}#c{first.id}", now=now,
                # (its amount, unchanged, was stored once: no ceiling question again)
                answers=Answers(
                    new_customer=True, again=True, without_offer=True, above_ceiling=True
                ),
            )  # fmt: skip
    except NeedsAnswer:
        # cmds27. "it was Shell, not BP" where a colleague won Shell the same day, or Shell is
        # a lookalike of a known name: retold, the record needs a question of its own. Nothing
        # changed, and said so with what would change (was: "changed since", which it was not)
        becomes = new.customer if change == "customer" else new.kind.value
        example = activities.command_example(new, who)
        return activities.Answered("swap_asks", example, was=was, becomes=becomes)
    except UserError:
        return activities.Answered("changed")
    if done.duplicate:
        return activities.Answered("changed")
    return Amended(change, new.kind.value, new.customer, new.when, was, count=count)


def _recount(
    session: Session, who: Who, record: Activity, pending: questions.Pending, *, now: datetime
) -> Amended | activities.Answered:
    """mendE31. A count's "Add 1 meeting" / "Take back 1 meeting": the log's records as many as
    the correction said, on the log's day; those added are of the log (its reference, "#N": one
    Undo takes back all), those taken back its last. Once: a log changed since is asked anew."""
    params = pending.params
    count, was = int(params["count"]), int(params["was_count"])
    log = log_of(session, record)
    if len(log) != was:
        return activities.Answered("changed")
    if count < was:
        for gone in log[count - was :]:
            recording.undo(
                session, who.workspace_id, gone, by_user=who.user_id, by_manager=False, now=now
            )
    else:
        base = recording.first_ref(log[0].source_ref)
        refs = recording.times_refs(base, recording.MOST_TIMES)
        used = {
            a.source_ref
            for a in repo.activities_of_customer(session, who.workspace_id, record.customer_id)
        }
        free = [ref for ref in refs if ref not in used][: count - was]
        if len(free) < count - was:
            return activities.Answered("changed")
        again = replace(
            recording.as_logged(log[0]), temperature=None, next_step=None, note=None, times=1
        )
        for ref in free:
            recording.record(
                session, activities.actor(who), again, source=Source(record.source),
                source_ref=ref, now=now,
                answers=Answers(new_customer=True, again=True, without_offer=True),
            )  # fmt: skip
    return Amended(
        "count", record.kind, record.customer.name, record.occurred_on, str(was), count=count
    )
