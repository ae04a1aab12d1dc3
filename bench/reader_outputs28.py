"""reader28: every reading the corpus and fresh-phrasing tests make, recorded once with what the
readers answered, so that a speed cut can be proved to read nothing differently
(bench/reader_check28.py replays each recorded call and compares).

    PYTHONPATH=. .venv/bin/python bench/reader_outputs28.py          # writes bench/reader_outputs28.json.gz

What is recorded: each call of the channel message reader (`capture.recognise`) and of the
slash-command reader (`commands.parse_log_command`) that the tests below make, with its exact
arguments (the text, today, krone, the known customers and open offers, the time posted, ...),
and the reader's full answer reduced to a digest of a canonical form (every field of every
dataclass in it, sets sorted; an error by its class, code and parameters). Each command text
is also read once more with each language (`language=`, as a served command reads it).

Regenerate ONLY from readers known to read right (main, or a branch that changes reading rules
on purpose): the fixture is the definition of "reads the same". A rule-changing branch merged
beside reader28's cuts: regenerate on the merged code once its corpus tests pass.
"""

from __future__ import annotations

import dataclasses
import enum
import gzip
import hashlib
import json
import sys
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
FIXTURE = ROOT / "bench" / "reader_outputs28.json.gz"
# The test files whose readings are recorded: the corpora and every fresh-phrasings file.
TEST_GLOBS = (
    "tests/unit/test_capture_corpus.py",
    "tests/unit/test_command_corpus.py",
    "tests/unit/test_*fresh*.py",
    "tests/unit/test_*phrasings*.py",
)
LANGUAGES = ("nb", "sv", "da", "en")


# -- inputs: a tagged JSON form that gives back exactly the same values -------------------------


def encode(value: Any, tables: dict[str, int]) -> Any:
    """JSON for an argument; known-customer lists interned in `tables` (they repeat)."""
    from bot.services.amounts import ForeignKrone
    from bot.services.capture import KnownCustomers

    if value is None or isinstance(value, bool | int | float) and not isinstance(value, enum.Enum):
        return value
    if isinstance(value, ForeignKrone):
        return {"fk": str(value)}
    if type(value) is str:
        return value
    if isinstance(value, enum.Enum):
        return {"e": f"{type(value).__module__}:{type(value).__qualname__}", "v": value.value}
    if isinstance(value, datetime):
        return {"dt": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    if isinstance(value, time):
        return {"t": value.isoformat()}
    if isinstance(value, Decimal):
        return {"n": str(value)}
    if isinstance(value, KnownCustomers):
        body = json.dumps(
            [list(value.by_key.items()), value.longest, sorted(value.first_words)],
            ensure_ascii=False,
        )
        return {"kc": tables.setdefault(body, len(tables))}
    if isinstance(value, frozenset | set | tuple | list):
        items = [encode(v, tables) for v in value]
        if isinstance(value, frozenset | set):
            items.sort(key=_key)
        tag = {frozenset: "fs", set: "s", tuple: "tu", list: "l"}[type(value)]
        if len(items) < 4:  # short ones inline, long ones (customer lists) interned
            return {tag: items}
        body = json.dumps(items, ensure_ascii=False)
        return {tag: tables.setdefault(body, len(tables))}
    raise TypeError(f"cannot record an argument of type {type(value)!r}")


def decode(value: Any, tables: list[str]) -> Any:
    import importlib

    from bot.services.amounts import ForeignKrone
    from bot.services.capture import KnownCustomers

    if not isinstance(value, dict):
        return value
    [(tag, body)] = [(k, v) for k, v in value.items() if k != "v"]
    if tag == "fk":
        return ForeignKrone(body)
    if tag == "e":
        module, name = body.split(":")
        return getattr(importlib.import_module(module), name)(value["v"])
    if tag == "dt":
        return datetime.fromisoformat(body)
    if tag == "d":
        return date.fromisoformat(body)
    if tag == "t":
        return time.fromisoformat(body)
    if tag == "n":
        return Decimal(body)
    items = json.loads(tables[body]) if isinstance(body, int) else body
    if tag == "kc":
        by_key, longest, first = items
        return KnownCustomers(dict(by_key), longest, frozenset(first))
    inner = [decode(v, tables) for v in items]
    return {"fs": frozenset, "s": set, "tu": tuple, "l": list}[tag](inner)


# -- outputs: a canonical form, and its digest ---------------------------------------------------


def canon(value: Any) -> Any:
    """Every field of every dataclass, sets sorted, enums by class and value: equal readings
    give equal forms, in any process (no ids, no hash order)."""
    if (
        value is None
        or isinstance(value, bool | int | float | str)
        and not isinstance(value, enum.Enum)
    ):
        return (
            [type(value).__name__, value] if type(value) not in (str, int, float, bool) else value
        )
    if isinstance(value, enum.Enum):
        return ["enum", type(value).__qualname__, canon(value.value)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [
            "dc",
            type(value).__qualname__,
            {f.name: canon(getattr(value, f.name)) for f in dataclasses.fields(value)},
        ]
    if isinstance(value, datetime | date | time | Decimal):
        return [type(value).__name__, str(value)]
    if isinstance(value, frozenset | set):
        return ["set", sorted((canon(v) for v in value), key=_key)]
    if isinstance(value, tuple | list):
        return [type(value).__name__, [canon(v) for v in value]]
    if isinstance(value, dict):
        return ["dict", sorted(([canon(k), canon(v)] for k, v in value.items()), key=_key)]
    if isinstance(value, BaseException):
        return [
            "error",
            type(value).__qualname__,
            canon(getattr(value, "code", None)),
            canon(getattr(value, "params", None)),
            canon([str(a) for a in value.args]),
        ]
    raise TypeError(f"no canonical form for {type(value)!r}")


def _key(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def digest(value: Any) -> str:
    return hashlib.blake2b(_key(canon(value)).encode(), digest_size=8).hexdigest()


def outcome(fn: Any, args: tuple, kwargs: dict) -> Any:
    """The reader's answer, or the error it raised (as a value)."""
    try:
        return fn(*args, **kwargs)
    except Exception as error:  # noqa: BLE001 - an error is a reading too
        return error


READERS = {
    "recognise": ("bot.services.capture", "recognise"),
    "parse_log_command": ("bot.services.commands", "parse_log_command"),
}


def reader(name: str) -> Any:
    import importlib

    module, attr = READERS[name]
    return getattr(importlib.import_module(module), attr)


# -- recording -----------------------------------------------------------------------------------


def record() -> dict[str, Any]:
    import importlib

    import pytest

    calls: dict[str, tuple[str, tuple, dict]] = {}
    tables: dict[str, int] = {}

    def wrap(name: str, original: Any) -> Any:
        def recorded(*args: Any, **kwargs: Any) -> Any:
            key = json.dumps(
                [name, encode(args, tables), {k: encode(v, tables) for k, v in kwargs.items()}],
                ensure_ascii=False,
                sort_keys=True,
            )
            calls.setdefault(key, (name, args, kwargs))
            return original(*args, **kwargs)

        return recorded

    originals = {}
    for name, (module, attr) in READERS.items():
        mod = importlib.import_module(module)
        originals[name] = getattr(mod, attr)
        setattr(mod, attr, wrap(name, originals[name]))
    files = sorted({str(p) for g in TEST_GLOBS for p in ROOT.glob(g)})
    code = pytest.main(["-q", "-p", "no:cacheprovider", "-p", "no:randomly", *files])
    for name, (module, attr) in READERS.items():
        setattr(importlib.import_module(module), attr, originals[name])
    if code not in (0, pytest.ExitCode.OK):
        raise SystemExit(f"the tests failed ({code}): record only from readers that read right")
    # Each command also read as a served command reads it: with the seller's language.
    for name, args, kwargs in list(calls.values()):
        if name == "parse_log_command" and kwargs.get("language") is None:
            for language in LANGUAGES:
                more = {**kwargs, "language": language}
                key = json.dumps(
                    [name, encode(args, tables), {k: encode(v, tables) for k, v in more.items()}],
                    ensure_ascii=False,
                    sort_keys=True,
                )
                calls.setdefault(key, (name, args, more))
    rows = []
    for key, (name, args, kwargs) in calls.items():
        _name, enc_args, enc_kwargs = json.loads(key)
        rows.append([name, enc_args, enc_kwargs, digest(outcome(originals[name], args, kwargs))])
    rows.sort(key=lambda row: json.dumps(row[:3], ensure_ascii=False, sort_keys=True))
    ordered = sorted(tables, key=tables.__getitem__)
    return {
        "tables": ordered,
        "rows": rows,
        "files": [str(Path(f).relative_to(ROOT)) for f in files],
    }


def load() -> dict[str, Any]:
    with gzip.open(FIXTURE, "rt", encoding="utf-8") as f:
        return json.load(f)


def replay(row: list, tables: list[str]) -> tuple[str, Any]:
    """The digest of what the readers answer now for a recorded call, and the answer."""
    name, args, kwargs, _old = row
    args_ = decode(args, tables)
    kwargs_ = {k: decode(v, tables) for k, v in kwargs.items()}
    found = outcome(reader(name), tuple(args_), kwargs_)
    return digest(found), found


def main() -> None:
    data = record()
    with gzip.GzipFile(FIXTURE, "wb", mtime=0) as f:
        f.write(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode())
    print(f"{len(data['rows'])} readings, {len(data['tables'])} tables -> {FIXTURE}")


if __name__ == "__main__":
    main()
