"""Session 65. A talk booked by what it is, with its day ("called Tesco, booked a tasting for
Wednesday", "ringte Tine, booket smaksprøve onsdag", "spoke to Friday Street Foods, booked a
tasting for Wed"): the lead's next step on that day, what it is kept in brackets ("booked a
meeting for Wednesday (tasting)"). Was: the call dated the Wednesday gone, the words asked. The
readers know a talk booked by its noun (a meeting, a demo, a visit); a booking of anything else
with a day ahead is one too. For the slash commands' reader and the channel messages' alike."""

from __future__ import annotations

import re

from bot.services.dates import DATE_WORDS, WEEKDAYS, fold

# The booking's verb, and the talk's noun in its language
_VERBS = {
    "booked": "meeting", "scheduled": "meeting", "arranged": "meeting", "organised": "meeting",
    "organized": "meeting", "set up": "meeting", "lined up": "meeting",
    "booket": "møte", "booka": "møte", "planla": "møte", "avtalte": "møte", "satte opp": "møte",
    "satt opp": "møte",
    "bookede": "møde", "aftalte": "møde", "satte op": "møde", "planlagde": "møde",
    "bokade": "möte", "bokat": "möte", "bookat": "möte", "bookade": "möte", "avtalade": "möte",
    "avtalat": "möte", "satte upp": "möte", "planerade": "möte",
}  # fmt: skip
_WEEKDAY = "|".join(sorted({*WEEKDAYS, "mandag", "tirsdag", "onsdag", "torsdag", "fredag",
                            "måndag", "tisdag", "mån", "tis", "ons", "tors", "fre", "man",
                            "tir", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "mon"},
                           key=len, reverse=True))  # fmt: skip
_BOOKED_A_THING = re.compile(
    r"(?i)(?<![\w-])(?P<verb>" + "|".join(v.replace(" ", r"\s+") for v in _VERBS) + r")\s+"
    r"(?P<art>(?:a|an|en|ett|et|ei|ny|nytt|nyt|new|another)\s+)?"
    r"(?P<thing>[^\W\d_][\w-]*(?:\s+(?!(?:for|til|till|på|pa|on)\s)[^\W\d_][\w-]*)?)\s+"
    r"(?P<link>(?:for|til|till|på|pa|on)\s+)?"
    r"(?P<day>(?:the\s+|next\s+|neste\s+|nästa\s+|næste\s+|kommende\s+|nk\s+)?(?:"
    + _WEEKDAY
    + r")\.?|tomorrow|tmrw|i\s+morgen|imorgen|imorgon|i\s+morgon|"
    r"[0-3]?[0-9][./][01]?[0-9]\.?)(?![\w/])"
)
# Words that are no thing booked ("booked with Tesco for Wed", "booket inn dem fredag")
_NO_THING = {
    "with", "med", "m", "w", "in", "inn", "i", "at", "hos", "them", "dem", "it", "det", "the",
    "us", "oss", "os", "him", "her", "ham", "henne", "hende", "up", "opp", "op", "upp", "time",
    "tid", "tiden", "sometime", "a", "an", "en", "ett", "et", "flight", "fly", "hotel", "hotell",
    "table", "bord", "taxi", "ferie", "holiday", "leave", "for", "til", "till", "pa", "on",
    "to", "ind", "fram", "frem", "som", "as", "og", "och", "and",
}  # fmt: skip


def _a_thing_booked(found: re.Match[str]) -> str:
    from bot.services.commands.words import TALK_NOUNS  # (the commands' package imports this)

    words = [fold(w) for w in found["thing"].split()]
    if (
        any(w in _NO_THING or w in DATE_WORDS or w in WEEKDAYS for w in words)
        or any(w in TALK_NOUNS or w.endswith(("mote", "mode", "meeting")) for w in words)
        or not found["thing"][:1].islower()
        or not all(w.replace("-", "").isalpha() for w in words)  # "bokat v49 tis": a week
    ):
        return found[0]
    talk = _VERBS[" ".join(fold(found["verb"]).split())]
    art = found["art"] or ""
    return f"{found['verb']} {art}{talk} {found['link'] or ''}{found['day']} ({found['thing']})"


_BOOKING_GATE = re.compile(r"(?i)book|bok|sched|arrang|organi|satt|\sup\s|avtal|aftal|planl|planer")


def things_booked_as_talks(text: str) -> str:
    """`text` with a booking of a thing on a day said as a talk booked (module doc), or as it
    was."""
    if _BOOKING_GATE.search(text) is None:
        return text
    return _BOOKED_A_THING.sub(_a_thing_booked, text)
