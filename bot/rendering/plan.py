"""Block Kit for /kpi plan: the plan, a button to adopt its weekly goals, and how it is computed."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot import i18n
from bot.ids import ActionId
from bot.rendering.blocks import MESSAGE_TEXT, fit, pieces, text_message
from bot.rendering.status import period_label
from bot.rendering.text import render
from bot.services.funnel import Plan
from bot.services.planning import Adopted, PlanView


def plan_message(view: PlanView, language: str) -> dict[str, Any]:
    t = i18n.translations(language)
    p = view.plan
    rate, ratio = _shown_rates(p, language)
    new_rate, new_ratio = _shown_rates(view.new_plan, language)
    new = view.new_plan
    first = p or new
    text = render(
        language,
        "plan",
        own=view.own,
        name=view.name,
        quarter=_period(first, language) or view.quarter,
        end=p.span.last if p is not None and p.span is not None else view.quarter_end,
        period=_period(p, language) or view.quarter,
        new_end=new.span.last if new is not None and new.span is not None else view.quarter_end,
        new_period=_period(new, language) or view.quarter,
        currency=view.currency,
        p=p,
        rate=rate,
        ratio=ratio,
        new=view.new_plan,
        new_rate=new_rate,
        new_ratio=new_ratio,
    )
    buttons = []
    if view.suggested:
        goals = goals_text(view.suggested, language)
        buttons.append(
            ButtonElement(
                text=PlainTextObject(
                    text=(t.gettext("Make these my weekly goals: %(goals)s") % {"goals": goals})[
                        :75
                    ]
                    if view.own
                    else (t.gettext("Make these the weekly goals: %(goals)s") % {"goals": goals})[
                        :75
                    ]
                ),
                action_id=ActionId.PLAN_ADOPT.value,
                value=view.user_id,
                style="primary",
            )
        )
    if p is not None or view.new_plan is not None:
        buttons.append(
            ButtonElement(
                text=PlainTextObject(text=t.gettext("How is this computed?")),
                action_id=ActionId.PLAN_EXPLAIN.value,
                value=view.user_id,
            )
        )
    # A plan longer than a section (3,000 characters) goes on in the next, never cut off.
    blocks: list[Any] = [SectionBlock(text=MarkdownTextObject(text=p)) for p in pieces(text)]
    if buttons:
        blocks.append(ActionsBlock(elements=buttons))
    return {"text": fit(text, MESSAGE_TEXT), "blocks": [b.to_dict() for b in blocks]}


def _period(plan: Plan | None, language: str) -> str:
    """The goal's own period, as a heading says it: "2026-Q4", "2026"."""
    return period_label(plan.span, language) if plan is not None and plan.span else ""


def _shown_rates(p: Plan | None, language: str) -> tuple[str | None, Decimal | None]:
    """The closing rate (whole percent, formatted) and activities per offer (one decimal, for
    the template to format and pick its plural form by) as shown."""
    rate = ratio = None
    if p is not None and p.funnel.closing_rate is not None:
        rate = i18n.format_number(
            (p.funnel.closing_rate * 100).quantize(Decimal(1), ROUND_HALF_UP), language
        )
    if p is not None and p.funnel.activities_per_offer is not None:
        ratio = p.funnel.activities_per_offer.quantize(Decimal("0.1"), ROUND_HALF_UP)
    return rate, ratio


def goals_text(goals: dict[str, int], language: str) -> str:
    """Weekly goals as counted things: "1 meeting, 3 offers", "2 møter, 1 tilbud"."""
    t = i18n.translations(language)
    shown = []
    for kpi, n in goals.items():
        if kpi == "meetings":
            text = t.ngettext("%(count)s meeting", "%(count)s meetings", n)
        elif kpi == "offers":
            text = t.ngettext("%(count)s offer", "%(count)s offers", n)
        else:
            text = t.ngettext("%(count)s call", "%(count)s calls", n)
        shown.append(text % {"count": i18n.format_number(n, language)})
    return ", ".join(shown)


def adopted_message(adopted: Adopted, language: str) -> dict[str, Any]:
    t = i18n.translations(language)
    goals = goals_text(adopted.goals, language)
    return text_message(
        ":dart: " + t.gettext("Weekly goals set from the plan: %(goals)s.") % {"goals": goals}
    )


def explained_message(language: str) -> dict[str, Any]:
    return text_message(render(language, "plan_explained"))
