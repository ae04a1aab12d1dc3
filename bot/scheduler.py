"""APScheduler 3.x runs the jobs' tick every minute. The tick itself decides what is due."""

from __future__ import annotations

import logging
import math
import time
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.blocking import BlockingScheduler
from apscheduler.triggers.interval import IntervalTrigger
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy import Engine

from bot import metrics
from bot.config import Settings
from bot.dependencies import Deps
from bot.jobs import Jobs
from bot.slack_client import TOKEN_REFUSED, build_client, slack_error
from storage.db import transient

log = logging.getLogger(__name__)
TICK = timedelta(minutes=1)
# One workspace's bot token refused (SLACK_BOT_TOKEN: the app's tokens revoked, the workspace's
# IP allow-list): nothing is sent for this long, then one call tries the token again.
TOKEN_PAUSE = timedelta(minutes=10)


def client_factory(settings: Settings, engine: Engine):  # type: ignore[no-untyped-def]
    """A Web API client per workspace: the one bot token, or the installation's (OAuth)."""
    if not settings.oauth:
        client = cast(_WatchedClient, build_client(settings, client_class=_WatchedClient))
        client.pause = TOKEN_PAUSE.total_seconds()
        client.refused = _refused_token_said()
        return lambda _workspace_id: client

    from storage.installations import installation_store

    store = installation_store(settings.client_id or "", engine, settings.encryption_key)

    def for_workspace(workspace_id: str) -> WebClient:
        bot = store.find_workspace_bot(workspace_id)  # a Grid workspace's too
        client = cast(
            _WatchedClient,
            build_client(
                settings, token=bot.bot_token if bot else None, client_class=_WatchedClient
            ),
        )
        client.refused = lambda code: _left(store, workspace_id, client.token, code)
        client.gone = bot is None  # no installation (it left): nothing to send with
        return client

    return for_workspace


class _WatchedClient(WebClient):
    """A workspace's client for the scheduled jobs: a call Slack refuses because the bot token
    is no good (TOKEN_REFUSED) makes it `gone`, and bot.jobs.sender tries nothing more with it.
    With OAuth (`pause` None) for good, and the workspace is marked left, as its uninstall event
    would (the app removed while that event never reached us). Was: every digest, summary and
    nudge of the workspace tried and refused at every tick, its managers 'told' through the same
    dead token, for as long as kpibot ran. With one bot token (`pause` seconds) until the pause
    ends, when one call tries the token again: what was due waits, never given up (was: the
    week's digest and summaries each refused and given up for good at the first refusal)."""

    refused: Any = None  # called with Slack's code when it refuses the token
    pause: float | None = None  # seconds nothing is tried after a refusal; None: for good
    _gone_until: float | None = None  # time.monotonic() until which nothing is tried

    @property
    def gone(self) -> bool:
        return self._gone_until is not None and time.monotonic() < self._gone_until

    @gone.setter
    def gone(self, value: bool) -> None:
        self._gone_until = math.inf if value else None

    @property
    def refused_for_now(self) -> bool:
        """Refused, and tried again after the pause (one bot token): the send waits."""
        return self.pause is not None and self.gone

    def api_call(self, api_method: str, **kwargs: Any) -> Any:  # type: ignore[override]
        try:
            return super().api_call(api_method, **kwargs)
        except SlackApiError as err:
            if self.refused is not None and slack_error(err) in TOKEN_REFUSED:
                if self.pause is None:
                    self.gone = True
                else:
                    self._gone_until = time.monotonic() + self.pause
                try:
                    self.refused(slack_error(err))
                except Exception as marking:  # the database away: the next refusal tries again
                    log.warning("could not mark a refused installation: %s",
                                type(marking).__name__)  # fmt: skip
            raise


def _refused_token_said() -> Any:
    """One error line when Slack first refuses SLACK_BOT_TOKEN, a warning at each later try that
    is refused too, and a line when it is taken again: never the token."""
    state = {"refused": False}

    def refused(code: str) -> None:
        minutes = int(TOKEN_PAUSE.total_seconds() // 60)
        if state["refused"]:
            log.warning("Slack still refuses SLACK_BOT_TOKEN (%s); tried again in %d minutes",
                        code, minutes)  # fmt: skip
            return
        state["refused"] = True
        log.error(
            "Slack refused SLACK_BOT_TOKEN (%s): no digest, summary or nudge is sent until it "
            "takes the token again (a new token set in SLACK_BOT_TOKEN and kpibot restarted, or "
            "the workspace's IP allow-list mended); what is due waits and is tried again every "
            "%d minutes",
            code,
            minutes,
        )

    return refused


def _left(store: Any, workspace_id: str, token: str | None, code: str) -> None:
    from storage.installations import left_by_refusal

    if left_by_refusal(store, workspace_id, token, datetime.now(UTC)):
        log.warning(
            "Slack refused workspace %s's bot token (%s): taken as uninstalled; nothing more is "
            "sent there",
            workspace_id,
            code,
        )


def make_jobs(settings: Settings, deps: Deps, engine: Engine) -> Jobs:
    metrics.count_committed_activities()
    return Jobs(
        deps=deps,
        client_for=client_factory(settings, engine),
        grace=timedelta(hours=settings.digest_grace_hours),
        catch_up_all=settings.digest_catch_up == "all",
    )


def _tick(jobs: Jobs) -> None:
    try:
        outcome = jobs.tick()
    except Exception as err:
        if not transient(err):
            raise  # APScheduler logs it, and the next tick runs as usual
        # The database away at the tick's start (a restart, a failover): one line a minute
        # until it is back, not a traceback; what was due is sent by the tick after.
        log.warning("tick: the database was unavailable (%s); tried again in a minute",
                    type(err).__name__)  # fmt: skip
        return
    if outcome.sent or outcome.failed:
        log.info("tick: %d sent, %d failed", len(outcome.sent), len(outcome.failed))


def start(jobs: Jobs, *, blocking: bool) -> BackgroundScheduler | BlockingScheduler:
    scheduler = (BlockingScheduler if blocking else BackgroundScheduler)(timezone="UTC")
    scheduler.add_job(
        _tick,
        IntervalTrigger(seconds=int(TICK.total_seconds())),
        args=[jobs],
        id="kpibot-tick",
        max_instances=1,  # a slow tick is never run twice at once in this process
        coalesce=True,
        next_run_time=datetime.now(UTC),
    )
    log.info("scheduler started: a tick every %s", TICK)
    scheduler.start()
    return scheduler
