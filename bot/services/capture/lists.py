"""Several records written on one line ("Forrige uke: man møte med Aker BP, ons tilbud til
Equinor på 300k, fre demo hos Kiwi", "Idag: møde med Novo, opkald til Maersk"), and days told
from another day in the same message ("møte med DNB mandag, sendte tilbud dagen etter").

A list is only read as one when at least two of its items are records on their own (a cue and a
customer each) that differ; otherwise the message is read whole, as before. A weekday that opens
an item (or stands in brackets in it) is that item's day, in the week a heading names
("Forrige uke:", "v. 49:"), else the latest such day before today. A day told from another
("dagen etter", "the day after", "to dager senere", "samme dag") is read from the last date
written before it; with none, the record is asked about, never dated by a guess."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from bot.services import relative_days
from bot.services.capture import signals
from bot.services.dates import fold, weekday_index

_EITHER_WEEK = {"eller", "or", "el", "el.", "elr", "alt", "alt."}


@dataclass(frozen=True)
class Anchored:
    text: str
    unanchored: bool  # a day told from another that the message does not state: ask


def anchor_days(text: str, today: date) -> Anchored:
    """The text with each day told from another written as that day ("1/12"), read from the
    last date written before it; `unanchored` when one has no date before it."""
    out: list[str] = []
    last = 0
    unanchored = False
    for match in relative_days.RELATIVE.finditer(text):
        before = text[: match.start()]
        tokens = signals.tokenise(signals.clean(before))
        if match.group("week") and tokens and tokens[-1].folded in _EITHER_WEEK:
            # mendE34. "følger opp neste uke eller uka etter": the week after the one said
            # before the or-word, one of two (judge._one_of_two_days asks with both weeks)
            continue
        found = [d for d in signals.dates(tokens, today, ()) if not d.week]
        if not found:
            unanchored = True
            continue
        day = found[-1].day + timedelta(days=relative_days.offset(match))
        out.append(text[last : match.start()])
        out.append(f"{day.day}/{day.month}")
        last = match.end()
    out.append(text[last:])
    told = "".join(out)
    if "fter" in told or "etterp" in told or "eftera" in told or "efteråt" in told:
        told = _afterwards_dated(told, today)
    return Anchored(told, unanchored)


# Session 52. "Afterwards" of a talk told in the past, a date written before it: that day ("Sendte
# tilbud til Wallenius Wilhelmsen i går, USD 85,000. Snakket også kort med Kongsberg Maritime på
# tlf etterpå": the call was dated today). With no date before, or said of a plan, as typed.
_AFTERWARDS = re.compile(
    r"(?i)(?<!\w)(?:rett\s+|right\s+|direkt\s+|straks\s+)?"
    r"(?:etterpå|efterpå|efteråt|bagefter|afterwards|afterward)(?!\w)"
)
_TOLD_DONE = re.compile(
    r"(?i)\b(?:snakket|snakkede|snakka|pratet|pratade|talte|talade|talked|spoke|chatted|ringte|"
    r"ringde|ringede|called|rang|phoned|møtte|mødte|träffade|met|sendte|skickade|sent|sendt|"
    r"skickat|hadde|hade|havde|had|var|was|fikk|fick|fik|got)\b"
)


def _afterwards_dated(text: str, today: date) -> str:
    found = _AFTERWARDS.search(text)
    if found is None:
        return text
    start = max(text.rfind(mark, 0, found.start()) for mark in (". ", "! ", "? ", "\n", ", "))
    if not _TOLD_DONE.search(text[start + 1 : found.start()]):
        return text
    tokens = signals.tokenise(signals.clean(text[: max(start, 0)]))
    days = [d for d in signals.dates(tokens, today, ()) if not d.week]
    if not days or days[-1].day >= today:
        return text
    day = days[-1].day
    return f"{text[: found.start()]}{day.day}/{day.month}{text[found.end() :]}"


# -- a list on one line ---------------------------------------------------------------------------
_SEPARATOR = re.compile(
    r"\s*(?:\n+|;|,(?=\s)|\s\+\s|\s/\s)\s*"
    r"|\s+(?:og\s+så|og\s+sa|og\s+derefter|og\s+deretter|og\s+etterpå|og\s+efterpå|"
    r"och\s+sen|och\s+sedan|och\s+så|and\s+then|then|sen|sedan|derefter|deretter)\s+",
    re.IGNORECASE,
)
_AND = re.compile(r"\s+(?:og|och|and|&)\s+", re.IGNORECASE)
_COLON = re.compile(r"(?<![0-9]):(?![0-9])|(?<=[0-9]):(?=\s)")  # "Uke 52: …", not "10:30"
_ASIDE = re.compile(r"\([^()]*\)")


def joined(text: str) -> bool:
    """The text has an "og", "och", "and" or "&" between words (maybe two items joined)."""
    return _AND.search(text) is not None


@dataclass(frozen=True)
class Item:
    text: str  # without a weekday that opened it
    weekday: int | None  # Monday 0 … Sunday 6: the item's own day, by its weekday
    typed: str = ""  # the item as written, its weekday too (mendA29)


def inline_list(text: str) -> tuple[str, list[Item]]:
    """The heading (before a colon among the first words, or "") and the items of a message
    written as a list on one line or a few; ("", []) when it has fewer than two items."""
    text = days_in_sentences(text)
    heading, body = "", text
    colon = _COLON.search(text)
    if (
        colon is not None
        # "Status for juli (arbejdede hele sommeren ☀️):": an aside in brackets is no length
        and len(_ASIDE.sub(" ", text[: colon.start()]).split()) <= 6
        and "\n" not in text[: colon.start()]
    ):
        heading, body = text[: colon.start()].strip(), text[colon.end() :]
        dashed = _DAY_AFTER_A_DASH.fullmatch(heading)
        if (
            dashed is not None
            and _a_day_word(dashed["day"])
            and weekday_index(dashed["day"]) is not None
        ):
            # heldmsg31. "Ugen indtil nu – Man: møde Netcompany. Tirs: …": the heading is the
            # week, the weekday after its dash the first item's (was: the heading's, Monday's
            # item with no day of its own)
            heading, body = dashed["heading"].strip(), f"{dashed['day']}: {body.lstrip()}"
    parts = _bracketed_whole([p for p in _SEPARATOR.split(body) if p and p.strip()])
    parts = _amounts_joined(parts)
    if len(parts) < 2:
        parts = [p for p in _AND.split(body) if p and p.strip()]
    if len(parts) < 2:
        return "", []
    parts = [_THEN_FIRST.sub("", p.strip()) or p.strip() for p in parts]
    items = [replace(_item(p.strip()), typed=p.strip()) for p in parts]
    return heading, _names_as_days(items)


# lead37: an item opened by "then" after its comma ("…, sen tel med Oatly kl 11, sen lunch")
_THEN_FIRST = re.compile(
    r"^(?:og\s+så|og\s+sa|and\s+then|och\s+sen|och\s+sedan|och\s+så|så|sen|sedan|then|"
    r"derefter|deretter|etterpå|efterpå|efteråt|afterwards)\s+(?=\S)",
    re.IGNORECASE,
)


_DAY_AFTER_A_DASH = re.compile(r"(?P<heading>.*\S)\s+[-–—]\s+(?P<day>[^\W\d_]{2,9}\.?)")

# heldmsg31. A day heading in a message, its weekday (or a run of them, "Thu/Fri") opening a
# line or a sentence, maybe "(today)" after it, then a colon or a dash: "Ons (i dag): møte …",
# "tis – ringde Axfood", "Thu/Fri: admin"
_DAY_HEADING = re.compile(
    r"(?:^|(?<=[\s.!;,]))\s*(?:[•·▪◦‣*\-\u2013]\s+)?"
    r"(?P<days>[^\W\d_]{2,9}\.?(?:\s*[/&+]\s*[^\W\d_]{2,9}\.?)*)"
    r"\s*(?:\([^()]{1,12}\))?\s*(?::(?!\d)|\s[-–—]\s)",
)


def day_headings(text: str) -> list[int]:
    """heldmsg31. The weekdays a message tells its news by, each opening a line or a sentence
    as a heading ("Tirs: ringte Hafslund ✅", "ons – möte Axfood idag", "Wed (today): …",
    "Thu/Fri: admin"), in the order written; [] for none."""
    out: list[int] = []
    for heading in _DAY_HEADING.finditer(text):
        words = re.split(r"\s*[/&+]\s*", heading["days"])
        days = [weekday_index(w.rstrip(".")) for w in words]
        if all(d is not None for d in days) and all(_a_day_word(w) for w in words):
            out += [d for d in days if d is not None]
    return out


# heldmsg30. An amount alone after a comma ("… and a quote to Tesco, £85k"): the item before
# it's, no item of its own
# an amount as typed: its sign or "kr" first, the figures, a unit after them
_AN_AMOUNT = (
    r"\s*(?:[£€$]\s*|kr\.?\s*)?\d[\d.,' ]*(?:k|m|mill|mio|mkr|tkr|t\.kr|kr|sek|nok|dkk|msek|"
    r"mnok|gbp|eur)?\.?"
)
_AMOUNT_ALONE = re.compile(rf"{_AN_AMOUNT}(?:\s*[^\w\s(),;:]+)*\s*", re.IGNORECASE)


def _amounts_joined(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        if out and _AMOUNT_ALONE.fullmatch(part):
            out[-1] = f"{out[-1]}, {part}"
            continue
        ended = _AN_AMOUNT_ENDING_ITS_SENTENCE.match(part) if out else None
        if ended is not None:
            # session 55: "Sendt tilbud til Carlsberg i forgårs, 2,3 mio. kr. Og ringede til Arla
            # bagefter": the amount ends the item before's sentence (was the call's, the offer
            # left with none)
            out[-1] = f"{out[-1]}, {ended[0].strip()}"
            part = part[ended.end() :]
        out.append(part)
    return out


_AN_AMOUNT_ENDING_ITS_SENTENCE = re.compile(
    rf"{_AN_AMOUNT}(?:\s*(?:kr|sek|nok|dkk|eur|,-))?[.!](?=\s+[A-ZÆØÅÄÖ])", re.IGNORECASE
)


# mendA29. Words of a sentence after "Man" (one) or "Tor" (a person): "Man kan …", "Tor og
# jeg møtte …", "Tor sa …"
_AFTER_ONE = {
    "kan", "ma", "skal", "bor", "har", "ska", "maste", "kunne", "skulle", "vil", "vill", "og",
    "och", "and", "sa", "sier", "sagde", "siger", "sade", "sager", "er", "var", "ar", "fra", "fran",
}  # fmt: skip


def _names_as_days(items: list[Item]) -> list[Item]:
    """mendA29. "Forrige uke: Man møte Tine, Tor vant Kiwi 450'", "Tor ✅ vant Kiwi, Fre ✅ møte
    Bama": in a list whose items open with weekdays, a capitalised "Man", "Tor", "Son" opening
    an item is the day too (was: a name, the item dated by the one before it or dropped); "Tor
    Hansen ringte …", a name after it, stays a person."""
    days: list[int | None] = []
    for item in items:
        words = item.text.split(maxsplit=2)
        day = None
        if item.weekday is None and len(words) > 1:
            first = fold(words[0].rstrip(":.,"))
            after = words[1]
            if (
                first in _NAMES_TOO
                and (after in _DAY_MARKS or after[:1].islower() or after.startswith("✅"))
                and fold(after) not in _AFTER_ONE
            ):
                day = 3 if first == "tor" else weekday_index(first)
        days.append(day)
    if all(d is None for d in days):
        return items
    if sum(d is not None for d in days) + sum(i.weekday is not None for i in items) < 2:
        return items
    out = []
    for item, day in zip(items, days, strict=True):
        if day is None:
            out.append(item)
            continue
        rest = item.text.split(maxsplit=1)[1]
        out.append(Item(rest, day, item.typed))
    return out


_DAY_OPENS = re.compile(r"(?<=[.!])[ \t]+(?=([^\W\d_]{3,9})\.?:\s)")


def days_in_sentences(text: str) -> str:
    """ "Mandag: møte Tine. Tirsdag: tilbud Orkla 200k. Onsdag: ringte Kiwi": sentences each
    opened by a weekday and a colon are the lines of a list written on one line, each its day's
    (as the same written a line a day is), never one whole dated today."""
    return _DAY_OPENS.sub(
        lambda m: (
            "\n" if _a_day_word(m.group(1)) and weekday_index(m.group(1)) is not None else m[0]
        ),
        text,
    )


def _bracketed_whole(parts: list[str]) -> list[str]:
    """ "3 møder denne uge (Carlsberg, Arla, Danfoss), 1 tilbud …": what a bracket holds stays
    with the item it is in, never items of their own."""
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1].count("(") > joined[-1].count(")"):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return joined


_BRACKETED = re.compile(r"\(\s*([^\W\d_]{2,9}\.?)\s*\)")


def _item(part: str) -> Item:
    """ "man møte med Aker BP": Monday's; "möte Kesko Oy (tis)": Tuesday's."""
    part = re.sub(r"^(?:og|och|and|&)\s+", "", part, flags=re.IGNORECASE)
    words = part.split(maxsplit=1)
    if len(words) == 2:
        first = words[0].rstrip(":.,")
        ticked = words[1].startswith(_DAY_MARKS[4:])  # heldmsg29. "Man ✅ møde Royal Unibrew"
        day = weekday_index(first) if _a_day_word(first) or ticked else None
        if day is None and first == "tor":
            day = 3  # "Sidste uge: tir møde Vestas, tor tilbud Falck": a Dane's Thursday
        if day is not None:
            return Item(words[1], day)
    bracketed = _BRACKETED.search(part)
    day = bracketed_weekday(part) if bracketed is not None else None
    if bracketed is not None and day is not None:
        return Item((part[: bracketed.start()] + part[bracketed.end() :]).strip(), day)
    return Item(part, None)


def bracketed_weekday(line: str) -> int | None:
    """heldmsg29. The weekday a line of a list gives in brackets ("• møte med Storebrand (tors),
    lunken", "- möte Ikea (mån) 🔥", "• quote to Lloyds £540k (Mon)"): that line's day. Session
    52: its two letters too, in brackets only ("(ma)", "(ti)", "(fr)")."""
    bracketed = _BRACKETED.search(line)
    if bracketed is None:
        return None
    two = _TWO_LETTER_DAYS.get(fold(bracketed.group(1)).rstrip("."))
    if two is not None:
        return two
    if not _a_day_word(bracketed.group(1)):
        return None
    return weekday_index(bracketed.group(1))


# The weekdays in two letters, as a Norwegian, Swede or Dane writes them short in brackets
_TWO_LETTER_DAYS = {"ma": 0, "ti": 1, "on": 2, "to": 3, "fr": 4, "lo": 5, "so": 6}


def opening_weekday(line: str) -> int | None:
    """The weekday a line of a list opens with, then a dash or a colon ("Tir - tlf Orkla", "Man:
    møte Tine", "ons tilbud Elkjøp"): capitalised "Man", "Tor" only so, as they are names too.
    (An item of a list on one line, `_item`, reads its weekday as a day word only.)"""
    words = line.split()
    if not words:
        return None
    first = words[0].rstrip(":,")
    weekday = weekday_index(first.rstrip("."))
    if weekday is None:
        return None
    # heldmsg29: or a tick ("Man ✅ møde Royal Unibrew", a line of a week told done)
    marked = words[0].endswith((":", ",")) or (len(words) > 1 and words[1] in _DAY_MARKS)
    return weekday if marked or _a_day_word(first) else None


_DAY_MARKS = ("-", "–", "—", ":", "✅", "✔", "✔️", "☑️")


def _a_day_word(word: str) -> bool:
    """A weekday's word, not a name that may read as one ("Man", "Tor" are people too: only
    lower case or a day said whole, or an English short form)."""
    folded = fold(word.rstrip("."))
    if len(folded) < 3:
        return False
    return word[:1].islower() or folded not in _NAMES_TOO


_NAMES_TOO = {"man", "tor", "son"}  # "Man kan …", "Tor ringte": a word or a name, capitalised


def day_of(weekday: int, today: date, week: date | None) -> date:
    """The item's day: in the week named (its Monday given), else the latest such day before
    today (today's own weekday is a week ago, as a bare past weekday reads)."""
    if week is not None:
        return week + timedelta(days=weekday)
    back = (today.weekday() - weekday) % 7 or 7
    return today - timedelta(days=back)


# heldmsg30: the full stop of an amount's short word ("1,1 mio. kr ✅", "ca. 300k") ends no
# sentence
_SENTENCES = re.compile(
    r"(?<!\bmio)(?<!\bmill)(?<!\bmilj)(?<!\bkr)(?<!\bca)(?<!\bmd)(?<!\bmnd)(?<!\bmdr)"
    r"[.!?]\s+\S+\s+\S+",
    re.IGNORECASE,
)


def prose(item: str) -> bool:
    """An item that goes on into sentences of its own: a story, not an item of a list."""
    return _SENTENCES.search(item) is not None


# -- days said in a run ---------------------------------------------------------------------------
# Session 26 (days26). "called Tesco Mon, Wed and Thu", "ringte Tine må, on og fr", "Mon/Wed":
# a run of weekdays joined by commas, slashes and a last og / och / and, written out whole in
# the message's language so each reads as a day ("Wed" as a customer was the fault), one rule
# for all languages.
_RUN_WORD = re.compile(r"[^\W\d_]{2,9}\.?")
_RUN_JOIN = re.compile(r"\s*(?:,|/|\+|&)\s*(?:(?:og|och|and|o)\s+)?|\s+(?:og|och|and|o|&)\s+", re.I)
_TWO_LETTER_DAYS = {"ma": 0, "ti": 1, "on": 2, "to": 3, "fr": 4, "lo": 5, "so": 6}
_FULL_DAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "sv": ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"),
    "nb": ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
}
_ENGLISH_DAYS = {"mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun"}


@dataclass(frozen=True)
class DayRuns:
    text: str
    said: dict[str, str]  # each run as written out -> as typed


def spelled_day_runs(text: str, *, either: bool = False) -> DayRuns:
    """The text with each run of two or more weekdays written out whole ("Mon, Wed and Thu" ->
    "Monday, Wednesday and Thursday"), and what each run was as typed. `either` (left33): two
    days joined by a slash alone ("Fri/Mon", "tor/fre") written with an or-word, "Friday or
    Monday" (the reading of a step or a booking on one of them)."""
    out: list[str] = []
    said: dict[str, str] = {}
    last = 0
    at = 0
    while True:
        first = _RUN_WORD.search(text, at)
        if first is None:
            break
        words = [first]
        joins: list[re.Match[str]] = []
        end = first.end()
        while True:
            join = _RUN_JOIN.match(text, end)
            if join is None:
                break
            word = _RUN_WORD.match(text, join.end())
            if word is None or _weekday_of(word.group()) is None:
                break
            joins.append(join)
            words.append(word)
            end = word.end()
        if len(words) < 2 or _weekday_of(first.group()) is None or not _a_run(words, joins):
            at = first.end()
            continue
        if first.start() > 0 and text[first.start() - 1] in ":-–" or text[end : end + 1] == ":":
            at = end  # "Mon: …, Tue: …": headings, not a run
            continue
        language = _language_of(words, joins)
        names = _FULL_DAYS[language]
        spelled = [names[_weekday_of(w.group()) or 0] for w in words]
        parts = [spelled[0]]
        for i, join in enumerate(joins):
            typed = join.group()
            if "/" in typed and either and len(joins) == 1 and typed.strip() == "/":
                typed = " or " if language == "en" else " eller "
            elif "/" in typed:
                typed = " and " if language == "en" else (" och " if language == "sv" else " og ")
                typed = typed if i == len(joins) - 1 else ", "
            parts += [typed, spelled[i + 1]]
        written = "".join(parts)
        out.append(text[last : first.start()])
        out.append(written)
        said[written] = text[first.start() : end]
        last = at = end
    out.append(text[last:])
    return DayRuns("".join(out), said)


def _weekday_of(word: str) -> int | None:
    if word.rstrip(".") == "tor":
        return 3  # left33: "tor/fre", "man og tor": Thursday in a run (written small: no Tor)
    found = weekday_index(word)
    folded = fold(word.rstrip("."))
    return (
        found if found is not None else _TWO_LETTER_DAYS.get(folded) if len(folded) == 2 else None
    )


def _a_run(words: list[re.Match[str]], joins: list[re.Match[str]]) -> bool:
    """Days, not words: two-letter forms ("on", "to") only in a run of three or with a comma."""
    if any(len(fold(w.group().rstrip("."))) == 2 for w in words):
        return len(words) > 2 or any("," in j.group() or "/" in j.group() for j in joins)
    return True


def _language_of(words: list[re.Match[str]], joins: list[re.Match[str]]) -> str:
    joined = " ".join(j.group().lower() for j in joins)
    folded = [fold(w.group().rstrip(".")) for w in words]
    if "and" in joined.split() or "&" in joined or any(f in _ENGLISH_DAYS for f in folded):
        return "en"
    if "och" in joined.split() or any(
        w.group().lower().startswith(("mån", "tis", "lör", "sön")) for w in words
    ):
        return "sv"
    return "nb"
