"""reader28: the readers made faster read exactly as before. Every call of the channel message
reader (`recognise`) and the slash-command reader (`parse_log_command`, also with each language)
that the corpus tests and the fresh-phrasings files make was recorded once, with a digest of the
whole answer (bench/reader_outputs28.py; regenerate it there, from readers that read right, when
a reading rule changes on purpose). Each is read again here: any cut that changes any field of any
reading, or an error's code or parameters, fails.

The readings are also read in a different order than recorded, and a sixteenth of them twice (the
second time from the readers' bounded memos): a memo that leaked one reading into another would
show.

Not part of `make test` (the lead, session 28): a fixture recorded from one commit's readers goes
stale with every reading rule changed on purpose, and the replay costs ~40 s of CPU. It is the
tool for a speed cut inside the readers: record on the base (`PYTHONPATH=. .venv/bin/python
bench/reader_outputs28.py`), apply the cut, then replay with
`PYTHONPATH=. .venv/bin/python -m pytest -p no:cacheprovider bench/reader_check28.py`.
The fixture is not committed (.gitignore); the corpus tests guard every reading in the suite.
Session 28's cuts were replayed this way on the merge of every rule branch before them: no
reading changed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "reader_outputs28", ROOT / "bench" / "reader_outputs28.py"
)
assert _spec and _spec.loader
outputs = importlib.util.module_from_spec(_spec)
sys.modules["reader_outputs28"] = outputs
_spec.loader.exec_module(outputs)

DATA = outputs.load()
ROWS = DATA["rows"]
TABLES = DATA["tables"]
CHUNKS = 24  # spread over the xdist workers


def test_the_fixture_holds_the_corpora_and_every_fresh_phrasings_file() -> None:
    names = {row[0] for row in ROWS}
    assert names == {"recognise", "parse_log_command"}
    assert len(ROWS) >= 15_000
    files = set(DATA["files"])
    assert "tests/unit/test_capture_corpus.py" in files
    assert "tests/unit/test_command_corpus.py" in files
    fresh = {p.relative_to(ROOT).as_posix() for p in ROOT.glob("tests/unit/test_*fresh*.py")}
    assert fresh <= files


@pytest.mark.parametrize("chunk", range(CHUNKS))
def test_every_recorded_reading_reads_the_same(chunk: int) -> None:
    rows = ROWS[chunk::CHUNKS]
    changed = []
    for at, row in enumerate(reversed(rows)):  # another order than recorded
        now, found = outputs.replay(row, TABLES)
        again = outputs.replay(row, TABLES)[0] if at % 16 == 0 else now  # a sixteenth twice
        if now != row[3] or again != row[3]:
            changed.append((row[0], row[1], row[2], outputs.canon(found)))
    assert rows
    assert not changed, f"{len(changed)} readings changed, the first: {changed[:3]}"


def test_a_changed_reading_is_told() -> None:
    """The check can fail: a reading whose answer differs gives another digest."""
    row = next(r for r in ROWS if r[0] == "recognise")
    _now, found = outputs.replay(row, TABLES)
    import dataclasses

    fields = [f.name for f in dataclasses.fields(found)]
    other = dataclasses.replace(found, **{fields[0]: None})
    assert outputs.digest(other) != row[3]
