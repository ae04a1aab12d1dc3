"""lists28. A day heading written short ("Man: møte Tine", "Tirs: tilbud Kiwi", "Mån: möte
Volvo", "Thurs - call Boots") is that weekday's heading written out, in every language: read as
the full name (was: "Man: møte Tine" nothing while "Mandag: møte med Tine" was asked, "Man: møte
med Tine" stored sure on Monday while "Mandag: …" was asked). Only a heading is written out:
the short form opening the message, a line, a sentence, a list's item or a bullet, then a colon
or a dash in spaces ("Man kan …", "Fre 14:00" stay as typed)."""

from __future__ import annotations

import re

from bot.services.dates import fold

# each short form, folded, and the name it stands for (one language's: the readers take the
# Norwegian, Swedish, Danish and English names alike)
_FULL = {
    "man": "mandag", "mon": "Monday", "tir": "tirsdag", "tirs": "tirsdag", "tis": "tisdag",
    "tue": "Tuesday", "tues": "Tuesday", "ons": "onsdag", "wed": "Wednesday",
    "tor": "torsdag", "tors": "torsdag", "thu": "Thursday", "thur": "Thursday",
    "thurs": "Thursday", "fre": "fredag", "fri": "Friday", "lor": "lørdag", "sat": "Saturday",
    "son": "søndag", "sun": "Sunday",
}  # fmt: skip
_SWEDISH = {"man": "måndag", "lor": "lördag", "son": "söndag"}  # "mån", "lör", "sön"
_SHORT = re.compile(
    r"(?:^|(?<=[\n.;,!?])|(?<=[.;,!?][ \t])|(?<=[^\w\s,.:;()&+/'’-][ \t]))"
    r"(?P<lead>[ \t]*(?:[•·▪◦*\-–][ \t]*)?)"
    r"(?P<day>[^\W\d_]{3,5})\.?(?=[ \t]*:(?!\d)|[ \t]+[-–—][ \t]+)",
    re.IGNORECASE,
)


def written_out(text: str) -> str:
    """The text with each short weekday heading as the day's name; the text itself when none."""
    if ":" not in text and "-" not in text and "–" not in text and "—" not in text:
        return text
    return _SHORT.sub(_full, text)


def _full(m: re.Match[str]) -> str:
    said = m["day"]
    folded = fold(said)
    full = _FULL.get(folded)
    if full is None:
        return m.group(0)
    if folded in _SWEDISH and said.lower() in ("mån", "lör", "sön"):
        full = _SWEDISH[folded]
    if said[:1].isupper():
        full = full[0].upper() + full[1:]
    elif full[0].isupper():
        full = full.lower()
    return m["lead"] + full
