"""What `/kpi customer …` and a hand-over say: to the requester, and to a lead's new owner."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import ActionsBlock, ButtonElement, PlainTextObject

from bot import i18n
from bot.i18n import N_
from bot.ids import ActionId
from bot.rendering.blocks import OPTION_LABELS, question_message, text_message
from bot.rendering.status import pack_sections
from bot.rendering.text import mention, render
from bot.services.customer_admin import CustomerChanged, DidYouMean, Notice
from bot.services.customer_import import MAX_NAME, Plan


def customer_reply(language: str, outcome: CustomerChanged | DidYouMean) -> dict[str, Any]:
    if isinstance(outcome, DidYouMean):
        return did_you_mean(language, outcome)
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
            created=outcome.created,
        )
    )


def did_you_mean(language: str, question: DidYouMean) -> dict[str, Any]:
    """The names it may have been, a button each (and "New customer" for a tier), and Cancel."""
    t = i18n.translations(language)
    text = render(
        language, "did_you_mean", customer=question.typed, names=", ".join(question.names)
    )

    def label(option: str) -> str:
        if option.startswith("pick:"):
            return question.names[int(option.split(":", 1)[1])]
        if option == "new":
            return t.gettext(OPTION_LABELS["new"]) % {"name": question.typed[:50]}
        return t.gettext(OPTION_LABELS[option])

    options = [(option, label(option)) for option in question.options]
    return question_message(
        language, text, question.token, options, action=ActionId.CUSTOMER_PICK.value
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


# Why a line of an import file was left out.
IMPORT_PROBLEMS = {
    "no_name": N_("no customer name"),
    "name_too_long": N_("the name is longer than the %(limit)s characters a name may have"),
    "bad_tier": N_("the tier is not A, B or C"),
    "twice": N_("the same customer is on an earlier line"),
}
LISTED = 15  # per part of the report; the rest are counted


def import_report_text(language: str, plan: Plan, *, applied: bool, mentions: bool = True) -> str:
    """The report as text (`mentions=False`: user ids as they are, for a terminal)."""
    t = i18n.translations(language)
    users = {c.owner for c in plan.changes if c.owner} | {
        c.old_owner for c in plan.changes if c.old_owner
    }
    return render(
        language,
        "import_report",
        plan=plan,
        applied=applied,
        limit=LISTED if mentions else 10**6,
        mentions={u: mention(u) if mentions else u for u in users},
        problems={
            code: t.gettext(text) % {"limit": MAX_NAME} for code, text in IMPORT_PROBLEMS.items()
        },
    )


def import_report(
    language: str, plan: Plan, *, token: str | None = None, applied: bool = False
) -> dict[str, Any]:
    """The report in a DM; with `token`, the "Import" button that applies it."""
    _ = i18n.translations(language).gettext
    text = import_report_text(language, plan, applied=applied)
    blocks: list[Any] = pack_sections(text.split("\n"), sep="\n")
    if token is not None and plan.changes:
        blocks.append(
            ActionsBlock(
                elements=[
                    ButtonElement(
                        text=PlainTextObject(text=_("Import"), emoji=True),
                        action_id=ActionId.IMPORT_CUSTOMERS.value,
                        value=token,
                        style="primary",
                    )
                ]
            )
        )
    return {"text": text[:3000], "blocks": [b.to_dict() for b in blocks]}


IMPORTED = {
    "already": N_("This file was imported already."),
    "forbidden": N_("Only the manager who shared the file can import it."),
    "missing": N_("I can't find that file any more. Share it with me again."),
    "expired": N_("This report is more than a week old. Share the file with me again."),
}


def imported_reply(language: str, state: str) -> dict[str, Any]:
    return text_message(i18n.translations(language).gettext(IMPORTED[state]))
