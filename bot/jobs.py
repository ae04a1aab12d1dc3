"""What the scheduler runs: "which teams are due now?" and claimed sends, each exactly once.

Every tick asks the database; nothing is remembered between ticks, so a restart, downtime, a DST
change or changed settings all follow from the data. Claims (storage.claims) make two schedulers
agree on who sends; Slack calls happen outside database transactions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy import select

from bot import i18n
from bot.clock import local_date
from bot.deps import Deps
from bot.rendering.blocks import text_message
from bot.rendering.chart import trend_png
from bot.rendering.digest import digest_as_text, digest_message, summary_message
from bot.rendering.status import KPI_LABELS
from bot.rendering.text import Mrkdwn, render
from bot.services.digest import build_digest, build_summaries
from bot.services.kpis import Week
from bot.services.schedule import due_digests
from storage import claims
from storage import repositories as repo
from storage.db import session_scope
from storage.models import SalesTeam, Seller

log = logging.getLogger(__name__)

# Slack errors that another try will not fix: skip the team and tell its managers.
PERMANENT = {
    "channel_not_found",
    "not_in_channel",
    "is_archived",
    "account_inactive",
    "invalid_auth",
    "token_revoked",
    "missing_scope",
    "restricted_action",
    "user_not_found",
    "cannot_dm_bot",
}
RETRY_AFTER = timedelta(minutes=5)
METADATA_EVENT = "kpibot_scheduled"


@dataclass
class Outcome:
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Jobs:
    deps: Deps
    client_for: Callable[
        [str], WebClient
    ]  # workspace id -> a client with that workspace's bot token
    grace: timedelta = timedelta(hours=24)
    catch_up_all: bool = False

    # -- the tick ------------------------------------------------------------------------------
    def tick(self) -> Outcome:
        now = self.deps.clock.now()
        outcome = Outcome()
        with session_scope(self.deps.session_factory) as session:
            teams = [
                (t.id, t.workspace_id, t.digest_weekday, t.digest_time, t.timezone)
                for t in session.scalars(select(SalesTeam).order_by(SalesTeam.id))
            ]
        for team_id, workspace_id, weekday, at, tz in teams:
            for due in due_digests(
                weekday, at, tz, now, self.grace, catch_up_all=self.catch_up_all
            ):
                try:
                    self.send_week(workspace_id, team_id, due.week, outcome)
                except Exception:  # one team's trouble never stops the others
                    log.exception("digest for team %s failed unexpectedly", team_id)
                    outcome.failed.append(f"digest:{team_id}:{due.week}")
        self.nudge_pass(outcome=outcome)
        return outcome

    # -- one team, one week -------------------------------------------------------------------
    def send_week(self, workspace_id: str, team_id: int, week: Week, outcome: Outcome) -> None:
        client = self.client_for(workspace_id)
        self._send_digest(client, workspace_id, team_id, week, outcome)
        with session_scope(self.deps.session_factory) as session:
            sellers = [s.id for s in repo.team_members(session, workspace_id, team_id)]
        for seller_id in sellers:
            self._send_summary(client, workspace_id, team_id, seller_id, week, outcome)

    def _send_digest(
        self, client: WebClient, ws: str, team_id: int, week: Week, outcome: Outcome
    ) -> None:
        label = f"digest:{team_id}:{week}"
        now = self.deps.clock.now()
        with session_scope(self.deps.session_factory) as session:
            claim, takeover = claims.take(session, ws, "digest", str(team_id), str(week), now)
            claim_id, attempts = (claim.id, claim.attempts) if claim else (None, 0)
        if claim_id is None:
            outcome.skipped.append(label)
            return
        with session_scope(self.deps.session_factory) as session:
            team = repo.team_by_id(session, ws, team_id)
            assert team is not None
            digest = build_digest(session, team, week, local_date(now, team.timezone))
            message = digest_message(digest, team.language)
            channel, language, chart = team.channel_id, team.language, team.chart_enabled
            labels = {
                k: i18n.translate(language, KPI_LABELS[k]) for k in ("meetings", "calls", "offers")
            }
        ts = self._post_once(
            client,
            ws,
            claim_id,
            attempts,
            takeover,
            channel,
            message,
            label,
            outcome,
            team_id=team_id,
        )
        if ts and chart:
            self._upload_chart(client, channel, ts, digest.trend, labels, language, week)

    def _send_summary(
        self, client: WebClient, ws: str, team_id: int, seller_id: int, week: Week, outcome: Outcome
    ) -> None:
        label = f"summary:{seller_id}:{week}"
        now = self.deps.clock.now()
        with session_scope(self.deps.session_factory) as session:
            seller = session.get(Seller, seller_id)
            team = repo.team_by_id(session, ws, team_id)
            if seller is None or team is None:
                return
            if repo.current_away(session, ws, seller_id, local_date(now, team.timezone)):
                return  # away: no summary
            claim, takeover = claims.take(session, ws, "summary", str(seller_id), str(week), now)
            claim_id, attempts = (claim.id, claim.attempts) if claim else (None, 0)
        if claim_id is None:
            outcome.skipped.append(label)
            return
        with session_scope(self.deps.session_factory) as session:
            team = repo.team_by_id(session, ws, team_id)
            seller = session.get(Seller, seller_id)
            assert team is not None and seller is not None
            digest = build_digest(session, team, week, local_date(now, team.timezone))
            mine = [
                s
                for s in build_summaries(session, digest, local_date(now, team.timezone))
                if s.status.seller.id == seller_id
            ]
            language = i18n.person_language(seller.locale, team.language)
            user_id = seller.slack_user_id
            message = summary_message(mine[0], language) if mine else None
        if message is None:
            with session_scope(self.deps.session_factory) as session:
                claims.mark_failed(
                    session, _claim(session, claim_id), "not_in_team", now, retry_after=None
                )
            return
        self._post_once(client, ws, claim_id, attempts, takeover, user_id, message, label, outcome)

    # -- sending -------------------------------------------------------------------------------
    def _post_once(
        self,
        client: WebClient,
        ws: str,
        claim_id: int,
        attempts: int,
        takeover: bool,
        channel: str,
        message: dict[str, Any],
        label: str,
        outcome: Outcome,
        team_id: int | None = None,
    ) -> str | None:
        now = self.deps.clock.now()
        metadata = {"event_type": METADATA_EVENT, "event_payload": {"claim": claim_id}}
        try:
            ts = self._already_posted(client, channel, claim_id) if takeover else None
            if ts is None:
                response = client.chat_postMessage(channel=channel, metadata=metadata, **message)
                ts, channel = response.get("ts"), response.get("channel") or channel
        except SlackApiError as err:
            code = str(err.response.get("error") or "unknown_error")
            permanent = code in PERMANENT
            log.warning(
                "%s not sent: %s (%s)", label, code, "giving up" if permanent else "will retry"
            )
            with session_scope(self.deps.session_factory) as session:
                claim = _claim(session, claim_id)
                claims.mark_failed(
                    session, claim, code, now, retry_after=None if permanent else RETRY_AFTER
                )
                final = claim.attempts >= claims.MAX_ATTEMPTS or permanent
            outcome.failed.append(label)
            if final and team_id is not None:
                self._tell_managers(client, ws, team_id, code)
            return None
        except SlackClientError as err:  # connection trouble after slack_sdk's own retries
            log.warning("%s not sent: %s (will retry)", label, type(err).__name__)
            with session_scope(self.deps.session_factory) as session:
                claims.mark_failed(
                    session,
                    _claim(session, claim_id),
                    type(err).__name__,
                    now,
                    retry_after=RETRY_AFTER,
                )
            outcome.failed.append(label)
            return None
        with session_scope(self.deps.session_factory) as session:
            claims.mark_sent(session, claim_id, channel, ts, self.deps.clock.now())
        outcome.sent.append(label)
        return ts

    def _already_posted(self, client: WebClient, channel: str, claim_id: int) -> str | None:
        """After a crash mid-send: did the earlier attempt reach Slack? (Our metadata says.)"""
        try:
            if channel.startswith(("U", "W")):  # a DM: history needs the D… conversation id
                channel = client.conversations_open(users=channel)["channel"]["id"]
            history = client.conversations_history(
                channel=channel, limit=50, include_all_metadata=True
            )
        except SlackApiError:
            return None
        for msg in history.get("messages", []):
            meta = msg.get("metadata") or {}
            if (
                meta.get("event_type") == METADATA_EVENT
                and (meta.get("event_payload") or {}).get("claim") == claim_id
            ):
                return msg.get("ts")
        return None

    def _upload_chart(
        self,
        client: WebClient,
        channel: str,
        ts: str,
        trend: Any,
        labels: dict,
        language: str,
        week: Week,
    ) -> None:
        title = i18n.translate(language, "The team's last 8 weeks")
        try:
            client.files_upload_v2(
                channel=channel,
                thread_ts=ts,
                content=trend_png(trend, labels, title),
                filename=f"kpibot-{week}.png",
                title=title,
            )
        except (
            SlackApiError,
            SlackClientError,
        ) as err:  # the digest itself is out; the chart is a bonus
            log.info(
                "trend chart not uploaded: %s",
                getattr(err, "response", {}) and err.response.get("error"),
            )

    def _tell_managers(self, client: WebClient, ws: str, team_id: int, code: str) -> None:
        with session_scope(self.deps.session_factory) as session:
            team = repo.team_by_id(session, ws, team_id)
            if team is None:
                return
            people = {m.slack_user_id for m in repo.managers_of(session, ws, team_id)}
            if team.created_by:
                people.add(team.created_by)
            channel, language = team.channel_id, team.language
        link = Mrkdwn(f"<#{channel}>")
        text = text_message(render(language, "digest_failed", channel_link=link, code=code))
        for user_id in sorted(people):
            try:
                client.chat_postMessage(channel=user_id, **text)
            except SlackApiError as err:
                log.info("could not tell a manager: %s", err.response.get("error"))

    # -- nudges --------------------------------------------------------------------------------
    def nudge_pass(
        self, *, force: bool = False, dry_run: bool = False, outcome: Outcome | None = None
    ) -> tuple[Outcome, list[str]]:
        """One DM per seller per (local) day, on working days from the nudge hour. `force`
        ignores the time window, never the once-a-day claim or the 3-day rule."""
        outcome = outcome or Outcome()
        texts: list[str] = []
        now = self.deps.clock.now()
        plans = self._nudge_plans(now, force)
        for plan in plans:
            try:
                self._nudge_one(plan, now, dry_run, outcome, texts)
            except Exception:  # one seller's trouble never stops the others
                log.exception("nudge for seller %s failed unexpectedly", plan["seller_id"])
                outcome.failed.append(f"nudge:{plan['seller_id']}:{plan['day']}")
        return outcome, texts

    def _nudge_one(
        self, plan: dict[str, Any], now: datetime, dry_run: bool, outcome: Outcome, texts: list[str]
    ) -> None:
        if dry_run:
            texts.append(f"@{plan['name']}: " + digest_as_text(plan["message"]))
            return
        label = f"nudge:{plan['seller_id']}:{plan['day']}"
        with session_scope(self.deps.session_factory) as session:
            claim, takeover = claims.take(
                session, plan["workspace_id"], "nudge", str(plan["seller_id"]), plan["day"], now
            )
            claim_id, attempts = (claim.id, claim.attempts) if claim else (None, 0)
        if claim_id is None:
            outcome.skipped.append(label)
            return
        client = self.client_for(plan["workspace_id"])
        ts = self._post_once(
            client,
            plan["workspace_id"],
            claim_id,
            attempts,
            takeover,
            plan["user_id"],
            plan["message"],
            label,
            outcome,
        )
        if ts:
            with session_scope(self.deps.session_factory) as session:
                repo.mark_nudged(session, plan["workspace_id"], plan["lead_ids"], now)

    def _home_link(self, workspace_id: str) -> str | None:
        """slack://app?… opens the App Home; needs the app id, which bots.info tells."""
        try:
            client = self.client_for(workspace_id)
            bot_id = client.auth_test().get("bot_id")
            app_id = client.bots_info(bot=bot_id)["bot"]["app_id"] if bot_id else None
        except (SlackApiError, SlackClientError, KeyError, TypeError):
            return None
        return f"slack://app?team={workspace_id}&id={app_id}&tab=home" if app_id else None

    def _nudge_plans(self, now: datetime, force: bool) -> list[dict[str, Any]]:
        from bot.rendering.nudge import nudge_message
        from bot.services import nudges
        from storage import aggregates as agg

        plans: list[dict[str, Any]] = []
        links: dict[str, str | None] = {}
        with session_scope(self.deps.session_factory) as session:
            by_seller: dict[int, list[Any]] = {}
            for lead in agg.open_warm_leads(session):
                by_seller.setdefault(lead.owner_id, []).append(lead)
            a_by_seller: dict[int, list[dict[str, Any]]] = {}
            for _ws, _cid, name, count, last, owner in agg.a_customer_touchpoints(
                session, now.date() - timedelta(days=364)
            ):
                if owner is not None and nudges.a_customer_needs_touch(count, last, now.date()):
                    a_by_seller.setdefault(owner, []).append(
                        {"name": name, "count": count, "last": last}
                    )
            for seller_id in sorted(set(by_seller) | set(a_by_seller)):
                seller = session.get(Seller, seller_id)
                if seller is None:
                    continue
                team = (
                    repo.team_by_id(session, seller.workspace_id, seller.team_id)
                    if seller.team_id
                    else None
                )
                tz = seller.timezone or (team.timezone if team else "Europe/Oslo")
                local_now = now.astimezone(ZoneInfo(tz))
                today = local_now.date()
                if not force and not nudges.due_now(local_now, team.nudge_hour if team else 9):
                    continue
                if repo.current_away(session, seller.workspace_id, seller_id, today):
                    continue
                leads = [
                    lead
                    for lead in by_seller.get(seller_id, [])
                    if nudges.lead_needs_nudge(
                        nudges.LeadFacts(
                            lead.id,
                            lead.status,
                            lead.temperature,
                            lead.next_step_due,
                            lead.snoozed_until,
                            lead.updated_at,
                            lead.nudged_at,
                        ),
                        today,
                        now,
                        touched_today=lead.updated_at.astimezone(ZoneInfo(tz)).date() == today,
                    )
                ]
                a_customers = a_by_seller.get(seller_id, [])
                if not leads and not a_customers:
                    continue
                shown = leads[: nudges.MAX_LISTED]
                if seller.workspace_id not in links:
                    links[seller.workspace_id] = self._home_link(seller.workspace_id)
                a_more = max(0, len(a_customers) - nudges.MAX_LISTED)
                a_customers = a_customers[: nudges.MAX_LISTED]
                language = i18n.person_language(seller.locale, team.language if team else None)
                plans.append(
                    {
                        "workspace_id": seller.workspace_id,
                        "seller_id": seller_id,
                        "user_id": seller.slack_user_id,
                        "name": seller.display_name or seller.slack_user_id,
                        "day": today.isoformat(),
                        "lead_ids": [lead.id for lead in shown],
                        "message": nudge_message(
                            language,
                            shown,
                            today,
                            more=len(leads) - len(shown) + a_more,
                            a_customers=a_customers,
                            home_link=links[seller.workspace_id],
                        ),
                    }
                )
        return plans

    # -- `kpibot digest` -----------------------------------------------------------------------
    def run_now(
        self, *, channel: str | None, week: Week | None, dry_run: bool
    ) -> tuple[Outcome, list[str]]:
        outcome, texts = Outcome(), []
        now = self.deps.clock.now()
        with session_scope(self.deps.session_factory) as session:
            query = select(SalesTeam).order_by(SalesTeam.id)
            if channel:
                query = query.where(SalesTeam.channel_id == channel)
            teams = [
                (t.id, t.workspace_id, t.timezone, t.name or t.channel_id)
                for t in session.scalars(query)
            ]
        for team_id, ws, tz, name in teams:
            target = week or Week.of(local_date(now, tz)).shift(-1)
            if dry_run:
                with session_scope(self.deps.session_factory) as session:
                    team = repo.team_by_id(session, ws, team_id)
                    assert team is not None
                    digest = build_digest(session, team, target, local_date(now, tz))
                    texts.append(
                        f"#{name} · {target}\n"
                        + digest_as_text(digest_message(digest, team.language))
                    )
                continue
            self.send_week(ws, team_id, target, outcome)
        return outcome, texts


def _claim(session: Any, claim_id: int) -> Any:
    from storage.models import Claim

    claim = session.get(Claim, claim_id)
    assert claim is not None
    return claim
