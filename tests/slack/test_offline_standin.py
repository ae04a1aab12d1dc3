"""The stand-in itself: in-process delivery gives the WSGI application what waitress gives it,
replies are read from the ack or the response_url, and restore() gives the next test a fresh
Web API."""

from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest

from bot.offline.driver import CommandResult, HttpResult, HttpTransport, SlackDriver
from bot.offline.harness import DEMO_USERS, InProcessTransport, LoopbackServer
from bot.offline.slack_api import Failure, FakeSlackApi, FakeUser

# What a WSGI application may look at; waitress's own extras (REMOTE_PORT, REQUEST_URI, ...)
# and the client's incidental headers (User-Agent, Connection) are left out.
COMPARED = (
    "REQUEST_METHOD",
    "SCRIPT_NAME",
    "PATH_INFO",
    "QUERY_STRING",
    "SERVER_NAME",
    "SERVER_PROTOCOL",
    "SERVER_SOFTWARE",
    "CONTENT_TYPE",
    "CONTENT_LENGTH",
    "HTTP_X_SLACK_SIGNATURE",
    "HTTP_X_SLACK_REQUEST_TIMESTAMP",
    "HTTP_X_SLACK_RETRY_NUM",
    "wsgi.url_scheme",
    "wsgi.version",
    "wsgi.multithread",
    "wsgi.multiprocess",
    "wsgi.run_once",
)


@pytest.fixture
def api() -> Iterator[FakeSlackApi]:
    with FakeSlackApi() as api:
        yield api


def _echo_app(seen: list[dict[str, Any]]):  # type: ignore[no-untyped-def]
    def app(environ: dict[str, Any], start_response):  # type: ignore[no-untyped-def]
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length)
        seen.append({**{k: environ.get(k) for k in COMPARED}, "body": body})
        data = json.dumps({"got": body.decode()}).encode()
        status = "401 Unauthorized" if environ["PATH_INFO"] == "/deny" else "200 OK"
        start_response(status, [("Content-Type", "application/json")])
        return [data]

    return app


def test_in_process_delivery_gives_the_app_what_waitress_gives_it(api: FakeSlackApi) -> None:
    sent: list[tuple[str, str, bytes, dict[str, str]]] = []

    class Recorder:
        def request(self, method, path, body, headers):  # type: ignore[no-untyped-def]
            sent.append((method, path, body, headers))
            return HttpResult(200, "", {})

    driver = SlackDriver(Recorder(), "secret", api)
    body, _key, _trigger = driver.command_body("/logmeeting", "Acme æøå", "U0KARI")
    driver.post(body, "application/x-www-form-urlencoded", timestamp=1)
    driver.event({"type": "app_mention", "text": "hi"}, event_id="Ev1")
    driver.event({"type": "x"}, event_id="Ev2", retry_num=1)
    driver.post("", "text/plain", sign=False, path="/deny?x=1")
    driver.get("/healthz?verbose=1")

    seen: list[dict[str, Any]] = []
    app = _echo_app(seen)
    server = LoopbackServer(app)
    try:
        answers = [
            [transport.request(*request) for request in sent]
            for transport in (HttpTransport(server.url), InProcessTransport(app))
        ]
    finally:
        server.stop()
    over_http, in_process = seen[: len(sent)], seen[len(sent) :]
    assert over_http == in_process
    assert over_http[0]["HTTP_X_SLACK_SIGNATURE"].startswith("v0=")
    assert over_http[2]["HTTP_X_SLACK_RETRY_NUM"] == "1"
    assert [(r.status, r.json()) for r in answers[0]] == [(r.status, r.json()) for r in answers[1]]
    assert answers[1][3].status == 401


def test_an_exception_in_the_app_is_a_500_as_under_waitress() -> None:
    def broken(environ, start_response):  # type: ignore[no-untyped-def]
        raise RuntimeError("boom")

    result = InProcessTransport(broken).request("POST", "/slack/events", b"", {})
    assert result.status == 500


def _command_result(api: FakeSlackApi, http: HttpResult) -> CommandResult:
    driver = SlackDriver(InProcessTransport(_echo_app([])), "secret", api)
    return CommandResult(driver, http, key="k1", trigger_id="t1")


def _post(url: str, message: dict[str, Any]) -> None:
    request = urllib.request.Request(
        url,
        data=json.dumps(message).encode(),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    urllib.request.urlopen(request, timeout=10).close()


def test_reply_is_the_message_in_the_ack_when_there_is_one(api: FakeSlackApi) -> None:
    ack = HttpResult(200, json.dumps({"text": "Logged Acme"}), {})
    result = _command_result(api, ack)
    assert result.reply() == {"text": "Logged Acme"}
    _post(result.response_url, {"text": "and more"})
    api.wait_for_response("k1")
    assert result.replies() == [{"text": "Logged Acme"}, {"text": "and more"}]


def test_reply_waits_for_the_response_url_after_an_empty_ack(api: FakeSlackApi) -> None:
    result = _command_result(api, HttpResult(200, "", {}))
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": "Logged"}}]
    _post(result.response_url, {"blocks": blocks})
    assert result.reply() == {"blocks": blocks}
    assert result.replies() == [{"blocks": blocks}]


def test_a_click_reply_is_the_next_post_to_its_response_url(api: FakeSlackApi) -> None:
    url = api.response_url("c1")
    _post(url, {"text": "the command's reply"})

    def answer_through_response_url(environ, start_response):  # type: ignore[no-untyped-def]
        _post(url, {"text": "Undone"})
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b""]

    driver = SlackDriver(InProcessTransport(answer_through_response_url), "secret", api)
    click = driver.click("U0ALEX", {"action_id": "activity_undo", "value": "1"}, response_url=url)
    assert click.status == 200
    assert click.reply() == {"text": "Undone"}


def test_a_view_submission_reply_is_its_response_action(api: FakeSlackApi) -> None:
    errors = {"response_action": "errors", "errors": {"date": "in the future"}}

    def refuse(environ, start_response):  # type: ignore[no-untyped-def]
        start_response("200 OK", [("Content-Type", "application/json")])
        return [json.dumps(errors).encode()]

    driver = SlackDriver(InProcessTransport(refuse), "secret", api)
    result = driver.submit_view("U0ALEX", {"callback_id": "m"}, {})
    assert result.response_action == errors
    assert result.reply() == errors


def test_restore_gives_a_fresh_web_api_on_the_same_port(api: FakeSlackApi) -> None:
    url = api.url
    api.restore(DEMO_USERS)
    api.users["U0KARI"].locale = "en-GB"
    api.add_user(FakeUser("U0NEW", "New Person"))
    api.channel_members["C0SALES"] = ["U0KARI"]
    api.not_member_of.add("C0ELSE")
    api.fail("chat.postMessage", Failure(500))
    _post(api.response_url("k"), {"text": "x"})
    api.wait_for_response("k")
    api.restore(DEMO_USERS)
    assert api.url == url
    assert api.calls == [] and api._failures == {}
    assert set(api.users) == {u.id for u in DEMO_USERS}
    assert api.users["U0KARI"].locale == "nb-NO"  # a copy was changed, not DEMO_USERS
    assert api.channel_members == {} and api.not_member_of == set()
