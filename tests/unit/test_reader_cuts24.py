"""The command reader's mechanics made cheaper (acks24), read exactly as before.

- `text._prepare` skips a step when the text lacks a character its pattern cannot match without:
  each such step is a no-op on every text the check skips (fuzzed here, with the characters
  each pattern reads most likely to appear).
- `candidate_keys` keeps each head's keys (`_head_keys`, the words before the note): the same
  keys as made afresh, never another head's.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.services.commands import _head_keys, candidate_keys
from bot.services.commands import text as reader_text
from bot.services.commands.text import _prepare, _split_note
from bot.services.commands.words import _temperature_emoji

# Characters the guarded patterns read, so that near-matches are common in the fuzzed texts.
_ALPHABET = (
    "aAbcdeKkmnorstuvwWxyzæøåÆØÅäö0123456789 \t\n.,:;-–—_*~`$&<>/|#'\"«»()@!?\u00a0\u200d\u3000１"
)
_WORDS = [
    "kr", "US$", "US", "$", "USD", "30.11", "1.2.", "300 000", "w/c", "W/C", "11", ":fire:",
    ":tada:", ":skin-tone-2:", "*Orkla*", "_Tine_", "~x~", "`i går`", "<https://acme.com|Acme>",
    "<mailto:a@b.no|a@b.no>", "&lt;", "&amp;", "mill.", "mio.", "tkr", "€", "£", "Volvo",
]  # fmt: skip
_TEXTS = st.one_of(
    st.text(alphabet=_ALPHABET, max_size=60),
    st.lists(st.sampled_from(_WORDS), max_size=8).map(" ".join),
    st.lists(st.one_of(st.sampled_from(_WORDS), st.text(_ALPHABET, max_size=4)), max_size=10).map(
        "".join
    ),
)


def _emoji(text: str) -> str:
    return reader_text._EMOJI_NAME.sub(lambda m: m[0] if _temperature_emoji(m[0]) else " ", text)


# (the step, the characters one of which it needs to change anything), as _prepare checks them
_GUARDED = [
    (lambda t: reader_text._LINE_BREAKS.sub(" ", t), "\t\r\n"),
    (lambda t: reader_text.US_DOLLAR.sub("$", t), "$"),
    (_emoji, ":"),
    (lambda t: reader_text._FORMATTED.sub(r"\2", t), "*_~`"),
    (lambda t: reader_text._WEEK_COMMENCING.sub("", t), "/"),
    (lambda t: reader_text._CURRENCY_BEFORE_DAY.sub(r"\1 \2, \3", t), "."),
    (lambda t: t.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"), "&"),
]


@given(_TEXTS)
def test_a_skipped_step_changes_nothing(text: str) -> None:
    for step, needs in _GUARDED:
        if not any(ch in text for ch in needs):
            assert step(text) == text
    if not text.startswith("<"):
        assert reader_text._NAME_LINK.sub(r"\1", text) == text


@pytest.mark.parametrize(
    ("text", "prepared"),
    [
        ("Volvo 300 000 kr 30.11", "Volvo 300 000 kr, 30.11"),
        ("*Orkla* `i går` :tada: varm", "Orkla i går   varm"),
        ("<https://acme.com|Acme Ltd> 40k", "Acme Ltd 40k"),
        ("Acme US$ 40k", "Acme $ 40k"),
        ("Acme next meeting w/c 11 Jan", "Acme next meeting 11 Jan"),
        ("Tine &lt;3 &amp;lt;\tvarm", "Tine <3 &lt; varm"),
        ("Gringotts warm -- bench #5", "Gringotts warm -- bench #5"),
    ],
)
def test_each_step_still_taken_when_its_character_is_there(text: str, prepared: str) -> None:
    assert _prepare.__wrapped__(text) == prepared


@given(st.lists(st.sampled_from(["Acme", "AS", "møte", "med", "320k", "varm", "Tirsdag", "Bygg",
                                 "tilbud", "til", "3M", "Norge", "i går", "--", "note", "x"]),
                max_size=9).map(" ".join))  # fmt: skip
def test_the_kept_keys_are_the_head_keys_made_afresh(text: str) -> None:
    try:
        head, _note = _split_note(_prepare(text))
    except Exception:
        assert candidate_keys(text) == set()
        return
    assert candidate_keys(text) == set(_head_keys.__wrapped__(head))


def test_a_kept_head_serves_only_itself() -> None:
    _head_keys.cache_clear()
    first = candidate_keys("Acme warm -- one")
    assert candidate_keys("Acme warm -- two") == first  # the same head: its keys kept
    assert _head_keys.cache_info().hits == 1
    other = candidate_keys("Acme Bygg warm -- one")  # a head beginning alike: its own keys
    assert "acme bygg" in other and "acme bygg" not in first
    assert candidate_keys("Acme Bygg AS i går -- x") != other
    # A caller changing the set it was given changes no later answer.
    first.add("not a key")
    assert "not a key" not in candidate_keys("Acme warm -- three")


def test_keys_are_read_as_typed_before_the_note_only() -> None:
    keys = candidate_keys("Tirsdag Statnett varm -- Equinor")
    assert "statnett" in keys and "equinor" not in keys
    assert not any(re.search("equinor", key) for key in keys)
