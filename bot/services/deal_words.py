"""Words that say whether a second offer to a customer is another deal or a revision, and
which of a seller's parallel deals a win or a loss is about.

Kept apart from the parsers (bot/services/commands, bot/services/capture): the recorder and the
log use case call it on what was typed; the parsers know nothing of it. Pure code."""

from __future__ import annotations

import re
from enum import StrEnum

from bot.services.dates import fold


class Reading(StrEnum):
    SEPARATE = "separate"  # another deal beside the open one
    REVISION = "revision"  # a new version of the open offer


_OFFER = r"(?:tilbud(?:et)?|offert(?:en)?|offer|quote|proposal|anbud(?:et)?)"
# "tilbud nr 2", "offert nr. 2", "offer #2", "offer no. 2": a number the amount reader must not
# see, so it is taken out of the text before it is read.
_NUMBERED = re.compile(
    rf"(?<!\w){_OFFER}\s*(?:nr\.?|nummer|no\.?|number|#)\s*[2-9](?!\w)", re.IGNORECASE
)
_SEPARATE = [
    # "nytt tilbud på rammeavtale", "ny offert på", "nyt tilbud på", "new offer for the pilot"
    # (not "nytt tilbud til Equinor": to whom, said of a revision as often)
    rf"(?:nytt|ny|nyt|new)\s+{_OFFER}\s+(?:pa|for|on)\s+[^\W\d_]",
    rf"(?:eget|egen|eget|separat|separate|parallel|parallelt|parallell|own)\s+{_OFFER}",
    rf"(?:annet|annat|andet|andre|andra|another|second|ekstra|extra|additional)\s+{_OFFER}",
    rf"(?:enda|endnu|yet)\s+(?:et|ett|en|another)\s+{_OFFER}",
    rf"also\s+(?:sent|send|sending)\s+(?:an?\s+)?{_OFFER}",
    rf"(?:ogsa|ocksa|ogsa)\s+(?:sendt|skickat|sendte|skickade)\s+(?:et|ett|en)?\s*{_OFFER}",
    rf"{_OFFER}\s*(?:nr\.?|nummer|no\.?|number|#)\s*[2-9]",
    r"(?:separat|separate)\s+(?:deal|avtale|affar|aftale|sak|deal)",
]
_REVISION = [
    r"revider\w*",
    r"revised",
    r"revision\w*",
    r"revisjon\w*",
    r"oppdatert\w*",
    r"uppdaterad\w*",
    r"opdateret\w*",
    r"updated",
    r"ny\s+versjon",
    r"ny\s+version",
    r"new\s+version",
    r"justert\s+(?:pris|tilbud)",
    r"justerad?\s+(?:pris|offert)",
    r"justerat\s+pris",
    r"justeret\s+(?:pris|tilbud)",
    r"adjusted\s+(?:price|offer|quote)",
]
_SEPARATE_RE = re.compile(r"(?<!\w)(?:" + "|".join(_SEPARATE) + r")", re.IGNORECASE)
_REVISION_RE = re.compile(r"(?<!\w)(?:" + "|".join(_REVISION) + r")(?!\w)", re.IGNORECASE)


def reading(text: str | None, customer: str | None = None) -> Reading | None:
    """What the words say about a second offer: another deal, a revision, or nothing (both, or
    neither: the default, a revision with the button that makes it a deal of its own). The
    customer's name is left out first: "new offer for Equinor" names the customer, not a deal."""
    if not text:
        return None
    folded = fold(text)
    if customer and fold(customer).strip():
        folded = folded.replace(fold(customer).strip(), " ")
    separate = bool(_SEPARATE_RE.search(folded))
    revision = bool(_REVISION_RE.search(folded))
    if separate == revision:
        return None
    return Reading.SEPARATE if separate else Reading.REVISION


def take_numbered(text: str) -> tuple[str, str | None]:
    """ "Equinor 250k tilbud nr 2" → ("Equinor 250k", "tilbud nr 2"): the words that number the
    offer, out of the text the amount is read from (their digit is no amount)."""
    found = _NUMBERED.search(text)
    if found is None:
        return text, None
    rest = (text[: found.start()] + " " + text[found.end() :]).strip(" ,-")
    return " ".join(rest.split()), found.group(0)


# Words that say nothing about which deal is meant (deal words, fillers) in the four languages.
_PLAIN = frozenset(
    fold(w)
    for w in """
    tilbud tilbudet offert offerten offer quote proposal anbud nytt ny nyt new eget egen separat
    separate another second annet annat andet andre andra ekstra extra also sent sendt sendte
    skickat the and for med til till pa på om og och for af av of to on with a an et ett en den
    det der som vi har is was var er ar är til deal avtale avtalen affar affär aftale aftalen
    won vunnet vant vann vandt lost tapt tapte forlorad förlorad tabt tabte ordre order kunden
    customer kunde pris price prisen too high hoy høy hog hög høj for""".split()
)


def _content(text: str | None) -> set[str]:
    words = re.findall(r"\w+", fold(text or ""))
    return {w for w in words if len(w) >= 3 and not w.isdigit() and w not in _PLAIN}


def naming(words: str, notes: dict[int, str]) -> int | None:
    """The one deal whose offer notes share a word with `words` (a win's or loss's note: "/logwin
    Equinor pilot"); None when no deal, or more than one, does."""
    said = _content(words)
    if not said:
        return None
    hits = [lead for lead, note in notes.items() if said & _content(note)]
    return hits[0] if len(hits) == 1 else None


def first_words(note: str | None, limit: int = 30) -> str:
    """The beginning of an offer's note, for a button that names the deal."""
    if not note:
        return ""
    text = " ".join(note.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0][:limit]  # whole words, where there are any
    return cut + "…"
