"""A served log command made cheaper (ack31), each cut answering and storing as before.

- The acknowledgement: a confirmation's text is a `Mrkdwn` (a str of its own class), which the
  encoder made once (pgack27) refused, so every confirmation went through Bolt's Ack and a
  json.dumps of its own: now any str is taken, and the body is Bolt's byte for byte.
- `storage.db._base_engine` reads an OptionEngine's `_proxied` from the instance's __dict__
  (getattr's default raised and caught an AttributeError on every Engine).
- `bot.http_channel`: waitress's parser reads a header line's single bytes as ints (no TypeError
  formatted and cleared 27 times a request) and looks a header name up rather than raising a
  KeyError; its task hands the response's header and first piece of body to the channel as
  one (one `send`, not two). Proved against waitress itself: the parser's state or error over
  fuzzed header blocks, the bytes a real server answers for every kind of answer, and the
  copies' waitress source (an upgrade fails here until the copies are checked again).
- `activities.Logged` sets its fields at once (command._quick_init), as LogCommand does.
- The runner's debug line about the answer is made only when DEBUG is logged; a request's id
  comes from the random module's generator (os.urandom's system call let go of the GIL).
(PostgreSQL's two: tests/storage/test_ack_cuts31_pg.py.)
"""

from __future__ import annotations

import dataclasses
import hashlib
import http.client
import inspect
import json
import re
import socket
import threading
from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from slack_bolt.context.ack import Ack
from slack_bolt.response import response as bolt_response
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

from bot import http_channel
from bot.listener_runner import SignallingAck
from bot.rendering.replies import logged_reply
from bot.rendering.text import Mrkdwn
from bot.services.activities import Logged
from storage import db

# -- the acknowledgement: a confirmation's Mrkdwn text encoded once ------------------------------


def _logged(**changes: Any) -> Logged:
    base = Logged(
        activity_id=41,
        kind="offer",
        customer='Gjøvik "Ærlig" Bygg & Søn <AS>',
        when=date(2026, 11, 20),
        amount=Decimal("1250000"),
        currency="NOK",
        temperature="warm",
        next_step="ring tilbake 🚀",
        next_due=date(2026, 11, 27),
        margin=None,
        note="pris *ok* — \u2028",
    )
    return dataclasses.replace(base, **changes)


@pytest.mark.parametrize("language", ["nb", "sv", "da", "en"])
def test_a_confirmation_is_encoded_without_json_dumps_as_bolt_encodes_it(
    language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    reply = logged_reply(language, _logged())
    assert type(reply["text"]) is Mrkdwn  # what every confirmation's text is
    theirs = Ack()(**reply, response_type="ephemeral")

    def refused(*_args: Any, **_kwargs: Any) -> str:
        raise AssertionError("json.dumps per confirmation")

    monkeypatch.setattr(bolt_response.json, "dumps", refused)
    ours = SignallingAck()
    answered = ours(**reply, response_type="ephemeral")
    assert (answered.status, answered.body, answered.headers) == (
        theirs.status,
        theirs.body,
        theirs.headers,
    )
    assert json.loads(answered.body)["text"] == str(reply["text"])
    assert ours.called.is_set()


class _Odd(str):
    """A str of another class that says other things of itself: JSON writes its characters."""

    def __str__(self) -> str:
        return "something else"

    def __repr__(self) -> str:
        return "'something else'"


@given(st.text(), st.sampled_from([Mrkdwn, _Odd, str]))
def test_a_str_of_any_class_is_answered_as_bolt_answers_it(text: str, cls: type) -> None:
    blocks = [{"type": "section", "text": {"type": "mrkdwn", "text": cls(text)}}]
    ours = SignallingAck()(text=cls(text), blocks=blocks, response_type="ephemeral")
    theirs = Ack()(text=cls(text), blocks=blocks, response_type="ephemeral")
    assert (ours.status, ours.body, ours.headers) == (theirs.status, theirs.body, theirs.headers)


# -- storage.db._base_engine without an AttributeError -------------------------------------------


class _Watched(Engine):
    """An Engine that notes every attribute its normal lookup did not find."""

    missed: list[str] = []

    def __getattr__(self, name: str) -> Any:
        _Watched.missed.append(name)
        raise AttributeError(name)


def test_the_base_engine_is_found_without_an_attribute_error() -> None:
    engine = create_engine("sqlite://")
    try:
        engine.__class__ = _Watched
        _Watched.missed.clear()
        once = engine.execution_options(isolation_level="SERIALIZABLE")
        twice = once.execution_options(logging_token="x")
        _Watched.missed.clear()
        assert db._base_engine(engine) is engine
        assert db._base_engine(once) is engine
        assert db._base_engine(twice) is engine
        assert _Watched.missed == []  # getattr(engine, "_proxied", None) asked the Engine
    finally:
        engine.__class__ = Engine
        engine.dispose()


# -- bot.http_channel: waitress's parser and task, the same bytes ---------------------------------

# What the copies were made from (waitress 3.0.2): a waitress whose source differs fails here,
# until the copies in bot/http_channel.py are checked against it and these updated.
_COPIED = {
    "HTTPRequestParser.parse_header": (
        "c2c093b901782da6cb06c31208e183f4c6e1ac4d624a0ab4190bc02f3d7a13f3"
    ),
    "get_header_lines": "968a7db45a59f12c4125ab1cb6bd76d772cda033c149f88e822ca5ae09da9be7",
    "Task.write": "f9a97135b3b5d691ba729327c9ce3706d3d72e4e5ddbc40cd71199c953bd5b08",
}


def test_the_copies_are_of_the_installed_waitress() -> None:
    from waitress import parser, task

    for function in (
        parser.HTTPRequestParser.parse_header,
        parser.get_header_lines,
        task.Task.write,
    ):
        source = inspect.getsource(function).encode()
        assert hashlib.sha256(source).hexdigest() == _COPIED[function.__qualname__], (
            f"waitress's {function.__qualname__} changed: check bot/http_channel.py's copy"
        )


_ADJ = __import__("waitress.adjustments", fromlist=["Adjustments"]).Adjustments()


def _parsed(parser_class: type, data: bytes) -> tuple[Any, ...]:
    parser = parser_class(_ADJ)
    try:
        consumed = parser.received(data)
    except Exception as err:  # noqa: BLE001 - compared, not hidden
        return ("raised", type(err), str(err))
    state = {k: v for k, v in vars(parser).items() if k not in ("body_rcv", "error")}
    error = parser.error
    body = parser.body_rcv
    return (
        consumed,
        state,
        None if error is None else (type(error), vars(error)),
        None if body is None else (type(body), getattr(body, "remain", None)),
    )


_FIRST = [
    b"POST /slack/events HTTP/1.1",
    b"POST /slack/events?x=1#f HTTP/1.0",
    b"GET //host/p?q=1#frag HTTP/1.1",
    b"GET / HTTP/2.0",
    b"GET /",
    b"POST /slack/events HTTP/1.1 ",
    b"PO\rST / HTTP/1.1",
    b"BAD",
    b"",
]
_LINES = [
    b"Host: 127.0.0.1:3000",
    b"Content-Type: application/x-www-form-urlencoded",
    b"Content-Length: 5",
    b"content-length: 5",
    b"Content-Length: 0",
    b"Content-Length: x5",
    b"X-Slack-Signature: v0=" + b"a" * 64,
    b"X-Slack-Request-Timestamp: 1764662400",
    b"User-Agent: Slackbot 1.0 (+https://api.slack.com/robots)",
    b"Accept: application/json,*/*",
    b"Accept-Encoding: identity",
    b"Transfer-Encoding: chunked",
    b"Transfer-Encoding: gzip, chunked",
    b"Transfer-Encoding: ,chunked,",
    b"Connection: close",
    b"Connection: keep-alive",
    b"Expect: 100-continue",
    b"X_Under: dropped",
    b"X-Dup: one",
    b"X-Dup: two",
    b" folded on",
    b"\tfolded too",
    b"No colon here",
    b"X-Bare: a\rb",
    b"X-Bare-LF: a\nb",
    b"X-Space:    padded \t ",
    b"X-Empty:",
    b"X-Latin: \xe6\xf8\xe5",
    b"X-Ctl: a\x01b",
]


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(_FIRST),
    st.lists(st.sampled_from(_LINES), max_size=9),
    st.sampled_from([b"\r\n\r\n", b"\r\n\r\nhello", b"\n\n"]),
)
def test_the_parser_reads_a_request_as_waitress_reads_it(
    first: bytes, lines: list[bytes], end: bytes
) -> None:
    from waitress.parser import HTTPRequestParser

    data = first + b"\r\n" + b"\r\n".join(lines) + end
    assert _parsed(http_channel.Parser, data) == _parsed(HTTPRequestParser, data)


def test_the_parser_reads_the_served_command_s_headers_as_waitress() -> None:
    from waitress.parser import HTTPRequestParser

    data = b"\r\n".join([_FIRST[0], *_LINES[:3], *_LINES[6:11], *_LINES[18:20]])
    ours = _parsed(http_channel.Parser, data + b"\r\n\r\nhello")
    assert ours == _parsed(HTTPRequestParser, data + b"\r\n\r\nhello")
    assert ours[1]["headers"]["X_DUP"] == "one, two"  # a name said twice: joined, as waitress
    assert ours[1]["headers"]["X_SLACK_SIGNATURE"] == "v0=" + "a" * 64
    assert ours[1]["content_length"] == 5 and ours[3][1] == 5  # a body of five to read


def _app(environ: dict[str, Any], start_response: Any) -> Any:
    path = environ["PATH_INFO"]
    if path == "/cl":
        start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", "5")])
        return [b"hello"]
    if path == "/pieces":
        start_response("200 OK", [("Content-Length", "9")])
        return [b"one", b"two", b"", b"six"]
    if path == "/chunked":
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b"first", b"second"]
    if path == "/empty":
        start_response("200 OK", [("Content-Length", "0")])
        return [b""]
    if path == "/nothing":
        start_response("200 OK", [])
        return []
    if path == "/excess":
        start_response("200 OK", [("Content-Length", "3")])
        return [b"toolong"]
    if path == "/nobody":
        start_response("204 No Content", [])
        return [b"ignored"]
    start_response("404 Not Found", [("Content-Length", "2")])
    return [b"no"]


_REQUESTS = [
    b"GET /cl HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /pieces HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /chunked HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /empty HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /nothing HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /excess HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /nobody HTTP/1.1\r\nHost: x\r\n\r\n",
    b"HEAD /cl HTTP/1.1\r\nHost: x\r\n\r\n",
    b"POST /cl HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc",
    b"GET /missing HTTP/1.1\r\nHost: x\r\n\r\n",
    b"GET /chunked HTTP/1.0\r\n\r\n",
    b"GET /cl HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    b"GET /cl HTTP/1.1\r\nBad header\r\n\r\n",
]


class _Serving:
    """A waitress server (its own channel class, or waitress's) on a free port, in a thread,
    stopped as `kpibot serve` stops it (bot.shutdown.GracefulServer)."""

    def __init__(self, ours: bool) -> None:
        import waitress

        from bot.shutdown import GracefulServer

        self.sends = 0
        self.server = waitress.create_server(_app, host="127.0.0.1", port=0, threads=1)
        if ours:
            http_channel.use_channel(self.server)
            counted = self

            class Counted(http_channel.Channel):
                def send(self, data: bytes, do_close: bool = True) -> int:
                    counted.sends += 1
                    return super().send(data, do_close=do_close)

            self.server.channel_class = Counted
        self.port = self.server.effective_port
        self.stop = threading.Event()
        self.thread = threading.Thread(
            target=GracefulServer(self.server, self.stop, grace=2).run, daemon=True
        )
        self.thread.start()

    def answer(self, request: bytes) -> bytes:
        with socket.create_connection(("127.0.0.1", self.port), timeout=10) as conn:
            conn.sendall(request)
            conn.shutdown(socket.SHUT_WR)
            chunks = []
            while chunk := conn.recv(65536):
                chunks.append(chunk)
        return re.sub(rb"Date: [^\r]*\r\n", b"Date: -\r\n", b"".join(chunks))

    def close(self) -> None:
        self.stop.set()
        self.thread.join(10)


def test_a_served_answer_is_waitress_s_byte_for_byte_in_one_send() -> None:
    ours, theirs = _Serving(ours=True), _Serving(ours=False)
    try:
        for request in _REQUESTS:
            assert ours.answer(request) == theirs.answer(request), request
        ours.sends = 0
        answered = ours.answer(_REQUESTS[0])
        assert answered.startswith(b"HTTP/1.1 200 OK\r\n") and answered.endswith(b"\r\n\r\nhello")
        assert ours.sends == 1  # the header and the body together (waitress: two)
        # several requests on one connection, read by http.client, as a client reads them
        conn = http.client.HTTPConnection("127.0.0.1", ours.port, timeout=10)
        for path, body in (
            ("/cl", b"hello"),
            ("/chunked", b"firstsecond"),
            ("/pieces", b"onetwosix"),
        ):
            conn.request("GET", path)
            assert conn.getresponse().read() == body
        conn.close()
    finally:
        ours.close()
        theirs.close()


def test_kpibot_serve_s_listeners_make_the_channel() -> None:
    import waitress
    from waitress.server import BaseWSGIServer

    one = waitress.create_server(_app, host="127.0.0.1", port=0)
    both = waitress.create_server(_app, listen="127.0.0.1:0 127.0.0.1:0")
    try:
        for server in (one, both):
            http_channel.use_channel(server)
        listeners = [one, *(x for x in both.map.values() if isinstance(x, BaseWSGIServer))]
        assert len(listeners) == 3
        assert all(x.channel_class is http_channel.Channel for x in listeners)
        assert http_channel.Channel.parser_class is http_channel.Parser
        assert http_channel.Channel.task_class is http_channel.Task
    finally:
        one.close()
        both.close()
    source = inspect.getsource(__import__("bot.cli", fromlist=["_serve"])._serve)
    assert "use_channel(server)" in source


# -- activities.Logged sets its fields at once --------------------------------------------------


def test_the_confirmation_s_record_is_built_as_its_dataclass_builds_it() -> None:
    init = Logged._generated_init  # type: ignore[attr-defined]
    assert Logged.__init__ is not init
    names = [p.name for p in inspect.signature(Logged.__init__).parameters.values()]
    assert [
        (p.name, p.default) for p in inspect.signature(Logged.__init__).parameters.values()
    ] == [(p.name, p.default) for p in inspect.signature(init).parameters.values()]
    assert names[1:] == [f.name for f in dataclasses.fields(Logged)]
    args = (
        7,
        "win",
        "Tine",
        date(2026, 12, 1),
        Decimal("1.0"),
        "NOK",
        "hot",
        "møte",
        None,
        None,
        "x",
    )
    kwargs = {"new_customer": True, "message": ("C1", "1.2"), "times": 2, "next_time": time(10)}
    quick = Logged(*args, **kwargs)
    generated = object.__new__(Logged)
    init(generated, *args, **kwargs)
    assert vars(quick) == vars(generated) and list(vars(quick)) == list(vars(generated))
    assert quick == generated and hash(quick) == hash(generated) and repr(quick) == repr(generated)
    assert dataclasses.replace(quick, note="y") == dataclasses.replace(generated, note="y")
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.note = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        Logged(1, "meeting", "Tine")  # type: ignore[call-arg]  # `when` and more missing


# -- the request thread: no debug line formatted unread, no system call for the request id -----


def test_the_answer_s_debug_line_is_made_only_when_debug_is_logged(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import logging

    from bot.listener_runner import PromptListenerRunner
    from tests.unit.test_listener_runner import _app, _command

    made: list[Any] = []
    monkeypatch.setattr(
        PromptListenerRunner, "_debug_log_completion", lambda self, *args: made.append(args)
    )
    app, executor = _app()

    @app.command("/quick")
    def quick(ack):  # type: ignore[no-untyped-def]
        ack("stored")

    logger = app._listener_runner.logger
    level = logger.level
    try:
        logger.setLevel(logging.INFO)
        assert app.dispatch(_command("/quick")).body == "stored"
        assert made == []
        logger.setLevel(logging.DEBUG)
        assert app.dispatch(_command("/quick")).body == "stored"
        assert len(made) == 1 and made[0][1].body == "stored"  # said as Bolt says it
    finally:
        logger.setLevel(level)
        assert executor.wait_idle(10)


def test_a_request_id_is_sixteen_random_hex_digits_without_a_system_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import os

    from bot import logs

    def refused(_n: int) -> bytes:
        raise AssertionError("os.urandom per request")

    monkeypatch.setattr(os, "urandom", refused)
    made = [logs.new_request_id() for _ in range(2000)]
    assert all(re.fullmatch("[0-9a-f]{16}", one) for one in made)
    assert len(set(made)) == len(made)
    monkeypatch.undo()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # a forked worker: ids of its own, not the parent's next ones
        try:
            os.write(write, logs.new_request_id().encode())
        finally:
            os._exit(0)
    os.close(write)
    child = os.read(read, 64).decode()
    os.close(read)
    os.waitpid(pid, 0)
    assert re.fullmatch("[0-9a-f]{16}", child) and child != logs.new_request_id()
