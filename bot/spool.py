"""Nothing acknowledged is lost: a channel message or a button click that Slack was already told
"200 OK" about, but that could not be stored because the database was unavailable, is held here
on the serving machine (one JSON file each, written atomically) and replayed through the same app
when the database is back, in the order it arrived. Later events about a held message (its edit,
its deletion) queue behind it. What still cannot be recorded after `give_up_after` is dropped and
its author is told privately, with their text, so they can log it again.

The held body is the verified Slack payload; it is deleted as soon as it is replayed."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from bot import metrics
from bot.payloads import installed_workspace
from storage.db import transient

log = logging.getLogger(__name__)

REPLAY_KEY = "kpibot_replay"  # put into a replayed body: the guard reports how it went
# And when it was held: the replay is read as of then (bot.middleware), so a win held at
# 23:50 on a Sunday and stored at 00:10 is still Sunday's, in that week's figures.
HELD_AT_KEY = "kpibot_held_at"
DEFAULT_GIVE_UP = timedelta(hours=1)


def database_unavailable(error: BaseException) -> bool:
    """The database could not be reached, was locked or took no writes for now (read-only in
    a failover): worth holding on to the request."""
    return transient(error)


def message_key(body: dict[str, Any]) -> str | None:
    """Which message an event is about (its edits and deletion share the key), or None."""
    event = body.get("event") or {}
    if event.get("type") not in {"message", "app_mention"}:
        return None
    ts = (
        event.get("deleted_ts")
        or (event.get("message") or {}).get("ts")
        or (event.get("previous_message") or {}).get("ts")
        or event.get("ts")
    )
    channel = event.get("channel")
    return f"{body.get('team_id')}:{channel}:{ts}" if channel and ts else None


def origin_time(body: dict[str, Any]) -> float:
    """When Slack says the held thing happened (an event's ts, a click's action_ts): replays go
    in this order, whatever order the listener threads failed in, so an edit never overtakes
    its message."""
    event = body.get("event") or {}
    actions = body.get("actions") or [{}]
    for value in (
        event.get("event_ts"),
        event.get("ts"),
        (actions[0] or {}).get("action_ts") if isinstance(actions[0], dict) else None,
        body.get("event_time"),
    ):
        try:
            if value is not None:
                return float(value)
        except (TypeError, ValueError):
            continue
    return float("inf")  # unknown: after everything Slack dated


# Events Slack sends once that must not be lost to an outage: the workspace leaving (its data is
# then purged after the grace period; lost, it was kept for good and its digests still tried).
# Joining or leaving a team's channel joins or leaves the team (lost, a new seller was in no team
# and one who left stayed in it).
HELD_EVENTS = frozenset(
    {
        "app_uninstalled",
        "tokens_revoked",
        "team_access_revoked",
        "team_access_granted",
        "member_joined_channel",
        "member_left_channel",
    }
)


def holdable(body: dict[str, Any]) -> bool:
    """Channel messages, button clicks and the workspace leaving: acknowledged before they are
    stored."""
    event = body.get("event") if isinstance(body.get("event"), dict) else {}
    return (
        message_key(body) is not None
        or body.get("type") == "block_actions"
        or event.get("type") in HELD_EVENTS
    )


@dataclass(frozen=True)
class Held:
    id: str
    path: Path
    body: dict[str, Any]
    key: str | None
    held_at: datetime
    workspace_id: str | None
    user_id: str | None


_SPOOLS: dict[Path, Spool] = {}
_SPOOLS_LOCK = threading.Lock()


class Spool:
    """A directory of held requests, oldest first. One instance per directory in a process
    (`Spool.at`): the app that holds and the replayer that replays talk through it."""

    @classmethod
    def at(cls, directory: str | Path) -> Spool:
        path = Path(directory).resolve()
        with _SPOOLS_LOCK:
            if path not in _SPOOLS:
                _SPOOLS[path] = cls(path)
            return _SPOOLS[path]

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self._lock = threading.Lock()
        self._seq = 0
        self._outcomes: dict[str, threading.Event] = {}
        self._results: dict[str, bool] = {}

    def hold(self, body: dict[str, Any], *, now: datetime) -> Held:
        """Keep `body` on this machine's disk until the database is back. OSError when the disk
        takes no more (full, read-only, gone): nothing is left behind, and the request is not
        held (the caller tells its author: `unheld`)."""
        record = self._record(body, now)
        path = self.directory / f"{record['id']}.json"
        tmp = path.with_suffix(".tmp")
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with tmp.open("w", encoding="utf-8") as fh:
                json.dump(record, fh, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, path)
        except OSError:
            tmp.unlink(missing_ok=True)  # a half-written hold is never replayed, nor left
            raise
        metrics.held("held")
        log.warning("database unavailable: request held for replay (%s)", record["id"])
        return self._read(path)

    def unheld(self, body: dict[str, Any], *, now: datetime) -> Held:
        """`body` as it would have been held, kept nowhere: what its author is told about when
        it could not be held (`hold` raised OSError)."""
        record = self._record(body, now)
        return self._held(record, self.directory / f"{record['id']}.json")

    def _record(self, body: dict[str, Any], now: datetime) -> dict[str, Any]:
        with self._lock:
            self._seq += 1
            entry_id = f"{time.time_ns():020d}-{os.getpid()}-{self._seq:06d}"
        event = body.get("event") or {}
        user = (body.get("user") or {}).get("id") if body.get("type") == "block_actions" else None
        return {
            "id": entry_id,
            "key": message_key(body),
            "held_at": now.isoformat(),
            "workspace_id": installed_workspace(body),
            "user_id": user
            or event.get("user")
            or (event.get("message") or {}).get("user")
            or (event.get("previous_message") or {}).get("user"),  # a deletion's author
            "body": body,
        }

    def _read(self, path: Path) -> Held:
        return self._held(json.loads(path.read_text(encoding="utf-8")), path)

    @staticmethod
    def _held(record: dict[str, Any], path: Path) -> Held:
        return Held(
            id=record["id"],
            path=path,
            body=record["body"],
            key=record.get("key"),
            held_at=datetime.fromisoformat(record["held_at"]),
            workspace_id=record.get("workspace_id"),
            user_id=record.get("user_id"),
        )

    def pending(self) -> list[Held]:
        if not self.directory.is_dir():
            return []
        found = []
        for path in sorted(self.directory.glob("*.json")):
            try:
                found.append(self._read(path))
            except FileNotFoundError:
                continue  # replayed meanwhile (by this process or another worker)
            except (OSError, ValueError, KeyError):
                log.error("unreadable held request %s left aside", path.name)
                try:
                    path.rename(path.with_suffix(".bad"))
                except FileNotFoundError:
                    pass
        # In the order Slack dated them (then the order they were held).
        return sorted(found, key=lambda h: (origin_time(h.body), h.id))

    def waiting(self) -> int:
        """How many requests are held (files only counted, none read)."""
        if not self.directory.is_dir():
            return 0
        return sum(1 for _ in self.directory.glob("*.json"))

    def holds_key(self, key: str | None) -> bool:
        return key is not None and any(h.key == key for h in self.pending())

    def release(self, held: Held) -> None:
        held.path.unlink(missing_ok=True)

    def forget_workspace(self, workspace_id: str) -> int:
        """Drop every held request of a purged workspace."""
        dropped = 0
        for held in self.pending():
            if held.workspace_id == workspace_id:
                self.release(held)
                dropped += 1
        return dropped

    def forget(self, user_id: str, workspace_id: str | None = None) -> int:
        """Drop every held request by the person, or naming them anywhere in its body (an
        erased person's messages are not replayed). Also the unreadable ones set aside."""
        dropped = 0
        for path in [*self.directory.glob("*.json"), *self.directory.glob("*.bad")]:
            try:
                text = path.read_text(encoding="utf-8")
                record = json.loads(text)
            except (OSError, ValueError):
                continue
            if workspace_id is not None and record.get("workspace_id") not in {workspace_id, None}:
                continue
            if record.get("user_id") == user_id or user_id in text:
                path.unlink(missing_ok=True)
                dropped += 1
        return dropped

    # -- how a replay went (reported by the listener guard, awaited by the replayer) ----------
    def expect(self, entry_id: str) -> threading.Event:
        with self._lock:
            return self._outcomes.setdefault(entry_id, threading.Event())

    def report(self, entry_id: str, stored: bool) -> None:
        with self._lock:
            self._results[entry_id] = stored
            event = self._outcomes.setdefault(entry_id, threading.Event())
        event.set()

    def result(self, entry_id: str) -> bool | None:
        with self._lock:
            self._outcomes.pop(entry_id, None)
            return self._results.pop(entry_id, None)


def replay_body(held: Held, signing_secret: str, now: float) -> tuple[str, dict[str, str]]:
    """The held request as Slack would send it again, marked as a replay and signed anew."""
    body = dict(held.body)
    body[HELD_AT_KEY] = held.held_at.isoformat()
    if body.get("type") == "block_actions":
        body[REPLAY_KEY] = held.id
        raw = urlencode({"payload": json.dumps(body)})
        content_type = "application/x-www-form-urlencoded"
    else:
        body[REPLAY_KEY] = held.id
        raw = json.dumps(body)
        content_type = "application/json"
    timestamp = str(int(now))
    digest = hmac.new(
        signing_secret.encode(), f"v0:{timestamp}:{raw}".encode(), hashlib.sha256
    ).hexdigest()
    return raw, {
        "content-type": content_type,
        "x-slack-request-timestamp": timestamp,
        "x-slack-signature": f"v0={digest}",
    }


@dataclass(frozen=True)
class ReplayRound:
    replayed: int
    still_held: int
    given_up: int


def replay(
    spool: Spool,
    dispatch: Callable[[str, dict[str, str]], None],
    tell_author: Callable[[Held], None],
    *,
    signing_secret: str,
    now: datetime,
    give_up_after: timedelta = DEFAULT_GIVE_UP,
    wait_seconds: float = 15.0,
) -> ReplayRound:
    """Replay what is held, oldest first; stop at the first that still cannot be stored (order
    matters: an edit must not overtake its message). Entries held too long are given up and
    their authors told."""
    replayed = given_up = 0
    pending = spool.pending()
    for index, held in enumerate(pending):
        if now - held.held_at > give_up_after:
            tell_author(held)
            spool.release(held)
            given_up += 1
            continue
        done = spool.expect(held.id)
        raw, headers = replay_body(held, signing_secret, time.time())
        dispatch(raw, headers)
        done.wait(wait_seconds)
        stored = spool.result(held.id)
        if stored:
            spool.release(held)
            replayed += 1
            continue
        return ReplayRound(replayed, len(pending) - index, given_up)
    return ReplayRound(replayed, 0, given_up)


def held_text(held: Held) -> str:
    """What the author wrote (a message) or clicked (a button), to give back to them."""
    event = held.body.get("event") or {}
    message = event.get("message") or event.get("previous_message") or {}
    if held.body.get("type") == "block_actions":
        actions = held.body.get("actions") or [{}]
        return str((actions[0].get("text") or {}).get("text") or "")
    return str(message.get("text") or event.get("text") or "")


def worth_giving_back(held: Held) -> bool:
    """Whether the author of a request given up is told, with their text: a click, a message to
    the bot, and a channel message that reads as a record (read as kpibot reads them, without
    the customers it knows). Chatter held through an outage (on PostgreSQL every message is)
    and what nobody sent (a join, the workspace leaving, a deletion) is dropped unsaid."""
    if held.body.get("type") == "block_actions":
        return True
    event = held.body.get("event") or {}
    if event.get("type") == "app_mention" or event.get("channel_type") == "im":
        return True
    if event.get("type") != "message":
        return False
    from bot.services.capture import NOTHING, recognise

    # An edit or a deletion also when what the message said before reads as a record: that
    # record stands as it was, which its author must hear.
    before = (event.get("previous_message") or {}).get("text")
    texts = [before] if event.get("subtype") == "message_deleted" else [held_text(held), before]
    return any(
        recognise(text, today=held.held_at.date()).outcome is not NOTHING.outcome
        for text in texts
        if isinstance(text, str) and text
    )


def tell_author(client: Any, held: Held) -> None:
    """The author of a request given up (held too long, or not holdable at all) is told in a
    DM, with what they wrote or clicked given back, where it is worth telling."""
    from bot.rendering.outage import given_up
    from bot.services.requester import language_hint

    if not held.user_id or not worth_giving_back(held):
        return
    event = held.body.get("event") or {}
    subtype = event.get("subtype")
    # What the message said before stays recorded as it was after an edit given up: "log
    # it again" alone would count the deal twice (the template says to undo it first).
    what = {"message_deleted": "deletion", "message_changed": "edit"}.get(subtype, "sent")
    text = given_up(
        language_hint(held.workspace_id, held.user_id),
        what,
        held.held_at.strftime("%H:%M UTC"),
        held_text(held),
        # A button's text is plain text; a message's is Slack's mrkdwn already.
        as_slack_wrote_it=held.body.get("type") != "block_actions",
    )
    try:
        client.chat_postMessage(channel=held.user_id, text=text)
    except Exception:  # telling must not stop the round
        log.warning("could not tell an author that a held request was given up")


class Replayer:
    """Replays what a Bolt app held, every `interval` seconds, in a daemon thread of `serve`."""

    def __init__(
        self,
        app: Any,
        spool: Spool,
        *,
        signing_secret: str,
        clock: Any,
        give_up_after: timedelta = DEFAULT_GIVE_UP,
    ) -> None:
        self.app = app
        self.spool = spool
        self.signing_secret = signing_secret
        self.clock = clock
        self.give_up_after = give_up_after
        self._stop = threading.Event()

    def _dispatch(self, raw: str, headers: dict[str, str]) -> None:
        from slack_bolt.request import BoltRequest

        response = self.app.dispatch(BoltRequest(body=raw, headers=headers))
        if response.status != 200:
            log.warning("a held request was answered %s on replay", response.status)

    def _tell_author(self, held: Held) -> None:
        client = self._client_for(held.workspace_id)
        if client is not None:
            tell_author(client, held)

    def _client_for(self, workspace_id: str | None) -> Any:
        """The app's client with the held request's workspace's bot token. With one bot token
        that is the app's client; with OAuth the app's client has no token (Bolt gives each
        request its installation's), so the installation is looked up: was the tokenless
        client, which Slack answers `not_authed`, so nobody was told. None when the workspace
        has no installation any more (it left: nobody there to tell)."""
        client = self.app.client
        store = getattr(self.app, "installation_store", None)
        if store is None or not workspace_id:
            return client
        try:
            finder = getattr(store, "find_workspace_bot", None)
            bot = (
                finder(workspace_id)
                if finder is not None
                else store.find_bot(enterprise_id=None, team_id=workspace_id)
            )
        except Exception as err:
            log.warning("could not look up the installation to tell an author: %s",
                        type(err).__name__)  # fmt: skip
            return None
        if bot is None or not bot.bot_token:
            return None
        from slack_sdk import WebClient

        return WebClient(
            token=bot.bot_token,
            base_url=client.base_url,
            timeout=client.timeout,
            ssl=client.ssl,
            proxy=client.proxy,
            headers=client.headers,
            retry_handlers=list(client.retry_handlers),
        )

    def run_once(self) -> ReplayRound:
        result = replay(
            self.spool,
            self._dispatch,
            self._tell_author,
            signing_secret=self.signing_secret,
            now=self.clock.now(),
            give_up_after=self.give_up_after,
        )
        metrics.held("replayed", result.replayed)
        metrics.held("given_up", result.given_up)
        if result.replayed or result.given_up:
            log.info(
                "held requests: %s replayed, %s still held, %s given up",
                result.replayed,
                result.still_held,
                result.given_up,
            )
        return result

    def start(self, interval: float = 10.0) -> threading.Thread:
        def loop() -> None:
            while not self._stop.wait(interval):
                if self.spool.pending():
                    try:
                        self.run_once()
                    except Exception:
                        log.exception("replaying held requests failed; trying again later")

        thread = threading.Thread(target=loop, name="kpibot-spool", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()
