"""reader30: the two text readers made cheaper, reading exactly as before.

Each cut is proved here for what a later rule could break; every reading of the corpora and the
fresh-phrasings files was also replayed against the readers on main before each commit
(bench/reader_outputs28.py recorded on main, bench/reader_check28.py replayed: bench/HISTORY.md,
"Session 30, readers (reader30)").
"""

from __future__ import annotations

import dataclasses
import inspect
from datetime import date
from decimal import Decimal

import pytest

from bot.domain import ActivityKind, Temperature
from bot.services.commands.command import LogCommand, NextStep

TODAY = date(2026, 11, 20)  # a frozen day (no clock read)


# -- LogCommand and NextStep set their fields at once (command._quick_init) ---------------------


def _parameters(init) -> list[tuple[str, object, object]]:  # type: ignore[no-untyped-def]
    return [(p.name, p.default, p.kind) for p in inspect.signature(init).parameters.values()]


@pytest.mark.parametrize("cls", [LogCommand, NextStep])
def test_the_quick_init_takes_what_the_dataclass_s_own_takes(cls: type) -> None:
    """The same parameters in the same order with the same defaults as the __init__ dataclass
    generated (a field added later is taken as it is there, or the import fails)."""
    assert cls.__init__ is not cls._generated_init  # type: ignore[attr-defined]
    assert _parameters(cls.__init__) == _parameters(cls._generated_init)  # type: ignore[attr-defined]
    assert [name for name, _, _ in _parameters(cls.__init__)][1:] == [
        f.name for f in dataclasses.fields(cls)
    ]


def _both(cls: type, *args: object, **kwargs: object) -> tuple[object, object]:
    quick = cls(*args, **kwargs)
    generated = object.__new__(cls)
    cls._generated_init(generated, *args, **kwargs)  # type: ignore[attr-defined]
    return quick, generated


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        ((ActivityKind.MEETING, "Tine", TODAY), {}),
        (
            (ActivityKind.OFFER, "Equinor", TODAY),
            {
                "temperature": Temperature.WARM,
                "amount": Decimal("250000"),
                "currency": "NOK",
                "next_step": NextStep("møte", date(2026, 11, 27), before=True),
                "note": "rammeavtale",
                "unread": "lunken",
                "day_alone": True,
                "times": 3,
                "days": (TODAY,),
                "week": "forrige uke",
            },
        ),
    ],
)
def test_a_log_command_built_either_way_is_the_same(args: tuple, kwargs: dict) -> None:
    quick, generated = _both(LogCommand, *args, **kwargs)
    assert vars(quick) == vars(generated)
    assert list(vars(quick)) == list(vars(generated))  # the fields in the same order
    assert quick == generated and hash(quick) == hash(generated) and repr(quick) == repr(generated)
    assert dataclasses.replace(quick, note="x") == dataclasses.replace(generated, note="x")
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.note = "changed"  # type: ignore[misc]
    with pytest.raises(TypeError):
        LogCommand(ActivityKind.CALL, "Tine")  # type: ignore[call-arg]  # `when` missing, as before
    with pytest.raises(TypeError):
        LogCommand(ActivityKind.CALL, "Tine", TODAY, colour="red")  # type: ignore[call-arg]


# -- the option reader's options made once per kind (options._option_names) --------------------


def test_each_kind_reads_its_options_in_the_same_order() -> None:
    from bot.services.commands.options import _option_names, _OptionReader

    assert _option_names(ActivityKind.MEETING, frozenset()) == (
        "when", "time", "duration", "temperature",
    )  # fmt: skip
    assert _option_names(ActivityKind.WIN, frozenset({"when"})) == ("margin", "time", "money")
    assert _option_names(ActivityKind.OFFER, frozenset()) == (
        "when",
        "time",
        "temperature",
        "money",
    )
    one, two = (_OptionReader(ActivityKind.CALL, TODAY, "NOK", skip=set()) for _ in range(2))
    one.names.remove("time")  # each reader's list its own (read_rest's readers skip some)
    assert two.names == ["when", "time", "duration", "temperature"]


# -- a word of letters and digits is never ignorable (words._ignorable) -------------------------


def test_no_letter_or_digit_is_a_separator_an_emoji_or_a_shortcode_s() -> None:
    """`_ignorable` answers False at once for a token of letters and digits only
    (str.isalnum): every way it answers True needs a character that is not one: a separator
    (_SEPARATORS), a token with no letter or digit, an emoji (a character of category So, or
    one that joins or styles them), a shortcode (colons), or a temperature emoji."""
    import sys
    import unicodedata

    from bot.services import emoji
    from bot.services.commands import words

    alnum = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isalnum()]
    assert len(alnum) > 100_000
    assert not [ch for ch in alnum if unicodedata.category(ch) in ("So", "Sc")]
    assert not [ch for ch in alnum if emoji.is_emoji_char(ch) or ch in ":"]
    assert not [s for s in words._SEPARATORS if s.isalnum()]
    assert not [e for e in words._TEMPERATURE_EMOJI if e.isalnum()]


@pytest.mark.parametrize(
    ("token", "ignorable"),
    [
        ("warm", False), ("Tine", False), ("2026", False), ("ǅ", False), ("٣", False),
        ("-", True), ("/", True), ("🎉", True), (":tada:", True), ("👍🏽", True),
        ("🔥", False), (":fire:", False), ("!!", True), ("50%", False), ("~", False),
        ("varm,", False), ("…", True),
    ],
)  # fmt: skip
def test_ignorable_reads_as_before(token: str, ignorable: bool) -> None:
    from bot.services.commands import words

    assert words._ignorable(token) is ignorable


# -- the words after the name read for a next step once per words (next_steps._next_step_of) ---


def test_the_next_step_s_memo_hands_out_its_own_words_and_keeps_no_refusal() -> None:
    from bot.services.commands import next_steps

    tokens = ["Tine", "varm,", "neste", "møte", "fredag"]
    first = next_steps._take_next_step(tokens, TODAY, first=1)
    assert first == (["Tine", "varm,"], NextStep("møte", date(2026, 11, 27)), False)
    assert tokens == ["Tine", "varm,", "neste", "møte", "fredag"]  # the words read untouched
    first[0].append("changed")  # the caller's list its own: the memo is not changed
    again = next_steps._take_next_step(list(tokens), TODAY, first=1)
    assert again == (["Tine", "varm,"], NextStep("møte", date(2026, 11, 27)), False)
    assert again[0] is not first[0]
    # The reading of each input is the reader's: memo and reader agree (after a refusal too).
    for said in (["Tine", "neste", "møte"], ["Tine", "neste", "møte"]):  # no day: left twice
        # (session 41: left unread, its day asked; was refused, missing_next_date)
        assert next_steps._take_next_step(said, TODAY, first=1) == (said, None, False)
    info = next_steps._next_step_of.cache_info()
    assert info.maxsize and info.maxsize <= 4096  # bounded
    plain = next_steps._take_next_step_read(list(tokens), TODAY, first=1, krone="NOK")
    assert plain == again


# -- the channel reader: Easter once per year, a long word's typos once per word ---------------


def test_easter_is_the_computus_s_for_every_year_asked() -> None:
    from bot.services import dates

    assert dates._easter.cache_info().maxsize == 64  # bounded
    known = {2024: date(2024, 3, 31), 2025: date(2025, 4, 20), 2026: date(2026, 4, 5),
             2027: date(2027, 3, 28), 2028: date(2028, 4, 16), 2038: date(2038, 4, 25)}  # fmt: skip
    for year, sunday in known.items():
        assert dates._easter(year) == sunday == dates.easter_sunday(year)
        assert dates._easter.__wrapped__(year) == sunday


@pytest.mark.parametrize("word", ["signeert", "propsal", "vunnet", "kontrakten", "møtet", "stengt"])
def test_a_word_s_typos_are_the_scan_s(word: str) -> None:
    from bot.services.capture import signals

    scanned: list[tuple[str, str]] = []
    for name, target in signals._TYPO_TARGETS.get(word[:1], ()):
        if name not in {n for n, _ in scanned} and signals._one_typo(word, target):
            scanned.append((name, target))
    assert signals._typos_of(word) == tuple(scanned) == signals._typos_of(word)
    assert signals._typos_of.cache_info().maxsize == 8192  # bounded


# -- a count is scanned for only beside its companions (times._may_count) ----------------------


def test_every_form_of_a_count_with_a_digit_has_a_companion() -> None:
    """Each form of times._COUNT has a word of COUNT_WORDS, or a digit and one of
    DIGIT_COMPANIONS (read from the compiled pattern: a form added without either fails)."""
    from re import _constants as C  # noqa: N812
    from re import _parser

    from bot.services.commands import times
    from tests.unit.test_reader_cuts26 import _DIGIT, _always_has

    items = _parser.parse(times._COUNT.pattern, times._COUNT.flags)
    [forms] = [av[1] for op, av in items if op is C.BRANCH]
    assert len(forms) >= 5
    # mendA32: the form in words ("tre samtal", "three calls") is the one _may_count searches for
    # itself (times._WORD_COUNT) where a talk's noun is typed: that very form, with its noun
    assert times._COUNT.pattern.endswith(f"|{times._WORD_TALK})(?![\\w-])")
    assert times._COUNT.pattern.startswith("(?<![\\w-])(?:")
    assert times._WORD_COUNT.pattern == f"(?<![\\w-])(?:{times._WORD_TALK})(?![\\w-])"
    assert times._WORD_COUNT.flags == times._COUNT.flags
    in_words = [
        form
        for form in forms
        if not _always_has(form, times.COUNT_WORDS)
        and not (_always_has(form, (_DIGIT,)) and _always_has(form, times.DIGIT_COMPANIONS))
    ]
    assert len(in_words) == 1 and _always_has(in_words[0], times._TALK_COMPANIONS), in_words
    # The proof proves: without "st" or without "x", some form has none.
    for left_out in ("st", "x"):
        fewer = tuple(w for w in times.DIGIT_COMPANIONS if w != left_out)
        assert not all(
            _always_has(form, times.COUNT_WORDS) or _always_has(form, fewer) for form in forms
        )


def test_the_case_folding_is_re_s_for_every_letter_of_the_companions() -> None:
    import re
    import sys

    from bot.services.commands import times

    letters = set("".join(times.DIGIT_COMPANIONS))
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    read_as = set(re.findall(f"[{re.escape(''.join(sorted(letters)))}]", every, re.I))
    odd = {c for c in read_as if c.casefold() not in letters}
    assert odd <= times._CASE_ODD, odd


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Tine 2 ganger i dag", 2), ("Tesco twice today", 2), ("Orkla x3", 3), ("Orkla 3x", 3),
        ("Novo 2 samtaler i dag", 2), ("Volvo 2 st i dag", 2), ("Posten 2× varm", 2),
        ("Tine 2026-12-01", None), ("Tine 300k", None), ("Tine 2 -- 3 ganger", None),
        ("Tİne 2 ganger", 2),
    ],
)  # fmt: skip
def test_counts_read_as_before(text: str, count: int | None) -> None:
    from bot.services.commands import times

    found = times.said_times(text)
    assert (found.count if found else None) == count
    head = len(text.split("--", 1)[0])
    if not times._may_count(text, head):
        assert all(m.end() > head for m in times._COUNT.finditer(text))


# -- an English seller's "1,250k" looked for only where a comma is typed -----------------------


def test_every_english_thousands_form_has_a_comma() -> None:
    from bot.services import commands
    from tests.unit.test_reader_cuts26 import _has_a_word

    assert _has_a_word(commands._ENGLISH_THOUSANDS, (",",))
    assert not _has_a_word(commands._ENGLISH_THOUSANDS, ("k",))  # the proof proves


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("Tesco 1,250k today", "Tesco 1250k today"), ("Tesco 1,250,000k", "Tesco 1250000k"),
        ("Tesco 250k today", "Tesco 250k today"), ("Tesco, Boots 1.5k", "Tesco, Boots 1.5k"),
    ],
)  # fmt: skip
def test_english_thousands_read_as_before(text: str, said: str) -> None:
    from bot.services import commands

    assert commands.as_the_seller_says(text, "en", TODAY) == said
