"""app_uninstalled and tokens_revoked: the installation goes at once (Bolt's store), the
workspace's data after a grace period (KPIBOT_PURGE_GRACE_DAYS, the scheduler; `kpibot purge`
at once). Installing again within the grace period keeps everything."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext

from bot.listeners.guard import guarded
from bot.services import privacy
from bot.unit_of_work import Request

log = logging.getLogger(__name__)


def _before_the_install(bot: Any, body: dict[str, Any]) -> bool:
    """Whether the event happened (Slack's `event_time`, in seconds) before the installation
    Slack now has was made: it is about the one before (Slack's events come unordered)."""
    happened, installed = body.get("event_time"), getattr(bot, "installed_at", None)
    if isinstance(happened, bool) or not isinstance(happened, int | float):
        return False
    # Whole seconds, as event_time is: an uninstall in the install's own second is no older.
    return isinstance(installed, int | float) and happened < int(installed)


def register(app: App) -> None:
    store = app.installation_store  # None with a single bot token

    def handle_workspace_left(
        event: dict[str, Any], body: dict[str, Any], context: BoltContext
    ) -> None:
        if event.get("type") == "tokens_revoked" and not (event.get("tokens") or {}).get("bot"):
            return  # only user tokens (we ask for none): the bot still works
        request: Request = context["request"]
        left = [request.workspace_id]
        if store is not None and context.is_enterprise_install and context.enterprise_id:
            # Removed from a whole Enterprise Grid organisation: its installation goes, and
            # every workspace it served has left (storage.installations.note_member).
            org = context.enterprise_id
            if _before_the_install(
                store.find_bot(enterprise_id=org, team_id=None, is_enterprise_install=True), body
            ):
                log.info("%s from before the organisation installed the app again: ignored",
                         event.get("type"))  # fmt: skip
                return
            left = sorted({*store.members(org), *left} - {""})
            store.delete_all(enterprise_id=org, team_id=None)
        elif store is not None:
            enterprise_id, workspace_id = body.get("enterprise_id"), request.workspace_id
            if _before_the_install(
                store.find_bot(enterprise_id=enterprise_id, team_id=workspace_id), body
            ):
                # Removed and added again, and this uninstall (a retry, a late delivery, one
                # held through an outage) arrived after: the old installation's, not this one's.
                log.info(
                    "%s from before the workspace installed the app again: ignored",
                    event.get("type"),
                )
                return
            store.delete_all(enterprise_id=enterprise_id, team_id=workspace_id)
        with request.writing() as uow:
            for workspace_id in left:
                privacy.workspace_left(uow.session, workspace_id, now=uow.now)

    def handle_team_access(
        event: dict[str, Any], body: dict[str, Any], context: BoltContext
    ) -> None:
        """An organisation-wide installation taken from some of the organisation's workspaces
        (`team_access_revoked`, their ids in `team_ids`), or given to them again
        (`team_access_granted`). Was: not subscribed to nor read, so a workspace removed from the
        app kept its digests and nudges, each refused by Slack every week (and its managers
        'told' through the same refused token). Now each such workspace has left as an
        uninstall says (the purge clock starts, nothing is sent there); granted again, it is
        back, its figures kept."""
        request: Request = context["request"]
        org = context.enterprise_id or body.get("enterprise_id")
        workspaces = sorted(
            {t[:32] for t in event.get("team_ids") or [] if isinstance(t, str) and t}
        )
        if store is None or not isinstance(org, str) or not org or not workspaces:
            return
        if event.get("type") == "team_access_granted":
            for workspace_id in workspaces:
                store.member_back(org, workspace_id)
            return
        for workspace_id in workspaces:
            store.forget_member(org, workspace_id)
        with request.writing() as uow:
            for workspace_id in workspaces:
                privacy.workspace_left(uow.session, workspace_id, now=uow.now)

    app.event("team_access_revoked")(guarded(handle_team_access))
    app.event("team_access_granted")(guarded(handle_team_access))
    app.event("app_uninstalled")(guarded(handle_workspace_left))
    app.event("tokens_revoked")(guarded(handle_workspace_left))
