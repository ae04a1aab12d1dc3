"""acks23's cuts of a served command's instructions change nothing Bolt or a listener sees:
the guard's reading of a form is urllib's (bot.http_guard.form_fields, bolt_request), each
request's WebClient is the one Bolt's App._init_context makes (bot.app._clients_copied), and a
guarded listener gets every argument it or its guard reads (bot.app._named_arguments with
`kpibot_reads`)."""

from __future__ import annotations

import json
import random
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode

import pytest
from slack_bolt import App, BoltRequest, BoltResponse
from slack_sdk import WebClient

from bot import http_guard
from bot.app import build_app
from bot.config import Settings
from bot.listeners.guard import GUARD_READS, guarded
from storage.db import make_engine, make_session_factory

COMMAND = urlencode(
    {
        "token": "legacy",
        "team_id": "T1",
        "channel_id": "C1",
        "user_id": "U1",
        "user_name": "Kari Nordmann",
        "command": "/logmeeting",
        "text": "Ærlig & Søn, 2. møte -- 50% = «ok» #5 +1",
        "response_url": "https://hooks.slack.com/commands/T1/1/x",
        "trigger_id": "1.2.x",
    }
)


def _fuzz(seed: int, count: int) -> list[str]:
    pieces = ["a", "=", "&", "+", "%", "%2F", "%41", "%C3", "%A5", "%c3%a5", "%zz", "%4", "ø", " ",
              "\t", "\n", "%0A", "%00", "%3D", "%26", "%FF", "%e2%82%ac", "_", "~", "é"]  # fmt: skip
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 14))) for _ in range(count)]


def test_a_form_is_read_as_urllib_reads_it() -> None:
    for text in [COMMAND, "", "&&", "=", "a", "a=", "=b", "a=1&a=2", *_fuzz(23, 4000)]:
        ours = http_guard.form_fields(text)
        theirs = dict(parse_qsl(text, keep_blank_values=True))
        assert ours == theirs and list(ours) == list(theirs), text


def test_each_part_is_unquoted_as_unquote_does() -> None:
    for part in ["%C3%A5", "%c3%a5", "%C3", "50%25", "%zz", "%4", "%", "a%3Db", "%0A", "x\t%41 ",
                 "ø%41", "%FF%FE", "%e2%82%ac", *_fuzz(5, 4000)]:  # fmt: skip
        assert http_guard._unquoted(part) == unquote(part), part


@pytest.mark.parametrize(
    ("text", "query", "content_type"),
    [
        (COMMAND, "", "application/x-www-form-urlencoded"),
        (COMMAND, "a=b&c=", "application/x-www-form-urlencoded"),
        ("payload=" + json.dumps({"type": "block_actions", "team": {"id": "T1"}}), "", None),
        (json.dumps({"type": "event_callback", "team_id": "T1"}), "", "application/json"),
        ("", "", None),
        ("team_id=T1&user_id=U1", "", "application/json; charset=utf-8"),
    ],
)
def test_the_request_is_the_one_bolt_builds(text: str, query: str, content_type: Any) -> None:
    headers = {"x-slack-signature": "v0=1", "content-length": str(len(text))}
    if content_type is not None:
        headers["content-type"] = content_type
    try:
        theirs: Any = BoltRequest(body=text, query=query, headers=dict(headers))
    except ValueError as err:  # JSON Bolt cannot read: the same error
        with pytest.raises(type(err)):
            http_guard.bolt_request(text, query, dict(headers))
        return
    ours = http_guard.bolt_request(text, query, dict(headers))
    assert type(ours) is BoltRequest
    assert vars(ours).keys() == vars(theirs).keys()
    for name, value in vars(theirs).items():
        if name == "context":
            assert dict(ours.context) == dict(value)
        else:
            assert getattr(ours, name) == value, name


@pytest.fixture
def app(tmp_path: Any):  # type: ignore[no-untyped-def]
    engine = make_engine(f"sqlite:///{tmp_path / 'kpibot.db'}")
    settings = Settings(bot_token="xoxb-test", signing_secret="s", spool_dir=str(tmp_path))
    client = WebClient(token="xoxb-test", base_url="http://127.0.0.1:1/api/", timeout=7)
    yield build_app(settings, make_session_factory(engine), client)
    engine.dispose()


def _contexts(app: App, team_id: str | None) -> tuple[Any, Any]:
    body = "user_id=U1&command=%2Flogmeeting" + (f"&team_id={team_id}" if team_id else "")
    ours, bolts = BoltRequest(body=body, headers={}), BoltRequest(body=body, headers={})
    app._init_context(ours)
    App._init_context(app, bolts)  # Bolt's own
    return ours.context, bolts.context


@pytest.mark.parametrize("team_id", ["T1", None])
def test_each_request_has_the_client_bolt_would_make(app: App, team_id: Any) -> None:
    ours, bolts = _contexts(app, team_id)
    assert {k: v for k, v in ours.items() if k != "client"} == {
        k: v for k, v in bolts.items() if k != "client"
    }
    mine, theirs = ours["client"], bolts["client"]
    assert type(mine) is type(theirs) is WebClient
    assert vars(mine) == vars(theirs)
    assert mine.default_params == ({"team_id": team_id} if team_id else {})
    # Its own: a listener's change to its client (a token, a parameter) stays in its request.
    again, _ = _contexts(app, team_id)
    other = again["client"]
    assert other is not mine and other.default_params is not mine.default_params
    assert other.retry_handlers is not mine.retry_handlers
    assert mine.retry_handlers is not app.client.retry_handlers
    mine.token = "xoxb-changed"
    assert other.token == "xoxb-test"


def test_a_replaced_app_client_is_copied_from_then(app: App) -> None:
    _contexts(app, "T1")
    app._client = WebClient(token="xoxb-test", base_url="http://127.0.0.1:2/api/", timeout=3)
    ours, bolts = _contexts(app, "T1")
    assert vars(ours["client"]) == vars(bolts["client"])
    assert ours["client"].base_url == "http://127.0.0.1:2/api/"


def test_a_guarded_listener_gets_what_it_and_its_guard_read(app: App) -> None:
    def handler(ack: Any, command: Any, context: Any) -> Any:
        return None

    assert guarded(handler).kpibot_reads == {"ack", "command", "context"} | GUARD_READS  # type: ignore[attr-defined]
    request = BoltRequest(body=COMMAND, headers={})
    app._init_context(request)
    listener = next(
        each
        for each in app._listeners
        if getattr(each.ack_function, "kpibot_reads", None) is not None
        and "command" in each.ack_function.kpibot_reads
    )
    seen: dict[str, Any] = {}
    original = listener.ack_function
    try:
        listener.ack_function = lambda **kwargs: seen.update(kwargs)
        listener.ack_function.kpibot_reads = original.kpibot_reads  # type: ignore[attr-defined]
        listener.run_ack_function(request=request, response=BoltResponse(status=200))
    finally:
        listener.ack_function = original
    assert seen["command"] == request.body and seen["body"] is request.body
    assert seen["context"] is request.context and seen["client"] is request.context.client
    assert seen["respond"] is request.context.respond and seen["ack"] is request.context.ack
    unread = set(seen) - original.kpibot_reads
    assert unread and all(seen[name] is None for name in unread)


@pytest.mark.parametrize(
    ("token", "user_id"), [("xoxb-test", "U1"), ("xoxb-test", None), ("xoxp-person", "U2")]
)
def test_a_request_is_authorized_as_bolt_authorizes_it(app: App, token: str, user_id: Any) -> None:
    from slack_bolt.middleware.authorization import SingleTeamAuthorization
    from slack_sdk.web import SlackResponse

    from bot.web import serve_despite_a_refused_token

    serve_despite_a_refused_token(app)
    middleware = next(m for m in app._middleware_list if isinstance(m, SingleTeamAuthorization))
    middleware.auth_test_result = SlackResponse(
        client=None,
        http_verb="POST",
        api_url="http://127.0.0.1:1/api/auth.test",
        req_args={},
        data={"ok": True, "team_id": "T1", "user_id": "UB", "bot_id": "B1", "enterprise_id": None},
        headers={"x-oauth-scopes": "commands, chat:write,users:read"},
        status_code=200,
    )
    body = "team_id=T1&command=%2Flogmeeting" + (f"&user_id={user_id}" if user_id else "")
    contexts = []
    for process in (
        middleware.process,  # ours
        lambda **kw: SingleTeamAuthorization.process(middleware, **kw),  # Bolt's own
        middleware.process,  # ours again: its own copy
    ):
        request = BoltRequest(body=body, headers={})
        app._init_context(request)
        request.context["client"].token = token
        called: list[int] = []
        process(req=request, resp=BoltResponse(status=200), next=lambda c=called: c.append(1))
        assert called == [1]
        contexts.append(request.context)
    ours, bolts, again = (c["authorize_result"] for c in contexts)
    assert type(ours) is type(bolts) and dict(ours) == dict(bolts) and vars(ours) == vars(bolts)
    assert ours["bot_scopes" if token.startswith("xoxb") else "user_scopes"] == [
        "commands", "chat:write", "users:read"
    ]  # fmt: skip
    assert again is not ours and again == ours
    for scopes in ("bot_scopes", "user_scopes"):
        assert again[scopes] is None or (
            again[scopes] is not ours[scopes] and getattr(again, scopes) is again[scopes]
        )
    drop = {"client", "authorize_result"}
    assert {k: v for k, v in contexts[0].items() if k not in drop} == {
        k: v for k, v in contexts[1].items() if k not in drop
    }
