"""Session 66. A colleague's news beside the author's own record in one message ("Sindre lukket
Ruter i romjula 👏 og selv fikk jeg sendt tilbud til Drammen Dekk, 410k", "Well done Priya on
Greggs 👏 – and I've finally got the Tamar Valley quote out, £58k", "Bunadhuset AS: tilbud på
215.000,- sendt ✅ (og gratulerer Jonas med Telenor!! 👏)"): the colleague's part taken out, the
author's read as if alone (was nothing, the colleague's win recorded, or both asked). Only where
the author's part opens with the author ("selv", "själv", "jeg har", "and I"), and the colleague's
holds praise or a first name with a verb of winning, and no word of the author."""

from __future__ import annotations

import re

from bot.services.capture import lexicon
from bot.services.capture.signals import FIRST_NAMES, entries
from bot.services.dates import fold

_PRAISE = sorted(entries(lexicon.PRAISE), key=len, reverse=True)
_A_PRAISE = re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(p) for p in _PRAISE) + r")(?!\w)")
_WON = {
    fold(w)
    for w in """lukket lukka lukkede closed fikk fik fick got stängde stangde vant vandt vann won
    landet landa landede landade landed signerte signed sikret sikrede säkrade""".split()
}
# The author's part: "og selv fikk jeg …", "selv har jeg …", "själv fick jag …", "and I finally
# sent …", "– and I've …", "og jeg har sendt …", "och jag skickade …"
_THE_AUTHORS = re.compile(
    r"(?i)(?:^|(?<=[\s!.,;:\u2013\u2014-])|(?<=[^\w\s]))\s*(?:(?:og|och|and|men|but)\s+)?"
    r"(?P<own>(?:selv|själv|sjølv|sjalv|myself)\s+\w+\s+(?:jeg|jag|eg|i)\b.*"
    r"|(?:selv|själv|sjølv)\s+(?:jeg|jag|eg)\b.*"
    r"|(?:jeg|jag|eg)\s+(?:har|hade|hadde|havde|fikk|fick|fik|sendte|skickade|sendt|skickat|"
    r"endelig|äntligen|omsider|også|också|ogsa|selv|själv)\b.*"
    r"|I\s+(?:have|had|finally|also|sent|got|did|managed|just)\b.*"
    r"|I['\u2019]ve\b.*)$"
)
_THE_AUTHOR_SAID = re.compile(
    r"(?i:\b(?:selv|själv|sjølv|sjalv|myself|jeg|jag|eg)\b)|\bI\b|\bI['\u2019]ve\b"
)
_LONGEST = 400  # characters: the news and the record are a line or two (and each try is linear)
_AUTHOR_WORDS = {
    "jeg", "jag", "eg", "i've", "i’ve", "vi", "we", "my", "min", "mitt", "mine", "mina", "meg",
    "mig", "me", "our", "vores", "vår", "vart",
}  # fmt: skip
_A_PRAISING_ASIDE = re.compile(r"\s*\((?P<aside>[^()]{3,120})\)\s*$")


def a_colleagues_news_out(text: str) -> str:
    """`text` without a colleague's news beside the author's own record."""
    if "(" in text:
        aside = _A_PRAISING_ASIDE.search(text)
        if aside is not None and _A_PRAISE.search(aside["aside"]) and aside.start() > 0:
            return text[: aside.start()].rstrip()
    if len(text) > _LONGEST or _THE_AUTHOR_SAID.search(text) is None:
        return text  # (most messages: one compiled test; a long one is no such one-liner)
    for found in _THE_AUTHORS.finditer(text):
        news = text[: found.start("own")]
        if len(news.split()) < 2 or not _theirs(news):
            continue
        return found["own"]
    return text


def _theirs(news: str) -> bool:
    words = [fold(w.strip(".,!?:;–-")) for w in news.split()]
    if any(w in _AUTHOR_WORDS for w in words) or "I" in news.split():
        return False
    if _A_PRAISE.search(news):
        return True
    first = news.split()[0].strip(".,!?:;")
    return (
        first[:1].isupper() and fold(first) in FIRST_NAMES and len(words) > 1 and words[1] in _WON
    )
