"""app_uninstalled and tokens_revoked: the installation goes at once (Bolt's store), the
workspace's data after a grace period (KPIBOT_PURGE_GRACE_DAYS, the scheduler; `kpibot purge`
at once). Installing again within the grace period keeps everything."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext

from bot.listeners.guard import guarded
from bot.services import privacy
from bot.unit_of_work import Request


def register(app: App) -> None:
    store = app.installation_store  # None with a single bot token

    def handle_workspace_left(
        event: dict[str, Any], body: dict[str, Any], context: BoltContext
    ) -> None:
        if event.get("type") == "tokens_revoked" and not (event.get("tokens") or {}).get("bot"):
            return  # only user tokens (we ask for none): the bot still works
        request: Request = context["request"]
        if store is not None:
            store.delete_all(enterprise_id=body.get("enterprise_id"), team_id=request.workspace_id)
        with request.writing() as uow:
            privacy.workspace_left(uow.session, request.workspace_id, now=uow.now)

    app.event("app_uninstalled")(guarded(handle_workspace_left))
    app.event("tokens_revoked")(guarded(handle_workspace_left))
