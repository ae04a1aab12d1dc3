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
    r"(?P<said>(?:(?:egentligen|egentlig|faktisk|actually|really|reelt)\s+)?"
    r"(?:" + _OWNER + r"(?:'s|’s|s|')\s+(?:" + _THEIRS + r")"
    r"|" + _OWNER + r"\s+(?:sin|sitt|sine|sina|hans|hennes|hendes)\s+(?:" + _THEIRS + r")"
    # session 67: "Nortura 620k – Ola sin, han er på ferie": whose, the noun left out
    r"|" + _OWNER + r"\s+(?:sin|sitt|sine|sina)(?=\s*(?:[-\u2013\u2014:,;(]|$)))"
    r"(?:\s*,?\s*(?:logger|loggar|logging|logged|loggede|loggat|registrerer|registrerar)\s+"
    r"(?:den\s+|det\s+|it\s+)?(?:for|för|på\s+vegne\s+av|on\s+behalf\s+of|åt)\s+"
    r"(?:ham|henne|honom|hende|him|her|dem|them)\b)?)"
    r"(?P<end>\s*[-\u2013\u2014:,;]\s*|\s+(?=\()|\s*$)"
)


# Session 67. Logging it for a colleague, said first ("skriver den ind for Louise – Netcompany 1,4
# mio.", "logging this for Tom while he's off - Aviva £40k", "logger for Per: Kiwi 300k")
_FOR_WHOM_FIRST = re.compile(
    r"(?i)^\s*(?P<said>(?:jeg\s+|jag\s+|i'm\s+|i\s+am\s+)?(?:skriver|taster|logger|loggar|logging|"
    r"registrerer|registrerar|putting|entering|lägger\s+in|legger\s+inn)\s+"
    r"(?:den\s+|det\s+|dem\s+|this\s+|it\s+)?(?:ind\s+|inn\s+|in\s+)?(?:for|för|åt|on\s+behalf\s+of|"
    r"på\s+vegne\s+av|på\s+vegne\s+af)\s+(?-i:[A-ZÆØÅÄÖ][^\W\d_]+)"
    r"(?:\s+(?:while|mens|medan|da|siden|since|as)\s+[^,;:\u2013\u2014]{1,40}?)?"
    # session 68: why in brackets ("logging for Dan (he's off till the 6th): Unilever £210k")
    r"(?:\s*\([^()\d]{1,60}\)|\s*\([^()]{1,60}\)(?=\s*:))?)"
    r"(?P<end>\s*[-\u2013\u2014:,;]\s*)"
)
# Session 68. Logging it for a colleague, said after the deal ("Morrisons £145k – putting this in
# for Dan, he's off till Jan", "Lerøy 2,1 mill, legger inn for Sigrid (syk)") or why first and the
# logging last ("Klarna 1,1 milj, Erik e på semester så jag lägger in den"): asked, to the end
_PUTTING_IN = (
    r"(?:skriver|taster|logger|loggar|logging|logged|registrerer|registrerar|putting|entering|"
    r"putter|lägger|legger|lægger|fører)\s+(?:den\s+|det\s+|dem\s+|this\s+|it\s+)?"
    r"(?:ind|inn|in)?"
)
# Session 70: a day in why they are away is no figure of the deal ("Morgan Sindall £75k — logging
# it for Callum, he's off till the 10th", "…, han har fri til 3/1")
_WHY_NO_FIGURE = r"(?:[^\d]|\d{1,2}(?:st|nd|rd|th|\.|/\d{1,2}(?:/\d{2,4})?)(?![\d,.]\d))"
_FOR_WHOM_AFTER = re.compile(
    # session 70: after a sentence's end too ("Lidl Danmark, valgte Visma. Logger for Magnus, …")
    r"(?P<sep>\s*[,;:\u2013\u2014]\s*|\s+-\s+|\.\s+)(?P<said>"
    r"(?i:(?:jeg\s+|jag\s+|i'm\s+|i\s+am\s+)?" + _PUTTING_IN + r"\s*(?:den\s+|det\s+)?"
    r"(?:for|för|åt|on\s+behalf\s+of|på\s+vegne\s+av|på\s+vegne\s+af))\s+"
    r"(?-i:[A-ZÆØÅÄÖ][^\W\d_]+)\b" + _WHY_NO_FIGURE + r"*"
    # session 70: "det er Jonas' kunde, han har juleferie så jeg lægger den ind"
    r"|(?i:(?:det\s+er|det\s+är|it's|it\s+is|this\s+is)\s+)?"
    r"(?-i:[A-ZÆØÅÄÖ][^\W\d_]+)(?:'s|\u2019s|')?\s+" + _WHY_NO_FIGURE + r"{1,60}?\s"
    r"(?i:så|so|derfor|therefore)\s+"
    r"(?i:jeg|jag|i'm|i)\s+(?i:"
    + _PUTTING_IN
    + r")(?i:\s*(?:den|det|it|this)(?:\s+(?:inn|ind|in))?)?"
    r"\s*[.!]?)\s*$"
)
# What is said after whose it is, to the end, when no figure is in it ("…, han er på ferie",
# "(hon är ledig)", ", jeg taster den ind for ham", ", he asked me to put it in"): why, asked too
_WHY_AFTER = re.compile(r"^\s*[,;(\u2013\u2014-]?\s*[^\d]*$")


def whose_deal_apart(text: str) -> tuple[str, str] | None:
    """(the text without a colleague's deal said, the words said) or None where none is."""
    first = _FOR_WHOM_FIRST.match(text)
    if first is not None and text[first.end() :].strip():
        return text[first.end() :].strip(), first["said"]
    after = _FOR_WHOM_AFTER.search(text)
    if after is not None and text[: after.start()].strip():
        return text[: after.start()].strip(" ,;-\u2013\u2014"), after["said"].strip()
    found = _WHOSE_DEAL.search(text)
    if found is None:
        return None
    head, tail = text[: found.start()], text[found.end() :]
    if head.strip() and tail.strip() and _WHY_AFTER.match(f"{found['end']}{tail}"):
        return head.strip(" ,;-\u2013\u2014"), text[found.start("said") :].strip()
    if not (head + tail).strip():
        return None
    joined = f"{head.rstrip()} {tail.lstrip()}" if head.strip() and tail.strip() else head + tail
    return joined.strip(" ,;-\u2013\u2014"), found["said"]
