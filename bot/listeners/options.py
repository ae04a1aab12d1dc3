"""Suggestions for the modal's customer select: known customers first, then the typed name."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext

from bot.deps import Deps
from bot.i18n import person_language
from bot.ids import InputId
from bot.rendering.blocks import customer_options
from bot.services.customers import customer_key, suggest
from storage import repositories as repo
from storage.db import session_scope


def handle_customer_options(
    ack: Ack, body: dict[str, Any], payload: dict[str, Any], context: BoltContext
) -> None:
    deps: Deps = context["deps"]
    query = (payload.get("value") or "").strip()
    workspace_id = context.team_id  # Bolt reads it from the payload
    key = customer_key(query) if query else ""
    with session_scope(deps.session_factory) as session:
        names = repo.customer_names(session, workspace_id)
        seller = repo.seller_by_user(session, workspace_id, body["user"]["id"])
        language = person_language(seller.locale if seller else None, None)
    matches = [n for n in names if key and key in customer_key(n)] if key else names[:20]
    # Near-misses too ("Equinr" offers "Equinor ASA"), so a typo is not made a new customer.
    matches += [n for n in suggest(query, names) if n not in matches] if key else []
    # Near-misses too ("Equinr" offers "Equinor ASA"), so a typo is not made a new customer.
    matches += [n for n in suggest(query, names) if n not in matches] if key else []
    ack(options=customer_options(language, query, matches[:20]))


def register(app: App) -> None:
    app.options(InputId.CUSTOMER.value)(handle_customer_options)
