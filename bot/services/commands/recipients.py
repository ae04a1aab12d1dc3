"""Session 64. Whom an offer went to, said after the customer: "Kiwi tilbud til innkjøp, 300k,
sendt fredag" (was refused as no amount), "Tesco quote to procurement, £30k, sent Friday" (was
"quote to procurement, sent" asked). The person or department is the offer's note, as typed
("til innkjøp"); the offer's noun and the sending verb before it are the command's own words.

Only a role, a department or a first name is whom: a capitalised word that is no first name may
be a second customer ("Kiwi tilbud til Rema 1000") and is left to the reader as before."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.services.amounts import UNIT_WORDS
from bot.services.commands.text import a_note_first
from bot.services.commands.words import a_role_word
from bot.services.customers import fold
from bot.services.dates import DATE_WORDS, MONTHS, WEEKDAYS

_TO_WHOM = re.compile(
    r"(?i)(?<=\S)(?P<lead>\s*,?\s+)(?P<said>"
    r"(?:(?P<noun>tilbud|tilbudet|tilbod|tilbodet|tilbuddet|offert|offerten|offer|quote|"
    r"quotation|proposal|pristilbud|prisforslag|prisförslag)\s+)?"
    r"(?:(?P<verb>sendt|sendte|skickat|skickad|skickade|sent|emailed|mailed|mailet)\s+)?"
    r"(?P<to>(?:til|till|to)\s+(?P<who>[^\s,;:()]+(?:\s+[^\s,;:()]+){0,5})))"
)

# Words that end whom: a day, the sending, an amount's unit, a clause's small words
_NOT_WHOM = frozenset(
    {
        "i", "pa", "på", "on", "in", "den", "d", "kl", "ca", "og", "och", "and", "men", "but",
        "forrige", "forra", "förra", "sidste", "last", "next", "neste", "nasta", "nästa", "naeste",
        "næste", "uke", "uka", "vecka", "veckan", "uge", "ugen", "week", "wk", "v", "idag",
        "igar", "igår", "imorgen", "imorgon", "today", "yesterday", "tomorrow", "sendt", "sent",
        "skickat", "skickad", "signert", "signed", "varm", "het", "kald", "warm", "hot", "cold",
        "follow", "be", "come", "komme", "folge", "følge", "følger", "folger",
    }
)  # fmt: skip


_WHERE_THEY_WORK = frozenset({"i", "pa", "på", "in", "at", "hos", "fra", "från", "from"})


def _ends_whom(word: str) -> bool:
    folded = fold(word).strip(".!?")
    return (
        not word.replace("-", "").replace(".", "").isalpha()
        or folded in _NOT_WHOM
        or word.lower().strip(".") in _NOT_WHOM
        or folded in DATE_WORDS
        or folded in WEEKDAYS
        or folded in MONTHS
        or folded in UNIT_WORDS
    )


def whom_as_note(text: str, is_a_first_name: Callable[[str], bool]) -> str | None:
    """`text` with whom the offer went to moved into the note ("Kiwi tilbud til innkjøp, 300k"
    -> "Kiwi, 300k -- til innkjøp"), or None where no offer's noun or sending is followed by a
    role, a department or a first name."""
    for said in _TO_WHOM.finditer(text):
        typed = said["who"].split()
        whom: list[str] = []
        placed = False
        for at, word in enumerate(typed):
            if placed:
                whom.append(word)  # (the place after a role, below)
                break
            if (
                whom
                and fold(word) in _WHERE_THEY_WORK
                and at + 1 < len(typed)
                and not _ends_whom(typed[at + 1])
                and typed[at + 1][:1].islower()
            ):
                whom.append(word)  # "til Kari i innkjøp": where she works, hers
                continue
            if (
                whom
                and fold(word) in _WHERE_THEY_WORK
                and at + 2 == len(typed)
                and typed[at + 1][:1].isupper()
                and not _ends_whom(typed[at + 1])
                and any(map(a_role_word, whom))
            ):
                # session 70: "til indkøbschefen i Tyskland", a role's place last: theirs
                whom.append(word)
                placed = True
                continue
            if _ends_whom(word):
                break
            if not (word[:1].islower() or is_a_first_name(word) or a_role_word(word)):
                whom = []
                break  # "til Rema 1000": a name, maybe a customer's
            whom.append(word)
        if not whom or len(whom) > 4 or fold(whom[-1]) in _WHERE_THEY_WORK:
            continue
        if not (said["noun"] or said["verb"]) and not any(map(a_role_word, whom)):
            continue  # session 65: with neither, only a role ("Fjordlys ApS til økonomichefen")
        to = f"{said['to'].split()[0]} {' '.join(whom)}"
        if said["verb"]:
            to = f"{said['verb']} {to}"  # "sent to procurement", as typed
        end = said.start("who") + len(" ".join(whom))
        after = text[end:]
        comma = "" if after.lstrip()[:1] in (",", "") else ","
        rest = f"{text[: said.start('lead')]}{comma}{after}".strip()
        return a_note_first(rest, to)
    return None
