"""The daily nudge DM: warm leads without a next step and A-customers behind on their touchpoints.
One DM per seller per (local) day, on working days from the team's nudge hour.

Planned for all due sellers at once: one query for their leads, one for the quiet A-customers of
their workspaces, one for the days their DMs last listed A-customers, then pure rules
(bot.services.nudges) per seller; each DM goes through the sender, the leads it listed are marked
as nudged (the 3-day repeat rule reads that) and a DM that listed A-customers leaves a `nudge_a`
claim for its day (the once-a-week A-customer rule reads that)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.orm import Session

from bot import i18n
from bot.dependencies import Deps
from bot.jobs import tick
from bot.jobs.scopes import reading, writing
from bot.jobs.sender import Outcome, Outgoing, Sender
from bot.rendering.digest import digest_as_text
from bot.rendering.nudge import nudge_message
from bot.services import nudges
from storage import aggregates as agg
from storage import claims
from storage import repositories as repo
from storage.db import transient

log = logging.getLogger(__name__)

A_WINDOW = timedelta(days=364)  # "12 months", today included


def plan(
    session: Session, recipients: Sequence[nudges.Recipient], now: datetime
) -> list[nudges.NudgePlan]:
    """Every recipient's DM content, from three queries for them all: their leads that may be due
    (with what a DM shows of them), the quiet A-customers of their workspaces, and the days in
    the last week their DMs listed A-customers (then not today, or only with the leads' DM)."""
    if not recipients:
        return []
    sellers: dict[str, list[int]] = {}
    for r in recipients:
        sellers.setdefault(r.workspace_id, []).append(r.seller_id)
    workspaces = sorted(sellers)
    latest_today = max(nudges.local_now(now, r.timezone).date() for r in recipients)
    leads: dict[int, list[Any]] = {}
    # Every waiting lead, those reminded lately too: a DM lists them all once one is due.
    for lead in agg.nudge_leads(session, sellers, latest_today, nudged_before=now):
        leads.setdefault(lead.owner_id, []).append(lead)
    today = now.date()  # the A-customer cadence counts in UTC days
    a_customers = nudges.a_customers_by_owner(
        agg.quiet_a_customers(
            session, workspaces, today - A_WINDOW, today - timedelta(days=nudges.A_QUIET_DAYS)
        ),
        today,
    )
    # A-customers at most once a week per seller: the days their DMs last listed some.
    earliest = min(nudges.local_now(now, r.timezone).date() for r in recipients)
    listed = claims.a_customers_last_listed(
        session, sellers, nudges.a_listed_since(earliest).isoformat()
    )
    plans = []
    for recipient in recipients:
        due_a = a_customers.get(recipient.seller_id, [])
        last = listed.get((recipient.workspace_id, recipient.seller_id))
        last_day = date.fromisoformat(last) if last else None
        local_today = nudges.local_now(now, recipient.timezone).date()
        if due_a and not nudges.a_customers_ride_along(last_day, local_today):
            due_a = []
        found = nudges.plan(
            recipient,
            leads.get(recipient.seller_id, []),
            due_a,
            now,
            a_alone=nudges.a_customers_listed_today(last_day, local_today),
        )
        if found is not None:
            plans.append(found)
    return plans


@dataclass(frozen=True)
class NudgeJob:
    deps: Deps
    sender: Sender
    client_for: Callable[[str], WebClient]

    def run(
        self,
        recipients: Sequence[nudges.Recipient] | None,
        outcome: Outcome,
        *,
        force: bool = False,
        dry_run: bool = False,
    ) -> list[str]:
        """Nudge `recipients` (the tick's due sellers), or everyone in their window (all with
        `force`: the time window is ignored, never the once-a-day claim or the 3-day rule).
        A dry run returns the DMs as text and sends nothing."""
        now = self.deps.clock.now()
        with reading(self.deps) as session:
            if recipients is None:
                recipients = [r for r, _ in tick.nudge_recipients(session, now, force=force)]
            try:
                plans = plan(session, recipients, now)
            except Exception:  # one seller's bad row: plan them one by one, skip who fails
                log.exception("nudge planning failed; planning each seller alone")
                session.rollback()
                plans = self._plan_each(session, recipients, now, outcome)
        # The App Home link needs Slack (auth.test): a dry run touches no network.
        links: dict[str, str | None] = (
            dict.fromkeys((r.workspace_id for r in recipients), None) if dry_run else {}
        )
        texts: list[str] = []
        memo: dict[tuple[Any, ...], str] = {}  # dates and amounts formatted, for this pass
        for each in plans:
            seller = each.recipient
            try:
                message = self._message(each, links, memo)
                if dry_run:
                    texts.append(f"@{seller.name}: " + digest_as_text(message))
                    continue
                item = Outgoing(
                    seller.workspace_id,
                    "nudge",
                    str(seller.seller_id),
                    each.day.isoformat(),
                    seller.user_id,
                    message,
                )
                if self.sender.send(item, outcome):
                    with writing(self.deps) as session:
                        repo.mark_nudged(
                            session,
                            seller.workspace_id,
                            [lead.id for lead in each.leads] + list(each.more_ids),
                            now,
                        )
                        if each.a_customers:  # the weekly A-customer cadence reads this
                            claims.mark_a_customers_listed(
                                session, seller.workspace_id, seller.seller_id,
                                each.day.isoformat(), now,
                            )  # fmt: skip
            except Exception as err:  # one seller's trouble never stops the others
                if transient(err):  # the database away a moment: the next tick tries again
                    log.warning("nudge for seller %s: the database was unavailable (%s)",
                                seller.seller_id, type(err).__name__)  # fmt: skip
                else:
                    log.exception("nudge for seller %s failed unexpectedly", seller.seller_id)
                outcome.failed.append(f"nudge:{seller.seller_id}:{each.day.isoformat()}")
        return texts

    def _plan_each(
        self,
        session: Session,
        recipients: Sequence[nudges.Recipient],
        now: datetime,
        outcome: Outcome,
    ) -> list[nudges.NudgePlan]:
        plans = []
        for recipient in recipients:
            try:
                plans += plan(session, [recipient], now)
            except Exception:
                session.rollback()
                log.warning("nudge for seller %s cannot be planned; skipped", recipient.seller_id)
                outcome.failed.append(f"nudge:{recipient.seller_id}")
        return plans

    def _message(
        self,
        each: nudges.NudgePlan,
        links: dict[str, str | None],
        memo: dict[tuple[Any, ...], str],
    ) -> dict[str, Any]:
        seller = each.recipient
        ws = seller.workspace_id
        if each.more and ws not in links:  # only a DM with more than it lists links the App Home
            links[ws] = self._home_link(ws)
        return nudge_message(
            i18n.person_language(seller.locale, seller.team_language, seller.language),
            each.leads,
            each.day,
            more=each.more,
            a_customers=each.a_customers,
            a_more=each.a_more,
            home_link=links.get(ws),
            memo=memo,
            currency=seller.currency,
        )

    def _home_link(self, workspace_id: str) -> str | None:
        """slack://app?… opens the App Home; needs the app id, which bots.info tells."""
        try:
            client = self.client_for(workspace_id)
            bot_id = client.auth_test().get("bot_id")
            app_id = client.bots_info(bot=bot_id)["bot"]["app_id"] if bot_id else None
        except (SlackApiError, SlackClientError, OSError, KeyError, TypeError):
            return None
        return f"slack://app?team={workspace_id}&id={app_id}&tab=home" if app_id else None
