"""Joins checked again: someone joined a team's channel while Slack could not say who they are
(users.info failed: a 5xx, a rate limit, a timeout). Slack sends member_joined_channel once, so
the listener kept the join as a claim (services.teams.check_join_later); each tick takes the ones
due, asks Slack again and lets the person join the team. A claim is taken by one process (two
schedulers are safe) and done once; a person who left the channel meanwhile had it dropped."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from slack_sdk import WebClient

from bot.dependencies import Deps
from bot.jobs.scopes import reading, writing
from bot.services import teams
from bot.slack_client import SLACK_CALL_ERRORS, not_now, retry_after_of, slack_error
from storage import claims
from storage.models import Claim

log = logging.getLogger(__name__)


def next_try(attempts: int, err: Exception) -> timedelta:
    """2, 4, 8, 16 minutes after the 1st … 4th try again (the 5th is the last: claims.
    MAX_ATTEMPTS), never before Slack's Retry-After."""
    return max(timedelta(minutes=2**attempts), timedelta(seconds=retry_after_of(err) or 0))


class JoinJob:
    def __init__(
        self,
        deps: Deps,
        client_for: Callable[[str], WebClient],
        stopping: threading.Event | None = None,
    ) -> None:
        self.deps = deps
        self.client_for = client_for
        self.stopping = stopping

    def run(self, now: datetime) -> int:
        """The joins due now, each checked again once: how many people joined a team."""
        with reading(self.deps) as session:
            due = claims.due(session, teams.JOIN, now)
        joined = 0
        organisations: dict[str, str | None] = {}
        for workspace_id, user_id, period, channel in due:
            if self.stopping is not None and self.stopping.is_set():
                break
            with writing(self.deps) as session:
                claim, _ = claims.take(session, workspace_id, teams.JOIN, user_id, period, now)
                mine = (claim.id, claim.attempts) if claim is not None else None
            if mine is None or not channel:  # another process has it, or it is done
                continue
            client = self.client_for(workspace_id)
            try:
                user = client.users_info(user=user_id)["user"]
                if workspace_id not in organisations:  # its Enterprise Grid organisation
                    organisations[workspace_id] = client.auth_test().get("enterprise_id")
            except SLACK_CALL_ERRORS as err:
                # Not now, or the bot token refused for now (bot.scheduler): asked again later
                again = not_now(err) or getattr(client, "refused_for_now", False)
                log.info(
                    "a join checked again: users.info failed: %s (%s)",
                    slack_error(err),
                    "will retry" if again else "giving up",
                )
                with writing(self.deps) as session:
                    taken = session.get(Claim, mine[0])
                    if taken is not None:
                        claims.mark_failed(
                            session, taken, slack_error(err), now,
                            retry_after=next_try(mine[1], err) if again else None,
                        )  # fmt: skip
                continue
            with writing(self.deps) as session:
                # The claim first: a leave processed meanwhile dropped it (then nothing joins).
                if claims.finish(session, mine[0], mine[1], self.deps.clock.now()):
                    joined += teams.join_checked(
                        session, workspace_id, channel, user_id, user, organisations[workspace_id],
                        now=self.deps.clock.now(),
                    )  # fmt: skip
        return joined
