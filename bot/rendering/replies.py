"""Turning what the services decided into the messages users see (shared by every front door)."""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Callable
from datetime import date, time
from decimal import Decimal
from typing import Any

from bot import i18n
from bot.errors import EXAMPLES, MESSAGES, message_params
from bot.i18n import N_
from bot.ids import LOG_COMMANDS
from bot.rendering import blocks
from bot.rendering.text import Mrkdwn, mention, plain, render, render_unstripped
from bot.services import questions
from bot.services.activities import (
    Answered,
    Corrected,
    Logged,
    LoggedAll,
    Planned,
    RecordAllEdited,
    RecordedAlready,
    Undone,
    UndoneAll,
    UndonePlan,
)
from bot.services.activities_amend import Amended
from bot.services.log_questions import AHEAD_MONTH, PICKED_DAY, WHICH_DAY_PICK
from bot.services.message_records import KeptOffer
from bot.services.questions import Question
from bot.services.recording import waiting_option
from bot.services.reported import GoneFromReported
from bot.services.step_time import split_time

log = logging.getLogger(__name__)


def _confirms(
    rows_of: Callable[[Any], list[tuple[str, str, date, int]]],
) -> Callable[[Callable[[str, Any], dict[str, Any]]], Callable[[str, Any], dict[str, Any]]]:
    """views33: a confirmation of records already committed that fails to render says what was
    stored from its plain values (blocks.stored_fallback; was: the error path's "nothing was
    stored", of a meeting that was, which a seller then logged again). `rows_of`: the (kind,
    customer, day, times) of each record stored."""

    def wrap(fn: Callable[[str, Any], dict[str, Any]]) -> Callable[[str, Any], dict[str, Any]]:
        @functools.wraps(fn)
        def confirmed(language: str, done: Any) -> dict[str, Any]:
            try:
                return fn(language, done)
            except Exception as error:
                log.error(
                    "a confirmation failed to render: %s", type(error).__name__, exc_info=error
                )
                return blocks.stored_fallback(language, rows_of(done))

        return confirmed

    return wrap


# What the parser stores when a next step names only a date; shown in the reader's language.
DEFAULT_NEXT_STEP = N_("follow-up")


def error_reply(
    language: str,
    code: str,
    params: dict[str, Any],
    kind: str | None,
    *,
    stored: bool | None = False,
) -> dict[str, Any]:
    """What was wrong and a correct example. `stored=False` adds "Nothing was stored." (for
    commands that store); None says nothing about storing (for questions and settings)."""
    t = i18n.translations(language)
    params = message_params(params, lambda d: i18n.format_day(d, language), mrkdwn=True)
    # heldcmd32: a variant of a code's message says more of the same error (the two days of a
    # weekday and a date that disagree, both ahead)
    key = f"{code}_{params['variant']}" if "variant" in params else code
    message = t.gettext(MESSAGES.get(key) or MESSAGES.get(code, MESSAGES["empty"])) % params
    example = t.gettext(EXAMPLES[kind]) if kind in EXAMPLES else None
    return blocks.error_message(language, message, example, nothing_stored=stored is False)


def _step_said(
    t: Any, step: str | None, at: time | None = None, language: str = "en"
) -> str | None:
    """The next step as the seller reads it: the follow-up kpibot chose, in their language,
    with its time of day the language's way ("follow-up" at 10:00 is "oppfølging 10:00")."""
    if step == DEFAULT_NEXT_STEP:
        step = t.gettext(DEFAULT_NEXT_STEP)
    elif step is not None and step.startswith(DEFAULT_NEXT_STEP + " "):
        step = t.gettext(DEFAULT_NEXT_STEP) + step[len(DEFAULT_NEXT_STEP) :]
    return i18n.step_said(step, at, language) if step is not None else None


def _step_when(t: Any, logged: Logged, language: str) -> str | None:
    """The confirmation's next step: its words and time of day ("demo 10:00"), or, with a day
    and a time, the three as one says them ("demo fre. 4.12. kl. 10:00", flows26)."""
    if logged.next_time is None or logged.next_due is None or logged.next_step is None:
        return _step_said(t, logged.next_step, logged.next_time, language)
    words = _step_said(t, logged.next_step, None, language)
    return i18n.step_when(words, logged.next_due, logged.next_time, language)


def _foreign_krone(currency: str | None, team_currency: str | None) -> bool:
    """A krone not the team's: said by its code in a confirmation (i18n.format_money_in)."""
    return bool(team_currency and currency in i18n.KRONER and currency != team_currency)


def summary(language: str, logged: Logged) -> str:
    t = i18n.translations(language)
    return _logged_text(
        language,
        kind=logged.kind,
        customer=logged.customer,
        when=logged.when,
        amount=logged.amount,
        currency=logged.currency or "",
        # A krone not the team's (a Swede's "kr" in a NOK team): named by its code, so the
        # seller sees how the amount was read ("240 000 SEK", never a bare "kr"); other
        # currencies are written with their code or the euro sign already
        show_code=_foreign_krone(logged.currency, logged.team_currency),
        temperature=logged.temperature,
        next_what=_step_when(t, logged, language),
        next_due=logged.next_due,
        # a step with its time: its day said with it ("møte fre. 4.12. kl. 10:00"), no "by"
        next_at=bool(logged.next_time and logged.next_due and logged.next_step is not None),
        # left34: the week or month said ("i januar"), beside the day it is due by
        next_period=logged.next_period,
        margin=logged.margin,
        note=logged.note,
        new_customer=logged.new_customer,
        previous_amount=logged.previous_amount,
        previous_currency=logged.previous_currency or logged.currency or "",
        # The revised offer's own krone, by its code where it is not the team's (mendB32: a
        # DKK offer revised into NOK read "Revideret fra 520.000 kr. til 600.000 NOK")
        previous_code=_foreign_krone(
            logged.previous_currency or logged.currency, logged.team_currency
        ),
        separated_amount=logged.separated_from[0] if logged.separated_from else None,
        separated_currency=(logged.separated_from[1] if logged.separated_from else None)
        or logged.currency
        or "",
        times=logged.times,
        days=days_said(language, list(logged.days)) if logged.days else "",
        amended=logged.amended,
    )


# The confirmation's words typed by the seller: the template only prints them (escaped by
# text.plain) and asks whether they are empty. Everything else it reads is part of the key.
_TYPED = ("customer", "next_what", "note")
_MARK = re.compile("\x00([0-9])\x00")
_MARKED = object()
# (language, every value with each typed word that is not empty as _MARKED, their types, each
# Decimal's digits) -> the template rendered with a mark where each typed word goes, split at
# the marks: [text, typed word's place, text, …, text]
_LOGGED_TEXTS: dict[tuple[Any, ...], list[Any]] = {}
_LOGGED_TEXTS_MAX = 512


def _logged_text(language: str, **values: Any) -> str:
    """`render(language, "logged", **values)`, with Jinja run once for each key: what the seller
    typed (a new note every time) is put where its mark is, escaped as the template does it
    (tests/unit/test_reply_cuts24.py renders both ways and compares)."""
    typed = [values[name] for name in _TYPED]
    for name, value in zip(_TYPED, typed, strict=True):
        if type(value) is str and value != "":
            values[name] = _MARKED
    given = values.values()
    # Each value's type too, and a Decimal's digits: Decimal("1.0") equals Decimal("1") but
    # prints otherwise, as a Mrkdwn does an equal str.
    key = (
        language,
        *given,
        *map(type, given),
        *[str(value) for value in given if type(value) is Decimal],
    )
    parts = _LOGGED_TEXTS.get(key)
    if parts is None:
        marks = {
            name: f"\x00{i}\x00" if value is _MARKED else value
            for i, (name, value) in enumerate((name, values[name]) for name in _TYPED)
        }
        text = str(render_unstripped(language, "logged", **{**values, **marks}))
        parts = _MARK.split(text)
        for place in range(1, len(parts), 2):
            parts[place] = int(parts[place])
        if len(_LOGGED_TEXTS) >= _LOGGED_TEXTS_MAX:
            _LOGGED_TEXTS.clear()
        _LOGGED_TEXTS[key] = parts
    if len(parts) == 1:
        return Mrkdwn(parts[0].strip())
    said = list(parts)
    for place in range(1, len(said), 2):
        said[place] = plain(typed[said[place]])
    return Mrkdwn("".join(said).strip())


@_confirms(lambda x: [(x.kind, x.customer, x.when, x.times)])
def logged_reply(language: str, logged: Logged) -> dict[str, Any]:
    separate = (
        blocks.separate_value(logged.activity_id, logged.lead_id)
        if logged.revised and logged.lead_id is not None and not logged.duplicate
        else None
    )
    return blocks.logged_message(language, summary(language, logged), logged.activity_id, separate)


SEPARATED = {
    "already": N_("This offer is a deal of its own already; nothing was changed."),
    "forbidden": N_(
        "Only the seller who logged this offer can make it a deal of its own; nothing was changed."
    ),
    "missing": N_("I can't find that offer any more; nothing was changed."),
    "changed": N_(
        "This offer has changed since (undone, revised again, won or lost), so nothing was "
        "changed. To log another deal with the customer, say so: `%(example)s`"
    ),
}
SEPARATE_EXAMPLE = N_("/logoffer Equinor 250k separate offer -- pilot")


@_confirms(lambda done: [(x.kind, x.customer, x.when, x.times) for x in done.logged])
def logged_all_reply(language: str, done: LoggedAll) -> dict[str, Any]:
    """ "Record all" clicked: each row stored, one a line, as the question listed them."""
    undated = [*done.undated, *[False] * len(done.logged)]
    rows = [
        [x.kind, x.customer, x.when, x.times, x.amount, x.currency, undated[i]]
        for i, x in enumerate(done.logged)
    ]
    days = {row[2] for row in rows if row[6]}
    undated_day = days.pop() if len(days) == 1 else None
    count = sum(x.times for x in done.logged)
    text = render(
        language,
        "logged_all",
        rows=rows,
        undated_day=undated_day,
        undated_week=undated_day.isocalendar().week if undated_day else None,
        count=count,
        asked=len(done.asked),
        # mendC29: what waits for an answer, row by row, and how many the list had
        waiting=[list(row) for row in done.waiting],
        # (steps30: the figure said, the template only says it; with none waiting, the rows
        # stored and the questions asked)
        total=count + sum(int(row[3]) for row in done.waiting)
        if done.waiting
        else count + len(done.asked),
        # days27: the rows still to come, each its lead's next step
        plans=[[p.what, p.customer, p.due] for p in done.planned],
    )
    stored = [x.activity_id for x in done.logged]
    if not stored:
        return blocks.text_message(text)
    # Undo, as under every confirmation: all N at one click (session 25); a long list's rows in
    # as many sections as they need, never cut off (flows26)
    return blocks.logged_message(language, text, blocks.undo_all_value(stored), whole=True)


def recorded_already_reply(language: str, already: RecordedAlready) -> dict[str, Any]:
    """A list whose every row its author had logged already: said so, nothing stored (flows26)."""
    rows = [list(row) for row in already.rows]
    return blocks.text_message(render(language, "recorded_already", rows=rows, count=already.count))


def not_recorded_reply(language: str, rows: list[list[Any]]) -> dict[str, Any]:
    """A message's rows past those it asks about one by one, named as not recorded (flows26)."""
    count = sum(int(row[3]) for row in rows)
    return blocks.text_message(render(language, "not_recorded", rows=rows, count=count))


def record_all_edited_reply(language: str, edited: RecordAllEdited) -> dict[str, Any]:
    """A message whose "Record all" was clicked, edited: what the edit took back (session 25)."""
    text = render(
        language,
        "record_all_edited",
        rows=[list(row) for row in edited.removed],
        count=sum(row[3] for row in edited.removed),
        kept=edited.kept,
        asked=edited.asked is not None,
    )
    return blocks.text_message(text)


def undone_all_reply(language: str, undone: UndoneAll) -> dict[str, Any]:
    """The Undo under "Recorded all N" clicked: what went, or why nothing did."""
    text = render(
        language,
        "undone_all",
        state=undone.state,
        rows=[list(row) for row in undone.rows],
        count=undone.count,
        owner=mention(undone.owner) if undone.owner else "",
    )
    return blocks.text_message(text)


def separated_reply(language: str, state: str) -> dict[str, Any]:
    t = i18n.translations(language)
    text = t.gettext(SEPARATED[state])
    if state == "changed":
        text = text % {"example": t.gettext(SEPARATE_EXAMPLE)}
    return blocks.text_message(text)


def log_reply(language: str, outcome: Logged | Question) -> dict[str, Any]:
    """The confirmation, or the question asked before anything is stored."""
    if isinstance(outcome, Question):
        return question_reply(language, outcome)
    return logged_reply(language, outcome)


def _option_label(language: str, question: Question, option: str) -> str:
    t = i18n.translations(language)
    params = question.params
    if option.startswith("pick:") and params.get("second_name"):
        # "Marks and Spencer": one customer of both names, or the two (session 23)
        name = str(params["suggestions"][int(option.split(":", 1)[1])])
        return t.gettext(blocks.OPTION_LABELS["one_customer"]) % {"name": name}
    if option.startswith(questions.TIMES):  # heldmsg33: "2 calls" / "3 meetings"
        return _talks(t, str(params["kind"]), int(option.removeprefix(questions.TIMES)))
    if option == "mend" and params.get("change") == "count":
        # mendE31: "Add 1 meeting" / "Take back 1 call"
        count, was = int(params["count"]), int(params["was_count"])
        talks = _talks(t, str(params["kind"]), abs(count - was))
        key = "mend_count_add" if count > was else "mend_count_remove"
        return t.gettext(blocks.OPTION_LABELS[key]) % {"talks": talks}
    if option == "mend" and params.get("change", "amount") != "amount":
        # "Move it to Mon 30 Nov", "Change the customer to Shell", "Change it to an offer" (26)
        change = params["change"]
        said = {
            "day": lambda: i18n.format_day(date.fromisoformat(str(params.get("day"))), language),
            "customer": lambda: str(params.get("new_customer")),
            "kind": lambda: t.gettext(blocks.KIND_WITH_ARTICLE[str(params.get("new_kind"))]),
        }[change]()
        key = f"mend_{change}"
        if change == "day" and int(params.get("count") or 1) > 1:
            key = "mend_day_all"  # mendE31: "Move all 2 to Tue 1 Dec"
        elif change != "day" and int(params.get("count") or 1) > 1:
            # views32: "Change all 3 to Telia", "Change them to 3 meetings" / "… to an offer"
            key = f"mend_{change}_all"
            if change == "kind" and params.get("new_kind") in ("meeting", "call"):
                said = _talks(t, str(params["new_kind"]), int(params["count"]))
        return t.gettext(blocks.OPTION_LABELS[key]) % {
            "date": said,
            "name": said,
            "all": i18n.all_of(int(params.get("count") or 1), language),
        }
    if option.startswith("mend:"):
        # mendD33: "Tine, offer: kr 540 000 → kr 450 000", one button per record at the number
        row = params["records"][int(option.removeprefix("mend:"))]
        kind = t.gettext(blocks.KIND_WORDS[str(row["kind"])])
        was = i18n.format_money(Decimal(str(row["was"])), row.get("was_currency"), language)
        amount = i18n.format_money(Decimal(str(row["amount"])), row.get("currency"), language)
        return f"{row['customer']}, {kind}: {was} → {amount}"
    if option == "mend":  # "Change it to kr 350 000": a correction's record (session 25)
        amount = Decimal(str(params["amount"]))
        said = i18n.format_money(amount, params.get("currency"), language)
        return t.gettext(blocks.OPTION_LABELS["mend"]) % {"amount": said}
    if option in ("record", "plan") and params.get("ahead"):
        # "Møte med DNB fredag kl 14": "Held Fri 27 Nov" / "Coming Fri 4 Dec" (session 25)
        key = "held_on" if option == "record" else "coming_on"
        day = params["when"] if option == "record" else params["ahead"]
        said = i18n.format_day(date.fromisoformat(str(day)), language)
        return t.gettext(blocks.OPTION_LABELS[key]) % {"date": said}
    if option == "record" and params.get("together"):
        return t.gettext(blocks.OPTION_LABELS["my_win"])  # mendG31: won with a colleague
    if option == questions.THEIRS:
        return t.gettext(blocks.OPTION_LABELS["theirs"]) % {"name": params.get("together")}
    if option == "record" and params.get("second_name"):
        names = f"{params['customer']}, {params['second_name']}"
        return t.gettext(blocks.OPTION_LABELS["two_customers"]) % {"name": names}
    if option.startswith("pick:") and question.code == "place_name":
        # session 48: "/logmeeting Bergen": "Bergen is the customer"
        return t.gettext(blocks.OPTION_LABELS["place_customer"]) % {"name": params["customer"]}
    if option.startswith("pick:"):
        return str(params["suggestions"][int(option.split(":", 1)[1])])
    if option in ("another", "same") and len(params.get("customers") or ()) > 1:
        # steps30: the merged "another one, or the same?" (mendC29) asks about several pairs:
        # its buttons say so (were "Log another" / "It was the same")
        return t.gettext(blocks.OPTION_LABELS[f"{option}_all"])
    if option == AHEAD_MONTH:
        key = {"offer": "ahead_month", "win": "ahead_month_win"}.get(
            str(params.get("kind")), "ahead_month_plan"
        )
        return t.gettext(blocks.OPTION_LABELS[key]) % {"said": params.get("said")}
    if option.startswith(questions.RANGE):
        # steps30: "Low: kr 250 000" / "Middle: kr 275 000" / "High: kr 300 000"
        end = option.removeprefix(questions.RANGE)
        amount = Decimal(str(params[end]))
        # mendD34: each end in its currency, the seller's krone when none is said (was: no
        # "kr" on "1,2 eller 1,5 mill"'s buttons); two alternatives' buttons the amount alone
        currency = (params.get("shown") or {}).get(end) or params.get("currency")
        said = (
            i18n.format_money(amount, currency, language)
            if currency
            else i18n.format_number(amount, language)
        )
        if params.get("either"):
            return said
        return t.gettext(blocks.OPTION_LABELS[f"range_{end}"]) % {"amount": said}
    if option.startswith(questions.STEP_ON):
        # mendC30: "Plan it Wed 16 Dec" / "Next step Wed 16 Dec": a weekday and a date that
        # disagree, each reading on its button
        day = i18n.format_day(date.fromisoformat(option.removeprefix(questions.STEP_ON)), language)
        if params.get("planned"):
            return t.gettext(blocks.OPTION_LABELS["ahead_month_plan"]) % {"said": day}
        return t.gettext(blocks.OPTION_LABELS["step_on"]) % {"date": day}
    if option.startswith(questions.STEP):  # a talk booked with no day: due by then
        day = i18n.format_day(date.fromisoformat(option.removeprefix(questions.STEP)), language)
        return t.gettext(blocks.OPTION_LABELS["step"]) % {"date": day}
    if option.startswith(questions.DAY):
        return i18n.format_day(date.fromisoformat(option.removeprefix(questions.DAY)), language)
    if option.startswith("currency:") and params.get("numbers"):
        return option.split(":", 1)[1]  # mendC29: one answer for several amounts, each named above
    if option.startswith("currency:"):
        # Named by its code, never "118.000 kr." (whose krone?): "DKK 118 000" / "NOK 118 000"
        return i18n.format_money(params["number"], option.split(":", 1)[1], language, code=True)
    if (waiting := waiting_option(option)) is not None or option == "open_offer":
        # "Won at SEK 2 100 000" (the revision still asked about) / "… 2 400 000" (the open offer)
        which = "revised" if waiting is not None else "open"
        chosen = waiting[1] if waiting is not None else None  # a bare amount's, offered in each
        said = i18n.format_money(
            params[f"{which}_amount"],
            chosen or params[f"{which}_currency"],
            language,
            code=bool(params.get("code")),
        )
        return t.gettext(blocks.OPTION_LABELS["won_at"]) % {"amount": said}
    if option.startswith("lead:"):
        return _offer_label(language, params, int(option.split(":", 1)[1]))
    if option in (questions.AS_READ_NAME, questions.OTHER_READING):
        # "Studio 54 · kr 250 000" / "Studio · kr 54 250 000": each reading as it is stored
        other = option == questions.OTHER_READING
        if "other_note" in params:
            # a loss: "Studio 54 · 250 000 kr, pris" / "Studio · 54 250 000 kr, pris"
            note = params["other_note" if other else "note"]
            return f"{params['other_customer' if other else 'customer']} · {note}"[:75]
        amount = Decimal(str(params["other_amount" if other else "amount"]))
        currency = params.get("currency")
        money = (
            i18n.format_money(amount, currency, language)
            if currency
            else i18n.format_number(amount, language)
        )
        return f"{params['other_customer' if other else 'customer']} · {money}"
    if option == "record_all" and params.get("this_week_commands") is not None:
        # days27. "Last week: Mon 23 Nov and Thu 26 Nov" beside "This week: Monday done,
        # Thursday planned": each reading by its days
        days = sorted({date.fromisoformat(str(row[2])) for row in params["rows"]})
        said = days_said(language, days, year=False)
        return t.gettext(blocks.OPTION_LABELS["last_week"]) % {"days": said}
    if option == "this_week" and not params["this_week_rows"]:
        # lists28. "Tors: møte Telenor. Fre: tilbud Tine 1,2 mill" on a Tuesday: all plans
        return t.gettext(blocks.OPTION_LABELS["this_week_plans"]) % {
            "planned": _weekdays(language, [row[2] for row in params["this_week_plans"]]),
        }
    if option == "this_week":
        return t.gettext(blocks.OPTION_LABELS["this_week"]) % {
            "done": _weekdays(language, [row[2] for row in params["this_week_rows"]]),
            "planned": _weekdays(language, [row[2] for row in params["this_week_plans"]]),
        }
    if option == "record_all":  # "Record all 6": every row of a week told by its days
        # one row is "Record", never "Record all 1" (flows26): the language's plural forms
        count = int(params["count"])
        label = t.npgettext("button", "Record", "Record %(all)s", count)
        return label % {"all": i18n.all_of(count, language)}
    if option == "new":
        return t.gettext(blocks.OPTION_LABELS["new"]) % {"name": params.get("typed", "")[:50]}
    if option in ("record", questions.PRICE) and params.get("price") is not None:
        # "85k/mnd …, 24 mnd binding": the whole value and the price, each on its button
        amount = Decimal(str(params["price" if option == questions.PRICE else "amount"]))
        currency = params.get("currency")
        said = (  # a command's bare amount: the number alone, as its question says it
            i18n.format_money(amount, currency, language)
            if currency
            else i18n.format_number(amount, language)
        )
        return t.gettext(blocks.OPTION_LABELS[questions.WHOLE]) % {"amount": said}
    if option == questions.WHOLE or (option == "as_read" and params.get("whole") is not None):
        # "28 000/mnd i 12 mnd": each reading with the amount it stores
        amount = Decimal(str(params["whole" if option == questions.WHOLE else "amount"]))
        currency = params.get("currency")
        said = (
            i18n.format_money(amount, currency, language)
            if currency
            else i18n.format_number(amount, language)
        )
        return t.gettext(blocks.OPTION_LABELS[questions.WHOLE]) % {"amount": said}
    if option == "plan" and question.code == "talk_ahead":
        # "Plan a meeting with Veidekke Wed 2 Dec kl 9": what the click stores (session 24)
        day = i18n.format_day(params["date"], language)
        when = f"{day} {params['clock']}" if params.get("clock") else day
        label = blocks.OPTION_LABELS[f"plan_{params['kind']}"]
        customer = str(params["customer"])
        if len(customer) > PLAN_NAME:  # the day and time stay whole on the button
            customer = customer[: PLAN_NAME - 1] + "…"
        return t.gettext(label) % {"customer": customer, "date": when}
    if option == questions.EDIT and (params.get("place") or params.get("nameless")):
        return t.gettext(blocks.OPTION_LABELS["edit_place"])  # "Møte i Drammen" (readers24)
    if option == questions.DAYS:
        # "Log 2 calls with Orkla: Mon 30 Nov and Wed 2 Dec": each talk on its day (readers24)
        label = t.gettext(blocks.OPTION_LABELS[f"days_{params['kind']}"])
        days = [date.fromisoformat(str(day)) for day in params["days"]]
        said = {"count": len(days), "days": days_said(language, days, year=False)}
        customer = str(params["customer"])
        over = len(label % {**said, "customer": customer}) - blocks.BUTTON_TEXT
        if over > 0:  # the days stay whole on the button, the name is cut
            customer = customer[: max(1, len(customer) - over - 1)] + "…"
        return label % {**said, "customer": customer}
    if option in ("held", "booked") and params.get("due") is not None:
        day = i18n.format_day(params["due"], language)
        return t.gettext(blocks.OPTION_LABELS[option]) % {"date": day}
    return t.gettext(blocks.OPTION_LABELS[option])


def days_said(language: str, days: list[date], *, year: bool = True) -> str:
    """ "Mon 30 Nov and Wed 2 Dec" / "man. 30. nov. og ons. 2. des.": the days, in order."""
    said = [i18n.format_day(day, language) for day in days]
    if not year:
        said = [text.removesuffix(f" {day.year}") for text, day in zip(said, days, strict=True)]
    if len(said) < 2:
        return "".join(said)
    both = i18n.translations(language).gettext(DAYS_JOINED)
    return both % {"first": ", ".join(said[:-1]), "last": said[-1]}


DAYS_JOINED = N_("%(first)s and %(last)s")


def _weekdays(language: str, days: list[Any]) -> str:
    """ "mandag og tirsdag": the weekdays of these days, each once, in order."""
    said = [
        i18n.weekday_name(day, language)
        for day in sorted({date.fromisoformat(str(d)).weekday() for d in days})
    ]
    if len(said) < 2:
        return "".join(said)
    both = i18n.translations(language).gettext(DAYS_JOINED)
    return both % {"first": ", ".join(said[:-1]), "last": said[-1]}


# A customer's name on a "Plan a meeting with … <day> kl 14" button, at most: with the longest
# translation and day the label fits a button unshortened (tests/unit/test_slack_limits.py).
PLAN_NAME = 23


def _offer_label(language: str, params: dict[str, Any], lead_id: int) -> str:
    """One of a customer's open offers on its button: amount, day sent, its note's first words."""
    for lead, amount, currency, sent, words in params.get("offers") or ():
        if int(lead) == lead_id:
            parts = [i18n.format_money(Decimal(amount), str(currency), language)]
            if sent:
                day = sent if isinstance(sent, date) else date.fromisoformat(str(sent))
                parts.append(i18n.format_day(day, language))
            if words:
                parts.append(f"“{words}”")
            return ", ".join(parts)
    return "?"


def question_reply(language: str, question: Question) -> dict[str, Any]:
    t = i18n.translations(language)
    params = dict(question.params)
    if "kind" in params:
        params["kind_word"] = t.gettext(blocks.KIND_WORDS[params["kind"]])
        params["kind_a"] = t.gettext(blocks.KIND_WITH_ARTICLE[params["kind"]])
    if "new_kind" in params:
        params["new_kind_a"] = t.gettext(blocks.KIND_WITH_ARTICLE[params["new_kind"]])
    params.pop("code", None)
    # mendE32: a correction's "Or was this another one?" only beside its "Log another" button
    # (views32 took the button away from an offer or win with no amount; the words stayed)
    params["another"] = "another" in question.options
    if params.get("numbers"):  # mendC29: one question for several amounts
        params["numbers_said"] = ", ".join(
            i18n.format_number(Decimal(str(n)), language) for n in params["numbers"]
        )
    if params.get("customers"):  # mendC29: one question for several customers
        params["customers_said"] = Mrkdwn(", ".join(f"*{plain(c)}*" for c in params["customers"]))
    if question.code == "booked_when" and params.get("what") in ("meeting", "call"):
        params["what"] = t.gettext(blocks.KIND_WORDS[params["what"]])  # planned by its kind
    if params.get("what") == DEFAULT_NEXT_STEP:
        params["what"] = t.gettext(DEFAULT_NEXT_STEP)  # the follow-up kpibot named (steps30)
    elif str(params.get("what") or "").startswith(DEFAULT_NEXT_STEP + " "):
        # mendC32: with its time ("neste steg i mars kl 14": "oppfølging kl 14"), as _step says it
        what = str(params["what"])
        params["what"] = t.gettext(DEFAULT_NEXT_STEP) + what[len(DEFAULT_NEXT_STEP) :]
    if params.get("span_step") == DEFAULT_NEXT_STEP:
        params["span_step"] = t.gettext(DEFAULT_NEXT_STEP)  # left34: the follow-up kpibot named
    if isinstance(params.get("span_due"), str):
        params["span_due"] = date.fromisoformat(params["span_due"])  # kept as JSON
    if params.get("step_kept"):  # heldmsg34: the step said beside a record asked about
        what, due = params["step_kept"]
        what = t.gettext(DEFAULT_NEXT_STEP) if what == DEFAULT_NEXT_STEP else what
        params["step_kept"] = [what, due if isinstance(due, date) else date.fromisoformat(due)]
    if question.code == WHICH_DAY_PICK:
        # cmds28: a day of a longer period ("i desember"), picked in a date picker
        for key in ("first", "last", "initial", "coming", "coming_last"):
            if key in params:
                params[key] = date.fromisoformat(str(params[key]))
        text = render(language, "question", code=question.code, **params)
        others = [
            (o, _option_label(language, question, o))
            for o in question.options
            if o not in (PICKED_DAY, questions.CANCEL)
        ]
        return blocks.day_picker_message(
            text,
            question.token,
            params["initial"],
            questions.CANCEL,
            _option_label(language, question, questions.CANCEL),
            t.gettext(PICK_A_DAY),
            others,
        )
    text = render(language, "question", code=question.code, **params)
    options = [(o, _option_label(language, question, o)) for o in question.options]
    return blocks.question_message(language, text, question.token, options)


PICK_A_DAY = N_("Pick the day")
THEIRS = N_("OK, nothing was stored: it's *%(name)s*'s win to log, with /logwin.")


ANSWERED = {
    "already": N_("This was answered already."),
    # asked from a nudge DM's lead, answered after it was won or lost (flows26): as the form says
    "lead_closed": N_(
        "This lead has been won or lost since the reminder, so nothing was logged or planned "
        "on it. For a new deal with the customer, log its meeting or call with /logmeeting or "
        "/logcall."
    ),
    "forbidden": N_("This question was for someone else; nothing was changed."),
    "missing": N_("I can't find that question any more. Nothing was stored; log it again."),
    "expired": N_("This question is more than a week old. Nothing was stored; log it again."),
    # left34: a button whose value does not read as its kind of answer (tampered, or old)
    "stale": N_("That button is out of date, so nothing was stored. Log it again."),
    "cancelled": N_("OK, nothing was stored."),
    "same": N_("OK, it counts once: nothing more was stored."),
    "not_a_sale": N_("OK, I'll leave that message alone."),
    # a correction's "Change it" after the record was undone or mended since (session 25)
    "changed": N_(
        "That record has changed since (undone or corrected already), so nothing was changed."
    ),
    "superseded": N_(
        "The message was edited since, so this question is out of date and nothing was stored. What it says now is what counts: its ✅, or my newer question about it."
    ),
}
# cmds28: a day picked in a period's date picker that cannot be the one asked about
DAY_NOT_OF_IT = {
    "day_ahead": N_(
        "%(date)s has not come yet, and this was done already: pick the day it was done. "
        "Nothing was stored."
    ),
    "day_outside": N_(
        "%(date)s is not in “%(said)s” (%(first)s to %(last)s): pick a day in it, or Cancel and "
        "log it with its own date. Nothing was stored."
    ),
}
DELETED = N_(
    "That message was deleted, so nothing was recorded. If it was a sale all the same, "
    "log it with a command: `%(command)s`"
)


PLANNED = N_(
    "Planned: *%(what)s* with *%(customer)s* on %(date)s, as the lead's next step. "
    "It counts when you log it as held."
)
PLANNED_IN = N_(
    "Planned: *%(what)s* with *%(customer)s* %(period)s (by %(date)s), as the lead's next step. "
    "It counts when you log it as held."
)
PLANNED_BY = N_(
    "Planned: *%(what)s* with *%(customer)s* by %(date)s, as the lead's next step. "
    "It counts when you log it as held."
)


def planned_reply(
    language: str, planned: Planned, message: tuple[str, str] | None = None
) -> dict[str, Any]:
    """ "Planned: *meeting* with *Statkraft* on Thu 3 Dec …", with an Undo that takes the step
    back (mendE32; `message`: the channel message it was read from, whose ✅ goes with it)."""
    t = i18n.translations(language)
    # days29: a time of day is never part of the step's name ("møte kl 10" was shown so): the
    # words, and the time beside the day, as the lead keeps them (next_step_time)
    words, at = split_time(planned.what)
    what = blocks.KIND_WORDS.get(words)
    day = i18n.format_day(planned.due, language)
    if at is not None:
        at_said = i18n.format_clock(at, language)
        day = i18n.translate(
            language, "%(what)s %(date)s at %(time)s", what="", date=day, time=at_said
        )
    params = message_params(
        {
            "what": t.gettext(what) if what else words,
            "customer": planned.customer,
            "date": day.strip(),
            "period": planned.period or "",
        },
        lambda d: i18n.format_day(d, language),
        mrkdwn=True,
    )
    if planned.period:
        # left34: "Booket møte med Rema i januar": the month said, beside the day it is due by
        text = t.gettext(PLANNED_IN) % params
    else:
        text = t.gettext(PLANNED_BY if planned.by else PLANNED) % params
    value = blocks.plan_undo_value(planned.made, message) if planned.made else None
    if value is None:
        return blocks.text_message(text)
    return blocks.logged_message(language, text, value)


UNDONE_PLAN = {
    "undone": N_(
        "↩️ Taken back: *%(what)s* with *%(customer)s* on %(date)s is no longer planned as the "
        "lead's next step. Nothing was counted, so nothing else changed."
    ),
    "already": N_(
        "That plan was taken back already, or the lead's next step was planned anew since: "
        "nothing changed."
    ),
    "forbidden": N_(
        "That plan is on another seller's lead: only they or their manager can undo it."
    ),
}


def undone_plan_reply(language: str, undone: UndonePlan) -> dict[str, Any]:
    """mendE32. A plan's Undo, said."""
    t = i18n.translations(language)
    what = blocks.KIND_WORDS.get(undone.what)
    params = message_params(
        {
            "what": t.gettext(what) if what else undone.what,
            "customer": undone.customer or "",
            "date": i18n.format_day(undone.due, language) if undone.due else "",
        },
        lambda d: i18n.format_day(d, language),
        mrkdwn=True,
    )
    return blocks.text_message(t.gettext(UNDONE_PLAN[undone.state]) % params)


CORRECTED = {
    "win": N_(
        "✏️ Corrected: your *win* with *%(customer)s* on %(date)s is now %(amount)s (was %(was)s). "
        "Still one deal: nothing else changed."
    ),
    "offer": N_(
        "✏️ Corrected: your *offer* to *%(customer)s* of %(date)s is now %(amount)s (was %(was)s). "
        "Still one offer: nothing else changed."
    ),
}


def corrected_reply(language: str, done: Corrected) -> dict[str, Any]:
    """A correction's "Change it": the record mended in place, said as such (session 25)."""
    t = i18n.translations(language)
    params = message_params(
        {
            "customer": done.customer,
            "date": done.when,
            "amount": i18n.format_money(done.amount, done.currency, language),
            "was": i18n.format_money(done.was, done.was_currency, language),
        },
        lambda d: i18n.format_day(d, language),
        mrkdwn=True,
    )
    return blocks.text_message(t.gettext(CORRECTED[done.kind]) % params)


def _talks(t: Any, kind: str, count: int) -> str:
    """ "2 calls", "1 meeting" (mendE31)."""
    if kind == "call":
        return t.ngettext("%(count)s call", "%(count)s calls", count) % {"count": count}
    return t.ngettext("%(count)s meeting", "%(count)s meetings", count) % {"count": count}


AMENDED = {
    # mendE31: a log's count corrected ("det var 2 møter med Telenor, ikke 1")
    "count": N_("✏️ Corrected: *%(kind)s* with *%(customer)s* on %(date)s now (was %(was)s)."),
    # mendE31: a log of N moved whole
    "day_all": N_(
        "✏️ Moved: your *%(kind)s* with *%(customer)s* are now on %(date)s (was %(was)s). "
        "Still %(count)s: nothing else changed."
    ),
    "day": N_(
        "✏️ Moved: your *%(kind)s* with *%(customer)s* is now on %(date)s (was %(was)s). "
        "Still one: nothing else changed."
    ),
    "customer": N_(
        "✏️ Corrected: %(kind)s of %(date)s is now with *%(customer)s* (was %(was)s). "
        "Still one: nothing else changed."
    ),
    "kind": N_(
        "✏️ Corrected: your record with *%(customer)s* of %(date)s is now %(kind)s (was %(was)s). "
        "Still one: nothing else changed."
    ),
    # views32: a log of N's customer or kind, changed whole
    "customer_all": N_(
        "✏️ Corrected: your *%(kind)s* of %(date)s are now with *%(customer)s* (was %(was)s). "
        "Still %(count)s: nothing else changed."
    ),
    "kind_all": N_(
        "✏️ Corrected: your records with *%(customer)s* of %(date)s are now *%(kind)s* "
        "(were %(was)s). Still %(count)s: nothing else changed."
    ),
    "kind_one": N_(
        "✏️ Corrected: your *%(was)s* with *%(customer)s* of %(date)s are now one record, "
        "%(kind)s. Nothing else changed."
    ),
}


# An offer is "to" its customer, not "with" it (mendF31).
AMENDED_OFFER = {
    "day": N_(
        "✏️ Moved: your *%(kind)s* to *%(customer)s* is now on %(date)s (was %(was)s). "
        "Still one: nothing else changed."
    ),
}


def amended_reply(language: str, done: Amended) -> dict[str, Any]:
    """A correction's "Move it" / "Change the customer" / "Change it to …" done (session 26)."""
    t = i18n.translations(language)
    if done.change == "day":
        kind, was = t.gettext(blocks.KIND_WORDS[done.kind]), date.fromisoformat(done.was)
    elif done.change == "customer":
        kind, was = t.gettext(blocks.KIND_WITH_ARTICLE[done.kind]), done.was
    elif done.change == "count":
        kind, was = _talks(t, done.kind, done.count), done.was
    else:
        kind = t.gettext(blocks.KIND_WITH_ARTICLE[done.kind])
        was = t.gettext(blocks.KIND_WITH_ARTICLE[done.was])
    key = done.change
    if done.change == "day" and done.count > 1:
        key = "day_all"
        kind = _talks(t, done.kind, done.count)
    elif done.change == "customer" and done.count > 1:
        key, kind = "customer_all", _talks(t, done.kind, done.count)  # views32
    elif done.change == "kind" and done.count > 1:
        was = _talks(t, done.was, done.count)
        key = "kind_all" if done.kind in ("meeting", "call") else "kind_one"
        if key == "kind_all":
            kind = _talks(t, done.kind, done.count)
    params = message_params(
        {"kind": kind, "customer": done.customer, "date": done.when, "was": was},
        lambda d: i18n.format_day(d, language),
        mrkdwn=True,
    )
    said = AMENDED_OFFER.get(key) if done.kind == "offer" else None
    return blocks.text_message(t.gettext(said or AMENDED[key]) % {**params, "count": done.count})


NOT_CORRECTED = {
    "nothing": N_(
        "I found no record of yours from today or the working day before that this corrects, "
        "so nothing was changed. Name the record, e.g. “Correction: Nammo was 350k, not 320k”, "
        "or reply in the thread of the message you are correcting."
    ),
    "colleague": N_(
        "That record is %(owner)s's: only they (or a manager, with Undo) can change it, "
        "so nothing was changed."
    ),
    "already": N_("Your record says so already, so nothing was changed: it counts once."),
    # mendD33: "mente 450 ikke 640" with no record of theirs at 640
    "denied": N_(
        "No record of yours from today or the working day before is at %(was)s, so nothing "
        "was changed. Name the record you mean, e.g. “Correction: %(customer)s was %(amount)s, "
        "not %(was)s”."
    ),
    # cmds27: a correction naming a customer mends this week's and last week's records only
    "too_old": N_(
        "Your record of %(date)s is older than last week, so a correction in the channel does "
        "not change it. Change it in the app: Undo it under “Recently logged” in the App Home, "
        "then log it as it was: `%(command)s`"
    ),
}


def not_corrected_reply(
    language: str,
    state: str,
    owner: str | None,
    *,
    when: date | None = None,
    command: str | None = None,
    example: tuple[str, Decimal, Decimal] | None = None,
) -> dict[str, Any]:
    """A correction that changes nothing, said kindly, with how to say it (session 26)."""
    t = i18n.translations(language)
    text = t.gettext(NOT_CORRECTED[state])
    if state == "colleague":
        text = text % {"owner": mention(owner or "")}
    if state == "denied" and example is not None:
        customer, amount, was = example
        said = {
            "amount": i18n.format_number(amount, language),
            "was": i18n.format_number(was, language),
        }
        text = text % {"customer": customer, **said}
    if state == "too_old":
        day = i18n.format_day(when, language) if when else ""
        text = text % {"date": day, "command": command or ""}
    return blocks.text_message(text)


SWAP_ASKS = N_(
    "Nothing was changed yet: *%(was)s* → *%(becomes)s* needs an answer of its own first. "
    "Undo the record under its confirmation, then log it as meant: `%(command)s`"
)


def answered_reply(language: str, answered: Answered) -> dict[str, Any]:
    t = i18n.translations(language)
    if answered.state == "swap_asks":
        # cmds27: what the correction would change, never "changed since"
        named = {
            side: t.gettext(blocks.KIND_WORDS[value]) if value in blocks.KIND_WORDS else value
            for side, value in (("was", answered.was or ""), ("becomes", answered.becomes or ""))
        }
        params = message_params(named, str, mrkdwn=True)
        return blocks.text_message(
            t.gettext(SWAP_ASKS) % {**params, "command": answered.command or ""}
        )
    if answered.state == "deleted":
        return blocks.text_message(t.gettext(DELETED) % {"command": answered.command or ""})
    if answered.state == "theirs":  # mendG31: a win won with a colleague, theirs to log
        said = message_params({"name": answered.said or ""}, str, mrkdwn=True)
        return blocks.text_message(t.gettext(THEIRS) % said)
    if answered.state in DAY_NOT_OF_IT and answered.picked is not None:
        # cmds28: a day picked outside the period asked about, or ahead: nothing stored
        days = {
            "date": i18n.format_day(answered.picked, language),
            "first": i18n.format_day(answered.first or answered.picked, language),
            "last": i18n.format_day(answered.last or answered.picked, language),
        }
        said = message_params({"said": answered.said or ""}, str, mrkdwn=True)
        return blocks.text_message(t.gettext(DAY_NOT_OF_IT[answered.state]) % {**days, **said})
    return blocks.text_message(t.gettext(ANSWERED[answered.state]))


def kept_offer_reply(language: str, kept: KeptOffer) -> dict[str, Any]:
    """An offer whose message was deleted, kept (a later entry built on it), with Undo."""
    text = render(language, "deleted_offer_kept", customer=kept.customer, when=kept.when)
    return blocks.logged_message(language, text, kept.activity_id)


def deleted_record_reply(language: str, gone: GoneFromReported) -> dict[str, Any]:
    """A recorded message deleted after its week's digest named the record: its author told."""
    t = i18n.translations(language)
    command = next(c for c, k in LOG_COMMANDS.items() if k == gone.kind.value)
    text = render(
        language,
        "deleted_record",
        kind_word=t.gettext(blocks.KIND_WITH_ARTICLE[gone.kind.value]),
        kind=gone.kind.value,
        customer=gone.customer,
        when=gone.when,
        week=gone.week,
        command=command,
    )
    return blocks.text_message(text)


def undone_reply(language: str, undone: Undone) -> dict[str, Any]:
    t = i18n.translations(language)
    text = render(
        language,
        "undone",
        state=undone.state,
        kind_word=t.gettext(blocks.KIND_WORDS[undone.kind]) if undone.kind else "",
        customer=undone.customer or "",
        when=undone.when,
        customer_removed=undone.customer_removed,
        times=undone.times,
        kind=undone.kind,
        revised_from=undone.revised_from,
    )
    return blocks.text_message(text)
