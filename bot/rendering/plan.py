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
from bot.i18n import N_
from bot.ids import ActionId
from bot.rendering.blocks import text_message
from bot.rendering.text import render
from bot.services.funnel import Plan
from bot.services.planning import Adopted, PlanView


def plan_message(view: PlanView, language: str) -> dict[str, Any]:
    t = i18n.translations(language)
    p = view.plan
    rate, ratio = _shown_rates(p, language)
    new_rate, new_ratio = _shown_rates(view.new_plan, language)
    text = render(
        language,
        "plan",
        own=view.own,
        name=view.name,
        quarter=view.quarter,
        end=view.quarter_end,
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
        goals = ", ".join(f"{n} " + t.gettext(i18n_kpi(k)) for k, n in view.suggested.items())
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
    blocks: list[Any] = [SectionBlock(text=MarkdownTextObject(text=text[:2900]))]
    if buttons:
        blocks.append(ActionsBlock(elements=buttons))
    return {"text": text, "blocks": [b.to_dict() for b in blocks]}


def _shown_rates(p: Plan | None, language: str) -> tuple[str | None, str | None]:
    """The closing rate (whole percent) and activities per offer (one decimal) as shown."""
    rate = ratio = None
    if p is not None and p.funnel.closing_rate is not None:
        rate = i18n.format_number(
            (p.funnel.closing_rate * 100).quantize(Decimal(1), ROUND_HALF_UP), language
        )
    if p is not None and p.funnel.activities_per_offer is not None:
        ratio = i18n.format_number(
            p.funnel.activities_per_offer.quantize(Decimal("0.1"), ROUND_HALF_UP), language
        )
    return rate, ratio


def i18n_kpi(kpi: str) -> str:
    return {"meetings": N_("meetings"), "offers": N_("offers"), "calls": N_("calls")}[kpi]


def adopted_message(adopted: Adopted, language: str) -> dict[str, Any]:
    t = i18n.translations(language)
    goals = ", ".join(f"{n} " + t.gettext(i18n_kpi(k)) for k, n in adopted.goals.items())
    return text_message(
        ":dart: " + t.gettext("Weekly goals set from the plan: %(goals)s.") % {"goals": goals}
    )


def explained_message(language: str) -> dict[str, Any]:
    return text_message(render(language, "plan_explained"))
