"""A served log command made cheaper (ack31), each cut answering and storing as before.

- The acknowledgement: a confirmation's text is a `Mrkdwn` (a str of its own class), which the
  encoder made once (pgack27) refused, so every confirmation went through Bolt's Ack and a
  json.dumps of its own: now any str is taken, and the body is Bolt's byte for byte.
- `storage.db._base_engine` reads an OptionEngine's `_proxied` from the instance's __dict__
  (getattr's default raised and caught an AttributeError on every Engine).
- `activities.Logged` sets its fields at once (command._quick_init), as LogCommand does.
- The runner's debug line about the answer is made only when DEBUG is logged; a request's id
  comes from the random module's generator (os.urandom's system call let go of the GIL).
(PostgreSQL's two: tests/storage/test_ack_cuts31_pg.py.)
"""

from __future__ import annotations

import dataclasses
import inspect
import json
import re
from datetime import date, time
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from slack_bolt.context.ack import Ack
from slack_bolt.response import response as bolt_response
from sqlalchemy import create_engine
from sqlalchemy.engine import Engine

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
