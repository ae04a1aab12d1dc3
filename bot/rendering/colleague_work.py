"""The private note for work told as done for a colleague (services.colleague_work): not
counted as the author's, and the command that logs it."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import SectionBlock
from slack_sdk.models.blocks.basic_components import MarkdownTextObject

from bot.rendering.text import render
from bot.services.colleague_work import ForColleague


def colleague_work_message(language: str, said: ForColleague) -> dict[str, Any]:
    text = render(language, "colleague_work", command=said.command)
    return {
        "text": str(text),
        "blocks": [SectionBlock(text=MarkdownTextObject(text=text)).to_dict()],
    }
