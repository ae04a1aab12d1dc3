"""Record a parsed activity and say what happened: the one path behind commands, modals and
the customer-choice buttons."""

from __future__ import annotations

import logging
from typing import Any

from bot.deps import Deps
from bot.domain import Source
from bot.errors import UnknownCustomer, UserFacingError
from bot.listeners.replies import error_reply, logged_reply
from bot.listeners.who import Who
from bot.rendering import blocks
from bot.services import recording
from bot.services.commands import LogCommand
from storage import repositories as repo
from storage.db import session_scope

log = logging.getLogger(__name__)


def store(
    deps: Deps,
    who: Who,
    cmd: LogCommand,
    *,
    source: Source,
    source_ref: str,
    allow_new_customer: bool = False,
) -> dict[str, Any]:
    """Store the activity (committed before anything is said) and return the reply to show."""
    try:
        with session_scope(deps.session_factory) as session:
            seller = repo.ensure_seller(session, who.workspace_id, who.user_id)
            team = repo.team_by_id(session, who.workspace_id, who.team_id) if who.team_id else None
            actor = recording.Actor(who.workspace_id, seller, team, who.currency)
            result = recording.record(
                session,
                actor,
                cmd,
                source=source,
                source_ref=source_ref,
                now=deps.clock.now(),
                allow_new_customer=allow_new_customer,
            )
            reply = logged_reply(who.language, result)
    except UnknownCustomer as err:
        return blocks.choose_customer_message(
            who.language, err.typed, err.suggestions, pending_choice(cmd, source, source_ref)
        )
    except UserFacingError as err:
        return error_reply(who.language, err.code, err.params, str(cmd.kind))
    log.info(
        "activity %s %s (%s)",
        "already stored" if result.duplicate else "stored",
        result.activity.id,
        result.activity.kind,
    )
    return reply


def pending_choice(cmd: LogCommand, source: Source, source_ref: str) -> dict[str, Any]:
    """Everything needed to finish the log once the seller picks the customer (fits a button)."""
    return {
        "kind": str(cmd.kind),
        "when": cmd.when.isoformat(),
        "t": cmd.temperature.value if cmd.temperature else None,
        "a": str(cmd.amount) if cmd.amount is not None else None,
        "c": cmd.currency,
        "nw": cmd.next_step.what if cmd.next_step else None,
        "nd": cmd.next_step.due.isoformat() if cmd.next_step else None,
        "note": cmd.note,
        "m": str(cmd.margin_pct) if cmd.margin_pct is not None else None,
        "src": source.value,
        "ref": source_ref,
    }
