"""`/kpi away fredag`: one coming day said alone, asked about with two buttons (that day, or from
today until it); `/kpi away fredag-mandag` on a Monday: the days gone or the coming ones. Each
button carries its first and last day; the click is checked again."""

from __future__ import annotations

from datetime import date
from typing import Any

from slack_sdk.models.blocks import ActionsBlock, ButtonElement, PlainTextObject, SectionBlock
from slack_sdk.models.blocks.basic_components import MarkdownTextObject

from bot import i18n
from bot.ids import ActionId
from bot.rendering.blocks import text_message
from bot.rendering.text import render


def away_value(first: date, last: date) -> str:
    return f"{first.isoformat()}:{last.isoformat()}"


def read_away_value(value: object) -> tuple[date, date] | None:
    """A button's days back, or None for a value no button of kpibot's carries."""
    if not isinstance(value, str):
        return None
    first, _, last = value.partition(":")
    try:
        return date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        return None


def away_question(language: str, today: date, day: date) -> dict[str, Any]:
    _ = i18n.translations(language).gettext
    shown = i18n.format_day(day, language)
    text = render(language, "away_question", day=day)
    blocks = [
        SectionBlock(text=MarkdownTextObject(text=text)),
        ActionsBlock(
            elements=[
                ButtonElement(
                    text=PlainTextObject(text=_("Only %(day)s") % {"day": shown}),
                    action_id=ActionId.AWAY_ONE_DAY.value,
                    value=away_value(day, day),
                ),
                ButtonElement(
                    text=PlainTextObject(text=_("From today to %(day)s") % {"day": shown}),
                    action_id=ActionId.AWAY_UNTIL.value,
                    value=away_value(today, day),
                ),
            ]
        ),
    ]
    return {"text": text, "blocks": [block.to_dict() for block in blocks]}


def away_range_question(
    language: str, gone: tuple[date, date], coming: tuple[date, date]
) -> dict[str, Any]:
    """`/kpi away fredag-mandag` on a Monday: the days gone, or the coming ones? A button each,
    carrying its first and last day."""

    def shown(days: tuple[date, date]) -> str:
        return f"{i18n.format_day(days[0], language)} – {i18n.format_day(days[1], language)}"

    text = render(language, "away_range_question", gone=shown(gone), coming=shown(coming))
    blocks = [
        SectionBlock(text=MarkdownTextObject(text=text)),
        ActionsBlock(
            elements=[
                ButtonElement(
                    text=PlainTextObject(text=shown(gone)),
                    action_id=ActionId.AWAY_GONE.value,
                    value=away_value(*gone),
                ),
                ButtonElement(
                    text=PlainTextObject(text=shown(coming)),
                    action_id=ActionId.AWAY_COMING.value,
                    value=away_value(*coming),
                ),
            ]
        ),
    ]
    return {"text": text, "blocks": [block.to_dict() for block in blocks]}


def away_message(language: str, today: date, first: date, last: date) -> dict[str, Any]:
    """What is stored: the days away, said for a period, one day, or until a day."""
    return text_message(
        render(language, "away", state="away", starts=first, until=last, today=today)
    )


_CHOICE_IDS = (
    ActionId.AWAY_CHOICE_1,
    ActionId.AWAY_CHOICE_2,
    ActionId.AWAY_CHOICE_3,
    ActionId.AWAY_CHOICE_4,
)


def away_choice_question(
    language: str, said: str, choices: tuple[tuple[date, date], ...]
) -> dict[str, Any]:
    """`/kpi away om to uker`, `/kpi away hele påsken`: words that name no days of their own,
    asked with a button for each reading (its first and last day); or the days typed."""

    def shown(days: tuple[date, date]) -> str:
        return f"{i18n.format_day(days[0], language)} – {i18n.format_day(days[1], language)}"

    text = render(language, "away_choice_question", said=said)
    buttons = [
        ButtonElement(
            text=PlainTextObject(text=shown(days)),
            action_id=action.value,
            value=away_value(*days),
        )
        for action, days in zip(_CHOICE_IDS, choices, strict=False)
    ]
    blocks = [SectionBlock(text=MarkdownTextObject(text=text)), ActionsBlock(elements=buttons)]
    return {"text": text, "blocks": [block.to_dict() for block in blocks]}
