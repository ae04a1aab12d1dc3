"""Block Kit written as plain dicts on hot paths is exactly what slack_sdk's objects (which
validate the structure) would build."""

from __future__ import annotations

import pytest
from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot.ids import ActionId, BlockId
from bot.rendering.blocks import fit, logged_message

LONG = "Logged an *offer* with *A & B*\n" + "&" * 4000


@pytest.mark.parametrize("language", ["en", "nb", "sv", "da"])
@pytest.mark.parametrize("summary", ["Logged a *meeting* with *Aker BP*", LONG])
def test_the_confirmation_is_what_slack_sdk_builds(language: str, summary: str) -> None:
    from bot import i18n

    undo = i18n.translations(language).gettext("Undo")
    built = [
        SectionBlock(text=MarkdownTextObject(text=fit(summary)), block_id=BlockId.UNDO.value),
        ActionsBlock(
            elements=[
                ButtonElement(
                    text=PlainTextObject(text=undo, emoji=True),
                    action_id=ActionId.UNDO.value,
                    value="4711",
                )
            ]
        ),
    ]
    message = logged_message(language, summary, 4711)
    assert message == {"text": summary, "blocks": [block.to_dict() for block in built]}
    assert len(message["blocks"][0]["text"]["text"]) <= 3000
    if language != "en":
        assert undo != "Undo"  # translated, so the test compares a real word
