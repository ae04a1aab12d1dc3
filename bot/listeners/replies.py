"""Turning what the services decided into the messages users see (shared by every front door)."""

from __future__ import annotations

from typing import Any

from bot import i18n
from bot.errors import EXAMPLES, MESSAGES, message_params
from bot.i18n import N_
from bot.rendering import blocks
from bot.rendering.text import render
from bot.services.recording import Recorded
from storage.models import Activity

# What the parser stores when a next step names only a date; shown in the reader's language.
DEFAULT_NEXT_STEP = N_("follow-up")


def error_reply(
    language: str,
    code: str,
    params: dict[str, Any],
    kind: str | None,
    *,
    stored: bool | None = False,
) -> dict[str, Any]:
    """What was wrong and a correct example. `stored=False` adds "Nothing was stored." (for
    commands that store); None says nothing about storing (for questions and settings)."""
    t = i18n.translations(language)
    params = message_params(params, lambda d: i18n.format_day(d, language))
    message = t.gettext(MESSAGES.get(code, MESSAGES["empty"])) % params
    example = t.gettext(EXAMPLES[kind]) if kind in EXAMPLES else None
    return blocks.error_message(language, message, example, nothing_stored=stored is False)


def summary(language: str, recorded: Recorded) -> str:
    a: Activity = recorded.activity
    t = i18n.translations(language)
    return render(
        language,
        "logged",
        kind=a.kind,
        customer=a.customer.name,
        when=a.occurred_on,
        amount=a.amount,
        currency=a.currency or "",
        temperature=a.temperature,
        next_what=t.gettext(DEFAULT_NEXT_STEP) if a.next_step == DEFAULT_NEXT_STEP else a.next_step,
        next_due=a.next_step_due,
        margin=a.margin_pct,
        note=a.note,
        new_customer=recorded.new_customer,
        previous_amount=recorded.previous_amount,
    )


def logged_reply(language: str, recorded: Recorded) -> dict[str, Any]:
    return blocks.logged_message(language, summary(language, recorded), recorded.activity.id)


def undone_reply(language: str, state: str, activity: Activity | None) -> dict[str, Any]:
    t = i18n.translations(language)
    text = render(
        language,
        "undone",
        state=state,
        kind_word=t.gettext(blocks.KIND_WORDS[activity.kind]) if activity else "",
        customer=activity.customer.name if activity else "",
        when=activity.occurred_on if activity else None,
    )
    return blocks.text_message(text)
