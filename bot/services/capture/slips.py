"""heldmsg27. A customer named by a slip and put right in the same message ("Møte med DNB i dag –
nei vent, det var Storebrand 🙈 varm", "Meeting with Tesco today, no wait, it was Ocado"): the
record is the named-after customer's, asked (likely), and the slipped name gets nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from bot.services.capture import signals
from bot.services.capture.signals import KnownCustomers

# "– nei vent, det var Storebrand", ", nej vänta: det var med Securitas", "… no wait, it was
# Ocado", "…, sorry, mente Storebrand", "…, I mean Ocado"
_SLIP = re.compile(
    r"[\s,;:–—-]*\b(?:nei\s+vent|nej\s+vänta|nej\s+vent|no\s+wait|sorry|oops|unnskyld|ursäkta|"
    r"undskyld)\b[\s,:!–—-]*"
    r"(?:det\s+var|det\s+blev|det\s+var\s+jo|it\s+was|it's|(?:jeg\s+|jag\s+|I\s+)?"
    r"(?:mente|menade|meant|mener|menar|mean))\s+(?:(?:med|with|hos|hjå)\s+)?"
    r"(?P<name>[^\W\d_][^\s,.;:!?]*(?:\s+[A-ZÆØÅÄÖ&][^\s,.;:!?]*)*)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Slip:
    text: str  # the message with the slipped name put right and the words that did so gone
    customer: str  # the name put right, as the workspace knows it


def mended(text: str, known: KnownCustomers) -> Slip | None:
    """The message read with its slip put right, or None (no slip of a known customer's name
    for another known customer's)."""
    m = _SLIP.search(text)
    if m is None:
        return None
    after = signals.tokenise(m.group("name"))
    named = signals.known_names(after, known)
    if not named or named[0].start != 0:
        return None
    right = named[0]
    before = text[: m.start()]
    slipped = signals.known_names(signals.tokenise(before), known)
    if len(slipped) != 1 or slipped[0].display == right.display:
        return None  # "Ringte DNB – sorry, mente Kiwi-tilbudet": one name to put right, no more
    said = signals.tokenise(before)[slipped[0].start : slipped[0].end]
    first = before.find(said[0].text)
    last = before.find(said[-1].text, first)
    if first < 0 or last < 0:
        return None
    name_end = m.start("name") + _surface_length(m.group("name"), after, right.end)
    mended_text = before[:first] + right.display + before[last + len(said[-1].text) :]
    return Slip(mended_text + text[name_end:], right.display)


def _surface_length(name: str, tokens: list[signals.Token], end: int) -> int:
    """How many characters of `name` the first `end` tokens take."""
    at = 0
    for token in tokens[:end]:
        found = name.find(token.text, at)
        if found < 0:
            return len(name)
        at = found + len(token.text)
    return at


# booked30. A day put right in the same message ("de ville ses på fredag – nej vänta, det är ju
# midsommarafton 😅 bokade 30/6 istället", "møte fredag – nei vent, booket 30/6 i stedet"): the
# day before the slip words goes, the day after them stands.
_DAY_SLIP = re.compile(
    r"[\s,;:]*\b(?:nei\s+vent|nej\s+vänta|nej\s+vent|no\s+wait)\b[\s,:!]*", re.IGNORECASE
)
_INSTEAD = re.compile(
    r"\s*\b(?:istället|i\s+stället|istedet|i\s+stedet|istedenfor|i\s+steden|instead)\b",
    re.IGNORECASE,
)


def day_mended(text: str, today: date) -> str | None:
    """The message with a day put right read as its author meant it, or None (no slip, or no
    day on both sides of it, or no "instead" saying the later day replaces the first)."""
    m = _DAY_SLIP.search(text)
    if m is None:
        return None
    before, after = text[: m.start()], text[m.end() :]
    if _INSTEAD.search(after) is None:
        return None
    said = signals.dates(signals.tokenise(signals.clean(before)), today, ())
    if not said or not signals.dates(signals.tokenise(signals.clean(after)), today, ()):
        return None
    tokens = signals.tokenise(signals.clean(before))
    last = said[-1]
    words = r"\s*".join(re.escape(t.text) for t in tokens[last.start : last.end])
    spans = list(re.finditer(words, before))
    if not spans:
        return None
    gone = spans[-1]
    if before[gone.end() :].strip(" ,–—-"):
        return None  # the day is not the slip's: words of their own between
    return before[: gone.start()].rstrip() + " – " + _INSTEAD.sub("", after, count=1)
