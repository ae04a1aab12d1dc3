"""The daily nudge DM: warm leads without a next step, each with one-click fixes, and
A-customers that need a touchpoint. Re-rendered from the leads' state after every click."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    ContextBlock,
    MarkdownTextObject,
    PlainTextObject,
    SectionBlock,
)

from bot import i18n
from bot.ids import ActionId, NudgeBlock
from bot.rendering.text import Mrkdwn, environment, plain, render
from bot.services.read_models import LeadLine


def lead_state(lead: LeadLine, today: date) -> str:
    """What has been done about a listed lead: pending until someone acts."""
    if lead.status == "lost":
        return "lost"
    if lead.status == "won":
        return "won"
    if lead.temperature == "cold":
        return "cold"
    if lead.next_step_due is not None and lead.next_step_due >= today:
        return "planned"
    if lead.snoozed_until is not None and lead.snoozed_until >= today:
        return "snoozed"
    if lead.logged:
        return "logged"
    return "pending"


def nudge_message(
    language: str,
    leads: list[LeadLine],
    today: date,
    *,
    more: int = 0,
    a_customers: list[dict[str, Any]] | None = None,
    a_more: int = 0,
    home_link: str | None = None,
    memo: dict[tuple[Any, ...], str] | None = None,
    currency: str | None = None,
) -> dict[str, Any]:
    """The DM as Block Kit dicts. A nudge pass renders hundreds of these with thousands of
    leads, so a lead costs a macro call and a few small dicts (buttons built once per
    language); the per-DM parts go through slack_sdk's checks as before. `memo`: one dict for
    all the DMs of a pass, so that each date and amount is formatted once. `currency`: the
    team's, in which a krone not its own shows its code (views32: was "kr", read as the
    team's)."""
    day, money = _formats(language, {} if memo is None else memo, currency)
    intro = render(
        language, "nudge_intro", count=len(leads) + more, a_count=len(a_customers or []) + a_more
    )
    blocks: list[dict[str, Any]] = [_section(intro)]
    add = blocks.append
    for lead in leads:
        state = lead_state(lead, today)
        line, done = _lead_text(language, lead, state, today, day, money)
        add(
            {
                "type": "section",
                "block_id": NudgeBlock.line(lead.id),
                "text": {"type": "mrkdwn", "text": line},
            }
        )
        if lead.handed_to is not None:  # a colleague's now: theirs to act on, said so
            done = render(language, "nudge_handed_over", owner=Mrkdwn(f"<@{lead.handed_to}>"))
            add(_context(done))
        else:
            add(_lead_actions(language, lead.id) if state == "pending" else _context(done))
    if more:
        link = Mrkdwn(f"<{home_link}|App Home>") if home_link else None
        blocks.append(_context(render(language, "nudge_more", more=more, link=link)))
    if a_customers:
        blocks.append(_section(render(language, "nudge_a_customers", customers=a_customers)))
    if a_more:  # not in the App Home, which lists no A-customers: the call-day list has them
        blocks.append(_context(render(language, "nudge_a_more", more=a_more)))
    return {"text": _fallback(language), "blocks": blocks[:50]}


def _section(text: str) -> dict[str, Any]:
    return SectionBlock(text=MarkdownTextObject(text=text)).to_dict()


def _context(text: str) -> dict[str, Any]:
    return ContextBlock(elements=[MarkdownTextObject(text=text)]).to_dict()


@cache
def _fallback(language: str) -> str:
    return i18n.translations(language).gettext("Warm leads waiting for a next step")


def _formats(
    language: str, memo: dict[tuple[Any, ...], str], team_currency: str | None = None
) -> tuple[Callable[[date], str], Callable[[Decimal, str], str]]:
    """The language's date and amount formats, each value formatted once per `memo`: a pass's
    DMs show the same days (and often the same amounts) again and again, and Babel takes
    15–60 µs for each. Kept as the template would print them (plain(), then Mrkdwn: printed
    as they are), so they are made safe once, not at every use."""

    def day(value: date) -> str:  # a datetime: its (UTC) date
        if isinstance(value, datetime):
            value = value.date()
        key = ("day", language, value)
        found = memo.get(key)
        if found is None:
            found = memo[key] = Mrkdwn(plain(i18n.format_day(value, language)))
        return found

    def money(value: Decimal, currency: str) -> str:
        # by its text: 1.5 and 1.50 differ; in the team's currency (views32: a krone not the
        # team's with its code, as i18n.format_money_in writes it in every view)
        key = ("money", language, str(value), currency, team_currency)
        found = memo.get(key)
        if found is None:
            team = team_currency or currency
            said = i18n.format_money_in(value, currency, team, language)
            found = memo[key] = Mrkdwn(plain(said))
        return found

    return day, money


@cache
def _lines_macro(language: str) -> Callable[..., str]:
    """templates/nudge_lead.mrkdwn.j2's macro: listed leads' lines, and what was done about
    them."""
    module = environment(language).get_template("nudge_lead.mrkdwn.j2").module
    return module.lines  # type: ignore[attr-defined,no-any-return]


# A nudge pass lists thousands of leads, and a template call per lead cost more than its text.
# So the template is rendered once per language and shape of a lead (its temperature's word,
# with or without an amount, a next step overdue or not, what was done about it) with holes
# where its values go, and each lead fills its shape's holes: what the template prints for it,
# each value made safe as the template makes it (typed text plain(), dates and amounts
# formatted as `day` and `money` do).
_HOLE = "\x1a"
# Holes: the customer, the amount, the next step, the next step's day, the quiet day, the
# snoozed day, a timed step's words, day and time together.
_HOLES = tuple(Mrkdwn(f"{_HOLE}{i}{_HOLE}") for i in range(7))
_PART = Mrkdwn("\x1f")  # between a lead's line and what was done about it
_QUIET, _SNOOZED = date(2, 2, 2), date(3, 3, 3)  # the shape's stand-in days
# views32: a shape's step kept on its day, apart from one never planned (None), overdue (True)
# and one due today or ahead (False): "no next step since" only the first says
_KEPT = "kept"


@cache
def _pattern(language: str, shape: tuple[Any, ...]) -> tuple[str, str, tuple[bool, ...]]:
    """The shape's line and what was done, as the template renders them, as str.format
    patterns ({0}…{6}: the holes), and which of the values that need formatting it shows (the
    amount, the next step, the next step's day, the quiet day, the snoozed day, a timed step
    whole)."""
    temperature, amount, overdue, state, timed = shape
    today, quiet = date(2026, 1, 2), _QUIET
    if overdue == _KEPT:  # views32: a step kept on its day (an activity on or after it)
        due, quiet = today - timedelta(days=2), today - timedelta(days=1)
    else:
        due = None if overdue is None else today - timedelta(days=1) if overdue else today
    probe = LeadLine(
        0, _HOLES[0], "open", temperature, Decimal(1) if amount else None, "NOK", _HOLES[2],
        due, _SNOOZED, datetime(2, 2, 2), quiet, next_step_time=time(10) if timed else None,
    )  # fmt: skip
    days = {due: _HOLES[3], quiet: _HOLES[4], _SNOOZED: _HOLES[5]}
    text = _lines_macro(language)(
        [(probe, state)], today, days.get, lambda *_: _HOLES[1], _PART, lambda _l: _HOLES[6]
    )
    line, _sep, done = text.partition(_PART)
    line_parts, done_parts = _parts(line), _parts(done)
    shown = (
        1 in line_parts,
        2 in line_parts or 2 in done_parts,
        3 in line_parts or 3 in done_parts,
        4 in line_parts,
        5 in done_parts,
        6 in line_parts or 6 in done_parts,
    )
    # A shape with nothing done yet (pending) shows no second part: its "" is not formatted.
    done_pattern = _format_pattern(done_parts) if done.strip() else ""
    return _format_pattern(line_parts), done_pattern, shown


def _parts(text: str) -> tuple[Any, ...]:
    pieces = text.split(_HOLE)  # literal, hole, literal, ...
    return tuple(int(piece) if i % 2 else piece for i, piece in enumerate(pieces))


def _format_pattern(parts: tuple[Any, ...]) -> str:
    """Literal text and hole numbers as one str.format pattern: the literals' braces doubled,
    each hole {n}. The values go in as they are (format() reads no braces inside them)."""
    return "".join(
        f"{{{part}}}" if i % 2 else part.replace("{", "{{").replace("}", "}}")
        for i, part in enumerate(parts)
    )


def _lead_text(
    language: str,
    lead: LeadLine,
    state: str,
    today: date,
    day: Callable[[date], str],
    money: Callable[[Decimal, str], str],
) -> tuple[str, str]:
    """A lead's (line, what was done about it: "" while pending): its shape's patterns filled
    with its values, each value formatted only where its shape shows it (as the template
    formats only those)."""
    due = lead.next_step_due
    temperature = lead.temperature if lead.temperature in ("hot", "cold") else "warm"
    overdue: bool | str | None = None if due is None else lead.step_overdue(today)
    if overdue is False and due is not None and due < today:
        overdue = _KEPT
    shape = (
        temperature,
        bool(lead.offer_amount),
        overdue,
        state,
        lead.next_step_time is not None and due is not None,
    )
    line, done, (with_amount, with_step, with_due, with_quiet, with_snoozed, with_when) = _pattern(
        language, shape
    )
    values = (
        plain(lead.customer),
        money(lead.offer_amount, lead.currency or "NOK") if with_amount else "",  # type: ignore[arg-type]
        plain(i18n.step_said(lead.next_step, lead.next_step_time, language)) if with_step else "",
        day(due) if with_due else "",  # type: ignore[arg-type]
        day(lead.last_activity_on or lead.updated_at.date()) if with_quiet else "",  # quiet_since
        day(lead.snoozed_until) if with_snoozed else "",  # type: ignore[arg-type]
        # "møte fre. 4.12. kl. 10:00": the step's words, day and time as one says them (flows26)
        plain(i18n.step_when(lead.next_step, due, lead.next_step_time, language))  # type: ignore[arg-type]
        if with_when
        else "",
    )
    return line.format(*values).strip(), done.format(*values).strip() if done else ""


@cache
def _actions_shape(language: str) -> dict[str, Any]:
    """A pending lead's five buttons, built and checked by slack_sdk once per language; each lead
    gets a copy with its own ids (a DM lists up to ten leads, a nudge pass hundreds of DMs)."""
    _ = i18n.translations(language).gettext
    buttons = [
        (_("Plan next step"), ActionId.PLAN_NEXT_STEP, "primary"),
        (_("Done already"), ActionId.NUDGE_DONE, None),
        (_("Snooze 3 working days"), ActionId.NUDGE_SNOOZE, None),
        (_("Mark cold"), ActionId.NUDGE_COLD, None),
        (_("Mark lost"), ActionId.NUDGE_LOST, None),
    ]
    return ActionsBlock(
        block_id=NudgeBlock.actions(0),
        elements=[
            ButtonElement(
                text=PlainTextObject(text=label), action_id=action.value, value="0", style=style
            )
            for label, action, style in buttons
        ],
    ).to_dict()


def _lead_actions(language: str, lead_id: int) -> dict[str, Any]:
    shape = _actions_shape(language)
    value = str(lead_id)
    return {
        **shape,
        "block_id": NudgeBlock.actions(lead_id),
        "elements": [
            {**button, "text": dict(button["text"]), "value": value} for button in shape["elements"]
        ],
    }


def nudge_message_redrawn(
    sent: dict[str, Any],
    language: str,
    leads: list[LeadLine],
    today: date,
    currency: str | None = None,
) -> dict[str, Any]:
    """The DM after a click on it: each lead it lists redrawn from its state (its line, and its
    buttons or what was done about it), everything else as it was sent: the intro, "…and N
    more", the A-customers due a touchpoint. Without the message (Slack left it out of the
    click), the leads alone."""
    fresh = nudge_message(language, leads, today, currency=currency)
    blocks = sent.get("blocks") or []
    if not blocks:
        return fresh
    redrawn: dict[int, list[dict[str, Any]]] = {}
    for n, block in enumerate(fresh["blocks"]):
        match = NudgeBlock.LINE.match(block.get("block_id") or "")
        if match:
            redrawn[int(match.group(1))] = fresh["blocks"][n : n + 2]
    out: list[dict[str, Any]] = []
    n = 0
    while n < len(blocks):
        match = NudgeBlock.LINE.match(blocks[n].get("block_id") or "")
        if match and int(match.group(1)) in redrawn:
            out += redrawn[int(match.group(1))]
            n += 2  # the line and its buttons, or what was done about it
        else:
            out.append(blocks[n])
            n += 1
    return {"text": fresh["text"], "blocks": out}


def lead_ids_of(message: dict[str, Any]) -> list[int]:
    """The leads a nudge DM lists, read back from its blocks (so a click can re-render it)."""
    ids = []
    for block in message.get("blocks", []):
        match = NudgeBlock.LINE.match(block.get("block_id") or "")
        if match:
            ids.append(int(match.group(1)))
    return ids
