"""A channel message's deliveries (as posted, its edits, its deletion) are read one at a time;
and an edit of a message kpibot never read (it recorded nothing from it and asked nothing about
it) is read as of the day the message was posted, when that is within the week the newest
version read of a message is kept (message_versions), as any edit of a recorded message is; a
message older than that is read as of when it was posted too, and asked about, never recorded
unasked."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from storage import repositories as repo

# As long as the newest version read of a message is kept (message_versions).
UNREAD_EDIT_WINDOW = timedelta(days=7)


def unread_edit_read_as_of(posted: datetime | None, *, now: datetime) -> datetime | None:
    """`posted`: when the edited message was posted (its ts). None: as of now."""
    if posted is None or not now - UNREAD_EDIT_WINDOW <= posted <= now:
        return None
    return posted


def posted_long_ago(posted: datetime | None, *, edited: datetime) -> bool:
    """Whether a message was posted more than the week its read versions are kept before it
    was edited (both by Slack's clock): an edit of it, never read, is news of then, not of
    the edit's day."""
    return posted is not None and posted < edited - UNREAD_EDIT_WINDOW


def one_at_a_time(session: Session, workspace_id: str, channel: str, ts: str | None) -> None:
    """Called first in a writing unit of work about the message `ts` (as posted, an edit of it,
    its deletion): another delivery of it waits until this one has committed, then reads what
    this one stored (a quick edit read beside its message was lost, or kept the old amount)."""
    if ts:
        repo.lock_message(session, workspace_id, channel, ts)
