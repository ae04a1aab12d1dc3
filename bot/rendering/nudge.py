"""The daily nudge DM: warm leads without a next step, each with one-click fixes, and
A-customers that need a touchpoint. Re-rendered from the leads' state after every click."""

from __future__ import annotations

from datetime import date
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot import i18n
from bot.ids import ActionId, NudgeBlock
from bot.rendering.text import Mrkdwn, render
from bot.services.read_models import LeadLine


def lead_state(lead: LeadLine, today: date) -> str:
    """What has been done about a listed lead: pending until someone acts."""
    if lead.status == "lost":
        return "lost"
    if lead.status == "won":
        return "won"
    if lead.temperature == "cold":
        return "cold"
    if lead.next_step_due is not None and lead.next_step_due >= today:
        return "planned"
    if lead.snoozed_until is not None and lead.snoozed_until >= today:
        return "snoozed"
    return "pending"


def nudge_message(
    language: str,
    leads: list[LeadLine],
    today: date,
    *,
    more: int = 0,
    a_customers: list[dict[str, Any]] | None = None,
    home_link: str | None = None,
) -> dict[str, Any]:
    _ = i18n.translations(language).gettext
    intro = render(language, "nudge_intro", count=len(leads) + more, a_count=len(a_customers or []))
    blocks: list[Any] = [SectionBlock(text=MarkdownTextObject(text=intro))]
    for lead in leads:
        state = lead_state(lead, today)
        blocks.append(
            SectionBlock(
                block_id=NudgeBlock.line(lead.id),
                text=MarkdownTextObject(
                    text=render(
                        language, "nudge_lead", lead=lead, customer=lead.customer, today=today
                    )
                ),
            )
        )
        if state == "pending":
            value = str(lead.id)
            blocks.append(
                ActionsBlock(
                    block_id=NudgeBlock.actions(lead.id),
                    elements=[
                        ButtonElement(
                            text=PlainTextObject(text=_("Plan next step")),
                            action_id=ActionId.PLAN_NEXT_STEP.value,
                            value=value,
                            style="primary",
                        ),
                        ButtonElement(
                            text=PlainTextObject(text=_("Snooze 3 days")),
                            action_id=ActionId.NUDGE_SNOOZE.value,
                            value=value,
                        ),
                        ButtonElement(
                            text=PlainTextObject(text=_("Mark cold")),
                            action_id=ActionId.NUDGE_COLD.value,
                            value=value,
                        ),
                        ButtonElement(
                            text=PlainTextObject(text=_("Mark lost")),
                            action_id=ActionId.NUDGE_LOST.value,
                            value=value,
                        ),
                    ],
                )
            )
        else:
            blocks.append(
                ContextBlock(
                    elements=[
                        MarkdownTextObject(
                            text=render(language, "nudge_done", state=state, lead=lead)
                        )
                    ]
                )
            )
    if more:
        blocks.append(
            ContextBlock(
                elements=[
                    MarkdownTextObject(
                        text=render(
                            language,
                            "nudge_more",
                            more=more,
                            link=Mrkdwn(f"<{home_link}|App Home>") if home_link else None,
                        )
                    )
                ]
            )
        )
    if a_customers:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(
                    text=render(language, "nudge_a_customers", customers=a_customers)
                )
            )
        )
    text = _("Warm leads waiting for a next step")
    return {"text": text, "blocks": [b.to_dict() for b in blocks[:50]]}


def lead_ids_of(message: dict[str, Any]) -> list[int]:
    """The leads a nudge DM lists, read back from its blocks (so a click can re-render it)."""
    ids = []
    for block in message.get("blocks", []):
        match = NudgeBlock.LINE.match(block.get("block_id") or "")
        if match:
            ids.append(int(match.group(1)))
    return ids
