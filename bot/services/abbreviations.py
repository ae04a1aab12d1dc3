"""A role's abbreviation written with its definite ending after a colon, as Swedish writes it
("vd:n på Bergendahls", "CFO:n", "IT-chefen" aside): one word, the role. Read so before a
channel message is parsed (the colon was read as a heading's: "Snackade i telefon med vd:n på
Bergendahls i måndags" made a customer "Snackade" and lost the day). A genitive ("IKEA:s") and
any other abbreviation ("NDA:n") stay as typed. Pure code."""

from __future__ import annotations

import re

_A_ROLE_DEFINITE = re.compile(
    r"(?i)(?<![\w:])(vd|fd|ceo|cfo|cto|coo|cio|cmo|cpo|kam|hr|it):(?:n|en|et)(?![\w:])"
)


def uninflected(text: str) -> str:
    """The text with each role's colon ending off ("vd:n" -> "vd", "CFO:n" -> "CFO")."""
    return _A_ROLE_DEFINITE.sub(r"\1", text) if ":" in text else text
