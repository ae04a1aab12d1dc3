"""Who is asking, in which team, language, time zone and currency: resolved once per request
from the request's own session, in a handful of statements.

Profiles (name, time zone, locale, admin flag) come from users.info and are cached on the seller
for a day. This module only decides; the unit of work fetches a stale profile from Slack (outside
any transaction) and hands it in."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from bot.clock import local_date
from bot.domain import CURRENCY_BY_LANGUAGE
from bot.i18n import person_language
from bot.services.amounts import ForeignKrone
from storage import repositories as repo
from storage.models import Seller
from storage.repositories import SellerRow, TeamRow

PROFILE_TTL = timedelta(hours=24)
# An admin flag older than this gives no manager rights: it is fetched again first (a demoted
# admin loses them within minutes). Paths answered in Slack's 3 s (a submitted form) cannot
# fetch, so a form submitted later than this after the profile was read is refused.
ADMIN_TTL = timedelta(minutes=10)

# Last known language per (workspace, user), for answers given before (or without) the database:
# a modal opened at once, an error message when something failed.
_language_hint: dict[tuple[str, str], str] = {}


# Last known (timezone, what a bare "kr" means) per (workspace, user): a guess for reading a log
# command's text before its requester is read (activities.keys_ahead), checked against the
# requester once read, so a wrong guess only costs reading the text again.
_place_hint: dict[tuple[str, str], tuple[str, str]] = {}


def place_hint(workspace_id: str | None, user_id: str | None) -> tuple[str, str] | None:
    return _place_hint.get((workspace_id or "", user_id or ""))


# Until when this process knows each (workspace, user)'s profile fresh (no users.info due).
_fresh_until: dict[tuple[str, str], datetime] = {}


def profile_known_fresh(workspace_id: str, user_id: str, now: datetime) -> bool:
    """Whether resolving this person at `now` will not fetch their profile, as far as this
    process saw it last (another process may only have refreshed it since)."""
    until = _fresh_until.get((workspace_id, user_id))
    return until is not None and now <= until


def language_hint(workspace_id: str | None, user_id: str | None) -> str:
    return _language_hint.get((workspace_id or "", user_id or ""), "en")


def remember_language(workspace_id: str, user_id: str, language: str) -> None:
    """A language just chosen: what this process says to the person before it reads their row
    again (an outage's "I could not record what you sent" came in the language before)."""
    _language_hint[(workspace_id, user_id)] = language


def forget(workspace_id: str, user_id: str) -> None:
    """An erased person leaves nothing behind in this process either."""
    _language_hint.pop((workspace_id, user_id), None)
    _fresh_until.pop((workspace_id, user_id), None)
    _place_hint.pop((workspace_id, user_id), None)
    _resolved.pop((workspace_id, user_id), None)
    forget_kept(workspace_id, user_id)


@dataclass(frozen=True)
class Who:
    workspace_id: str
    user_id: str
    seller_id: int
    language: str
    timezone: str
    currency: str
    krone: str  # what a bare "kr" means here
    team_id: int | None
    is_manager: bool
    today: date
    is_admin: bool = False  # a workspace admin or owner, as Slack said within ADMIN_TTL
    # The seller's own team (where their work counts, wherever it is typed), its currency (what
    # a bare amount means) and its amount ceiling.
    own_team_id: int | None = None
    own_currency: str | None = None
    own_ceiling: Decimal | None = None
    # What a bare amount from them is in, as they chose it for their own team when their krone
    # is not its currency (migration 0024a). None: not chosen (asked at the next one).
    bare_currency: str | None = None
    # Session 25. An American's slash dates may be month first ("signed 12/1": 1 December):
    # Slack's locale en-US. A Briton (en-GB), a Scandinavian, or a locale not known reads day
    # first, as the held-out writers' English sellers do ("/loglost Halfords 10/12": 10 Dec)
    month_first: bool = False


def own_krone(who: Who) -> str | None:
    """The requester's own krone when it is not their team's currency (nb: NOK, sv: SEK, da:
    DKK; a Dane in a NOK team: DKK), else None (an English speaker's krone is the team's): a
    bare amount from them is asked once which it is in (recording.money)."""
    currency = who.own_currency or who.currency
    if who.language == "en" or who.krone == currency:
        return None
    return who.krone


def reading_krone(who: Who) -> str:
    """The krone the readers read the requester's amounts with: theirs, marked ForeignKrone when
    it is not their team's currency (a krone unit naming no country is then asked, review25)."""
    if own_krone(who) is None or (who.own_currency or who.currency) not in KRONER:
        # cmds28: a team counting in no krone (EUR): "85 tkr" from a Dane is DKK, unasked (was
        # "DKK or EUR?", when a krone unit can never be euros); a bare number is still asked
        return who.krone
    return ForeignKrone(who.krone)


# The kroner: a team counting in another of them makes a seller's krone unit ambiguous
KRONER = frozenset({"NOK", "SEK", "DKK", "ISK"})


def bare_choice(who: Who) -> str | None:
    """What the requester chose for their bare amounts in their own team, while it still
    applies: their krone is not the team's currency, and the choice is one of the two (a team
    whose currency was changed since asks again)."""
    krone = own_krone(who)
    if krone is None or who.bare_currency not in (krone, who.own_currency or who.currency):
        return None
    return who.bare_currency


def profile_is_stale(seller: SellerRow | None, now: datetime) -> bool:
    if seller is None or seller.profile_refreshed_at is None:
        return True
    age = now - seller.profile_refreshed_at
    return age > PROFILE_TTL or (seller.is_workspace_admin and age > ADMIN_TTL)


def is_admin_now(seller: SellerRow | Seller | None, now: datetime) -> bool:
    """A workspace admin or owner, as Slack said it within ADMIN_TTL."""
    return bool(
        seller is not None
        and seller.is_workspace_admin
        and seller.profile_refreshed_at is not None
        and now - seller.profile_refreshed_at <= ADMIN_TTL
    )


# Slackbot: a user id, never a seller.
SLACKBOT = "USLACKBOT"


def is_person(user: dict[str, Any]) -> bool:
    """A users.info answer about a human: a bot user, an app's or a workflow's user, Slackbot
    and a deactivated account are nobody's seller (nothing is recorded for them, nothing asked
    or sent to them)."""
    return not (
        user.get("is_bot")
        or user.get("is_app_user")
        or user.get("is_workflow_bot")
        or user.get("deleted")
        or user.get("id") == SLACKBOT
    )


def of_this_organisation(
    user: dict[str, Any], workspace_id: str, enterprise_id: str | None = None
) -> bool:
    """A users.info answer about someone of this workspace, or of its Enterprise Grid
    organisation: not a person of another organisation in a channel shared with it (Slack
    Connect), who is never one of a team's sellers."""
    team = user.get("team_id")
    if not team or team == workspace_id:
        return True
    organisation = (user.get("enterprise_user") or {}).get("enterprise_id")
    return enterprise_id is not None and enterprise_id in {team, organisation}


def is_guest(user: dict[str, Any]) -> bool:
    """A users.info answer about a guest account (multi- or single-channel): invited for some
    channels, not one of the workspace's members. Never one of a team's sellers, and never shown
    a team's figures (employee performance data)."""
    return bool(user.get("is_restricted") or user.get("is_ultra_restricted"))


def can_sell(user: dict[str, Any], workspace_id: str, enterprise_id: str | None = None) -> bool:
    """Someone who may be one of a team's sellers: a person of this organisation, no guest."""
    return (
        is_person(user)
        and of_this_organisation(user, workspace_id, enterprise_id)
        and not is_guest(user)
    )


def no_longer_sells(user: dict[str, Any]) -> bool:
    """A users.info answer (or user_change's user) about a known seller who sells no more: a
    deactivated account, a bot's or an app's, or a guest account (made one later). No DMs to
    them from then on; their past work and their leads stay theirs (a manager hands the leads
    over); a guest's requests are refused (their profile is read again at their next one)."""
    return not is_person(user) or is_guest(user)


def is_bot_or_app(user: dict[str, Any]) -> bool:
    """A users.info answer about a bot user, an app's or a workflow's user, or Slackbot: never
    anyone's seller. (A deactivated account is a person whose work, posted before, counts.)"""
    return bool(
        user.get("is_bot")
        or user.get("is_app_user")
        or user.get("is_workflow_bot")
        or user.get("id") == SLACKBOT
    )


def _display_name(profile: dict[str, Any]) -> str | None:
    return (
        (profile.get("profile") or {}).get("display_name")
        or profile.get("real_name")
        or profile.get("name")
    )


def apply_profile(seller: Seller, profile: dict[str, Any], now: datetime) -> None:
    """What users.info says about a person, kept on their seller row."""
    seller.display_name = _display_name(profile)
    seller.timezone = profile.get("tz") or seller.timezone
    seller.locale = profile.get("locale") or seller.locale
    seller.is_workspace_admin = bool(profile.get("is_admin") or profile.get("is_owner"))
    seller.profile_refreshed_at = now
    # Deactivated (or made a guest): no DMs from now on; a seller again when reactivated.
    seller.gone_at = (seller.gone_at or now) if no_longer_sells(profile) else None


def made_guest(session: Session, workspace_id: str, user_id: str, now: datetime) -> bool:
    """A known seller whose profile, read again, says guest account (made one while no
    user_change reached kpibot): out as user_change would have put them (no DMs; their work
    and leads stay). Whether anything changed."""
    seller = repo.seller_by_user(session, workspace_id, user_id)
    if seller is None or seller.gone_at is not None:
        return False
    seller.gone_at = now
    seller.profile_refreshed_at = None  # their next request reads it again: refused
    return True


def profile_changes(seller: Seller, user: dict[str, Any]) -> dict[str, Any]:
    """What a user_change event (the person's whole profile, as users.info gives it) says
    differently from their seller row, as column values: the time zone (a seller who travels:
    "today" is where they are now, not where they were when the profile was last read), the
    locale, the name, and an admin flag taken away. Only what the event carries; an admin flag
    given is not taken from it (manager rights come from a fresh users.info)."""
    changes: dict[str, Any] = {}
    tz = user.get("tz")
    if isinstance(tz, str) and 0 < len(tz) <= 64 and tz != seller.timezone:
        changes["timezone"] = tz
    locale = user.get("locale")
    if isinstance(locale, str) and 0 < len(locale) <= 16 and locale != seller.locale:
        changes["locale"] = locale
    name = _display_name(user)
    if isinstance(name, str) and name and len(name) <= 200 and name != seller.display_name:
        changes["display_name"] = name
    if (
        seller.is_workspace_admin
        and "is_admin" in user
        and not (user.get("is_admin") or user.get("is_owner"))
    ):
        changes["is_workspace_admin"] = False
    return changes


@dataclass(frozen=True)
class Found:
    """A known person's rows, read in one statement: their seller row, their own team, the
    team whose channel they are in, and whether they were added as manager of the team that
    applies (the channel's, else their own; any team when neither)."""

    seller: SellerRow
    own_team: TeamRow | None
    channel_team: TeamRow | None
    added_manager: bool
    # The workspace's people version read with them (migration 0026a): what a requester kept
    # from them is checked by. Not part of what they are.
    version: int | None = field(default=None, compare=False)


def find(session: Session, workspace_id: str, user_id: str, channel_id: str | None) -> Found | None:
    row, version = repo.requester_versioned(session, workspace_id, user_id, channel_id)
    return None if row is None else Found(*row, version=version)


def find_with_customers(
    session: Session, workspace_id: str, user_id: str, channel_id: str | None, keys: Collection[str]
) -> tuple[Found | None, dict[str, Any]]:
    """`find`, and the customers among `keys` (repositories.customers_among), read together."""
    row, customers, version = repo.requester_and_customers_versioned(
        session, workspace_id, user_id, channel_id, keys
    )
    return (None if row is None else Found(*row, version=version)), customers


def needs_write(
    found: Found | None,
    channel_id: str | None,
    profile: dict[str, Any] | None,
    join: bool = True,
) -> bool:
    """Whether resolving this requester stores something: a new person, a fresh profile, or a
    person in no team who works in a team's channel (perhaps: resolve decides with `join`)."""
    if found is None or profile is not None:
        return True
    return found.seller.team_id is None and found.channel_team is not None


def resolve(
    session: Session,
    workspace_id: str,
    user_id: str,
    channel_id: str | None,
    now: datetime,
    *,
    found: Found | None = None,
    profile: dict[str, Any] | None = None,
    join: bool = True,
    keep: bool = False,
) -> Who:
    """The requester. `found` when the caller already read the person's rows in this session;
    `profile` when a fresh users.info answer is at hand; `join`: the request was typed in its
    channel (a click or a form's submission joins no team its person has left). Writes only for a new person, a fresh
    profile or a first team: a request by someone known is one statement. `keep`: `found` was
    read by a transaction that had written nothing before (committed rows only): the requester
    is kept with its people version (`kept`)."""
    if found is None:
        keep = False
        found = find(session, workspace_id, user_id, channel_id)
    elif profile is None and _as_read(found):
        kept = _resolved.get((workspace_id, user_id))
        if kept is not None and kept[0] == found:
            who = kept[1]
            if who.today == local_date(now, who.timezone) and who.is_admin == is_admin_now(
                found.seller, now
            ):
                _remember(who, found.seller)
                if keep:
                    _keep(workspace_id, user_id, channel_id, found, who)
                return who
    if found is None:
        keep = False
        repo.ensure_workspace(session, workspace_id)
        repo.ensure_seller(session, workspace_id, user_id)
        found = find(session, workspace_id, user_id, channel_id)
        assert found is not None
    seller = found.seller
    if profile is not None:
        stored = session.get(Seller, seller.id)
        assert stored is not None
        apply_profile(stored, profile, now)
        seller = replace(SellerRow.of(stored), bare_currency=seller.bare_currency)
    team, own = found.channel_team, found.own_team
    if team is not None:
        # Someone in no team yet who works in a team's channel belongs to it. A member of
        # another team stays there: typing in a channel never moves anyone's figures. A click
        # or a form names the channel it came from, which the person may have left since
        # (leaving it left the team): it joins only someone who never left that team.
        if seller.team_id is None and (
            join or not repo.has_left_team(session, workspace_id, seller.id, team.id)
        ):
            stored = session.get(Seller, seller.id)
            assert stored is not None
            repo.move_seller(session, stored, team.id, now)  # the join kept (team_moves)
            seller, own = replace(seller, team_id=team.id), team
    else:
        team = own
    # Private answers speak the person's own Slack language; the team's language is for what the
    # channel sees (and for people whose locale we do not know).
    language = person_language(seller.locale, team.language if team else None, seller.language)
    currency = team.currency if team else CURRENCY_BY_LANGUAGE[language]
    timezone = seller.timezone or (team.timezone if team else "Europe/Oslo")
    admin = is_admin_now(seller, now)
    krone = CURRENCY_BY_LANGUAGE[language] if language != "en" else currency
    who = Who(
        workspace_id=workspace_id,
        user_id=user_id,
        seller_id=seller.id,
        language=language,
        timezone=timezone,
        currency=currency,
        krone=krone,
        team_id=team.id if team else None,
        is_admin=admin,
        is_manager=admin or found.added_manager,
        today=local_date(now, timezone),
        own_team_id=own.id if own else None,
        own_currency=own.currency if own else None,
        own_ceiling=own.amount_ceiling if own else None,
        bare_currency=seller.bare_currency if own is not None else None,
        month_first=(seller.locale or "").replace("_", "-").lower() == "en-us",
    )
    _remember(who, seller)
    if profile is None and _as_read(found):
        # Nothing written or joined: the same rows read again give this same requester.
        if len(_resolved) >= _RESOLVED_MAX:
            _resolved.clear()
        _resolved[(workspace_id, user_id)] = (found, who)
        if keep:
            _keep(workspace_id, user_id, channel_id, found, who)
    return who


def _keep(workspace_id: str, user_id: str, channel_id: str | None, found: Found, who: Who) -> None:
    if found.version is None:
        return
    if len(_kept) >= _KEPT_MAX:
        _kept.clear()
    _kept[(workspace_id, user_id, channel_id)] = (found.version, found, who)


# ack29. The requester last resolved per (workspace, user, channel) from committed rows, with the
# workspace's people version read with them (migration 0026a: moved by every change to the
# workspace's sellers, teams, managers, bare currencies, and by its uninstall). A log command
# answers from it without reading the rows (`kept`); its unit of work then checks the version
# is still the one kept, in the save's own statement or in one of its own before anything is
# committed or answered (bot.unit_of_work), and when it moved, undoes everything and does it
# again with the requester read afresh. Per process, bounded.
_kept: dict[tuple[str, str, str | None], tuple[int, Found, Who]] = {}
_KEPT_MAX = 4096


def kept(
    workspace_id: str, user_id: str, channel_id: str | None, now: datetime, *, fetches: bool
) -> tuple[Who, int] | None:
    """The requester kept for this person and channel, and the people version it was read at,
    when `resolve` would give it from the same rows at `now`: the same day where they are, the
    same admin flag, and no profile due from Slack (`fetches`: the request fetches stale ones).
    None: read them."""
    entry = _kept.get((workspace_id, user_id, channel_id))
    if entry is None:
        return None
    version, found, who = entry
    if fetches and profile_is_stale(found.seller, now):
        return None
    if who.today != local_date(now, who.timezone) or who.is_admin != is_admin_now(
        found.seller, now
    ):
        return None
    _remember(who, found.seller)
    return who, version


def forget_kept(workspace_id: str, user_id: str) -> None:
    """The person's kept requesters dropped (a write found the version moved; erased)."""
    for key in [key for key in _kept if key[0] == workspace_id and key[1] == user_id]:
        del _kept[key]


# The requester each (workspace, user) was last resolved as, with the rows it was resolved from
# (resolve): rows read in a later request equal to those give this same Who, as long as its
# day and admin flag, which move with the clock, are still the same. The rows are read anew by
# every request (one statement, `find`), so a changed role, team, language, time zone or
# currency is never answered from here: only building the Who is saved (pgack27).
_resolved: dict[tuple[str, str], tuple[Found, Who]] = {}
_RESOLVED_MAX = 4096


def _as_read(found: Found) -> bool:
    """Whether `resolve` makes its requester from `found` and the clock alone: not someone in
    no team in a team's channel (who joins it, or not, by what the request is and whether
    they left it before)."""
    return found.channel_team is None or found.seller.team_id is not None


def _remember(who: Who, seller: SellerRow) -> None:
    """What this process keeps of a requester just resolved (the hints above)."""
    person = (who.workspace_id, who.user_id)
    _language_hint[person] = who.language
    if seller.profile_refreshed_at is not None:
        ttl = ADMIN_TTL if seller.is_workspace_admin else PROFILE_TTL
        _fresh_until[person] = seller.profile_refreshed_at + ttl
    _place_hint[person] = (who.timezone, who.krone)


def may_act_for(session: Session, who: Who | str, user_id: str, seller: Seller) -> bool:
    """The seller themself, a workspace admin, or a manager of the seller's own team. `who`: the
    requester, whose admin flag is Slack's within ADMIN_TTL; or only their workspace id, and then
    the stored flag is taken however old it is (pass the requester)."""
    workspace_id = who.workspace_id if isinstance(who, Who) else who
    if seller.slack_user_id == user_id:
        return True
    if isinstance(who, Who):
        if who.is_admin:
            return True
    else:
        me = repo.seller_by_user(session, workspace_id, user_id)
        if me is not None and me.is_workspace_admin:
            return True
    return seller.team_id is not None and repo.is_added_manager(
        session, workspace_id, seller.team_id, user_id
    )
