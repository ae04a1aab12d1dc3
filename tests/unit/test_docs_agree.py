"""What an installer copies or reads agrees with what the app does: README.md, manifest.yml,
bot/config.py and the translations. Each test names the place a new user met a gap.

Slack's own limits are those of its app manifest schema, version 1 (slackapi/manifest-schema,
schemas/manifest.schema.1.0.0.json), which "Create New App → From an app manifest" applies."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from babel.messages.pofile import read_po

from bot.services.capture import mention_command
from tests.helpers import load_yaml

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()
MANIFEST = load_yaml(ROOT / "manifest.yml")  # libyaml: read at collection
HOST = "https://kpibot.example.com/"


def _section(title: str) -> str:
    """README text under `## title` (or `### title`) up to the next heading of that level."""
    match = re.search(rf"^(#+) {re.escape(title)}\n(.*?)(?=^\1 |\Z)", README, re.M | re.S)
    assert match, f"README has no section {title!r}"
    return match.group(2)


def _code_in_first_column(table: str) -> set[str]:
    names: set[str] = set()
    for line in table.splitlines():
        if line.startswith("| `"):
            names |= set(re.findall(r"`([^`]+)`", line.split("|")[1]))
    return names


def test_the_readme_explains_every_scope_the_manifest_asks_for() -> None:
    # files:read and users:read.email (the customer import) were asked for and not explained.
    explained = _code_in_first_column(_section("Slack permissions, and why"))
    assert explained == set(MANIFEST["oauth_config"]["scopes"]["bot"])


def test_the_readme_names_exactly_the_events_the_manifest_subscribes_to() -> None:
    match = re.search(
        r"^Events: (.*?)\. Every event", _section("Slack permissions, and why"), re.M | re.S
    )
    assert match, "README lists no events"
    named = re.findall(r"`([a-z_.]+)`", match.group(1))
    assert sorted(named) == sorted(MANIFEST["settings"]["event_subscriptions"]["bot_events"])


def test_the_readme_configuration_table_has_every_setting_the_app_reads() -> None:
    read = set(re.findall(r'get\("([A-Z_]+)"\)', (ROOT / "bot" / "config.py").read_text()))
    assert {"SLACK_BOT_TOKEN", "DATABASE_URL", "PORT"} <= read
    documented = _code_in_first_column(_section("Configuration"))
    assert read <= documented, sorted(read - documented)


def test_each_log_commands_hint_in_slack_is_its_syntax_in_the_readme() -> None:
    # /loglost's hint in Slack said "<customer> [reason]"; the README (and the parser) take a date.
    hints = {c["command"]: c.get("usage_hint") for c in MANIFEST["features"]["slash_commands"]}
    rows = re.findall(r"^\| `(/log\w+) ([^`]*)` \|", _section("Commands in Slack"), re.M)
    syntaxes = {command: syntax.replace("\\|", "|") for command, syntax in rows if syntax != "…"}
    assert set(syntaxes) == {"/logmeeting", "/logoffer", "/logwin", "/loglost"}
    for command, syntax in syntaxes.items():
        assert hints[command] == syntax, command
    assert hints["/logcall"] == hints["/logmeeting"]  # "/logcall … (same as meeting)"


def _urls(node: object) -> list[str]:
    if isinstance(node, dict):
        return [u for value in node.values() for u in _urls(value)]
    if isinstance(node, list):
        return [u for value in node for u in _urls(value)]
    return [node] if isinstance(node, str) and node.startswith(("http://", "https://")) else []


def test_every_url_in_the_manifest_is_on_the_one_host_the_readme_says_to_replace() -> None:
    urls = _urls(MANIFEST)
    assert len(urls) >= 4
    assert all(u.startswith(HOST) for u in urls), [u for u in urls if not u.startswith(HOST)]
    assert "`kpibot.example.com`" in _section("Connect a real workspace")


def test_the_manifest_fits_slacks_manifest_schema() -> None:
    assert set(MANIFEST) <= {
        "_metadata",
        "display_information",
        "features",
        "oauth_config",
        "settings",
    }
    info = MANIFEST["display_information"]
    assert 1 <= len(info["name"]) <= 35
    assert 1 <= len(info["description"]) <= 140
    assert 175 <= len(info["long_description"]) <= 4000
    assert re.fullmatch(r"#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?", info["background_color"])
    features = MANIFEST["features"]
    assert set(features) <= {
        "app_home",
        "bot_user",
        "shortcuts",
        "slash_commands",
        "unfurl_domains",
    }
    assert 1 <= len(features["bot_user"]["display_name"]) <= 80
    commands = features["slash_commands"]
    assert 1 <= len(commands) <= 50
    assert len({c["command"] for c in commands}) == len(commands)
    for command in commands:
        assert set(command) <= {"command", "url", "description", "usage_hint", "should_escape"}
        assert re.fullmatch(r"/[a-z0-9_-]{1,31}", command["command"]), command["command"]
        assert 1 <= len(command["description"]) <= 2000
        assert 1 <= len(command.get("usage_hint", "x")) <= 1000
        assert isinstance(command.get("should_escape", False), bool)
    oauth = MANIFEST["oauth_config"]
    assert set(oauth) <= {"redirect_urls", "scopes", "token_management_enabled", "pkce_enabled"}
    bot_scopes = oauth["scopes"]["bot"]
    assert len(set(bot_scopes)) == len(bot_scopes) and all(len(s) <= 50 for s in bot_scopes)
    settings = MANIFEST["settings"]
    assert set(settings) <= {
        "allowed_ip_address_ranges",
        "event_subscriptions",
        "incoming_webhooks",
        "interactivity",
        "org_deploy_enabled",
        "socket_mode_enabled",
        "is_hosted",
        "token_rotation_enabled",
    }
    events = settings["event_subscriptions"]["bot_events"]
    assert len(set(events)) == len(events) <= 100
    assert isinstance(settings["interactivity"]["is_enabled"], bool)
    for flag in ("org_deploy_enabled", "socket_mode_enabled", "token_rotation_enabled"):
        assert isinstance(settings[flag], bool)


# Text in `code` in a reply is something to type. A translation may show its own words there
# only when the reader can type them: a slash command, or a line kpibot reads in a DM. The
# portfolio's "Tiers A/B/C in `code`" was translated word for word ("Kategori A/B/C i `kode`"),
# which read as a customer category called "kode".
@pytest.mark.parametrize("language", ["nb", "sv", "da"])
def test_what_a_translation_shows_as_code_can_be_typed(language: str) -> None:
    path = ROOT / "bot" / "locale" / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as f:
        catalog = read_po(f)
    wrong = []
    for message in catalog:
        if not message.id or not message.string:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        source = {span for text in ids for span in re.findall(r"`([^`]+)`", text)}
        for text in strings:
            for span in re.findall(r"`([^`]+)`", text):
                if span in source or span.startswith("/") or mention_command(span) is not None:
                    continue
                wrong.append((span, ids[0][:60]))
    assert not wrong


def test_compose_gives_kpibot_the_password_it_gives_the_database() -> None:
    # README "Image and compose": POSTGRES_PASSWORD in .env sets both; a change to one alone
    # would leave kpibot unable to connect after the first `docker compose up`.
    compose = yaml.safe_load((ROOT / "compose.yaml").read_text())
    password = compose["services"]["db"]["environment"]["POSTGRES_PASSWORD"]
    assert password.startswith("${POSTGRES_PASSWORD")
    urls = [compose["x-kpibot"]["environment"]["DATABASE_URL"]]
    urls += [
        s["environment"]["DATABASE_URL"]
        for s in compose["services"].values()
        if "DATABASE_URL" in s.get("environment", {})
    ]
    assert len(urls) >= 2
    for url in urls:
        assert url.startswith(f"postgresql+psycopg://kpibot:{password}@db:5432/"), url
    assert "POSTGRES_PASSWORD" in _section("Running in production")
