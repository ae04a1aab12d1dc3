"""Block Kit for the call-day list: one line per opportunity, with the buttons to act on it."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ButtonElement,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot import i18n
from bot.ids import ActionId
from bot.rendering.text import render
from bot.services.coaching import CallDay


def callday_message(day: CallDay, language: str) -> dict[str, Any]:
    t = i18n.translations(language)
    title = (
        t.gettext("Call day")
        if day.own
        else t.gettext("Call day for %(name)s") % {"name": day.name}
    )
    blocks: list[Any] = [HeaderBlock(text=PlainTextObject(text=title[:150]))]
    if not day.offers and not day.a_customers:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(text=render(language, "callday_line", kind="empty"))
            )
        )
    if day.offers:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(
                    text=render(language, "callday_line", kind="offers_heading")
                )
            )
        )
    for offer in day.offers:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(
                    text=render(
                        language, "callday_line", kind="offer", item=offer, customer=offer.customer
                    )
                ),
                accessory=ButtonElement(
                    text=PlainTextObject(text=t.gettext("Plan next step")),
                    action_id=ActionId.PLAN_NEXT_STEP.value,
                    value=str(offer.lead_id),
                ),
            )
        )
    if day.a_customers:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(text=render(language, "callday_line", kind="a_heading"))
            )
        )
    for customer in day.a_customers:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(
                    text=render(
                        language,
                        "callday_line",
                        kind="a_customer",
                        item=customer,
                        customer=customer.customer,
                    )
                ),
                accessory=ButtonElement(
                    text=PlainTextObject(text=t.gettext("Log a call")),
                    action_id=ActionId.CALLDAY_CALL.value,
                    value=customer.customer[:150],
                ),
            )
        )
    return {"text": title, "blocks": [b.to_dict() for b in blocks[:50]]}
