"""Session 65. An amount typed, then put right at once ("Brygga Sjømat 450k nei vent, 540k",
"Tesco £45k sorry £54k", "ICA 450 tkr, nej vänta, 540 tkr", "Arla 450.000 kr – jeg mener
540.000 kr"): the amount put right is the offer's or deal's, the slip and the words that mend it
gone (was the first amount and its mending asked as words not read). Only two amounts side by
side with the mending words between: a revision said in words ("ned fra 850k") stays a note."""

from __future__ import annotations

import re

_AMOUNT = (
    r"(?:(?:[£€$]|kr\.?|nok|sek|dkk|eur|gbp|usd)\s?)?[0-9][0-9 .,']*"
    r"(?:\s?(?:k|m|mill|mill\.|mio|mio\.|mnok|msek|mkr|tkr|t\.kr\.?|kr\.?|kroner|kronor|,-|:-|"
    r"nok|sek|dkk|eur|gbp|usd|tusen|tusind)\b\.?)?(?:,-|:-)?"
)
_PUT_RIGHT = re.compile(
    r"(?i)(?<![\w.,])(?P<slip>" + _AMOUNT + r")\s*[,;:]?\s*[\u2013\u2014-]?\s*"
    r"(?:nei\s+vent|nej\s+vänta|nej\s+vent|no\s+wait|sorry|oops|unnskyld|ursäkta|undskyld|"
    r"i\s+mean|jeg\s+mener|jag\s+menar|jeg\s+mente|jag\s+menade|I\s+meant|mener|menar|"
    r"rettelse|rättelse|correction|skal\s+være|ska\s+vara|should\s+be)"
    r"\s*[,;:!]?\s*[\u2013\u2014-]?\s*(?P<right>" + _AMOUNT + r")(?![\w])"
)


_MENDING = re.compile(
    r"(?i)\b(?:vent|vänta|wait|sorry|oops|unnskyld|ursäkta|undskyld|mean|meant|mener|mente|menar|"
    r"menade|rettelse|rättelse|correction|skal\s+være|ska\s+vara|should\s+be)\b"
)


def an_amount_put_right(text: str) -> str:
    """`text` with an amount typed and put right at once read as the one put right."""
    if _MENDING.search(text) is None:
        return text  # (most texts: one compiled test)
    found = _PUT_RIGHT.search(text)
    if found is None or not re.search(r"[0-9]", found["right"]):
        return text
    return f"{text[: found.start()]}{found['right'].strip()}{text[found.end() :]}"
