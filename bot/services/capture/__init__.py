"""Reading sales activity out of plain channel messages, in English, Norwegian, Swedish and Danish.

The data flows lexicon → signals → recognise: `lexicon` holds the words as data, `signals` finds
them (and customers, amounts, dates) in a message, `weigh` weighs them into sure / likely /
nothing: `cues` finds what happened, `customer_name` whose it is, `blocks` the reasons it is no
record of ours (or one to ask about), `objects` what a win word is about, `judge` judges one cue,
on `message` (the model) and `grammar` (the little words). `mention_command` reads `@kpibot
meeting Acme warm` for the slash-command parser."""

from __future__ import annotations

import re

from bot.domain import ActivityKind
from bot.services.capture.signals import KnownCustomers, clean
from bot.services.capture.weigh import NOTHING, Outcome, Recognition, recognise
from bot.services.dates import fold

__all__ = [
    "NOTHING",
    "KnownCustomers",
    "Outcome",
    "Recognition",
    "clean",
    "mention_command",
    "recognise",
    "spoken_to_bot",
]


def mention_command(text: str) -> tuple[ActivityKind, str] | None:
    """`@kpibot meeting Acme warm`: the kind word and the rest, for the slash-command parser."""
    words = clean(text).replace("@person", "").split(maxsplit=1)
    if not words:
        return None
    kind = MENTION_KINDS.get(fold(words[0]))
    if kind is None:
        return None
    return kind, words[1] if len(words) > 1 else ""


# "Kan du logge …", "Kunne du registrere at …", "Can you please log …", "Please record …",
# "Vennligst noter at …", "Skriv in att …": a request to the bot to record what follows.
_ASKING = r"(?:kan|kunne|kan|could|can|would|will)\s+(?:du|you|ni)\s+"
_PLEASE = r"(?:(?:please|pls|vennligst|venligst|vær\s+så\s+snill\s+og|være\s+så\s+snill\s+å)\s+)"
_RECORD = (
    r"(?:logge?|logga|logg|log|registrere?|registrera|record|add|note|notere?|noter|"
    r"skriv(?:e|a)?\s+(?:inn|in|ind|ned|ner)|legge?\s+inn|lägg(?:a)?\s+in|lægge?\s+ind|"
    r"føre?\s+(?:opp|inn)|"
    r"put\s+(?:down|in))"
)
_REQUEST = re.compile(
    rf"^\s*(?:hei|hej|hi|hey|hallo)?[,!]?\s*(?:{_ASKING}{_PLEASE}?|{_PLEASE})?{_RECORD}"
    r"(?:\s+(?:at|att|that|ned|down|for\s+meg|for\s+mig|for\s+me|åt\s+mig))*\s+",
    re.IGNORECASE,
)


def spoken_to_bot(text: str) -> str:
    """Words said to the bot itself, without a request to record them around them: "kan du
    logge et møte med Aker i går?" reads as "et møte med Aker i går". Other words as they are.
    Only for messages to the bot: in a channel, "kan du sende tilbud til Yara?" asks a colleague."""
    asked = _REQUEST.match(text)
    if asked is None:
        return text
    rest = text[asked.end() :].rstrip()
    return rest[:-1].rstrip() if rest.endswith("?") else rest


MENTION_KINDS = {
    **dict.fromkeys(("meeting", "mote", "mode", "moete", "logmeeting"), ActivityKind.MEETING),
    **dict.fromkeys(("call", "samtale", "samtal", "opkald", "logcall"), ActivityKind.CALL),
    **dict.fromkeys(("offer", "tilbud", "offert", "quote", "logoffer"), ActivityKind.OFFER),
    **dict.fromkeys(
        ("win", "won", "vunnet", "ordre", "vunnen", "vundet", "logwin"), ActivityKind.WIN
    ),
    **dict.fromkeys(("lost", "loss", "tapt", "forlorad", "tabt", "loglost"), ActivityKind.LOSS),
}
