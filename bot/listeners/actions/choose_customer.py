"""The buttons under "Did you mean …?": log for the chosen existing customer, or create the new one."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.deps import Deps
from bot.domain import ActivityKind, Source, Temperature
from bot.ids import ActionId
from bot.listeners import who as who_mod
from bot.listeners.record import store
from bot.services.commands import LogCommand, NextStep


def command_from_choice(data: dict[str, Any]) -> LogCommand:
    return LogCommand(
        kind=ActivityKind(data["kind"]),
        customer=str(data["customer"]),
        when=date.fromisoformat(data["when"]),
        temperature=Temperature(data["t"]) if data.get("t") else None,
        amount=Decimal(data["a"]) if data.get("a") else None,
        currency=data.get("c"),
        next_step=NextStep(data["nw"], date.fromisoformat(data["nd"])) if data.get("nd") else None,
        note=data.get("note"),
        margin_pct=Decimal(data["m"]) if data.get("m") else None,
    )


def handle_customer_choice(
    ack: Ack,
    body: dict[str, Any],
    action: dict[str, Any],
    respond: Respond,
    client: WebClient,
    context: BoltContext,
) -> None:
    ack()
    deps: Deps = context["deps"]
    data = json.loads(action["value"])
    workspace_id = context.team_id  # Bolt reads it from the payload
    who = who_mod.resolve(
        deps, client, workspace_id, body["user"]["id"], (body.get("channel") or {}).get("id")
    )
    # Same source reference as the original command: a double click stores once.
    reply = store(
        deps,
        who,
        command_from_choice(data),
        source=Source(data["src"]),
        source_ref=data["ref"],
        allow_new_customer=bool(data.get("new")),
    )
    respond(**reply, replace_original=True)


def register(app: App) -> None:
    app.action(
        re.compile(f"^({ActionId.PICK_CUSTOMER.value}_\\d+|{ActionId.NEW_CUSTOMER.value})$")
    )(handle_customer_choice)
