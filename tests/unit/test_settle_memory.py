"""kpibot serve freezes what start-up built out of the collector's sight (bot.cli.settle_memory):
the oldest generation's passes, which stop every thread, then walk only what serving made."""

from __future__ import annotations

import json
import subprocess
import sys

CHECK = """
import gc, json
import bot.cli, storage.models  # some of what start-up imports
before = len(gc.get_objects(generation=2))
bot.cli.settle_memory()
print(json.dumps([before, len(gc.get_objects(generation=2)), gc.get_freeze_count()]))
"""


def test_what_start_up_built_is_frozen_out_of_the_collectors_passes() -> None:
    # In a process of its own: freezing this one would change what the other tests collect.
    found = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, check=True, timeout=60
    )
    before, after, frozen = json.loads(found.stdout)
    assert before > 20_000  # the oldest generation a pass walked
    # Start-up's survivors frozen (a few of the oldest generation were garbage the settling
    # collection freed first: 40 with the bytecode cache `make test` uses)
    assert after < 1_000 and frozen > before - 1_000 and frozen > 20_000


def test_the_scheduler_settles_its_memory_before_it_starts(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # `kpibot scheduler` did not (found in session 13): about one nudge pass in five then walked
    # all of start-up's objects in a full collection.
    import argparse
    import types

    import bot.cli
    import bot.scheduler
    import bot.shutdown

    order: list[str] = []
    monkeypatch.setattr(bot.cli, "settle_memory", lambda: order.append("settled"))
    monkeypatch.setattr(bot.cli, "_jobs", lambda settings: object())
    monkeypatch.setattr(bot.cli, "_stop_scheduler", lambda jobs, scheduler: order.append("stop"))
    monkeypatch.setattr(bot.cli, "configure_logging", lambda *a, **k: None)
    monkeypatch.setattr(bot.shutdown, "on_signals", lambda stop: stop.set())
    monkeypatch.setattr(
        bot.scheduler, "start", lambda jobs, blocking: order.append("started") or object()
    )
    monkeypatch.setattr(bot.cli, "_check_bot_token", lambda settings: None)  # no Slack here
    settings = types.SimpleNamespace(
        require_web_api=lambda: None, log_level="INFO", log_format="text"
    )
    args = argparse.Namespace(once=False, metrics_port=None, metrics_host="127.0.0.1")
    assert bot.cli.cmd_scheduler(args, settings) == 0
    assert order == ["settled", "started", "stop"]
