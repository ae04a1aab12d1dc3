"""Customer names: a matching key that ignores case, accents and legal form, and near-miss hints.

"Acme", "ACME AS", "Acme A/S" and "Ácme AS." are one customer; "Equinr" is probably "Equinor ASA".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from bot.services import emoji
from bot.services.amounts import plain_text
from bot.services.dates import fold
from storage import repositories as repo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from bot.services.requester import Who
    from storage.models import Customer

# Founders' first names shortened in a company's name ("Wilh. Wilhelmsen", "Chr. Hansen", "Joh.
# Johannson", "Jac. Aall", "Gebr. Heinemann"): the dot before the next word is the name's, in
# slash commands and channel messages alike.
# session 54: "Alm. Brand", "Brdr. Dahl", "Fred. Olsen", "Dr. Oetker"
FOUNDERS_SHORT = ("Wilh", "Chr", "Joh", "Jac", "Gebr", "Alm", "Brdr", "Fred", "Dr")
LEGAL_SUFFIXES = (
    "amba",  # session 45: Danish co-operatives ("Arla Foods amba", "DLG a.m.b.a.")
    "a.m.b.a.",
    "AMBA",
    "A.m.b.A.",
    "AS",
    "ASA",
    "AB",
    "AB (publ)",
    "ApS",
    "A/S",
    "Oy",
    "Oyj",
    "Ltd",
    "Ltd.",
    "Limited",
    "GmbH",
    "Inc",
    "Inc.",
    "LLC",
    "SA",
    "BV",
    "NV",
    "plc",
    "KS",
    "ANS",
    "DA",
    "HB",
    "KB",
    "I/S",
    # session 60: the UK's partnerships, Sweden's co-operatives, Denmark's and Norway's other
    # forms ("Kestrel Analytics LLP", "Lantmännen ek. för.", "Riksbyggen ekonomisk förening")
    "LLP",
    "ek. för.",
    "ek.för.",
    "ekonomisk förening",
    "K/S",
    "P/S",
    "IVS",
    "NUF",
    "ENK",
    "IKS",
)

_QUOTES = "\"'`“”‘’«»„‚‹›"
_EDGE_JUNK = ",;:-\u2013\u2014"  # left behind by "Acme - 250k" or "Acme: warm"
_SIMILARITY_CUTOFF = 0.8
_MIN_PREFIX = 3  # "Equ" may suggest "Equinor"; "E" suggests nothing
_MIN_WORD = 4  # "Hydro" may suggest "Norsk Hydro" (a later word of its name); "AS" nothing


def _words(text: str) -> list[str]:
    # Dots and apostrophes join ("B.V." = "BV", "Ltd." = "Ltd"); other punctuation separates.
    # (Keys are stored: a change here needs the stored keys migrated. What people type is made
    # plain before it is keyed: amounts.plain_text.)
    joined = re.sub(r"[.'’]", "", fold(text))
    return [word for word in re.split(r"[\W_]+", joined) if word]


_SUFFIX_WORDS = sorted({tuple(_words(s)) for s in LEGAL_SUFFIXES}, key=len, reverse=True)


@lru_cache(maxsize=8192)  # asked a dozen times per logged activity, of a few hundred names
def customer_key(name: str) -> str:
    """The key customers are matched on: folded, legal suffixes dropped, punctuation collapsed."""
    words = _words(name)
    if not words:  # all punctuation: still give distinct names distinct keys
        return " ".join(name.casefold().split())
    stripped = True
    while stripped:
        stripped = False
        for suffix in _SUFFIX_WORDS:
            size = len(suffix)
            if len(words) > size and tuple(words[-size:]) == suffix:
                words = words[:-size]  # a name that is only "AS" keeps it
                stripped = True
                break
    return " ".join(words)


# Session 40. Words that join two parts of one name, written as often as "&" (which the key
# drops): "Marks and Spencer" is "Marks & Spencer", "Berg & Hansen" is "Berg og Hansen AS".
_JOINERS = frozenset({"and", "og", "och", "und"})


def loose_key(key: str) -> str:
    """The key without a joining word between two of its words ("marks and spencer" ->
    "marks spencer", the key of "Marks & Spencer"): two keys loosely equal name one customer
    spelt two ways. Only for matching a typed name to a stored one, never stored."""
    words = key.split()
    if len(words) < 3 or _JOINERS.isdisjoint(words[1:-1]):
        return key
    return " ".join(
        w for i, w in enumerate(words) if not (0 < i < len(words) - 1 and w in _JOINERS)
    )


def joined_spellings(words: Sequence[str]) -> set[str]:
    """The keys of a name of `words` whose "&" or "+" between two words is spelt as a word
    ("and", "og", "och", "und") or the other way round: what a stored customer of the same
    name spelt otherwise may have as its key. Empty when no word joins two others."""
    at = {
        i for i in range(1, len(words) - 1) if words[i] in ("&", "+") or fold(words[i]) in _JOINERS
    }
    if not at:
        return set()
    spelt = {
        customer_key(" ".join(joiner if i in at else w for i, w in enumerate(words)))
        for joiner in ("&", *sorted(_JOINERS))
    }
    return {key for key in spelt if key}


def stored_named(session: Session, workspace_id: str, name: str) -> Customer | None:
    """The stored customer a typed name names: by its key, else (session 40) by the key of the
    same name with its "&" spelt as "and"/"og"/"och" or the other way ("/kpi customer Marks and
    Spencer tier A" with "Marks & Spencer" stored). Taken off the list or not."""
    key = customer_key(name)
    customer = repo.customer_by_key(session, workspace_id, key)
    if customer is not None:
        return customer
    for spelt in sorted(joined_spellings(name.split()) - {key}):
        customer = repo.customer_by_key(session, workspace_id, spelt)
        if customer is not None:
            return customer
    return None


_WORD_START = re.compile(r"(?:(?<=^)|(?<=[\s\-/&0-9]))([^\W\d_])")


def as_written(name: str) -> str:
    """A new customer's name as a person writes it (session 27, names27): a name typed all in
    lower case ("vant kiwi 95 000,-", "offer to boots £7,500") with each word, and each part
    after a hyphen, "&" or figure, capitalised ("Kiwi", "Boots", "7-Eleven", "3M", "M&S"); a name with any
    capital letter stays exactly as written ("DNB", "McKinsey", "eBay"). Matching is by
    customer_key, which ignores case: this is only how a new name is shown and stored."""
    if any(ch.isupper() for ch in name) or not any(ch.isalpha() for ch in name):
        return name
    return _WORD_START.sub(lambda m: m.group(1).upper(), name)


def _a_pictograph_or_mark(ch: str) -> bool:
    """An emoji's character (🎉, ✍, a skin tone, a joiner); never a sign a company writes
    in its name ("Acme™", "Coca-Cola®")."""
    return emoji.is_emoji_char(ch) and (ord(ch) >= 0x2300 or ch in emoji.JOINERS)


def clean_display_name(text: str) -> str:
    """The name as typed, tidied: single spaces, no surrounding quotes or dangling dashes, no
    invisible marks (a zero-width space or soft hyphen from a spreadsheet looks like nothing and
    made a second "Nammo")."""
    name = plain_text(text)
    if not name.isascii():
        # session 54: no pictograph nor private mark is part of a name ("2,2 MSEK 🎉 Atlas
        # Copco AB skrev på": was a customer "🎉 Atlas Copco AB")
        name = "".join(
            " " if _a_pictograph_or_mark(ch) or unicodedata.category(ch) == "Co" else ch
            for ch in name
        )
    name = " ".join(name.split())
    previous = None
    while name != previous:
        previous = name
        name = name.strip(_QUOTES).rstrip(_EDGE_JUNK).lstrip(",;:").strip()
    return name


def suggest(name: str, existing: Sequence[str], limit: int = 3) -> list[str]:
    """Existing display names that `name` was probably meant to be, best first.

    Similar keys (difflib ratio >= 0.8), existing names that start with a short typed name and
    names a typed word ends or is inside ("Hydro" for "Norsk Hydro") count; an exact key match
    is the same customer, not a suggestion.
    """
    key = customer_key(name)
    if not key or limit <= 0:
        return []
    scored: dict[str, tuple[float, str]] = {}
    for display in existing:
        other = customer_key(display)
        if not other or other == key or other in scored:
            continue
        score = SequenceMatcher(None, key, other).ratio()
        if len(key) >= _MIN_PREFIX and other.startswith(key):
            score = max(score, _SIMILARITY_CUTOFF + 0.05)
        elif len(key) >= _MIN_WORD and " " not in key and key in other.split()[1:]:
            score = max(score, _SIMILARITY_CUTOFF + 0.02)  # "Hydro": "Norsk Hydro"?
        if score >= _SIMILARITY_CUTOFF:
            scored[other] = (score, display)
    ranked = sorted(scored.values(), key=lambda item: (-item[0], item[1].casefold()))
    return [display for _, display in ranked[:limit]]


def matching(query: str, names: Sequence[str], limit: int = 20) -> list[str]:
    """Known names containing what was typed, then near-misses ("Equinr" offers "Equinor ASA"),
    so a typo is not made a new customer. Nothing typed: the first names."""
    key = customer_key(query) if query else ""
    if not key:
        return list(names[:limit])
    found = [n for n in names if key in customer_key(n)]
    found += [n for n in suggest(query, names) if n not in found]
    return found[:limit]


def suggestions(session: Session, who: Who, query: str) -> list[str]:
    """The log modal's customer select, as the seller types."""
    return matching(query, repo.customer_names(session, who.workspace_id))
