"""Block Kit builders. Jinja2 gives the text; slack_sdk.models gives (and validates) the structure."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    DatePickerElement,
    ExternalDataSelectElement,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    SectionBlock,
    StaticSelectElement,
)
from slack_sdk.models.views import View

from bot import i18n
from bot.i18n import N_
from bot.ids import ActionId, BlockId, InputId, ViewId
from bot.rendering.text import Mrkdwn, plain, render

KIND_WORDS = {
    "meeting": N_("meeting"),
    "call": N_("call"),
    "offer": N_("offer"),
    "win": N_("win"),
    "loss": N_("lost deal"),
}
TEMPERATURE_WORDS = {"cold": N_("cold"), "warm": N_("warm"), "hot": N_("hot")}
MODAL_TITLES = {
    "meeting": N_("Log a meeting"),
    "call": N_("Log a call"),
    "offer": N_("Log an offer"),
    "win": N_("Log a win"),
    "loss": N_("Log a lost deal"),
}


def _message(text: str, blocks: list[Any]) -> dict[str, Any]:
    return {"text": text, "blocks": [b.to_dict() for b in blocks]}


SECTION_LIMIT = 3000  # characters of a section's text, as Slack counts them (after escaping)


def fit(text: str, limit: int = SECTION_LIMIT) -> str:
    """`text` cut to Slack's limit with an ellipsis (a long note of "&"s is five times as long
    once escaped), never inside an entity such as &amp;."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&", max(0, len(cut) - 6))
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + "…"


def logged_message(language: str, summary: str, activity_id: int) -> dict[str, Any]:
    """The ephemeral confirmation: what was stored, and an Undo button."""
    _ = i18n.translations(language).gettext
    blocks = [
        SectionBlock(text=MarkdownTextObject(text=fit(summary)), block_id=BlockId.UNDO.value),
        ActionsBlock(
            elements=[
                ButtonElement(
                    text=PlainTextObject(text=_("Undo"), emoji=True),
                    action_id=ActionId.UNDO.value,
                    value=str(activity_id),
                )
            ]
        ),
    ]
    return _message(summary, blocks)


def text_message(text: str) -> dict[str, Any]:
    return _message(text, [SectionBlock(text=MarkdownTextObject(text=fit(text)))])


def error_message(
    language: str, message: str, example: str | None, *, nothing_stored: bool = True
) -> dict[str, Any]:
    """`message`: our translated words with what was typed already made plain() in it."""
    return text_message(
        render(
            language,
            "error",
            message=Mrkdwn(message),
            example=example,
            nothing_stored=nothing_stored,
        )
    )


def internal_error_message(language: str) -> dict[str, Any]:
    return text_message(render(language, "internal_error"))


def choose_customer_message(
    language: str, typed: str, suggestions: list[str], pending: dict[str, Any]
) -> dict[str, Any]:
    """Near-miss of a known customer: one button per suggestion, and one to create the new name."""
    _ = i18n.translations(language).gettext
    text = render(language, "choose_customer", typed=typed)
    buttons = [
        ButtonElement(
            text=PlainTextObject(text=name[:75]),
            action_id=f"{ActionId.PICK_CUSTOMER.value}_{i}",
            value=json.dumps(
                {**pending, "customer": name}, separators=(",", ":"), ensure_ascii=False
            ),
        )
        for i, name in enumerate(suggestions[:3])
    ]
    buttons.append(
        ButtonElement(
            text=PlainTextObject(text=_("New customer: %(name)s") % {"name": typed[:50]}),
            action_id=ActionId.NEW_CUSTOMER.value,
            value=json.dumps(
                {**pending, "customer": typed, "new": True},
                separators=(",", ":"),
                ensure_ascii=False,
            ),
        )
    )
    return _message(
        text,
        [
            SectionBlock(text=MarkdownTextObject(text=text)),
            ActionsBlock(block_id=BlockId.CHOICES.value, elements=buttons),
        ],
    )


def log_modal(language: str, kind: str, today: date, private_metadata: str) -> dict[str, Any]:
    """The modal behind a slash command with no text: the same fields as the command."""
    _ = i18n.translations(language).gettext
    temperature_options = [
        Option(text=PlainTextObject(text=_(word)), value=value)
        for value, word in TEMPERATURE_WORDS.items()
    ]
    blocks: list[Any] = [
        InputBlock(
            block_id=BlockId.CUSTOMER.value,
            label=PlainTextObject(text=_("Customer")),
            element=ExternalDataSelectElement(
                action_id=InputId.CUSTOMER.value,
                placeholder=PlainTextObject(text=_("Start typing a customer name")),
                min_query_length=1,
            ),
        ),
        InputBlock(
            block_id=BlockId.DATE.value,
            label=PlainTextObject(text=_("Date")),
            element=DatePickerElement(action_id=InputId.DATE.value, initial_date=today.isoformat()),
        ),
    ]
    if kind in {"offer", "win"}:
        blocks.append(
            InputBlock(
                block_id=BlockId.AMOUNT.value,
                label=PlainTextObject(text=_("Amount")),
                optional=kind == "win",
                hint=PlainTextObject(text=_("For example 250k, 1,5 mill or kr 99 000")),
                element=PlainTextInputElement(action_id=InputId.AMOUNT.value),
            )
        )
    if kind in {"meeting", "call"}:
        blocks += [
            InputBlock(
                block_id=BlockId.TEMPERATURE.value,
                label=PlainTextObject(text=_("Lead temperature")),
                optional=True,
                element=StaticSelectElement(
                    action_id=InputId.TEMPERATURE.value, options=temperature_options
                ),
            ),
            InputBlock(
                block_id=BlockId.NEXT_WHAT.value,
                label=PlainTextObject(text=_("Next step")),
                optional=True,
                hint=PlainTextObject(text=_("What happens next, for example a demo or a call")),
                element=PlainTextInputElement(action_id=InputId.NEXT_WHAT.value, max_length=200),
            ),
            InputBlock(
                block_id=BlockId.NEXT_DATE.value,
                label=PlainTextObject(text=_("Next step date")),
                optional=True,
                element=DatePickerElement(action_id=InputId.NEXT_DATE.value),
            ),
        ]
    blocks.append(
        InputBlock(
            block_id=BlockId.NOTE.value,
            label=PlainTextObject(text=_("Reason") if kind == "loss" else _("Note")),
            optional=True,
            element=PlainTextInputElement(
                action_id=InputId.NOTE.value, multiline=True, max_length=1000
            ),
        )
    )
    view = View(
        type="modal",
        callback_id=ViewId.LOG_ACTIVITY.value,
        title=PlainTextObject(text=_(MODAL_TITLES[kind])[:24]),
        submit=PlainTextObject(text=_("Save")),
        close=PlainTextObject(text=_("Cancel")),
        private_metadata=private_metadata,
        blocks=blocks,
    )
    return view.to_dict()


def customer_options(language: str, query: str, matches: list[str]) -> list[dict[str, Any]]:
    """Options for the modal's customer select: known customers, then the typed name as new."""
    _ = i18n.translations(language).gettext
    options = [
        Option(text=PlainTextObject(text=name[:75]), value=name[:150]) for name in matches[:99]
    ]
    typed = " ".join(query.split())[:150]
    if typed and all(name.casefold() != typed.casefold() for name in matches):
        options.append(
            Option(
                text=PlainTextObject(text=(_("New customer: %(name)s") % {"name": typed})[:75]),
                value=typed,
            )
        )
    return [o.to_dict() for o in options]


def next_step_modal(
    language: str, customer: str | None, private_metadata: str, refusal: str | None
) -> dict[str, Any]:
    """What happens next with a lead, and when. Opened empty at once, then filled in."""
    _ = i18n.translations(language).gettext
    if refusal is not None:
        return View(
            type="modal",
            callback_id=ViewId.PLAN_NEXT_STEP.value,
            title=PlainTextObject(text=_("Plan next step")[:24]),
            close=PlainTextObject(text=_("Close")),
            blocks=[SectionBlock(text=MarkdownTextObject(text=refusal))],
        ).to_dict()
    blocks: list[Any] = []
    if customer:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=f"*{plain(customer)}*")))
    blocks += [
        InputBlock(
            block_id=BlockId.NEXT_WHAT.value,
            label=PlainTextObject(text=_("Next step")),
            hint=PlainTextObject(text=_("What happens next, for example a demo or a call")),
            element=PlainTextInputElement(action_id=InputId.NEXT_WHAT.value, max_length=200),
        ),
        InputBlock(
            block_id=BlockId.NEXT_DATE.value,
            label=PlainTextObject(text=_("Next step date")),
            element=DatePickerElement(action_id=InputId.NEXT_DATE.value),
        ),
    ]
    return View(
        type="modal",
        callback_id=ViewId.PLAN_NEXT_STEP.value,
        title=PlainTextObject(text=_("Plan next step")[:24]),
        submit=PlainTextObject(text=_("Save")),
        close=PlainTextObject(text=_("Cancel")),
        private_metadata=private_metadata,
        blocks=blocks,
    ).to_dict()
