"""APScheduler 3.x runs the jobs' tick every minute. The tick itself decides what is due."""

from __future__ import annotations

import logging
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
from bot.slack_client import build_client, slack_error
from storage.db import transient

log = logging.getLogger(__name__)
TICK = timedelta(minutes=1)


def client_factory(settings: Settings, engine: Engine):  # type: ignore[no-untyped-def]
    """A Web API client per workspace: the one bot token, or the installation's (OAuth)."""
    if not settings.oauth:
        client = build_client(settings)
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
    """A workspace's client for the scheduled jobs (OAuth): a call Slack refuses because the
    bot token is gone for good (storage.installations.TOKEN_GONE: the app removed while its
    uninstall event never reached us) marks the workspace left, as that event would. Was: every
    digest, summary and nudge of the workspace tried and refused at every tick, its managers
    'told' through the same dead token, for as long as kpibot ran."""

    refused: Any = None  # called with Slack's code when it refuses the token as gone
    gone = False

    def api_call(self, api_method: str, **kwargs: Any) -> Any:  # type: ignore[override]
        try:
            return super().api_call(api_method, **kwargs)
        except SlackApiError as err:
            from storage.installations import TOKEN_GONE  # OAuth only: loaded with its store

            if self.refused is not None and slack_error(err) in TOKEN_GONE:
                self.gone = True  # bot.jobs.sender tries nothing more with this client
                try:
                    self.refused(slack_error(err))
                except Exception as marking:  # the database away: the next refusal tries again
                    log.warning("could not mark a refused installation: %s",
                                type(marking).__name__)  # fmt: skip
            raise


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
