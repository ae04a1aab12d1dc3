"""Session 25. The channel reader asks the date reader only about spans that can be a date at all
(signals.may_be_a_date: a digit, or a word of the date reader's own tables). Skipping the others
must change nothing: every span of every corpus row that the pre-check turns away is no date to
the date reader either, and every word of the date reader's tables passes the pre-check."""

from __future__ import annotations

import itertools
import re
from datetime import date
from pathlib import Path

import pytest

from bot.errors import UserError
from bot.services import dates
from bot.services.capture import signals
from tests.helpers import load_yaml

CORPORA = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.yaml"))
CORPORA = [p for p in CORPORA if p.name.startswith(("messages", "commands"))]
FRIDAY = date(2026, 11, 20)


def _no_date(text: str, today: date) -> bool:
    for direction in ("past", "future"):
        try:
            if dates.parse_date(text, today=today, direction=direction) is not None:
                return False
        except UserError:
            return False  # "impossible date" is an answer too: the span had to be asked
    return True


def _texts(corpus: dict | list) -> list[str]:
    rows = corpus["messages"] if isinstance(corpus, dict) else corpus
    return [row.get("t") or row.get("text") or "" for row in rows]


@pytest.mark.parametrize("path", CORPORA, ids=[p.stem for p in CORPORA])
def test_every_span_turned_away_is_no_date(path: Path) -> None:
    corpus = load_yaml(path)
    today = corpus.get("today", FRIDAY) if isinstance(corpus, dict) else FRIDAY
    turned_away, asked = set(), 0
    for text in _texts(corpus):
        tokens = signals.tokenise(signals.clean(text))
        for i in range(len(tokens)):
            for n in range(1, 6):
                span = tokens[i : i + n]
                if len(span) < n or not all(t.is_word for t in span):
                    break
                for said in {" ".join(t.text for t in span), f"{span[-1].text}." if n == 1 else ""}:
                    if said and not signals.may_be_a_date(said):
                        turned_away.add(said)
                    elif said:
                        asked += 1
    wrong = sorted(t for t in turned_away if not _no_date(t, today))
    assert wrong == []
    assert turned_away and asked  # both ways taken in every file


def _table_strings() -> set[str]:
    """Every string in the date reader's module-level tables (sets, dicts, tuples), read apart
    from how signals harvests them."""
    found: set[str] = set()
    for name, value in vars(dates).items():
        if name.startswith("__") or not isinstance(value, (set, frozenset, dict, tuple, list)):
            continue
        items = list(value.items()) if isinstance(value, dict) else list(value)
        for item in itertools.chain.from_iterable(
            i if isinstance(i, tuple) else (i,) for i in items
        ):
            for part in item if isinstance(item, (tuple, list, set, frozenset)) else (item,):
                if isinstance(part, str):
                    found.add(part)
    return found


def test_every_word_of_the_date_readers_tables_passes() -> None:
    strings = _table_strings()
    assert {"mandag", "i dag", "påske", "julaften", "romjulen", "yesterday"} & {
        dates.fold(s) for s in strings
    } >= {"mandag", "i dag", "romjulen", "yesterday"}
    short = set()
    for phrase in strings:
        for word in re.findall(r"[^\W\d_]+", dates.fold(phrase)):
            if len(word) > 2:
                assert signals.may_be_a_date(word), word
                if len(word) > 3:
                    assert signals.may_be_a_date(word.capitalize() + "s"), word  # "Fredags"
            else:
                short.add(word)
        if re.search(r"[^\W\d_]{3}|\d", dates.fold(phrase)):
            assert signals.may_be_a_date(phrase), phrase
    assert {"i", "pa", "on", "d"} <= short


def test_short_words_alone_or_together_are_no_date() -> None:
    """The pre-check passes no span made of words of one or two letters only ("i", "på", "on",
    "d"): the date reader reads none of them alone, nor any two together."""
    short = sorted(signals.DATE_SHORT_WORDS)
    assert "i" in short and "pa" in short
    for a, b in itertools.product(["", *short], short):
        text = f"{a} {b}".strip()
        assert not signals.may_be_a_date(text), text
        assert _no_date(text, FRIDAY), text
