"""Session 65. An amount typed, then put right at once ("Brygga Sjømat 450k nei vent, 540k",
"Tesco £45k sorry £54k", "ICA 450 tkr, nej vänta, 540 tkr", "Arla 450.000 kr – jeg mener
540.000 kr"): the amount put right is the offer's or deal's, the slip and the words that mend it
gone (was the first amount and its mending asked as words not read). Only two amounts side by
side with the mending words between: a revision said in words ("ned fra 850k") stays a note."""

from __future__ import annotations

import re

_UNIT = (
    r"(?:k|m|mill|mill\.|mio|mio\.|mille|mnok|msek|mkr|tkr|t\.kr\.?|kr\.?|kroner|kronor|,-|:-|"
    # session 69: "1,9 milj, fel – 2,1 milj", "75 grand.. no sorry 57 grand"
    r"milj|milj\.|miljoner|millioner|million|grand|"
    r"nok|sek|dkk|eur|gbp|usd|tusen|tusind)"
)
_AMOUNT = (
    r"(?:(?:[£€$]|kr\.?|nok|sek|dkk|eur|gbp|usd)\s?)?[0-9][0-9 .,']*"
    r"(?:\s?" + _UNIT + r"\b\.?){0,2}(?:,-|:-)?"
)
# The words that put it right, one or more ("nei sorry", "sorry meant", "nej vänta"); a bare
# "nei" / "nej" / "no" only before an amount with its unit ("1,1 mio. nej 1,3 mio.")
_WORDS = (
    r"nei\s+vent|nej\s+vänta|nej\s+vent|no\s+wait|sorry|sry|oops|unnskyld|ursäkta|undskyld|"
    r"i\s+mean|jeg\s+mener|jag\s+menar|jeg\s+mente|jag\s+menade|i\s+meant|meant|mener|menar|"
    r"mente|menade|rettelse|rättelse|correction|skal\s+være|ska\s+vara|should\s+be|"
    # session 67: "880 tkr nej fel, 808 tkr", "£18k typo, £81k"
    r"fel|feil|forkert|wrong|typo|tastefejl|tastefeil|skrivfel|skrivefeil|"
    # session 68: "320 t.kr... ups, 230 t.kr. skulle det være"
    r"ups|hups|oups|whoops|oj|hoppsan"
)
# Session 67. A sound of doubt before the no ("480 t.kr. øh nej, 540 t.kr.")
_FILLER = r"(?:(?:øh|öh|eh|ehm|æh|æhm|uh|um|hmm)" + r"\s*[,.]*\s*)?"
# and the mending said after the amount put right ("1,25 mille skulle det va")
_SAID_AFTER = (
    r"(?:\s+(?:menade\s+jag|mente\s+jeg|mente\s+jag|I\s+meant|I\s+mean|jeg\s+mener|jag\s+menar|"
    r"skulle\s+det\s+va(?:ra)?|skulle\s+det\s+være|skal\s+det\s+være|should\s+have\s+been|"
    r"ska\s+det\s+va(?:ra)?|"
    # session 68: "750k – nei, 570k var det", "nej 1,2 mio. selvfølgelig", "nej 560 tkr menar jag"
    r"menar\s+jag|mener\s+jeg|mente\s+jag|var\s+det|var\s+det\s+jo|va\s+det|det\s+var|"
    r"selvfølgelig|selvfolgelig|självklart|sjølvsagt|selvsagt|förstås|naturligvis|of\s+course|"
    r"obviously|ofc))?"
)
_BETWEEN = r"\s*[,;:!.\u2026]*\s*[\u2013\u2014-]?\s*"  # session 69: "48.000 kr … nej 84.000 kr"
_PUT_RIGHT = re.compile(
    r"(?i)(?<![\w.,])(?P<slip>"
    + _AMOUNT
    + r")"
    + _BETWEEN
    + r"(?:"
    + _FILLER
    + r"(?:nei|nej|no)"
    + _BETWEEN
    + r")?"
    + r"(?:"
    + _WORDS
    + r")(?:"
    + _BETWEEN
    + r"(?:"
    + _WORDS
    + r"))*"
    + _BETWEEN
    + r"(?P<right>"
    + _AMOUNT
    + r")(?![\w-])"
    # "sorry 430 tkr menade jag": the mending said after it too
    + _SAID_AFTER
)
_NO_ONLY = re.compile(
    r"(?i)(?<![\w.,])(?P<slip>"
    + _AMOUNT
    + r")"
    + _BETWEEN
    + _FILLER
    + r"(?:nei|nej|no)"
    + _BETWEEN
    + r"(?P<right>(?:(?:[£€$]|kr\.?|nok|sek|dkk|eur|gbp|usd)\s?)?[0-9][0-9 .,']*\s?"
    + _UNIT
    + r"\b\.?(?:,-|:-)?)(?![\w-])"
    + _SAID_AFTER
)


_MENDING = re.compile(
    r"(?i)\b(?:vent|vänta|wait|sorry|sry|oops|ups|hups|oups|whoops|oj|hoppsan|unnskyld|ursäkta|undskyld|mean|meant|mener|mente|"
    r"menar|menade|rettelse|rättelse|correction|skal\s+være|ska\s+vara|should\s+be|nei|nej|no|"
    r"fel|feil|forkert|wrong|typo|tastefejl|tastefeil|skrivfel|skrivefeil)\b"
)


def an_amount_put_right(text: str) -> str:
    """`text` with an amount typed and put right at once read as the one put right."""
    if _MENDING.search(text) is None:
        return text  # (most texts: one compiled test)
    found = _PUT_RIGHT.search(text) or _NO_ONLY.search(text)
    if found is None or not re.search(r"[0-9]", found["right"]):
        return text
    return f"{text[: found.start()]}{found['right'].strip()}{text[found.end() :]}"
