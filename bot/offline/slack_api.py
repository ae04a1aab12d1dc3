"""Slack's Web API on 127.0.0.1, for `kpibot demo`, `kpibot console` and the test suite.

`FakeSlackApi` answers the app's real slack_sdk WebClient (SLACK_API_URL points here) and the
posts to response URLs, in Slack's wire formats. It records the method and body of every call and
can answer HTTP 429 with Retry-After, a 5xx, or an `ok: false` error on demand. The test suite
starts one per session and calls `restore()` between tests.
"""

from __future__ import annotations

import itertools
import json
import secrets
import selectors
import socket
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl

from bot.offline import limits

BOT_USER_ID = "UKPIBOT"
BOT_ID = "BKPIBOT"

# Every violation of Slack's limits any stand-in of this process was sent (limits.py), until
# taken: the test suite fails a test that leaves one here (tests/conftest.py).
VIOLATIONS: list[limits.Violation] = []
_violations_lock = threading.Lock()


def take_violations() -> list[limits.Violation]:
    """The violations recorded so far by any stand-in of this process; forgets them."""
    with _violations_lock:
        taken = list(VIOLATIONS)
        VIOLATIONS.clear()
        return taken


@dataclass
class ApiCall:
    method: str  # e.g. "chat.postMessage", or "response_url" for posts to a response URL
    params: dict[str, Any]
    path: str = ""
    token: str = ""  # the bearer token the call was made with (whose workspace)


@dataclass
class Failure:
    """An answer other than the normal one. `processed`: Slack did the work first (a post that
    is then answered 5xx). Status 0: the connection drops without an answer."""

    status: int = 200
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)
    processed: bool = False
    # Not Slack's JSON at all: a proxy's or a firewall's HTML page, as bytes.
    raw: bytes | None = None


@dataclass
class FakeUser:
    id: str
    name: str
    tz: str = "Europe/Oslo"
    locale: str = "en-US"
    is_admin: bool = False
    is_owner: bool = False
    is_bot: bool = False
    email: str | None = None
    deleted: bool = False  # deactivated
    is_app_user: bool = False
    is_workflow_bot: bool = False
    # Of another workspace than the stand-in's (a guest from another organisation in a shared
    # channel, or a colleague of the same Enterprise Grid organisation: `enterprise_id`).
    team_id: str | None = None
    enterprise_id: str | None = None
    # A guest account: multi-channel (restricted) or single-channel (ultra restricted).
    is_restricted: bool = False
    is_ultra_restricted: bool = False

    def to_slack(self, team_id: str | None) -> dict[str, Any]:
        grid = (
            {"enterprise_user": {"enterprise_id": self.enterprise_id}} if self.enterprise_id else {}
        )
        return {
            **grid,
            "id": self.id,
            **({"team_id": self.team_id or team_id} if self.team_id or team_id else {}),
            "name": self.name.lower().replace(" ", "."),
            "real_name": self.name,
            "tz": self.tz,
            "locale": self.locale,
            "is_admin": self.is_admin,
            "is_owner": self.is_owner,
            "is_bot": self.is_bot,
            "deleted": self.deleted,
            "is_app_user": self.is_app_user,
            "is_workflow_bot": self.is_workflow_bot,
            "is_restricted": self.is_restricted,
            "is_ultra_restricted": self.is_ultra_restricted,
            "profile": {
                "display_name": self.name.split()[0],
                "real_name": self.name,
                **({"email": self.email} if self.email else {}),
            },
        }


class FakeSlackApi:
    """Slack's Web API on 127.0.0.1, recording every call."""

    def __init__(self, team_id: str = "T0DEMO", team_name: str = "Demo Workspace") -> None:
        self.team_id = team_id
        self.team_name = team_name
        self.users: dict[str, FakeUser] = {}
        self.channel_members: dict[str, list[str]] = {}
        self.not_member_of: set[str] = set()  # channels the bot has not been invited to
        # Archived channels (conversations.info says is_archived; a post is refused is_archived)
        # and deleted ones (both answered channel_not_found).
        self.archived: set[str] = set()
        self.deleted: set[str] = set()
        # More of conversations.info's answer per channel: how it is shared (Slack Connect:
        # is_shared, is_ext_shared, is_org_shared, is_pending_ext_shared).
        self.channel_info: dict[str, dict[str, Any]] = {}
        self.files: dict[str, tuple[dict[str, Any], bytes]] = {}  # files.info and the download
        self.uploads: dict[str, bytes] = {}  # files_upload_v2: what the bot uploaded, by file id
        # Files the bot shared (files.completeUploadExternal done): conversations.replies shows
        # each in its thread, by the name given to files.getUploadURLExternal.
        self.shared_files: list[dict[str, Any]] = []
        self._file_names: dict[str, str] = {}
        # OAuth: codes Slack would hand the redirect (code -> workspace id, name, bot token), and
        # the bot tokens it issued (token -> workspace id); a revoked token is refused.
        self.oauth_codes: dict[str, tuple[str, str, str, str]] = {}
        self.oauth_grid: dict[str, tuple[str, bool]] = {}  # code -> (enterprise id, org-wide)
        self.bot_tokens: dict[str, str] = {}
        # Bot tokens revoked behind the app's back (the admin removed the app while kpibot was
        # down, the event lost): every Web API call with one is refused with this error code.
        self.revoked: dict[str, str] = {}
        # A method's rate limit (Slack's tiers: so many calls a minute, per workspace): calls
        # allowed in this minute, and the Retry-After of the 429s after them (rate_limit()).
        self._allowed: dict[str, list[int]] = {}
        self.calls: list[ApiCall] = []
        # What was sent beyond Slack's limits (limits.py): refused as Slack refuses it.
        self.violations: list[limits.Violation] = []
        self._failures: dict[str, list[Failure]] = {}
        self._delays: dict[str, list[float]] = {}
        self._lock = threading.Condition()
        self._ts = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._server.timeout = 0  # handle_request() only runs once the socket is readable
        self._wake_r, self._wake_w = socket.socketpair()  # stop() wakes the loop at once
        self._stopping = False
        self._thread: threading.Thread | None = None

    # -- lifecycle ---------------------------------------------------------------------------
    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/"

    @property
    def api_url(self) -> str:
        return self.url + "api/"

    def start(self) -> FakeSlackApi:
        self._thread = threading.Thread(target=self._serve, name="fake-slack-api", daemon=True)
        self._thread.start()
        return self

    def _serve(self) -> None:
        # Not serve_forever(): its shutdown() waits for a poll interval; this loop sleeps in
        # select() until a connection or stop()'s wake-up byte arrives.
        with selectors.DefaultSelector() as selector:
            selector.register(self._server, selectors.EVENT_READ)
            selector.register(self._wake_r, selectors.EVENT_READ)
            while not self._stopping:
                for key, _events in selector.select():
                    if key.fileobj is self._server and not self._stopping:
                        self._server.handle_request()

    def stop(self) -> None:
        self._stopping = True
        self._wake_w.send(b"x")
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server.server_close()
        self._wake_r.close()
        self._wake_w.close()

    def __enter__(self) -> FakeSlackApi:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def restore(self, users: Iterable[FakeUser] = (), team_id: str | None = None) -> None:
        """Back to the state of a newly started stand-in with these users (copies, so a caller
        may change them): no calls, no queued failures, every user in every channel, the bot a
        member of every channel. The server keeps running on the same port."""
        with self._lock:
            self.calls.clear()
            self.violations.clear()
            self._failures.clear()
            self._delays.clear()
            self.users = {u.id: replace(u) for u in users}
            self.channel_members = {}
            self.not_member_of = set()
            self.archived = set()
            self.deleted = set()
            self.channel_info = {}
            self.files = {}
            self.uploads = {}
            self.shared_files = []
            self._file_names = {}
            self.oauth_codes = {}
            self.oauth_grid = {}
            self.bot_tokens = {}
            self.revoked = {}
            self._allowed = {}
            self._ts = itertools.count(1)
            if team_id is not None:
                self.team_id = team_id

    # -- set-up --------------------------------------------------------------------------------
    def add_user(self, user: FakeUser) -> FakeUser:
        self.users[user.id] = user
        return user

    def add_file(
        self, file_id: str, name: str, content: bytes, *, filetype: str = "csv", user: str = ""
    ) -> dict[str, Any]:
        """A file someone shared: files.info describes it, its url_private serves the bytes (to
        a request with the bot's token only)."""
        info = {
            "id": file_id,
            "name": name,
            "title": name,
            "filetype": filetype,
            "mimetype": "text/csv" if filetype == "csv" else "application/octet-stream",
            "size": len(content),
            "user": user,
            "url_private": f"{self.url}files-pri/{self.team_id}-{file_id}/{name}",
            "url_private_download": f"{self.url}files-pri/{self.team_id}-{file_id}/download/{name}",
        }
        self.files[file_id] = (info, content)
        return info

    def fail(self, method: str, *failures: Failure) -> None:
        """The next calls of `method` get these answers, in order, before normal service."""
        with self._lock:
            self._failures.setdefault(method, []).extend(failures)

    def rate_limit(self, method: str, allowed: int, retry_after: int = 30) -> None:
        """A new minute of `method`'s rate limit: `allowed` more calls answered, then HTTP 429
        (`ratelimited`, Retry-After `retry_after` seconds) until the next rate_limit()."""
        with self._lock:
            self._allowed[method] = [allowed, retry_after]

    def _limited(self, method: str) -> int | None:
        with self._lock:
            limit = self._allowed.get(method)
            if limit is None:
                return None
            if limit[0] > 0:
                limit[0] -= 1
                return None
            return limit[1]

    def recover(self, method: str) -> None:
        """`method` is answered normally again: its queued failures are dropped (the calls so
        far, and what was posted, are kept)."""
        with self._lock:
            self._failures.pop(method, None)

    def slow(self, method: str, *seconds: float) -> None:
        """The next calls of `method` are answered (normally) after these many seconds, in
        order: a call in flight, for tests of what waits for it. The call is recorded when it
        arrives, so a test can wait for it (wait_for) while it is held."""
        with self._lock:
            self._delays.setdefault(method, []).extend(seconds)

    def _delay(self, method: str) -> float:
        with self._lock:
            queue = self._delays.get(method)
            return queue.pop(0) if queue else 0.0

    def response_url(self, key: str) -> str:
        return f"{self.url}response/{key}"

    def response_key(self, url: str) -> str | None:
        """The key of one of our response URLs; None for anyone else's."""
        prefix = f"{self.url}response/"
        return url[len(prefix) :] if url.startswith(prefix) else None

    # -- reading what happened ----------------------------------------------------------------
    def calls_to(self, method: str) -> list[ApiCall]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def responses(self, key: str) -> list[dict[str, Any]]:
        with self._lock:
            return [c.params for c in self.calls if c.path == f"/response/{key}"]

    def wait_for(
        self, predicate: Callable[[ApiCall], bool], timeout: float = 10.0
    ) -> list[ApiCall]:
        """Block until some recorded calls satisfy `predicate`; return them."""
        return self.wait_for_count(predicate, 1, timeout)

    def wait_for_response(
        self, key: str, timeout: float = 10.0, *, after: int = 0
    ) -> dict[str, Any]:
        """The first post to response URL `key` after the first `after` ones."""
        path = f"/response/{key}"
        found = self.wait_for_count(lambda c: c.path == path, after + 1, timeout)
        return found[after].params

    def wait_for_count(
        self, predicate: Callable[[ApiCall], bool], count: int, timeout: float = 10.0
    ) -> list[ApiCall]:
        """Block until at least `count` recorded calls satisfy `predicate`; return them all."""
        deadline = time.monotonic() + timeout
        with self._lock:
            while True:
                found = [c for c in self.calls if predicate(c)]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"the app made {len(found)} of {count} such Slack calls")
                self._lock.wait(remaining)

    def reset(self) -> None:
        """Forget the calls so far, any queued failures and rate limits (users and channels
        stay)."""
        with self._lock:
            self.calls.clear()
            self._failures.clear()
            self._delays.clear()
            self._allowed.clear()

    # -- Slack's limits ------------------------------------------------------------------------
    def _check_limits(self, method: str, params: dict[str, Any]) -> list[limits.Violation]:
        """The call's violations of Slack's limits, recorded; those Slack refuses it for."""
        found = limits.check(method, params)
        if found:
            with self._lock:
                self.violations.extend(found)
            with _violations_lock:
                VIOLATIONS.extend(found)
        return limits.refused(found)

    @staticmethod
    def _refusal(method: str, refused: list[limits.Violation]) -> dict[str, Any]:
        """Slack's answer to a payload beyond its limits."""
        error = "invalid_arguments" if method in limits.VIEW_METHODS else "invalid_blocks"
        return {
            "ok": False,
            "error": error,
            "response_metadata": {
                "messages": [f"[ERROR] {v.problem} [json-pointer:{v.pointer}]" for v in refused]
            },
        }

    # -- serving -----------------------------------------------------------------------------
    def _record(self, call: ApiCall) -> Failure | None:
        with self._lock:
            self.calls.append(call)
            queue = self._failures.get(call.method)
            failure = queue.pop(0) if queue else None
            self._lock.notify_all()
            return failure

    def authorize_install(
        self,
        code: str,
        team_id: str,
        team_name: str,
        installer: str = "U0KARI",
        *,
        enterprise_id: str | None = None,
        org_wide: bool = False,
    ) -> str:
        """What Slack does when someone approves the install: a one-time code for the redirect.
        Returns the bot token oauth.v2.access will issue for it. `enterprise_id`: a workspace of
        an Enterprise Grid organisation; `org_wide`: installed to the whole organisation (no
        workspace in the answer, `is_enterprise_install` true)."""
        token = f"xoxb-{team_id}-{secrets.token_hex(8)}"
        self.oauth_codes[code] = (team_id, team_name, token, installer)
        if enterprise_id:
            self.oauth_grid[code] = (enterprise_id, org_wide)
        return token

    def _oauth_access(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            granted = self.oauth_codes.pop(str(params.get("code")), None)  # a code works once
            enterprise_id, org_wide = self.oauth_grid.pop(str(params.get("code")), (None, False))
        if granted is None:
            return {"ok": False, "error": "invalid_code"}
        team_id, team_name, token, installer = granted
        # An organisation's token answers auth.test as the organisation (no workspace).
        self.bot_tokens[token] = enterprise_id if org_wide and enterprise_id else team_id
        grid = {"enterprise": {"id": enterprise_id, "name": "Org"}} if enterprise_id else {}
        if org_wide:
            grid.update(team=None, is_enterprise_install=True)
        return {
            "ok": True,
            "app_id": "A0KPIBOT",
            "authed_user": {"id": installer},
            "scope": "commands,chat:write",
            "token_type": "bot",
            "access_token": token,
            "bot_user_id": BOT_USER_ID,
            "team": {"id": team_id, "name": team_name},
            "enterprise": None,
            "is_enterprise_install": False,
            **grid,
        }

    def _answer(self, method: str, params: dict[str, Any], token: str = "") -> dict[str, Any]:
        ts = f"{int(time.time())}.{next(self._ts):06d}"
        if method == "oauth.v2.access":
            return self._oauth_access(params)
        if method == "auth.test":
            team_id = self.bot_tokens.get(token, self.team_id)
            if token.startswith("xoxb-revoked"):
                return {"ok": False, "error": "invalid_auth"}
            return {
                "ok": True,
                "url": "https://demo.slack.com/",
                "team": self.team_name,
                "team_id": team_id,
                "user": "kpibot",
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
            }
        if method == "users.info":
            user = self.users.get(str(params.get("user")))
            if user is None:
                return {"ok": False, "error": "user_not_found"}
            # A person of the workspace whose token asks (one user id in two installations); with
            # the one bot token of the tests, of whichever workspace a test's payload names (no
            # team said: never taken for another organisation's).
            return {"ok": True, "user": user.to_slack(self.bot_tokens.get(token))}
        if method == "users.lookupByEmail":
            email = str(params.get("email") or "").lower()
            found = next((u for u in self.users.values() if (u.email or "").lower() == email), None)
            if found is None:
                return {"ok": False, "error": "users_not_found"}
            return {"ok": True, "user": found.to_slack(self.team_id)}
        if method == "files.info":
            file = self.files.get(str(params.get("file")))
            if file is None:
                return {"ok": False, "error": "file_not_found"}
            return {"ok": True, "file": file[0]}
        if method == "conversations.members":
            members = self.channel_members.get(str(params.get("channel")), list(self.users))
            return {"ok": True, "members": members, "response_metadata": {"next_cursor": ""}}
        if method == "conversations.info":
            channel = str(params.get("channel"))
            if channel in self.deleted:
                return {"ok": False, "error": "channel_not_found"}
            return {
                "ok": True,
                "channel": {
                    "id": channel,
                    "name": f"sales-{channel.lower()}",
                    "is_member": channel not in self.not_member_of,
                    "is_archived": channel in self.archived,
                    **self.channel_info.get(channel, {}),
                },
            }
        if method in {"views.open", "views.update", "views.push", "views.publish"}:
            view = params.get("view")
            if isinstance(view, str):
                view = json.loads(view)
            return {"ok": True, "view": {**(view or {}), "id": f"V{next(self._ts):08d}"}}
        if method == "chat.postMessage":
            if params.get("channel") in self.deleted:
                return {"ok": False, "error": "channel_not_found"}
            if params.get("channel") in self.archived:
                return {"ok": False, "error": "is_archived"}
            params["_ts"] = ts  # remembered, so conversations.history can list what was posted
            if isinstance(params.get("metadata"), str):
                params["metadata"] = json.loads(params["metadata"])
            return {"ok": True, "channel": params.get("channel"), "ts": ts, "message": {"ts": ts}}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "bots.info":
            return {
                "ok": True,
                "bot": {"id": params.get("bot"), "app_id": "A0KPIBOT", "name": "kpibot"},
            }
        if method == "files.getUploadURLExternal":
            file_id = f"F{next(self._ts):08d}"
            with self._lock:
                self._file_names[file_id] = str(params.get("filename") or "")
            return {"ok": True, "upload_url": f"{self.url}upload/{file_id}", "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = (
                json.loads(params.get("files") or "[]")
                if isinstance(params.get("files"), str)
                else params.get("files", [])
            )
            with self._lock:
                self.shared_files.append(
                    {
                        "type": "message",
                        "subtype": "file_share",
                        "user": BOT_USER_ID,
                        "ts": ts,
                        "channel": params.get("channel_id"),
                        "thread_ts": params.get("thread_ts"),
                        "files": [
                            {"id": f["id"], "name": self._file_names.get(f["id"], ""),
                             "title": f.get("title")}
                            for f in files
                        ],
                    }
                )  # fmt: skip
            return {"ok": True, "files": [{"id": f["id"]} for f in files]}
        if method == "conversations.replies":
            return self._replies(params)
        if method == "chat.update":
            params["_updated"] = True  # conversations.history shows the message so from now on
            return {"ok": True, "channel": params.get("channel"), "ts": params.get("ts")}
        if method == "conversations.history":
            return self._history(params)
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(params.get("users", "X"))[1:]}}
        return {"ok": True}

    def _history(self, params: dict[str, Any]) -> dict[str, Any]:
        """What the bot posted in a conversation (a DM by its D… id or the person's U… id),
        newest first, as it stands after chat.update; `latest`, `oldest`, `inclusive` and
        `limit` as Slack reads them."""
        channel = params.get("channel")
        targets = {channel, "U" + str(channel)[1:]} if str(channel).startswith("D") else {channel}
        inclusive = str(params.get("inclusive", "")).lower() in {"1", "true"}
        latest, oldest = params.get("latest"), params.get("oldest")

        def within(ts: str) -> bool:
            if latest is not None and (
                float(ts) > float(latest) or (not inclusive and float(ts) == float(latest))
            ):
                return False
            return (
                oldest is None
                or float(ts) > float(oldest)
                or (inclusive and float(ts) == float(oldest))
            )

        with self._lock:
            posted: dict[str, dict[str, Any]] = {}
            for c in self.calls:
                if c.method == "chat.postMessage" and c.params.get("channel") in targets:
                    ts = c.params.get("_ts")
                    if ts and within(ts):
                        posted[ts] = {
                            "type": "message",
                            "ts": ts,
                            "text": c.params.get("text"),
                            "blocks": _listed(c.params.get("blocks")),
                            "metadata": c.params.get("metadata"),
                        }
                elif c.method == "chat.update" and c.params.get("_updated"):
                    ts = str(c.params.get("ts"))
                    if ts in posted:
                        posted[ts].update(
                            text=c.params.get("text"), blocks=_listed(c.params.get("blocks"))
                        )
        messages = sorted(posted.values(), key=lambda m: float(m["ts"]), reverse=True)
        limit = int(params.get("limit") or 100)
        return {"ok": True, "messages": messages[:limit], "has_more": len(messages) > limit}

    def thread(self, channel: str, ts: str) -> list[dict[str, Any]]:
        """The messages of a thread the bot started, as conversations.replies gives them."""
        return self._replies({"channel": channel, "ts": ts}).get("messages", [])

    def _replies(self, params: dict[str, Any]) -> dict[str, Any]:
        """A thread as conversations.replies gives it: its first message (one the bot posted),
        then the files the bot shared in it, oldest first."""
        channel, ts = params.get("channel"), str(params.get("ts"))
        first = next(
            (m for m in self._history({"channel": channel})["messages"] if m["ts"] == ts), None
        )
        if first is None:
            return {"ok": False, "error": "thread_not_found"}
        with self._lock:
            shared = [
                {k: v for k, v in m.items() if k != "channel"}
                for m in self.shared_files
                if m["channel"] == channel and m["thread_ts"] == ts
            ]
        return {"ok": True, "messages": [first, *shared], "has_more": False}

    # -- answering a request, whatever carried it ------------------------------------------
    def serve(self, verb: str, path: str, headers: Any, data: bytes) -> Answer | None:
        """The answer to one HTTP request (`headers`: anything with .get, as http.server's
        message); None when the connection is dropped without an answer (a queued Failure with
        status 0). The HTTP handler below writes it to the socket; `in_process` gives it to the
        caller directly."""
        if verb == "GET":
            return self._serve_get(path, headers)
        if path.startswith("/upload/"):  # files_upload_v2's second step
            with self._lock:
                self.uploads[path.rsplit("/", 1)[-1]] = data
            failure = self._record(
                ApiCall(
                    "file_upload",
                    {"bytes": len(data), "png": data[:8] == b"\x89PNG\r\n\x1a\n"},
                    path,
                )
            )
            if failure is not None and failure.status == 0:
                return None  # dropped: no answer at all
            return _answer_of(200, None)
        raw = data.decode("utf-8")
        if (headers.get("Content-Type") or "").startswith("application/json"):
            params = json.loads(raw or "{}")
        else:
            params = dict(parse_qsl(raw, keep_blank_values=True))
        for key in ("blocks", "view", "attachments", "metadata"):
            if isinstance(params.get(key), str):
                try:
                    params[key] = json.loads(params[key])
                except ValueError:
                    pass
        if path.startswith("/api/"):
            method = path[len("/api/") :].split("?")[0]
        else:
            method = "response_url"
        auth = headers.get("Authorization") or ""
        token = auth.removeprefix("Bearer ") if auth.startswith("Bearer ") else ""
        call = ApiCall(method=method, params=params, path=path, token=token)
        failure = self._record(call)
        delay = self._delay(method)
        if delay:
            time.sleep(delay)  # held in flight, as the test asked (slow())
        if failure is not None and failure.status == 0:
            return None
        if failure is not None:
            if failure.processed and method != "response_url":
                self._answer(method, params, token)  # done (and listed), then failed
            if failure.raw is not None:
                return Answer(
                    failure.status, failure.raw, failure.headers, "text/html; charset=utf-8"
                )
            body = failure.body or {"ok": False, "error": "fake_failure"}
            return _answer_of(failure.status, body, failure.headers)
        if refused := self._check_limits(method, params):
            if method == "response_url":  # a response URL answers 400 and the error
                return Answer(400, b"invalid_blocks", {}, "text/plain")
            return _answer_of(200, self._refusal(method, refused))
        if method == "response_url":
            return _answer_of(200, None)
        if (wait := self._limited(method)) is not None:
            return _answer_of(
                429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(wait)}
            )
        if token in self.revoked and method != "oauth.v2.access":
            return _answer_of(200, {"ok": False, "error": self.revoked[token]})
        return _answer_of(200, self._answer(method, params, token))

    def _serve_get(self, path: str, headers: Any) -> Answer:
        # A file's url_private: Slack serves it to the bot's token, to no one else.
        authorized = (headers.get("Authorization") or "").startswith("Bearer xoxb-")
        self._record(ApiCall("file_download", {"authorized": authorized}, path))
        for info, content in list(self.files.values()):
            urls = {info["url_private"], info["url_private_download"]}
            if authorized and self.url.rstrip("/") + path in urls:
                return Answer(200, content, {}, info["mimetype"])
        # Slack answers an unauthorised file request with its sign-in page, not a 401.
        page = b"<!DOCTYPE html><html><body>Sign in</body></html>"
        return Answer(200, page, {}, "text/html")

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        api = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802
                self._write(api.serve("GET", self.path, self.headers, b""))

            def do_POST(self) -> None:  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length) if length else b""
                self._write(api.serve("POST", self.path, self.headers, data))

            def _write(self, answer: Answer | None) -> None:
                if answer is None:
                    self.close_connection = True  # dropped: no answer at all
                    return
                self.send_response(answer.status)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.data)))
                for k, v in answer.headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(answer.data)

        return Handler


@dataclass
class Answer:
    """What the stand-in answers one request: the status, the body, its headers."""

    status: int
    data: bytes
    headers: dict[str, str]
    content_type: str


def _answer_of(status: int, body: dict | None, headers: dict | None = None) -> Answer:
    """A JSON body; None: Slack's plain `ok` (a response URL's answer, an upload's)."""
    if body is None:
        return Answer(status, b"ok", dict(headers or {}), "text/plain")
    return Answer(status, json.dumps(body).encode(), dict(headers or {}), "application/json")


def _listed(blocks: Any) -> list[Any]:
    """Blocks as a call carried them: a list, or its JSON text (a form-encoded call)."""
    if isinstance(blocks, str):
        try:
            blocks = json.loads(blocks)
        except ValueError:
            return []
    return blocks if isinstance(blocks, list) else []
