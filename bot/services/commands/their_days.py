"""Session 64. A day that is the customer's, not the seller's: when their budget opened or their
contract runs out ("Region Midtjylland budget åbnet 1/1 🔥 ring igen mandag" was a call dated
New Year's Day, "Hot Pot Holdings Ltd yesterday - budget opened 1 Jan, hot, follow up Monday"
too, with "yesterday" asked). The clause is the note, as typed; the record keeps its own day
(or today)."""

from __future__ import annotations

import re

from bot.services.dates import MONTHS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY = (
    r"(?:(?:on|den|d\.|per|fra|från|from|the|i|på)\s+)?(?:"
    r"[0-3]?[0-9](?:[./][01]?[0-9](?:[./](?:20)?[0-9]{2})?\.?|\.?\s*(?:" + _MONTH + r")\b\.?"
    r"|(?:st|nd|rd|th)(?:\s+(?:of\s+)?(?:" + _MONTH + r")\b\.?)?)"
    r"|(?:" + _MONTH + r")\b\.?(?:\s+[0-3]?[0-9](?:st|nd|rd|th)?\b)?"
    r"|nyttår|nyttar|nyår|nyar|nytår|nytar|new\s+year|årsskiftet|arsskiftet|årsskiftet)"
)
_THEIR_DAY = re.compile(
    r"(?i)(?P<sep>\s*[,;:\u2013\u2014-]?\s+)(?P<clause>(?:the\s+|their\s+|deres\s+|deras\s+|"
    r"nytt\s+|nye\s+|nya\s+|new\s+)?"
    r"(?:budget|budgets|budsjett|budsjettet|budsjetta|budgeten|budgettet|budgetten|årsbudsjettet|"
    r"årsbudgeten|årsbudgettet)\s+"
    r"(?:har\s+|has\s+|is\s+|er\s+|är\s+|blev\s+|ble\s+|was\s+)?"
    r"(?:åpnet|åpna|åpnes|åpner|opened|opens|open|öppnade|öppnat|öppnar|öppnas|åbnede|åbnet|"
    r"åbner|åbnes|startet|started|starts|startade|startar|starter|frigitt|frigjort|released|"
    r"godkjent|godkänd|godkendt|approved|ready|klar|klart)\s+"
    + _DAY
    + r")(?=$|[\s,;:.!?)\u2013\u2014-])"
)


def their_days_as_note(text: str) -> str:
    """`text` with a clause of the customer's own day moved to its note, or as it was."""
    if "udg" not in text and "udsj" not in text and "UDG" not in text and "UDSJ" not in text:
        return text  # (one cheap look before the pattern: every word of it has these letters)
    said = _THEIR_DAY.search(text)
    if said is None or not text[: said.start()].strip() or " -- " in text[: said.end()]:
        return text  # (said in the note already: read there as typed)
    clause = said["clause"].strip()
    after = text[said.end() :]
    head = text[: said.start()].rstrip()
    if after.strip() and not re.match(r"\s*[,;:.!?\u2013\u2014-]", after):
        after = " " + after.lstrip()
    rest = f"{head}{after}".strip()
    if " -- " in rest:
        before, note = rest.split(" -- ", 1)
        return f"{before.rstrip(' ,;')} -- {clause}; {note}"
    return f"{rest.rstrip(' ,;.')} -- {clause}"
