"""The App Home tab: the seller's own dashboard, and a team section for managers."""

from __future__ import annotations

from datetime import date
from typing import Any

from slack_sdk.models.blocks import (
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot import i18n
from bot.errors import EXAMPLES
from bot.ids import ActionId
from bot.rendering.blocks import KIND_WORDS
from bot.rendering.status import (
    _row,
    _totals,
    pack_sections,
    period_label,
    quarter_texts,
    seller_detail_blocks,
)
from bot.rendering.text import explain_once, render
from bot.services.funnel import Plan
from bot.services.read_models import ActivityLine, LeadLine
from bot.services.reports import SellerStatus, TeamReport
from bot.services.status import QuarterView

VIEW_BLOCKS = 100
WARM_LEADS_SHOWN = 20  # each a section with its button; the rest are counted (/kpi me lists all)


def _warm_more(t: Any, n: int, language: str) -> ContextBlock:
    text = t.ngettext(
        "…and %(count)s more warm lead without a next step: `/kpi me` lists them all.",
        "…and %(count)s more warm leads without a next step: `/kpi me` lists them all.",
        n,
    )
    return _more(text % {"count": i18n.format_number(n, language)})


def _open_more(t: Any, n: int, language: str) -> ContextBlock:
    text = t.ngettext(
        "…and %(count)s more open lead. Any of them is handed over with `%(example)s`.",
        "…and %(count)s more open leads. Any of them is handed over with `%(example)s`.",
        n,
    )
    example = t.gettext(EXAMPLES["owner"])
    return _more(text % {"count": i18n.format_number(n, language), "example": example})


def _sellers_more(t: Any, n: int, language: str) -> ContextBlock:
    text = t.ngettext(
        "…and %(count)s more seller: `/teamstatus` shows the whole team.",
        "…and %(count)s more sellers: `/teamstatus` shows the whole team.",
        n,
    )
    return _more(text % {"count": i18n.format_number(n, language)})


def _more(text: str) -> ContextBlock:
    return ContextBlock(elements=[MarkdownTextObject(text=text)])


def home_view(
    language: str,
    *,
    status: SellerStatus | None,
    report: TeamReport | None,
    leads: list[LeadLine],
    recent: list[ActivityLine],
    team_report: TeamReport | None,
    open_leads: list[LeadLine] | None = None,
    plan: Plan | None = None,
    new_plan: Plan | None = None,
    retention_months: int = 24,
    open_leads_more: int = 0,
    manages_only: bool = False,
    today: date | None = None,
    currency: str | None = None,
    quarter: QuarterView | None = None,
) -> dict[str, Any]:
    """The Home tab, within Slack's 100 blocks: long lists show their first entries and say
    how many more there are and where they are listed (`open_leads_more`: the seller's open
    leads beyond `open_leads`); `manages_only`: a manager who does not sell, told so instead of
    being welcomed as a seller whose week and goals will show here (they never will). `today`:
    the seller's day, by which a lead's step is overdue (one kept on its day is not).
    `currency`: the team's, in which a krone that is not its own shows its code (views32: a
    Swede's SEK offer in a NOK team read "kr", as the team's krone). `quarter` (views34): the
    quarter that ended, in the next one's first two weeks (status.home_quarter): the team's
    totals and rows for a manager, the seller's own, as `/teamstatus Q1` and `/kpi Q1` say it."""
    t = i18n.translations(language)
    _ = t.gettext
    blocks: list[Any] = [HeaderBlock(text=PlainTextObject(text=_("Your week")))]
    if (status is None or report is None or not recent and not status.history) and manages_only:
        role = _(
            "You manage this team without selling: you have no seller row, goals or weekly "
            "summary. Anything you log still counts in the team's totals. Change it with "
            "`/kpi role seller`."
        )
        blocks.append(SectionBlock(text=MarkdownTextObject(text=role)))
    elif status is None or report is None or not recent and not status.history:
        welcome = render(language, "home_welcome", example=_(EXAMPLES["meeting"]))
        blocks.append(SectionBlock(text=MarkdownTextObject(text=welcome)))
    else:
        blocks += seller_detail_blocks(status, report, language, [])
        # The plan section: the revenue goal's line and the goal for new customers' line.
        plan_lines = [
            render(
                language,
                "summary_plan",
                p=p,
                kind=kind,
                period=period_label(p.span if p else None, language),
            )
            for kind, p in (("revenue", plan), ("new", new_plan))
        ]
        if any(plan_lines):
            text = "\n".join(line for line in plan_lines if line)
            blocks.append(SectionBlock(text=MarkdownTextObject(text=text)))
    if quarter is not None:
        blocks += [DividerBlock(), *pack_sections(quarter_texts(quarter, language))]

    if leads:
        blocks += [
            DividerBlock(),
            HeaderBlock(text=PlainTextObject(text=_("Warm leads without a next step"))),
        ]
        for lead in leads[:WARM_LEADS_SHOWN]:
            blocks.append(
                SectionBlock(
                    text=MarkdownTextObject(
                        text=render(
                            language,
                            "home_lead",
                            lead=lead,
                            customer=lead.customer,
                            today=today,
                            team_currency=currency,
                        )
                    ),
                    accessory=ButtonElement(
                        text=PlainTextObject(text=_("Plan next step")),
                        action_id=ActionId.PLAN_NEXT_STEP.value,
                        value=str(lead.id),
                    ),
                )
            )
        if len(leads) > WARM_LEADS_SHOWN:
            blocks.append(_warm_more(t, len(leads) - WARM_LEADS_SHOWN, language))
    if open_leads:
        blocks += [DividerBlock(), HeaderBlock(text=PlainTextObject(text=_("Your open leads")))]
        for lead in open_leads:
            blocks.append(
                SectionBlock(
                    text=MarkdownTextObject(
                        text=render(
                            language,
                            "home_open_lead",
                            lead=lead,
                            customer=lead.customer,
                            team_currency=currency,
                        )
                    ),
                    accessory=ButtonElement(
                        text=PlainTextObject(text=_("Hand over")),
                        action_id=ActionId.HAND_OVER.value,
                        value=str(lead.id),
                    ),
                )
            )
        if open_leads_more:
            blocks.append(_open_more(t, open_leads_more, language))
    if recent:
        blocks += [DividerBlock(), HeaderBlock(text=PlainTextObject(text=_("Recently logged")))]
        for activity in recent:
            blocks.append(
                SectionBlock(
                    text=MarkdownTextObject(
                        text=render(
                            language,
                            "home_activity",
                            a=activity,
                            customer=activity.customer,
                            kind_words={k: _(v) for k, v in KIND_WORDS.items()},
                            team_currency=currency,
                        )
                    ),
                    accessory=ButtonElement(
                        text=PlainTextObject(text=_("Undo")),
                        action_id=ActionId.UNDO.value,
                        value=str(activity.id),
                    ),
                )
            )
    if team_report is not None:
        blocks += [
            DividerBlock(),
            HeaderBlock(text=PlainTextObject(text=_("Your team"))),
            *pack_sections([_totals(team_report, language)]),
        ]
        rows = [_row(s, team_report, language) for s in team_report.sellers]
        # Room for the rows: the view's 100 blocks less the "more" line, the context line and
        # the privacy notice (a divider and a section). Sellers beyond it are counted, never
        # dropped unsaid: /teamstatus shows them all.
        room = VIEW_BLOCKS - len(blocks) - 4
        shown = len(rows)
        while shown and len(pack_sections(rows[:shown])) > room:
            shown -= 1
        blocks += pack_sections(rows[:shown])
        if shown < len(rows):
            blocks.append(_sellers_more(t, len(rows) - shown, language))
        blocks.append(
            ContextBlock(
                elements=[MarkdownTextObject(text=_("Details per seller: `/teamstatus @name`"))]
            )
        )
    privacy = render(language, "privacy_notice", retention_months=retention_months)
    blocks += [DividerBlock(), SectionBlock(text=MarkdownTextObject(text=privacy))]
    return explain_once(View(type="home", blocks=blocks).to_dict(), language)
