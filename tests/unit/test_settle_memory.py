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
    assert after < 1_000 and frozen > before
