"""Session 64: the command reader's slips looked up, not tabled.

`names._KIND_TYPOS` was a dict of every slip of every kind word (~49,000 strings, 4.6 MB of the
served process, which put `kpibot serve` over issue 10's 120 MB after the load); it is now an
index of each word's forms with one letter left out, checked against the slip rule. The
channel-side `words.a_kind_word_slipped` tried each target for each word (a fifth of a served
command's reading); it is now a table of its ~270 slips. Both must read exactly as before:
the reference implementations below are the ones they replaced."""

from __future__ import annotations

import tracemalloc

from bot.services.commands import names, words

_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


def _targets() -> set[str]:
    return {
        w
        for w in set().union(names._KIND_VERBS, names._OFFER_NOUNS, *names._KIND_WORDS.values())
        if len(w) >= 4
    }


def _taken() -> set[str]:
    return set().union(
        names._LEAD_WORDS, names._PREPOSITIONS, names._NAME_STOPS, names._WEAK,
        names.DATE_WORDS, names.WEEKDAYS, names.MONTHS,
    )  # fmt: skip


def _the_old_table() -> dict[str, str]:
    targets = _targets()
    taken = _taken() | targets
    typos: dict[str, str] = {}
    for word in sorted(targets):
        slips = {word[:i] + word[i + 1 :] for i in range(1, len(word))}
        slips |= {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(1, len(word) - 1)}
        slips |= {word[:i] + c + word[i:] for i in range(1, len(word) + 1) for c in _ALPHABET}
        if len(word) >= 5:
            slips |= {word[:i] + c + word[i + 1 :] for i in range(1, len(word)) for c in _ALPHABET}
        for slip in slips - taken:
            typos.setdefault(slip, word)
    typos |= {"cald": "called", "clld": "called", "rngte": "ringte", "rngde": "ringde"}
    return typos


def _neighbours(word: str) -> set[str]:
    """Every string one edit (any letter, Nordic ones too) from `word`."""
    letters = _ALPHABET + "æøåäöé"
    out = {word}
    for i in range(len(word) + 1):
        out.add(word[:i] + word[i + 1 :])
        out.add(word[:i] + word[i + 1 : i + 2] + word[i : i + 1] + word[i + 2 :])
        for c in letters:
            out.add(word[:i] + c + word[i + 1 :])
            out.add(word[:i] + c + word[i:])
    return out


def test_every_slip_reads_as_the_table_read_it() -> None:
    table = _the_old_table()
    assert len(table) > 40_000
    wrong = {slip: (meant, names._KIND_TYPOS.get(slip)) for slip, meant in table.items()
             if names._KIND_TYPOS.get(slip) != meant}  # fmt: skip
    assert wrong == {}
    assert all(slip in names._KIND_TYPOS for slip in list(table)[::97])


def test_no_other_word_reads_as_a_slip() -> None:
    table = _the_old_table()
    tried: set[str] = set()
    for word in sorted(_targets()):
        tried |= _neighbours(word)  # the slips, and what is one edit from a word but no slip
    for near in sorted(tried)[::400]:
        tried |= _neighbours(near)  # two edits from a word: never a slip
    tried |= {"acme", "equinor", "kiwi", "møte", "meeting", "warm", "tine", "", "a", "ab"}
    wrong = {w for w in tried if names._KIND_TYPOS.get(w) != table.get(w)}
    assert wrong == set()
    assert names._KIND_TYPOS.get("acme", "acme") == "acme"
    assert "kiwi" not in names._KIND_TYPOS and "meetnig" in names._KIND_TYPOS


def test_the_lookup_keeps_no_table_of_slips() -> None:
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        index = names._KindSlips(_targets(), _taken(), {})
        kept = tracemalloc.get_traced_memory()[0] - before
        table = _the_old_table()
        tabled = tracemalloc.get_traced_memory()[0] - before - kept
    finally:
        tracemalloc.stop()
    assert index.get("meetnig") == "meeting"
    assert len(table) > 40_000
    assert kept < tabled / 10, (kept, tabled)
    assert kept < 600_000


def _old_one_slip(typed: str, meant: str) -> bool:
    if len(typed) == len(meant) + 1:
        return any(
            typed[at] == typed[at - 1] and typed[:at] + typed[at + 1 :] == meant
            for at in range(1, len(typed))
        )
    if len(typed) == len(meant) - 1:
        return any(meant[:at] + meant[at + 1 :] == typed for at in range(len(meant)))
    if len(typed) == len(meant):
        differ = [at for at in range(len(typed)) if typed[at] != meant[at]]
        return (
            len(differ) == 2
            and differ[1] == differ[0] + 1
            and typed[differ[0]] == meant[differ[1]]
            and typed[differ[1]] == meant[differ[0]]
        )
    return False


def _old_a_kind_word_slipped(word: str) -> str | None:
    lower = word.lower()
    if len(lower) < 5 or lower in words._NO_SLIPS or lower in words._SLIP_TARGETS:
        return None
    if not (word.islower() or word[0].isupper() and word[1:].islower()):
        return None
    meant = [target for target in words._SLIP_TARGETS if _old_one_slip(lower, target)]
    if len(meant) != 1:
        return None
    return meant[0] if word.islower() else meant[0].capitalize()


def test_a_kind_word_slipped_reads_as_before() -> None:
    tried: set[str] = set()
    for target in (*words._SLIP_TARGETS, *words._NO_SLIPS):
        for near in _neighbours(target):
            tried |= {near, near.capitalize(), near.upper(), near[:1].upper() + near[1:]}
    wrong = {w for w in tried if words.a_kind_word_slipped(w) != _old_a_kind_word_slipped(w)}
    assert wrong == set()
    assert words.a_kind_word_slipped("offfert") == "offert"
    assert words.a_kind_word_slipped("Proposl") == "Proposal"
    assert words.a_kind_word_slipped("OFFFERT") is None
    assert words.a_kind_word_slipped("offers") is None


def test_the_kind_words_slips_are_a_small_table() -> None:
    assert 100 < len(words._SLIPS) < 1_000
    assert words._SLIPS["qoute"] == "quote"
