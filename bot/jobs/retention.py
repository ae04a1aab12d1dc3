"""Retention, once a day: activities older than the retention period (KPIBOT_RETENTION_MONTHS,
default 24) are deleted in every workspace, and every workspace that left (uninstalled) more than
KPIBOT_PURGE_GRACE_DAYS (default 30) ago is purged. Each scheduler process does it on its first tick of
a (UTC) day; the deletion is idempotent, so two schedulers doing it is harmless."""

from __future__ import annotations

import logging
import threading
from datetime import date, datetime, timedelta

from sqlalchemy import select

from bot.dependencies import Deps
from bot.jobs.scopes import reading, writing
from bot.services.privacy import installed_again, purge_due, retention_cutoff
from storage import people
from storage import repositories as repo
from storage.models import Workspace

log = logging.getLogger(__name__)

# How long the newest version of an edited or deleted message is kept: far longer than Slack
# retries a delivery (minutes) or this machine holds one while the database is away.
MESSAGE_VERSIONS_KEPT = timedelta(days=7)


class RetentionJob:
    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self._done_on: date | None = None
        self._lock = threading.Lock()

    def due(self, now: datetime) -> bool:
        with self._lock:
            if self._done_on == now.date():
                return False
            self._done_on = now.date()
            return True

    def run(self, now: datetime) -> int:
        """Activities deleted in every workspace (0 when it ran already today)."""
        if not self.due(now):
            return 0
        settings = self.deps.settings
        with writing(self.deps) as session:
            back = installed_again(session)
        for ws in back:
            log.info("workspace %s is used again after it left: not purged", ws)
        with reading(self.deps) as session:
            leaving = purge_due(session, now, settings.purge_grace_days)
        for ws in leaving:
            with writing(self.deps) as session:
                purged = people.purge_workspace(session, ws)
            log.info("workspace %s purged after its grace period: %d rows", ws, purged.total())
        with writing(self.deps) as session:
            pruned = repo.prune_message_versions(session, now - MESSAGE_VERSIONS_KEPT)
        if pruned:
            log.info("retention: %d message versions older than a week forgotten", pruned)
        cutoff = retention_cutoff(now.date(), settings.retention_months)
        with reading(self.deps) as session:
            workspaces = list(session.scalars(select(Workspace.id).order_by(Workspace.id)))
        deleted = 0
        for ws in workspaces:
            with writing(self.deps) as session:  # one short transaction per workspace
                count = people.delete_activities_before(session, ws, cutoff)
            if count:
                log.info("retention: %d activities before %s deleted in %s", count, cutoff, ws)
            deleted += count
        return deleted
