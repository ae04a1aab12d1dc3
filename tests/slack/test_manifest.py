"""manifest.yml and the app agree: the same commands, the scopes the app asks for, our URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import BOT_SCOPES
from bot.listeners.commands import COMMANDS
from tests.helpers import load_yaml

# Which commands the app answers: no SQL of its own, so on SQLite only.
pytestmark = pytest.mark.backends("sqlite")

MANIFEST = load_yaml(Path(__file__).resolve().parents[2] / "manifest.yml")  # libyaml: at collection


def manifest_commands() -> set[str]:
    return {c["command"] for c in MANIFEST["features"]["slash_commands"]}


def test_manifest_declares_exactly_the_registered_commands() -> None:
    assert manifest_commands() == set(COMMANDS)


@pytest.mark.parametrize("command", sorted(manifest_commands()))
def test_every_manifest_command_is_answered_by_the_app(slack, command: str) -> None:  # type: ignore[no-untyped-def]
    text = {"/kpi": "help", "/teamstatus": ""}.get(command, "Acme 250k")
    result = slack.driver.command(command, text, "U0ALEX")
    assert result.http.status == 200
    reply = result.reply()
    assert reply.get("blocks"), f"{command} said nothing"


def test_a_command_not_in_the_manifest_is_not_handled(slack) -> None:  # type: ignore[no-untyped-def]
    assert slack.driver.command("/notacommand", "x", "U0ALEX").http.status == 400  # the guard


def test_scopes_and_urls() -> None:
    assert set(MANIFEST["oauth_config"]["scopes"]["bot"]) == set(BOT_SCOPES)
    interactivity = MANIFEST["settings"]["interactivity"]
    assert interactivity["is_enabled"] is True
    assert interactivity["request_url"].endswith("/slack/events")
    for command in MANIFEST["features"]["slash_commands"]:
        assert command["url"].endswith("/slack/events")
        assert len(command["description"]) <= 100
        assert len(command.get("usage_hint", "")) <= 1000
    assert MANIFEST["settings"]["event_subscriptions"]["request_url"].endswith("/slack/events")


def test_every_subscribed_event_has_a_listener() -> None:
    from bot.listeners import events

    source = Path(events.__file__).parent
    text = "".join(p.read_text() for p in source.glob("*.py"))
    for event in MANIFEST["settings"]["event_subscriptions"]["bot_events"]:
        name = event.split(".")[0]  # message.channels and message.groups arrive as "message"
        assert f'app.event("{name}")' in text, event
