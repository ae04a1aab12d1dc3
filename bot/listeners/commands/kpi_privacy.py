"""/kpi mydata (everything stored about me, as a CSV in a DM) and /kpi erase @name (a manager
removes a person, after a confirmation)."""

from __future__ import annotations

import logging
from typing import Any

from slack_sdk import WebClient

from bot.errors import UserError
from bot.rendering.blocks import erase_question, text_message
from bot.rendering.text import render
from bot.services import privacy
from bot.services.kpi_args import mentioned_user
from bot.unit_of_work import Request

log = logging.getLogger(__name__)


def my_data(request: Request, client: WebClient) -> dict[str, Any]:
    """Read in one short unit of work; Slack is called after it (no transaction held)."""
    with request.reading() as uow:
        who = uow.who
        content, rows = privacy.my_data_csv(uow.session, who)
    if rows:
        # Only ever to the person's own DM, whatever channel the command came from.
        dm = client.conversations_open(users=who.user_id)["channel"]["id"]
        client.files_upload_v2(
            channel=dm,
            content=content.encode("utf-8"),
            filename=f"kpibot-mydata-{who.today.isoformat()}.csv",
            title=f"kpibot: {who.today.isoformat()}",
        )
    return text_message(render(who.language, "mydata_sent", rows=rows))


def erase(request: Request, rest: str) -> dict[str, Any]:
    user_id = mentioned_user(rest)
    if user_id is None:
        raise UserError("no_mention")
    with request.reading() as uow:
        privacy.check_erase(uow.session, uow.who, user_id)
        language = uow.who.language
    return erase_question(language, user_id)
