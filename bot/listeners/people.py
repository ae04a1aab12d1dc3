"""Whether someone a manager names (a lead's new owner) is a colleague who sells, as Slack says
it now: never a bot, an app's or a workflow's user, a deactivated account or a person of another
organisation, who would own deals nobody works on and be sent nudges nobody reads."""

from __future__ import annotations

import logging

from slack_sdk import WebClient

from bot.errors import UserError
from bot.metrics import CountErrors
from bot.services import requester
from bot.slack_client import SLACK_CALL_ERRORS, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)

# users.info on a request Slack waits 3 s for (a form's submission, a command): one quick try.
LOOKUP_WAIT = 1.0


def must_be_a_colleague(client: WebClient, request: Request, user_id: str | None) -> None:
    """Raises UserError("owner_not_a_person") when Slack says `user_id` is nobody who sells
    here. When Slack cannot say now, nothing is refused (the change goes ahead)."""
    if not user_id:
        return
    hasty = WebClient(
        token=client.token,
        base_url=client.base_url,
        timeout=LOOKUP_WAIT,
        retry_handlers=[CountErrors()],
    )
    try:
        user = hasty.users_info(user=user_id)["user"]
    except SLACK_CALL_ERRORS as err:
        log.info("users.info for a new owner failed: %s", slack_error(err))
        return
    if not requester.can_sell(user, request.workspace_id, request.enterprise_id):
        raise UserError("owner_not_a_person")  # a bot, a guest, someone of another organisation
