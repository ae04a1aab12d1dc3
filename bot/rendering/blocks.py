"""Block Kit builders. Jinja2 gives the text; slack_sdk.models gives (and validates) the structure."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, time
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    ButtonElement,
    CheckboxesElement,
    ContextBlock,
    DatePickerElement,
    ExternalDataSelectElement,
    InputBlock,
    MarkdownTextObject,
    Option,
    PlainTextInputElement,
    PlainTextObject,
    RadioButtonsElement,
    SectionBlock,
    StaticSelectElement,
    TimePickerElement,
    UserSelectElement,
)
from slack_sdk.models.views import View

from bot import i18n
from bot.i18n import N_
from bot.ids import ActionId, BlockId, InputId, ViewId, button_number
from bot.rendering.text import Mrkdwn, plain, render
from bot.services.commands.command import DEFAULT_NEXT_STEP as DEFAULT_STEP
from bot.services.recording import PlanMade

KIND_WORDS = {
    "meeting": N_("meeting"),
    "call": N_("call"),
    "offer": N_("offer"),
    "win": N_("win"),
    "loss": N_("lost deal"),
}
# The same with its article, as a question says it ("an offer", "et møte", "ett samtal").
KIND_WITH_ARTICLE = {
    "meeting": N_("a meeting"),
    "call": N_("a call"),
    "offer": N_("an offer"),
    "win": N_("a win"),
    "loss": N_("a lost deal"),
}
TEMPERATURE_WORDS = {"cold": N_("cold"), "warm": N_("warm"), "hot": N_("hot")}
MODAL_TITLES = {
    "meeting": N_("Log a meeting"),
    "call": N_("Log a call"),
    "offer": N_("Log an offer"),
    "win": N_("Log a win"),
    "loss": N_("Log a lost deal"),
}


def _message(text: str, blocks: list[Any]) -> dict[str, Any]:
    return {"text": text, "blocks": [b.to_dict() for b in blocks]}


SECTION_LIMIT = 3000  # characters of a section's text, as Slack counts them (after escaping)
BUTTON_TEXT = 75  # characters of a button's text
MESSAGE_TEXT = 40_000  # characters of a message's `text`; Slack cuts off the rest
ACTIONS_ELEMENTS = 25  # elements of an actions block


def fit(text: str, limit: int = SECTION_LIMIT) -> str:
    """`text` cut to Slack's limit with an ellipsis (a long note of "&"s is five times as long
    once escaped), never inside an entity such as &amp;."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    amp = cut.rfind("&", max(0, len(cut) - 6))
    if amp != -1 and ";" not in cut[amp:]:
        cut = cut[:amp]
    return cut + "…"


def logged_message(
    language: str,
    summary: str,
    activity_id: int | str,
    separate: str | None = None,
    *,
    whole: bool = False,
) -> dict[str, Any]:
    """The ephemeral confirmation: what was stored, and an Undo button; under an offer that
    revised an open one, "It's a separate offer" too (`separate`: its value, see
    `separate_value`). Every logged activity is answered with it, so it is written as the dict
    slack_sdk would build (tests/unit/test_blocks.py checks they are the same) without building
    its objects. `whole`: a summary longer than a section ("Recorded all 30") in as many
    sections as it needs, the last one Undo's."""
    _ = i18n.translations(language).gettext
    before = pieces(summary) if whole else [summary]
    text = fit(before.pop())
    elements: list[dict[str, Any]] = [
        {
            "type": "button",
            "text": {"type": "plain_text", "text": _("Undo"), "emoji": True},
            "action_id": _UNDO_ACTION,
            "value": str(activity_id),
        }
    ]
    if separate is not None:
        elements.append(
            {
                "type": "button",
                "text": {"type": "plain_text", "text": _(SEPARATE_LABEL), "emoji": True},
                "action_id": _SEPARATE_ACTION,
                "value": separate,
            }
        )
    return {
        "text": summary,
        "blocks": [
            *({"type": "section", "text": {"type": "mrkdwn", "text": piece}} for piece in before),
            {"type": "section", "text": {"type": "mrkdwn", "text": text}, "block_id": _UNDO_BLOCK},
            {"type": "actions", "elements": elements},
        ],
    }


SEPARATE_LABEL = N_("It's a separate offer")

UNDO_ALL_PREFIX = "all:"
UNDO_PLAN_PREFIX = "plan:"


def _step_json(step: Any) -> list[Any] | None:
    if step is None:
        return None
    what, due, at = step
    return [what, due.isoformat() if due else None, at.isoformat() if at else None]


def _step_read(raw: Any) -> tuple[str | None, date | None, time | None] | None:
    if raw is None:
        return None
    what, due, at = raw
    return (
        None if what is None else str(what),
        date.fromisoformat(due) if due else None,
        time.fromisoformat(at) if at else None,
    )


def plan_undo_value(made: PlanMade, message: tuple[str, str] | None) -> str | None:
    """mendE32. The Undo under a plan's confirmation: the lead, the step the plan set and the
    one before it, whether it made the customer, and the channel message (its ✅ goes). None
    when it would not fit a button's value (2,000 characters)."""
    value = UNDO_PLAN_PREFIX + json.dumps(
        [made.lead_id, _step_json(made.step), _step_json(made.was), made.new_customer,
         list(message) if message else None],
        separators=(",", ":"),
    )  # fmt: skip
    return value if len(value) <= 2000 else None


def plan_undo_read(value: object) -> tuple[PlanMade, tuple[str, str] | None] | None:
    """A plan's Undo value read back; None for any other button's (or one unreadable)."""
    if not isinstance(value, str) or not value.startswith(UNDO_PLAN_PREFIX):
        return None
    try:
        lead_id, step, was, new_customer, message = json.loads(value[len(UNDO_PLAN_PREFIX) :])
        made = PlanMade(int(lead_id), _step_read(step), _step_read(was), bool(new_customer))  # type: ignore[arg-type]
        said = (str(message[0]), str(message[1])) if message else None
    except (ValueError, TypeError, IndexError):
        return None
    return made, said


def undo_all_value(activity_ids: Sequence[int]) -> str:
    """The Undo under "Recorded all N": the first record of each row it stored (session 25)."""
    return UNDO_ALL_PREFIX + ",".join(str(i) for i in activity_ids)


def undo_all_ids(value: object) -> list[int] | None:
    """The records an Undo all button names; None for a single entry's Undo (its id alone).
    An unreadable id reads as 0, which matches no row."""
    if not isinstance(value, str) or not value.startswith(UNDO_ALL_PREFIX):
        return None
    return [button_number(part) for part in value[len(UNDO_ALL_PREFIX) :].split(",")][:50]


def separate_value(activity_id: int, lead_id: int) -> str:
    """The button's value: the offer, and the lead it revised an offer on (the click finds the
    offer as it was shown, or says it changed since)."""
    return f"{activity_id}:{lead_id}"


def read_separate_value(value: object) -> tuple[int, int] | None:
    if not isinstance(value, str) or value.count(":") != 1:
        return None
    activity_id, lead_id = (button_number(part) for part in value.split(":"))
    return (activity_id, lead_id) if activity_id and lead_id else None


_UNDO_BLOCK = BlockId.UNDO.value
_UNDO_ACTION = ActionId.UNDO.value
_SEPARATE_ACTION = ActionId.SEPARATE_OFFER.value


MOVE_PREFIX = "move:"


def move_value(user_ids: Sequence[str]) -> str:
    """The Move button's value: the Slack user ids named, as many as a button's value holds
    (2,000 characters; those left out stay where they are and are named again after the move)."""
    value = MOVE_PREFIX
    for user_id in user_ids:
        if len(value) + len(user_id) + 1 > 2000:
            break
        value += ("," if value != MOVE_PREFIX else "") + user_id
    return value


def moved_ids(value: str | None) -> list[str]:
    """Who a Move click moves: the ids its button carries (none from an older button, which
    named people it did not carry: they are named again, with a new button)."""
    if not value or not value.startswith(MOVE_PREFIX):
        return []
    return [part for part in value[len(MOVE_PREFIX) :].split(",") if part]


def role_question(
    language: str,
    text: str,
    sells: bool,
    elsewhere: str | None = None,
    elsewhere_ids: Sequence[str] = (),
) -> dict[str, Any]:
    """The setup confirmation, asking the manager whether they sell in the team themself, and
    (`elsewhere`: the text naming them) whether members in other teams move here. The Move
    button carries who was named (`elsewhere_ids`), so the click moves those and nobody else."""
    _ = i18n.translations(language).gettext
    question = _("Do you sell in this team yourself, or only manage it?")
    moves: list[Any] = []
    if elsewhere:
        moves = [
            SectionBlock(text=MarkdownTextObject(text=elsewhere)),
            ActionsBlock(
                elements=[
                    ButtonElement(
                        text=PlainTextObject(text=_("Move them to this team")),
                        action_id=ActionId.SETUP_MOVE.value,
                        value=move_value(elsewhere_ids),
                    ),
                    ButtonElement(
                        text=PlainTextObject(text=_("Leave them where they are")),
                        action_id=ActionId.SETUP_KEEP.value,
                        value="keep",
                    ),
                ]
            ),
        ]
    return _message(
        f"{text}\n\n{elsewhere}" if elsewhere else text,
        [
            SectionBlock(text=MarkdownTextObject(text=f"{text}\n\n{question}")),
            ActionsBlock(
                elements=[
                    ButtonElement(
                        text=PlainTextObject(text=_("I sell too")),
                        action_id=ActionId.ROLE_SELLS.value,
                        value="sells",
                        style="primary" if sells else None,
                    ),
                    ButtonElement(
                        text=PlainTextObject(text=_("I only manage")),
                        action_id=ActionId.ROLE_MANAGES.value,
                        value="manages",
                        style=None if sells else "primary",
                    ),
                ]
            ),
            *moves,
        ],
    )


def shared_setup_question(language: str, channel_id: str) -> dict[str, Any]:
    """`/kpi setup` in a channel another organisation reads: what that means, and two buttons.
    The button carries only the channel; the click is checked again like the command."""
    _ = i18n.translations(language).gettext
    text = render(language, "setup_shared", channel_link=Mrkdwn(f"<#{channel_id}>"))
    return _confirm_question(
        text,
        _("Set up here anyway"),
        (ActionId.SETUP_SHARED, ActionId.SETUP_SHARED_CANCEL),
        language,
        channel_id,
    )


def _confirm_question(
    text: str,
    label: str,
    actions: tuple[ActionId, ActionId],
    language: str,
    value: str,
    *,
    style: str | None = None,
) -> dict[str, Any]:
    """A question and two buttons, the one that does it (`label`) and Cancel: `actions`, each
    carrying only `value`."""
    _ = i18n.translations(language).gettext
    confirm, cancel = actions
    return _message(
        text,
        [
            SectionBlock(text=MarkdownTextObject(text=text)),
            ActionsBlock(
                elements=[
                    ButtonElement(
                        text=PlainTextObject(text=label),
                        action_id=confirm.value,
                        value=value,
                        **({"style": style} if style else {}),
                    ),
                    ButtonElement(
                        text=PlainTextObject(text=_("Cancel")),
                        action_id=cancel.value,
                        value=value,
                    ),
                ]
            ),
        ],
    )


def pieces(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """`text` as pieces that each fit a section: one longer than a section (a seller's 200
    warm leads, a team's goals) is split between lines, never cut off; only a single line
    longer than a section is shortened, with "…" (fit)."""
    if len(text) <= limit:
        return [text]
    found: list[str] = []
    current = ""
    for line in text.split("\n"):
        line = fit(line, limit)
        if current and len(current) + 1 + len(line) > limit:
            found.append(current)
            current = line
        else:
            current = f"{current}\n{line}" if current else line
    found.append(current)
    return [piece for piece in found if piece.strip()]  # Slack refuses an empty section


def text_message(text: str) -> dict[str, Any]:
    """One section, or as many as a long text needs (pieces)."""
    return _message(
        fit(text, MESSAGE_TEXT),
        [SectionBlock(text=MarkdownTextObject(text=piece)) for piece in pieces(text)],
    )


def sections_message(*texts: str) -> dict[str, Any]:
    """Texts too long for one section (3,000 characters), one section each."""
    return _message(
        "\n\n".join(texts), [SectionBlock(text=MarkdownTextObject(text=t)) for t in texts]
    )


def erase_question(language: str, user_id: str) -> dict[str, Any]:
    """`/kpi erase @name`: what goes, and two buttons. The button carries only whom; the click
    is checked again (only someone who may erase them can)."""
    from bot.rendering.text import mention

    _ = i18n.translations(language).gettext
    text = render(language, "erase_confirm", user=mention(user_id))
    return _confirm_question(
        text,
        _("Erase"),
        (ActionId.ERASE_CONFIRM, ActionId.ERASE_CANCEL),
        language,
        user_id,
        style="danger",
    )


def error_message(
    language: str, message: str, example: str | None, *, nothing_stored: bool = True
) -> dict[str, Any]:
    """`message`: our translated words with what was typed already made plain() in it."""
    return text_message(
        render(
            language,
            "error",
            message=Mrkdwn(message),
            example=example,
            nothing_stored=nothing_stored,
        )
    )


def notice_modal(language: str, message: dict[str, Any]) -> dict[str, Any]:
    """A submitted form's answer when there is nothing to store it with (its workspace has no
    kpibot any more): the form becomes `message`'s words, closed with one button."""
    _ = i18n.translations(language).gettext
    return View(
        type="modal",
        title=PlainTextObject(text="kpibot"),
        close=PlainTextObject(text=_("Close")),
        blocks=message.get("blocks")
        or [SectionBlock(text=MarkdownTextObject(text=message.get("text") or "kpibot"))],
    ).to_dict()


def notice_home(message: dict[str, Any]) -> dict[str, Any]:
    """An App Home that is only `message` (what the person is told instead of a dashboard: a
    guest account, someone of another organisation)."""
    return View(
        type="home",
        blocks=message.get("blocks")
        or [SectionBlock(text=MarkdownTextObject(text=message.get("text") or "kpibot"))],
    ).to_dict()


def held_message(language: str) -> dict[str, Any]:
    """A click kept while the database is unavailable."""
    return text_message(
        i18n.translations(language).gettext(
            ":hourglass: I can't reach the database right now. Your click is kept and will be "
            "applied as soon as it is back."
        )
    )


def internal_error_message(language: str) -> dict[str, Any]:
    return text_message(render(language, "internal_error"))


# views33: said when something fails after what the person did was committed (a reply that
# could not be rendered, a Slack call refused): plain text from gettext alone, no template and
# no blocks, so the failure that brought it here cannot stop it too.
STORED_BUT_UNSHOWN = N_(
    ":warning: What you did was stored, but I could not show the answer. Please do not send it "
    "again: `/kpi` shows your figures."
)
STORED_LOGGED = N_("Logged: %(what)s. (I could not show the full confirmation.)")
STORED_KINDS = {
    "meeting": N_("meeting with %(customer)s, %(day)s"),
    "call": N_("call with %(customer)s, %(day)s"),
    "offer": N_("offer to %(customer)s, %(day)s"),
    "win": N_("win with %(customer)s, %(day)s"),
    "loss": N_("lost deal with %(customer)s, %(day)s"),
}


def stored_error_message(language: str) -> dict[str, Any]:
    """An error after the unit of work committed: stored, never "nothing was stored"."""
    return {"text": i18n.translations(language).gettext(STORED_BUT_UNSHOWN)}


def stored_fallback(language: str, rows: Sequence[tuple[str, str, date, int]]) -> dict[str, Any]:
    """A confirmation that failed to render, from its plain values: (kind, customer, day,
    times) of each record stored ("Logged: meeting with Equinor, Tue 1 Dec 2026. (I could not
    show the full confirmation.)"), in the person's language."""
    t = i18n.translations(language)
    said = []
    for kind, customer, day, times in rows:
        what = t.gettext(STORED_KINDS.get(kind, STORED_KINDS["meeting"])) % {
            "customer": f"*{plain(customer)}*",
            "day": i18n.format_day(day, language),
        }
        said.append(f"{times} × {what}" if times > 1 else what)
    if not said:
        return stored_error_message(language)
    return {"text": t.gettext(STORED_LOGGED) % {"what": "; ".join(said)}}


# What each answer to a question says on its button (options with a value are formatted).
OPTION_LABELS = {
    "new": N_("New customer: %(name)s"),
    "as_read": N_("Store as read"),
    "both": N_("Record both"),  # heldcmd34: the command's record and the other it told of
    "whole": N_("Store %(amount)s"),
    "step": N_("By %(date)s"),
    "step_note": N_("No day: keep it as a note"),
    # steps30: "i januar" said in December, the month to come (an offer: its follow-up's)
    "ahead_month": N_("Today, with a follow-up %(said)s"),
    "ahead_month_win": N_("Won today, “%(said)s” as its note"),
    "ahead_month_plan": N_("Plan it %(said)s"),
    # steps30: an amount written as a range ("250-300k"), each end and its middle
    "range_low": N_("Low: %(amount)s"),
    "range_middle": N_("Middle: %(amount)s"),
    "range_high": N_("High: %(amount)s"),
    # session 39: an amount said with VAT in it, the amount without it or as written
    "range_net": N_("Without VAT: %(amount)s"),
    "range_gross": N_("As written: %(amount)s"),
    "edit": N_("Edit"),
    "edit_place": N_("Name the customer"),
    # session 43: an in-between temperature ("lunken"), the lead's picked
    "temperature:hot": N_("Hot"),
    "temperature:warm": N_("Warm"),
    "temperature:cold": N_("Cold"),
    "kind:offer": N_("Offer sent"),  # "Kiwi 95k": which it was (review25)
    "kind:win": N_("Won"),
    "again": N_("Log it again"),
    "another": N_("Log another"),
    "same": N_("It was the same"),
    # steps30: the same question about several pairs at once (mendC29's merged one)
    "another_all": N_("More: log them all"),
    "same_all": N_("The same, sent twice"),
    "above_ceiling": N_("The amount is right"),
    "without_offer": N_("Count it as lost"),
    "own": N_("Log as my own deal"),
    "record": N_("Record"),
    "times_all": N_("Yes, all of them"),
    "times_one": N_("One, the words as its note"),
    "plan": N_("Plan it"),
    "plan_meeting": N_("Plan a meeting with %(customer)s %(date)s"),
    "plan_call": N_("Plan a call with %(customer)s %(date)s"),
    "days_meeting": N_("Log %(count)s meetings with %(customer)s: %(days)s"),
    "days_call": N_("Log %(count)s calls with %(customer)s: %(days)s"),
    "held": N_("Today, next step %(date)s"),
    "step_on": N_("Next step %(date)s"),  # mendC30: a held talk's next step, its day picked
    "held_on": N_("Held %(date)s"),
    "mend": N_("Change it to %(amount)s"),
    "mend_day": N_("Move it to %(date)s"),
    "mend_day_all": N_("Move %(all)s to %(date)s"),  # mendE31: a log of N
    "mend_count_add": N_("Add %(talks)s"),  # mendE31: "det var 2 møter, ikke 1"
    "mend_count_remove": N_("Take back %(talks)s"),
    "mend_customer": N_("Change the customer to %(name)s"),
    "mend_kind": N_("Change it to %(name)s"),
    # views32: a log of N's customer or kind
    "mend_customer_all": N_("Change %(all)s to %(name)s"),
    "mend_kind_all": N_("Change them to %(name)s"),
    "coming_on": N_("Coming %(date)s: plan it"),
    "booked": N_("On %(date)s: plan it"),
    "not_a_sale": N_("Not a sale"),
    # mendG31: "Jag och Kari vann Telenor 2 mkr": whose win it is to log
    "my_win": N_("Log as my win"),
    "theirs": N_("It's %(name)s's"),
    "separate": N_("A separate offer"),
    "won_at": N_("Won at %(amount)s"),
    "cancel": N_("Cancel"),
    "one_customer": N_("One customer: %(name)s"),
    "place_customer": N_("%(name)s is the customer"),
    # days27. A list whose days run past today, no week named: which week it tells
    "last_week": N_("Last week: %(days)s"),
    "this_week": N_("This week: %(done)s done, %(planned)s planned"),
    # lists28: every row of the list still to come this week
    "this_week_plans": N_("This week, as plans: %(planned)s"),
    "two_customers": N_("Two customers: %(name)s"),
}
# Buttons that store what was asked about are primary; those that drop it are plain.
PRIMARY_OPTIONS = {
    "as_read",
    "name",
    "group",
    "whole",
    "price",
    "again",
    "another",
    "above_ceiling",
    "without_offer",
    "own",
    "record",
    "plan",
    "mend",
    "held",
    "booked",
    "days",
}


def question_message(
    language: str,
    text: str,
    token: str,
    options: list[tuple[str, str]],
    action: str = ActionId.ANSWER.value,
) -> dict[str, Any]:
    """A question and one button per answer. A button carries only the question's token and
    the option: the pending log itself stays on the server."""
    buttons = [
        ButtonElement(
            text=PlainTextObject(text=fit(label, BUTTON_TEXT), emoji=True),
            action_id=f"{action}_{i}",
            value=f"{token}|{option}",
            style="primary" if option in PRIMARY_OPTIONS else None,
        )
        for i, (option, label) in enumerate(options)
    ]
    # Slack takes 25 elements an actions block: a customer's 30 open offers are two rows.
    rows = [
        ActionsBlock(
            block_id=BlockId.CHOICES.value + (f"_{n + 1}" if n else ""),
            elements=buttons[start : start + ACTIONS_ELEMENTS],
        )
        for n, start in enumerate(range(0, len(buttons), ACTIONS_ELEMENTS))
    ]
    # a long question (a list's 30 rows) in as many sections as it needs, never cut off
    said = [SectionBlock(text=MarkdownTextObject(text=piece)) for piece in pieces(text)]
    return _message(text, [*said, *rows])


def day_picker_message(
    text: str,
    token: str,
    initial: date,
    cancel: str,
    cancel_label: str,
    placeholder: str,
    others: Sequence[tuple[str, str]] = (),
) -> dict[str, Any]:
    """cmds28. A question whose answer is a day of a longer period ("i desember"): a date picker
    opened on `initial` and a Cancel button. The picker carries the question's token in its
    block id (a date picker has no value); the day picked is checked on the server."""
    picker = DatePickerElement(
        action_id=ActionId.ANSWER_DAY.value,
        initial_date=initial.isoformat(),
        placeholder=PlainTextObject(text=fit(placeholder, 150)),
    )
    # steps30: another answer besides a day of it ("today, with January to come"), then Cancel
    buttons = [
        ButtonElement(
            text=PlainTextObject(text=fit(label, BUTTON_TEXT), emoji=True),
            action_id=f"{ActionId.ANSWER.value}_{i}",
            value=f"{token}|{option}",
        )
        for i, (option, label) in enumerate([*others, (cancel, cancel_label)])
    ]
    row = ActionsBlock(block_id=f"{BlockId.DAY_PICK.value}{token}", elements=[picker, *buttons])
    said = [SectionBlock(text=MarkdownTextObject(text=piece)) for piece in pieces(text)]
    return _message(text, [*said, row])


def log_modal(
    language: str, kind: str, today: date, private_metadata: str, prefill: Any = None
) -> dict[str, Any]:
    """The modal behind a slash command with no text: the same fields as the command.
    `prefill` (customer, when, amount, currency, temperature, next_step, next_due, note) fills
    it with what was understood from a text, for the author to correct."""
    _ = i18n.translations(language).gettext
    customer = getattr(prefill, "customer", None)
    amount = getattr(prefill, "amount", None)
    amount_text = f"{amount} {prefill.currency or ''}".strip() if amount is not None else None
    temperature = getattr(prefill, "temperature", None)
    next_due = getattr(prefill, "next_due", None)
    temperature_options = [
        Option(text=PlainTextObject(text=_(word)), value=value)
        for value, word in TEMPERATURE_WORDS.items()
    ]
    times = getattr(prefill, "times", 1)
    intro: list[Any] = []
    if times > 1 and kind in {"meeting", "call"}:
        talks = (
            i18n.translations(language).ngettext("%(count)s call", "%(count)s calls", times)
            if kind == "call"
            else i18n.translations(language).ngettext(
                "%(count)s meeting", "%(count)s meetings", times
            )
        ) % {"count": times}
        said = _(
            "You said *%(talks)s*: Save stores %(all)s with these fields, as one log (one "
            "confirmation; Undo takes back %(all)s). To store another number, cancel and "
            "log them with the command."
        ) % {"talks": talks, "all": i18n.all_of(times, language)}
        intro.append(SectionBlock(text=MarkdownTextObject(text=said)))
    blocks: list[Any] = [
        *intro,
        InputBlock(
            block_id=BlockId.CUSTOMER.value,
            label=PlainTextObject(text=_("Customer")),
            element=ExternalDataSelectElement(
                action_id=InputId.CUSTOMER.value,
                placeholder=PlainTextObject(text=_("Start typing a customer name")),
                min_query_length=1,
                initial_option=Option(text=customer[:75], value=customer[:150])
                if customer
                else None,
            ),
        ),
        InputBlock(
            block_id=BlockId.DATE.value,
            label=PlainTextObject(text=_("Date")),
            element=DatePickerElement(
                action_id=InputId.DATE.value,
                initial_date=(getattr(prefill, "when", None) or today).isoformat(),
            ),
        ),
    ]
    if kind in {"offer", "win"}:
        blocks.append(
            InputBlock(
                block_id=BlockId.AMOUNT.value,
                label=PlainTextObject(text=_("Amount")),
                optional=kind == "win",
                hint=PlainTextObject(text=_("For example 250k, 1,5 mill or kr 99 000")),
                element=PlainTextInputElement(
                    action_id=InputId.AMOUNT.value, initial_value=amount_text
                ),
            )
        )
    if kind in {"meeting", "call"}:
        blocks += [
            InputBlock(
                block_id=BlockId.TEMPERATURE.value,
                label=PlainTextObject(text=_("Lead temperature")),
                optional=True,
                element=StaticSelectElement(
                    action_id=InputId.TEMPERATURE.value,
                    options=temperature_options,
                    initial_option=next(
                        (o for o in temperature_options if o.value == temperature), None
                    ),
                ),
            ),
            InputBlock(
                block_id=BlockId.NEXT_WHAT.value,
                label=PlainTextObject(text=_("Next step")),
                optional=True,
                hint=PlainTextObject(text=_("What happens next, for example a demo or a call")),
                element=PlainTextInputElement(
                    action_id=InputId.NEXT_WHAT.value,
                    max_length=200,
                    initial_value=getattr(prefill, "next_step", None),
                ),
            ),
            InputBlock(
                block_id=BlockId.NEXT_DATE.value,
                label=PlainTextObject(text=_("Next step date")),
                optional=True,
                element=DatePickerElement(
                    action_id=InputId.NEXT_DATE.value,
                    initial_date=next_due.isoformat() if next_due else None,
                ),
            ),
        ]
    blocks.append(
        InputBlock(
            block_id=BlockId.NOTE.value,
            label=PlainTextObject(text=_("Reason") if kind == "loss" else _("Note")),
            optional=True,
            element=PlainTextInputElement(
                action_id=InputId.NOTE.value,
                multiline=True,
                max_length=1000,
                initial_value=(getattr(prefill, "note", None) or "")[:1000] or None,
            ),
        )
    )
    view = View(
        type="modal",
        callback_id=ViewId.LOG_ACTIVITY.value,
        title=PlainTextObject(text=_(MODAL_TITLES[kind])[:24]),
        submit=PlainTextObject(text=_("Save")),
        close=PlainTextObject(text=_("Cancel")),
        private_metadata=private_metadata,
        blocks=blocks,
    )
    return view.to_dict()


def customer_options(language: str, query: str, matches: list[str]) -> list[dict[str, Any]]:
    """Options for the modal's customer select: known customers, then the typed name as new."""
    _ = i18n.translations(language).gettext
    options = [
        Option(text=PlainTextObject(text=name[:75]), value=name[:150]) for name in matches[:99]
    ]
    typed = " ".join(query.split())[:150]
    if typed and all(name.casefold() != typed.casefold() for name in matches):
        options.append(
            Option(
                text=PlainTextObject(text=(_("New customer: %(name)s") % {"name": typed})[:75]),
                value=typed,
            )
        )
    return [o.to_dict() for o in options]


def next_step_modal(
    language: str,
    customer: str | None,
    private_metadata: str,
    refusal: str | None,
    last: tuple[str, date] | None = None,
    day_off: tuple[str, date] | None = None,
    *,
    step: tuple[str | None, date | None, time | None] | None = None,
) -> dict[str, Any]:
    """What happens next with a lead, and when (a time if it has one). Opened empty at once,
    then filled in with the customer and the lead's last activity (`last`: its kind and day,
    however old; None with a customer: nothing is logged on the lead, said so), and the lead's
    current next step when it has one (`step`: what, day, time; flows26). `day_off`: the day
    picked is a weekend or holiday day ("weekend" | "holiday", the day): the form asks whether
    to plan it on that day anyway (`day_off_block`)."""
    _ = i18n.translations(language).gettext
    what, due, at = step or (None, None, None)
    if what == DEFAULT_STEP:
        what = _(DEFAULT_STEP)  # the follow-up kpibot chose, in the reader's language
    if refusal is not None:
        return _refused(
            ViewId.PLAN_NEXT_STEP,
            PlainTextObject(text=_("Plan next step")[:24]),
            _("Close"),
            refusal,
        )
    blocks: list[Any] = []
    if customer:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=f"*{plain(customer)}*")))
        if last is not None:
            said = _("Last activity: %(kind)s, %(date)s") % {
                "kind": _(KIND_WORDS[last[0]]),
                "date": i18n.format_day(last[1], language),
            }
        else:
            said = _("Nothing is logged on this lead yet.")
        blocks.append(ContextBlock(elements=[MarkdownTextObject(text=said)]))
    blocks += [
        InputBlock(
            block_id=BlockId.NEXT_WHAT.value,
            label=PlainTextObject(text=_("Next step")),
            hint=PlainTextObject(text=_("What happens next, for example a demo or a call")),
            element=PlainTextInputElement(
                action_id=InputId.NEXT_WHAT.value, max_length=200, initial_value=what or None
            ),
        ),
        InputBlock(
            block_id=BlockId.NEXT_DATE.value,
            label=PlainTextObject(text=_("Next step date")),
            # A day picked is checked at once: a weekend or a holiday brings the box below.
            dispatch_action=True,
            element=DatePickerElement(
                action_id=InputId.NEXT_DATE.value,
                initial_date=due.isoformat() if due else None,
            ),
        ),
        InputBlock(
            block_id=BlockId.NEXT_TIME.value,
            label=PlainTextObject(text=_("Time")),
            optional=True,
            element=TimePickerElement(
                action_id=InputId.NEXT_TIME.value,
                initial_time=at.strftime("%H:%M") if at else None,
            ),
        ),
    ]
    if day_off is not None:
        blocks.append(day_off_block(language, *day_off))
    return View(
        type="modal",
        callback_id=ViewId.PLAN_NEXT_STEP.value,
        title=PlainTextObject(text=_("Plan next step")[:24]),
        submit=PlainTextObject(text=_("Save")),
        close=PlainTextObject(text=_("Cancel")),
        private_metadata=private_metadata,
        blocks=blocks,
    ).to_dict()


# Why a step's day is no working day where the seller works (bot.services.nudges.day_off).
DAY_OFF_WORDS = {
    "weekend": N_("%(date)s is a weekend day."),
    "holiday": N_("%(date)s is a public holiday or a day off where you work."),
}


def day_off_block(language: str, why: str, day: date) -> InputBlock:
    """The plan form's box for a step on a weekend or holiday: said what the day is, and one
    tick plans it there anyway (unticked: the form asks for a working day)."""
    _ = i18n.translations(language).gettext
    said = _(DAY_OFF_WORDS[why]) % {"date": i18n.format_day(day, language)}
    return InputBlock(
        block_id=BlockId.DAY_OFF_OK.value,
        label=PlainTextObject(text=said[:2000]),
        optional=True,
        element=CheckboxesElement(
            action_id=InputId.DAY_OFF_OK.value,
            options=[
                Option(text=PlainTextObject(text=_("Plan it on that day anyway")), value="yes")
            ],
        ),
    )


# What a view as Slack sends it back keeps when it is sent again (not its id, state, hash …).
VIEW_KEYS = ("type", "callback_id", "title", "submit", "close", "private_metadata", "blocks")


def form_asking_day_off(
    view: dict[str, Any], language: str, why: str, day: date, initial: dict[str, dict[str, Any]]
) -> dict[str, Any]:
    """A form as submitted (`view`, as Slack sent it) sent back asking about its step's day off:
    the box (`day_off_block`) added, and what was filled in given again (`initial`: by block
    id, the element's initial_* keys)."""
    kept: list[dict[str, Any]] = []
    for block in view.get("blocks") or []:
        if block.get("block_id") == BlockId.DAY_OFF_OK.value:
            continue
        given = initial.get(block.get("block_id") or "")
        kept.append({**block, "element": {**block["element"], **given}} if given else block)
    kept.append(day_off_block(language, why, day).to_dict())
    return {**{k: view[k] for k in VIEW_KEYS if k in view}, "blocks": kept}


def done_already_modal(
    language: str,
    customer: str | None,
    private_metadata: str,
    refusal: str | None,
    today: date,
) -> dict[str, Any]:
    """ "Done already" on a nudge DM's lead: the meeting or call held with its customer (a call
    picked, today: one click for what is most often so, both shown and changeable), and an
    optional next step. Opened empty at once, then filled in with the customer."""
    _ = i18n.translations(language).gettext
    title = PlainTextObject(text=_("Done already")[:24])
    if refusal is not None:
        return _refused(ViewId.DONE_ALREADY, title, _("Close"), refusal)
    kinds = [
        Option(text=PlainTextObject(text=_(KIND_WORDS[kind]).capitalize()), value=kind)
        for kind in ("call", "meeting")
    ]
    blocks: list[Any] = []
    if customer:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=f"*{plain(customer)}*")))
    blocks += [
        InputBlock(
            block_id=BlockId.DONE_KIND.value,
            label=PlainTextObject(text=_("What was done")),
            element=RadioButtonsElement(
                action_id=InputId.DONE_KIND.value, options=kinds, initial_option=kinds[0]
            ),
        ),
        InputBlock(
            block_id=BlockId.DATE.value,
            label=PlainTextObject(text=_("Date")),
            element=DatePickerElement(action_id=InputId.DATE.value, initial_date=today.isoformat()),
        ),
        InputBlock(
            block_id=BlockId.NEXT_WHAT.value,
            label=PlainTextObject(text=_("Next step")),
            optional=True,
            hint=PlainTextObject(text=_("What happens next, for example a demo or a call")),
            element=PlainTextInputElement(action_id=InputId.NEXT_WHAT.value, max_length=200),
        ),
        InputBlock(
            block_id=BlockId.NEXT_DATE.value,
            label=PlainTextObject(text=_("Next step date")),
            optional=True,
            element=DatePickerElement(action_id=InputId.NEXT_DATE.value),
        ),
    ]
    return View(
        type="modal",
        callback_id=ViewId.DONE_ALREADY.value,
        title=title,
        submit=PlainTextObject(text=_("Save")),
        close=PlainTextObject(text=_("Cancel")),
        private_metadata=private_metadata,
        blocks=blocks,
    ).to_dict()


def _refused(view: ViewId, title: PlainTextObject, close: str, refusal: str) -> dict[str, Any]:
    """A lead's form that cannot be used (a colleague's lead, one closed since): why, alone."""
    return View(
        type="modal",
        callback_id=view.value,
        title=title,
        close=PlainTextObject(text=close),
        blocks=[SectionBlock(text=MarkdownTextObject(text=refusal))],
    ).to_dict()


def hand_over_modal(
    language: str, customer: str | None, private_metadata: str, refusal: str | None
) -> dict[str, Any]:
    """Who takes a lead over: one person picked. Opened empty at once, then filled in."""
    _ = i18n.translations(language).gettext
    title = PlainTextObject(text=_("Hand over")[:24])
    if refusal is not None:
        return _refused(ViewId.HAND_OVER, title, _("Close"), refusal)
    blocks: list[Any] = []
    if customer:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=f"*{plain(customer)}*")))
    blocks.append(
        InputBlock(
            block_id=BlockId.NEW_OWNER.value,
            label=PlainTextObject(text=_("New owner")),
            hint=PlainTextObject(text=_("They get a message, and the lead is theirs from now on.")),
            element=UserSelectElement(action_id=InputId.NEW_OWNER.value),
        )
    )
    return View(
        type="modal",
        callback_id=ViewId.HAND_OVER.value,
        title=title,
        submit=PlainTextObject(text=_("Hand over")[:24]),
        close=PlainTextObject(text=_("Cancel")),
        private_metadata=private_metadata,
        blocks=blocks,
    ).to_dict()
