"""heldmsg27. A day said in its possessive form ("Yesterday's meeting with Greggs went well",
"Friday's call with Aviva", "Gårsdagens møte med Tine", "Fredagens möte med Volvo") is that
day, as the bare day word is: read as the day word (was: no day read, the meeting stored
today)."""

from __future__ import annotations

import re

_ENGLISH = re.compile(
    r"\b(yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"['’]s\b",
    re.IGNORECASE,
)
_SCANDINAVIAN = re.compile(
    r"\b(mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag)ens\b",
    re.IGNORECASE,
)
_YESTERDAYS = re.compile(r"\b(g[åa]rsdagens|g[åa]rdagens)\b", re.IGNORECASE)


def said_as_days(text: str) -> str:
    """The text with each possessive day word as its day word; the text itself when none."""
    if "'" not in text and "’" not in text and "ens" not in text.lower():
        return text
    text = _ENGLISH.sub(lambda m: m[0] if _a_formed_name_on(m) else m.group(1), text)
    text = _SCANDINAVIAN.sub(lambda m: m.group(1), text)
    return _YESTERDAYS.sub(_yesterday, text)


def _yesterday(m: re.Match[str]) -> str:
    said = m.group(1)
    swedish = "sdagens" not in said.lower()  # sv "gårdagens", nb/da "gårsdagens"
    word = "igår" if swedish else "i går"
    return word[0].upper() + word[1:] if said[0].isupper() else word


# Session 65. A formed name that opens with a day's possessive ("Tomorrow's Office Ltd rang",
# "Friday's Child AS"): the name's words, never its day (was the customer "Office Ltd", and
# "tomorrow" its step)
_A_FORMED_NAME_AFTER = re.compile(
    r"\s+(?:[A-ZÆØÅÄÖ][\w&'’-]*\s+){0,3}(?:AS|ASA|AB|ApS|A/S|Ltd|Ltd\.|plc|LLP|LLC|Inc|Inc\.|"
    r"GmbH|Oy)(?![\w/])"
)


def _a_formed_name_on(m: re.Match[str]) -> bool:
    return m.group(1)[:1].isupper() and _A_FORMED_NAME_AFTER.match(m.string, m.end()) is not None
