"""The command reader's scans skipped where they cannot find anything (pgack26), read exactly as
before.

- `commands._days_told_from_another` scans for a day told from another ("dagen etter") only in a
  text with one of `relative_days.TOLD_WORDS`; `times.said_times` scans for a count ("2
  ganger") only in a head with a digit or one of `times.COUNT_WORDS`.
- Proved three ways: every form of the two patterns has such a word (read from the compiled
  patterns themselves, so a form added without its word fails here); every text of the corpora
  and fuzzed texts read the same with the check and without it; each form is still read.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from re import _constants as C  # noqa: N812
from re import _parser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.errors import UserError
from bot.services import commands, relative_days
from bot.services.commands import times
from tests.helpers import load_yaml

TODAY = date(2026, 11, 20)  # a frozen day (no clock read)
_DIGIT = "\x01"  # a digit, in the strings below
_CAP = 20_000  # strings a run may stand for before it is read as unknown


def _finite(items) -> set[str] | None:  # type: ignore[no-untyped-def]
    """Every string a parsed sequence matches (case folded; a digit as _DIGIT), or None when
    they are too many or not known."""
    found = {""}
    for op, av in items:
        one = _one(op, av)
        if one is None:
            return None
        found = {a + b for a in found for b in one}
        if len(found) > _CAP:
            return None
    return found


def _one(op, av) -> set[str] | None:  # type: ignore[no-untyped-def]
    if op is C.LITERAL:
        return {chr(av).casefold()}
    if op is C.IN:
        if av == [(C.CATEGORY, C.CATEGORY_DIGIT)]:
            return {_DIGIT}
        if all(kind is C.LITERAL for kind, _ in av):
            return {chr(code).casefold() for _, code in av}
        return None
    if op is C.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            each = _finite(branch)
            if each is None:
                return None
            found |= each
        return found
    if op is C.SUBPATTERN:
        return _finite(av[3])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        low, high, inner = av
        each = _finite(inner)
        if each is None or high > 3:
            return None
        found, run = set(), {""}
        for n in range(high + 1):
            if n >= low:
                found |= run
            run = {a + b for a in run for b in each}
        return found
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return {""}  # nothing of the text in the match
    return None


def _always_has(items, words: tuple[str, ...]) -> bool:  # type: ignore[no-untyped-def]
    """Every string the parsed sequence `items` matches has one of `words` in it."""
    runs: list[set[str]] = [{""}]
    for op, av in items:
        one = _one(op, av)
        if one is not None:
            runs[-1] = {a + b for a in runs[-1] for b in one}
            if len(runs[-1]) <= _CAP:
                continue
        if op is C.BRANCH and all(_always_has(branch, words) for branch in av[1]):
            return True
        if op is C.SUBPATTERN and _always_has(av[3], words):
            return True
        if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] >= 1 and _always_has(av[2], words):
            return True
        runs.append({""})  # unknown text: no word spans it
    return any(all(any(w in s for w in words) for s in run) for run in runs if run != {""})


def _has_a_word(pattern: re.Pattern[str], words: tuple[str, ...]) -> bool:
    return _always_has(_parser.parse(pattern.pattern, pattern.flags), words)


def test_every_form_of_the_patterns_has_a_word_of_the_checks() -> None:
    assert _has_a_word(relative_days.RELATIVE, relative_days.TOLD_WORDS)
    # mendA32: the form in words ("tre samtal") has a talk's noun, and _may_count looks for the
    # form itself where one is typed (tests/unit/test_reader_cuts30.py proves it is that form)
    assert _has_a_word(times._COUNT, (*times.COUNT_WORDS, _DIGIT, *times._TALK_COMPANIONS))
    # The proof proves: without one word, a form has none.
    assert not _has_a_word(relative_days.RELATIVE, relative_days.TOLD_WORDS[1:])
    assert not _has_a_word(times._COUNT, times.COUNT_WORDS)  # no digit
    assert not _has_a_word(times._COUNT, (*times.COUNT_WORDS[1:], _DIGIT))


def test_the_case_folding_is_re_s_for_every_letter_of_the_words() -> None:
    """A character re's IGNORECASE reads as a letter of the words is that letter casefolded,
    or one of the CASE_ODD characters the checks do not fold."""
    letters = set("".join(relative_days.TOLD_WORDS + times.COUNT_WORDS))
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    read_as = set(re.findall(f"[{re.escape(''.join(sorted(letters)))}]", every, re.I))
    odd = {c for c in read_as if c.casefold() not in letters}
    assert odd <= relative_days.CASE_ODD == times._CASE_ODD, odd
    assert read_as > letters | {"\u017f", "\u212b"}  # ſ and the Ångström sign: casefolded


def _skipped_and_so_found_nothing(text: str) -> None:
    """Where a check skips the scan, the scan would have found nothing it reads: the result, a
    text told nothing or no count, is the same. (Where it does not, the code is as before.)"""
    if not relative_days.may_tell(text):
        assert relative_days.RELATIVE.search(text) is None, text
    head = len(text.split("--", 1)[0])
    if not times._may_count(text, head):
        assert all(m.end() > head for m in times._COUNT.finditer(text)), text


def _corpus_texts() -> list[str]:
    texts = set()
    for path in sorted((Path(__file__).parents[1] / "corpus").glob("*.yaml")):
        rows = load_yaml(path) or []
        for row in rows.get("messages", []) if isinstance(rows, dict) else rows:
            said = row.get("text", row.get("t")) if isinstance(row, dict) else None
            if isinstance(said, str):  # commands' "text", messages' "t"
                texts.add(said)
    return sorted(texts)


def _prepared(text: str) -> str | None:
    try:
        return commands._prepare.__wrapped__(text)
    except UserError:  # nothing to read
        return None


def test_every_corpus_text_reads_the_same_with_the_checks() -> None:
    texts = _corpus_texts()
    assert len(texts) > 6000
    prepared = [p for p in map(_prepared, texts) if p is not None]
    skipped = 0
    for text in [*texts, *prepared]:
        _skipped_and_so_found_nothing(text)
        skipped += not relative_days.may_tell(text)
    assert skipped > len(texts)  # most texts say no day told from another


_WORDS = [
    "dagen", "etter", "efter", "därpå", "after", "the", "next", "day", "samme", "same", "dag",
    "uka", "ugen", "veckan", "week", "en", "uke", "senere", "later", "to", "dager", "2", "d",
    "i", "går", "i går", "mandag", "30.11", "ganger", "gånger", "gonger", "times", "ggr",
    "twice", "thrice", "x3", "3x", "2 st", "3 møter", "tre", "to", "--", "uke 4x", "varm",
    "Tine", "TİMES", "tımes", "DAG", "ſenere", "Twıce", "kl", "14", "-", ",",
]  # fmt: skip
_TEXTS = st.one_of(
    st.lists(st.sampled_from(_WORDS), max_size=10).map(" ".join),
    st.text(alphabet="dagyetrfnsoliuwchxİıſ0123 -,", max_size=40),
)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_fuzzed_texts_read_the_same_with_the_checks(text: str) -> None:
    _skipped_and_so_found_nothing(text)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Veidekke i går, neste: tilbud to dager etter", "Veidekke i går, neste: tilbud 21.11."),
        ("Maersk i går, næste møde ugen efter", "Maersk i går, næste møde 26.11."),
        ("Tesco yesterday, demo the day after", "Tesco yesterday, demo 20.11."),
        ("Orkla mandag, ny demo 2 d senere", "Orkla mandag, ny demo 18.11."),
    ],
)
def test_a_day_told_from_another_is_still_read(text: str, told: str) -> None:
    assert relative_days.may_tell(text)
    assert commands._days_told_from_another(text, TODAY) == told


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Tine 2 ganger i går", 2),
        ("Orkla to gånger", 2),
        ("Tesco twice", 2),
        ("Tesco TWICE, hot", 2),
        ("Equinor x3", 3),
        ("Statoil tre gonger i dag", 3),
        ("Aker 3 møter i går", 3),
        ("Tine varm -- ønsker 2x volum", None),
        ("Gringotts warm -- bench served-kpibot-abc #5", None),
    ],
)
def test_a_count_is_still_read(text: str, count: int | None) -> None:
    head = len(text.split("--", 1)[0])
    assert times._may_count(text, head) == (count is not None)
    found = times.said_times(text)
    assert (found.count if found else None) == count
