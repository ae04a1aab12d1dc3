"""slack_sdk's Web API and response-URL calls answered by the suite's stand-in in this process.

The app's WebClient (and Bolt's respond(), a WebhookClient) reach the FakeSlackApi over loopback
HTTP: a new connection, a request written and parsed on both ends, a handler thread, per call,
0.7-0.9 ms of CPU each (suite19), ~5-10 a Slack-level test. Here `urlopen` in slack_sdk's web,
webhook and upload modules is replaced by one that hands a call to a stand-in's `serve` directly
(the same code the HTTP handler runs) and gives its answer back as urllib would: a response
object with the status, headers and body, an HTTPError for a status of 400 and above.

Only what would be answered normally goes this way. A call whose method has a fault queued (a
5xx, a 429, a dropped connection, an HTML page: FakeSlackApi.fail) or a delay (slow) goes over
real HTTP as before, so every fault keeps urllib's and slack_sdk's own handling of the wire; so
do calls to a stand-in not registered here (the `kpibot` processes' calls, `slack_http`'s app,
which is about the socket, and any stand-in a test starts itself)."""

from __future__ import annotations

import http.client
import io
import logging
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from bot.offline.slack_api import Answer, FakeSlackApi

log = logging.getLogger("kpibot.tests.web")

# The stand-ins answering in this process, by their URL ("http://127.0.0.1:PORT/").
_LOCAL: dict[str, FakeSlackApi] = {}
_lock = threading.Lock()
# Calls answered each way since the process started (for measuring; tests may read them).
counts = {"in_process": 0, "http": 0}

# The slack_sdk modules whose `urlopen` name the calls go through.
MODULES = ("slack_sdk.web.base_client", "slack_sdk.webhook.client", "slack_sdk.web.internal_utils")


def register(api: FakeSlackApi) -> None:
    with _lock:
        _LOCAL[api.url] = api


def unregister(api: FakeSlackApi) -> None:
    with _lock:
        _LOCAL.pop(api.url, None)


@contextmanager
def over_http(api: FakeSlackApi) -> Iterator[None]:
    """Within the block `api` is reached over loopback HTTP (if it was registered)."""
    with _lock:
        was = _LOCAL.pop(api.url, None)
    try:
        yield
    finally:
        if was is not None:
            register(was)


def _method(path: str) -> str:
    """The name a Failure or a delay is queued under for a request to `path`."""
    if path.startswith("/api/"):
        return path[len("/api/") :].split("?")[0]
    if path.startswith("/upload/"):
        return "file_upload"
    return "response_url"


class _Response(io.BytesIO):
    """What urlopen returns, as far as slack_sdk reads it (status, code, headers, read)."""

    def __init__(self, url: str, answer: Answer) -> None:
        super().__init__(answer.data)
        self.url = url
        self.status = self.code = answer.status
        self.reason = http.client.responses.get(answer.status, "")
        self.headers = self.msg = _headers(answer)

    def getcode(self) -> int:
        return self.status

    def info(self) -> http.client.HTTPMessage:
        return self.headers

    def geturl(self) -> str:
        return self.url


def _headers(answer: Answer) -> http.client.HTTPMessage:
    headers = http.client.HTTPMessage()
    headers["Content-Type"] = answer.content_type
    headers["Content-Length"] = str(len(answer.data))
    for name, value in answer.headers.items():
        headers[name] = value
    return headers


def make_urlopen(real: Any) -> Any:
    def urlopen(req: Any, *args: Any, **kwargs: Any) -> Any:
        url = req.full_url if isinstance(req, urllib.request.Request) else str(req)
        slash = url.find("/", url.find("//") + 2)
        api = _LOCAL.get(url[: slash + 1]) if slash > 0 else None
        if api is None or not isinstance(req, urllib.request.Request):
            counts["http"] += 1
            return real(req, *args, **kwargs)
        path = url[slash:]
        method = _method(path)
        with api._lock:  # noqa: SLF001 (the stand-in's own queue of faults)
            faulty = bool(api._failures.get(method) or api._delays.get(method))  # noqa: SLF001
        if faulty:
            counts["http"] += 1
            return real(req, *args, **kwargs)
        counts["in_process"] += 1
        headers = {name.title(): value for name, value in req.header_items()}
        try:
            answer = api.serve(req.get_method(), path, headers, req.data or b"")
        except Exception:
            # Over HTTP the handler's thread would die and the connection close unanswered.
            log.exception("the stand-in failed to answer %s", path)
            answer = None
        if answer is None:
            raise http.client.RemoteDisconnected("Remote end closed connection without response")
        if answer.status >= 400:
            raise urllib.error.HTTPError(
                url,
                answer.status,
                http.client.responses.get(answer.status, ""),
                _headers(answer),
                io.BytesIO(answer.data),
            )
        return _Response(url, answer)

    urlopen.real = real  # type: ignore[attr-defined]
    return urlopen


@contextmanager
def installed() -> Iterator[None]:
    """slack_sdk's urlopen replaced for the block."""
    import importlib

    modules = [importlib.import_module(name) for name in MODULES]
    real = [module.urlopen for module in modules]
    for module, original in zip(modules, real, strict=True):
        module.urlopen = make_urlopen(original)
    try:
        yield
    finally:
        for module, original in zip(modules, real, strict=True):
            module.urlopen = original
