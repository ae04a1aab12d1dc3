"""Claims: who sends a scheduled message, decided by the database.

A claim row per (workspace, kind, subject, period) with a unique constraint. To send, a process
inserts the row in state `sending` with a lease, or takes over a row whose lease ran out (a crash
mid-send) or that is due for another try, with one conditional UPDATE. Only the process whose
insert or UPDATE succeeded sends. Nothing here commits: each step is its own short unit of work
in the caller, so no transaction is held open while Slack is called."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

from sqlalchemy import case, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from storage.models import Claim, Seller

LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 5


def get(session: Session, workspace_id: str, kind: str, subject: str, period: str) -> Claim | None:
    return session.scalars(
        select(Claim).where(
            Claim.workspace_id == workspace_id,
            Claim.kind == kind,
            Claim.subject == subject,
            Claim.period == period,
        )
    ).one_or_none()


def open_for_taking(state: str, attempts: int, lease_until: datetime | None, now: datetime) -> bool:
    """Would take() hand this existing claim to a process now? The same rule, for reading many
    claims at once: not sent or given up, attempts left, and no running lease."""
    if state in {"sent", "failed"} or attempts >= MAX_ATTEMPTS:
        return False
    return lease_until is None or lease_until < now


def settled(
    session: Session, kinds: Collection[str], periods: Collection[str], now: datetime
) -> set[tuple[str, str, str, str]]:
    """(workspace, kind, subject, period) of every claim nobody may take now: sent, given up, or
    being sent under a running lease (the negation of open_for_taking, said in SQL). One query
    for a whole tick, across workspaces."""
    if not kinds or not periods:
        return set()
    rows = session.execute(
        select(Claim.workspace_id, Claim.kind, Claim.subject, Claim.period).where(
            Claim.kind.in_(sorted(kinds)),
            Claim.period.in_(sorted(periods)),
            or_(
                Claim.state.in_(("sent", "failed")),
                Claim.attempts >= MAX_ATTEMPTS,
                Claim.lease_until >= now,
            ),
        )
    )
    return {tuple(row) for row in rows}  # type: ignore[misc]


def take(
    session: Session, workspace_id: str, kind: str, subject: str, period: str, now: datetime
) -> tuple[Claim | None, bool]:
    """(claim, takeover): the claim if this process may send now, else None. `takeover` says a
    previous attempt may have reached Slack before it died (so check before sending again)."""
    claim = Claim(
        workspace_id=workspace_id,
        kind=kind,
        subject=subject,
        period=period,
        state="sending",
        attempts=1,
        lease_until=now + LEASE,
        started_at=now,
        created_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(claim)
            session.flush()
        return claim, False
    except IntegrityError:
        pass
    existing = get(session, workspace_id, kind, subject, period)
    if existing is None or existing.state in {"sent", "failed"}:
        return None, False
    if existing.attempts >= MAX_ATTEMPTS:
        return None, False
    was_sending = existing.state == "sending"
    # Take it over only if nobody else did in between (compare-and-set on state and lease).
    result = session.execute(
        update(Claim)
        .where(
            Claim.id == existing.id,
            Claim.state == existing.state,
            Claim.attempts == existing.attempts,
            or_(Claim.lease_until.is_(None), Claim.lease_until < now),
        )
        .values(
            state="sending",
            attempts=existing.attempts + 1,
            lease_until=now + LEASE,
            updated_at=now,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return None, False
    session.refresh(existing)
    return existing, was_sending


def mark_sent(
    session: Session, claim_id: int, channel: str | None, ts: str | None, now: datetime
) -> None:
    session.execute(
        update(Claim)
        .where(Claim.id == claim_id)
        .values(
            state="sent",
            channel=channel,
            message_ts=ts,
            lease_until=None,
            error=None,
            updated_at=now,
        )
    )


def mark_failed(
    session: Session, claim: Claim, error: str, now: datetime, *, retry_after: timedelta | None
) -> bool:
    """A permanent failure (retry_after None), or the last attempt, ends the claim; a transient
    one waits `retry_after` and is tried again. Whether it ended."""
    final = retry_after is None or claim.attempts >= MAX_ATTEMPTS
    session.execute(
        update(Claim)
        .where(Claim.id == claim.id)
        .values(
            error=error[:64],
            updated_at=now,
            state="failed" if final else "pending",
            lease_until=None if final else now + retry_after,  # type: ignore[operator]
        )
    )
    return final


def hand_back(session: Session, claim: Claim, error: str, now: datetime) -> None:
    """Not tried after all (the bot token refused for now, bot.scheduler): open to the next try
    at once, this attempt not counted, and that try looks in the conversation first (a post
    refused so was not made, but an earlier attempt's may have been)."""
    session.execute(
        update(Claim)
        .where(Claim.id == claim.id)
        .values(
            error=error[:64],
            updated_at=now,
            state="sending",
            attempts=max(claim.attempts - 1, 0),
            lease_until=now,
        )
    )


def mark_unsure(
    session: Session, claim: Claim, error: str, now: datetime, *, retry_after: timedelta
) -> bool:
    """Slack answered 5xx or the connection dropped: the message may have been posted. The claim
    stays `sending` under a lease, so the next try is a takeover that first looks in the
    conversation for it (never a second post); the last attempt ends it. Whether it ended."""
    final = claim.attempts >= MAX_ATTEMPTS
    session.execute(
        update(Claim)
        .where(Claim.id == claim.id)
        .values(
            error=error[:64],
            updated_at=now,
            state="failed" if final else "sending",
            lease_until=None if final else now + retry_after,
        )
    )
    return final


def reopen_failed(session: Session, workspace_id: str, team_id: int, period: str) -> int:
    """A team's digest and its sellers' summaries for `period` that ended `failed` may be tried
    again (`kpibot digest --resend`); what was sent stays sent. How many were reopened."""
    sellers = session.scalars(
        select(Seller.id).where(Seller.workspace_id == workspace_id, Seller.team_id == team_id)
    )
    result = session.execute(
        update(Claim)
        .where(
            Claim.workspace_id == workspace_id,
            Claim.period == period,
            Claim.state == "failed",
            or_(
                (Claim.kind == "digest") & (Claim.subject == str(team_id)),
                (Claim.kind == "summary") & Claim.subject.in_([str(i) for i in sellers]),
            ),
        )
        .values(state="pending", attempts=0, lease_until=None, error=None)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


# -- work to do again later (a person's join whose profile Slack could not give) ----------------
def later(
    session: Session,
    workspace_id: str,
    kind: str,
    subject: str,
    period: str,
    *,
    channel: str,
    error: str,
    due: datetime,
    now: datetime,
) -> bool:
    """A claim left for a later tick (state `pending`, no attempt yet, due at `due`): the tick
    takes it as any claim (take), so one process does it, once. False when it is there already
    (Slack delivered the event again, or another process received it too)."""
    claim = Claim(
        workspace_id=workspace_id,
        kind=kind,
        subject=subject,
        period=period,
        state="pending",
        attempts=0,
        lease_until=due,
        channel=channel,
        error=error[:64],
        created_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(claim)
            session.flush()
        return True
    except IntegrityError:
        return False


def owed_again(
    session: Session, workspace_id: str, kind: str, subject: str, period: str, now: datetime
) -> bool:
    """A claim that ended for want of its message's thread (`no_thread`: the digest given up,
    then resent with `kpibot digest --resend`) open again, to be taken at once. Whether it was."""
    result = session.execute(
        update(Claim)
        .where(
            Claim.workspace_id == workspace_id,
            Claim.kind == kind,
            Claim.subject == subject,
            Claim.period == period,
            Claim.state == "failed",
            Claim.error == "no_thread",
        )
        .values(state="pending", attempts=0, lease_until=now, error="owed", updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def due(session: Session, kind: str, now: datetime) -> list[tuple[str, str, str, str | None]]:
    """(workspace, subject, period, channel) of the claims of `kind` that take() would hand to a
    process now (open_for_taking, in SQL), oldest first."""
    rows = session.execute(
        select(Claim.workspace_id, Claim.subject, Claim.period, Claim.channel)
        .where(
            Claim.kind == kind,
            Claim.state.in_(("pending", "sending")),
            Claim.attempts < MAX_ATTEMPTS,
            or_(Claim.lease_until.is_(None), Claim.lease_until < now),
        )
        .order_by(Claim.id)
    )
    return [tuple(row) for row in rows]  # type: ignore[misc]


def finish(session: Session, claim_id: int, attempts: int, now: datetime) -> bool:
    """Mark the claim this process took (its `attempts`) done, if it still is this process's:
    False when it was ended meanwhile (drop) or taken over. First in its transaction: on
    PostgreSQL the row's lock orders it with a drop() of the same claim."""
    result = session.execute(
        update(Claim)
        .where(Claim.id == claim_id, Claim.state == "sending", Claim.attempts == attempts)
        .values(state="sent", lease_until=None, error=None, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount == 1


def waiting(session: Session, workspace_id: str, kind: str, subject: str) -> list[str]:
    """The channels of the claims of `kind` about `subject` not done yet (pending, or being
    done), oldest first."""
    return [
        channel or ""
        for channel in session.scalars(
            select(Claim.channel)
            .where(
                Claim.workspace_id == workspace_id,
                Claim.kind == kind,
                Claim.subject == subject,
                Claim.state.in_(("pending", "sending")),
            )
            .order_by(Claim.id)
        )
    ]


def drop(
    session: Session,
    workspace_id: str,
    kind: str,
    subject: str,
    channel: str,
    now: datetime,
    *,
    error: str = "dropped",
) -> int:
    """End, undone, the claims of `kind` about `subject` in `channel` not done yet (the person
    left the channel before their join was checked again). How many."""
    result = session.execute(
        update(Claim)
        .where(
            Claim.workspace_id == workspace_id,
            Claim.kind == kind,
            Claim.subject == subject,
            Claim.channel == channel,
            Claim.state.in_(("pending", "sending")),
        )
        .values(state="failed", error=error, lease_until=None, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


def remove(session: Session, workspace_id: str, kind: str, subject: str, period: str) -> int:
    """Forget a claim, so the same (kind, subject, period) may be claimed again: a notice about
    a state that ended (a team's channel back from the archive). How many (0 or 1)."""
    result = session.execute(
        delete(Claim)
        .where(
            Claim.workspace_id == workspace_id,
            Claim.kind == kind,
            Claim.subject == subject,
            Claim.period == period,
        )
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


# -- the A-customers a seller's nudge DM listed: a weekly cadence, kept as claims --------------
# A claim of kind `nudge_a` per (seller, local day) whose DM listed A-customers due a touchpoint:
# never posted itself (state `sent` from the start), read back to space the A-customer list a
# week apart (bot.services.nudges.a_customers_listed_today). No table of its own: no migration.
A_LISTED = "nudge_a"


def a_customers_last_listed(
    session: Session, sellers: dict[str, list[int]], since: str
) -> dict[tuple[str, int], str]:
    """The last day (an ISO date, on or after `since`) on which each of the `sellers`' nudge DM
    listed A-customers, by (workspace, seller id): one query for a whole pass, through
    ix_claims_kind_period (a week's lists, at most one per seller; the sellers are picked here)."""
    if not sellers:
        return {}
    wanted = {(ws, str(seller)) for ws, ids in sellers.items() for seller in ids}
    rows = session.execute(
        select(Claim.workspace_id, Claim.subject, func.max(Claim.period))
        .where(Claim.kind == A_LISTED, Claim.period >= since)
        .group_by(Claim.workspace_id, Claim.subject)
    )
    return {(ws, int(subject)): day for ws, subject, day in rows if (ws, subject) in wanted}


def mark_a_customers_listed(
    session: Session, workspace_id: str, seller_id: int, day: str, now: datetime
) -> None:
    """Remember that the seller's DM for `day` listed A-customers (once: the day's nudge claim
    already lets one process send it)."""
    if get(session, workspace_id, A_LISTED, str(seller_id), day) is None:
        session.add(
            Claim(
                workspace_id=workspace_id,
                kind=A_LISTED,
                subject=str(seller_id),
                period=day,
                state="sent",
                attempts=1,
                created_at=now,
                updated_at=now,
            )
        )


# -- a notice to a team's managers, waiting for Slack (bot.services.notices) --------------------
def wait(session: Session, claim_id: int, note: str, until: datetime, now: datetime) -> None:
    """The claim this process took left for a later try from `until`, with `note` (what it is to
    say) kept on it; this try not counted (its own sends count theirs)."""
    session.execute(
        update(Claim)
        .where(Claim.id == claim_id)
        .values(
            error=note[:64],
            updated_at=now,
            state="pending",
            attempts=case((Claim.attempts > 0, Claim.attempts - 1), else_=0),
            lease_until=until,
        )
        .execution_options(synchronize_session=False)
    )


def done(
    session: Session, workspace_id: str, kind: str, subject: str, period: str, now: datetime
) -> None:
    """A claim made done at once (sent outside the claims, as a listener's DM): never sent
    again. Nothing when it is there already."""
    claim = Claim(
        workspace_id=workspace_id,
        kind=kind,
        subject=subject,
        period=period,
        state="sent",
        attempts=1,
        started_at=now,
        created_at=now,
        updated_at=now,
    )
    try:
        with session.begin_nested():
            session.add(claim)
            session.flush()
    except IntegrityError:
        pass
