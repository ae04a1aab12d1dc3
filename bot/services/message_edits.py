"""When an edit of a message kpibot never read (it recorded nothing from it and asked nothing
about it) is read as of: the day the message was posted, when that is within the week the newest
version read of a message is kept (message_versions), as any edit of a recorded message is; a
message older than that is read as of the edit (its ts may be anyone's clock's)."""

from __future__ import annotations

from datetime import datetime, timedelta

# As long as the newest version read of a message is kept (message_versions).
UNREAD_EDIT_WINDOW = timedelta(days=7)


def unread_edit_read_as_of(posted: datetime | None, *, now: datetime) -> datetime | None:
    """`posted`: when the edited message was posted (its ts). None: as of now."""
    if posted is None or not now - UNREAD_EDIT_WINDOW <= posted <= now:
        return None
    return posted
