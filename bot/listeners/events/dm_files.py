"""A CSV file a manager shares with the bot in a DM: the customers in it, compared with the ones
kpibot knows (a dry run), reported back with an "Import" button that applies it.

The file is fetched as Slack serves it to apps: files.info for its private URL, then that URL
with the bot token in the Authorization header, only from Slack's own hosts (the token is never
sent anywhere else)."""

from __future__ import annotations

import logging
import threading
import time
import urllib.error
import urllib.request
import weakref
from typing import Any
from urllib.parse import urlsplit

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.errors import UserError
from bot.ids import ActionId
from bot.listeners.guard import guarded
from bot.rendering.customers import import_report, imported_reply
from bot.rendering.replies import error_reply
from bot.services import customer_import
from bot.slack_client import SLACK_CALL_ERRORS, slack_error
from bot.unit_of_work import Request

log = logging.getLogger(__name__)
MAX_EMAIL_LOOKUPS = 500
SLACK_FILE_HOSTS = ("files.slack.com", "slack-files.com")


def handle(request: Request, client: WebClient, event: dict[str, Any]) -> bool:
    """A DM with files. True when it was one (it is answered here)."""
    files = [
        f
        for f in event.get("files") or []
        if isinstance(f, dict) and f.get("id") and _may_be_csv(f)
    ]
    if not files:
        return False  # a picture or a PDF: the DM's usual answer
    channel = event["channel"]
    ref = f"file:{channel}:{event.get('ts')}"
    with request.reading() as uow:
        who = uow.who
    try:
        customer_import.check_manager(who)
        data = _download(client, str(files[0]["id"]))
        rows = customer_import.read(data)
        emails = _look_up(client, rows.emails(), request.workspace_id, request.deps.session_factory)
        with request.writing() as uow:
            kept = customer_import.report(uow.session, uow.who, rows, emails, ref=ref, now=uow.now)
    except UserError as err:
        _post(
            client, channel, error_reply(who.language, err.code, err.params, "import", stored=None)
        )
        return True
    if kept is not None:  # None: a retried delivery of a file reported already
        plan, token = kept
        _post(client, channel, import_report(who.language, plan, token=token))
    return True


def _may_be_csv(file: dict[str, Any]) -> bool:
    """What the event says about a file (it may say nothing; files.info tells then)."""
    name, filetype = str(file.get("name") or ""), file.get("filetype")
    if not name and not filetype:
        return True
    return filetype in {"csv", "text"} or name.lower().endswith((".csv", ".txt"))


def _post(client: WebClient, channel: str, message: dict[str, Any]) -> None:
    try:
        client.chat_postMessage(channel=channel, **message)
    except SLACK_CALL_ERRORS as err:
        log.info("import report not delivered: %s", slack_error(err))


def _trusted(url: str, api_url: str) -> bool:
    """Slack's file hosts, or the host of the Web API this app talks to (a stand-in)."""
    parts, api = urlsplit(url), urlsplit(api_url)
    if parts.scheme == "https" and parts.hostname in SLACK_FILE_HOSTS:
        return True
    return (parts.scheme, parts.netloc) == (api.scheme, api.netloc)


def _download(client: WebClient, file_id: str) -> bytes:
    try:
        info = client.files_info(file=file_id).get("file") or {}
    except SLACK_CALL_ERRORS as err:
        log.info("files.info failed: %s", slack_error(err))
        raise UserError("import_download_failed") from None
    name = str(info.get("name") or "")
    if info.get("filetype") not in {"csv", "text"} and not name.lower().endswith((".csv", ".txt")):
        raise UserError("import_not_csv")
    if int(info.get("size") or 0) > customer_import.MAX_BYTES:
        raise UserError("import_too_big", limit="1 MB")
    url = str(info.get("url_private_download") or info.get("url_private") or "")
    if not _trusted(url, client.base_url):
        log.warning("a shared file's URL is not on Slack's hosts; not fetched")
        raise UserError("import_download_failed")
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {client.token}"})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (checked above)
            if "text/html" in (response.headers.get("Content-Type") or ""):
                # Slack's sign-in page: the app lacks files:read, or the token was refused.
                raise UserError("import_download_failed")
            return bytes(response.read(customer_import.MAX_BYTES + 1))
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        log.info("file download failed: %s", type(err).__name__)
        raise UserError("import_download_failed") from None


# What Slack answered lately about an e-mail, per app and workspace: (workspace, e-mail) -> (user
# id or None for "not found", when it was answered). users.lookupByEmail is Slack's Tier 3
# (about 50 a minute): a list with more owners met the limit, was answered "try again in a
# moment", and shared again asked about the same e-mails in the same order, met the limit at the
# same place, and never came through. Kept in this process's memory until the list comes through
# or LOOKUP_KEPT seconds, by app (its Deps; gone with it), never stored.
_ANSWERED: dict[int, dict[tuple[str, str], tuple[str | None, float]]] = {}
_ANSWERED_LOCK = threading.Lock()
LOOKUP_KEPT = 600.0


def _answered_to(owner: Any) -> dict[tuple[str, str], tuple[str | None, float]]:
    """The answers kept for the app `owner` (under _ANSWERED_LOCK)."""
    if owner is None:
        return {}
    key = id(owner)
    kept = _ANSWERED.get(key)
    if kept is None:
        kept = _ANSWERED[key] = {}
        weakref.finalize(owner, _ANSWERED.pop, key, None)
    return kept


def _look_up(
    client: WebClient, emails: list[str], workspace_id: str = "", owner: Any = None
) -> dict[str, str]:
    """E-mail -> Slack user id, for those Slack knows (before any transaction opens). Those
    Slack answered about in the last LOOKUP_KEPT seconds (to the app `owner`) are not asked
    again."""
    found: dict[str, str] = {}
    now = time.monotonic()
    with _ANSWERED_LOCK:
        answered = _answered_to(owner)
        for key in [k for k, (_, at) in answered.items() if now - at > LOOKUP_KEPT]:
            del answered[key]
        known = {k[1]: v[0] for k, v in answered.items() if k[0] == workspace_id}
    for email in emails[:MAX_EMAIL_LOOKUPS]:
        if email in known:
            if known[email]:
                found[email] = str(known[email])
            continue
        try:
            user = client.users_lookupByEmail(email=email).get("user") or {}
        except SLACK_CALL_ERRORS as err:
            if _busy(err):
                # Not looked up is not unknown: the report would call the owner one Slack
                # does not know, and Import would leave their customers without one.
                log.info("e-mail look-up not answered: %s", slack_error(err))
                raise UserError("slack_busy") from None
            user = {}  # users_not_found: reported as an unknown owner
        answer = str(user["id"]) if user.get("id") else None
        with _ANSWERED_LOCK:
            answered[(workspace_id, email)] = (answer, time.monotonic())
        if answer:
            found[email] = answer
    with _ANSWERED_LOCK:  # every e-mail answered: the list comes through, nothing more kept
        for key in [k for k in answered if k[0] == workspace_id]:
            del answered[key]
    return found


def _busy(err: Exception) -> bool:
    """Slack rate-limited the call, failed at its end or did not answer: try again later."""
    response = getattr(err, "response", None)
    status = getattr(response, "status_code", None)
    if status is None:
        return True  # no answer at all (a dropped line, a timeout)
    return status == 429 or status >= 500 or slack_error(err) in {"ratelimited", "internal_error"}


def handle_import_click(
    ack: Ack, action: dict[str, Any], respond: Respond, context: BoltContext
) -> None:
    """The report's "Import": the file's customers, applied in one transaction."""
    ack()
    request: Request = context["request"]
    token = str(action.get("value") or "")[:32]
    with request.writing() as uow:
        who = uow.who
        done = customer_import.import_kept(uow.session, who, token, now=uow.now)
    if done.plan is not None:
        respond(**import_report(who.language, done.plan, applied=True), replace_original=True)
    else:
        respond(**imported_reply(who.language, done.state), replace_original=False)


def register(app: App) -> None:
    app.action(ActionId.IMPORT_CUSTOMERS.value)(guarded(handle_import_click))
