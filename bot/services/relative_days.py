"""A day told from another day said in the same text: "dagen etter", "dagen därpå", "the day
after", "to dager senere", "samme dag", "ugen efter" (channel messages and log commands read it
from the date written before it)."""

from __future__ import annotations

import re

from bot.services.dates import fold

_DAYS = r"(?:dager|dage|dagar|days|d)"
_LATER = r"(?:senere|senare|later|etter|efter|efteråt|etterpå|efterpå|after)"
_COUNTS = {
    "en": 1, "ein": 1, "et": 1, "one": 1, "to": 2, "två": 2, "tva": 2, "two": 2, "tre": 3,
    "three": 3, "fire": 4, "fyra": 4, "four": 4, "fem": 5, "five": 5,
}  # fmt: skip
RELATIVE = re.compile(
    r"(?<!\w)(?:"
    r"(?P<next>dagen\s+(?:etter|efter|etterpå|efterpå|efteråt|därpå|darpa|derpå|derpa|deretter|"
    r"derefter|after)(?:\s+det)?|the\s+(?:next|following)\s+day|"
    r"the\s+day\s+after(?:wards)?(?!\s+tomorrow)|"
    r"(?:neste|næste|nästa|naeste|nasta)\s+dag(?:en)?)"
    r"|(?P<same>(?:samme|samma|same|that\s+same)\s+dag(?:en)?|(?:the\s+)?same\s+day)"
    r"|(?P<week>(?:uka|uken|ugen|veckan|the\s+week)\s+(?:etter|efter|after)"
    # "uka etter pinse", "veckan efter påsk": the week after a holiday (dates), not a day's
    r"(?!\s+(?:pinse|pinsen|pingst|pingsten|påske|påsken|påska|påsk|paske|pask|easter|whitsun))|"
    r"(?:en|ei|ett|a|one)\s+(?:uke|uge|vecka|week)\s+(?:senere|senare|later))"
    r"|(?P<count>[0-9]|en|ein|et|one|to|två|tva|two|tre|three|fire|fyra|four|fem|five)\s+"
    rf"{_DAYS}\s+{_LATER}"
    r")(?!\w)",
    re.IGNORECASE,
)


def offset(match: re.Match[str]) -> int:
    """Days after the date it is told from."""
    if match.group("next"):
        return 1
    if match.group("same"):
        return 0
    if match.group("week"):
        return 7
    word = fold(match.group("count"))
    return int(word) if word.isdigit() else _COUNTS[word]


# Every form RELATIVE reads has one of these words in it (case folded): a text with none of them
# is told nothing without RELATIVE's scan (an IGNORECASE pattern is tried at every position of
# the text, the note's too). tests/unit/test_reader_cuts26.py proves every form of RELATIVE has
# one, so a form added without its word here fails there.
TOLD_WORDS = ("dag", "day", "etter", "efter", "after", "senere", "senare", "later")
# What re's IGNORECASE reads as an "i" though casefold() does not fold it to one.
CASE_ODD = frozenset("\u0130\u0131")
# ack34: TOLD_WORDS looked for in one scan (in C), the same answer as word by word
_ANY_TOLD = re.compile("|".join(map(re.escape, TOLD_WORDS)))


def may_tell(text: str) -> bool:
    """False: RELATIVE finds nothing in `text`, known without scanning it."""
    if not CASE_ODD.isdisjoint(text):
        return True
    folded = text.casefold()
    return _ANY_TOLD.search(folded) is not None
