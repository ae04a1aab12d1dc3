"""Session 64. A day that is the customer's, not the seller's: when their budget opened or their
contract runs out ("Region Midtjylland budget åbnet 1/1 🔥 ring igen mandag" was a call dated
New Year's Day, "Hot Pot Holdings Ltd yesterday - budget opened 1 Jan, hot, follow up Monday"
too, with "yesterday" asked). The clause is the note, as typed; the record keeps its own day
(or today)."""

from __future__ import annotations

import re

from bot.services.commands.text import a_note_first
from bot.services.dates import MONTHS, WEEKDAYS

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


_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
# Session 64. Away, and till or from when ("Vinn Vinn AS - på påskeferie fra fredag, ring etter
# påske" was a call dated the Friday gone; "Tirsdag Trading I/S - på påskeferie til 3/4, ring om
# to uger" refused as ahead): their absence, the note
_AWAY_TILL = re.compile(
    r"(?i)(?P<sep>\s*[,;:\u2013\u2014-]?\s+)(?P<clause>(?:(?:kunden|kunde|de|dei|dom|they|han|hun|"
    r"hon|he|she)\s+)?(?:(?:er|är|is|are|har|has)\s+)?(?:(?:på|pa|i|on|away\s+on|off\s+on|out\s+on)\s+)?"
    r"(?:påskeferie|påskeferien|paskeferie|påsklov|påsklovet|pasklov|påskferie|ferie|ferien|semester|"
    r"semestern|sportlov|sportlovet|vinterferie|vinterferien|høstferie|höstlov|efterårsferie|"
    r"easter\s+holidays?|easter\s+break|holiday|holidays|leave|vacation|away|borte|bortrest|"
    r"ooo|out\s+of\s+office|ute|ude)\s+"
    r"(?:fra|från|from|til|till|until|to|tom\.?|t\.o\.m\.?|frem\s+til|fram\s+till|indtil|"
    r"through|thru)\s+(?:"
    + _DAY
    + r"|(?:(?:on|på|pa|next|neste|nästa|næste)\s+)?(?:"
    + _WEEKDAY
    + r")\b\.?))(?=$|[\s,;:.!?)\u2013\u2014-])"
)
# A condition with its day, a clause of its own ("…, kvartalsrabat 5% ved underskrift inden 31/3"
# was a step "kvartalsrabat 5% ved underskrift" due 28 March; "Q1-rabatt 8 % hvis signert før
# 31.3" asked): the offer's terms, its note
_IF_SIGNED_BY = re.compile(
    r"(?i)(?P<sep>\s*[,;\u2013\u2014]\s*|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF\uFE0F])\s+)"
    r"(?P<clause>[^,;\n\U0001F300-\U0001FAFF\u2600-\u27BF]{0,40}?\b(?:hvis|om|ved|vid|if|when|on|"
    r"upon)\s+(?:signert|signering|signeres|signerat|signeras|undertegnet|underskrift|underskrevet|"
    r"underskrives|signed|signing|signature|signatur|bestilling|beställning|order|ordre)\s+"
    r"(?:før|for|innan|inden|innen|before|by|senest|seinast|no\s+later\s+than)\s+"
    + _DAY
    + r")(?=$|[\s,;:.!?)\u2013\u2014-])"
)


# Away, a clause of its own with no day ("…, kunden på påskeferie, følg opp uke 14")
_AWAY = re.compile(
    r"(?i)(?P<sep>\s*[,;\u2013\u2014-]\s*)(?P<clause>(?:kunden|kunde|de|dei|dom|they|han|hun|hon|"
    r"he|she|customer|the\s+customer)\s+(?:(?:er|är|is|are)\s+)?(?:på|pa|on|away\s+on)\s+"
    r"(?:påskeferie|påskeferien|paskeferie|påsklov|påsklovet|ferie|ferien|semester|semestern|"
    r"sportlov|vinterferie|easter\s+holidays?|holiday|holidays|leave|vacation))(?=\s*(?:[,;.]|$))"
)
_AWAY_WORDS = ("ferie", "semester", "lov", "oliday", "leave", "acation", "break", "away", "borte",
               "ooo", "OOO", "office", " ute ", " ude ")  # fmt: skip


def their_days_as_note(text: str) -> str:
    """`text` with a clause of the customer's own day moved to its note, or as it was."""
    said = None
    if "udg" in text or "udsj" in text or "UDG" in text or "UDSJ" in text:
        said = _THEIR_DAY.search(text)
    if said is None and any(word in text for word in _AWAY_WORDS):
        said = _AWAY_TILL.search(text) or _AWAY.search(text)
    if said is None and ("ign" in text or "nderskr" in text or "rder" in text):
        said = _IF_SIGNED_BY.search(text)
    if said is None or not text[: said.start()].strip() or " -- " in text[: said.end()]:
        return text  # (said in the note already: read there as typed)
    clause = said["clause"].strip()
    after = text[said.end() :]
    head = text[: said.start()].rstrip()
    if after.strip() and not re.match(r"\s*[,;:.!?\u2013\u2014-]", after):
        after = " " + after.lstrip()
    rest = f"{head}{after}".strip()
    return a_note_first(rest, clause, ends=" ,;.")
