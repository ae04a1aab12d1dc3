"""People's data under their control: what is stored about a person (as a CSV they get in a DM),
erasing a person (by a manager, or `kpibot erase`), and retention. No Slack, no clock reads."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from bot.errors import UserError
from bot.services import requester
from bot.services.requester import Who
from storage import people
from storage import repositories as repo

DEFAULT_RETENTION_MONTHS = 24
MYDATA_COLUMNS = ["table", "id", "column", "value"]


def my_data_csv(session: Session, who: Who) -> tuple[str, int]:
    """(CSV text, rows listed): every stored row about the requester, one line per value
    (table, row id, column, value), so every table reads the same way in a spreadsheet."""
    rows = people.rows_about(session, who.workspace_id, who.user_id)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(MYDATA_COLUMNS)
    for table, values in rows:
        row_id = values.get("id", "")
        for column, value in values.items():
            if column != "id":
                writer.writerow([table, row_id, column, value])
    return out.getvalue(), len(rows)


def check_erase(session: Session, who: Who, user_id: str) -> None:
    """Erasing someone: the person themself, a workspace admin, or a manager of their team."""
    target = repo.seller_by_user(session, who.workspace_id, user_id)
    if target is not None:
        if requester.may_act_for(session, who.workspace_id, who.user_id, target):
            return
    elif who.is_manager:  # nothing of theirs in a team: any manager may clear what is left
        return
    raise UserError("not_manager")


@dataclass(frozen=True)
class ErasedPerson:
    user_id: str
    rows: int  # rows deleted
    scrubbed: int  # rows that lost the person's name


def erase(session: Session, who: Who, user_id: str) -> ErasedPerson:
    check_erase(session, who, user_id)
    done = people.erase(session, who.workspace_id, user_id)
    requester.forget(who.workspace_id, user_id)
    return ErasedPerson(user_id, sum(done.rows.values()), sum(done.scrubbed.values()))


def retention_cutoff(today: date, months: int) -> date:
    """The first day kept: `months` calendar months before today (the 31st clamps)."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    month += 1
    for day in (today.day, 30, 29, 28):
        try:
            return date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def workspace_left(session: Session, workspace_id: str, *, now: datetime) -> None:
    """Uninstalled, or the bot's token revoked: the grace period before the purge starts now."""
    people.mark_uninstalled(session, workspace_id, now)


# After an uninstall, how long deliveries may still come (Slack's retries, this machine's held
# requests): what happens later in the workspace means the app was installed again.
STILL_ARRIVING = timedelta(hours=2)


def installed_again(session: Session) -> list[str]:
    """Workspaces that left and were used again since: their purge clock is stopped (their data
    would otherwise be deleted while they use kpibot) and their digests and nudges resume."""
    back = people.used_since_leaving(session, STILL_ARRIVING)
    for workspace_id in back:
        people.mark_installed(session, workspace_id)
    return back


def purge_due(session: Session, now: datetime, grace_days: int) -> list[str]:
    """Workspaces whose grace period after leaving is over."""
    return people.uninstalled_before(session, now - timedelta(days=grace_days))
