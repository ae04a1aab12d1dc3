"""Reading sales activity out of plain channel messages, in English, Norwegian, Swedish and Danish.

The data flows lexicon → signals → recognise: `lexicon` holds the words as data, `signals` finds
them (and customers, amounts, dates) in a message, `weigh` weighs them into sure / likely /
nothing: `cues` finds what happened, `customer_name` whose it is, `blocks` the reasons it is no
record of ours (or one to ask about), `objects` what a win word is about, `judge` judges one cue,
on `message` (the model) and `grammar` (the little words). `mention_command` reads `@kpibot
meeting Acme warm` for the slash-command parser."""

from __future__ import annotations

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


MENTION_KINDS = {
    **dict.fromkeys(("meeting", "mote", "mode", "moete", "logmeeting"), ActivityKind.MEETING),
    **dict.fromkeys(("call", "samtale", "samtal", "opkald", "logcall"), ActivityKind.CALL),
    **dict.fromkeys(("offer", "tilbud", "offert", "quote", "logoffer"), ActivityKind.OFFER),
    **dict.fromkeys(
        ("win", "won", "vunnet", "ordre", "vunnen", "vundet", "logwin"), ActivityKind.WIN
    ),
    **dict.fromkeys(("lost", "loss", "tapt", "forlorad", "tabt", "loglost"), ActivityKind.LOSS),
}
