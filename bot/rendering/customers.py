"""What `/kpi customer …` and a hand-over say: to the requester, and to a lead's new owner."""

from __future__ import annotations

from typing import Any

from bot.rendering.blocks import text_message
from bot.rendering.text import mention, render
from bot.services.customer_admin import NEW_FLAG, CustomerChanged, DidYouMean, Notice

# How the command reads with a suggested name, per action (the action words are English in
# every language: they are what the help and the examples show).
_COMMANDS = {
    "tier": "/kpi customer {name} tier {value}",
    "rename": "/kpi customer {name} rename {value}",
    "merge": "/kpi customer {name} merge {value}",
    "merge_into": "/kpi customer {value} merge {name}",
    "delete": "/kpi customer {name} delete",
    "owner": "/kpi customer {name} owner <@{value}>",
}


def customer_reply(language: str, outcome: CustomerChanged | DidYouMean) -> dict[str, Any]:
    if isinstance(outcome, DidYouMean):
        pattern = _COMMANDS[outcome.action]
        command = pattern.format(name=outcome.names[0], value=outcome.value)
        new_command = (
            pattern.format(name=outcome.typed, value=outcome.value) + f" {NEW_FLAG}"
            if outcome.action == "tier"
            else None
        )
        return text_message(
            render(
                language,
                "did_you_mean",
                customer=outcome.typed,
                names=", ".join(outcome.names),
                command=command,
                new_command=new_command,
            )
        )
    return text_message(
        render(
            language,
            "customer_changed",
            action=outcome.action,
            customer=outcome.customer,
            before=outcome.before,
            tier=outcome.tier,
            owner=mention(outcome.owner) if outcome.owner else None,
            moved=outcome.moved,
        )
    )


def owner_notice(notice: Notice) -> dict[str, Any]:
    return text_message(
        render(
            notice.language,
            "customer_owner_notice",
            customer=notice.customer,
            leads=notice.leads,
            by=mention(notice.by_user),
        )
    )
