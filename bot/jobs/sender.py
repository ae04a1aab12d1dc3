"""The one way a scheduled message reaches Slack: claim it, post it, mark it. Exactly once.

A claim row per (workspace, kind, subject, period) decides which process sends (storage.claims);
the post happens outside any database transaction; a takeover after a crash first looks in the
conversation for the earlier attempt (our metadata carries the claim id). Rate limits and server
errors are retried later, permanent errors end the claim and, for a team's digest, tell the
team's managers."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.orm import Session

from bot import metrics
from bot.dependencies import Deps
from bot.jobs.scopes import reading, writing
from bot.rendering.blocks import text_message
from bot.rendering.text import Mrkdwn, render
from bot.services import notices, teams
from bot.slack_client import (
    CALL_TIMEOUT,
    retry_after_of,
    retry_budget,
    slack_error,
)
from storage import claims
from storage.models import Claim, Seller

log = logging.getLogger(__name__)

# The channel lets only some post, or only in threads (its posting permissions): mended there.
POSTING_RESTRICTED = frozenset(
    {
        "restricted_action_read_only_channel",
        "restricted_action_thread_only_channel",
        "restricted_action_non_threadable_channel",
    }
)
# Slack errors that another try will not fix: skip the team and tell its managers.
PERMANENT = {
    "channel_not_found",
    "not_in_channel",
    "is_archived",
    "account_inactive",
    "invalid_auth",
    "token_revoked",
    "missing_scope",
    "restricted_action",
    *POSTING_RESTRICTED,
    "user_not_found",
    "cannot_dm_bot",
    # An administrator's block, a token that is not there, access not granted to this app.
    "not_authed",
    "access_denied",
    "ekm_access_denied",
    "team_access_not_granted",
    "no_permission",
    "not_allowed_token_type",
    "channel_type_not_supported",
    # The message itself: the same post is refused again.
    "msg_too_long",
    "no_text",
    "invalid_blocks",
    "invalid_attachments",
    "too_many_attachments",
}
# A DM refused so: the person's account is gone (or no person's): no more DMs to them, their
# past work stays in the figures (sellers.gone_at, as Slack's user_change says it). Not
# account_inactive: Slack says that of the bot's own token (a deleted workspace or bot user),
# and it marked every seller DM'ed in that run gone for good (no nudge or summary after the
# token was mended).
ACCOUNT_GONE = frozenset({"user_not_found", "cannot_dm_bot", "user_disabled"})
# Scheduled DMs whose subject is a seller's id.
TO_A_SELLER = frozenset({"nudge", "summary"})
# What the managers can do about a message given up for good, by Slack's code (see `_reason`).
CHANNEL_GONE = frozenset({"channel_not_found", "not_in_channel", "is_archived"})
THE_MESSAGE = frozenset(
    {"msg_too_long", "no_text", "invalid_blocks", "invalid_attachments", "too_many_attachments"}
)
# Errors Slack answers with HTTP 200 after which the post may have been made ("it's possible
# some aspect of the operation succeeded before the error was raised", its docs on each): posted
# or not, as a 5xx (was: a plain refusal, posted again at the next try without a look, so a
# digest Slack had posted went out twice).
MAYBE_DONE = frozenset({"fatal_error", "internal_error"})
RETRY_AFTER = timedelta(minutes=5)
# The seconds one send may spend waiting out Slack's 429s and retrying its reads: with the first
# try of each of its calls (a DM's conversations.open, the look in conversations.history after a
# takeover, the post) and a minute to spare, within the claim's lease. Past it, the send is
# tried again at a later tick (never before Slack's Retry-After), by this process or another;
# the look and the post each waiting out three 60-second limits took six minutes, and another
# scheduler took the claim over and posted too.
SEND_RETRY_BUDGET = claims.LEASE.total_seconds() - 3 * CALL_TIMEOUT - 30
METADATA_EVENT = "kpibot_scheduled"


class _NotDrawn(Exception):
    """The file could not be made now (bot.rendering.chart logged why)."""


class _NotLooked(Exception):
    """Whether an earlier attempt posted the message could not be asked of Slack now; asked
    again after `retry_after`."""

    def __init__(self, code: str, retry_after: timedelta = RETRY_AFTER) -> None:
        super().__init__(code)
        self.code = code
        self.retry_after = retry_after


def _later(err: Exception) -> timedelta:
    """When to try a refused call again: at a later tick, not before Slack's Retry-After."""
    asked = retry_after_of(err)
    return max(RETRY_AFTER, timedelta(seconds=asked or 0))


@dataclass
class Outcome:
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    failed_before: list[str] = field(default_factory=list)  # given up on in an earlier run


@dataclass(frozen=True)
class Outgoing:
    """One scheduled message: what the claim is about, where it goes and what it says."""

    workspace_id: str
    kind: str  # digest / summary / nudge
    subject: str  # team id or seller id
    period: str  # ISO week, or the seller's local date for nudges
    channel: str  # a channel id, or a user id for a DM
    message: dict[str, Any]
    team_id: int | None = None  # a team's digest: its managers hear of a final failure

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.workspace_id, self.kind, self.subject, self.period)

    @property
    def label(self) -> str:
        return f"{self.kind}:{self.subject}:{self.period}"


@dataclass(frozen=True)
class Sender:
    deps: Deps
    client_for: Callable[[str], WebClient]  # workspace id -> a client with its bot token
    # Set when the process is stopping: the send in progress finishes, no other is claimed
    # (left to the next tick, of this process or another).
    stopping: threading.Event | None = None

    def send(self, item: Outgoing, outcome: Outcome, client: WebClient | None = None) -> str | None:
        """Claim, post, mark. The message's ts when this call posted it (or found it posted by
        a process that died before marking), else None."""
        if self.stopping is not None and self.stopping.is_set():
            return None
        client = client or self.client_for(item.workspace_id)
        if getattr(client, "gone", False):
            # Slack refused the workspace's bot token as gone for good earlier in this run
            # (bot.scheduler: the workspace taken as uninstalled): the rest of its sends are not
            # tried, nor claimed (a reinstall this week still sends them).
            outcome.skipped.append(item.label)
            metrics.scheduled(item.kind, "skipped")
            return None
        now = self.deps.clock.now()
        with writing(self.deps) as session:
            claim, takeover = claims.take(session, *item.key, now)
            claim_id, attempts = (claim.id, claim.attempts) if claim else (None, 0)
            if claim is None:
                earlier = claims.get(session, *item.key)
                gave_up = earlier is not None and earlier.state == "failed"
        if claim_id is None:
            (outcome.failed_before if gave_up else outcome.skipped).append(item.label)
            metrics.scheduled(item.kind, "skipped")
            return None
        return self._post_once(client, item, claim_id, attempts, takeover, outcome)

    def give_up(self, item: Outgoing, error: str) -> bool:
        """Claim it and end it without posting (there is nothing to say to this subject).
        False when another process holds or settled the claim."""
        now = self.deps.clock.now()
        with writing(self.deps) as session:
            claim, _ = claims.take(session, *item.key, now)
            if claim is None:
                return False
            claims.mark_failed(session, claim, error, now, retry_after=None)
            return True

    def _post_once(
        self,
        client: WebClient,
        item: Outgoing,
        claim_id: int,
        attempts: int,
        takeover: bool,
        outcome: Outcome,
    ) -> str | None:
        now = self.deps.clock.now()
        channel = item.channel
        metadata = {"event_type": METADATA_EVENT, "event_payload": {"claim": claim_id}}
        try:
            # The look and the post within the claim's lease: past the budget a 429 is not
            # waited out, and the send is tried again at a later tick.
            with retry_budget(SEND_RETRY_BUDGET):
                ts = self._already_posted(client, channel, claim_id) if takeover else None
                if ts is None:
                    response = client.chat_postMessage(
                        channel=channel, metadata=metadata, **item.message
                    )
                    ts, channel = response.get("ts"), response.get("channel") or channel
        except _NotLooked as err:
            # Posted before or not, Slack cannot say now: not posted again (a second digest
            # in the channel), looked for again at the next try.
            return self._unsure(item, claim_id, err.code, outcome, err.retry_after)
        except SlackApiError as err:
            return self._refused(client, item, claim_id, now, err, outcome)
        except (SlackClientError, OSError) as err:  # connection trouble: posted or not?
            return self._unsure(item, claim_id, type(err).__name__, outcome)
        with writing(self.deps) as session:
            claims.mark_sent(session, claim_id, channel, ts, self.deps.clock.now())
        outcome.sent.append(item.label)
        metrics.scheduled(item.kind, "sent")
        return ts

    def _refused(
        self,
        client: WebClient,
        item: Outgoing,
        claim_id: int,
        now: datetime,
        err: SlackApiError,
        outcome: Outcome,
    ) -> None:
        """Slack answered the post with an error: a 5xx may come after the post (unsure), a
        permanent error ends the claim, anything else is tried again later (a 429 not before
        its Retry-After)."""
        # Slack's code, never what else came as one (a proxy's HTML page: it would be
        # logged, kept on the claim and shown to the managers).
        code = slack_error(err)
        if code == "SlackApiError":
            code = "unknown_error"
        if err.response.status_code >= 500:  # Slack may have posted it before failing
            return self._unsure(item, claim_id, f"http_{err.response.status_code}", outcome)
        if code in MAYBE_DONE:  # so too, answered 200
            return self._unsure(item, claim_id, code, outcome)
        if getattr(client, "refused_for_now", False):
            # One bot token, refused (bot.scheduler said so in one line): the send waits until
            # Slack takes the token again, never given up (was: the week's digest and summaries
            # each given up for good, the managers 'told' through the same token).
            with writing(self.deps) as session:
                claims.hand_back(session, _claim(session, claim_id), code, now)
            outcome.skipped.append(item.label)
            metrics.scheduled(item.kind, "failed")
            return None
        permanent = code in PERMANENT
        log.warning(
            "%s not sent: %s (%s)", item.label, code, "giving up" if permanent else "will retry"
        )
        with writing(self.deps) as session:
            claim = _claim(session, claim_id)
            final = claims.mark_failed(
                session, claim, code, now, retry_after=None if permanent else _later(err)
            )
            if code in ACCOUNT_GONE and item.kind in TO_A_SELLER:
                seller = session.get(Seller, int(item.subject))
                if seller is not None and seller.workspace_id == item.workspace_id:
                    seller.gone_at = seller.gone_at or now
        outcome.failed.append(item.label)
        metrics.scheduled(item.kind, "failed")
        if final and not getattr(client, "gone", False):  # a DM through a dead token: refused
            self._given_up(client, item, code)
        return None

    def _unsure(
        self,
        item: Outgoing,
        claim_id: int,
        error: str,
        outcome: Outcome,
        retry_after: timedelta = RETRY_AFTER,
    ) -> None:
        """Posted or not, nobody knows: the next try looks before it posts (claims.mark_unsure)."""
        log.warning("%s may not be sent: %s (will look and retry)", item.label, error)
        with writing(self.deps) as session:
            final = claims.mark_unsure(
                session,
                _claim(session, claim_id),
                error,
                self.deps.clock.now(),
                retry_after=retry_after,
            )
        outcome.failed.append(item.label)
        metrics.scheduled(item.kind, "unsure")
        if final:  # the last try: given up, and said so (was silent: a week without a digest)
            self._given_up(self.client_for(item.workspace_id), item, error)
        return None

    def _given_up(self, client: WebClient, item: Outgoing, code: str) -> None:
        """A scheduled message given up for good: the team's managers hear of it once, with
        what to do. A team's digest: once, as its claim ends once. A seller's nudge or summary:
        their team's managers, once a week per seller and kind (a nudge fails again each day
        the same way)."""
        reason = _reason(code)
        if item.team_id is not None and item.kind == "digest" and code in CHANNEL_GONE:
            # Told once while the channel stays so (was: a DM every week), never tried meanwhile
            self.tell_channel_gone(item.workspace_id, item.team_id, reason, code)
            return
        if item.team_id is not None:
            # Once, as its claim ends once; kept until every manager is told (notices).
            self.tell_managers_once(
                item.workspace_id, item.team_id, item.period, "",
                subject=f"{item.team_id}:{item.kind}", template="digest_failed",
                kind=item.kind, code=code,
            )  # fmt: skip
            return
        if item.kind not in TO_A_SELLER:
            return
        with reading(self.deps) as session:
            seller = session.get(Seller, int(item.subject))
            if seller is None or seller.workspace_id != item.workspace_id:
                return
            team_id = seller.team_id
        if team_id is None:
            return
        year, week, _ = self.deps.clock.now().isocalendar()
        self.tell_managers_once(
            item.workspace_id,
            team_id,
            f"{year}-W{week:02d}",
            "",
            subject=f"{team_id}:{item.kind}:{item.subject}",
            template="send_failed",
            kind=item.kind,
            seller=item.subject,
            code=code,
        )

    def _already_posted(self, client: WebClient, channel: str, claim_id: int) -> str | None:
        """After a crash mid-send: did the earlier attempt reach Slack? (Our metadata says.)
        _NotLooked when Slack could not be asked now (a 5xx, a rate limit, a dropped line);
        None when it was not posted, or the conversation cannot be read at all."""
        try:
            if channel.startswith(("U", "W")):  # a DM: history needs the D… conversation id
                channel = client.conversations_open(users=channel)["channel"]["id"]
            history = client.conversations_history(
                channel=channel, limit=50, include_all_metadata=True
            )
        except SlackApiError as err:
            status = err.response.status_code
            if status >= 500 or status == 429 or slack_error(err) == "ratelimited":
                raise _NotLooked(f"history_{status}", _later(err)) from None
            return None  # never readable (a scope, the channel gone): the post says what is wrong
        except (SlackClientError, OSError) as err:
            raise _NotLooked(f"history_{type(err).__name__}"[:64]) from None
        for msg in history.get("messages", []):
            meta = msg.get("metadata") or {}
            if (
                meta.get("event_type") == METADATA_EVENT
                and (meta.get("event_payload") or {}).get("claim") == claim_id
            ):
                return msg.get("ts")
        return None

    # -- a file in a posted message's thread (the digest's trend chart) -----------------------
    def owe_file(self, item: Outgoing) -> None:
        """`item` (a file for a message's thread) is owed once that message is posted: kept
        before the post, so a crash or a refused upload after it leaves it to a later tick."""
        now = self.deps.clock.now()
        due = now - timedelta(seconds=1)  # takeable at once (take: a lease ended before now)
        with writing(self.deps) as session:
            if not claims.later(
                session, *item.key, channel=item.channel, error="owed", due=due, now=now
            ):
                claims.owed_again(session, *item.key, due)  # the digest resent: its chart too

    def no_file(self, item: Outgoing, why: str) -> None:
        """`item` (a file for a message's thread) is owed nothing (`why`): settled at once, so
        the tick counts no work left for it."""
        now = self.deps.clock.now()
        with writing(self.deps) as session:
            _settle_file(session, item, claims.get(session, *item.key), why, now)

    def upload_once(
        self,
        client: WebClient,
        post: Outgoing,
        item: Outgoing,
        draw: Callable[[], bytes | None],
        filename: str,
        title: str,
    ) -> None:
        """The file `item` (drawn by `draw`) in the thread of the scheduled message `post`, once:
        when `post` is posted (its claim says where), the file owed (owe_file) and this process
        holds its claim. Slack refusing it for now (a 429, a 5xx, a dropped line) leaves it to a
        later tick, which looks in the thread first: never a second copy, never lost to one
        refusal (was: a bonus tried once, lost to a rate limit or a restart). A post that went
        elsewhere (its managers, privately) or was given up owes no file any more."""
        if self.stopping is not None and self.stopping.is_set():
            return  # another send: left to the next tick, as send() leaves it
        if getattr(client, "gone", False):
            return  # the workspace's token refused for good in this run (send())
        now = self.deps.clock.now()
        with writing(self.deps) as session:
            posted = claims.get(session, *post.key)
            owed = claims.get(session, *item.key)
            if posted is None or posted.state not in {"sent", "failed"}:
                return  # the post is still to be made: the file waits for it
            if owed is None or posted.state == "failed" or not posted.message_ts:
                # Not owed (the post was made by a kpibot before files were owed), or no thread
                # to put it in (given up, or gone to the managers privately): settled, so the
                # tick asks no more.
                _settle_file(session, item, owed, "not_owed" if owed is None else "no_thread", now)
                return
            claim, _ = claims.take(session, *item.key, now)
            if claim is None:
                return
            claim_id, attempts = claim.id, claim.attempts
            channel, thread_ts = posted.channel or post.channel, posted.message_ts
        try:
            with retry_budget(SEND_RETRY_BUDGET):
                # An earlier try's upload Slack made but did not confirm is not made again.
                if not (
                    attempts > 1 and self._file_in_thread(client, channel, thread_ts, filename)
                ):
                    content = draw()
                    if content is None:
                        raise _NotDrawn
                    client.files_upload_v2(
                        channel=channel,
                        thread_ts=thread_ts,
                        content=content,
                        filename=filename,
                        title=title,
                    )
        except _NotDrawn:
            return self._file_later(claim_id, item, "not_drawn", RETRY_AFTER)
        except _NotLooked as err:
            return self._file_later(claim_id, item, err.code, err.retry_after)
        except SlackApiError as err:
            code = slack_error(err)
            status = err.response.status_code
            if getattr(client, "refused_for_now", False):
                # One bot token refused for now (bot.scheduler): tried again once it works.
                with writing(self.deps) as session:
                    claims.hand_back(session, _claim(session, claim_id), code, now)
                return None
            if status < 500 and status != 429 and code in PERMANENT:
                log.warning("%s not uploaded: %s (giving up)", item.label, code)
                return self._file_later(claim_id, item, code, None)
            return self._file_later(claim_id, item, code, _later(err))
        except (SlackClientError, OSError) as err:  # a dropped line: made or not, looked for
            return self._file_later(claim_id, item, type(err).__name__, RETRY_AFTER)
        with writing(self.deps) as session:
            claims.mark_sent(session, claim_id, channel, None, self.deps.clock.now())
        return None

    def _file_later(
        self, claim_id: int, item: Outgoing, error: str, retry_after: timedelta | None
    ) -> None:
        """The file not uploaded now: tried again after `retry_after` (looked for in the thread
        first), or given up (None, or its last try)."""
        with writing(self.deps) as session:
            final = claims.mark_failed(
                session, _claim(session, claim_id), error, self.deps.clock.now(),
                retry_after=retry_after,
            )  # fmt: skip
        if retry_after is not None:
            log.warning("%s not uploaded: %s (%s)", item.label, error,
                        "giving up" if final else "will retry")  # fmt: skip

    def _file_in_thread(self, client: WebClient, channel: str, thread_ts: str, name: str) -> bool:
        """Whether a file called `name` is in the thread already (an earlier try's upload that
        Slack made but did not confirm). _NotLooked when Slack cannot be asked now."""
        try:
            replies = client.conversations_replies(channel=channel, ts=thread_ts, limit=200)
        except SlackApiError as err:
            status = err.response.status_code
            if status >= 500 or status == 429 or slack_error(err) == "ratelimited":
                raise _NotLooked(f"replies_{status}", _later(err)) from None
            return False  # never readable: the upload says what is wrong
        except (SlackClientError, OSError) as err:
            raise _NotLooked(f"replies_{type(err).__name__}"[:64]) from None
        return any(
            isinstance(f, dict) and f.get("name") == name
            for m in replies.get("messages") or []
            for f in m.get("files") or []
        )

    def tell_managers_once(
        self,
        ws: str,
        team_id: int,
        period: str,
        problem: str,
        *,
        subject: str | None = None,
        template: str = "team_problem",
        **params: Any,
    ) -> None:
        """A problem with a team's scheduled work (templates/team_problem, or `template` with
        `params`: bot.services.notices.ARGUMENTS), told to its managers once per period (and
        `subject`: the team's by default), whichever process or tick meets it first; a manager
        Slack refused for now is told at a later tick (notices_due), once. Never raises."""
        if template == "team_problem":
            params["problem"] = problem
        key = (ws, notices.NOTICE, subject or str(team_id), period)
        now = self.deps.clock.now()
        try:
            with writing(self.deps) as session:
                claim, _ = claims.take(session, *key, now)
                claim_id = claim.id if claim else None
            if claim_id is None:
                return
            self._notice(key, claim_id, notices.encode(team_id, template, params))
        except Exception as err:  # the notice is a courtesy: never a reason to stop the tick
            log.warning("could not tell team %s's managers: %s", team_id, type(err).__name__)

    def notices_due(self) -> None:
        """The notices some manager was not told yet (Slack refused their DM for now): told to
        them now, each manager once. Never raises."""
        now = self.deps.clock.now()
        try:
            with reading(self.deps) as session:
                due = claims.due(session, notices.NOTICE, now)
        except Exception as err:
            log.warning("could not read the managers' notices due: %s", type(err).__name__)
            return
        for ws, subject, period, _channel in due:
            if self.stopping is not None and self.stopping.is_set():
                return
            key = (ws, notices.NOTICE, subject, period)
            try:
                with writing(self.deps) as session:
                    claim, _ = claims.take(session, *key, now)
                    claim_id, note = (claim.id, claim.error) if claim else (None, None)
                if claim_id is None:
                    continue
                try:
                    notices.decode(note)
                except ValueError:  # nothing kept to say (a kpibot before notices were kept)
                    with writing(self.deps) as session:
                        claims.mark_failed(session, _claim(session, claim_id), "no_notice", now,
                                           retry_after=None)  # fmt: skip
                    continue
                self._notice(key, claim_id, str(note))
            except Exception as err:  # one notice's trouble never stops the others
                log.warning("could not tell a team's managers: %s", type(err).__name__)

    def _notice(self, key: tuple[str, str, str, str], claim_id: int, note: str) -> None:
        """The notice `note` (claimed: `claim_id`) told to each of its team's managers not told
        yet, each a send of its own (a claim, the post, its mark: never twice, a takeover looks
        first); done when each is sent or given up, else left, with `note`, for a later tick."""
        ws, _kind, _subject, period = key
        team_id, template, params = notices.decode(note)
        found = self.managers(ws, team_id)
        sent: list[Outgoing] = []
        if found is not None:
            channel, languages = found  # each in their own language (a DM is read privately)
            said = self._notice_params(ws, template, params)
            link = Mrkdwn(f"<#{channel}>")
            client = self.client_for(ws)
            outcome = Outcome()
            for user_id in sorted(languages):
                text = render(languages[user_id], template, channel_link=link, **said)
                dm = Outgoing(ws, notices.NOTICE_DM, notices.dm_subject(claim_id, user_id),
                              period, user_id, text_message(text))  # fmt: skip
                self.send(dm, outcome, client)
                sent.append(dm)
        now = self.deps.clock.now()
        settled = self.all_settled(sent)
        with writing(self.deps) as session:
            if settled:
                claims.mark_sent(session, claim_id, None, None, now)
            else:
                claims.wait(session, claim_id, note, now + RETRY_AFTER, now)
        if settled:
            metrics.scheduled("notice", "sent")

    def _notice_params(self, ws: str, template: str, params: dict[str, str]) -> dict[str, Any]:
        """A kept notice's arguments as its template reads them: a seller's name (read now), what
        the managers can do about Slack's code."""
        said: dict[str, Any] = dict(params)
        if "code" in said and template != "channel_gone":
            said["reason"] = _reason(said["code"])
        if template == "channel_gone" and not said.get("code"):
            said["code"] = None
        if "seller" in said:
            name = said["seller"]
            with reading(self.deps) as session:
                seller = session.get(Seller, int(name)) if name.isdigit() else None
                if seller is not None and seller.workspace_id == ws:
                    name = seller.display_name or seller.slack_user_id
            said["name"] = name
        return said

    def managers(self, ws: str, team_id: int) -> tuple[str, dict[str, str]] | None:
        """A team's channel and its managers (and whoever set it up), each with the language
        they read privately in; None when the team is gone."""
        with reading(self.deps) as session:
            return teams.managers_to_tell(session, ws, team_id)

    # -- a team's channel archived, deleted or closed to the bot ------------------------------
    def channel_back(self, ws: str, team_id: int) -> None:
        """The team's channel takes posts again: a later loss of it is told again."""
        with writing(self.deps) as session:
            claims.remove(session, ws, *teams.channel_gone_claim(team_id))

    def tell_channel_gone(self, ws: str, team_id: int, reason: str, code: str) -> None:
        """The team's managers told once that its channel is gone (`reason`: archived, deleted,
        channel: not found or the bot removed; `code`: what Slack said), and what to do."""
        _kind, subject, period = teams.channel_gone_claim(team_id)
        self.tell_managers_once(
            ws, team_id, period, reason, subject=subject, template="channel_gone",
            reason=reason, code=code,
        )  # fmt: skip

    def settle(self, item: Outgoing, outcome: Outcome) -> None:
        """Claim `item` and mark it done without posting it: it reached its readers another way
        (a team's digest brought to its managers). Nothing when another process has it."""
        now = self.deps.clock.now()
        with writing(self.deps) as session:
            claim, _ = claims.take(session, *item.key, now)
            if claim is None:
                outcome.skipped.append(item.label)
                return
            claims.mark_sent(session, claim.id, None, None, now)
        outcome.sent.append(item.label)

    def retry_later(self, item: Outgoing, outcome: Outcome, error: str, *, tries: int) -> bool:
        """Leave `item` for another try at a later tick (its claim waits RETRY_AFTER), unless it
        was tried `tries` times already: False, for the caller to do something else now."""
        now = self.deps.clock.now()
        with writing(self.deps) as session:
            earlier = claims.get(session, *item.key)
            if earlier is not None and earlier.attempts >= tries:
                return False
            claim, _ = claims.take(session, *item.key, now)
            if claim is None:  # another process has it, or it is done
                outcome.skipped.append(item.label)
                return True
            claims.mark_failed(session, claim, error, now, retry_after=RETRY_AFTER)
        log.warning("%s not sent yet: %s (will retry)", item.label, error)
        outcome.failed.append(item.label)
        return True

    def all_settled(self, items: list[Outgoing]) -> bool:
        """Whether each of these is sent or given up for good (nothing left to try)."""
        with reading(self.deps) as session:
            for item in items:
                claim = claims.get(session, *item.key)
                if claim is None or not (
                    claim.state in {"sent", "failed"} or claim.attempts >= claims.MAX_ATTEMPTS
                ):
                    return False
        return True


def _reason(code: str) -> str:
    """What the managers can do about Slack's `code`: unarchive the channel ("archived"), invite
    the bot again ("channel"), nothing for a person gone ("gone"), have the app installed again
    ("access"), tell whoever runs kpibot ("message": Slack refused what we wrote; "slack": Slack
    kept failing)."""
    if code == "is_archived":  # no invitation helps: the channel must be unarchived
        return "archived"
    if code in CHANNEL_GONE:
        return "channel"
    if code in POSTING_RESTRICTED:  # a setting of the channel's, mended there
        return "restricted"
    if code in ACCOUNT_GONE:
        return "gone"
    if code in THE_MESSAGE:
        return "message"
    if code in PERMANENT:
        return "access"
    return "slack"


def _claim(session: Any, claim_id: int) -> Claim:
    claim = session.get(Claim, claim_id)
    assert claim is not None
    return claim


def _settle_file(
    session: Session, item: Outgoing, owed: Claim | None, why: str, now: datetime
) -> None:
    """The file `item` owed nothing (`why`): its claim (made if there is none yet) ended for good,
    so the tick counts no work left for it."""
    if owed is None:
        claims.later(session, *item.key, channel=item.channel, error=why, due=now, now=now)
        owed = claims.get(session, *item.key)
    if owed is not None and owed.state not in {"sent", "failed"}:
        claims.mark_failed(session, owed, why, now, retry_after=None)
