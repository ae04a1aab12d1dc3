"""The private note for a count of calls or meetings with no customer named (services.talk_counts):
what kpibot did not count, why, and how to log them; a call's form one click away."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import ActionsBlock, ButtonElement, PlainTextObject, SectionBlock
from slack_sdk.models.blocks.basic_components import MarkdownTextObject

from bot import i18n
from bot.ids import ActionId
from bot.rendering.text import render
from bot.services.talk_counts import CALLS, TalkCount


def talk_count_message(language: str, said: TalkCount) -> dict[str, Any]:
    meetings, calls = (said.count, said.also) if said.kind != CALLS else (said.also, said.count)
    text = render(
        language, "talk_count", count=said.count, kind=said.kind, meetings=meetings, calls=calls
    )
    blocks: list[Any] = [SectionBlock(text=MarkdownTextObject(text=text))]
    if said.kind == CALLS or said.also:
        # the call-day list's button: the log form for a call, the customer left to fill in
        label = i18n.translations(language).gettext("Log a call")
        blocks.append(
            ActionsBlock(
                elements=[
                    ButtonElement(
                        text=PlainTextObject(text=label),
                        action_id=ActionId.CALLDAY_CALL.value,
                        value="",
                    )
                ]
            )
        )
    return {"text": str(text), "blocks": [b.to_dict() for b in blocks]}
