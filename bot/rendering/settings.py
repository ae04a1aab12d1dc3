"""The team settings modal (/kpi settings): language, time zone, currency, digest, goals."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from slack_sdk.models.blocks import (
    CheckboxesElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    InputBlock,
    MarkdownTextObject,
    NumberInputElement,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    StaticSelectElement,
    TimePickerElement,
)
from slack_sdk.models.views import View

from bot import i18n
from bot.domain import CURRENCIES
from bot.i18n import N_
from bot.ids import InputId, SettingsBlock, ViewId
from bot.rendering.status import goals_list_text, pack_sections
from bot.services import kpis
from bot.services.money import rates_text
from bot.services.teams import GoalList, TeamGoal, TeamSettings

GOAL_SECTIONS = 3  # of the goals list in the form; `/kpi goals` lists the rest
LANGUAGE_NAMES = {"en": "English", "nb": "Norsk (bokmål)", "sv": "Svenska", "da": "Dansk"}
TIMEZONES = (
    "Europe/Oslo",
    "Europe/Stockholm",
    "Europe/Copenhagen",
    "Europe/Helsinki",
    "Europe/London",
    "Europe/Dublin",
    "Europe/Berlin",
    "Europe/Amsterdam",
    "Europe/Paris",
    "Europe/Warsaw",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Singapore",
    "UTC",
)
WEEK_GOALS = {
    "meetings": N_("Meetings per week"),
    "calls": N_("Calls per week"),
    "offers": N_("Offers per week"),
}


def _option(text: str, value: str) -> Option:
    return Option(text=PlainTextObject(text=text[:75]), value=value)


def _select(block: SettingsBlock, label: str, options: list[Option], initial: str) -> InputBlock:
    chosen = next((o for o in options if o.value == initial), options[0])
    return InputBlock(
        block_id=block.value,
        label=PlainTextObject(text=label),
        element=StaticSelectElement(
            action_id=InputId.SETTING.value, options=options, initial_option=chosen
        ),
    )


def _goal_text(goal: TeamGoal | None) -> str | None:
    """A number as the field shows it: "10", "120", never "1E+1" (what Decimal's normalize()
    prints for a goal of 10, which the form then refused as no whole number)."""
    if goal is None:
        return None
    return f"{Decimal(goal.target).normalize():f}"


PER_PERIOD = {"week": N_("per week"), "quarter": N_("per quarter"), "year": N_("per year")}


def _money_goal_text(goal: TeamGoal | None, language: str) -> str | None:
    """A money goal as the field shows it, so that saving the form unchanged keeps it:
    "2500000 per kvartal"."""
    if goal is None:
        return None
    _ = i18n.translations(language).gettext
    amount = Decimal(goal.target).normalize()
    number = f"{amount:f}" if amount != amount.to_integral_value() else f"{amount:.0f}"
    return f"{number} {_(PER_PERIOD[goal.period])}"


def settings_modal(
    language: str,
    team: TeamSettings,
    goals: dict[str, TeamGoal],
    metadata: str,
    *,
    team_goals: dict[str, TeamGoal] | None = None,
    listed: GoalList | None = None,
) -> dict[str, Any]:
    _ = i18n.translations(language).gettext
    zones = list(TIMEZONES) if team.timezone in TIMEZONES else [team.timezone, *TIMEZONES]
    options = [
        _option(_("Record wins, offers and meetings from messages in this channel"), "capture"),
        _option(_("Trend chart in the weekly digest"), "chart"),
    ]
    chosen = {
        name
        for name, on in (("capture", team.capture_enabled), ("chart", team.chart_enabled))
        if on
    }
    blocks: list[Any] = [
        _select(
            SettingsBlock.LANGUAGE,
            _("Language"),
            [_option(n, c) for c, n in LANGUAGE_NAMES.items()],
            team.language,
        ),
        _select(
            SettingsBlock.TIMEZONE, _("Time zone"), [_option(z, z) for z in zones], team.timezone
        ),
        _select(
            SettingsBlock.CURRENCY,
            _("Currency"),
            [_option(c, c) for c in CURRENCIES],
            team.currency,
        ),
        _select(
            SettingsBlock.DIGEST_DAY,
            _("Weekly digest day"),
            [_option(i18n.weekday_name(d, language), str(d)) for d in range(7)],
            str(team.digest_weekday),
        ),
        InputBlock(
            block_id=SettingsBlock.DIGEST_TIME.value,
            label=PlainTextObject(text=_("Weekly digest time")),
            element=TimePickerElement(
                action_id=InputId.SETTING.value, initial_time=team.digest_time
            ),
        ),
        InputBlock(
            block_id=SettingsBlock.OPTIONS.value,
            label=PlainTextObject(text=_("Options")),
            optional=True,
            element=CheckboxesElement(
                action_id=InputId.SETTING.value,
                options=options,
                initial_options=[o for o in options if o.value in chosen] or None,
            ),
        ),
        DividerBlock(),
        HeaderBlock(text=PlainTextObject(text=_("Team goals"))),
    ]
    builtin = {g.kpi: g.target for g in kpis.DEFAULT_GOALS}
    for kpi, label in WEEK_GOALS.items():
        if kpi in goals and goals[kpi].period != "week":
            # Set per quarter or year (`/kpi goal meetings 120 per quarter`): no field per week
            # for it (saving the form turned 120 a quarter into 120 a week); the list of every
            # goal below shows it, with the command that changes it.
            continue
        blocks.append(
            InputBlock(
                block_id=SettingsBlock(f"goal_{kpi}").value,
                label=PlainTextObject(text=_(label)),
                optional=True,
                # Left empty, a goal of kpibot's own is in force for some KPIs: said so.
                hint=PlainTextObject(
                    text=_("Empty: kpibot's default applies: %(goal)s a week.")
                    % {"goal": i18n.format_number(builtin[kpi], language)}
                )
                if kpi in builtin
                else None,
                element=NumberInputElement(
                    action_id=InputId.SETTING.value,
                    is_decimal_allowed=False,
                    min_value="0",
                    max_value="1000",
                    initial_value=_goal_text(goals.get(kpi)),
                ),
            )
        )
    blocks += [
        InputBlock(
            block_id=SettingsBlock.GOAL_REVENUE.value,
            label=PlainTextObject(text=_("Revenue goal per seller")),
            optional=True,
            hint=PlainTextObject(
                text=_("For example 2,5 mill per quarter or 10m per year. 0 removes it.")
            ),
            element=PlainTextInputElement(
                action_id=InputId.SETTING.value,
                initial_value=_money_goal_text(goals.get("revenue"), language),
            ),
        ),
        InputBlock(
            block_id=SettingsBlock.GOAL_TEAM_REVENUE.value,
            label=PlainTextObject(text=_("Revenue goal for the whole team")),
            optional=True,
            hint=PlainTextObject(
                text=_(
                    "The sum the team aims for, for example 40m per year. Without it the team's "
                    "goal is its sellers' goals added up."
                )
            ),
            element=PlainTextInputElement(
                action_id=InputId.SETTING.value,
                initial_value=_money_goal_text((team_goals or {}).get("revenue"), language),
            ),
        ),
        InputBlock(
            block_id=SettingsBlock.GOAL_CLOSING.value,
            label=PlainTextObject(text=_("Closing rate goal (%)")),
            optional=True,
            hint=PlainTextObject(
                text=_("Empty: kpibot's default applies: %(goal)s %%.")
                % {"goal": i18n.format_number(builtin["closing_rate"], language)}
            ),
            element=NumberInputElement(
                action_id=InputId.SETTING.value,
                is_decimal_allowed=False,
                min_value="1",
                max_value="100",
                initial_value=_goal_text(goals.get("closing_rate")),
            ),
        ),
    ]
    if listed is not None:
        # Every goal, read-only: the team's own, the defaults and each seller's own, with the
        # commands that change the ones the fields above do not.
        blocks.append(HeaderBlock(text=PlainTextObject(text=_("All goals")[:150])))
        goals = pack_sections([goals_list_text(language, listed, hint=False)])
        blocks += goals[:GOAL_SECTIONS]
        if len(goals) > GOAL_SECTIONS:  # never cut off unsaid: where the rest is
            blocks.append(
                ContextBlock(
                    elements=[
                        MarkdownTextObject(
                            text=_("…and more goals than fit here: `/kpi goals` lists them all.")
                        )
                    ]
                )
            )
        blocks.append(
            ContextBlock(
                elements=[
                    MarkdownTextObject(
                        text=_(
                            "Other goals are set with `/kpi goal`: `/kpi goal wins 2/week`, "
                            "`/kpi goal team meetings 50/week`, `/kpi goal @kari revenue "
                            "3m/year`; `/kpi goal @kari revenue off` removes one."
                        )
                    )
                ]
            )
        )
    blocks += [
        DividerBlock(),
        HeaderBlock(text=PlainTextObject(text=_("Money"))),
        InputBlock(
            block_id=SettingsBlock.RATES.value,
            label=PlainTextObject(text=_("Exchange rates")),
            optional=True,
            hint=PlainTextObject(
                text=_(
                    "One per line: what one unit is worth in %(currency)s, for example SEK 0,97. "
                    "Sums convert other currencies with these; without a rate they are shown apart."
                )
                % {"currency": team.currency}
            ),
            element=PlainTextInputElement(
                action_id=InputId.SETTING.value,
                multiline=True,
                initial_value=rates_text(team.rates) or None,
            ),
        ),
        InputBlock(
            block_id=SettingsBlock.CEILING.value,
            label=PlainTextObject(text=_("Confirm amounts above")),
            optional=True,
            hint=PlainTextObject(
                text=_("Larger amounts are stored only after the seller confirms. Default 50 mill.")
            ),
            element=PlainTextInputElement(
                action_id=InputId.SETTING.value,
                initial_value=f"{team.amount_ceiling.normalize():f}"  # never "2E+6"
                if team.amount_ceiling is not None
                else None,
            ),
        ),
    ]
    return View(
        type="modal",
        callback_id=ViewId.TEAM_SETTINGS.value,
        title=PlainTextObject(text=_("Team settings")[:24]),
        submit=PlainTextObject(text=_("Save")),
        close=PlainTextObject(text=_("Cancel")),
        private_metadata=metadata,
        blocks=blocks,
    ).to_dict()
