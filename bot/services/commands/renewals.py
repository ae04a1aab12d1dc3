"""Session 64. An agreement renewed, said before the customer: "Fornyet rammeavtale for 2029 med
Norsk Gjenvinning AS, kr 1 450 000" was a win for a customer "Fornyet"; "förnyat avtalet för
2029 med Securitas AB, 3,2 MSEK" was refused; "renewed the framework with Kingfisher plc, £60k"
was a win for "Kingfisher" with "plc" asked. The customer after "med"/"with" is the one; the
renewal's words are the win's note, as typed."""

from __future__ import annotations

import re

from bot.services.commands.text import a_note_first

_RENEWED = (
    r"(?:fornyet|fornya|fornyede|fornyde|förnyat|förnyade|förnyad|forlenget|forlengt|forlenga|"
    r"förlängt|förlängde|förlängd|forlænget|forlængede|renewed|extended|re-signed|resigned)"
)
_AGREEMENT = (
    r"(?:(?:ramme|ram|service|support|drifts|drift|leveranse|leverings|lisens|licens)?"
    r"(?:avtale|avtalen|avtala|aftale|aftalen|avtal|avtalet)|kontrakt|kontrakten|kontraktet|"
    r"abonnement|abonnementet|abonnemanget|abonnemang|lisensen|licensen|"
    r"(?:framework|support|service|maintenance|licence|license)?\s*(?:agreement|contract|deal)|"
    r"framework|subscription|licence|license)"
)
_FOR_A_TERM = (
    r"(?:(?:(?:for|för|til|till|through|to|med|by|ut|out|until|tom|t\.o\.m\.)\s+)?(?:another\s+|yet\s+another\s+)?"
    # session 66: a span of years ("för 2031–2032"), a count with "more" after it ("et år mere",
    # "ett år till", "2 år", "another 2 yrs")
    r"(?:20[0-9]{2}(?:\s*[\u2013\u2014/-]\s*(?:20)?[0-9]{2})?|neste\s+år|nästa\s+år|næste\s+år|"
    r"next\s+year|(?:ett|et|en|one|to|två|tre|two|three|four|fire|fyra|fem|five|[0-9])\s+"
    r"(?:nye\s+|nya\s+|more\s+|further\s+|extra\s+|ekstra\s+)?(?:år|years?|yrs?)"
    r"(?:\s+(?:til|till|mere|mer|more|extra|ekstra))?))"
)
# Session 68. The renewal as a noun, its term before it ("3-year renewal", "2-årig fornyelse",
# "contract renewal", "förnyelse av avtalet")
_RENEWAL_NOUN = (
    r"(?:(?:[0-9]+|one|two|three|four|five|ett|et|en|to|två|tre|fire|fyra|fem)[\s-]?"
    r"(?:year|yr|år|års|årig|årige|åriga)s?\s+|(?:contract|licence|license|support|service|"
    r"avtale|avtals|aftale|kontrakt)[\s-]?)?"
    r"(?:renewal|fornyelse|fornyelsen|förnyelse|förnyelsen|forlengelse|forlengelsen|"
    r"förlängning|förlängningen|forlængelse|forlængelsen|extension)"
    r"(?:\s+(?:av|af|of)\s+(?:the\s+)?" + _AGREEMENT + r")?"
)
# A renewal said whole ("fornyet avtalen for 2030", "förlängde avtalet", "renewed the contract")
RENEWAL_SAID = (
    rf"(?:{_RENEWED}(?:\s+(?:the|our|vår|vores|vårt|sitt|sin|deres|their))?(?:\s+{_AGREEMENT})?"
    rf"(?:\s+{_FOR_A_TERM})?|{_RENEWAL_NOUN})"
)
_A_RENEWAL_FIRST = re.compile(
    rf"(?i)^(?P<said>{_RENEWED}(?:\s+(?:the|our|vår|vores|vårt|sitt|sin|deres|their))?"
    rf"(?:\s+{_AGREEMENT})?(?:\s+{_FOR_A_TERM})?)\s+(?:med|with|hos|m/|w/|for|för)\s+"
    r"(?=[^\s,.;:])"
)


def a_renewal_first(text: str) -> str | None:
    """`text` with the renewal said first moved into the note ("Fornyet rammeavtale med Tine, 1,2
    mill" -> "Tine, 1,2 mill -- Fornyet rammeavtale"), or None where none is."""
    said = _A_RENEWAL_FIRST.match(text.lstrip())
    if said is None:
        return None
    rest = text.lstrip()[said.end() :]
    return a_note_first(rest, said["said"])
