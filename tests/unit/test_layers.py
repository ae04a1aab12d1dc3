"""Data flows one way: payload → listener → service → repository → renderer. These fail when a
module reaches into a room it should not."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
    return found


def modules(folder: str) -> list[Path]:
    paths = sorted((ROOT / folder).rglob("*.py"))
    assert paths, folder
    return paths


def offenders(folder: str, forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    bad = {}
    for path in modules(folder):
        hits = sorted(
            name
            for name in imports_of(path)
            if any(name == f or name.startswith(f + ".") for f in forbidden)
        )
        if hits:
            bad[str(path.relative_to(ROOT))] = hits
    return bad


def test_listeners_never_touch_storage() -> None:
    assert offenders("bot/listeners", ("storage",)) == {}


def test_rendering_takes_plain_values_and_no_test_code() -> None:
    # Renderers get plain values from services (bot.services.read_models, reports); they never
    # see a database row, a session or the Slack stand-in.
    assert offenders("bot/rendering", ("storage", "bot.offline", "tests")) == {}


def test_services_never_touch_slack() -> None:
    assert offenders("bot/services", ("slack_bolt", "slack_sdk", "bot.listeners")) == {}


def test_the_check_sees_an_import() -> None:
    # The walker itself must find what it is looking for.
    assert "storage.repositories" in imports_of(ROOT / "bot/services/activities.py")
