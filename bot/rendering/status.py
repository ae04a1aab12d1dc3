"""Block Kit for /teamstatus, /kpi me and the customer portfolio. Long lists are packed into
sections of at most ~2,900 characters and messages of at most 50 blocks (Slack's limits)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
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
from bot.rendering.blocks import pieces, text_message
from bot.rendering.text import explain_once, mention, render
from bot.services import kpis, public_holidays
from bot.services.funnel import WINDOW_WEEKS
from bot.services.money import Foreign, add_foreign
from bot.services.read_models import LeadLine, OfferHistory
from bot.services.reports import GoalProgress, SellerStatus, TeamReport
from bot.services.status import BeforeTeam, Portfolio, QuarterView
from bot.services.teams import GoalEntry, GoalList

SECTION_LIMIT = 2900
MESSAGE_BLOCKS = 50
KPI_LABELS = {
    "meetings": N_("Meetings"),
    "calls": N_("Calls"),
    "offers": N_("Offers"),
    "activities": N_("Activity level"),
    "wins": N_("Wins"),
    "revenue": N_("Revenue"),
    "offer_value": N_("Offer value"),
    "pipeline": N_("Pipeline"),
    "new_customers": N_("New customers"),
    "new_customer_revenue": N_("Revenue from new customers"),
    "closing_rate": N_("Closing rate"),
}
QUADRANTS = {
    "key": N_("Key customers (large and profitable)"),
    "star": N_("Stars (large, high sales cost)"),
    "question_mark": N_("Question marks (small, profitable)"),
    "phase_out_or_new": N_("Phase out or new (small, low margin)"),
    "margin_unknown": N_("Margin unknown (no win with a margin logged)"),
    "not_converted": N_("Not placed (won only in a currency without a rate)"),
}


def pack_sections(chunks: list[str], sep: str = "\n\n") -> list[SectionBlock]:
    """Join text chunks into as few sections as Slack's 3,000-character limit allows; a chunk
    longer than a section goes on in the next (blocks.pieces)."""
    sections: list[SectionBlock] = []
    current = ""
    for chunk in (piece for whole in chunks for piece in pieces(whole, SECTION_LIMIT)):
        if current and len(current) + len(sep) + len(chunk) > SECTION_LIMIT:
            sections.append(SectionBlock(text=MarkdownTextObject(text=current)))
            current = chunk
        else:
            current = f"{current}{sep}{chunk}" if current else chunk
    if current:
        sections.append(SectionBlock(text=MarkdownTextObject(text=current)))
    return sections


def within_message(blocks: list[Any], language: str, where: str) -> list[Any]:
    """At most a message's blocks (50). Past that, never cut silently: the message ends with a
    line saying how many lines were left out and where they are (`where`, e.g. "`/teamstatus
    2026-W47`")."""
    if len(blocks) <= MESSAGE_BLOCKS:
        return blocks
    kept, cut = blocks[: MESSAGE_BLOCKS - 1], blocks[MESSAGE_BLOCKS - 1 :]
    lines = sum(1 for b in cut for line in _block_text(b).splitlines() if line.strip())
    note = i18n.translations(language).ngettext(
        "…and %(num)s more line, not shown: a Slack message holds 50 blocks. %(where)s has it.",
        "…and %(num)s more lines, not shown: a Slack message holds 50 blocks. %(where)s has them.",
        lines,
    ) % {"num": i18n.format_number(lines, language), "where": where}
    return [*kept, ContextBlock(elements=[MarkdownTextObject(text=note)])]


def _block_text(block: Any) -> str:
    if isinstance(block, ContextBlock):
        return "\n".join(getattr(e, "text", "") or "" for e in block.elements)
    text = getattr(block, "text", None)
    return getattr(text, "text", "") or ""


def split_messages(blocks: list[Any], fallback: str, language: str) -> list[dict[str, Any]]:
    """One or more messages, each within Slack's 50-block limit, each saying once why an amount
    is not converted (explain_once)."""
    messages = []
    for start in range(0, len(blocks), MESSAGE_BLOCKS):
        part = blocks[start : start + MESSAGE_BLOCKS]
        message = {"text": fallback, "blocks": [b.to_dict() for b in part]}
        messages.append(explain_once(message, language))
    return messages or [{"text": fallback, "blocks": []}]


def _num(value: Decimal | int | None, language: str) -> str | None:
    if value is None:
        return None
    return i18n.format_number(
        Decimal(value).normalize() if isinstance(value, Decimal) else value, language
    )


def activity_lines(
    status: SellerStatus | None, report: TeamReport, language: str
) -> list[dict[str, Any]]:
    t = i18n.translations(language)
    lines = []
    for kpi in ("meetings", "calls", "offers", "activities"):
        source = None
        if status is None:
            value = report.totals.get(kpi)
            goal = report.team_goals.get(kpi)
            if goal is not None and report.team_goal_sources.get(kpi) == "team":
                source = t.gettext(GOAL_SOURCES["team"])
            base = None
            arrow = ""
            last = None
            part = None
        else:
            value = status.week.get(kpi)
            goal = status.goals.get(kpi)
            base = status.baseline.average.get(kpi) if status.baseline else None
            arrow = kpis.TREND_ARROWS.get(status.trends.get(kpi) or "", "")
            last = None
            part = _part_of_average(base, status.compared_days)
        lines.append(
            {
                "label": t.gettext(KPI_LABELS[kpi]),
                # The offers' value and earlier offers' revisions: the team's, and a seller's
                # own in the words of their row in /teamstatus (mendB32: was the team's only,
                # so Mette's /kpi said "Offers 0" in the week she revised Carlsberg)
                "amount": (
                    _offer_amount(report, language)
                    if status is None
                    else offers_value(status.week, report.currency, language)
                )
                if kpi == "offers"
                else None,
                "value": _num(value, language),
                "goal": _num(goal, language),
                "bar": kpis.progress_bar(value, goal),
                "base": _num(kpis.shown_average(base), language),
                # The part of the week the arrow compares with: "1.1 for 2 working days".
                "part": _num(part, language),
                "days": status.compared_days if status is not None else None,
                "arrow": arrow,
                "last": last,
                "source": source,
                "summed": status is None and goal is not None and source is None,
            }
        )
    return lines


def _part_of_average(base: Decimal | None, days: int) -> Decimal | None:
    """The own average for the working days a week under way (or with days away) is compared
    for, as shown; None for a whole week (the average itself) or none of it (no arrow)."""
    if base is None or not 0 < days < kpis.WORKING_DAYS:
        return None
    return kpis.shown_average(base, Decimal(days) / kpis.WORKING_DAYS)


def _offer_amount(report: TeamReport, language: str) -> str | None:
    """The team's offers' value, shown with their count (one "Offers" line, not two)."""
    return offers_value(report.totals, report.currency, language)


def offers_value(counts: kpis.Counts, currency: str, language: str) -> str | None:
    """What goes beside a period's offers count: the value of the offers sent in it ("NOK
    240,000"), and apart from it what revisions of offers sent before it moved those by
    ("earlier offers revised down by NOK 75,000", "up by", each way in every currency); None
    when there is neither."""
    value, foreign = counts.offer_value, counts.offer_foreign
    revised, revised_foreign = counts.revised_value, counts.revised_foreign
    if not counts.offers:  # no offer sent in it: whatever value there is, is revisions'
        revised, revised_foreign = revised + value, add_foreign(revised_foreign, foreign)
        value, foreign = Decimal(0), ()
    parts = []
    if value or foreign:
        parts.append(i18n.format_total(value, foreign, currency, language))
    t = i18n.translations(language)
    # Which way revisions moved them, in every currency ("revised by -GBP 2,000", or by GBP
    # 2,000 with no direction, read badly): what went up apart from what went down.
    for said, sign in (
        (N_("earlier offers revised up by %(value)s"), 1),
        (N_("earlier offers revised down by %(value)s"), -1),
    ):
        own = sign * revised if sign * revised > 0 else Decimal(0)
        rest = tuple((code, sign * v) for code, v in revised_foreign if sign * v > 0)
        if own or rest:
            total = i18n.format_total(own, rest, currency, language)
            parts.append(t.gettext(said) % {"value": total})
    # A revision into another currency no rate converts, whole: "earlier offer revised from DKK
    # 520 000 to NOK 600 000 not converted" (mendB32: was up by one, down by the other)
    for before, replaced, after, revised_to, count in counts.revised_across:
        said = t.ngettext(
            "earlier offer revised from %(before)s to %(after)s",
            "earlier offers revised from %(before)s to %(after)s",
            count,
        ) % {
            "before": i18n.format_money(replaced, before, language, code=True),
            "after": i18n.format_money(revised_to, after, language, code=True),
        }
        parts.append(f"{said} {t.gettext(i18n.NOT_CONVERTED)}")
    return "; ".join(parts) or None


MONEY_KPIS = {"revenue", "offer_value", "pipeline", "new_customer_revenue"}


PERIOD_HEADINGS = {
    "quarter": N_("Quarter goals (%(quarter)s)"),
    "year": N_("Year goals (%(year)s)"),
    "week": N_("Week goals (week %(number)s)"),
}
GOAL_SOURCES = {"team": N_("team goal")}


# How a seller's goal set for one period is counted in a sum said for another (kpis.convert_goal).
CONVERTED = {
    ("year", "quarter"): N_(
        "A seller's goal set per year is counted as a quarter of it for the quarter."
    ),
    ("quarter", "year"): N_("A seller's goal set per quarter is counted four times for the year."),
    ("week", "quarter"): N_("A seller's goal set per week is counted 13 times for the quarter."),
    ("week", "year"): N_("A seller's goal set per week is counted 52 times for the year."),
}


def converted_notes(results: list[dict[str, Any]], language: str) -> list[str]:
    """One sentence per way the team's sums counted a goal set for another period (said once)."""
    t = i18n.translations(language)
    pairs = {pair for group in results for line in group["lines"] for pair in line["converted"]}
    return [t.gettext(CONVERTED[pair]) for pair in CONVERTED if pair in pairs]


def summed(activity: list[dict[str, Any]], results: list[dict[str, Any]]) -> bool:
    """Whether the team's lines show a goal that is its sellers' goals added up (said once)."""
    return any(line.get("summed") for line in activity) or any(
        line["summed"] for group in results for line in group["lines"]
    )


def _period_names(span: kpis.Span | None, language: str) -> dict[str, Any]:
    if span is None:
        return {"quarter": "", "year": "", "number": ""}
    return {"quarter": str(span.quarter), "year": span.year, "number": span.week.week}


def period_label(span: kpis.Span | None, language: str) -> str:
    """A goal's period in a few words: "2026-Q4", "2026", "week 47"."""
    if span is None:
        return ""
    if span.period == "quarter":
        return str(span.quarter)
    if span.period == "year":
        return str(span.year)
    return i18n.translations(language).gettext("week %(number)s") % {"number": span.week.week}


# Beside a quarter's or a year's heading when the team started inside it (kpiargs25).
COUNTED_FROM = N_("(counted from %(day)s)")


def counted_note(
    period: str, first: date, last: date, language: str, counted_from: date | None
) -> str | None:
    """ "(counted from Fri 12 Mar 2027)" beside a quarter's or a year's heading when the team
    was first counted inside it (teamstart24: its goals and pace count from that day; a week's
    goals are the whole week's); None otherwise."""
    if counted_from is None or period == "week" or not first < counted_from <= last:
        return None
    day = i18n.format_day(counted_from, language)
    return i18n.translations(language).gettext(COUNTED_FROM) % {"day": day}


def result_goal_lines(
    progress: list[GoalProgress],
    language: str,
    currency: str,
    today: date | None = None,
    counted_from: date | None = None,
) -> list[dict[str, Any]]:
    """Goals in their periods as the templates print them, one line each with its period. On the
    team's line only the team's own goal is marked; a sum of sellers' goals is `summed`.
    `counted_from`: the report's (TeamReport.counted_from), said beside its period's heading."""
    t = i18n.translations(language)

    def show(kpi: str, value: Decimal | None, foreign: Foreign = ()) -> str | None:
        if value is None:
            return None
        if kpi in MONEY_KPIS:
            # Amounts without a rate are shown beside the sum, never dropped (format_total).
            whole = value.quantize(
                Decimal(1), ROUND_HALF_UP
            )  # 12,500.50 is 12,501, as people round
            return i18n.format_total(whole, foreign, currency, language)
        return i18n.format_number(
            value.quantize(Decimal("0.1"), ROUND_HALF_UP).normalize(), language
        )

    return [
        {
            "label": t.gettext(KPI_LABELS[p.kpi]),
            "value": show(p.kpi, p.value, p.foreign),
            "goal": show(p.kpi, p.goal),
            "bar": kpis.progress_bar(p.value, p.goal),
            "expected": show(p.kpi, p.expected),
            # Pace counted up to a day before today (a week that has ended): said by that day
            "by": p.span.upto if p.span is not None and today and p.span.upto < today else None,
            "on_pace": p.on_pace,
            "period_key": p.period,
            "period": period_label(p.span, language),
            "heading": t.gettext(PERIOD_HEADINGS[p.period]) % _period_names(p.span, language),
            "counted": counted_note(p.period, p.span.first, p.span.last, language, counted_from)
            if p.span is not None
            else None,
            "source": t.gettext(GOAL_SOURCES[p.source]) if p.source == "team" else None,
            "summed": p.source == "sum",
            "converted": [(f, p.period) for f in p.converted_from],
        }
        for p in progress
    ]


def result_goal_groups(
    progress: list[GoalProgress],
    language: str,
    currency: str,
    today: date | None = None,
    counted_from: date | None = None,
) -> list[dict[str, Any]]:
    """The lines of result_goal_lines under a heading per period, in the order given:
    [{"period", "heading", "lines": [...]}] (result_goals.mrkdwn.j2)."""
    groups: dict[str, dict[str, Any]] = {}
    for line in result_goal_lines(progress, language, currency, today, counted_from):
        group = groups.setdefault(
            line["period_key"],
            {
                "period": line["period_key"],
                "heading": line["heading"],
                "counted": line["counted"],
                "lines": [],
            },
        )
        group["lines"].append(line)
    return list(groups.values())


def goals_list_text(language: str, listed: GoalList, *, hint: bool = True) -> str:
    """`/kpi goals` and the settings form: the team's own goals, its defaults and each
    seller's own, with where each comes from."""
    t = i18n.translations(language)

    def entry(g: GoalEntry) -> dict[str, Any]:
        return {
            "kpi": g.kpi,
            "label": t.gettext(KPI_LABELS[g.kpi]),
            "period": g.period,
            "target": g.target,
            "starts_on": g.starts_on,
        }

    return render(
        language,
        "goals_list",
        team=[entry(g) for g in listed.team],
        defaults=[entry(g) for g in listed.defaults],
        builtin=[entry(g) for g in listed.builtin],
        sellers=[(mention(u), [entry(g) for g in gs]) for u, gs in listed.sellers],
        currency=listed.currency,
        hint=hint,
    )


def _row(status: SellerStatus, report: TeamReport, language: str) -> str:
    # The arrow beside the name is the activity level's: its figures go beside it.
    base = status.baseline.average.get("activities") if status.baseline else None
    return render(
        language,
        "status_row",
        name=status.name,
        arrow=kpis.TREND_ARROWS.get(status.overall_trend or "", ""),
        level=_num(status.week.get("activities"), language),
        base=_num(kpis.shown_average(base), language),
        part=_num(_part_of_average(base, status.compared_days), language),
        days=status.compared_days,
        away=status.away_this_week,
        s=status,
        offers=offers_value(status.week, report.currency, language),
        goals=status.goals,
        bars={k: kpis.progress_bar(status.week.get(k), status.goals.get(k)) for k in status.goals},
        currency=report.currency,
        as_of=as_of_day(report),
        # A quarter that ended inside the week (2027-Q1 in week 13): the seller's part of it
        # first, as the team's goals above the rows say it (was: the team's Q1 and Q2, each
        # row's Q2 only, a seller's end of Q1 nowhere in the table).
        results=_ended_quarter_groups_of(status, report, language)
        + result_goal_groups(
            status.result_goals, language, report.currency, report.today, report.counted_from
        ),
    )


def _ended_quarter_groups_of(
    status: SellerStatus, report: TeamReport, language: str
) -> list[dict[str, Any]]:
    """A seller's goals of the quarter that ended inside the week, [] in other weeks."""
    ended = report.ended
    mine = [s for s in ended.sellers if s.seller.id == status.seller.id] if ended else []
    if ended is None or not mine:
        return []
    groups = result_goal_groups(
        mine[0].result_goals, language, ended.currency, ended.today, ended.counted_from
    )
    return [g for g in groups if g["period"] == "quarter"]


# The public holidays of the places kpibot knows (public_holidays.PLACES) by python-holidays'
# English names: what named_days gives where python-holidays has no names in the viewer's
# language (a Swede's holiday seen by a Norwegian manager), said in it here (mendB32).
HOLIDAY_NAMES = (
    N_("All Saints' Day"),
    N_("Ascension Day"),
    N_("August Bank Holiday"),
    N_("Boxing Day"),
    N_("Boxing Day (observed)"),
    N_("Christmas Day"),
    N_("Christmas Day (observed)"),
    N_("Christmas Eve"),
    N_("Commerce Day"),
    N_("Constitution Day"),
    N_("Coronation of Charles III"),
    N_("Day of Remembrance and Recognition"),
    N_("Easter Monday"),
    N_("Easter Sunday"),
    N_("Epiphany"),
    N_("First Day of Summer"),
    N_("Good Friday"),
    N_("Great Prayer Day"),
    N_("Independence Day"),
    N_("June Bank Holiday"),
    N_("Labor Day"),
    N_("Late Summer Bank Holiday"),
    N_("Maundy Thursday"),
    N_("May Bank Holiday"),
    N_("May Day"),
    N_("Midsummer Day"),
    N_("Midsummer Eve"),
    N_("National Day"),
    N_("New Year's Day"),
    N_("New Year's Day (observed)"),
    N_("October Bank Holiday"),
    N_("Pentecost"),
    N_("Pentecost Monday"),
    N_("Platinum Jubilee of Elizabeth II"),
    N_("Saint Brigid's Day"),
    N_("Saint Patrick's Day"),
    N_("Saint Stephen's Day"),
    N_("Second Day of Christmas"),
    N_("Spring Bank Holiday"),
    N_("State Funeral of Queen Elizabeth II"),
)


def holidays_text(calendar: kpis.Calendar, week: kpis.Week, language: str) -> str:
    """The week's public holidays by day and name ("public holiday: Thu 6 May 2027 (Ascension
    Day)"), or "": said beside the week wherever its goals are shrunk by them, each name in the
    viewer's language (Lars's Easter Monday, "Annandag påsk", is "Andre påskedag" to Kari)."""
    days = public_holidays.named_days(calendar, week.monday, week.sunday, language)
    if not days:
        return ""
    t = i18n.translations(language)
    listed = ", ".join(
        f"{i18n.format_day(day, language)} ({_holiday_name(t, name)})"
        if name
        else i18n.format_day(day, language)
        for day, name in days
    )
    text = t.ngettext("public holiday: %(days)s", "public holidays: %(days)s", len(days))
    return text % {"days": listed}


def _holiday_name(t: Any, name: str) -> str:
    """A holiday's name (two of a day: "A / B") in the catalog's language where it is one of
    HOLIDAY_NAMES (English), else as python-holidays gave it (already in that language)."""
    return " / ".join(t.gettext(part) for part in name.split(" / "))


def team_calendar(report: TeamReport) -> kpis.Calendar:
    """The holidays where the team works (its time zone's place): the team's views name them."""
    return public_holidays.calendar_for(report.team.timezone)


def as_of_day(report: TeamReport) -> date | None:
    """views34. The day a past period's pipeline and warm leads stood at, said beside them (week
    13's Sunday 4 April, 2027-Q1's Wednesday 31 March: a manager comparing the two sees why they
    differ); None for the week under way, whose figures are as they are now."""
    return report.day if report.as_of is not None else None


def _header(report: TeamReport, language: str, calendar: kpis.Calendar | None = None) -> str:
    """The week's line; `calendar`: whose holidays it names (a seller's own place in their
    view, else the team's)."""
    return render(
        language,
        "status_header",
        week=report.week,
        team_name=report.team.name,
        ended=report.as_of is not None,
        holidays=holidays_text(calendar or team_calendar(report), report.week, language),
    )


def ended_quarter_groups(ended: TeamReport | None, language: str) -> list[dict[str, Any]]:
    """The goals of the quarter that ended inside a week (report.ended: 2027-Q1 in week 13),
    its quarter's only (the week's goals are the week's report's); none in other weeks."""
    if ended is None:
        return []
    groups = result_goal_groups(
        ended.result_goals, language, ended.currency, ended.today, ended.counted_from
    )
    return [g for g in groups if g["period"] == "quarter"]


def ended_quarter_totals(ended: TeamReport | None, language: str) -> dict[str, Any] | None:
    """The team's totals of the quarter that ended inside a week (report.ended: 2027-Q1 in week
    13) to its last day, for ended_quarter_totals.mrkdwn.j2; None in other weeks."""
    if ended is None:
        return None
    return {
        "quarter": str(ended.quarter),
        "end": ended.quarter.last_day,
        "totals": ended.quarter_totals,
        "offers": offers_value(ended.quarter_totals, ended.currency, language),
        "new_customers": ended.new_customers,
    }


def ended_quarter_text(status: SellerStatus, report: TeamReport, language: str) -> str | None:
    """A seller's part of the quarter that ended inside the week (2027-Q1, ended on Wednesday of
    week 13, which is Q2's): its offers, wins and revenue goal to its last day; None otherwise."""
    ended = report.ended
    mine = [s for s in ended.sellers if s.seller.id == status.seller.id] if ended else []
    if ended is None or not mine:
        return None
    return render(
        language,
        "ended_quarter",
        s=mine[0],
        quarter=str(ended.quarter),
        quarter_end=ended.quarter.last_day,
        quarter_offers=offers_value(mine[0].quarter, ended.currency, language),
        currency=ended.currency,
        results=_ended_quarter_groups_of(status, report, language),
    )


def _totals(report: TeamReport, language: str) -> str:
    activity = activity_lines(None, report, language)
    results = result_goal_groups(
        report.result_goals, language, report.currency, report.today, report.counted_from
    )
    return render(
        language,
        "status_totals",
        activity=activity,
        totals=report.totals,
        currency=report.currency,
        closing_rate=report.closing_rate,
        pipeline=report.pipeline_value,
        pipeline_foreign=report.pipeline_foreign,
        leads=report.leads_without_next_step,
        unshown_leads=report.unshown_leads,
        new_customers=report.new_customers,
        results=results,
        ended_results=ended_quarter_groups(report.ended, language),
        ended_quarter=ended_quarter_totals(report.ended, language),
        quarter=str(report.quarter),
        # A week that has ended names its quarter (not "this quarter").
        ended=report.as_of is not None,
        closing_goal=report.closing_goal,
        as_of=as_of_day(report),
        summed=summed(activity, results),
        converted=converted_notes(results, language),
    )


def before_team_message(
    answer: BeforeTeam, language: str, command: str = "/teamstatus"
) -> dict[str, Any]:
    """/teamstatus or /kpi (`command`) about a week that ended before the team was set up,
    nothing logged for it."""
    week = answer.week
    text = render(
        language,
        "before_team",
        week=str(week),
        number=week.week,
        year=week.year,
        set_up=answer.set_up,
        own=command == "/kpi",
        quarter=str(answer.quarter) if answer.quarter is not None else None,
    )
    return text_message(text)


def team_status_messages(report: TeamReport, language: str) -> list[dict[str, Any]]:
    """For managers: team totals on top, then one row per seller, alphabetical (not a ranking)."""
    t = i18n.translations(language)
    blocks: list[Any] = [
        HeaderBlock(text=PlainTextObject(text=t.gettext("Team status")[:150])),
        ContextBlock(elements=[MarkdownTextObject(text=_header(report, language))]),
        *pack_sections([_totals(report, language)]),
        DividerBlock(),
    ]
    if report.sellers:
        blocks += pack_sections([_row(s, report, language) for s in report.sellers])
    else:
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(
                    text=t.gettext(
                        "No sellers in this team yet. Run `/kpi setup` again after people join the channel."
                    )
                )
            )
        )
    blocks.append(
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text=t.gettext(
                        "↗ above own 4-week average for the working days counted (today included) · ↘ below it (today left out) · → neither. Goals are scaled for days away."
                    )
                )
            ]
        )
    )
    return split_messages(blocks, t.gettext("Team status"), language)


def seller_detail_blocks(
    status: SellerStatus,
    report: TeamReport,
    language: str,
    leads: list[LeadLine],
    offers: list[OfferHistory] | None = None,
) -> list[Any]:
    text = render(
        language,
        "status_detail",
        name=status.name,
        arrow=kpis.TREND_ARROWS.get(status.overall_trend or "", ""),
        away=status.away_this_week,
        current=report.week == kpis.Week.of(report.today),
        week_number=report.week.week,
        activity=activity_lines(status, report, language),
        s=status,
        quarter_offers=offers_value(status.quarter, report.currency, language),
        quarter=str(report.quarter),
        quarter_end=min(report.quarter.last_day, report.week.sunday),
        quarter_counted=counted_note(
            "quarter",
            report.quarter.first_day,
            report.quarter.last_day,
            language,
            report.counted_from,
        ),
        currency=report.currency,
        results=result_goal_groups(
            status.result_goals, language, report.currency, report.today, report.counted_from
        ),
        leads=_lead_lines(leads, report),
        as_of=as_of_day(report),
    )
    parts = [text]
    ended = ended_quarter_text(status, report, language)
    if ended:
        parts.append(ended)
    if offers:
        parts.append(
            render(
                language,
                "offer_history",
                offers=[
                    [(step.amount, step.currency or report.currency, step.day) for step in o.steps]
                    for o in offers
                ],
                customers=[o.customer for o in offers],
                team_currency=report.currency,
            )
        )
    return pack_sections(parts)


def seller_detail_messages(
    status: SellerStatus,
    report: TeamReport,
    language: str,
    leads: list[LeadLine],
    *,
    note: str | None = None,
    offers: list[OfferHistory] | None = None,
    funnel: str | None = None,
) -> list[dict[str, Any]]:
    """`funnel`: the seller's coaching facts as rendered (rendering.coaching.funnel_text)."""
    t = i18n.translations(language)
    header = _header(report, language, status.calendar)
    blocks: list[Any] = [
        ContextBlock(elements=[MarkdownTextObject(text=header)]),
        *seller_detail_blocks(status, report, language, leads, offers),
    ]
    if funnel:
        title = t.gettext("Funnel, last %(weeks)s weeks") % {"weeks": WINDOW_WEEKS}
        blocks += [DividerBlock(), *pack_sections([f"*{title}*", funnel])]
    if note:
        blocks += [DividerBlock(), ContextBlock(elements=[MarkdownTextObject(text=note)])]
    return split_messages(blocks, t.gettext("Your KPIs"), language)


def own_view_messages(
    status: SellerStatus | None,
    report: TeamReport,
    language: str,
    leads: list[LeadLine],
    offers: list[OfferHistory] | None = None,
) -> list[dict[str, Any]]:
    """For a non-manager asking /teamstatus: their own figures and the team's totals only."""
    t = i18n.translations(language)
    blocks: list[Any] = [
        ContextBlock(elements=[MarkdownTextObject(text=_header(report, language))]),
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text=t.gettext(
                        "You see your own figures and the team's totals. Colleagues' figures are for managers."
                    )
                )
            ]
        ),
        *pack_sections([_totals(report, language)]),
        DividerBlock(),
    ]
    if status is not None:
        blocks += seller_detail_blocks(status, report, language, leads, offers)
    return split_messages(blocks, t.gettext("Team status"), language)


def _lead_lines(leads: list[LeadLine], report: TeamReport) -> list[dict[str, Any]]:
    """Warm leads without a next step as status_detail and quarter_view list them."""
    return [
        {
            "customer": lead.customer,
            "temperature": lead.temperature,
            # Said overdue only when nothing was logged on the lead on or after its day
            # (LeadLine.step_overdue): a step kept is "no next step since" its activity,
            # as the nudge and the App Home say it.
            "due": lead.next_step_due if lead.step_overdue(report.day) else None,
            "kept": lead.next_step_due is not None and not lead.step_overdue(report.day),
            # views32: one that never had a step, "no next step yet — last contact <day>"
            "never": lead.next_step_due is None,
            "since": lead.quiet_since,
            # Each deal with its own amount: two open offers to one customer are two lines.
            "amount": lead.offer_amount,
            "currency": lead.currency or report.currency,
        }
        for lead in leads
    ]


def quarter_messages(view: QuarterView, language: str) -> list[dict[str, Any]]:
    """views33. A quarter that has ended, asked for any day after it: the team's totals and one
    row per seller (a manager's `/teamstatus forrige kvartal`), or a seller's own figures (with
    the team's totals for a seller asking /teamstatus), all from the report of the week it ended
    in standing at its last day (reports.build_team_report's `ends_on`)."""
    t = i18n.translations(language)
    title = t.gettext("Team status") if view.status is None or view.team else t.gettext("Your KPIs")
    return split_messages(pack_sections(quarter_texts(view, language)), title, language)


def quarter_header(
    report: TeamReport,
    language: str,
    team_name: str | None = None,
    shown: list[SellerStatus | None] | None = None,
) -> str:
    """The heading of a quarter that has ended: its last day, and how it is read ("against the
    goals in force at its end" only when one of the rows `shown` (None: the team's totals) has
    a quarter goal: mendF34, was said of kpibot's weekly defaults too)."""
    return render(
        language,
        "quarter_header",
        quarter=str(report.quarter),
        last_day=report.quarter.last_day,
        team_name=team_name,
        goals=any(_quarter_goal(s, report) for s in (shown if shown is not None else [None])),
    )


def _quarter_goal(status: SellerStatus | None, report: TeamReport) -> bool:
    """Whether a quarter view's row (a seller's, or the team's totals) shows a goal."""
    progress = status.result_goals if status is not None else report.result_goals
    rate = status.closing_rate if status is not None else report.closing_rate
    closing = status.closing_goal if status is not None else report.closing_goal
    # The closing-rate goal (kpibot's 75 % by default) is shown only beside a rate
    return (rate is not None and closing is not None) or any(
        p.period == "quarter" for p in progress
    )


def quarter_texts(view: QuarterView, language: str) -> list[str]:
    """The texts of a quarter that has ended (`/teamstatus Q1`, `/kpi Q1`, the App Home of the
    next quarter's first two weeks): its heading, the team's totals and every seller's row (a
    manager), or a seller's own (with the team's totals when `view.team`)."""
    report = view.report
    team_name = report.team.name if view.status is None or view.team else None
    shown: list[SellerStatus | None] = [None] if view.status is None or view.team else []
    shown += list(report.sellers) if view.status is None else [view.status]
    texts = [quarter_header(report, language, team_name, shown)]
    if view.status is None or view.team:
        texts.append(_quarter_text(None, report, language))
    if view.status is None:
        texts += [_quarter_text(s, report, language, name=s.name) for s in report.sellers]
    else:
        name = view.status.name if view.team else None  # beside the team's totals: whose
        texts.append(_quarter_text(view.status, report, language, name=name, leads=view.leads))
    return texts


def team_quarter_text(report: TeamReport, language: str) -> str:
    """views34. The team's totals of a quarter that has ended, its quarter goals under their
    heading (the digest's wrap-up)."""
    return _quarter_text(None, report, language, goal_heading=True)


def _quarter_text(
    status: SellerStatus | None,
    report: TeamReport,
    language: str,
    *,
    name: str | None = None,
    leads: list[LeadLine] | None = None,
    goal_heading: bool = False,
) -> str:
    """One seller's quarter, or the team's totals (`status` None), for quarter_view.mrkdwn.j2."""
    q = status.quarter if status is not None else report.quarter_totals
    progress = status.result_goals if status is not None else report.result_goals
    groups = result_goal_groups(progress, language, report.currency, report.today)
    return render(
        language,
        "quarter_view",
        team=status is None,
        name=name,
        q=q,
        offers=offers_value(q, report.currency, language),
        currency=report.currency,
        results=[g for g in groups if g["period"] == "quarter"],
        closing_rate=status.closing_rate if status is not None else report.closing_rate,
        closing_goal=status.closing_goal if status is not None else report.closing_goal,
        pipeline=status.pipeline_value if status is not None else report.pipeline_value,
        pipeline_foreign=status.pipeline_foreign if status is not None else report.pipeline_foreign,
        waiting=(
            status.leads_without_next_step if status is not None else report.leads_without_next_step
        ),
        quarter=str(report.quarter),
        new_customers=status.new_customers if status is not None else report.new_customers,
        leads=_lead_lines(leads or [], report),
        as_of=report.day,  # its last day: pipeline and warm leads as they stood then
        goal_heading=goal_heading,
    )


def portfolio_messages(
    portfolio: Portfolio, language: str, period_label: str
) -> list[dict[str, Any]]:
    t = i18n.translations(language)
    currency = portfolio.currency
    blocks: list[Any] = [
        HeaderBlock(text=PlainTextObject(text=t.gettext("Customer portfolio")[:150])),
        ContextBlock(
            elements=[
                MarkdownTextObject(
                    text=render(
                        language,
                        "portfolio_header",
                        period=period_label,
                        revenue=portfolio.revenue_threshold,
                        margin=portfolio.margin_threshold,
                        margin_is_default=portfolio.margin_is_default,
                        revenue_is_default=portfolio.revenue_is_default,
                        currency=currency,
                    )
                )
            ]
        ),
    ]
    if not any(portfolio.groups.values()):
        blocks.append(
            SectionBlock(
                text=MarkdownTextObject(
                    text=t.gettext(
                        "No won revenue or tiers yet. Log wins with a margin (`/logwin Acme 400k margin 22%`) and set tiers (`/kpi customer Acme tier A`)."
                    )
                )
            )
        )
    for key, label in QUADRANTS.items():
        customers = portfolio.groups.get(key) or []
        if customers:
            lines = [
                render(
                    language,
                    "portfolio_row",
                    name=c.name,
                    tier=c.tier,
                    revenue=c.revenue,
                    foreign=c.foreign,
                    margin=c.margin,
                    currency=currency,
                )
                for c in customers
            ]
            blocks += pack_sections([f"*{t.gettext(label)}*", *lines], sep="\n")
    return split_messages(blocks, t.gettext("Customer portfolio"), language)
