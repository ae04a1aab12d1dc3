"""ack34's cuts of a served log command's instructions (bench/HISTORY.md, "Session 34, ack"): each
reading is the one the whole reader gives, and each test fails with its cut reverted."""

from __future__ import annotations

import itertools
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import bot.services.commands as commands
from bot.domain import ActivityKind
from bot.errors import UserError
from bot.services.commands import parse_log_command
from bot.services.customers import customer_key
from tests.helpers import load_yaml

ROOT = Path(__file__).resolve().parents[2]
_KINDS = {
    "meeting": ActivityKind.MEETING,
    "call": ActivityKind.CALL,
    "offer": ActivityKind.OFFER,
    "win": ActivityKind.WIN,
    "lost": ActivityKind.LOSS,
}
_KRONE = {"nb": "NOK", "sv": "SEK", "da": "DKK", "en": "NOK"}

# Names of every shape the shortcut must read as the whole reader does: words of the command, of
# a meal, of a day, a month, a number, a figure and capitals, marks, a legal form, a word of "no".
_NAMES = (
    "Acme", "Stark Industries", "Aker BP", "Rema 1000", "3M", "3M Norge", "H&M", "Equinor.",
    "Tine!", "Fika", "Lunsj", "Meeting Point AS", "Møte", "Tirsdag AS", "Mai", "Fredag",
    "Studio 54", "Coffee with Marks", "Not Interested", "Ikke Interessert AS", "Kiwi AS",
    "Orkla ASA", "Telenor", "Frukost", "Mot", "Dagens", "Uke 48 AS", "Juli", "Signert",
    "Ringte", "Neste", "Follow", "Twice", "Gång", "Tesco", "Marks and Spencer", "Q1 Consulting",
    "Tre", "Vår Energi", "Bane NOR", "Rørkjøp", "2026", "I går", "Kald",
)  # fmt: skip
_AFTER = (
    "", " -- bra møte", " -- neste møte fredag", " – og DNB i fredags, kald", " (Oslo)",
    " (og Statoil Fuel)", " -- 2 ganger", ".", "!", " --", " -- 300k", " – ikke interessert",
    " -- w/c 4th Jan", " ang. fornyelse av avtalen", " — kald", " (DNB) -- ok", " - ok",
    " -- i går", ", varm", " 🔥", " :fire:", " *i går*",
)  # fmt: skip
_TODAYS = (date(2026, 12, 2), date(2027, 1, 4))


def _reading(kind: ActivityKind, text: str, **kw: Any) -> Any:
    """The reading as everything it holds (the fields compare=False leaves out too), or the
    refusal's class, code and parameters."""
    try:
        return ("read", dict(vars(parse_log_command(kind, text, **kw))))
    except UserError as err:
        return ("refused", type(err).__name__, err.code, sorted(map(repr, err.params.items())))


def _both_ways(monkeypatch: pytest.MonkeyPatch, kind: ActivityKind, text: str, **kw: Any) -> bool:
    """The reading with the shortcut equals the whole reader's; whether the shortcut read it."""
    taken: list[Any] = []
    shortcut = commands._the_name_alone

    def counted(*a: Any, **k: Any) -> Any:
        found = shortcut(*a, **k)
        taken.append(found)
        return found

    monkeypatch.setattr(commands, "_the_name_alone", counted)
    quick = _reading(kind, text, **kw)
    monkeypatch.setattr(commands, "_the_name_alone", lambda *a, **k: None)
    whole = _reading(kind, text, **kw)
    monkeypatch.setattr(commands, "_the_name_alone", shortcut)
    assert quick == whole, (kind, text, kw)
    return any(found is not None for found in taken)


def test_a_known_name_alone_reads_as_the_whole_reader_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Step 1: parse_log_command reads a meeting's or a call's head that is a known customer's
    name whole, with no step taken from it, without its option reader and the rules of unread
    words (_the_name_alone): every name above, with every tail above (a note, an aside, a
    second customer, a mark, a day, a temperature), a meeting, a call or a win (taken in turn with
    each language) on two days, known alone or
    beside DNB, reads exactly as the whole reader reads it (or is refused the same way)."""
    taken = 0
    ways = itertools.cycle(
        itertools.product(
            (ActivityKind.MEETING, ActivityKind.CALL, ActivityKind.WIN),
            ("nb", "sv", "da", "en", None),
        )
    )
    for name, after, today in itertools.product(_NAMES, _AFTER, _TODAYS):
        for known in ({customer_key(name)}, {customer_key(name), "dnb", "statoil fuel"}):
            kind, language = next(ways)
            taken += _both_ways(
                monkeypatch,
                kind,
                name + after,
                today=today,
                krone=_KRONE.get(language or "nb", "NOK"),
                known_customers=frozenset(known),
                language=language,
            )
    assert taken > 1_000  # (the shortcut read a good share of them: the test compares readings)


def _corpus_rows() -> list[tuple[str, dict[str, Any]]]:
    rows = []
    for path in sorted((ROOT / "tests/corpus").glob("commands*.yaml")):
        data = load_yaml(path)
        for row in data if isinstance(data, list) else data.get("rows", []):
            if isinstance(row, dict) and "text" in row and row.get("cmd") in ("meeting", "call"):
                rows.append((path.name, row))
    return rows


def test_every_corpus_command_reads_as_the_whole_reader_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every meeting and call of the corpora (tests/corpus/commands*.yaml), with its known
    customers and with its expected customer known too, reads the same with the shortcut and
    without it."""
    rows = _corpus_rows()
    assert len(rows) > 1_000
    taken = 0
    for _file, row in rows:
        kind, text, lang = _KINDS[row["cmd"]], str(row["text"]), row.get("lang", "nb")
        known = {customer_key(str(k)) for k in row.get("known") or ()}
        for also in (set(), {customer_key(str(row["customer"]))} if row.get("customer") else set()):
            taken += _both_ways(
                monkeypatch,
                kind,
                text,
                today=date(2026, 11, 20),
                krone=_KRONE[lang],
                known_customers=frozenset(known | also),
                language=lang,
            )
    assert taken >= 20  # (the corpora are of harder texts: 20 of 5,762 readings, session 34)


def test_a_known_name_alone_is_read_without_the_option_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cut itself: "/logmeeting Acme" and "Stark Industries -- bench #7" (the served bench's
    texts, and a seller's commonest) make no option reader; the same name with a temperature
    still does (a reading of words after the name)."""

    class NoReader:
        def __init__(self, *a: Any, **k: Any) -> None:
            raise AssertionError("the option reader was made")

    monkeypatch.setattr(commands, "_OptionReader", NoReader)
    today = date(2026, 12, 2)
    known = frozenset({"acme", "stark industries"})
    read = parse_log_command(ActivityKind.MEETING, "Acme", today=today, known_customers=known)
    assert (read.customer, read.when, read.note, read.unread) == ("Acme", today, None, None)
    read = parse_log_command(
        ActivityKind.CALL,
        "Stark Industries -- bench #7",
        today=today,
        known_customers=known,
        language="en",
    )
    assert (read.customer, read.note, read.unread) == ("Stark Industries", "bench #7", None)
    with pytest.raises(AssertionError, match="option reader"):
        parse_log_command(ActivityKind.MEETING, "Acme warm", today=today, known_customers=known)
