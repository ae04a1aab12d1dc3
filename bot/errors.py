"""Domain exceptions, the words users see for them, and the one @app.error handler."""

from __future__ import annotations

import json
import logging
from datetime import date
from typing import Any

from bot.i18n import N_

log = logging.getLogger(__name__)


class UserError(ValueError):
    """Something the person can fix. `code` picks the message, `params` fill it in. Raised by
    parsers and use cases; the one handler below (or a form's inline errors) says it."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code, params)
        self.code = code
        self.params = params

    def __repr__(self) -> str:
        return f"UserError({self.code!r}, **{self.params!r})"


class BadPayload(ValueError):
    """A signed payload without what this request needs (an event with no user, a view without
    its state): Slack's to fix, not ours. Said as "nothing was stored", logged in one line."""


class NotAPerson(Exception):
    """The requester is no person Slack knows as one: a bot user, an app user, a deactivated
    account (users.info). Nothing is recorded for it and nothing said: it is nobody's seller."""


class WinNeedsAmount(UserError):
    def __init__(self, customer: str) -> None:
        super().__init__("win_needs_amount", customer=customer)


# What went wrong, per UserError code. Params are filled in after translation.
MESSAGES: dict[str, str] = {
    "empty": N_("Which customer? Write the customer's name after the command."),
    "another_command": N_(
        "“%(verb)s” says what %(command)s logs. To log it: `%(command)s %(text)s`"
    ),
    "log_help": N_(
        "Write the customer's name first, then what you know: the amount, the day (today if none), how warm the lead is and the next step with its day. A note goes after --."
    ),
    "language_missing": N_(
        "Which language? en (English), nb (norsk), sv (svenska) or da (dansk); auto follows your Slack and your team again."
    ),
    "language_unknown": N_(
        "“%(typed)s” is not a language I write. Choose en (English), nb (norsk), sv (svenska) or da (dansk); auto follows your Slack and your team again."
    ),
    "bare_currency_unknown": N_(
        "“%(typed)s” is not one to choose: your amounts without a currency are in %(krone)s or %(team)s (or write ask, and I ask at the next one)."
    ),
    "not_a_customer": N_(
        "Which customer? “%(text)s” is not a customer's name. Write the customer's name first, then the details. A customer really called that: put the name in quotes."
    ),
    "too_long": N_(
        "That is longer than %(limit)s characters. Keep it to one line and put details in a note after --."
    ),
    "name_too_long": N_(
        "A customer's name of %(length)s characters is more than the %(limit)s a name may have. Write the name, then the details after it, or in a note after --."
    ),
    "customer_name_too_long": N_(
        "A customer's name of %(length)s characters is more than the %(limit)s a name may have. Give a shorter name."
    ),
    "control_chars": N_(
        "The text contains invisible control characters. Please type it again without them."
    ),
    "bad_amount": N_("I could not read “%(text)s” as an amount."),
    "form_bad_amount": N_(
        "I could not read “%(text)s” as an amount. Type the deal's whole value, for example "
        "1,2 mill, 450k or 1 200 000."
    ),
    "form_amount_per_period": N_(
        "“%(text)s” is a price per period. Type the deal's whole value here (the price times the months or years it runs) and the terms in the note."
    ),
    "form_amount_with_vat": N_(
        "“%(text)s” includes VAT. Offers, wins and the pipeline are counted without it: type the amount without VAT, for example %(net)s (without %(rate)s %% VAT), or the price as agreed."
    ),
    "negative_amount": N_("The amount “%(text)s” is negative. Amounts must be above zero."),
    "amount_too_large": N_("“%(text)s” is larger than any deal I can store."),
    "missing_amount": N_("An offer needs an amount after the customer's name."),
    "other_currency": N_(
        "kpibot counts in NOK, SEK, DKK, EUR, USD and GBP, not in %(currency)s. Give the amount in one of those."
    ),
    "unclear_amount": N_(
        "“%(text)s” is too small for a deal as it stands. Write the amount in full or with its unit: 1,2 mill, 450k or 1 200 000."
    ),
    "name_or_amount": N_(
        "Is “%(number)s” part of the name or the amount? A new customer with a number in its name goes in quotes: “%(customer)s %(number)s”. An amount with its unit: %(number)s kr."
    ),
    "name_or_day": N_(
        "Is “%(day)s” part of the name or the day, %(date)s? A new customer with it in its name goes in quotes: “%(customer)s %(day)s”. The day written with dots: `%(customer)s %(dotted)s`."
    ),
    "grouped_amount": N_(
        "Is “%(number)s” part of the name or the amount? For %(amount)s write it without the space: %(customer)s %(joined)s. A new customer with a number in its name goes in quotes: “%(customer)s %(number)s” %(rest)s."
    ),
    "day_in_note": N_(
        "Your note says “%(day)s”, but the day is read before the note (what follows “--” is kept as typed). Write it there: `%(head)s %(day)s -- %(note)s`"
    ),
    "amount_in_words": N_(
        "I cannot read an amount written in words (“%(text)s”). Write it with digits: 12 000, 12k or 1,2 mill."
    ),
    "amount_or_name": N_(
        "Is “%(number)s” the amount or the start of the name? The amount goes after the name: %(customer)s %(number)s. A new customer whose name starts with it goes in quotes: “%(number)s %(customer)s”."
    ),
    "day_or_name": N_(
        "Is “%(day)s” the day or the start of the name? The day goes after the name: %(customer)s %(day)s. A new customer whose name starts with it goes in quotes: “%(name)s”."
    ),
    "one_or_two_customers": N_(
        "Is “%(customer)s” one customer or two? Log each on its own, first %(first)s, then %(second)s. One customer with that name goes in quotes: “%(customer)s”."
    ),
    "talks_on_days": N_(
        "“%(said)s” on more than one day, %(first_day)s to %(last_day)s: log each day on its own, for example `%(first)s`, then `%(second)s`."
    ),
    "two_customers": N_(
        "That is two customers, %(first)s and %(second)s. Log each on its own: first %(first)s, then %(second)s."
    ),
    "bad_date": N_("“%(text)s” is not a date on the calendar."),
    "date_too_old": N_(
        "%(date)s is more than a year ago. Activities can be logged up to a year back."
    ),
    "date_in_future": N_(
        "%(date)s is in the future. Log an activity once it has happened, and plan coming ones as a next step."
    ),
    "date_in_future_either": N_(
        "“%(text)s”: the weekday and the date are not the same day, and both %(date)s and %(other)s are in the future. Log an activity once it has happened, and plan coming ones as a next step."
    ),
    "next_date_in_past": N_("The next step's date, %(date)s, has already passed."),
    "next_date_too_far": N_("The next step's date, %(date)s, is more than a year ahead."),
    "missing_next_date": N_("A next step needs a date, like “next call friday”."),
    "bad_margin": N_("“%(text)s” is not a margin between 0 and 100 %%."),
    "win_needs_amount": N_("*%(customer)s* has no open offer, so I need the amount of the win."),
    "missing_customer": N_("Please choose or type a customer."),
    "bad_closing_rate": N_("“%(text)s” is not a closing rate: give a percentage from 1 to 100."),
    "goal_syntax": N_("I could not read that goal. Give a KPI, a number and a period."),
    "goal_kpi": N_(
        "“%(text)s” is not a KPI I know. Use meetings, calls, offers, activities, wins, revenue, offer_value, pipeline, closing, new_customers or new_revenue (revenue from new customers)."
    ),
    "goal_amount": N_(
        "I could not read “%(text)s” as a goal: give a whole number for activities and wins, an amount for revenue, offer value and pipeline, then a period (week, quarter or year)."
    ),
    "goal_small_amount": N_(
        "“%(text)s” is too small for a goal in money as it stands. Write the amount with its "
        "unit: 2,5 mill, 500k or 2 500 000."
    ),
    "goal_relative": N_(
        "“%(text)s” changes a goal rather than sets one. Give the goal itself: a number and a "
        "period, for example 12 per week."
    ),
    "goal_period": N_(
        "“%(text)s” is not a period a goal can have: use week, quarter or year (for example 10m/year)."
    ),
    "goal_start_past": N_(
        "A goal holds from the day it is set, so it cannot start on %(day)s (“%(text)s”), which "
        "has gone: nothing was stored. Set it from now (`/kpi goal revenue 1.5m/quarter`) or from "
        "a day to come (`/kpi goal revenue 1.5m from 1 Apr`, `/kpi goal revenue 1.5m for Q2`)."
    ),
    "goal_team_and_seller": N_(
        "A goal is either the team's (the sum it aims for) or one seller's: write “team” or @name, not both."
    ),
    "goal_currency": N_(
        "The team counts in %(team_currency)s, so a goal in %(currency)s cannot be compared with its figures. Give the goal in %(team_currency)s."
    ),
    "away_syntax": N_(
        "When are you away? Give the last day, or the first and the last: “until Friday”, “21.12-3.1”, “next week”."
    ),
    "away_school_holiday": N_(
        "“%(said)s” falls in different weeks depending on where you live, so I cannot tell "
        "which days you mean: give the week or the days, for example `/kpi away uke 8` or "
        "`/kpi away 16.2-20.2`."
    ),
    "away_too_far": N_(
        "%(date)s is more than a year ahead. Say an away period up to a year ahead."
    ),
    "away_too_long_ago": N_(
        "%(date)s is more than 90 days ago: away days that far back are not changed any more."
    ),
    "tier_syntax": N_("Give a customer and a tier A, B or C."),
    "bad_week": N_("“%(text)s” is not a week I can read."),
    "longer_than_a_week": N_(
        "“%(text)s” is longer than a week: `/teamstatus` shows one week at a time, this week or "
        "one that has ended (each seller's quarter and year are in `/kpi`). Name a week."
    ),
    "quarter_ended": N_(
        "“%(text)s” is %(quarter)s, which ended on %(last_day)s. The week it ended in shows it "
        "as it stood at its end: `/teamstatus week %(number)s %(year)s`."
    ),
    "quarter_ended_this_week": N_(
        "“%(text)s” is %(quarter)s, which ended on %(last_day)s, in a week that has not ended "
        "yet. From %(shown_on)s that week shows it as it stood at its end: `/teamstatus week "
        "%(number)s %(year)s`; `/teamstatus %(quarter)s` shows the quarter itself now."
    ),
    "longer_in_kpi": N_(
        "“%(text)s” is longer than a week. `/kpi` alone shows this week and, under it, this "
        "quarter (%(quarter)s); with a week that has ended, that week as it stood at its end."
    ),
    "quarter_in_kpi": N_(
        "“%(text)s” is a quarter, not a week. `/kpi` alone shows this week and, under it, this "
        "quarter (%(quarter)s); a quarter that has ended is shown when named, any day after it: "
        "`/kpi last quarter`."
    ),
    "future_week": N_(
        "Week %(number)s of %(year)s (%(week)s) has not come yet. Ask about this week or a week that has passed."
    ),
    "not_manager": N_(
        "Only managers can do that. Workspace admins are managers, and a manager can add others with `/kpi managers add @name`."
    ),
    # Said once: the command is the example under it (EXAMPLE_FOR_CODE).
    "not_a_team": N_(
        "There is no sales team here, and you are in none yet. A manager makes a channel a "
        "sales team by typing this in it:"
    ),
    "outside_organisation": N_(
        "You are of another organisation than this workspace, and kpibot counts only its own sellers' work. Log your work with kpibot in your own workspace."
    ),
    "guest": N_(
        "kpibot counts the work of this workspace's members, and yours is a guest account: it logs nothing and shows no team's figures. If you sell in this team, ask a workspace admin to make you a full member."
    ),
    "owner_not_a_person": N_(
        "Choose a colleague who sells: that is a bot, an app, a deactivated account, a guest account or someone of another organisation, and nobody would work the deal."
    ),
    "setup_in_channel": N_(
        "Run `/kpi setup` in the team's channel: the team is the channel's members."
    ),
    "message_deleted": N_(
        "The channel message this form came from was deleted, so nothing was recorded. If it was a sale all the same, close this form and log it with a command: `%(command)s`"
    ),
    "bot_not_in_channel": N_(
        "I can't see this channel's members. Invite me first with `/invite @kpibot`, then run `/kpi setup` again."
    ),
    "unknown_customer": N_("There is no customer called *%(customer)s* yet."),
    "not_team_member": N_("That person is not in this sales team."),
    "not_your_team_member": N_(
        "That person is not in your team, #%(team)s, which `/teamstatus` shows you here: each team's sellers' figures are for its own managers."
    ),
    "seller_moved_out": N_(
        "*%(name)s* moved to another team on %(day)s: their work from that day on is that team's. Their weeks in this team show their figures: add the week after the mention, like `%(week)s`."
    ),
    "seller_left": N_(
        "*%(name)s* left this team on %(day)s and is in no team now. Their weeks in this team show their figures: add the week after the mention, like `%(week)s`."
    ),
    "seller_moved_in": N_(
        "*%(name)s* came to this team from another on %(day)s: their weeks here begin with the week of the move. Add it after the mention, like `%(week)s`."
    ),
    "seller_gone": N_(
        "*%(name)s*'s Slack account was deactivated or made a guest on %(day)s, and nothing of theirs was logged in week %(number)s, so there is nothing to show. The weeks they worked show their figures: add the week after the mention, like `%(week)s`."
    ),
    "no_mention": N_("Mention the person with @, like `@kari`."),
    "plain_mention": N_(
        "“%(text)s” reached me as plain text, not as a mention: choose the person in the list Slack shows when you type @."
    ),
    "no_owner_mention": N_("Who should own *%(customer)s*? Mention them with @ after “owner”."),
    "rename_syntax": N_("What should *%(customer)s* be called? Give the new name after “rename”."),
    "merge_syntax": N_(
        "Which customer should *%(customer)s* be merged into? Give its name after “merge”."
    ),
    "rename_taken": N_(
        "There is a customer called *%(other)s* already. If they are the same, merge *%(customer)s* into it."
    ),
    "merge_same": N_("That is *%(customer)s* itself: there is nothing to merge."),
    "customer_not_yours": N_(
        "Other sellers work with *%(customer)s* too, so only a manager of their team can change it."
    ),
    "customer_has_activities": N_(
        "*%(customer)s* has entries (%(count)s), so it can't be deleted. Merge it into the right customer instead."
    ),
    "not_lead_owner": N_(
        "Only the owner of a lead, or a manager of the owner's team, can hand it over."
    ),
    "no_owner_yet": N_("Nobody owns *%(customer)s* yet, so a manager names its owner."),
    "import_too_big": N_("The file is larger than %(limit)s. Split it into smaller files."),
    "import_too_many": N_(
        "The file has more than %(limit)s customers. Split it into smaller files."
    ),
    "import_not_csv": N_("That is not a CSV file. Save the sheet as CSV (UTF-8) and try again."),
    "import_empty": N_("The file is empty."),
    "import_download_failed": N_(
        "I could not fetch the file from Slack. Share it with me again in a moment."
    ),
    "import_no_name": N_(
        "The first row needs the column names, with one called “name”. The first row reads: %(header)s"
    ),
    "bad_role": N_("Say *seller* (you sell in the team) or *manager* (you only manage it)."),
    "undo_not_latest": N_(
        "`/kpi undo` takes back only your latest entry, and that one is with *%(latest)s*, not "
        "*%(customer)s*. Nothing was undone. For an older entry, click Undo under it in the "
        "Home tab."
    ),
    "one_person": N_(
        "`%(command)s` is about one person at a time, and %(count)s were mentioned. Nothing "
        "was done; run it once for each."
    ),
    "managers_unread": N_(
        "“%(text)s” is not something I do with managers: add, remove or list. Nothing was changed."
    ),
    "no_period": N_(
        "`%(command)s` takes no period: it works from things as they stand today, so “%(text)s” "
        "would be left unread. Nothing was done; type it without the period."
    ),
    "me_reads_nothing": N_(
        "“%(words)s” is no week I can read. `/kpi` shows your own figures, for this week or a "
        "week that has ended; another seller's are in `/teamstatus @name`:"
    ),
    "old_button": N_(
        "That button is from an older kpibot message and no longer works, so nothing was "
        "changed. Type the command instead; this one lists them all:"
    ),
    "bad_temperature": N_("Choose how warm the lead is from the list: hot, warm or cold."),
    # Shown inside a form (at most 150 characters): its example is in the words.
    "old_form": N_(
        "This form is from an older kpibot, so nothing was stored. Close it and use a command "
        "instead, e.g. /logwin Equinor 250k or /logmeeting Equinor."
    ),
    "slack_busy": N_("Slack did not answer me in time. Please try again in a moment."),
    "not_installed": N_(
        "kpibot is not installed in this workspace (any more). A workspace admin can install "
        "it again."
    ),
    "form_not_opened": N_(
        "Slack did not open the form in time, so nothing was changed. Please try again in a moment."
    ),
    "plan_nothing_to_adopt": N_(
        "There is nothing to adopt: the plan needs a revenue goal and some history of offers, "
        "wins and losses."
    ),
}

# What Bolt answers when it cannot confirm the app's token with Slack (auth.test failed: Slack
# busy, or the token revoked; a workspace with no installation at all is told "not_installed",
# bot.web.tell_missing_installations). bot.web answers in its place (an event is left for Slack to
# deliver again, a command gets "slack_busy" in its person's language); only a click's
# response_url gets these words as they are.
AUTHORIZE_FAILED = (
    ":warning: Slack did not answer me in time, so nothing was stored. Please try again in a "
    "moment."
)

# A correct example for each kind of activity, shown under every error.
EXAMPLES: dict[str, str] = {
    "meeting": N_("/logmeeting Aker BP warm next call friday"),
    "call": N_("/logcall Fjordkraft yesterday hot"),
    "offer": N_("/logoffer Equinor 250k"),
    "win": N_("/logwin Statkraft 400k"),
    "loss": N_("/loglost Hydro price too high"),
    "goal": N_("/kpi goal meetings 10/week"),
    "goal_money": N_("/kpi goal revenue 10m/year"),
    "goal_team": N_("/kpi goal team revenue 40m/year"),
    "away": N_("/kpi away until 2026-12-01"),
    "tier": N_("/kpi customer Acme tier A"),
    "week": N_("/teamstatus last week"),
    "kpi_week": N_("/kpi last week"),
    "managers": N_("/kpi managers add @kari"),
    "setup": N_("/kpi setup"),
    "rename": N_("/kpi customer Equinr rename Equinor"),
    "merge": N_("/kpi customer Equinr merge Equinor"),
    "delete": N_("/kpi customer Equinr delete"),
    "owner": N_("/kpi customer Equinor owner @ola"),
    "import": N_("name;tier;owner;org_number — Equinor;A;kari@example.com;923609016"),
    "role": N_("/kpi role manager"),
    "erase": N_("/kpi erase @ola"),
    "language": N_("/kpi language sv"),
    "currency": N_("/kpi currency DKK"),
    "help": N_("/kpi help"),
    "plan": N_("/kpi plan @kari"),
    "callday": N_("/kpi callday"),
    "undo": N_("/kpi undo"),
    "back": N_("/kpi back"),
    "seller_week": N_("/teamstatus @name"),
    "portfolio": N_("/teamstatus customers"),
}


def message_params(
    params: dict[str, Any], format_day: Any, *, mrkdwn: bool = False
) -> dict[str, Any]:
    """Dates in error params are shown the user's way; for a mrkdwn message, what was typed is
    escaped and never formatted (bot.rendering.text.plain). Inline form errors are plain text."""
    from bot.rendering.text import plain

    def shown(v: Any) -> Any:
        if isinstance(v, date):
            return format_day(v)
        return plain(v) if mrkdwn and isinstance(v, str) else v

    return {k: shown(v) for k, v in params.items()}


# Codes whose remedy is another command: its example is shown, whatever was typed.
EXAMPLE_REDIRECTS = {
    "goal_amount": "goal_money",
    "goal_period": "goal_money",
    "goal_start_past": "goal_money",
    "goal_relative": "goal",
    "goal_small_amount": "goal_money",
    "goal_currency": "goal_money",
    "goal_team_and_seller": "goal_team",
    "not_a_team": "setup",
    "setup_in_channel": "setup",
    "bot_not_in_channel": "setup",
    "rename_taken": "merge",
    "customer_has_activities": "merge",
}
# Otherwise the example of the command that was typed (the listener names it on the request);
# failing that, the command the code belongs to.
EXAMPLE_FOR_CODE = {
    "goal_syntax": "goal",
    "goal_kpi": "goal",
    "bad_closing_rate": "goal",
    "away_syntax": "away",
    "away_school_holiday": "away",
    "away_too_far": "away",
    "away_too_long_ago": "away",
    "tier_syntax": "tier",
    "bad_week": "week",
    "future_week": "week",
    "longer_than_a_week": "week",
    "no_mention": "managers",
    "plain_mention": "managers",
    "no_owner_mention": "owner",
    "rename_syntax": "rename",
    "merge_syntax": "merge",
    "merge_same": "merge",
    "not_lead_owner": "owner",
    "owner_not_a_person": "owner",
    "no_owner_yet": "owner",
    "import_too_big": "import",
    "import_too_many": "import",
    "import_not_csv": "import",
    "import_empty": "import",
    "import_download_failed": "import",
    "import_no_name": "import",
    "bad_role": "role",
    "old_button": "help",
    "undo_not_latest": "undo",
    "me_reads_nothing": "kpi_week",
    "longer_in_kpi": "kpi_week",
    "no_period": "help",
    "managers_unread": "managers",
    "one_person": "seller_week",
    "language_unknown": "language",
    "language_missing": "language",
    "bare_currency_unknown": "currency",
}


def example_for(code: str, typed: str | None) -> str | None:
    """Which example to show under an error with `code` after the command `typed` (an EXAMPLES
    key, or None when unknown)."""
    return EXAMPLE_REDIRECTS.get(code) or typed or EXAMPLE_FOR_CODE.get(code)


def error_message(error: Exception, body: dict[str, Any], context: Any) -> dict[str, Any]:
    """What the person sees about `error`: a UserError's message and a correct example, or, for
    anything else, a plain "nothing was stored" (the error is logged, without bodies or tokens)."""
    from bot.ids import LOG_COMMANDS
    from bot.rendering.blocks import internal_error_message, stored_error_message
    from bot.rendering.replies import error_reply
    from bot.services.requester import language_hint

    request = context.get("request") if context is not None else None
    if request is not None:
        language = request.language
    else:
        team = body.get("team_id") or (body.get("team") or {}).get("id")
        user = body.get("user_id") or (body.get("user") or {}).get("id")
        language = language_hint(team, user)
    kind = LOG_COMMANDS.get(body.get("command") or "")
    # views33: after a unit of work committed what it wrote, nothing said may claim "nothing was
    # stored": a later step's refusal says only itself, anything else that it was stored.
    committed = bool(getattr(request, "committed", False))
    if isinstance(error, UserError):
        message = error_reply(
            language,
            error.code,
            error.params,
            example_for(error.code, (request.example if request else None) or kind),
            stored=False if kind and not committed else None,
        )
    elif committed:
        log.error(
            "error after the unit of work committed, in %s: %s",
            body.get("command") or body.get("type") or "request",
            type(error).__name__,
            exc_info=not (_slack_trouble(error) or _database_trouble(error)) and error,
        )
        message = stored_error_message(language)
    elif isinstance(error, BadPayload):
        log.info("unusable payload (%s): %s", body.get("type") or "request", error)
        message = internal_error_message(language)
    elif _slack_trouble(error):  # Slack refused or did not answer: its code says it all
        from bot.slack_client import slack_error

        log.warning(
            "a Slack call failed in %s: %s",
            body.get("command") or body.get("type") or "request",
            slack_error(error),
        )
        message = internal_error_message(language)
    elif _database_trouble(error):  # locked or down: known, and no traceback helps
        log.warning(
            "database did not answer in time for %s: %s",
            body.get("command") or body.get("type") or "request",
            type(error).__name__,
        )
        message = internal_error_message(language)
    else:
        log.error(
            "unhandled error in %s: %s",
            body.get("command") or body.get("type") or "request",
            type(error).__name__,
            exc_info=error,
        )
        message = internal_error_message(language)
    return {**message, "response_type": "ephemeral"}


def _slack_trouble(error: Exception) -> bool:
    """A Web API call that failed: Slack's `ok: false`, or no answer (dropped, timed out)."""
    from http.client import HTTPException
    from urllib.error import URLError

    from slack_sdk.errors import SlackClientError

    return isinstance(
        error, SlackClientError | URLError | ConnectionError | TimeoutError | HTTPException
    )


def _database_trouble(error: Exception) -> bool:
    from storage.db import transient

    return transient(error)


def tell(message: dict[str, Any], body: dict[str, Any], respond: Any) -> None:
    """Say an error message at the payload's response_url, if it has one."""
    from bot.listeners.respond import RespondOrPost

    if respond is not None and (
        body.get("response_url") or body.get("response_urls") or isinstance(respond, RespondOrPost)
    ):
        try:
            respond(**message)
        except Exception:  # the error path must not raise
            log.warning("could not tell the user about the error")


def register(app: Any) -> None:
    """What escapes before any listener runs (a middleware): the same words as for a listener's
    error (bot.listeners.guard), in the acknowledgement when there is one to give."""
    from slack_bolt import BoltResponse

    @app.error
    def handle_error(
        error: Exception,
        body: dict,
        context: Any,
        respond: Any = None,
        response: Any = None,
    ) -> BoltResponse | None:
        message = error_message(error, body, context)
        if response is not None and body.get("command"):
            return BoltResponse(
                status=200,
                body=json.dumps(message),
                headers={"content-type": "application/json;charset=utf-8"},
            )
        if context is not None and context.get("request") is not None:
            # Only once our middleware ran (after Bolt verified the request): an error before it
            # may come from a request nobody verified, whose response_url is anyone's.
            tell(message, body, respond)
        return None
