"""bot.app._named_arguments: a listener gets exactly the arguments Bolt's build_required_kwargs
would give it, for every kind of payload, though only the ones it names are made; and the app's
listeners (all guarded) are called that way."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlencode

import pytest
from slack_bolt import BoltRequest, BoltResponse
from slack_bolt.kwargs_injection import build_required_kwargs
from slack_bolt.listener.custom_listener import CustomListener
from slack_sdk import WebClient

from bot.app import _ARGUMENTS, build_app
from bot.config import Settings
from storage.db import make_engine, make_session_factory

RESPONSE_URL = "https://hooks.slack.test/commands/T1/1/x"

BODIES: dict[str, str] = {
    "slash command": urlencode(
        {
            "team_id": "T1",
            "channel_id": "C1",
            "user_id": "U1",
            "command": "/logmeeting",
            "text": "Acme warm",
            "response_url": RESPONSE_URL,
            "trigger_id": "1.2.x",
        }
    ),
    "button": urlencode(
        {
            "payload": json.dumps(
                {
                    "type": "block_actions",
                    "team": {"id": "T1"},
                    "user": {"id": "U1"},
                    "channel": {"id": "C1"},
                    "response_url": RESPONSE_URL,
                    "actions": [{"action_id": "undo", "block_id": "b", "value": "7"}],
                }
            )
        }
    ),
    "form": urlencode(
        {
            "payload": json.dumps(
                {
                    "type": "view_submission",
                    "team": {"id": "T1"},
                    "user": {"id": "U1"},
                    "view": {
                        "id": "V1",
                        "type": "modal",
                        "callback_id": "log",
                        "state": {"values": {}},
                    },
                }
            )
        }
    ),
    "autocomplete": urlencode(
        {
            "payload": json.dumps(
                {
                    "type": "block_suggestion",
                    "team": {"id": "T1"},
                    "user": {"id": "U1"},
                    "action_id": "customer",
                    "value": "Ac",
                }
            )
        }
    ),
    "shortcut": urlencode(
        {
            "payload": json.dumps(
                {
                    "type": "message_action",
                    "team": {"id": "T1"},
                    "user": {"id": "U1"},
                    "channel": {"id": "C1"},
                    "callback_id": "log_this",
                    "response_url": RESPONSE_URL,
                    "message": {"ts": "1.1", "text": "Vant Kiwi 1200 kr"},
                }
            )
        }
    ),
    "channel message": json.dumps(
        {
            "type": "event_callback",
            "team_id": "T1",
            "event": {"type": "message", "channel": "C1", "user": "U1", "text": "Møte med Acme"},
        }
    ),
    "mention": json.dumps(
        {
            "type": "event_callback",
            "team_id": "T1",
            "event": {"type": "app_mention", "channel": "C1", "user": "U1", "text": "<@UB> hi"},
        }
    ),
}


def _listener(names: list[str]) -> CustomListener:
    listener = CustomListener(
        app_name="test",
        ack_function=lambda **kwargs: kwargs,
        lazy_functions=[],
        matchers=[],
        middleware=[],
    )
    listener.arg_names = names
    return listener


@pytest.mark.parametrize("kind", sorted(BODIES))
def test_each_argument_is_what_bolt_would_pass(kind: str) -> None:
    request = BoltRequest(body=BODIES[kind], headers={})
    request.context["client"] = WebClient(token="xoxb-test")
    response = BoltResponse(status=200)
    names = sorted(_ARGUMENTS)
    ours = {name: _ARGUMENTS[name](_listener(names), request, response) for name in names}
    bolts = build_required_kwargs(
        logger=_listener(names).logger,
        required_arg_names=list(names),
        request=request,
        response=response,
        this_func=lambda: None,
        next_keys_required=False,
    )
    assert ours.keys() == bolts.keys()
    for name in names:
        # The same object (a context utility made once and kept), or an equal payload.
        assert ours[name] is bolts[name] or ours[name] == bolts[name], name


def test_the_apps_listeners_are_called_with_the_arguments_they_name(tmp_path: Any) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'kpibot.db'}")
    settings = Settings(bot_token="xoxb-test", signing_secret="s", spool_dir=str(tmp_path))
    app = build_app(settings, make_session_factory(engine), WebClient(token="xoxb-test"))
    named = [
        listener
        for listener in app._listeners
        if "run_ack_function" in vars(listener)  # ours, not the class's
    ]
    assert named, "no listener is called with its named arguments"
    assert len(named) == len(app._listeners)
    engine.dispose()
