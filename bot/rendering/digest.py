"""Block Kit for the weekly team digest and the private weekly summaries."""

from __future__ import annotations

from typing import Any

from slack_sdk.models.blocks import (
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot import i18n
from bot.i18n import N_
from bot.rendering.status import (
    activity_lines,
    converted_notes,
    ended_quarter_groups,
    ended_quarter_totals,
    holidays_text,
    pack_sections,
    period_label,
    quarter_header,
    result_goal_groups,
    seller_detail_blocks,
    summed,
    team_calendar,
    team_quarter_text,
    within_message,
)
from bot.rendering.text import explain_once, render
from bot.services.digest import Digest, Summary

KPI_LABELS = {"meetings": N_("Meetings"), "calls": N_("Calls"), "offers": N_("Offers")}
# "8 meetings", said per KPI (the number follows).
KPI_PHRASES = {"meetings": N_("meetings"), "calls": N_("calls"), "offers": N_("offers")}
# A quarter's progress names wins too (views34).
QUARTER_PHRASES = {**KPI_PHRASES, "wins": N_("wins")}


def _week_title(language: str, digest_week: Any) -> str:
    return i18n.translations(language).gettext("Week %(number)s") % {"number": digest_week.week}


def digest_message(digest: Digest, language: str, note: str | None = None) -> dict[str, Any]:
    """The team's week; `note` says on top why a manager reads it privately."""
    t = i18n.translations(language)
    report = digest.report
    lines = activity_lines(None, report, language)
    last = digest.last_week  # None: a week before the team was set up, no figure to compare
    for line, kpi in zip(lines, ("meetings", "calls", "offers", "activities"), strict=True):
        line["last"] = i18n.format_number(last.get(kpi), language) if last is not None else None
    results = result_goal_groups(
        report.result_goals, language, report.currency, report.today, report.counted_from
    )
    ended_results = ended_quarter_groups(report.ended, language)
    wrap = digest.wrap
    ended_quarter, ended_outlook, outlook = (
        ended_quarter_totals(report.ended, language),
        digest.ended_outlook,
        digest.outlook,
    )
    if wrap is not None:
        # views34: the quarter that ended in the week is its wrap-up's, said there once (was:
        # its totals, goals and what it reached among the week's).
        ended_results, ended_quarter, ended_outlook = [], None, None
        outlook = None if outlook is not None and outlook.ended else outlook
        if wrap.report.quarter == report.quarter:  # ended Thursday to Sunday: the week's own
            results = [g for g in results if g["period"] != "quarter"]
    totals = render(
        language,
        "digest_totals",
        activity=lines,
        totals=report.totals,
        currency=report.currency,
        week_number=digest.week.week,
        previous_number=digest.week.shift(-1).week,
        results=results,
        quarter=str(report.quarter),
        outlook=outlook,
        summed=summed(lines, results),
        converted=converted_notes(results, language),
        new_outlook=digest.new_outlook,
        ended_results=ended_results,
        ended_quarter=ended_quarter,
        ended_outlook=ended_outlook,
    )
    phrases = {k: t.gettext(v) for k, v in KPI_PHRASES.items()}

    def line(kind: str, item: Any = None) -> str:
        return render(
            language,
            "digest_line",
            kind=kind,
            item=item,
            kpi_phrase=phrases,
            currency=report.currency,
            week_number=digest.week.week,
        )

    chunks: list[str] = []
    for kind, items in (
        ("best", digest.bests),
        ("improvement", digest.improvements),
        ("streak", digest.streaks),
        ("welcome", digest.welcomes),
        ("win", digest.wins),
    ):
        if items:
            chunks.append(("\n" if chunks else "") + line("heading", kind))
            chunks += [line(kind, item) for item in items]
    if not chunks:
        chunks.append(line("quiet"))
    title = _week_title(language, digest.week)
    days = (
        f"{i18n.format_day(digest.week.monday, language)} – "
        f"{i18n.format_day(digest.week.sunday, language)}"
    )
    holidays = holidays_text(team_calendar(report), digest.week, language)
    blocks: list[Any] = [
        HeaderBlock(text=PlainTextObject(text=f"{title} · kpibot"[:150])),
        ContextBlock(
            elements=[MarkdownTextObject(text=f"{days} · {holidays}" if holidays else days)]
        ),
        *(pack_sections([note]) if note else []),
        *pack_sections([totals]),
        *(_wrap_blocks(digest, language) if wrap is not None else []),
        DividerBlock(),
        *pack_sections(chunks, sep="\n"),
    ]
    fallback = f"{title}: " + t.gettext("the team's week")
    blocks = within_message(blocks, language, f"`/teamstatus {digest.week}`")
    return explain_once({"text": fallback, "blocks": [b.to_dict() for b in blocks]}, language)


def _wrap_blocks(digest: Digest, language: str) -> list[Any]:
    """views34. The wrap-up of the quarter that ended inside the digest's week: its heading,
    the team's totals against its quarter goals (pipeline and warm leads as they stood at its
    last day), what it reached, and who did better than in their own previous quarter."""
    wrap = digest.wrap
    assert wrap is not None
    t = i18n.translations(language)
    texts = [quarter_header(wrap.report, language), team_quarter_text(wrap.report, language)]
    closing = render(
        language,
        "quarter_wrap",
        outlook=wrap.outlook,
        improvements=wrap.improvements,
        previous=str(wrap.previous),
        kpi_phrase={k: t.gettext(v) for k, v in QUARTER_PHRASES.items()},
        currency=wrap.report.currency,
    )
    return [DividerBlock(), *pack_sections([*texts, *([closing] if closing.strip() else [])])]


def summary_message(summary: Summary, language: str) -> dict[str, Any]:
    t = i18n.translations(language)
    kind, params = summary.suggestion
    suggestion = render(
        language,
        "summary_suggestion",
        kind=kind,
        count=params.get("count", 0),
        days=params.get("days", 0),
        missing=params.get("missing", 0),
        goal=params.get("goal", 0),
        week_number=summary.report.week.week,
        # A week that has ended: its leads are as they stood at its end, and said so.
        ended=summary.report.as_of is not None,
    )
    title = t.gettext("Your week %(number)s") % {"number": summary.report.week.week}
    trend = render(
        language,
        "summary_trend",
        weeks=len(summary.trend),
        rows=[
            (
                t.gettext(KPI_LABELS[kpi]),
                [
                    # mendB33: a week away in brackets, its figure kept (work logged in it counts)
                    f"({int(c.get(kpi))})" if w in summary.away_weeks else str(int(c.get(kpi)))
                    for w, c in summary.trend
                ],
            )
            for kpi in ("meetings", "calls", "offers")
        ],
        away=bool(summary.away_weeks),
    )
    plan_line = render(
        language,
        "summary_plan",
        p=summary.plan,
        kind=summary.plan_kind,
        period=period_label(summary.plan.span if summary.plan else None, language),
    )
    # The seller's own holidays in the week: what their week's goals are shrunk by.
    holidays = holidays_text(summary.status.calendar, summary.report.week, language)
    blocks: list[Any] = [
        HeaderBlock(text=PlainTextObject(text=title[:150])),
        *([ContextBlock(elements=[MarkdownTextObject(text=holidays)])] if holidays else []),
        *seller_detail_blocks(summary.status, summary.report, language, summary.leads),
        *(
            [SectionBlock(text=MarkdownTextObject(text=_quarter_line(summary, language)))]
            if summary.quarter is not None
            else []
        ),
        # One week is no trend (the seller's first counted week): no row of one figure.
        *([SectionBlock(text=MarkdownTextObject(text=trend))] if len(summary.trend) > 1 else []),
        *([SectionBlock(text=MarkdownTextObject(text=plan_line))] if plan_line else []),
        SectionBlock(text=MarkdownTextObject(text=suggestion)),
        ContextBlock(elements=[MarkdownTextObject(text=t.gettext("Only you see this summary."))]),
    ]
    blocks = within_message(blocks, language, f"`/kpi {summary.report.week}`")
    return explain_once({"text": title, "blocks": [b.to_dict() for b in blocks]}, language)


def _quarter_line(summary: Summary, language: str) -> str:
    """views34. The seller's own line of the quarter the digest wraps up."""
    assert summary.quarter is not None
    return render(
        language, "summary_quarter", quarter=str(summary.wrapped), q=summary.quarter.quarter
    )


def digest_as_text(message: dict[str, Any]) -> str:
    """The digest as plain text, for `kpibot digest --dry-run`."""
    from bot.rendering.text import message_text

    return message_text(message)
