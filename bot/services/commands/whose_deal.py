"""Session 65. A colleague's deal logged by the seller ("Dave's deal - Wessex Vending £90k",
"Ruter 1.2M – Ola sin deal, logger for ham", "Sørlandet Kjøl AS 640k – Pers kunde, logger for
ham"): whose it is is a question for the seller (the record would count as theirs), never a
customer ("Dave's") nor a note nobody reads. The words are cut out of the text and asked as
unread; the rest is read as any command."""

from __future__ import annotations

import re

_OWNER = r"[A-ZÆØÅÄÖ][^\W\d_]+"
_THEIRS = (
    r"deal|dealen|sale|win|account|lead|customer|client|kunde|kunden|kund|avtale|avtalen|"
    r"avtal|avtalet|aftale|aftalen|affære|affären|affär|affaere|salg|salget|försäljning"
)
_WHOSE_DEAL = re.compile(
    r"(?P<sep>^\s*|\s*[,;:\u2013\u2014]\s*|\s+-\s+)"
    r"(?P<said>(?:" + _OWNER + r"(?:'s|’s|s|')\s+(?:" + _THEIRS + r")"
    r"|" + _OWNER + r"\s+(?:sin|sitt|sine|sina|hans|hennes|hendes)\s+(?:" + _THEIRS + r"))"
    r"(?:\s*,?\s*(?:logger|loggar|logging|logged|loggede|loggat|registrerer|registrerar)\s+"
    r"(?:den\s+|det\s+|it\s+)?(?:for|för|på\s+vegne\s+av|on\s+behalf\s+of|åt)\s+"
    r"(?:ham|henne|honom|hende|him|her|dem|them)\b)?)"
    r"(?P<end>\s*[-\u2013\u2014:,;]\s*|\s*$)"
)


def whose_deal_apart(text: str) -> tuple[str, str] | None:
    """(the text without a colleague's deal said, the words said) or None where none is."""
    found = _WHOSE_DEAL.search(text)
    if found is None:
        return None
    head, tail = text[: found.start()], text[found.end() :]
    if not (head + tail).strip():
        return None
    joined = f"{head.rstrip()} {tail.lstrip()}" if head.strip() and tail.strip() else head + tail
    return joined.strip(" ,;-\u2013\u2014"), found["said"]
