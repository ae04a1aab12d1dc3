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


def test_what_renderers_are_given_holds_plain_values_not_database_rows() -> None:
    """Every dataclass a renderer imports from bot.services (a report, a digest, a status) and
    every dataclass those hold are plain values: no field typed with a storage.models row."""
    import dataclasses
    import importlib
    import pkgutil
    import re

    import bot.rendering
    import storage.models as models

    rows = {
        name
        for name, obj in vars(models).items()
        if isinstance(obj, type) and hasattr(obj, "__table__")
    }
    given: list[type] = []
    for info in pkgutil.iter_modules(bot.rendering.__path__, "bot.rendering."):
        module = importlib.import_module(info.name)
        given += [
            obj
            for obj in vars(module).values()
            if dataclasses.is_dataclass(obj)
            and isinstance(obj, type)
            and obj.__module__.startswith("bot.services")
        ]
    assert given, "the renderers import no service dataclass: this test checks nothing"
    seen: set[type] = set()
    found = []
    while given:
        cls = given.pop()
        if cls in seen:
            continue
        seen.add(cls)
        module = importlib.import_module(cls.__module__)
        for f in dataclasses.fields(cls):
            text = str(f.type)
            found += [
                f"{cls.__name__}.{f.name}: {text}" for row in rows if re.search(rf"\b{row}\b", text)
            ]
            for word in re.findall(r"[A-Za-z_]\w*", text):
                held = getattr(module, word, None)
                if dataclasses.is_dataclass(held) and isinstance(held, type):
                    given.append(held)
    assert len(seen) >= 4, sorted(c.__name__ for c in seen)
    assert found == []
