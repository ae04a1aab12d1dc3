"""Turning what the services decided into the messages users see (shared by every front door)."""

from __future__ import annotations

from typing import Any

from bot import i18n
from bot.errors import EXAMPLES, MESSAGES, message_params
from bot.i18n import N_
from bot.rendering import blocks
from bot.rendering.text import render
from bot.services.activities import CustomerChoice, Logged, Undone

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
    params = message_params(params, lambda d: i18n.format_day(d, language), mrkdwn=True)
    message = t.gettext(MESSAGES.get(code, MESSAGES["empty"])) % params
    example = t.gettext(EXAMPLES[kind]) if kind in EXAMPLES else None
    return blocks.error_message(language, message, example, nothing_stored=stored is False)


def summary(language: str, logged: Logged) -> str:
    t = i18n.translations(language)
    return render(
        language,
        "logged",
        kind=logged.kind,
        customer=logged.customer,
        when=logged.when,
        amount=logged.amount,
        currency=logged.currency or "",
        temperature=logged.temperature,
        next_what=t.gettext(DEFAULT_NEXT_STEP)
        if logged.next_step == DEFAULT_NEXT_STEP
        else logged.next_step,
        next_due=logged.next_due,
        margin=logged.margin,
        note=logged.note,
        new_customer=logged.new_customer,
        previous_amount=logged.previous_amount,
    )


def logged_reply(language: str, logged: Logged) -> dict[str, Any]:
    return blocks.logged_message(language, summary(language, logged), logged.activity_id)


def log_reply(language: str, outcome: Logged | CustomerChoice) -> dict[str, Any]:
    """The confirmation, or the question which customer was meant."""
    if isinstance(outcome, CustomerChoice):
        return blocks.choose_customer_message(
            language, outcome.typed, outcome.suggestions, outcome.pending
        )
    return logged_reply(language, outcome)


def undone_reply(language: str, undone: Undone) -> dict[str, Any]:
    t = i18n.translations(language)
    text = render(
        language,
        "undone",
        state=undone.state,
        kind_word=t.gettext(blocks.KIND_WORDS[undone.kind]) if undone.kind else "",
        customer=undone.customer or "",
        when=undone.when,
    )
    return blocks.text_message(text)
