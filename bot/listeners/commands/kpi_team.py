"""/kpi setup, /kpi settings, /kpi managers, /kpi goal: a manager's team tools."""

from __future__ import annotations

import logging
from collections.abc import Collection, Iterable
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import i18n
from bot.errors import UserError
from bot.ids import SettingsMetadata
from bot.listeners.views.settings import fingerprint
from bot.rendering.blocks import role_question, shared_setup_question, text_message
from bot.rendering.settings import LANGUAGE_NAMES, settings_modal
from bot.rendering.status import KPI_LABELS, goals_list_text
from bot.rendering.text import Mrkdwn, escape, mention, plain, render
from bot.services import teams
from bot.services.dates import fold
from bot.services.kpi_args import MENTION, mentioned_user, respelt_word, selling_word
from bot.slack_client import SLACK_CALL_ERRORS, open_form, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)

# /kpi managers add|remove @name, in four languages ("ta bort" is Swedish for remove).
# `/kpi managers add|remove|list`, folded, in four languages; anything else is said, never
# read as "list" ("managers delete @x", "managers ad @x" listed the managers, the words dropped).
ADD_WORDS = {"add", "legg", "lagg", "tilfoj", "+", "ad", "new", "ny", "nye"}
REMOVE_WORDS = {"remove", "fjern", "ta", "bort", "delete", "slett", "slet", "radera", "-", "rm"}
LIST_WORDS = {"list", "liste", "lista", "vis", "visa", "show", "who", "hvem", "vem"}


def _read_channel(
    client: WebClient, channel_id: str, request: Request, known: frozenset[str] = frozenset()
) -> tuple[str | None, list[dict[str, Any]], bool, int, list[str], list[str]]:
    """The channel's name, its people (users.info answers; bots, deactivated accounts,
    guests and other organisations' people left out), whether another organisation reads it
    (Slack Connect), how many members Slack could not tell about now (a rate limit, a 5xx),
    the user ids of the guest accounts of this organisation in it, and those of the `known`
    members (teams.known_members) Slack was not asked about. The others are asked about first,
    then the known ones; after two rate-limit refusals in a row (not waited out) nobody more is
    asked (Slack refuses the method for its Retry-After: each further call was refused too), and
    a known member left unasked stays as they are (was: the members read in a first run asked
    about again first in the next, which met the limit at the same place: a channel bigger than
    a minute of users.info never came in whole).
    UserError when the bot cannot see it: it must be in the channel."""
    try:
        info = client.conversations_info(channel=channel_id)["channel"]
        if not info.get("is_member", True):
            # Digests, capture and replies in the channel all need the bot in it.
            raise UserError("bot_not_in_channel")
        members: list[str] = []
        cursor = None
        while True:
            page = client.conversations_members(channel=channel_id, limit=200, cursor=cursor)
            members += page.get("members", [])
            cursor = (page.get("response_metadata") or {}).get("next_cursor")
            if not cursor:
                break
    except SlackApiError as err:
        log.info("setup could not read the channel: %s", slack_error(err))
        raise UserError("bot_not_in_channel") from None
    people, unread, guests, kept = [], 0, [], []
    refused = 0  # rate-limit refusals in a row: at the second, nobody more is asked
    first = [m for m in members if m not in known]
    for user_id in first + [m for m in members if m in known]:
        try:
            if refused >= 2:
                raise _NotAsked()
            user = client.users_info(user=user_id, include_locale=True)["user"]
            refused = 0
        except (_NotAsked, *SLACK_CALL_ERRORS) as err:
            refused = refused + 1 if _rate_limited(err) or isinstance(err, _NotAsked) else 0
            if user_id in known and _for_now(err):
                kept.append(user_id)  # in the team, as they are
            elif _for_now(err):
                # Left out for now, and said so (was: left out unsaid, their work in no team's
                # figures until they logged something in the channel).
                if not isinstance(err, _NotAsked):
                    log.info("setup could not read a member now: %s", slack_error(err))
                unread += 1
            continue
        # People of another organisation in a shared channel (Slack Connect) and guest accounts
        # are no sellers.
        if teams.can_sell(user, request.workspace_id, request.enterprise_id):
            people.append(user)
        elif teams.is_person(user) and teams.of_this_organisation(
            user, request.workspace_id, request.enterprise_id
        ):
            guests.append(user_id)  # kept: made a full member, they join the team
    return info.get("name"), people, teams.shared_outside(info), unread, guests, kept


class _NotAsked(Exception):
    """A member not asked about: Slack's rate limit already met in this run."""


def _rate_limited(err: Exception) -> bool:
    return isinstance(err, SlackApiError) and (
        err.response.status_code == 429 or slack_error(err) == "ratelimited"
    )


def _for_now(err: Exception) -> bool:
    """A Slack call that may answer in a minute: a rate limit, a 5xx, a dropped line (not an
    answer about the person, such as user_not_found)."""
    if not isinstance(err, SlackApiError):
        return True  # also _NotAsked
    return _rate_limited(err) or err.response.status_code >= 500


def _some_names(names: list[str], shown: int = 20) -> str:
    ordered = sorted(names, key=str.casefold)
    text = ", ".join(ordered[:shown])
    return text + (f" … (+{len(ordered) - shown})" if len(ordered) > shown else "")


def setup(
    request: Request, client: WebClient, *, shared_ok: bool = False, move: Collection[str] = ()
) -> dict[str, Any]:
    """Who asks first; then Slack about the channel, outside any transaction (a write lock is
    never held across an HTTP call); then one unit of work that stores the team. A channel
    another organisation reads is asked about first (`shared_ok`: the manager said yes).
    Members in another team stay there unless the manager said to `move` them (asked in the
    answer, with buttons that carry who was shown: `move`, their user ids)."""
    with request.reading() as uow:
        teams.check_setup(uow.who, request.channel_id)
        language = uow.who.language
        known = teams.known_members(uow.session, uow.who, request.channel_id or "", uow.now)
    channel_id = request.channel_id
    assert channel_id is not None
    name, people, shared, unread, guests, kept = _read_channel(client, channel_id, request, known)
    if shared and not shared_ok:
        return shared_setup_question(language, channel_id)
    with request.writing() as uow:
        who = uow.who
        done = teams.set_up(
            uow.session,
            who,
            channel_id,
            name,
            people,
            now=uow.now,
            move=move,
            guests=guests,
            kept=kept,
        )
    text = render(
        who.language,
        "setup_done",
        sells=done.sells,
        again=done.again,
        channel=done.channel,
        count=len(done.names),
        names=_some_names(done.names),
        team=done.settings,
        language_name=LANGUAGE_NAMES.get(done.settings.language, done.settings.language),
        weekday=i18n.weekday_name(done.settings.digest_weekday, who.language),
        shared=shared,
        unread=unread,
    )
    elsewhere = None
    if done.elsewhere:
        listed = sorted(done.elsewhere, key=lambda pair: pair[0].casefold())
        elsewhere = render(
            who.language,
            "setup_elsewhere",
            count=len(listed),
            names=Mrkdwn(", ".join(f"{plain(n)} (<#{escape(c)}>)" for n, c in listed)),
        )
    return role_question(who.language, text, done.sells, elsewhere, done.elsewhere_ids)


def role(request: Request, rest: str) -> dict[str, Any]:
    """`/kpi role manager` (a manager who does not sell) or `/kpi role seller`."""
    sells = selling_word(rest)
    if sells is None:
        raise UserError("bad_role")
    with request.writing() as uow:
        teams.set_selling(uow.session, uow.who, sells)
        language = uow.who.language
    return text_message(render(language, "role_set", sells=sells))


def open_settings(request: Request, client: WebClient, trigger_id: str) -> None:
    """The form shows the team as it is set now and carries its id, so a short read comes before
    views.open (a read never waits for writers)."""
    with request.reading() as uow:
        who = uow.who
        form = teams.settings_form(uow.session, who)
    view = settings_modal(
        who.language,
        form.settings,
        form.goals,
        SettingsMetadata(form.settings.team_id).to_json(),
        team_goals=form.team_goals,
        listed=form.listed,
    )
    # What each field shows, so that its submission changes only what was changed in it.
    shown = fingerprint(view)
    view["private_metadata"] = SettingsMetadata(form.settings.team_id, shown).to_json()
    try:
        open_form(client, trigger_id, view)
    except SLACK_CALL_ERRORS as err:
        log.warning("the settings form did not open: %s", slack_error(err))
        raise UserError("form_not_opened") from None


def managers(request: Request, words: list[str], text: str) -> dict[str, Any]:
    said = words[1] if len(words) > 1 else "list"
    action = fold(said).rstrip(":")
    if action.startswith("+") and len(action) > 1:  # "managers +@kari"
        action = "+"
    if action not in ADD_WORDS | REMOVE_WORDS | LIST_WORDS:
        respelt = respelt_word(action, {w: w for w in ADD_WORDS | REMOVE_WORDS if len(w) >= 4})
        if respelt is None:
            raise UserError("managers_unread", text=MENTION.sub("@…", said)[:40])
        action = respelt  # "managers remvoe @x"
    # Everyone mentioned ("add @kari @ola"), never only the first; a plain "@ola" is refused.
    user_ids = list(dict.fromkeys(MENTION.findall(text))) or [mentioned_user(text)]
    if action in ADD_WORDS:
        # "… non-selling" makes them a manager who does not sell; otherwise they stay as they were.
        sells = selling_word(MENTION.sub(" ", " ".join(words[2:])))
        with request.writing() as uow:
            who = uow.who
            for user_id in user_ids:
                teams.add_manager(uow.session, who, user_id, now=uow.now, sells=sells)
        return _lines(
            render(who.language, "managers", action="added", user=mention(u), sells=sells)
            for u in user_ids
        )
    if action in REMOVE_WORDS:
        with request.writing() as uow:
            who = uow.who
            removed = [teams.remove_manager(uow.session, who, u) for u in user_ids]
        return _lines(
            render(
                who.language,
                "managers",
                action="removed" if gone else "not_manager",
                user=mention(u),
            )
            for u, gone in zip(user_ids, removed, strict=True)
        )
    with request.reading() as uow:
        who = uow.who
        user_ids = teams.managers(uow.session, who)
    people = ", ".join(mention(u) for u in user_ids)
    return text_message(render(who.language, "managers", action="list", users=Mrkdwn(people)))


def _lines(texts: Iterable[str]) -> dict[str, Any]:
    return text_message("\n".join(t.strip() for t in texts))


def goal(request: Request, text: str) -> dict[str, Any]:
    if not text.strip() or fold(text.strip()) in {"list", "liste", "lista"}:
        return goals(request)
    # "goal @mette @lars møter 8": each seller mentioned gets it, never only the first (was:
    # Lars dropped unsaid); one unit of work, so all or none is stored.
    users = list(dict.fromkeys(MENTION.findall(text)))
    words = MENTION.sub(" ", text)
    texts = [f"<@{user}> {words}" for user in users] if len(users) > 1 else [text]
    with request.writing() as uow:
        who = uow.who
        done = [teams.set_goal(uow.session, who, each, now=uow.now) for each in texts]
    return _lines(
        render(
            who.language,
            "goal_set",
            kpi=goal_set.kpi,
            kpi_label=i18n.translate(who.language, KPI_LABELS[goal_set.kpi]),
            target=goal_set.target,
            period=goal_set.period,
            user=mention(goal_set.user_id) if goal_set.user_id else None,
            currency=goal_set.currency,
            existed=goal_set.existed,
            team=goal_set.team,
            builtin=goal_set.builtin,
            starts_on=goal_set.starts_on,
            until=goal_set.until,
            coming_removed=goal_set.coming_removed,
        )
        for goal_set in done
    )


def goals(request: Request) -> dict[str, Any]:
    """`/kpi goals`: every goal in force and where it comes from."""
    with request.reading() as uow:
        who = uow.who
        listed = teams.list_goals(uow.session, who)
    return text_message(goals_list_text(who.language, listed))
