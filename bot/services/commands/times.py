"""The same talk said N times ("2 ganger", "to gange", "två gånger", "twice", "x2", "2x",
"2 st", "2 calls", "3 møter"): read as a count, never as a name's words and never dropped
(session 20). Shared by the log commands and the channel messages; pure."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from bot.services.dates import (
    DATE_WORDS,
    MONTHS,
    WEEK_NUMBER,
    count_said,
    count_words,
    fold,
    weekday_index,
)

# "2 ggr", Swedish and Norwegian shorthand for "gånger" / "ganger" (session 25)
_TIMES = r"(?:ganger|gange|gånger|gangar|gonger|gongar|gangen|times|ggr)"
_TALKS = (
    r"(?:samtaler|samtalar|samtal|opkald|oppringninger|oppringinger|anrop|telefonsamtaler"
    r"|calls|møter|moter|möten|moten|møder|moder|meetings|besøk|besök|besøg|visits)"
)
# Digits, or a word that dates.count_said reads as a number ("to", "två", "tre", "two").
_NUMBER = r"(?:\d{1,2}|[^\W\d_]+)"
# mendA32. A count in words before a talk's noun ("Ringde Scania idag, tre samtal", "Three calls
# with Boots today", "fem møter"): dates.count_said's words from two to twenty, read as the digits
# before the noun are ("3 samtal"; was one call stored unasked, the count dropped).
_WORDED = count_words(2, 20)
_WORD_TALK = rf"(?P<w>{'|'.join(_WORDED)})\s+{_TALKS}"
# A number word that is another word before these nouns: "went to meetings", "har ni möten?"
# (Swedish "ni", you), never a count.
_NOT_A_COUNT_BEFORE = {"to": ("calls", "meetings", "visits"), "ni": ("möten", "moten")}
_COUNT = re.compile(
    r"(?<![\w-])(?:"
    rf"(?P<n>{_NUMBER})\s+{_TIMES}"
    rf"|(?P<d>\d{{1,2}})(?:\s*{_TALKS}|\s+st\.?(?=\s|$|[,;.!]))"
    r"|(?P<twice>twice|thrice)"
    r"|[x×](?P<xd>\d{1,2})|(?P<dx>\d{1,2})[x×]"
    rf"|{_WORD_TALK}"
    r")(?![\w-])",
    re.IGNORECASE,
)


WEEK_WORDS = _WEEK_WORDS = {
    "uke", "uka", "veke", "uge", "ugen", "vecka", "veckan", "v", "u", "w", "week", "wk"
}  # fmt: skip
# What may follow a talk's count: the day or week it was, or a word that leads to one or to the
# customer ("2 ganger i går", "to gange denne uge", "2 samtaler med Novo"). Anything else makes
# the number a thing's ("vil ha 2 st demoer", "kjøper 2x så mye", "two times the volume").
_LEADS = {
    "i", "pa", "on", "in", "at", "denne", "dette", "forrige", "neste", "denna", "forra", "nasta",
    "sidste", "naeste", "last", "this", "med", "with", "hos", "til", "till", "to", "og", "och",
    "and", "+", "&", "idag", "igar", "igaar", "forgars",
}  # fmt: skip
# How the lead stands, said right after the count ("Posten 2x varm", "Tesco twice, hot").
_TEMPERATURE_AFTER = {"varm", "het", "kald", "kall", "hed", "kold", "warm", "hot", "cold"}
_CLAUSE_END = ",;.!?:)"
# Nobody answered, said right after the count ("Ringte Telenor x2 uten svar", "ringde Volvo 2
# gånger utan svar", "Called Boots 3 times no answer"): the count is the talk's (session 31: an
# unanswered call is asked as a call, each attempt counted).
_NO_ANSWER_AFTER = re.compile(
    r"(?:uten|utan|uden|without|ingen|inget|intet|ikke|inte|no)\s+(?:an?\s+)?"
    # mendD32: "uten å få svar", "utan att få svar", "uden at få svar", "without getting an
    # answer", "uten å nå dem": the count kept before them (was one call)
    r"(?:(?:å|att|at)\s+(?:få|få)\s+|getting\s+(?:an?\s+)?)?"
    r"(?:svar|svare|answer|reply|response)\b"
    r"|(?:uten\s+å|utan\s+att|uden\s+at)\s+(?:nå|nå)\b",
    re.IGNORECASE,
)


# The seller's trying said right before the count ("prøvde 2 ganger", "tried twice", "försökt 3
# gånger", "forsøgt 2 gange"): the count's verb, read with it.
_TRIED_BEFORE = re.compile(
    r"(?<![\w-])(?:prøvde|prøvd|prøvet|prøvede|provde|provd|provet|forsøkte|forsøkt|forsokte"
    r"|forsokt|forsøgte|forsøgt|forsogte|forsogt|försökte|försökt|tried|attempted"
    r"|tried\s+calling|tried\s+to\s+call)\s+$",
    re.IGNORECASE,
)


def _word_before(text: str, start: int) -> str:
    before = text[:start].split()
    return before[-1].lower().rstrip(".") if before else ""


@dataclass(frozen=True)
class Times:
    count: int
    said: str  # as typed, "2 ganger"
    rest: str  # the text without it, its spaces closed


def _ends_its_talk(text: str, end: int) -> bool:
    """The count ends its talk: the text or clause ends, or the day or the customer follows."""
    after = text[end:].lstrip()
    if not after or after[0] in _CLAUSE_END or after.startswith(("-", "–", "—")):
        return True
    if unicodedata.category(after[0]) == "So":
        return True  # session 69: a pictograph ends it ("no answer x2 📵", "ingen svar x2 📵 …")
    if _NO_ANSWER_AFTER.match(after):
        return True
    word = fold(after.split()[0]).strip(_CLAUSE_END)
    if word in _LEADS or word in DATE_WORDS or word in _TEMPERATURE_AFTER:
        return True
    # mendB33: a week by its short form after the count ("Volvo x3 v. 53", "3 gånger v53"):
    # the week the talks were in (was: the count left unread, one talk stored or asked)
    return _A_WEEK_AHEAD.match(fold(after)) is not None


_A_WEEK_AHEAD = re.compile(rf"(?:{WEEK_NUMBER.pattern})(?![\w])")


# Every count _COUNT reads has a digit or one of these words in it (case folded): a head with
# none is read as no count without _COUNT's scan. tests/unit/test_reader_cuts26.py proves every
# form of _COUNT has one, so a form added without its word here fails there.
COUNT_WORDS = ("gang", "gång", "gong", "times", "ggr", "twice", "thrice")
_DIGIT = re.compile(r"\d")
_CASE_ODD = frozenset("\u0130\u0131")  # re's IGNORECASE reads them as "i"; casefold() does not


# reader30. And every form _COUNT reads with a digit and none of COUNT_WORDS has one of these
# beside the digit (a talk's noun, "st", the "x" of "x3" or "3x"): a head whose digits are a
# date or an amount ("Tine 2026-12-01", "Tine 300k") is read as no count without the scan
# (~40 k instructions). tests/unit/test_reader_cuts30.py proves it from _COUNT's forms.
DIGIT_COMPANIONS = (
    "x", "\u00d7", "st", "samtal", "opkald", "oppring", "anrop", "calls", "møte", "mote",
    "möte", "møde", "mode", "meetings", "besøk", "besök", "besøg", "visits",
)  # fmt: skip


# mendA32. The form in words, looked for on its own where a talk's noun is typed (a head with no
# noun has no such count); tests/unit/test_reader_cuts30.py proves _COUNT's word form is this.
_WORD_COUNT = re.compile(rf"(?<![\w-])(?:{_WORD_TALK})(?![\w-])", re.IGNORECASE)
_TALK_COMPANIONS = tuple(w for w in DIGIT_COMPANIONS if w not in ("x", "\u00d7", "st"))
# ack34. Each word list looked for in one scan (in C), not word by word in Python (a generator's
# step each, ~27 a command): any word of the list in the text, the same answer as `any(word in
# folded for word in …)`.
_ANY_COUNT_WORD = re.compile("|".join(map(re.escape, COUNT_WORDS)))
_ANY_DIGIT_COMPANION = re.compile("|".join(map(re.escape, DIGIT_COMPANIONS)))
_ANY_TALK_COMPANION = re.compile("|".join(map(re.escape, _TALK_COMPANIONS)))


def _may_count(text: str, head: int) -> bool:
    """False: _COUNT finds nothing that ends by `head`, known without scanning for it."""
    said = text[:head]
    if not _CASE_ODD.isdisjoint(said):
        return True
    folded = said.casefold()
    if _ANY_COUNT_WORD.search(folded) is not None:
        return True
    if _ANY_DIGIT_COMPANION.search(folded) is None:
        return False
    if _DIGIT.search(text, 0, head) is not None:
        return True
    return _ANY_TALK_COMPANION.search(folded) is not None and _WORD_COUNT.search(said) is not None


def _a_word_of_another_kind(match: re.Match[str]) -> bool:
    """ "went to meetings", "har ni möten": a number word that is another word before its noun."""
    if match["w"] is None:
        return False
    nouns = _NOT_A_COUNT_BEFORE.get(match["w"].casefold(), ())
    return match.group(0).split()[-1].casefold() in nouns


def said_times(text: str) -> Times | None:
    """The count of a talk said in `text`, when it says more than one ("2 ganger", "twice");
    None otherwise (one, or no count). A note after "--" is the seller's own words, never read
    for a count ("Tine varm -- ønsker 2x volum")."""
    head = len(text.split("--", 1)[0])
    if not _may_count(text, head):
        return None
    found = next(
        (
            match
            for match in _COUNT.finditer(text)
            if match.end() <= head
            and (match["n"] is None or count_said(fold(match["n"])) is not None)
            and not _a_word_of_another_kind(match)
            and _word_before(text, match.start()) not in _WEEK_WORDS  # "uke 4x": a week
            and _ends_its_talk(text, match.end())
        ),
        None,
    )
    if found is None:
        return None
    if found["twice"]:
        count = 2 if found["twice"].lower() == "twice" else 3
    else:
        said = found["n"] or found["d"] or found["xd"] or found["dx"] or found["w"]
        count = count_said(fold(said)) or 0
    if count < 2:
        return None
    after = text[found.end() :]
    start = found.start()
    tried = _TRIED_BEFORE.search(text, 0, start)
    if tried is not None:
        # session 69: "/logcall Kiwi idag, prøvde 2 ganger", "Tesco, tried twice, no answer",
        # "Volvo, försökt 3 gånger": the count's own verb, the calls tried (was left unread)
        start = tried.start()
    # "Ringte Orkla 2 ganger uten svar": the count ended the talk's clause; its remark stays one
    # ("Ringte Orkla, uten svar"), never words of the name ("Orkla uten svar")
    joint = ", " if _NO_ANSWER_AFTER.match(after.lstrip()) else " "
    rest = f"{text[:start].rstrip()}{joint}{after.lstrip()}"
    rest = re.sub(r"\s+([,;.!?])", r"\1", re.sub(r"\s{2,}", " ", rest)).strip()
    if start != found.start():
        rest = re.sub(r",(?:\s*,)+", ",", rest).rstrip(" ,")
    return Times(count=count, said=found.group(0), rest=rest)


# mendA32. A talk said some times without a number ("et par ganger", "ett par samtal", "a couple
# of calls", "a few times", "noen ganger", "flere møter"): how many is not said, so it is asked,
# never stored as one unsaid (count_said reads these words as no count: dates.py).
_SOME = (
    r"(?:et|ett|ei|a)\s+par|par|a\s+couple(?:\s+of)?|couple\s+of|a\s+few|noen|nokre|nogle|"
    r"några|flere|flera|several"
)
_VAGUE = re.compile(
    rf"(?<![\w-])(?:{_SOME})\s+(?:{_TIMES}|{_TALKS})(?![\w-])",
    re.IGNORECASE,
)


def vague_times(text: str) -> str | None:
    """The words of a talk's count said without a number ("et par ganger", "a couple of calls"),
    as typed, before any "--" note; None when there are none."""
    head = text.split("--", 1)[0]
    found = _VAGUE.search(head)
    return found.group(0) if found is not None else None


# A count is stored as that many records, each its own row (the KPI counts N, the export shows
# N rows); above this many it is asked first (a slip, "x12" meant for a price, is likelier).
MOST_TIMES_UNASKED = 5
# What one log stores at most: more of one talk with one customer is asked as one, its words
# the note (session 21).
MOST_TIMES = 20

_A_WEEK = {
    "uke", "uka", "uken", "veke", "veka", "vecka", "veckan", "uge", "ugen", "week",
}  # fmt: skip


def _a_weekday(day: date) -> bool:
    """Every weekday worked: where kpibot knows no holidays of the seller's place."""
    return day.weekday() < 5


def days_of_the_week_said(
    rest: str, when: date, today: date, worked: Callable[[date], bool] = _a_weekday
) -> tuple[date, ...]:
    """A count said with a week and no day of it ("3 møter forrige uke", "to ganger denne uka",
    "x3 uke 47"): the talks may have been on several days, and the week reads as its Monday.
    The days a button may put them on: the week's first and last days `worked` where the seller
    works (figures33: "x3 uke 53" offered New Year's Day, "x2 week 53" England's Boxing Day
    observed) up to today. () when a day was said (or the week has had one such day so far)."""
    words = [fold(word).strip(",.;:!?") for word in rest.split()]
    weekly = any(word in _A_WEEK for word in words) or WEEK_NUMBER.search(fold(rest))
    if not weekly or when.weekday() != 0 or any(weekday_index(w) is not None for w in words):
        return ()
    days = [
        day
        for day in _days(when, min(when + timedelta(days=4), today))
        if day.weekday() < 5 and worked(day)
    ]
    return (days[0], days[-1]) if len(days) > 1 else ()


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


# A weekend or a month said with a count and no day of it ("2 ganger i helgen", "3 møter denne
# måneden"): read as its first day, all N were stored there unasked (session 21). Folded.
_WEEKEND = {
    "helg", "helga", "helgen", "helgi", "helgene", "weekend", "weekenden", "weekends",
}  # fmt: skip
_A_MONTH = {
    "maned", "maneden", "mnd", "manad", "manaden", "maaned", "maaneden", "month",
}  # fmt: skip


def days_of_the_span_said(
    rest: str, when: date, today: date, worked: Callable[[date], bool] = _a_weekday
) -> tuple[tuple[date, ...], str]:
    """A count said with a weekend or a month and no day of it ("2 ganger i helgen", "x3
    forrige måned", "3 møter i november"): the days a button may put them on (the weekend's
    Saturday and Sunday, the month's first and last days `worked`, up to today) and the span's
    words as typed; ((), "") when a day was said or the span has had one day so far."""
    typed = rest.split()
    words = [fold(word).strip(",.;:!?") for word in typed]
    if any(weekday_index(w) is not None or any(c.isdigit() for c in w) for w in words):
        return (), ""
    at = next((i for i, w in enumerate(words) if w in _WEEKEND), None)
    if at is not None and when.weekday() == 5:
        days = (when, when + timedelta(days=1)) if when + timedelta(days=1) <= today else ()
        return days, " ".join(typed[max(0, at - 1) : at + 1])
    at = next((i for i, w in enumerate(words) if w in _A_MONTH or w in MONTHS), None)
    if at is None or when.day != 1:
        return (), ""
    month_end = (when.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    days = [day for day in _days(when, min(month_end, today)) if day.weekday() < 5 and worked(day)]
    return ((days[0], days[-1]) if len(days) > 1 else ()), " ".join(typed[max(0, at - 1) : at + 1])
