"""What the scheduler runs. A tick asks "what is due now?" (tick.py), each due team-week is
computed once and yields the channel digest and every private summary (digests.py), the day's
nudges are planned for all due sellers at once (nudges.py), and every message goes through the
one sender that claims, posts and marks it exactly once (sender.py).

Scopes: the tick's question, every plan and the managers' notice read only (`scopes.reading`);
claims taken and marked, and leads marked as nudged, are short writes (`scopes.writing`).
No transaction is open while Slack is called."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property

from slack_sdk import WebClient
from sqlalchemy import select

from bot import metrics
from bot.clock import local_date
from bot.dependencies import Deps
from bot.jobs import tick as due
from bot.jobs.digests import DigestJob
from bot.jobs.joins import JoinJob
from bot.jobs.nudges import NudgeJob
from bot.jobs.retention import RetentionJob
from bot.jobs.scopes import reading, writing
from bot.jobs.sender import METADATA_EVENT, PERMANENT, RETRY_AFTER, Outcome, Sender
from bot.rendering import chart
from bot.services.kpis import Week
from storage import claims
from storage.db import transient
from storage.models import SalesTeam

__all__ = ["METADATA_EVENT", "PERMANENT", "RETRY_AFTER", "Jobs", "Outcome"]

log = logging.getLogger(__name__)


def _database_away(error: BaseException, what: str) -> bool:
    """A database that went away for now (a restart, a failover, a dropped connection, a
    deadlock: storage.db.transient) is said in one line, no traceback: the next tick tries
    again, and nobody but whoever runs kpibot needs to know."""
    if not transient(error):
        return False
    log.warning(
        "%s: the database was unavailable (%s); tried again at the next tick",
        what,
        type(error).__name__,
    )
    return True


@dataclass(frozen=True)
class Jobs:
    deps: Deps
    client_for: Callable[[str], WebClient]  # workspace id -> a client with its bot token
    grace: timedelta = timedelta(hours=24)
    catch_up_all: bool = False
    stopping: threading.Event = field(default_factory=threading.Event, compare=False)

    @cached_property
    def sender(self) -> Sender:
        return Sender(self.deps, self.client_for, self.stopping)

    def stop(self) -> None:
        """The send in progress finishes; no other starts (graceful shutdown, bot.shutdown)."""
        self.stopping.set()

    @cached_property
    def digests(self) -> DigestJob:
        return DigestJob(self.deps, self.sender)

    @cached_property
    def nudges(self) -> NudgeJob:
        return NudgeJob(self.deps, self.sender, self.client_for)

    @cached_property
    def joins(self) -> JoinJob:
        return JoinJob(self.deps, self.client_for, self.stopping)

    @cached_property
    def retention(self) -> RetentionJob:  # once a day per process
        return RetentionJob(self.deps)

    # -- the tick ------------------------------------------------------------------------------
    def tick(self) -> Outcome:
        try:
            with metrics.tick_timer():
                return self._tick()
        finally:
            chart.release()  # the chart worker lives for one run

    def _tick(self) -> Outcome:
        now = self.deps.clock.now()
        outcome = Outcome()
        with reading(self.deps) as session:
            work = due.what_is_due(session, now, self.grace, catch_up_all=self.catch_up_all)
        outcome.skipped += work.settled
        week = str(Week.of(now.date()))
        for team in work.unreadable:
            self.sender.tell_managers_once(team.workspace_id, team.id, f"{week}:when", "schedule")
        for item in work.digests:
            try:
                self.digests.send(
                    item.workspace_id, item.team_id, item.week, outcome, settled=item.settled
                )
            except Exception as err:  # one team's trouble never stops the others
                outcome.failed.append(f"digest:{item.team_id}:{item.week}")
                if _database_away(err, f"the digest for team {item.team_id}"):
                    # Its claim (a lease, and a look in the channel before posting again)
                    # makes the next tick's try safe; the managers hear nothing (was: "not
                    # posted yet" after a restart between Slack's post and its record).
                    continue
                log.exception("digest for team %s failed unexpectedly", item.team_id)
                self.sender.tell_managers_once(
                    item.workspace_id, item.team_id, f"{item.week}:err", "error"
                )
        # A managers' notice some manager was not told yet (Slack refused the DM for now).
        self.sender.notices_due()
        try:
            self.nudges.run(work.nudges, outcome)
        except Exception as err:  # the nudge job's trouble never stops the next tick's digests
            if not _database_away(err, "the nudge pass"):
                log.exception("the nudge pass failed unexpectedly")
            outcome.failed.append("nudges")
        try:
            self.joins.run(now)
        except Exception as err:  # tried again next tick; never a reason to stop the sends
            if not _database_away(err, "checking joins again"):
                log.exception("checking joins again failed unexpectedly")
        if self.stopping.is_set():
            return outcome
        try:
            self.retention.run(now)
        except Exception as err:  # housekeeping never stops the sends
            if not _database_away(err, "retention"):
                log.exception("retention failed; tried again next tick")
        return outcome

    # -- one team, one week (`kpibot digest`, and the pieces tests drive) -----------------------
    def send_week(self, workspace_id: str, team_id: int, week: Week, outcome: Outcome) -> None:
        self.digests.send(workspace_id, team_id, week, outcome)

    def _send_digest(
        self, client: WebClient, ws: str, team_id: int, week: Week, outcome: Outcome
    ) -> None:
        self.digests.send(ws, team_id, week, outcome, client=client, summaries=())

    def _send_summary(
        self, client: WebClient, ws: str, team_id: int, seller_id: int, week: Week, outcome: Outcome
    ) -> None:
        self.digests.send_summary(client, ws, team_id, seller_id, week, outcome)

    # -- nudges --------------------------------------------------------------------------------
    def nudge_pass(
        self, *, force: bool = False, dry_run: bool = False, outcome: Outcome | None = None
    ) -> tuple[Outcome, list[str]]:
        """One DM per seller per (local) day, on working days from the nudge hour. `force`
        ignores the time window, never the once-a-day claim or the 3-day rule."""
        outcome = outcome or Outcome()
        texts = self.nudges.run(None, outcome, force=force, dry_run=dry_run)
        return outcome, texts

    # -- `kpibot digest` -----------------------------------------------------------------------
    def run_now(
        self, *, channel: str | None, week: Week | None, dry_run: bool, resend: bool = False
    ) -> tuple[Outcome, list[str]]:
        """`kpibot digest`: each team's digest and summaries for `week` (default: last week),
        through the claims. `resend` first reopens what failed for good that week (a removed
        bot, a deleted channel), never what was sent. LookupError: `channel` is no team's."""
        outcome, texts = Outcome(), []
        now = self.deps.clock.now()
        with reading(self.deps) as session:
            query = select(
                SalesTeam.id, SalesTeam.workspace_id, SalesTeam.timezone, SalesTeam.name,
                SalesTeam.channel_id,
            ).order_by(SalesTeam.id)  # fmt: skip
            if channel:
                query = query.where(SalesTeam.channel_id == channel)
            teams = list(session.execute(query))
        if channel and not teams:
            raise LookupError(channel)
        try:
            for team_id, ws, tz, name, channel_id in teams:
                target = week or Week.of(local_date(now, tz)).shift(-1)
                if dry_run:
                    text = self.digests.preview(ws, team_id, target, name or channel_id)
                    if text is not None:
                        texts.append(text)
                    continue
                if resend:
                    with writing(self.deps) as session:
                        claims.reopen_failed(session, ws, team_id, str(target))
                self.send_week(ws, team_id, target, outcome)
        finally:
            chart.release()
        return outcome, texts
