"""Block Kit for the call-day list: one line per opportunity, with the buttons to act on it."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot import i18n
from bot.i18n import N_
from bot.ids import ActionId
from bot.rendering.blocks import text_message
from bot.rendering.status import pack_sections, split_messages
from bot.rendering.text import render
from bot.services.coaching import CallDay, SellerFunnel, TeamFunnel
from bot.services.funnel import Trend


def callday_message(day: CallDay, language: str) -> dict[str, Any]:
    t = i18n.translations(language)
    title = (
        t.gettext("Call day")
        if day.own
        else t.gettext("Call day for %(name)s") % {"name": day.name}
    )
    blocks: list[Any] = [HeaderBlock(text=PlainTextObject(text=title[:150]))]
    if not day.offers and not day.a_customers:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(text=render(language, "callday_line", kind="empty"))
            )
        )
    if day.offers:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(
                    text=render(language, "callday_line", kind="offers_heading")
                )
            )
        )
    for offer in day.offers:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(
                    text=render(
                        language,
                        "callday_line",
                        kind="offer",
                        item=offer,
                        customer=offer.customer,
                        team_currency=day.currency,
                    )
                ),
                accessory=ButtonElement(
                    text=PlainTextObject(text=t.gettext("Plan next step")),
                    action_id=ActionId.PLAN_NEXT_STEP.value,
                    value=str(offer.lead_id),
                ),
            )
        )
    if day.more_offers:
        blocks.append(_the_rest(language, "offers_more", [o.customer for o in day.more_offers]))
    if day.a_customers:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(text=render(language, "callday_line", kind="a_heading"))
            )
        )
    for customer in day.a_customers:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(
                    text=render(
                        language,
                        "callday_line",
                        kind="a_customer",
                        item=customer,
                        customer=customer.customer,
                    )
                ),
                accessory=ButtonElement(
                    text=PlainTextObject(text=t.gettext("Log a call")),
                    action_id=ActionId.CALLDAY_CALL.value,
                    value=customer.customer[:150],
                ),
            )
        )
    if day.more_a_customers:
        blocks.append(_the_rest(language, "a_more", [c.customer for c in day.more_a_customers]))
    # At most 2 × coaching.SHOWN lines, their headings and two lines of the rest: under 50.
    return {"text": title, "blocks": [b.to_dict() for b in blocks]}


def _the_rest(language: str, kind: str, names: list[str]) -> ContextBlock:
    """ "…and 3 more A-customers due a touchpoint: Acme, Orkla, Yara": those beyond the ones
    listed with a button, by name, within a context element's 2,000 characters."""
    shown: list[str] = []
    for name in names:
        if sum(len(n) + 2 for n in shown) + len(name) > 1700:
            break
        shown.append(name)
    text = render(
        language,
        "callday_line",
        kind=kind,
        num=len(names),
        names=shown,
        left=len(names) - len(shown),
    )
    return ContextBlock(elements=[MarkdownTextObject(text=text)])


LOSS_GROUP_LABELS = {
    "price": N_("price"),
    "competitor": N_("a competitor"),
    "timing": N_("budget or timing"),
    "no_decision": N_("no decision"),
    "fit": N_("needs or fit"),
    "other": N_("other reasons"),
    "none": N_("no reason given"),
}


SEGMENT_LABELS = {"new": N_("New customers"), "existing": N_("Existing customers")}


@dataclass(frozen=True)
class _Shown:
    direction: str
    before: str  # the earlier figure as printed


def _trends(trends: dict[str, Trend], currency: str, language: str) -> dict[str, _Shown | None]:
    """Each ratio's trend with the earlier window's figure formatted as the ratio is."""

    def before(name: str, value: Decimal) -> str:
        if name == "closing_rate":
            return f"{i18n.format_number(value, language)} %"
        if name == "average_deal":
            return i18n.format_money(value, currency, language)
        return i18n.format_number(value, language)

    shown: dict[str, _Shown | None] = {}
    for name in ("activities_per_offer", "closing_rate", "average_deal"):
        trend = trends.get(name)
        if trend is None or trend.direction is None or trend.before is None:
            shown[name] = None
        else:
            shown[name] = _Shown(trend.direction, before(name, trend.before))
    return shown


def funnel_text(s: SellerFunnel, currency: str, language: str) -> str:
    """One seller's coaching facts (funnel_row.mrkdwn.j2)."""
    t = i18n.translations(language)
    return render(
        language,
        "funnel_row",
        s=s,
        name=s.name,
        currency=currency,
        trends=_trends(s.trends, currency, language),
        segments=[
            (
                key,
                t.gettext(SEGMENT_LABELS[key]),
                seg,
                _trends(seg.trends, currency, language),
            )
            for key, seg in s.segments.items()
        ],
        groups=[
            (t.gettext(LOSS_GROUP_LABELS[g]), n)
            for g, n in sorted(s.loss_groups.items(), key=lambda item: -item[1])
        ],
    )


def funnel_messages(view: TeamFunnel, language: str) -> list[dict[str, Any]]:
    t = i18n.translations(language)
    title = t.gettext("Funnel, last %(weeks)s weeks") % {"weeks": view.weeks}
    lines = [funnel_text(s, view.currency, language) for s in view.sellers]
    blocks: list[Any] = [
        HeaderBlock(text=PlainTextObject(text=title[:150])),
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text=render(language, "funnel_header", weeks=view.weeks, as_of=view.as_of)
                )
            ]
        ),
    ]
    blocks += pack_sections(lines or [t.gettext("No sellers in this team yet.")])
    if view.reasons:
        blocks.append(
            ActionsBlock(
                elements=[
                    ButtonElement(
                        text=PlainTextObject(text=t.gettext("Loss reasons as written")),
                        action_id=ActionId.FUNNEL_REASONS.value,
                        value="reasons",
                    )
                ]
            )
        )
    return split_messages(blocks, title, language)


def reasons_message(view: TeamFunnel, language: str) -> dict[str, Any]:
    t = i18n.translations(language)
    text = render(
        language,
        "funnel_reasons",
        reasons=[(name, t.gettext(LOSS_GROUP_LABELS[g]), raw) for name, g, raw in view.reasons],
    )
    return text_message(text)  # as many sections as it takes (blocks.pieces), never cut off
