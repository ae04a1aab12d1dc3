"""A channel message's records: which are live, which version of the message they came from, and
what an edit, an undo or a deletion of the message does to them.

The message listener (listeners/events/messages.py) asks these before and after the recogniser
reads a message: whether it was answered or told about already, whether a newer version is
stored, whether a person undid or built upon its records, and mends or withdraws them when the
message is edited or deleted. Asking about a message and recording what it said is
activities.ask_about_message and activities.answer; this module only looks up and mends what was
stored. No Slack, and `now` is handed in."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy.orm import Session

from bot.domain import ActivityKind
from bot.i18n import person_language
from bot.services import questions, recording
from bot.services.activities import (
    SUMMED_BEFORE,
    Logged,
    actor,
    close_deleted_message_questions,
    logged_of,
)
from bot.services.commands import (
    LogCommand,
)
from bot.services.requester import Who
from storage import questions as question_store
from storage import repositories as repo
from storage.models import Activity, MessageVersion


def known_customers(session: Session, workspace_id: str) -> tuple[list[str], set[str]]:
    """The workspace's customer names, and the keys of those with an open offer."""
    return repo.customer_names(session, workspace_id), repo.open_offer_keys(session, workspace_id)


def _ts_order(ts: str) -> tuple[int, int]:
    """A Slack timestamp ("1763631510.000100") as something that sorts in time; an unreadable
    one sorts first."""
    seconds, _, micros = ts.partition(".")
    if not (seconds.isdigit() and (micros.isdigit() or micros == "")):
        return (-1, -1)
    return int(seconds), int(micros.ljust(6, "0")[:6])


def message_answered(
    session: Session, workspace_id: str, channel: str, ts: str, *, now: datetime
) -> None:
    """A message that recorded nothing but was answered (a pointer to what the bot reads): its
    version as posted counts as read, so a retried delivery of it is stale. An edit of it is
    still read."""
    newest_message_version(session, workspace_id, channel, ts, edited_ts=ts, now=now)


def newest_message_version(
    session: Session,
    workspace_id: str,
    channel: str,
    ts: str,
    *,
    edited_ts: str | None = None,
    deleted: bool = False,
    now: datetime,
) -> bool:
    """Whether this delivery of a team-channel message is newer than all read before: the
    message as posted (no `edited_ts`), an edit (`edited_ts`: its edited.ts), or the deletion.
    Slack may deliver an edit or the deletion first, or an older edit after a newer one (a
    retried delivery comes minutes later); what is older than what was read changes nothing.
    An edit or a deletion is remembered (the caller's unit of work commits it)."""
    row = repo.message_version(session, workspace_id, channel, ts)
    if row is not None and row.deleted:
        return False  # deleted: no version of it counts any more
    if edited_ts is None and not deleted:
        return row is None  # as posted: stale once an edit of it was read
    if row is not None and not deleted:
        if _ts_order(edited_ts or "") <= _ts_order(row.edited_ts):
            return False  # this edit, or a newer one, was read already
    if row is None:
        mine = MessageVersion(
            workspace_id=workspace_id,
            channel=channel,
            ts=ts,
            edited_ts=edited_ts or "",
            deleted=deleted,
            updated_at=now,
        )
        if repo.add_message_version(session, mine) is mine:
            return True
        # A concurrent delivery of this message stored its version first: compared with it.
        return newest_message_version(
            session, workspace_id, channel, ts, edited_ts=edited_ts, deleted=deleted, now=now
        )
    if deleted:
        row.deleted = True
    else:
        row.edited_ts = edited_ts or ""
    row.updated_at = now
    return True


@dataclass(frozen=True)
class MessageRecord:
    """What a channel message's live record says (plain values)."""

    kind: ActivityKind
    customer: str
    amount: Decimal | None
    currency: str | None
    day: date


def message_record(
    session: Session, workspace_id: str, channel: str, ts: str
) -> MessageRecord | None:
    """The live record a channel message made, read before an edit takes it back."""
    found = repo.live_activity_for_message(session, workspace_id, channel, ts)
    if found is None:
        return None
    return MessageRecord(
        ActivityKind(found.kind), found.customer.name, found.amount, found.currency,
        found.occurred_on,
    )  # fmt: skip


def told_once(session: Session, workspace_id: str, channel: str, ts: str, *, now: datetime) -> bool:
    """A message that records nothing but is answered with a note (a count of talks with no
    customer named: services.talk_counts): True the first time only, however often Slack
    delivers it. Kept as the message's version as posted, so an edit of it is read as any."""
    if repo.message_version(session, workspace_id, channel, ts) is not None:
        return False
    mine = MessageVersion(
        workspace_id=workspace_id,
        channel=channel,
        ts=ts,
        edited_ts="",
        deleted=False,
        updated_at=now,
    )
    return repo.add_message_version(session, mine) is mine


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
    """An edited message: the old records go (a second one too), so the edited text can be
    read again. Returns (handled already, there was a record)."""
    had = False
    for before in _live_records(session, workspace_id, channel, ts):
        if recording.first_ref(before.source_ref).endswith(suffix):
            return True, True  # this very edit was handled already (a retried delivery)
        recording.undo(
            session,
            workspace_id,
            before,
            by_user=recording.UNDONE_BY_THE_MESSAGE,
            by_manager=True,
            now=now,
        )
        had = True
    return False, had


def message_record_undone_by_a_person(
    session: Session, workspace_id: str, channel: str, ts: str
) -> bool:
    """Whether the newest record this message made was taken back by a person (Undo, `/kpi
    undo`), not by an edit of it: an edit after that is asked about, never recorded unasked
    (a typo corrected in a win its author undid, because they had logged it already, counted
    it again)."""
    by = repo.newest_record_of_message_undone_by(session, workspace_id, channel, ts)
    return by is not None and by != recording.UNDONE_BY_THE_MESSAGE


def message_said_the_same(session: Session, workspace_id: str, channel: str, ts: str) -> bool:
    """Whether its author answered "It was the same" about this message (the meeting or call
    it told was one logged a moment before, perhaps by command in other words): nothing was
    stored, and an edit of it is asked about, never recorded unasked (was: an edit after the
    ten minutes counted the meeting twice)."""
    return any(
        q.code in ("repeated", SUMMED_BEFORE) and q.outcome == questions.SAME
        for q in question_store.for_message(session, workspace_id, f"msg:{channel}:{ts}")
    )


def amend_message_record(
    session: Session,
    who: Who,
    channel: str,
    ts: str,
    suffix: str,
    cmd: LogCommand,
    *,
    now: datetime,
) -> Logged | None:
    """An edited message that still records the same kind with the same customer ("offer to
    Orkla, 320k" corrected to 350k): its one record amended in place, so it keeps its place
    before what was logged since (the win that closed the deal; was: undone and logged anew
    after it, a second, open offer of a deal already won). None: not so (read anew)."""
    records = repo.live_activities_for_message(session, who.workspace_id, channel, ts)
    if len(records) != 1 or cmd.times > 1:
        return None  # N records, or N said now: read anew
    [record] = records
    ref = f"msg:{channel}:{ts}"
    if record.source_ref != ref and not record.source_ref.startswith(ref + ":e"):
        return None  # its second record (":2"): asked about on its own
    if not recording.amend(session, actor(who), record, cmd, source_ref=ref + suffix, now=now):
        return None
    return replace(logged_of(recording.Recorded(record), who.currency), amended=True)


def message_record_built_upon(session: Session, workspace_id: str, channel: str, ts: str) -> bool:
    """Whether a later entry builds on a record this message made (the win that closed the
    deal it offered): an edit that makes it another kind or customer is asked about, never
    recorded unasked (the author says whether the win was that deal)."""
    return any(
        recording.built_upon(session, workspace_id, record)
        for record in repo.live_activities_for_message(session, workspace_id, channel, ts)
    )


def thread_record_of_another(
    session: Session,
    workspace_id: str,
    channel: str,
    thread_ts: str,
    user_id: str,
    customer: str,
) -> bool:
    """Whether the first message of a thread recorded a deal with this customer for someone
    other than `user_id`: a reply of theirs naming it is most likely about that deal ("Great
    work Lars, won Nammo 320k!"), asked about rather than stored as theirs."""
    parent = repo.live_activity_for_message(session, workspace_id, channel, thread_ts)
    return (
        parent is not None
        and parent.seller.slack_user_id != user_id
        and parent.customer.name.casefold() == customer.casefold()
    )


def message_first_read(
    session: Session, workspace_id: str, channel: str, ts: str
) -> datetime | None:
    """When a channel message was first read as a record or asked about (None: never). Its edit
    is read as of then: "Won Nammo 350k" written on 20 November and corrected on 10 December
    is still a win of 20 November."""
    return repo.message_first_read(session, workspace_id, channel, ts)


def _live_records(session: Session, workspace_id: str, channel: str, ts: str) -> Iterator[Activity]:
    """The live records a channel message made, one at a time as each is undone (a message
    makes two at most: its second record is asked about on its own)."""
    seen: set[int] = set()
    while (found := repo.live_activity_for_message(session, workspace_id, channel, ts)) is not None:
        if found.id in seen:
            return  # not undone (it could not be): never read twice
        seen.add(found.id)
        yield found


@dataclass(frozen=True)
class KeptOffer:
    """An offer whose message was deleted after a later entry built on it (the win or loss that
    closed its deal, a revision): kept, and its seller told so, with Undo."""

    activity_id: int
    user_id: str  # the seller's Slack id
    language: str
    customer: str
    when: date


def message_deleted(
    session: Session, workspace_id: str, channel: str, ts: str, *, now: datetime
) -> list[KeptOffer]:
    """A deleted message takes its records with it, and its questions (its second record's
    too: they are kept under the message's reference with a suffix). An offer a later entry
    built on stays: the deal was won, lost or revised since, so it was sent (was: the offer
    went without a word, and the won deal was left without the offer it won). Those kept."""
    close_deleted_message_questions(session, workspace_id, f"msg:{channel}:{ts}", now=now)
    kept = []
    for activity in repo.live_activities_for_message(session, workspace_id, channel, ts):
        if activity.kind == ActivityKind.OFFER.value and recording.built_upon(
            session, workspace_id, activity
        ):
            seller = activity.seller
            team = (
                repo.team_by_id(session, workspace_id, seller.team_id) if seller.team_id else None
            )
            language = person_language(
                seller.locale, team.language if team else None, seller.language
            )
            kept.append(
                KeptOffer(
                    activity.id,
                    seller.slack_user_id,
                    language,
                    activity.customer.name,
                    activity.occurred_on,
                )  # fmt: skip
            )
            continue
        recording.undo(
            session,
            workspace_id,
            activity,
            by_user=recording.UNDONE_BY_THE_MESSAGE,
            by_manager=True,
            now=now,
        )
    return kept
