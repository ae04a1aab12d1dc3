"""Plain channel messages ("Won Nammo 320k") and @mentions ("@kpibot meeting Acme warm").

One `message` listener with an internal router (Bolt runs only the first matching listener):
new messages, edits (the record follows) and deletions (the record goes). The reference
msg:<channel>:<ts> makes a retried or concurrent delivery store once; only the delivery that
stored reacts with ✅ and tells the author. A message that is only probably a record is asked
about privately (Record / Edit / Not a sale), and "Not a sale" holds for the message for good."""

from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.clock import local_date, local_time
from bot.domain import ActivityKind, Source
from bot.errors import UserError
from bot.i18n import translate
from bot.ids import LOG_COMMANDS
from bot.listeners.events import dm_files
from bot.listeners.guard import guarded
from bot.rendering.blocks import KIND_WORDS, text_message
from bot.rendering.colleague_work import colleague_work_message
from bot.rendering.replies import (
    deleted_record_reply,
    error_reply,
    kept_offer_reply,
    log_reply,
    logged_reply,
    not_corrected_reply,
    not_recorded_reply,
    planned_reply,
    question_reply,
    record_all_edited_reply,
    recorded_already_reply,
)
from bot.rendering.talk_counts import talk_count_message
from bot.rendering.text import escape, render
from bot.services import (
    activities,
    activities_amend,
    colleague_work,
    message_edits,
    message_records,
    reported,
)
from bot.services.capture import (
    NOTHING,
    Outcome,
    Recognition,
    corrections,
    mention_command,
    recognise,
    spoken_to_bot,
)
from bot.services.capture.corrections import Correction
from bot.services.colleague_work import for_a_colleague
from bot.services.commands import LogCommand, NextStep
from bot.services.dates import time_suffix
from bot.services.questions import Question
from bot.services.requester import Who, reading_krone
from bot.services.talk_counts import talk_count
from bot.slack_client import SLACK_CALL_ERRORS, slack_error
from bot.unit_of_work import Request, UnitOfWork

log = logging.getLogger(__name__)
REACTION = "white_check_mark"
# Messages a person posted: plain, with a file, a thread reply sent to the channel too, and
# `/me just won Nammo 320k` (its text without the "/me", said of the author).
PERSON_POSTED = (None, "file_share", "thread_broadcast", "me_message")
# Slack's answers to a private note when the author cannot see it in that channel, or when it
# was not sent for now (rate-limited longer than a listener waits: no note was posted, so one
# in a DM is never a second).
NOT_THERE = frozenset(
    {"user_not_in_channel", "channel_not_found", "not_in_channel", "is_archived", "ratelimited"}
)


def _rich_text(node: Any) -> str:
    """The words of rich_text blocks as Slack writes them in `text`: a mention <@U…>, a link
    <url|words>, an emoji :name:; a new section or list item on a line of its own."""
    if isinstance(node, list):
        return "".join(_rich_text(part) for part in node)
    if not isinstance(node, dict):
        return ""
    kind = node.get("type")
    if kind == "text":  # as Slack escapes `text`: &, < and > as entities
        return escape(str(node.get("text") or ""))
    if kind == "user":
        return f"<@{node.get('user_id') or ''}>"
    if kind == "channel":
        return f"<#{node.get('channel_id') or ''}>"
    if kind == "emoji":
        return f":{node.get('name') or ''}:"
    if kind == "link":  # its own words, as with_words reads a link in `text`; no address
        words = node.get("text")
        return escape(str(words)) if words else " "
    if kind == "broadcast":
        return f"<!{node.get('range') or 'here'}>"
    inner = _rich_text(node.get("elements") or [])
    if kind in {"rich_text_section", "rich_text_preformatted", "rich_text_quote"}:
        return inner + "\n"
    return inner


# A link with words of its own, as Slack writes it in `text`: <https://orkla.no|Orkla>.
_LABELLED_LINK = re.compile(r"<(?:https?|mailto):[^|<>\s]*\|([^<>]*)>")
# A link shown as its address (<https://crm.example.com/deals/123>): no words of the message.
_BARE_LINK = re.compile(r"<(?:https?|mailto|tel):[^|<>\s]*>")


def with_words(message: dict[str, Any]) -> dict[str, Any]:
    """A message as read: its `text`, or, when that is empty, the words of its rich_text blocks
    (a message some clients and workflows send with its words only there: was read as nothing,
    "Won Telia 150k" lost). Where both are there, `text` is Slack's own rendering of them. A
    link's own words are read as what it says ("Won <https://orkla.no|Orkla> 300k", a customer
    name the composer turned into a link: was read as nothing, the win lost), a bare address
    as no words at all."""
    text = message.get("text")
    if isinstance(text, str) and "<" in text:
        # A link's address is no words of the message ("Won Orkla 300k <https://crm…/123>",
        # the deal's page pasted: was read as nothing, the address taken for the customer).
        words = _BARE_LINK.sub(" ", _LABELLED_LINK.sub(r"\1", text))
        if words != text:
            message = {**message, "text": words}
    if (message.get("text") or "").strip() or not isinstance(message.get("blocks"), list):
        return message
    words = _rich_text(
        [b for b in message["blocks"] if isinstance(b, dict) and b.get("type") == "rich_text"]
    )
    return {**message, "text": words.strip()} if words.strip() else message


def handle_message(
    event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    request: Request = context["request"]
    event = with_words(event)
    if isinstance(event.get("message"), dict):
        event = {**event, "message": with_words(event["message"])}
    if isinstance(event.get("previous_message"), dict):
        event = {**event, "previous_message": with_words(event["previous_message"])}
    subtype = event.get("subtype")
    if _from_outside(event.get("message") or event, body, context):
        return  # another organisation's person in a shared channel: not our seller
    if subtype == "message_changed":
        on_edit(request, client, event, context.bot_user_id)
    elif subtype == "message_deleted":
        on_delete(request, event, context.bot_user_id, client)
    elif subtype in PERSON_POSTED:  # joins, topics, bots: nothing
        on_new(request, client, event, context)


def _from_outside(message: dict[str, Any], body: dict[str, Any], context: BoltContext) -> bool:
    """Someone of another organisation in a channel shared with it (Slack Connect): a customer
    or a partner, never one of this workspace's sellers, whatever they write. Their team is in
    the message (`user_team`, or `team`); ours is the workspace or its Enterprise Grid."""
    if not body.get("is_ext_shared_channel"):
        return False
    team = message.get("user_team") or message.get("team")
    # Not the envelope's team_id: in a channel another organisation hosts, that is theirs.
    request: Request = context["request"]
    ours = {request.workspace_id, request.enterprise_id}
    return bool(team) and team not in ours


# Slackbot's own messages (its auto-responses, a deleted thread's "This message was deleted."):
# posted under this user id, never by a seller.
SLACKBOT = "USLACKBOT"


def _by_app(message: dict[str, Any]) -> bool:
    """Posted by an app or a workflow (a bot's id or profile on it: Zapier's copy of a CRM
    win, a Workflow Builder form's post), whoever's user it names. Also an app's id alone: an
    integration posting with the seller's own user token ("Deal won: Orkla 300 000" from the
    CRM, "sent using …" under it) names the seller and no bot; a person's own post never
    carries an app's id (was: counted as the seller's words, beside the win they log)."""
    return bool(message.get("bot_id") or message.get("bot_profile") or message.get("app_id"))


def _is_person(message: dict[str, Any], context: BoltContext) -> bool:
    return (
        bool(message.get("user"))
        and not _by_app(message)
        and message.get("user") not in {context.bot_user_id, SLACKBOT}
    )


def on_new(
    request: Request, client: WebClient, event: dict[str, Any], context: BoltContext
) -> None:
    if not _is_person(event, context):
        return
    if event.get("channel_type") == "im":
        bot = context.bot_user_id
        if not dm_files.handle(request, client, event):  # a shared file: a customer import
            on_direct_message(request, client, event, bot_user_id=bot)
        elif (event.get("text") or "").strip():
            # The file is answered; the words with it ("win Nammo 320k", the contract
            # attached) still record what they say, without the help text when they do not.
            on_direct_message(request, client, event, explain=False, bot_user_id=bot)
        return
    if context.bot_user_id and f"<@{context.bot_user_id}>" in (event.get("text") or ""):
        return  # an @mention: the app_mention listener reads it as a command
    channel = event["channel"]
    at = posted_at(event, request.now)
    # Most channel messages are chatter: they are read without a write lock.
    with request.reading() as uow:
        found = _understand(uow, channel, event, at=at)
        thread_ts = event.get("thread_ts")
        if found.outcome is Outcome.NOTHING and thread_of(event):
            found = _in_its_thread(uow, channel, event, at) or found
        if (
            found.outcome is Outcome.SURE
            and found.customer
            and thread_ts
            and thread_ts != event["ts"]
            and message_records.thread_record_of_another(
                uow.session, request.workspace_id, channel, thread_ts, event["user"], found.customer
            )
        ):
            found = replace(found, outcome=Outcome.LIKELY)  # asked: the thread's own deal?
        fix = _correction(uow, channel, event, at)
    if fix is not None and _corrected(request, client, event, channel, fix, found, at):
        return
    if found.outcome is Outcome.NOTHING and found.nameless:
        # session 43: "Signed!! 🍾", no customer named, none in its thread: asked which
        found = replace(found, outcome=Outcome.LIKELY, customer="")
    if found.outcome is Outcome.NOTHING:
        _counted_without_names(request, client, event, channel)
        return
    with request.writing() as uow:
        message_edits.one_at_a_time(uow.session, request.workspace_id, channel, event["ts"])
        if not _first_read(uow, channel, event):
            return
        said = _store(uow, channel, event, found, ref_suffix="", at=at)
    _tell(client, request, said, thread_of(event))
    if all(r.planned and r.kind in _TALK_KINDS for r in _chain(found)):
        # pairs29: "Did 12 calls today and booked a meeting with Boots for Thursday": the plan,
        # and the calls counted with no customer told as not counted, as alone (was: the
        # notice alone, the plan dropped); booked30: each plan of several ("5 calls done, 2
        # mtgs booked (Aldi Thu, Lidl Fri)")
        _counted_without_names(request, client, event, channel, only_counts=True)


_TALK_KINDS = (ActivityKind.MEETING, ActivityKind.CALL)


def _correction(
    uow: UnitOfWork, channel: str, message: dict[str, Any], at: datetime | None
) -> Correction | None:
    """What a correction of a record posted before changes ("Rettelse: DNB-møtet var i går,
    ikke fredag", "Oops, 275k not 250k"), or None (session 26)."""
    if not activities.capture_enabled(uow.session, uow.request.workspace_id, channel):
        return None
    known, _offers = message_records.known_customers(uow.session, uow.request.workspace_id)
    who = _as_of(uow, at)
    return corrections.read(
        unicodedata.normalize("NFC", message.get("text") or ""),
        today=who.today,
        krone=reading_krone(who),
        known=known,
        in_thread=thread_of(message) is not None,
    )


def _edited_correction(
    request: Request, client: WebClient, message: dict[str, Any], channel: str, edited: str
) -> bool:
    """cmds27. "Rettelse: det var 275.000, ikke 250.000" edited ("… 285.000 …"): read as the
    edited words, once (a retried delivery of the edit is read no more), its question about the
    words before withdrawn (was: the edit was read as a message of its own, the correction
    never). A change made already is not made twice ("already": said once). False: the edited
    message is no correction (read as any edit)."""
    ts = message["ts"]
    with request.reading() as uow:
        if not activities.capture_enabled(uow.session, request.workspace_id, channel):
            return False
        first = message_records.message_first_read(uow.session, request.workspace_id, channel, ts)
        at = posted_at(message, first or uow.now) or first
        fix = _correction(uow, channel, message, at)
    if fix is None:
        return False
    with request.writing() as uow:
        message_edits.one_at_a_time(uow.session, request.workspace_id, channel, ts)
        if not message_records.newest_message_version(
            uow.session, request.workspace_id, channel, ts, edited_ts=edited, now=uow.now
        ):
            return True  # this edit was read already, or a newer one
        ref = f"msg:{channel}:{ts}"
        activities_amend.withdraw_correction(uow.session, request.workspace_id, ref, now=uow.now)
    _corrected(request, client, message, channel, fix, None, at, suffix=f":e{edited}")
    return True


def _corrected(
    request: Request,
    client: WebClient,
    message: dict[str, Any],
    channel: str,
    fix: Correction,
    found: Recognition | None,
    at: datetime | None,
    suffix: str = "",
) -> bool:
    """A correction asked about (that record changed in place, or another logged), or its
    author told kindly why nothing can change. False: no record of theirs it can mean, and the
    message read as any (a record of its own, asked as such)."""
    with request.writing() as uow:
        who = _as_of(uow, at)
        ref = f"msg:{channel}:{message['ts']}"
        if activities.answered_not_a_sale(uow.session, who.workspace_id, ref):
            return True
        asked = activities_amend.ask_amendment(
            uow.session, who, fix, channel=channel, thread_ts=thread_of(message),
            message_ref=ref, source_ref=f"{ref}{suffix}", now=uow.now,
        )  # fmt: skip
        if isinstance(asked, Question):
            said = None if asked.repeated else log_reply(who.language, asked)
        elif (
            asked.state == "nothing" and found is not None and found.outcome is not Outcome.NOTHING
        ):
            return False
        elif message_records.told_once(
            uow.session, who.workspace_id, channel, message["ts"], now=uow.now
        ):
            said = not_corrected_reply(
                who.language,
                asked.state,
                asked.owner,
                when=asked.when,
                command=asked.command,
                example=asked.example,
            )
        else:
            said = None
    if said is not None:
        _note(client, request, channel, said, thread_of(message))
    return True


def _in_its_thread(
    uow: UnitOfWork, channel: str, message: dict[str, Any], at: datetime | None
) -> Recognition | None:
    """A reply that names no customer ("Won it! 300k", "Sendte tilbudet, 450k") in the thread
    of a message that recorded work with one ("Meeting with Orkla today, hot lead"): read as
    said of the thread's customer, and asked, never stored unasked (was: nothing recorded,
    nothing said: the win lost). None when the thread's message recorded nothing, or the reply
    says nothing of that customer either."""
    parent = message_records.message_record(
        uow.session, uow.request.workspace_id, channel, str(message["thread_ts"])
    )
    if parent is None:
        return None
    text = message.get("text") or ""
    # As a heading names it ("Orkla: sendte tilbud, 450k"), else after the words ("Won it!
    # 300k (Orkla)"): the reader's two ways of naming a customer its words leave out.
    for said in (f"{parent.customer}: {text}", f"{text} ({parent.customer})"):
        found = _understand(uow, channel, {**message, "text": said}, at=at)
        if found.outcome is not Outcome.NOTHING and found.customer == parent.customer:
            return replace(found, outcome=Outcome.LIKELY, also=None)
    return None


# How late Slack may deliver a message and still have it read as of when it was posted: its
# retries come within minutes, its held-back events within hours. A ts further back (or ahead)
# is not trusted for the day: the message is read as of its arrival.
LATE_DELIVERY = timedelta(days=1)


def _counted_without_names(
    request: Request,
    client: WebClient,
    message: dict[str, Any],
    channel: str,
    *,
    only_counts: bool = False,
) -> None:
    """ "Ringte 12 kunder i dag", "8 calls this morning": the seller's own talks, counted with no
    customer named. Nothing can be stored (kpibot counts per customer) and nothing is guessed;
    its author is told how to log them, once, never left in silence."""
    text = unicodedata.normalize("NFC", message.get("text") or "")
    said = talk_count(text)
    if said is None and (only_counts or not colleague_work.said_for_someone(text)):
        return
    with request.writing() as uow:
        if not activities.capture_enabled(uow.session, request.workspace_id, channel):
            return
        who = uow.who
        theirs = None
        if said is None:
            # "Lars bad mig logge: møde med Novo": never the author's, told so
            known, open_offers = message_records.known_customers(uow.session, request.workspace_id)
            theirs = for_a_colleague(
                # the message reader's krone (readers26: was the author's, read the old way:
                # a Swede's "85 tkr" in a NOK team SEK unasked)
                text, today=who.today, krone=reading_krone(who), known_customers=known,
                open_offers=open_offers,
            )  # fmt: skip
            if theirs is None:
                return
        if not message_records.told_once(
            uow.session, request.workspace_id, channel, message["ts"], now=uow.now
        ):
            return
        language = who.language
    if said is not None:
        _note(client, request, channel, talk_count_message(language, said))
    elif theirs is not None:
        _note(client, request, channel, colleague_work_message(language, theirs))


def posted_at(message: dict[str, Any], now: datetime) -> datetime | None:
    """When the message was posted (its ts), if Slack delivered it within LATE_DELIVERY: a
    win posted at 23:59 on Sunday and delivered again after midnight is still Sunday's."""
    at = _posted(message)
    return at if at is not None and now - LATE_DELIVERY <= at <= now else None


def _posted(message: dict[str, Any]) -> datetime | None:
    """When a message was posted, by its ts (Slack's own clock), however long ago."""
    try:
        return datetime.fromtimestamp(float(message["ts"]), tz=UTC)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return None


def _first_read(uow: UnitOfWork, channel: str, message: dict[str, Any]) -> bool:
    """False when an edit or the deletion of this message was read before it (Slack delivered
    them first, or this is a retry minutes late): the message as posted is stale then."""
    return message_records.newest_message_version(
        uow.session, uow.request.workspace_id, channel, message["ts"], now=uow.now
    )


@dataclass(frozen=True)
class Said:
    """What to tell Slack after the unit of work committed: ✅ and a private note."""

    channel: str
    ts: str
    reply: dict[str, Any] | None = None
    react: bool = True
    more: tuple[dict[str, Any], ...] = ()  # a second record's question


def _as_of(uow: UnitOfWork, at: datetime | None) -> Who:
    """The requester, their "today" as of `at` (when an edited message was first read), so an
    edit days later never moves its record to the day of the edit."""
    who = uow.who
    if at is None:
        return who
    return replace(who, today=local_date(at, who.timezone))


def _understand(
    uow: UnitOfWork,
    channel: str,
    message: dict[str, Any],
    *,
    to_bot: bool = False,
    at: datetime | None = None,
) -> Recognition:
    """What a person's message in a team channel (or to the bot itself: `to_bot`) records:
    sure, likely or nothing. `at`: read as of then (an edit), else now."""
    workspace_id = uow.request.workspace_id
    if not to_bot and not activities.capture_enabled(uow.session, workspace_id, channel):
        return NOTHING
    known, open_offers = message_records.known_customers(uow.session, workspace_id)
    who = _as_of(uow, at)
    return recognise(
        # As typed, in one form: "Å" sent as "A" and a combining ring (a text pasted from a
        # Mac's file name) is the letter the customer's name has.
        unicodedata.normalize("NFC", message.get("text") or ""),
        today=who.today,
        krone=reading_krone(who),  # "300 tkr" from a Swede in a NOK team: asked (review25)
        # the author's own team's (a bare amount stays bare: the recorder asks a Dane in a NOK
        # team once, DKK or NOK, as for a command)
        currency=who.own_currency or who.currency,
        known_customers=known,
        open_offers=open_offers,
        # an English speaker's "signed 12/1" may be month first (review25)
        month_day=who.month_first,
        # The time of day with `today`: both as the person's clock said then.
        posted=local_time(at or uow.now, who.timezone),
    )


def _store(
    uow: UnitOfWork,
    channel: str,
    message: dict[str, Any],
    found: Recognition,
    *,
    ref_suffix: str,
    at: datetime | None = None,
) -> Said | None:
    """Stored once per message (msg:<channel>:<ts>), or its author asked once: None when this
    delivery says nothing. `at`: as _understand read it."""
    who = _as_of(uow, at)
    message_ref = f"msg:{channel}:{message['ts']}"
    if activities.answered_not_a_sale(uow.session, who.workspace_id, message_ref):
        return None  # its author said so: the message is left alone, edits too
    if found.record_all or _longer_than_asked_one_by_one(found):
        return _ask_all(uow, who, channel, message, found, message_ref, ref_suffix)
    if _talks_asked_in_one(uow, who, found, message_ref):
        return _ask_all(uow, who, channel, message, found, message_ref, ref_suffix, again=True)
    said = _store_one(uow, who, channel, message, found, message_ref, ref_suffix)
    more = []
    later = found.also
    # lists28. "møte med K-Bygg og H&M i dag": one question, one customer or two; the second
    # name's record kept under ":2" for its "Two customers" click, never asked on its own too
    # (was: two questions stacked, and "Two customers" recorded one)
    pair = found.outcome is Outcome.LIKELY and bool(found.one_name) and later is not None
    for place, ref in enumerate(activities.later_records(message_ref)):
        asked = _ask_later(uow, who, later, ref, ref_suffix)
        if asked is not None and not (pair and place == 0):
            more.append(asked)
        later = later.also if later is not None else None
    if later is not None and later.outcome is not Outcome.NOTHING:
        # rows past a message's MAX_RECORDS that are not plain records (a plan among them):
        # named as not recorded, never dropped unsaid (flows26)
        more.append(not_recorded_reply(who.language, _rows_of(who, later)))
    if not more:
        return said
    if said is None:
        return Said(channel, message["ts"], more[0], react=False, more=tuple(more[1:]))
    return replace(said, more=tuple(more))


def _chain(found: Recognition | None) -> list[Recognition]:
    rows = []
    while found is not None and found.outcome is not Outcome.NOTHING:
        rows.append(found)
        found = found.also
    return rows


def _longer_than_asked_one_by_one(found: Recognition) -> bool:
    """A list of more rows than a message asks about one by one (MAX_RECORDS: "Uka så langt:
    møte med Equinor, …" with seven): asked whole, "Record all 7?", as a week told by its days
    is, when each row is a plain record (was: the rows past the fifth dropped unsaid)."""
    rows = _chain(found)
    return len(rows) > activities.MAX_RECORDS and all(
        not (r.planned or r.ahead or r.which_kind or r.corrects is not None or r.place)
        and not (r.one_name or r.which_days or r.days)
        for r in rows
    )


def _talks_asked_in_one(uow: UnitOfWork, who: Who, found: Recognition, message_ref: str) -> bool:
    """pairs29. Meetings or calls with two customers or more, each a plain record, asked in one
    question ("Record all 2?"), never one question a customer stacked: when the message asks
    them all and offers no "one customer or two?" ("Ringte Tine, Orkla og Bama i dag", "Möte med
    ica och Coop idag"), or when one of them was logged already that day ("Møte med Aker og Yara
    i dag" sent again: said once, nothing counted twice; was: Aker asked as a duplicate, Yara
    asked anew)."""
    rows = _chain(found)
    if len(rows) < 2 or len(rows) > activities.MAX_RECORDS or found.one_name:
        return False
    if not all(
        r.kind in (ActivityKind.MEETING, ActivityKind.CALL)
        and r.customer
        and r.when is not None
        and r.times == 1
        and not (r.planned or r.ahead or r.which_kind or r.corrects is not None or r.place)
        and not (r.which_days or r.days or r.record_all or r.this_week)
        for r in rows
    ):
        return False
    if found.outcome is Outcome.LIKELY:
        return True
    cmds = [_in_own_words(who, r.command()) for r in rows]
    return activities.logged_already(uow.session, who, cmds, message_ref)


def _rows_of(who: Who, found: Recognition) -> list[list[Any]]:
    """Rows as week_rows lists them: the message's records left unrecorded."""
    return [
        [r.kind.value if r.kind else "", r.customer, r.when, r.times, r.amount,
         r.currency or who.own_currency or who.currency, False]
        for r in _chain(found)
        if r.kind is not None and r.customer and r.when is not None
    ]  # fmt: skip


def _ask_all(
    uow: UnitOfWork,
    who: Who,
    channel: str,
    message: dict[str, Any],
    found: Recognition,
    message_ref: str,
    ref_suffix: str,
    *,
    again: bool = False,
) -> Said | None:
    """A week told by its days ("Forrige uke: man møte Orkla, tirs tlf Tine x3, …"): every row
    in one private question, "Record all 6?"; nothing stored before its click. `again`
    (pairs29): a message's talks all logged that day already are asked another or the same."""
    rows: list[LogCommand] = []
    undated: list[bool] = []
    plans: list[LogCommand] = []  # days27: the list's rows still to come, each a next step
    for row in _chain(found):
        if row.planned:
            plans.append(_in_own_words(who, row.command()))
            continue
        rows.append(_in_own_words(who, row.command()))
        undated.append(row.undated)
    this_week = None
    if found.this_week is not None:
        other = _chain(found.this_week)
        this_week = (
            [_in_own_words(who, r.command()) for r in other if not r.planned],
            [_in_own_words(who, r.command()) for r in other if r.planned],
        )
    asked = activities.ask_record_all(
        uow.session,
        who,
        rows,
        message_ref=message_ref,
        ref_suffix=ref_suffix,
        now=uow.now,
        undated=undated,
        unnamed=found.unnamed,
        not_yet=found.not_yet,
        plans=plans,
        this_week=this_week,
        ask_again=again,
    )
    if isinstance(asked, activities.RecordedAlready):
        # every row logged already: said so, once (flows26; was: nothing said)
        reply = recorded_already_reply(who.language, asked)
        return Said(channel, message["ts"], reply, react=False)
    if asked is None or asked.repeated:
        return None
    return Said(channel, message["ts"], log_reply(who.language, asked), react=False)


def _ask_later(
    uow: UnitOfWork, who: Who, second: Recognition | None, ref: str, ref_suffix: str
) -> dict[str, Any] | None:
    """A message's second (third …) record ("…, sendte tilbud etterpå, 260k", "Var hos Netto
    og Salling", a status list): asked about on its own (Record / Edit / Not a sale), kept under
    the message's reference with ":2" (":3" …). An edit that no longer says it withdraws its
    open question."""
    if second is None:
        if ref_suffix:  # an edit: what the message no longer says is not asked about
            activities.withdraw_question_at(uow.session, who.workspace_id, ref, now=uow.now)
        return None
    if activities.answered_not_a_sale(uow.session, who.workspace_id, ref):
        return None
    try:
        outcome = activities.ask_about_message(
            uow.session,
            who,
            _in_own_words(who, second.command()),
            message_ref=ref,
            source_ref=ref + ref_suffix,
            complete=second.complete and not second.planned,
            planned=second.planned,
            now=uow.now,
            price=second.price,
            place=second.place,
            ahead=_coming(who, second),
            step_days=second.clash_days,  # mendC30: a weekday and a date that disagree
            step_either=second.step_either,  # mendI31: "…, next meeting Fri or Mon"
            which_days=second.which_days,  # left31: … on the record's own day
            days_clash=second.days_clash,
        )
    except UserError:
        return None
    if outcome is None or (isinstance(outcome, Question) and outcome.repeated):
        return None
    if not isinstance(outcome, Question) and outcome.duplicate:
        return None
    if isinstance(outcome, Question):
        return log_reply(who.language, outcome)
    return logged_reply(who.language, outcome)


def _mate(said: str | None, text: str) -> str | None:
    """The colleague a win was won with, as typed; a mention (read as "@person") as its Slack
    form, the first one in the message (mendG31)."""
    if said != "@person":
        return said
    found = re.search(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>", text)
    return found.group(0) if found else None


def _coming(who: Who, found: Recognition) -> NextStep | None:
    """ "Møte med DNB fredag kl 14" said on a Tuesday: the coming Friday, offered beside last
    Friday's, as the lead's next step in its author's words (session 25)."""
    if found.ahead is None or found.kind is None:
        return None
    # left33: with the time said after its day ("møte kl 14"), as a planned step keeps it
    what = " ".join(filter(None, (str(found.kind), found.ahead_at)))
    return _in_own_words(
        who, replace(found.command(), next_step=NextStep(what, found.ahead))
    ).next_step


def _in_own_words(who: Who, cmd: LogCommand) -> LogCommand:
    """The lead's next step as its author would have typed it ("tilbud", not "offer"; with the
    time they said after its day: "samtale kl 10", not "call kl 10")."""
    if cmd.next_step is None:
        return cmd
    return replace(cmd, next_step=replace(cmd.next_step, what=_own_words(who, cmd.next_step.what)))


def _own_words(who: Who, what: str) -> str:
    """A step's words as its author would have typed them ("call kl 10": "samtale kl 10")."""
    kind, _, clock = what.partition(" ")
    if kind in KIND_WORDS and (not clock or time_suffix(clock.split()) == len(clock.split())):
        return " ".join(filter(None, (translate(who.language, KIND_WORDS[kind]), clock)))
    return what


def _store_one(
    uow: UnitOfWork,
    who: Who,
    channel: str,
    message: dict[str, Any],
    found: Recognition,
    message_ref: str,
    ref_suffix: str,
) -> Said | None:
    cmd = _in_own_words(who, found.command())
    try:
        booking = (
            found.outcome is Outcome.LIKELY
            and not found.complete
            and not found.planned
            and not found.nameless
        )  # "bokade möte med Volvo": a talk booked, no day, none held
        if booking and (
            planned := activities.ask_booked(
                uow.session,
                who,
                cmd,
                message.get("text"),
                message_ref=message_ref,
                source_ref=message_ref + ref_suffix,
                now=uow.now,
                held=False,
            )  # fmt: skip
        ):
            outcome = planned
        elif found.corrects is not None and (
            corrected := activities.ask_correction(
                uow.session,
                who,
                cmd,
                found.corrects,
                message_ref=message_ref,
                source_ref=message_ref + ref_suffix,
                now=uow.now,
            )
        ):
            # "Rettelse: Nammo var 350k, ikke 320k": that record mended, or another deal?
            outcome = corrected
        elif found.outcome is Outcome.LIKELY:
            outcome = activities.ask_about_message(
                uow.session,
                who,
                cmd,
                message_ref=message_ref,
                source_ref=message_ref + ref_suffix,
                # A coming meeting is planned (the lead's next step), never logged as held.
                complete=found.complete and not found.planned,
                planned=found.planned,
                now=uow.now,
                words=message.get("text"),
                # The question names the day when it is not today (an edit days later).
                today=uow.who.today,
                price=found.price,  # "85k/mnd …, 24 mnd binding": the price, beside the whole
                with_vat=found.with_vat,  # "… 1 mill inkl mva": without VAT, or as written?
                # "Marks and Spencer", neither known: one customer of both names, or two
                one_of_two=(
                    (found.one_name, found.also.customer)
                    if found.one_name and found.also is not None and found.also.customer
                    else None
                ),
                place=found.place,  # "Møte i Drammen": which customer? (readers24)
                nameless=found.nameless,  # session 43: "Signed!! 🍾": which customer?
                ahead=_coming(who, found),  # "Møte med DNB fredag kl 14": last or coming?
                which_days=found.which_days,  # "Met Kiwi 11/10": 11 Oct or 10 Nov? (review25)
                days_clash=found.days_clash,  # "Møte med Tine tirsdag 16." a Wednesday (left31)
                which_kind=found.which_kind,  # "Kiwi 95k": an offer or a win? (review25)
                step_days=found.clash_days,  # "tirsdag 16." a Wednesday: which day? (mendC30)
                # "Jag och Kari vann Telenor": whose win to log? (mendG31)
                together=_mate(found.together, message.get("text") or ""),
                step_either=found.step_either,  # "…, next meeting Fri or Mon" (mendI31)
                unnamed=found.unnamed,  # a wrap-up's one win asked alone, its counts (mendD32)
                # "…, følger opp etter 14/12": the step named, a day after it offered (mendC33)
                unsure_step=(
                    (found.step_words, found.step_after, _own_words(who, found.step_what))
                    if found.step_words and found.step_after and found.step_what
                    else None
                ),
            )
            if outcome is None:
                return None
        elif found.planned:
            # "…, ingen svar, prøver igjen torsdag": the next try only on a lead open already
            planned = activities.plan(uow.session, who, cmd, now=uow.now, open_only=found.retry)
            if planned is None:
                return None  # planned so already (the same message delivered again), or no lead
            # Said privately what was planned: the ✅ alone read as a meeting counted.
            reply = planned_reply(who.language, planned, (channel, message["ts"]))
            return Said(channel, message["ts"], reply)
        else:
            # "Ringte Equinor, booket møte": the talk booked is asked its day, never dropped
            booked = activities.ask_booked(
                uow.session, who, cmd, message.get("text"), message_ref=message_ref,
                source_ref=message_ref + ref_suffix, now=uow.now,
            )  # fmt: skip
            outcome = booked or activities.log(
                uow.session,
                who,
                cmd,
                source=Source.MESSAGE,
                source_ref=message_ref + ref_suffix,
                now=uow.now,
                # A new name close to a known customer's ("Equinr", "Aker" beside "Aker BP")
                # is asked, as in a command: a typo never becomes a customer of its own.
                words=message.get("text"),  # "nytt tilbud på …": an offer of its own
            )
    except UserError:
        return None  # a message is not a command: no error note in the channel
    if isinstance(outcome, Question):
        # A colleague's lead, the same deal again, a huge amount: asked privately, once.
        if outcome.repeated:
            return None
        return Said(channel, message["ts"], log_reply(who.language, outcome), react=False)
    if outcome.duplicate:
        return None  # another delivery of this message already stored, reacted and replied
    return Said(channel, message["ts"], logged_reply(who.language, outcome))


def thread_of(message: dict[str, Any]) -> str | None:
    """The thread a message was written in (its parent's ts), else None: a note about it goes
    into that thread, where its author is reading (was: the channel's main view)."""
    parent = message.get("thread_ts")
    return parent if isinstance(parent, str) and parent and parent != message.get("ts") else None


def _tell(
    client: WebClient, request: Request, said: Said | None, thread: str | None = None
) -> None:
    if said is None:
        return
    if said.react:
        # Stored already: a reaction Slack refused, or a line that dropped, never keeps the
        # author's note (and its Undo) from them.
        try:
            client.reactions_add(channel=said.channel, timestamp=said.ts, name=REACTION)
        except SLACK_CALL_ERRORS as err:
            if slack_error(err) != "already_reacted":
                log.info("reaction not added: %s", slack_error(err))
    for reply in (said.reply, *said.more):
        _note(client, request, said.channel, reply, thread)


def _note(
    client: WebClient | None,
    request: Request,
    channel: str,
    reply: dict[str, Any] | None,
    thread: str | None = None,
    *,
    user: str | None = None,
) -> None:
    """`reply` to the requester (or `user`) privately in the channel, else in a DM."""
    user = user or request.user_id
    if reply is not None and user and client is not None:
        try:
            in_thread = {"thread_ts": thread} if thread else {}
            client.chat_postEphemeral(channel=channel, user=user, **reply, **in_thread)
        except SLACK_CALL_ERRORS as err:
            why = slack_error(err)
            if why not in NOT_THERE:  # a dropped line may have delivered it: not sent twice
                log.info("note not delivered: %s", why)
                return
            # The author is no longer in the channel (or it went away, or Slack holds back
            # notes for now): the note, with its Undo, comes in a DM instead.
            try:
                client.chat_postMessage(channel=user, **reply)
            except SLACK_CALL_ERRORS as err:
                log.info(
                    "note not delivered, in the channel (%s) nor a DM: %s", why, slack_error(err)
                )


def add_reaction(client: WebClient, message: tuple[str, str] | None) -> None:
    """The ✅ on a message recorded from its question's button or the form behind Edit."""
    if message is None:
        return
    channel, ts = message
    try:
        client.reactions_add(channel=channel, timestamp=ts, name=REACTION)
    except SLACK_CALL_ERRORS as err:
        if slack_error(err) != "already_reacted":
            log.info("reaction not added: %s", slack_error(err))


def take_back_reaction(client: WebClient, message: tuple[str, str] | None) -> None:
    """The ✅ off a message whose record was undone (the channel no longer says it counts)."""
    if message is None:
        return
    channel, ts = message
    try:
        client.reactions_remove(channel=channel, timestamp=ts, name=REACTION)
    except SLACK_CALL_ERRORS as err:
        log.info("reaction not removed: %s", slack_error(err))


# "/logwin Hydro 90k" sent to the bot as text (a leading space; Slack's "send as a message" when
# the command failed): read as typed after the command. Only in words to the bot: in the team
# channel it may be someone showing a colleague the command.
_SLASHED = re.compile(
    r"^\s*/(?=(?:" + "|".join(c.lstrip("/") for c in LOG_COMMANDS) + r")\b)", re.IGNORECASE
)


def _unslashed(text: str) -> str:
    return _SLASHED.sub("", text, count=1)


def on_direct_message(
    request: Request,
    client: WebClient,
    event: dict[str, Any],
    *,
    explain: bool = True,
    bot_user_id: str | None = None,
) -> None:
    """A message to the bot itself: `meeting Acme warm` works like the slash command; what
    would be recorded in a team channel ("Skrev kontrakt med ICA idag 400 000 kr") is recorded
    or asked about the same way; anything else gets a pointer to the commands (never silence)."""
    channel = event["channel"]
    at = posted_at(event, request.now)
    text = event.get("text") or ""
    if bot_user_id:
        # "@kpibot vant Nammo 320k": the bot's own name is who is spoken to, not a colleague
        # whose win it tells (was answered with the help text, nothing recorded).
        text = text.replace(f"<@{bot_user_id}>", "").strip()
    # "Kan du logge et møte med Aker i går?": the request around the words is not read.
    spoken = {**event, "text": spoken_to_bot(_unslashed(text))}
    if mention_command(spoken["text"]) is not None:
        with request.writing() as uow:
            message_edits.one_at_a_time(uow.session, request.workspace_id, channel, event["ts"])
            if not _first_read(uow, channel, event):
                return
            said = _read_mention(uow, channel, spoken, "", at=at)
        _tell(client, request, said, thread_of(event))
        return
    with request.reading() as uow:
        language = uow.who.language
        found = _understand(uow, channel, spoken, to_bot=True, at=at)
    if found.outcome is not Outcome.NOTHING:
        with request.writing() as uow:
            message_edits.one_at_a_time(uow.session, request.workspace_id, channel, event["ts"])
            if not _first_read(uow, channel, event):
                return
            said = _store(uow, channel, spoken, found, ref_suffix="", at=at)
        _tell(client, request, said, thread_of(event))
        return
    if not explain:
        return
    try:
        client.chat_postMessage(
            channel=event["channel"], **text_message(render(language, "dm_help"))
        )
    except SLACK_CALL_ERRORS as err:
        log.info("DM help not delivered: %s", slack_error(err))


def on_edit(
    request: Request, client: WebClient, event: dict[str, Any], bot_user_id: str | None = None
) -> None:
    message = event.get("message") or {}
    channel = event.get("channel")
    if message.get("subtype") == "tombstone":
        # A message with replies, deleted: Slack keeps its place in the thread as Slackbot's
        # "This message was deleted." (an edit, not a deletion). Its record goes as with one.
        on_delete(request, {**event, "deleted_ts": message.get("ts")}, bot_user_id, client)
        return
    if not channel or not message.get("user") or _by_app(message):
        return
    if message.get("user") == SLACKBOT:
        return
    previous = event.get("previous_message") or {}
    if previous and previous.get("text") == message.get("text"):
        return  # a link unfurled or a reaction: the words did not change
    if not previous and not message.get("edited"):
        # Slack changed the message, not its author (a person's edit carries `edited`): its
        # language detection or an unfurl, sent without the version before. Was read as an
        # edit: a second "Logged" note, a question asked again, a message from before kpibot
        # joined recorded.
        return
    ts = message["ts"]
    edited = (message.get("edited") or {}).get("ts") or event.get("event_ts") or ""
    suffix = f":e{edited}"
    if event.get("channel_type") != "im" and _edited_correction(
        request, client, message, channel, edited
    ):
        return
    text = message.get("text") or ""
    tag = f"<@{bot_user_id}>" if bot_user_id else None
    mention = tag is not None and tag in text
    was_mention = tag is not None and tag in (previous.get("text") or "")
    direct = event.get("channel_type") == "im"  # a message to the bot itself
    said: Said | None = None
    with request.writing() as uow:
        message_edits.one_at_a_time(uow.session, request.workspace_id, channel, ts)
        capturing = activities.capture_enabled(uow.session, request.workspace_id, channel)
        if not (capturing or direct or mention or was_mention):
            # Elsewhere only a mention or a message to the bot records anything; a record
            # read while capture was on stays as it was read.
            return
        if not message_records.newest_message_version(
            uow.session, request.workspace_id, channel, ts, edited_ts=edited, now=uow.now
        ):
            return  # this edit was read already, or a newer one, or the deletion
        # Read as of when the message was posted (first read), not the day of the edit.
        first = message_records.message_first_read(uow.session, request.workspace_id, channel, ts)
        at = posted_at(message, first or uow.now) or first
        as_command = mention or (direct and mention_command(_unslashed(text)) is not None)
        found = None
        edited_all: tuple[bool, Said | None] | None = None  # (its ✅ goes, what is said)
        if not as_command and (capturing or direct):
            found = _understand(uow, channel, message, to_bot=direct, at=at)
            # A message whose "Record all" was clicked: row by row (session 25)
            edited_all = _record_all_edited(uow, channel, message, found, suffix, at)
        if edited_all is None and not as_command and (capturing or direct):
            if found.outcome is Outcome.SURE and (
                message_records.message_record_undone_by_a_person(
                    uow.session, request.workspace_id, channel, ts
                )
                or message_records.message_said_the_same(
                    uow.session, request.workspace_id, channel, ts
                )
            ):
                # Its author (or a manager) undid what it recorded, or said it was the same
                # meeting as one logged before: the edit is asked about.
                found = replace(found, outcome=Outcome.LIKELY)
            said = _amended(uow, channel, message, suffix, found, at)
        had_record = said is not None
        if edited_all is not None:
            # its records all gone: its ✅ goes (had_record), else it stays
            had_record, said = edited_all
        elif said is None:
            # A record a later entry built on (the win that closed the deal it offered) made
            # another kind or customer: asked about, never recorded unasked.
            built_upon = message_records.message_record_built_upon(
                uow.session, request.workspace_id, channel, ts
            )
            recorded = message_records.message_record(
                uow.session, request.workspace_id, channel, ts
            )
            handled, had_record = message_records.message_record_edited(
                uow.session,
                request.workspace_id,
                channel,
                ts,
                suffix,
                by_user=message["user"],
                now=uow.now,
            )
            if handled:
                return
            long_ago = False
            if first is None and not had_record:
                # Read as chatter days ago, now corrected into a record: counted on the day it
                # was posted, as an edit of a recorded message is (was: the day of the edit,
                # perhaps another week's figures).
                posted = _posted(message)
                then = message_edits.unread_edit_read_as_of(posted, now=uow.now)
                if then is not None and then != at:
                    at, found = then, None  # read again as of then
                elif then is None and message_edits.posted_long_ago(
                    posted, edited=_posted({"ts": edited}) or uow.now
                ):
                    # Posted weeks ago, never read (before kpibot was there), edited now (a
                    # typo put right): what it says happened then, and may have been logged
                    # since. Asked, dated as posted (was: counted today, this week's figure).
                    at, found, long_ago = posted, None, True
            if as_command:
                # `@kpibot win Nammo 230k`, or `win Nammo 230k` to the bot: read as the
                # command is.
                said = _read_mention(
                    uow, channel, message, suffix, bot_user_id=bot_user_id, explain=False, at=at
                )
            elif not (capturing or direct):
                # A mention edited into words that record nothing: its record went above.
                said = None
            else:
                if found is None:
                    found = _understand(uow, channel, message, to_bot=direct, at=at)
                if found.outcome is Outcome.NOTHING and not direct and thread_of(message):
                    # A reply naming no customer, edited ("Won it! 320k"): asked again with
                    # the thread's customer, as when it was posted.
                    found = _in_its_thread(uow, channel, message, at) or found
                if (built_upon or long_ago) and found.outcome is Outcome.SURE:
                    found = replace(found, outcome=Outcome.LIKELY)
                if found.outcome is Outcome.NOTHING and had_record and recorded is not None:
                    # The edit took its record back and now says nothing countable ("Won
                    # Nammo 320k" with the customer's name taken out): whether the record
                    # stands is asked, with it (was: the win left the figures without a word,
                    # only its ✅ went).
                    found = Recognition(
                        Outcome.LIKELY, recorded.kind, recorded.customer, recorded.amount,
                        recorded.currency, recorded.day, known_customer=True, complete=True,
                    )  # fmt: skip
                said = _read_edit(uow, channel, message, found, suffix, at)
    if said is not None:
        if had_record and not said.react:
            # Its record was taken back and what it now says is only asked about: the ✅ goes
            # until an answer records it (the answer's record puts it back).
            take_back_reaction(client, (channel, ts))
        if had_record:
            said = replace(said, react=False)  # the message has its ✅ already
        _tell(client, request, said, thread_of(message))
    elif had_record:
        # The edit took the record away: so goes the ✅.
        try:
            client.reactions_remove(channel=channel, timestamp=ts, name=REACTION)
        except SLACK_CALL_ERRORS:
            pass


def _amended(
    uow: UnitOfWork,
    channel: str,
    message: dict[str, Any],
    suffix: str,
    found: Recognition,
    at: datetime | None,
) -> Said | None:
    """The message's record amended in place when the edit still records the same kind with
    the same customer (amount, currency, day changed): None when it does not."""
    if found.outcome is not Outcome.SURE or found.planned or found.also is not None:
        return None
    who = _as_of(uow, at)
    if activities.answered_not_a_sale(
        uow.session, who.workspace_id, f"msg:{channel}:{message['ts']}"
    ):
        return None
    logged = message_records.amend_message_record(
        uow.session,
        who,
        channel,
        message["ts"],
        suffix,
        _in_own_words(who, found.command()),
        now=uow.now,
    )
    if logged is None:
        return None
    # Recorded as it now reads: a question still open about what it said before stores
    # nothing any more.
    activities.withdraw_question_at(
        uow.session, who.workspace_id, f"msg:{channel}:{message['ts']}", now=uow.now
    )
    # The ✅ stays; the note says what the record is now.
    return Said(channel, message["ts"], logged_reply(who.language, logged), react=True)


def _record_all_edited(
    uow: UnitOfWork,
    channel: str,
    message: dict[str, Any],
    found: Recognition,
    suffix: str,
    at: datetime | None,
) -> tuple[bool, Said | None] | None:
    """Session 25 (conv25). A message whose "Record all" was clicked, edited: a row taken out
    takes its records with it, a row left as it was keeps them, a row added is asked (was: the
    edit undid all N and asked nothing). Whether its ✅ goes (nothing of it counts any more),
    and what its author is told (nothing when the edit changed nothing). None: not such a
    message."""
    who = _as_of(uow, at)
    ts = message["ts"]
    rows: list[LogCommand] = []
    undated: list[bool] = []
    row: Recognition | None = found
    while row is not None and row.outcome is not Outcome.NOTHING:
        if not row.planned:
            rows.append(_in_own_words(who, row.command()))
            undated.append(row.undated)
        row = row.also
    edited = activities.record_all_edited(
        uow.session, who, channel, ts, rows, ref_suffix=suffix, now=uow.now, undated=undated
    )
    if edited is None:
        return None
    if not edited.changed:
        return False, None  # the same rows: nothing changes, nothing said
    reply = record_all_edited_reply(who.language, edited) if edited.removed else None
    more = (question_reply(who.language, edited.asked),) if edited.asked is not None else ()
    if reply is None and more:
        reply, more = more[0], ()
    gone = bool(edited.removed) and edited.kept == 0
    return gone, Said(channel, ts, reply, react=False, more=more)


def _read_edit(
    uow: UnitOfWork,
    channel: str,
    message: dict[str, Any],
    found: Recognition,
    suffix: str,
    at: datetime | None,
) -> Said | None:
    """What an edited message now says, its old records gone: stored, asked about, or
    nothing (its open questions withdrawn)."""
    ref = f"msg:{channel}:{message['ts']}"
    if found.outcome is Outcome.NOTHING:
        activities.withdraw_message_questions(
            uow.session, uow.request.workspace_id, ref, now=uow.now
        )
        return None
    if found.outcome is Outcome.SURE:
        # Recorded as it now reads: a question still open about what it said before stores
        # nothing any more (its Edit opened a form for a second record).
        activities.withdraw_question_at(uow.session, uow.request.workspace_id, ref, now=uow.now)
    return _store(uow, channel, message, found, ref_suffix=suffix, at=at)


def on_delete(
    request: Request,
    event: dict[str, Any],
    bot_user_id: str | None = None,
    client: WebClient | None = None,
) -> None:
    channel = event.get("channel")
    ts = event.get("deleted_ts") or (event.get("previous_message") or {}).get("ts")
    if not channel or not ts:
        return
    said = (event.get("previous_message") or {}).get("text") or ""
    author = (event.get("previous_message") or {}).get("user")
    gone = None
    with request.writing() as uow:
        message_edits.one_at_a_time(uow.session, request.workspace_id, channel, ts)
        record = message_records.message_record(uow.session, request.workspace_id, channel, ts)
        first = None
        if (
            event.get("channel_type") == "im"
            or (bot_user_id and f"<@{bot_user_id}>" in said)
            or activities.capture_enabled(uow.session, request.workspace_id, channel)
        ):
            # Remembered: the message itself, delivered after this, is not counted.
            first = message_records.newest_message_version(
                uow.session, request.workspace_id, channel, ts, deleted=True, now=uow.now
            )
        kept = message_records.message_deleted(
            uow.session, request.workspace_id, channel, ts, now=uow.now
        )
        if kept and first is None:
            first = message_records.newest_message_version(
                uow.session, request.workspace_id, channel, ts, deleted=True, now=uow.now
            )
        if record is not None and not kept and isinstance(author, str) and author:
            # Its week was reported already: the author hears it is no longer counted (was:
            # gone from the figures without a word, after the digest had named it).
            gone = reported.gone_from_reported(
                uow.session, request.workspace_id, channel, author, record.kind,
                record.customer, record.day,
            )  # fmt: skip
    for offer in kept if first else ():  # Slack's retry of the deletion says nothing more
        _note(client, request, channel, kept_offer_reply(offer.language, offer), user=offer.user_id)
    if gone is not None:  # once: a retry of the deletion finds no record left
        _note(
            client, request, channel, deleted_record_reply(gone.language, gone), user=gone.user_id
        )


def handle_app_mention(
    event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    if not _is_person(event, context) or _from_outside(event, body, context):
        return
    event = with_words(event)
    request: Request = context["request"]
    with request.writing() as uow:
        message_edits.one_at_a_time(
            uow.session, request.workspace_id, event["channel"], event["ts"]
        )
        if not _first_read(uow, event["channel"], event):
            return
        said = _read_mention(
            uow,
            event["channel"],
            event,
            "",
            bot_user_id=context.bot_user_id,
            at=posted_at(event, request.now),
        )
    _tell(client, request, said, thread_of(event))


def _read_mention(
    uow: UnitOfWork,
    channel: str,
    message: dict[str, Any],
    ref_suffix: str,
    *,
    bot_user_id: str | None = None,
    explain: bool = True,
    at: datetime | None = None,
) -> Said | None:
    """`@kpibot meeting Acme warm`: the slash-command parser, as if typed after /logmeeting.
    What cannot be read is answered privately with a correct example. Words that do not start
    with a kind ("@kpibot vant Equinor 450k", "@kpibot signed Acme 200k") are read as a message
    to the bot is; when they record nothing, the author is told what the bot reads (`explain`)."""
    text = message.get("text") or ""
    if bot_user_id:
        # "thanks @kpibot!": only words that start by naming the bot are answered with a
        # pointer when they record nothing.
        explain = explain and text.lstrip().startswith(f"<@{bot_user_id}>")
        # The bot's own name is who is spoken to, not a colleague the message is about.
        text = text.replace(f"<@{bot_user_id}>", " ")
    message = {**message, "text": spoken_to_bot(_unslashed(text.strip()))}
    parsed = mention_command(message["text"])
    if parsed is None:
        return _read_said_to_bot(uow, channel, message, ref_suffix, explain, at=at)
    kind, rest = parsed
    who = _as_of(uow, at)
    ref = f"msg:{channel}:{message['ts']}{ref_suffix}"
    try:
        outcome = activities.log_text(
            uow.session,
            who,
            kind,
            rest,
            source=Source.MESSAGE,
            source_ref=ref,
            now=uow.now,
            booked_what=translate(who.language, KIND_WORDS[kind.value]),
        )
    except UserError as err:
        reply = error_reply(who.language, err.code, err.params, kind.value)
        return Said(channel, message["ts"], reply, react=False)
    if isinstance(outcome, Question):
        if outcome.repeated:
            return None
        return Said(channel, message["ts"], log_reply(who.language, outcome), react=False)
    if outcome.duplicate:
        return None
    return Said(channel, message["ts"], logged_reply(who.language, outcome))


def _read_said_to_bot(
    uow: UnitOfWork,
    channel: str,
    message: dict[str, Any],
    ref_suffix: str,
    explain: bool,
    *,
    at: datetime | None = None,
) -> Said | None:
    found = _understand(uow, channel, message, to_bot=True, at=at)
    if found.outcome is not Outcome.NOTHING:
        return _store(uow, channel, message, found, ref_suffix=ref_suffix, at=at)
    if not explain:
        return None
    # Answered once: Slack's retry of this mention, read as stale, is not answered again.
    message_records.message_answered(
        uow.session, uow.request.workspace_id, channel, message["ts"], now=uow.now
    )
    reply = text_message(render(uow.who.language, "dm_help"))
    return Said(channel, message["ts"], reply, react=False)


def register(app: App) -> None:
    app.event("message")(guarded(handle_message))
    app.event("app_mention")(guarded(handle_app_mention))
