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
    " -- i går", ", varm", " 🔥", " :fire:", " *i går*", " varm", " warm -- ok", " het 🔥",
    " lunken neste møte fredag", " kald, ring tilbake 5/1", " hot i går", " varm og Kiwi",
    " varm – og DNB i fredags, kald", " varm (og Statoil Fuel)", " ikke varm", " varm 30 min",
    " kl 14 varm", " varm.", " cold!", " :fire: :fire:", " ❄️ 🔥", " tepid, next meeting",
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
    """The reading with the shortcuts equals the whole reader's (both shortcuts are taken only
    for a kind of `commands._TALKS`: none without); whether a shortcut read it."""
    taken: list[Any] = []
    shortcut = commands._nothing_unread

    def counted(*a: Any, **k: Any) -> Any:
        taken.append(a)
        return shortcut(*a, **k)

    monkeypatch.setattr(commands, "_nothing_unread", counted)
    quick = _reading(kind, text, **kw)
    monkeypatch.setattr(commands, "_nothing_unread", shortcut)
    monkeypatch.setattr(commands, "_TALKS", ())
    whole = _reading(kind, text, **kw)
    monkeypatch.undo()
    assert quick == whole, (kind, text, kw)
    return bool(taken)


def test_a_known_name_alone_reads_as_the_whole_reader_does(monkeypatch: pytest.MonkeyPatch) -> None:
    """Steps 1 and 3: parse_log_command reads a meeting's or a call's head that is a known
    customer's name whole, with no step taken from it, without its option reader
    (_the_name_alone), and a known customer's meeting or call with nothing unread and nothing
    read but a temperature without the rules after the reader (_nothing_unread): every name
    above, with every tail above (a note, an aside, a second customer, a mark, a day, a
    temperature, a step), a meeting, a call or a win (taken in turn with each language) on two
    days, known alone or beside DNB, reads exactly as the whole reader reads it (or is refused
    the same way)."""
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


# -- step 2: word lists looked for in one scan ---------------------------------------------------
def _fuzzed_texts() -> list[str]:
    """Texts with and without each listed word, in its case, folded, cut short, glued to others."""
    from bot.services import amounts, relative_days
    from bot.services.commands import times

    words = [
        *times.COUNT_WORDS, *times.DIGIT_COMPANIONS, *relative_days.TOLD_WORDS,
        *amounts._OTHER_SIGNS, "Acme", "bench", "#7", "2", "ganger", "i dag", "dagen", "ææ",
    ]  # fmt: skip
    texts = ["", " ", "Acme", "Acme -- bench x #7", "Tİne 2 ganger", "Orkla ı"]
    for i, word in enumerate(words):
        other = words[(i * 7 + 3) % len(words)]
        texts += [
            word, word.upper(), word[:-1], f"Tine {word}", f"{other}{word}{other}",
            f"x{word[1:]}", f"Tine 2 {word} -- {other}", f"{word[:1]} {word[1:]}",
        ]  # fmt: skip
    return texts


def test_each_word_list_is_found_in_one_scan_as_word_by_word() -> None:
    """times._may_count, relative_days.may_tell and amounts.other_currency look for their word
    lists with one compiled alternation each: found exactly where a word of the list is in the
    text (the answer `any(word in text for word in words)` gave)."""
    from bot.services import amounts, relative_days
    from bot.services.commands import times

    pairs = [
        (times._ANY_COUNT_WORD, times.COUNT_WORDS),
        (times._ANY_DIGIT_COMPANION, times.DIGIT_COMPANIONS),
        (times._ANY_TALK_COMPANION, times._TALK_COMPANIONS),
        (relative_days._ANY_TOLD, relative_days.TOLD_WORDS),
        (amounts._ANY_OTHER_SIGN, amounts._OTHER_SIGNS),
    ]
    for text in _fuzzed_texts():
        for folded in (text, text.casefold()):
            for pattern, words in pairs:
                assert (pattern.search(folded) is not None) == any(w in folded for w in words)
            assert amounts.other_currency(folded) == next(
                (s for s in amounts._OTHER_SIGNS if s in folded.strip(".,;:!?()")),
                folded.strip(".,;:!?()") if folded.strip(".,;:!?()") in amounts.OTHER_CURRENCIES
                else None,
            )  # fmt: skip


def test_the_gates_run_no_generator_and_no_note_is_glued_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The cut itself: the count's, the relative day's and the other currency's gates make no
    generator frame (each word of their lists was a generator's step in Python: ~27 a served
    command), and a note with no marked period is not walked word by word (glued_back), while
    one with a mark still is."""
    import sys

    from bot.services import relative_days
    from bot.services.amounts import other_currency
    from bot.services.commands import periods, times

    frames: list[str] = []

    def seen(frame: Any, event: str, _arg: Any) -> None:
        if event == "call" and frame.f_code.co_name == "<genexpr>":
            frames.append(frame.f_code.co_filename)

    sys.setprofile(seen)
    try:
        times._may_count("Acme warm -- bench x #7", len("Acme warm "))
        relative_days.may_tell("Acme warm -- bench x #7")
        other_currency("Acme")
    finally:
        sys.setprofile(None)
    assert frames == []
    glued: list[Any] = []
    real = periods.glued_back
    monkeypatch.setattr(periods, "glued_back", lambda *a: glued.append(a) or real(*a))
    assert periods.without_marks("bench  x #7") == "bench x #7"
    assert glued == []
    marked = f"300k {periods.GLUED}300k{periods.GLUED}/år"
    assert periods.without_marks(marked) == " ".join(real(marked.split()))
    assert len(glued) == 1


# -- step 4: an ordinal talk looked for only beside a talk's noun --------------------------------
def test_every_ordinal_talk_form_has_a_talk_noun_stem() -> None:
    """Each noun _ORDINAL_TALK reads after an ordinal (its alternation, read from the compiled
    pattern, its optional letters left out) has one of text._TALK_NOUN_STEMS in it, case
    folded; and re's IGNORECASE reads no letter of the stems as one casefold() does not fold to
    it but text._CASE_ODD's (so a text without a stem has no such form)."""
    import re
    import sys

    from bot.services.commands import text

    pattern = text._ORDINAL_TALK.pattern
    nouns = re.search(r"\\s\+\(\?:(.*)\)\(\?!", pattern, re.DOTALL)
    assert nouns is not None
    forms = [re.sub(r".\?", "", form) for form in nouns[1].split("|")]
    assert len(forms) > 10
    for form in forms:
        assert any(stem in form.casefold() for stem in text._TALK_NOUN_STEMS), form
    letters = set("".join(text._TALK_NOUN_STEMS))
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    read_as = set(re.findall(f"[{re.escape(''.join(sorted(letters)))}]", every, re.I))
    odd = {c for c in read_as if c.casefold() not in letters}
    assert odd <= text._CASE_ODD, odd


def test_an_ordinal_talk_is_read_as_before_and_not_scanned_for_without_a_noun(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The ordinal talk moved to the note exactly as the scan without the gate moves it, for
    the corpora's texts and a few of each shape; and a text with no talk's noun ("Acme --
    bench #7") is not scanned (the cut)."""
    import re

    from bot.services.commands import text as prepared

    texts = [str(row["text"]) for _file, row in _corpus_rows()] + [
        "Sainsbury's warm -- 2nd meeting", "Orkla andre møte i dag", "Tine 3. samtale",
        "Volvo TREDJE MÖTET", "Tİne andre møte", "Acme 2nd Call, hot", "Novo 16. møde",
        "Orkla November 18th møte", "Acme -- bench #7", "Kiwi første runde", "Posten 2nd ROUND",
    ]  # fmt: skip
    gated = [prepared._ordinal_talk_as_note(t) for t in texts]
    monkeypatch.setattr(prepared, "_ANY_TALK_NOUN", re.compile(""))  # never skips: the scan
    assert gated == [prepared._ordinal_talk_as_note(t) for t in texts]
    assert sum(g != t for g, t in zip(gated, texts, strict=True)) >= 5
    monkeypatch.undo()

    class NoScan:
        def finditer(self, *a: Any) -> Any:
            raise AssertionError("scanned for an ordinal talk")

    monkeypatch.setattr(prepared, "_ORDINAL_TALK", NoScan())
    assert prepared._ordinal_talk_as_note("Acme warm -- bench x #7") == "Acme warm -- bench x #7"
    with pytest.raises(AssertionError, match="scanned"):
        prepared._ordinal_talk_as_note("Acme -- 2nd meeting")
