"""A count of the seller's own calls or meetings without the customers' names ("Ringte 12 kunder i
dag, 3 var interessert", "ringde runt till 15 st idag", "8 calls this morning", "5 møder i dag").

kpibot counts meetings and calls per customer: a lead, an A-customer's touchpoints, new customers
and the funnel are all a customer's. Twelve calls with nobody named cannot be stored honestly
(nobody to put them on), nor guessed; so the seller is told, privately, how to log them, never
left in silence. Pure: no Slack, no clock. The channel-message reader (capture) decides first:
this is asked only of a message it read as nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.services.dates import count_said, fold

CALLS, MEETINGS = "call", "meeting"

# Nouns counted, folded: what a count of talks is a count of.
_CALL_NOUNS = {
    "samtaler", "samtal", "samtalen", "opkald", "opringninger", "oppringinger", "telefoner",
    "calls", "call", "dials", "ringinger", "telefonsamtaler", "tlf", "telefonsamtal",
}  # fmt: skip
_MEETING_NOUNS = {
    "moter", "moten", "moder", "meetings", "mtgs", "mtg", "kundemoter", "kundmoten",
    "kundemoder", "besok", "kundebesok", "kundbesok", "visits", "demoer", "demos", "demo",
}  # fmt: skip
# Whom a call verb was counted on ("ringte 12 kunder", "ringde 15 st", "called 20 prospects").
PEOPLE_NOUNS = {
    "kunder", "kunde", "kund", "kunderna", "customers", "clients", "prospects", "leads", "lead",
    "st", "stk", "stykker", "stycken", "styk", "emner", "people", "companies", "firmaer",
    "foretak", "bedrifter", "foretag", "virksomheder", "selskaper", "bolag", "nummer", "numre",
}  # fmt: skip
_CALL_VERBS = (
    "ringte", "ringde", "ringede", "ringt", "ringet", "called", "rang", "phoned", "dialled",
    "dialed", "rundringt", "ringerunde",
)  # fmt: skip
_MEET_VERBS = ("mott", "mote", "traffade", "motte", "met", "besokte", "besokt", "visited", "hadde")
# Today, or a part of it: the seller's own day.
_TODAY = {
    "idag", "today", "imorges", "imorse", "formiddag", "formiddagen", "ettermiddag",
    "eftermiddag", "eftermiddagen", "morning", "afternoon", "tonight", "ettermiddagen",
    "morges", "morse", "fm", "em",
}  # fmt: skip
_TODAY_PAIRS = {("i", "dag"), ("this", "morning"), ("this", "afternoon"), ("so", "far")}
# lead35: the week under way, said as the seller's own period ("This week: 6 meetings, 15 calls",
# "Veckans siffror: 4 möten, 12 samtal", "Uka mi: 5 møter"; the English was silence)
_TODAY |= {"veckans", "ukens", "ugens", "ukas", "weeks", "wk"}
_TODAY_PAIRS |= {
    ("this", "week"), ("denne", "uka"), ("denne", "uken"), ("denna", "vecka"), ("denne", "uge"),
    ("i", "veckan"), ("uka", "mi"), ("min", "uke"), ("min", "vecka"), ("min", "uge"), ("my", "week"),
    ("this", "wk"),
}  # fmt: skip
# Not the seller's own work done: a plan, a wish, a goal, a question, someone else's.
_NOT_DONE = {
    "skal", "ska", "skall", "will", "going", "gonna", "plan", "planen", "planlagt", "planlagda",
    "planned", "mal", "goal", "target", "maal", "trenger", "behover", "need", "needs", "hope",
    "haber", "haper", "hoppas", "skulle", "should", "must", "ma", "maste", "neste", "nasta",
    "naeste", "next", "imorgen", "tomorrow", "budget", "budsjett",
}  # fmt: skip
# Words that open a sentence about the author's own day ("Jeg ringte …", "Idag ringde jag …").
_MINE = {
    "jeg", "jag", "i", "vi", "we", "har", "have", "had", "hadde", "hade", "havde", "idag",
    "today", "nettopp", "nettop", "just", "precis", "also", "ogsa", "ocksa", "endelig",
}  # fmt: skip
_OTHERS = {"han", "hun", "hon", "he", "she", "de", "dem", "they", "dom"}
_NUMBER = re.compile(r"[0-9]{1,3}")
# Said done right after the counted noun ("5 calls done", "10 samtal gjorda"): the author's own
# (booked30: "Quick update: 5 calls done, 2 mtgs booked (Aldi Thu, Lidl Fri)" was no count)
_DONE_AFTER = {
    "done",
    "made",
    "completed",
    "gjort",
    "gjorde",
    "gjorda",
    "gjorts",
    "klaret",
    "lavet",
}


@dataclass(frozen=True)
class TalkCount:
    count: int
    kind: str  # CALLS or MEETINGS
    # lead35: the other kind's count said beside it ("6 meetings, 15 calls"): told together
    also: int = 0


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^\w]+", fold(text)) if w]


def _count(word: str) -> int | None:
    if _NUMBER.fullmatch(word):
        return int(word)
    return count_said(word) if not word.isdigit() else None


def talk_count(text: str) -> TalkCount | None:
    """The seller's own calls or meetings counted with no customer named, today; None for
    anything else (a plan, a goal, a question, someone else's work, a count of other things).
    Calls nobody answered are calls ("ringt 12 stk i dag og ingen svarte": the attempt is the
    seller's, the lead's decision of session 31; heldmsg32, was None)."""
    if "?" in text or len(text) > 300:
        return None
    words = _words(text)
    if not words or any(w in _NOT_DONE for w in words) or words[0] in _OTHERS:
        return None
    first = re.split(r"[^\w]+", text.strip(), maxsplit=1)[0]
    if (
        len(words) > 1
        and first[:1].isupper()
        and words[0] not in _MINE
        and words[1].startswith(_CALL_VERBS + _MEET_VERBS)
    ):
        return None  # "Kari ringte 12 kunder i dag": a colleague's day, not the author's
    today = any(w in _TODAY for w in words) or any(
        pair in _TODAY_PAIRS for pair in zip(words, words[1:], strict=False)
    )
    for i, word in enumerate(words):
        count = _count(word)
        if count is None or not 2 <= count <= 200:
            continue
        after = words[i + 1 : i + 3]
        noun = after[0] if after else ""
        if noun in {"nye", "nya", "new", "flere", "fler", "more", "ulike", "olika", "cold"}:
            noun = after[1] if len(after) > 1 else ""  # "12 nye kunder", "8 cold calls"
        before = words[max(0, i - 3) : i]
        verb = next((w for w in reversed(before) if w.startswith(_CALL_VERBS + _MEET_VERBS)), None)
        if noun in _CALL_NOUNS:
            kind = CALLS
        elif noun in _MEETING_NOUNS:
            kind = MEETINGS
        elif noun in PEOPLE_NOUNS and verb is not None:
            kind = CALLS if verb.startswith(_CALL_VERBS) else MEETINGS
        else:
            continue
        done = words[i + 2] if i + 2 < len(words) else ""
        if today or verb is not None or done in _DONE_AFTER:
            return TalkCount(count, kind, _the_other_count(words[i + 1 :], kind))
    return None


def _the_other_count(words: list[str], kind: str) -> int:
    """lead35. The other kind's count said after the first ("This week: 6 meetings, 15 calls"):
    its number, or 0."""
    other = _MEETING_NOUNS if kind == CALLS else _CALL_NOUNS
    for i, word in enumerate(words[:-1]):
        count = _count(word)
        if count is not None and 2 <= count <= 500 and words[i + 1] in other:
            after = words[i + 2] if i + 2 < len(words) else ""
            return 0 if after in _BOOKED else count  # "2 mtgs booked": to come, not done
    return 0


# Said after a count of talks that are to come ("2 mtgs booked", "3 møter booket"), folded
_BOOKED = {
    "booked", "booket", "bokade", "bokat", "bokad", "avtalt", "aftalt", "planlagt", "planned",
    "scheduled", "inbokade", "inbokat", "lined", "set",
}  # fmt: skip
